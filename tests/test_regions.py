"""First-level regions (lexicon/regions.yaml, generated from ISO 3166-2 by
corpus/tools/make_regions.py): a state's, province's or emirate's figure is the region's."""

from factcheck.extract import placenames


def test_a_region_named_alone_or_after_a_function_word_is_a_subject():
    assert placenames.subjects("Sales taxes collected in Oklahoma rose 6% in March.") == ["Oklahoma"]
    assert placenames.subjects("In Sindh, wheat output fell 4 percent.") == ["Sindh"]
    assert placenames.subjects("Sharjah's non-oil trade reached AED 40 billion.") == ["Sharjah"]


def test_coordinated_regions_are_each_a_subject():
    assert placenames.subjects("Bavaria and Saxony together added 12,000 jobs.") == ["Bavaria", "Saxony"]


def test_a_region_inside_a_longer_name_is_that_body_not_the_region():
    assert placenames.subjects("Alberta Energy Regulator approved 30 wells.") == []
    assert placenames.subjects("Ohio State University enrolled 61,000 students.") == []


def test_words_and_headings_are_no_regions():
    names = placenames.regions()
    assert not {"Centre", "Central", "North", "Capital", "Victoria"} & names
    assert "Georgia" not in names  # the country's name stays the country's


def test_each_region_knows_its_country():
    countries = placenames.region_countries()
    assert countries["Sabah"] == "Malaysia" and countries["Punjab"] in ("Pakistan", "India")
    assert set(countries.values()) <= set(placenames.COUNTRIES)


def test_a_region_opening_a_dateline_is_where_the_report_was_filed():
    assert placenames.subjects("Lagos ( Nigeria's exports rose 4% in May.") == ["Nigeria"]
    assert placenames.subjects("Sindh, May 3 - wheat output fell 4 percent.") == []
    assert placenames.subjects("Sindh's wheat output fell 4 percent.") == ["Sindh"]


def test_an_article_breaking_a_country_down_by_region_is_about_the_country():
    from factcheck.articles import Article
    from factcheck.extract import extract

    text = ("Canada's retail sales rose 2% in May to C$60 billion.\n\n"
            "Sales in Ontario rose by C$400 million, while Quebec added C$300 million.\n\n"
            "Ontario and Quebec led the gains; Alberta fell C$50 million. Ontario remains the largest market.\n\n"
            "Overall, sales fell 1% in June.")
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-07-20"))
    assert next(c for c in claims if c.surface == "1%").subject == ["Canada"]
