"""Which place a figure is about when a sentence names places in other roles: a partner
said to be a destination, a source or a customer; a list of partners after "were"; a
source market; a nationality that names a language or a carrier. Sentences written for
the test, in the shapes of the corpus's misses."""

from factcheck.extract.placenames import subjects, topic_subjects
from tests.conftest import frames_by_surface


def _subjects(text: str) -> dict[str, list[str]]:
    return {s: c.subject for s, c in frames_by_surface(text, "2023-08-01").items()}


def test_a_place_said_to_be_a_source_or_destination_is_a_partner():
    assert topic_subjects("Germany was the country's biggest source of imports in May.") == []
    assert topic_subjects("Norway remained the main export destination.") == []
    assert topic_subjects("Exports reached 3 billion euros, with Austria as the top destination.") == []
    assert topic_subjects("Brazil is the largest customer of the mines.") == []


def test_places_listed_after_partners_were_are_partners():
    assert topic_subjects("Its biggest trading partners were Chile, Peru and Canada.") == []


def test_a_market_named_by_its_place_is_a_partner():
    assert topic_subjects("The Canada market grew strongly in June.", home="Canada") == []


def test_partners_do_not_become_the_articles_subject():
    got = _subjects("Estonia's trade deficit grew to 300 million euros in May.\n\n"
                    "Finland was the country's largest source of imports, at 200 million euros.\n\n"
                    "Sweden was the top export destination, at 150 million euros.\n\n"
                    "Imports rose 4 percent to 1.6 billion euros.")
    assert got["1.6 billion euros"] == ["Estonia"]
    assert got["150 million euros"] == ["Estonia", "Sweden"]


def test_a_nationality_naming_a_language_or_a_carrier_is_no_place():
    assert subjects("The statistics office (INE by its Spanish acronym) counted 52,000 visitors.") == []
    assert subjects("British Airways added 3 flights a week.") == []
    assert subjects("British exports rose 3 percent.") == ["United Kingdom"]


def test_a_named_port_or_airport_as_its_clauses_subject_is_the_figures_subject():
    got = _subjects("Ghana's ports handled 30 million tons in 2022.\n\n"
                    "Takoradi Port handled 9.1 million tons, up 4% on the year.\n\n"
                    "Kumasi's Prempeh International Airport saw a 12% rise in passengers, "
                    "with 410,000 travellers in the year.\n\n"
                    "Ghana Ports Corporation handled 21 million tons of it.")
    assert got["9.1 million tons"] == ["Ghana", "Takoradi Port"]
    assert got["12%"] == ["Ghana", "Prempeh International Airport"]
    assert got["410,000 travellers"] == ["Ghana", "Prempeh International Airport"]
    assert got["30 million tons"] == ["Ghana"]
    # a body named after its country speaks for the country
    assert got["21 million tons"] == ["Ghana"]
