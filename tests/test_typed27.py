"""Typed reading, round 27: spans and ordinals in words ("a one-week freeze", "an hour and a
half", "the third top import", "a sixth month of decline")."""

from __future__ import annotations

import pytest
from test_typed_reading20 import _typed


@pytest.mark.parametrize("text,surface,expected", [
    # one unit of time as a hyphenated modifier is a length, not the idiom "one day"
    ("Growers attended a one-week workshop on drip irrigation.", "one-week", (1, "week", "duration")),
    ("The board announced a one-year freeze on hiring.", "one-year", (1, "year", "duration")),
    # one unit of time and a half
    ("Exports picked up a year and a half after the port reopened.", "a year and a half", (1.5, "year", "duration")),
    ("The audit lasted roughly a month and a half, officials said.", "roughly a month and a half",
     (1.5, "month", "duration")),
])
def test_one_unit_of_time_as_a_span(text, surface, expected):
    assert _typed(text)[surface] == expected


def test_one_day_as_an_idiom_stays_out():
    assert _typed("One day the mill will reopen, the mayor said.") == {}


@pytest.mark.parametrize("text,surface,expected", [
    # "top" ranks as a superlative does
    ("Coffee was the third top import last year, worth $40 million.", "third top", (3, "count", "ordinal")),
    # a month counted among a run of like months
    ("Retail sales logged a sixth month of decline in March.", "sixth month", (6, "count", "ordinal")),
    ("It was the fourth year of growth for the tea estates.", "fourth year", (4, "count", "ordinal")),
])
def test_ordinals_that_rank_or_count_a_run(text, surface, expected):
    assert _typed(text)[surface] == expected


def test_a_month_of_the_calendar_stays_a_period():
    assert "second month" not in _typed("The second month of the year brought heavy rains to the coast.")

