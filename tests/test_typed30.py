"""Typed reading, round 30 (issue 9): the cedi sign typed without its "¢" ("GHc", "Ghc"), an
ISO code between a figure and its scale word ("425.2 USD million"), money "annually" as a
year's flow in its currency, and a bare figure listed with one in per cent beside an index."""

from __future__ import annotations

import pytest
from test_typed_reading20 import _typed


@pytest.mark.parametrize("text,surface,expected", [
    ("Cocoa receipts reached GHc12,450.3 million in the half.", "GHc12,450.3 million", (1.24503e10, "GHS", "money")),
    ("The regional budget was Ghc2.1 billion.", "Ghc2.1 billion", (2.1e9, "GHS", "money")),
])
def test_the_cedi_sign_typed_without_its_cent_sign(text, surface, expected):
    assert _typed(text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The quarterly target stood at 310.6 USD million.", "310.6 USD million", (3.106e8, "USD", "money")),
    ("Fish exports earned EUR 12.5 EUR million.", "EUR 12.5 EUR million", (1.25e7, "EUR", "money")),
    ("The fund lent 4 CHF billion to the utility.", "4 CHF billion", (4e9, "CHF", "money")),
])
def test_a_currency_code_between_the_figure_and_its_scale_word(text, surface, expected):
    assert _typed(text)[surface] == expected


def test_a_code_and_a_scale_word_of_another_figure_stay_apart():
    typed = _typed("Coffee earned 12 USD, and tea 3 million more.")
    assert typed["12 USD"] == (12, "USD", "money")


@pytest.mark.parametrize("text,surface,unit", [
    ("The ministry expects the mine to pay US$2 billion annually by 2030.", "US$2 billion", "USD"),
    ("Remittances averaged between $3 billion and $4 billion annually.", "between $3 billion and $4 billion", "USD"),
    ("The port handles 40 million tonnes annually.", "40 million tonnes", "tonne / year"),  # not money: a rate
    ("Visitors spend $300 million per year.", "$300 million per year", "USD / year"),  # a denominator printed
])
def test_money_annually_is_a_years_flow_in_its_currency(text, surface, unit):
    assert _typed(text)[surface][1] == unit


def test_a_bare_figure_listed_with_one_in_per_cent_beside_an_index_is_in_per_cent():
    text = ("The consumer price index rose 3.1 per cent, driven by fuel and rent prices, "
            "at 0.84 and 0.57 per cent.")
    typed = _typed(text)
    assert typed["0.84"] == (0.84, "percent", "percent")


def test_a_bare_index_level_alone_keeps_its_points():
    assert _typed("The consumer price index stood at 131.6 in May.")["131.6"][1] == "point"


@pytest.mark.parametrize("surface,expected", [
    ("134,6 MD", (1.346e8, "TND", "money")),      # one or two digits after a comma: no thousands group
    ("52,75MD", (5.275e7, "TND", "money")),
    ("1,381.8 MD", (1.3818e9, "TND", "money")),   # the article groups thousands with commas
])
def test_a_lone_decimal_comma_before_millions_of_dinars_written_md(surface, expected):
    text = ("In Tunisia, imports reached 1,381.8 MD and exports 1,182.7 MD, against 134,6 MD "
            "of fertiliser and 52,75MD of dates a year earlier.")
    assert _typed(text)[surface] == expected


@pytest.mark.parametrize("text,surface,unit", [
    ("The shelter feeds about 640 families daily.", "about 640 families", "count / day"),
    ("The smelter pours 1,200 tonnes weekly.", "1,200 tonnes", "tonne / week"),
    ("Some 300 buses run hourly.", "Some 300 buses", "count"),        # a verb between: the buses run hourly
    # money: "daily" is a rate per day, as "a day" is (gc–gg's gold: "spends $172 million daily");
    # only "annually" is a year's flow in its currency (three gold files print it so)
    ("The casino takes in $2 million daily.", "$2 million", "USD / day"),
    ("The firm books $2 million annually.", "$2 million", "USD"),
])
def test_an_adverb_of_frequency_after_a_count_or_measure_is_its_span(text, surface, unit):
    assert _typed(text)[surface][1] == unit


def test_a_from_to_pair_set_off_by_a_comma_shares_the_unit_written_on_the_second():
    typed = _typed("Cargo handled rose by 4 per cent from 21.6million, to 22.5million tonnes.")
    assert typed["21.6million"] == (2.16e7, "tonne", "measure")


@pytest.mark.parametrize("text,surface", [
    ("Receipts reached $1.9 billion in the 10 months, above the target.", "10 months"),
    ("Output stood at 4,100 tonnes during the nine months period.", "nine months"),
])
def test_a_window_of_months_with_the_definite_article_is_an_anchor(text, surface):
    assert surface not in _typed(text)


def test_a_span_of_months_without_the_article_stays_a_claim():
    assert "11 months" in _typed("The plant was shut for 11 months after the fire.")


def test_a_hyphenated_window_of_months_is_a_span():
    assert "12-month" in _typed("Employment rose by 9,000 in the 12-month review period.")


def test_an_index_level_then_its_change_in_per_cent_keeps_its_points():
    text = "The composite index will end the year at 16,210, 12 per cent above its last close."
    assert _typed(text)["16,210"][1] == "point"
