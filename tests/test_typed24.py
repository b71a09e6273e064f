"""Typed reading, round 24: whose money a bare "$" is when the text names the US dollar
only as a currency."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2025-01-10"


# "the US dollar" as one currency among others names no place: the headline's country still
# owns the bare "$"
@pytest.mark.parametrize("text,surface,unit", [
    ("Samoan tala weakens against the kiwi\n\nTourism receipts rose to $31.5 million in June. Receipts paid in "
     "New Zealand dollars grew, while those in US dollars fell.", "$31.5 million", "WST"),
    ("Fiji's sugar exports hold up\n\nSugar exports earned $95.2 million in the quarter, though the US dollar "
     "price of raw sugar slid.", "$95.2 million", "FJD"),
])
def test_the_us_dollar_named_as_a_currency_does_not_make_the_bare_dollar_american(text, surface, unit):
    assert frames_by_surface(text, DAY)[surface].unit == unit


def test_a_dotted_day_month_year_is_a_date_not_a_figure():
    claims = frames_by_surface("Wheat harvest\n\n05.08.2024, 10:20\n\nThe wheat harvest reached 3.4 million tonnes.", DAY)
    assert list(claims) == ["3.4 million tonnes"]


@pytest.mark.parametrize("sentence,surface", [
    ("Chile is second in global copper output.", "second in global"),
    ("Peru ranks third by tonnage and fifth in value.", "fifth in value"),
])
def test_a_place_within_a_measure_is_a_rank(sentence, surface):
    c = frames_by_surface("Copper exports rose 8% in 2023. " + sentence, DAY)[surface]
    assert (c.kind, c.role, c.value) == ("ordinal", "rank", {"second": 2, "fifth": 5}[surface.split()[0]])


def test_the_value_or_cost_of_each_unit_is_a_price_per_that_unit():
    claims = frames_by_surface("The average value of each tonne of exported wheat was $310, and the cost of a barrel of "
                               "diesel was $95.", DAY)
    assert (claims["$310"].unit, claims["$95"].unit) == ("USD / tonne", "USD / barrel")


def test_a_window_named_again_is_a_period_not_a_duration():
    claims = frames_by_surface("Exports reached $4.1 billion in the first five months. Rice earned $0.9 billion in the "
                               "mentioned five months, and sugar $0.3 billion in the said five months.", DAY)
    assert not [s for s, c in claims.items() if c.kind == "duration"], list(claims)
