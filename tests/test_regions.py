"""First-level regions (lexicon/regions.yaml, generated from ISO 3166-2 by
corpus/tools/make_regions.py): a state's, province's or emirate's figure is the region's."""

from factcheck.extract import context


def test_a_region_named_alone_or_after_a_function_word_is_a_subject():
    assert context.subjects("Sales taxes collected in Oklahoma rose 6% in March.") == ["Oklahoma"]
    assert context.subjects("In Sindh, wheat output fell 4 percent.") == ["Sindh"]
    assert context.subjects("Sharjah's non-oil trade reached AED 40 billion.") == ["Sharjah"]


def test_coordinated_regions_are_each_a_subject():
    assert context.subjects("Bavaria and Saxony together added 12,000 jobs.") == ["Bavaria", "Saxony"]


def test_a_region_inside_a_longer_name_is_that_body_not_the_region():
    assert context.subjects("Alberta Energy Regulator approved 30 wells.") == []
    assert context.subjects("Ohio State University enrolled 61,000 students.") == []


def test_words_and_headings_are_no_regions():
    names = context.regions()
    assert not {"Centre", "Central", "North", "Capital", "Victoria"} & names
    assert "Georgia" not in names  # the country's name stays the country's
