"""A series named by its possessor: "Wallonia had a population of 3,633,795" is
Wallonia's population, not the population of the country the article is about (which a
region's figure would otherwise be compared with as its whole)."""


from conftest import extracted


def _metric(text):
    return [c.metric for c in extracted(text, "2019-02-15")]


def test_a_place_the_gazetteer_does_not_know_keeps_its_series():
    assert _metric("The institute reported, adding that Algarve had a population of 467,495 at the start of the year.") == ["population of Algarve"]


def test_a_known_place_or_a_pronoun_is_the_subject_not_part_of_the_series():
    assert _metric("Belgium had a population of 11.4 million.") == ["population"]
    assert _metric("It had a population of 3 million.") == ["population"]
