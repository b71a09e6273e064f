"""Typed reading, round 22: durations after a superlative and of an indefinite stretch of
time, and ordinals that count or rank (a named owner's "No. 1", a position fronted before
its copula, events such as payments and flights, "in succession", "year anniversary")."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2025-01-10"


@pytest.mark.parametrize("text,surface,value,unit", [
    ("Retail sales slipped in June, their weakest showing in seven months.", "seven months", 7, "month"),
    ("Hiring picked up at the fastest pace in five months.", "five months", 5, "month"),
    ("Factory orders rose for the first time in four months.", "four months", 4, "month"),
    ("Cruise calls climbed steadily over a four-year period, officials said.", "four-year", 4, "year"),
    ("The rebound ended a six-year cycle of losses for the airline.", "six-year", 6, "year"),
])
def test_spans_that_measure_a_length_are_durations(text, surface, value, unit):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.value, c.unit, c.kind) == (value, unit, "duration")


def test_after_a_superlative_in_months_is_a_span_not_the_year_so_far():
    claims = frames_by_surface("Car sales rose 4% in six months, their fastest pace in nine months, and the bank "
                               "earned $2 billion over the same three-month period.", DAY)
    assert [(c.surface, c.kind) for c in claims.values() if c.kind == "duration"] == [("nine months", "duration")]
    assert claims["4%"].period == "2024-H1"


@pytest.mark.parametrize("text,surface,value,role", [
    ("Tea remains Kenya's number one export earner with $1.2 billion.", "number one", 1, "rank"),
    ("Canada, the country's former No. 2 source market, sent 40,000 visitors.", "No. 2", 2, "rank"),
    ("Brazil led with $40 billion. In second was Chile at $12 billion.", "second", 2, "rank"),
    ("Second is copper with $9 million in sales.", "Second", 2, "rank"),
    ("A fourth payment of $2 million is due in June.", "fourth payment", 4, "count"),
    ("The carrier added a third daily flight to Accra.", "third daily flight", 3, "count"),
    ("Output fell for the ninth quarter in succession.", "ninth quarter", 9, "count"),
    ("The town will mark its 40th year anniversary in 2026.", "40th year anniversary", 40, "count"),
])
def test_ordinals_that_rank_or_count(text, surface, value, role):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.value, c.unit, c.kind, c.role) == (value, "count", "ordinal", role)


def test_a_named_owners_number_one_ranks_a_speakers_praise_does_not():
    claims = frames_by_surface("“We are rebuilding our No. 1 industry,” the minister said. "
                               "Tourism is Fiji's No. 1 earner of foreign exchange.", DAY)
    assert [(c.value, c.role) for c in claims.values() if c.kind == "ordinal"] == [(1, "rank")]
