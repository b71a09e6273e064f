"""One table of the other names a place goes by, read by the extractor and by the graph."""

from factcheck.extract import lexicon
from factcheck.extract.placenames import COUNTRIES, _country_words, other_names
from factcheck.relations.graph import subject_words


def test_other_names_hold_aliases_and_demonyms():
    names = other_names()
    assert names["Britain"] == "United Kingdom"
    assert all(names[d] == c for d, c in lexicon.load("demonyms").items())


def test_every_demonym_names_a_country_of_the_gazetteer():
    # _country_words keeps the other names of countries only: a demonym of a place outside
    # COUNTRIES would drop out of it without notice
    assert {c for c in lexicon.load("demonyms").values()} <= set(COUNTRIES)
    assert all(d in _country_words()[1] for d in lexicon.load("demonyms"))


def test_a_subject_is_known_by_its_other_names():
    words = subject_words(frozenset({"United Kingdom"}))
    assert {"britain", "british"} <= words
