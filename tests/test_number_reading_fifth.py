"""Number reading on the classes the fifth held-out set exposed (issue 9): a bare count's
span after it ("1,300 a year", "325 annually") and gapped percentages ("Imports +2.7%,
Exports +5.0"); and where each stops."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2024-05-01"


@pytest.mark.parametrize("text,surface,unit", [
    ("The population has risen by 1,300 a year since 2016.", "1,300 a year", "count / year"),
    ("The clinic treats about 40 patients a day.", "about 40 patients a day", "count / day"),
    ("The yard builds 12 every year.", "12 every year", "count / year"),
    ("The government forecast net inward migration of 325 annually.", "325", "count / year"),
    ("Visitors spend 300 million euros annually.", "300 million euros", "EUR"),  # a year's flow (round 30)
])
def test_a_bare_count_or_sum_with_its_span_is_a_rate(text, surface, unit):
    assert frames_by_surface(text, DAY)[surface].unit == unit


@pytest.mark.parametrize("text,surface", [
    ("The deficit narrowed to 400 a year earlier.", "400"),   # a comparison, not a rate
    ("It rose to 1,100 a year ago.", "1,100"),
    ("He was one of 20 a month later.", "20"),
])
def test_a_span_that_dates_a_comparison_is_no_denominator(text, surface):
    assert frames_by_surface(text, DAY)[surface].unit == "count"


@pytest.mark.parametrize("text,surface,direction", [
    ("August 2018 monthly result: Imports +2.7%, Exports +5.0", "5.0", "up"),
    ("Imports Increased by 5.5%, Exports by 6.5", "6.5", None),
    ("Output -1.2%, employment -0.4", "0.4", "down"),
    ("Prices rose by 3.1%, and wages by 2.", "2", None),
])
def test_a_gapped_conjunct_after_a_percentage_is_a_percentage(text, surface, direction):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.unit, c.kind) == ("percent", "percent")
    if direction:
        assert c.direction == direction


@pytest.mark.parametrize("text,surface,unit", [
    ("Sales fell by 3%, to 450 units.", "450 units", "count"),          # its own noun
    ("Prices rose 4%, and 12 firms closed.", "12 firms", "count"),     # no parallel marker
    ("Imports rose by 2.7%, exports +5.0", "5.0", "count"),            # markers differ: no gapping
    ("Imports rose by 2.7%, while 40 by 2030 are planned.", "40", "count"),
])
def test_where_gapping_stops(text, surface, unit):
    assert frames_by_surface(text, DAY)[surface].unit == unit


@pytest.mark.parametrize("text,surface,end", [
    ("Growth during the latest four-year period (2016 to 2019 inclusive) was 1,300 per year.",
     "(2016 to 2019 inclusive)", 2019),
    ("It is four times that of the previous decade (2001 to 2004: 400 per year).", "2001 to 2004", 2004),
])
def test_a_parenthesised_year_span_marked_inclusive_or_labelling_a_figure(text, surface, end):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.kind, c.end) == ("year_range", end)


def test_the_figure_a_year_span_labels_stays_its_own():
    claims = frames_by_surface("It is four times that of the previous decade (2001 to 2004: 400 per year).", DAY)
    assert claims["400 per year"].unit == "count / year"


def test_a_fiscal_year_in_parentheses_stays_an_anchor():
    assert not [s for s in frames_by_surface("Sales (2022-23: 4,000 units) rose.", DAY) if "2022" in s]


@pytest.mark.parametrize("text,surface,value", [
    ("Parliament endorsed a 340-million-U.S.-dollar budget for 2019.", "340-million-U.S.-dollar", 340e6),
    ("It signed a 12-million-US-dollar loan.", "12-million-US-dollar", 12e6),
])
def test_a_hyphenated_attributive_sum_in_a_countrys_dollars(text, surface, value):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.unit, c.value) == ("USD", value)
