"""Units and kinds after the twenty-sixth session's typed review (typed46, issue 9): an average
stay in days is a level dated like the figures before it; a subject that names a span's average ("average
daily arrivals", "the daily average flow") makes a counted figure a rate per that span; a
commodity's price reaches the sums of its change ("oil prices rose from $73 to $85", "rose 12%
to $85"); a stray point before a percent sign ("12.%") keeps the sign."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str) -> list:
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _typed(text: str) -> dict[float, tuple[str, str]]:
    return {c.value: (c.unit, c.kind) for c in _claims(text)}


# --- an average per span named by the subject ---------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("Average daily footfall at the fair reached 2,450 shoppers.", 2450.0, "count / day"),
    ("The weekly average intake of the shelter came to 64 dogs.", 64.0, "count / week"),
    ("The monthly average of new registrations settled at 310 companies.", 310.0, "count / month"),
])
def test_an_averaged_span_in_the_subject_makes_a_counted_figure_a_rate(sentence, value, unit):
    assert _typed(sentence)[value] == (unit, "count")


@pytest.mark.parametrize("sentence, value", [
    # no average named: a daily flight is a kind of flight, not a rate
    ("Daily flights to the island rose to 120 aircraft movements.", 120.0),
    ("The daily newspaper sold 45,000 copies.", 45000.0),
    # the average and its figure in two clauses
    ("Average daily footfall fell; organisers blamed rain for losing 900 shoppers.", 900.0),
    # an average day's stock, not a flow: those present on a day
    ("The average daily census of patients on the wards was 1,240 people.", 1240.0),
    ("Average daily occupancy at the camp stood at 5,300 refugees.", 5300.0),
])
def test_a_counted_figure_without_an_averaged_span_stays_a_count(sentence, value):
    assert _typed(sentence)[value][0] == "count"


# --- a commodity's price and the sums of its change ---------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("Crude oil prices rose from $71 to $88 during the quarter.", 71.0, "USD / barrel"),
    ("Crude oil prices rose from $71 to $88 during the quarter.", 88.0, "USD / barrel"),
    ("Exporters gained as gold prices kept climbing from $1,920 toward $2,080.", 1920.0, "USD / troy_ounce"),
    ("Oil prices jumped 9 percent to $93 after the outage.", 93.0, "USD / barrel"),
])
def test_a_commodity_price_reaches_the_sums_of_its_change(sentence, value, unit):
    assert _typed(sentence)[value] == (unit, "money")


@pytest.mark.parametrize("sentence, value", [
    # a sum of the economy the price moved, not the price
    ("Oil prices fell, cutting export revenue from $5.2 billion to $4.1 billion.", 5.2e9),
    ("Oil prices slid, while the average household bill fell from $520 to $410.", 520.0),
])
def test_a_sum_the_price_moved_is_no_price(sentence, value):
    assert "/" not in _typed(sentence)[value][0]


# --- a stray point before the percent sign ------------------------------------------------------

def test_a_stray_point_before_the_percent_sign_keeps_the_percentage():
    typed = _typed("Arrivals from the Gulf grew by 14.% in March.")
    assert typed[14.0] == ("percent", "percent")


def test_a_sentence_end_then_a_percent_sign_is_not_joined():
    # a point that ends the sentence, a space, then a sign: no percentage of the figure
    claims = _claims("The committee met 12 times. % changes were not discussed.")
    assert all(c.kind != "percent" for c in claims)


def test_an_average_stay_in_days_is_a_level_dated_as_the_figures_before_it():
    # a measured level, not a span of its own: it takes the month the paragraph reports on
    text = ("Hotel arrivals in March 2024 rose by 7%. "
            "The average length of stay of foreign guests was 4.1 days.")
    stay = next(c for c in _claims(text) if c.value == 4.1)
    assert (stay.role, stay.period) == ("level", "2024-03")


def test_a_span_stated_outright_stays_undated():
    text = "Hotel arrivals in March 2024 rose by 7%. The renovation will close the hotel for 9 days."
    stay = next(c for c in _claims(text) if c.value == 9.0)
    assert (stay.unit, stay.period) == ("day", None)


# --- a price named again, in a later sentence ---------------------------------------------------
# An article that quotes prices per one unit of quantity names the same price again without it:
# "this price", "the price" said to be or to have moved to a bare sum is per that unit.

@pytest.mark.parametrize("text, value, unit", [
    ("Traders said the export price stood at $2,300 per tonne in June. By October the price had fallen to "
     "$1,980.", 1980.0, "USD / tonne"),
    ("The price of one kilogram of saffron reached €4,800 last season. This year that price is €5,350.",
     5350.0, "EUR / kilogram"),
    ("The price of a barrel of the blend averaged $61 in May. In April the price averaged $58 against $55 "
     "a year earlier.", 58.0, "USD / barrel"),
])
def test_a_price_named_again_keeps_its_unit_of_quantity(text, value, unit):
    assert _typed(text)[value] == (unit, "money")


@pytest.mark.parametrize("text, value", [
    # two units of quantity quoted: which one the later price is per is not said
    ("Cocoa sold at $2,400 a tonne and the price of coffee was $3.10 a pound. The price then fell to $2,100.",
     2100.0),
    # the later price names a good of its own
    ("Steel cost $640 per tonne, the price of one tonne. The price of the new mill was $900.", 900.0),
    # a total, not a price per unit
    ("Copper fetched $8,100 per tonne, a price of one tonne. The price of the deal rose to $45 million.", 45e6),
    # no price quoted per a unit anywhere
    ("The company raised its prices. The price was $240 for the basic model.", 240.0),
])
def test_a_price_without_one_unit_quoted_stays_a_sum(text, value):
    assert "/" not in _typed(text)[value][0]


# --- a bare figure whose subject stands for the figure before it --------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Fish exports brought NOK 41 billion in 2020. A year on, the figure rose to 45.2 billion.", 45.2e9, "NOK"),
    ("Diaspora transfers reached KES 120 billion in 2022; by 2023 the total had climbed to 135 billion.",
     135e9, "KES"),
    ("The port collected EUR 2.4 billion in fees last year. This year the amount is 2.9 billion.", 2.9e9, "EUR"),
])
def test_a_noun_standing_for_a_money_figure_gives_its_currency(text, value, unit):
    assert _typed(text)[value] == (unit, "money")


@pytest.mark.parametrize("text, value", [
    # the figure before it counts people: the anaphor counts them too
    ("Receipts hit $900 million from 1.2 million visitors in 2022. In 2023 the figure rose to 1.4 million.", 1.4e6),
    # "the number of" names what it counts
    ("Exports earned NOK 41 billion in 2020. The number of exporters grew to 2.3 thousand.", 2300.0),
])
def test_a_noun_standing_for_a_count_keeps_the_count(text, value):
    assert _typed(text)[value] == ("count", "count")
