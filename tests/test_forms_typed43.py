"""Number forms after the twenty-second scoring (typed43): a point that groups thousands in a
count among grouped counts, or in an article that prints the same figure both ways; a fraction
in words as the subject of its clause; a scale letter before an ISO code; metres restated in
feet; a person's age after "he will be"."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.extract.numbers import restated_dot_thousands
from factcheck.models import Article


def _claims(text: str) -> list:
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _read(text: str) -> dict[str, tuple[float, str]]:
    return {c.surface: (c.value, c.unit) for c in _claims(text)}


def _by_value(text: str) -> dict[float, object]:
    return {c.value: c for c in _claims(text)}


# --- a point grouping thousands ------------------------------------------------------------
# No count comes in thousandths: a bare count among counts printed in whole thousands groups
# ("88,400", "961.000 foreigners") is one of them, its point a thousands separator.

def test_a_bare_count_beside_grouped_counts_reads_its_point_as_thousands():
    got = _read("Bookings came mostly from Brazil (41,250) and Peru (27,900), with Chile at 12.640 this spring.")
    assert got["12.640"] == (12640.0, "count")


def test_a_count_after_a_grouped_count_of_the_same_sentence():
    got = _read("Some 502.000 pilgrims came in the spring, against 488.500 a year before.")
    assert got["Some 502.000 pilgrims"][0] == 502000.0
    assert got["488.500"][0] == 488500.0


@pytest.mark.parametrize("text, surface, value", [
    # no other grouped figure in the sentence: the decimal reading stands
    ("The coefficient came to 12.640 in the spring survey.", "12.640", 12.64),
    # a rate, a scale, a percent or an average keeps its decimals
    ("Households of 3,200 families held 2.375 on average.", "2.375", 2.375),
    ("Output was 1.125 million tonnes while 2,300 firms closed.", "1.125 million tonnes", 1_125_000.0),
    ("The rate was 1.250% and 1,500 loans were signed.", "1.250%", 1.25),
])
def test_a_decimal_with_three_places_stays_a_decimal(text, surface, value):
    got = _read(text)
    assert got[surface][0] == pytest.approx(value)


def test_an_article_printing_one_figure_both_ways_groups_thousands_with_its_point():
    text = ("Deficit of Rs 41.306 million in 2019\n\n"
            "Imports came to Rs 97,114 million while exports reached Rs 55.808 million. "
            "The resulting deficit of Rs 41, 306 million was wider than a year before.")
    got = _read(text)
    assert got["Rs 41.306 million"][0] == 41_306e6
    assert got["Rs 55.808 million"][0] == 55_808e6
    assert got["Rs 97,114 million"][0] == 97_114e6


def test_one_dotted_figure_before_a_scale_stays_a_decimal():
    # grouped figures before the same scale do not make another figure's point a separator
    text = "Imports came to $1,107 million, while exports were $2.345 million and the gap $1.234 billion."
    got = _read(text)
    assert got["$2.345 million"][0] == 2_345_000.0
    assert got["$1.234 billion"][0] == 1_234_000_000.0
    assert restated_dot_thousands(text) == frozenset()
    assert restated_dot_thousands("a gap of 12.500 billion, that is 12,500 billion") == frozenset({1e9})


# --- a fraction in words as the subject of its clause ---------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Of 3,100 new nurses, 900 came from Kerala, with two-thirds holding degrees and three-quarters having "
     "worked abroad.", "three-quarters", 75.0),
    ("Of 3,100 new nurses, 900 came from Kerala, with about half being under thirty.", "about half", 50.0),
    ("The poll of 2,000 voters says roughly half were undecided.", "roughly half", 50.0),
    ("Their part of the market fell from two thirds to about a third now, the regulator said.", "about a third",
     100 / 3),
])
def test_a_fraction_standing_for_part_of_a_group_is_a_share(text, surface, value):
    c = next(c for c in _claims(text) if c.surface == surface)
    assert (c.value, c.unit, c.role) == (pytest.approx(value, abs=1e-3), "percent", "share")


@pytest.mark.parametrize("text", [
    "A quarter is a long time in markets, the fund manager said.",
    "Output was weak in the first half, the ministry said.",
    "It took three quarters to recover.",
])
def test_a_fraction_of_time_is_no_share(text):
    assert not [c for c in _claims(text) if c.unit == "percent"]


def test_a_hyphenated_fraction_is_never_a_span_of_quarters():
    got = _read("Among 1,400 recruits, three-quarters having passed the test went on to training.")
    assert got["three-quarters"] == (75.0, "percent")


# --- a scale letter before a currency's code ------------------------------------------------

def test_a_capital_b_before_an_iso_code_is_billions_of_it():
    got = _read("Fish sales reached 2.4B NOK (0.2B EUR) in the half year, after 1.9B NOK a year earlier.")
    assert got["2.4B NOK"] == (2.4e9, "NOK")
    assert got["0.2B EUR"] == (0.2e9, "EUR")
    assert got["1.9B NOK"] == (1.9e9, "NOK")


def test_a_capital_b_before_other_capitals_is_no_scale():
    assert not [c for c in _claims("Plan 4B Group met on Tuesday.") if c.kind == "money"]


# --- metres restated in feet ----------------------------------------------------------------

def test_a_glued_m_restated_in_feet_is_metres():
    got = _read("The new mast stands 42m (138ft) over the harbour.")
    assert got["42m"] == (42.0, "meter")


def test_a_glued_m_with_a_bracketed_percent_is_no_length():
    assert "4m" not in _read("It sold 4m (12%) more than planned.")


# --- a person's age after a personal pronoun --------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The striker signed a new deal; he will be 34 by next season.", "34"),
    ("She turns 61 next month and retires in June.", "61"),
])
def test_an_age_after_he_or_she(text, surface):
    c = next(c for c in _claims(text) if c.surface == surface)
    assert (c.unit, c.kind) == ("year", "duration")


def test_a_score_after_he_is_no_age():
    c = next(c for c in _claims("He was 12 under par after the second round.") if c.surface.startswith("12"))
    assert c.kind != "duration"


def test_a_dotted_figure_beside_another_bare_dotted_figure_stays_a_decimal():
    got = _read("The gauge read 105.968 against 100.591 a year before.")
    assert got["100.591"][0] == pytest.approx(100.591)
    # an index's points stay decimals, whatever else the sentence counts
    got = _read("The index stood at 105.968 while 2,300 firms reported.")
    assert got["105.968"][0] == pytest.approx(105.968)
