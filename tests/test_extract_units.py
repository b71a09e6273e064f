"""Lexicon and unit rules of the extractor, one rule per test: subunits, shorthand scales,
point fractions, proportions, exchange-rate notes, period windows."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str):
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _typed(text: str):
    return [(c.surface, round(c.value, 6), c.unit, c.kind) for c in _claims(text)]


@pytest.mark.parametrize("text,expected", [
    ("Profit was 27 cents a share.", ("27 cents", 0.27, "USD", "money")),
    ("The dividend is 12 pence.", ("12 pence", 0.12, "GBP", "money")),
    ("Diesel rose 75 paise a litre.", ("75 paise", 0.75, "INR", "money")),
    ("The euro area price rose 4 cents to €1.20.", ("4 cents", 0.04, "EUR", "money")),
])
def test_subunits_are_money(text, expected):
    assert _typed(text)[0] == expected


@pytest.mark.parametrize("text,value", [
    ("GST mop-up hits ₹1.17L-cr in September.", 1.17e12),
    ("The outlay is Rs 2.5 lakh cr this year.", 2.5e12),
])
def test_indian_lakh_crore_shorthand(text, value):
    (c,) = _claims(text)
    assert (c.unit, c.kind) == ("INR", "money") and c.value == pytest.approx(value)


def test_bare_crore_is_rupees_in_a_rupee_article():
    cs = _claims("Rs 5 crore was paid. Collections reached 68,228 crore on one day.")
    assert [(c.value, c.unit) for c in cs] == [(5e7, "INR"), (6.8228e11, "INR")]


def test_bare_crore_of_people_stays_a_count():
    cs = _claims("Rs 5 crore was paid to 2 crore farmers.")
    assert [(c.unit, c.kind) for c in cs] == [("INR", "money"), ("count", "count")]


@pytest.mark.parametrize("text,value", [
    ("The bank made a quarter-point cut.", 0.25),
    ("Rates rose by half a percentage point.", 0.5),
    ("It delivered a 50-basis-point hike.", 0.5),
    ("It was a 0.25-percentage-point cut.", 0.25),
])
def test_point_fractions_and_hyphenated_points(text, value):
    (c,) = _claims(text)
    assert (c.unit, c.kind) == ("percentage_point", "percentage_point")
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize("text,value,qualifier", [
    ("One in five adults is poor.", 20.0, "exact"),
    ("Nearly 1 in 4 firms closed.", 25.0, "approx"),
])
def test_proportions_are_percent(text, value, qualifier):
    (c,) = _claims(text)
    assert (c.value, c.unit, c.kind, c.qualifier) == (value, "percent", "percent", qualifier)


def test_pc_is_percent_and_trailing_iso_code_is_money():
    assert _typed("UK GDP up 0.7pc and 5.5 pc; QE of 50bn GBP.") == [
        ("0.7pc", 0.7, "percent", "percent"), ("5.5 pc", 5.5, "percent", "percent"),
        ("50bn GBP", 5e10, "GBP", "money")]


@pytest.mark.parametrize("text", [
    "(1 U.S. dollar equals 142.62 Japanese yen)",
    "Cotton output is given in dan (1 dan = 50 kilograms).",
    "He arrived at 12 noon.",
])
def test_definitions_and_clock_times_are_not_claims(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    "Exports rose in the first six months.",
    "Unemployment fell in the three months to September.",
    "Visitors came during the nine-month period.",
    "The EU adopted a seven-year spending plan.",
])
def test_period_windows_and_type_compounds_are_not_durations(text):
    assert [c for c in _claims(text) if c.kind == "duration"] == []


@pytest.mark.parametrize("text,value,unit", [
    ("Modi did much in the first 100 days.", 100, "day"),
    ("Japan will invest over the next five years.", 5, "year"),
    ("It was the first loss in three years.", 3, "year"),
])
def test_spans_are_durations(text, value, unit):
    (c,) = _claims(text)
    assert (c.value, c.unit, c.kind) == (value, unit, "duration")


def test_decimals_are_not_clock_times():
    assert _typed("Trade reached 14.67 trillion yuan; the rate is 5.40 percent.") == [
        ("14.67 trillion yuan", 1.467e13, "CNY", "money"), ("5.40 percent", 5.4, "percent", "percent")]


def test_range_with_currency_written_once():
    (c,) = _claims("Estimates range from 50bn GBP to 150bn.")
    assert (c.value, c.end, c.unit, c.qualifier) == (5e10, 1.5e11, "GBP", "range")


def test_by_x_to_y_is_change_and_level():
    cs = _claims("They voted to reduce gilt purchases by £50 billion to £825 billion.")
    assert [(c.value, c.qualifier) for c in cs] == [(5e10, "exact"), (8.25e11, "exact")]


def test_traditional_chinese_measure():
    (c,) = _claims("Cotton output reached 32.8 million dan.")
    assert (c.value, c.unit, c.kind) == (3.28e7, "dan", "measure")
