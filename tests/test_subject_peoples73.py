"""Whose figure it is (issue 8, round 73): a country named by its people in the plural
("Germans", "Slovenians", "Czechs") or by the lexicon's adjective of it ("Paraguayan beef")
is a place of the figure; a people in the plural is where travellers or senders come from,
never the host that counts them. Sentences written for the test, in the shapes of the look
groups' misses."""

from factcheck.extract import placenames
from factcheck.extract.placenames import is_partner, mentions_in, subjects

from conftest import by_surface


DAY = "2024-05-02"


def test_a_people_in_the_plural_names_its_country():
    assert subjects("6% were Czechs and 4% were Italians, Hungarians and Slovaks.") == [
        "Czech Republic", "Italy", "Hungary", "Slovakia"]
    assert subjects("Germans were followed by Slovenians with 1.1 million arrivals.") == ["Germany", "Slovenia"]


def test_the_lexicons_adjective_names_its_country():
    assert subjects("Regarding the main export destinations for Paraguayan beef, Chile ranks first.") == [
        "Paraguay", "Chile"]
    assert subjects("The Croatian National Tourist Board said") == ["Croatia"]


def test_a_countrys_own_name_is_not_its_people():
    # "Laos" is the country, not the Lao in the plural; currencies and languages are no people
    sentence = "Laos enjoyed a trade surplus of US$50 million."
    assert [(n, is_partner(sentence, a, b)) for a, b, n in mentions_in(sentence)] == [("Laos", False)]
    assert subjects("They paid 300 Jamaican dollars, in the Icelandic language.") == []


def test_a_people_in_the_plural_is_where_travellers_come_from():
    sentence = "Germans accounted for 17% of overnight stays."
    assert [(n, is_partner(sentence, a, b)) for a, b, n in mentions_in(sentence)] == [("Germany", True)]
    assert placenames.topic_subjects(sentence) == []
    # the host's own people are not its partner
    assert not is_partner("Overseas Pakistanis sent $4bn.", 9, 19, "Pakistan")


def test_a_breakdown_by_nationality_keeps_the_host():
    got = by_surface("Croatia recorded 1.2 million tourist arrivals in July.\n\n"
                     "Germans accounted for 17% of overnight stays in July.", DAY, "subject")
    assert got["17%"] == ["Croatia", "Germany"]
