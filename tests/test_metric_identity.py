"""What series a number measures, for classes of phrasing that left the metric empty or
named it after a word of time, each in sentences of our own: a parenthesis or an
adverbial of time between the subject and its verb, and coordinated predicates of one
subject."""

import pytest

from conftest import frames_by_surface


DAY = "2024-06-20"


@pytest.mark.parametrize("text,surface,metric", [
    ("Total imports of goods (from the EU and from non-EU partners) for this period amounted to €2.3 billion.",
     "€2.3 billion", "imports of goods"),
    ("Tea exports (mainly to Pakistan and Egypt) reached 410,000 tonnes.", "410,000 tonnes", "tea exports"),
    ("Exports of services in January–April were $410 million, up 6 percent.", "$410 million", "exports of services"),
    ("Cement sales in the period under review stood at 2.1 million tonnes.", "2.1 million tonnes", "cement sales"),
    # a second verb coordinated with the first shares its subject
    ("Coffee shipments increased 22% in January and slid 0.4% in February.", "0.4%", "coffee shipments decline"),
    ("Exports of cotton rose to $412 million in May and then fell to $380 million in June.", "$380 million", "exports of cotton"),
    # 'those' stands for the head of the series before; the phrase after it tells it apart
    ("Shipments to Canada dropped by 13.7% and those to Japan contracted by 4.1%.", "4.1%", "shipments to Japan decline"),
])
def test_the_subject_is_found_past_asides_and_across_coordination(text, surface, metric):
    assert frames_by_surface(text, DAY)[surface].metric == metric


def test_a_word_of_time_is_never_the_series():
    c = frames_by_surface("Exports of services in January–April were $410 million, up 6 percent.", DAY)
    assert c["6 percent"].metric.startswith("exports of services")


def test_an_adverbial_closed_by_a_comma_ends_the_clause():
    # what follows the comma is a predicate of its own, not the verb of the subject before
    c = frames_by_surface("About 12,000 people left the country during the year, up 24 percent on 2022.", DAY)
    assert c["24 percent"].metric != "country growth"


def test_words_that_begin_like_a_month_are_no_month():
    c = frames_by_surface("Marketing revenue in the period under review was $3.2 million.", DAY)
    assert c["$3.2 million"].metric == "marketing revenue"
    c = frames_by_surface("Decorations sales (mostly imported) totalled $1.4 million.", DAY)
    assert c["$1.4 million"].metric == "decorations sales"


def test_a_new_subject_after_and_is_not_coordination():
    c = frames_by_surface("Coffee shipments increased 22% in January and tea sales slid 0.4% in February.", DAY)
    assert c["0.4%"].metric != "coffee shipments decline"
