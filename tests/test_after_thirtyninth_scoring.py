"""Classes the thirty-ninth held-out set (gm–gp) showed at its one scoring, fixed after it
(tuned by construction: each was read from that set's false flags), each in our own
sentences: a figure with dot groups and a decimal comma inside a text that writes decimal
points; a growth worked out by the writer and cut, not rounded, beside both its levels; an
exchange rate quoted with its one unit of the other currency in brackets after it."""

from __future__ import annotations

import pytest

from conftest import by_surface, inconsistent

DAY = "2024-09-20"


@pytest.mark.parametrize("text, surface, value", [
    # the same text writes "€1,090 million" and "€1.090,1 million" (copy from a continental release)
    ("Hotel revenue reached €1,090 million in the half, up 30.4% on a year before and 8.7% on 2019. The "
     "statistics office put it at €1.090,1 million, against €1,003.2 million in 2019.", "€1.090,1 million", 1090.1e6),
    ("Exports rose 4.5% to 3.204,75 tonnes, the ministry said, after 3,066.7 tonnes and a 2.1% fall.",
     "3.204,75 tonnes", 3204.75),
])
def test_dot_groups_and_a_decimal_comma_read_as_one_figure_in_any_article(text, surface, value):
    assert by_surface(text, DAY, "value")[surface] == pytest.approx(value)


def test_a_decimal_point_figure_beside_it_keeps_its_reading():
    text = "Hotel revenue reached €1,090.1 million in the half, up from €1.0 billion."
    assert by_surface(text, DAY, "value")["€1,090.1 million"] == pytest.approx(1090.1e6)


_LEVELS = "Copper deliveries for the four months ended April rose to 12,349.99 tonnes, an increase of {} from 8,431.78 tonnes a year earlier."


def test_a_growth_cut_to_one_decimal_beside_its_levels_is_no_slip():
    # 12,349.99 / 8,431.78 − 1 = 46.47%: printed cut, "46.4%"
    assert not inconsistent(_LEVELS.format("46.4%"), DAY)


@pytest.mark.parametrize("growth", ["46.7%", "46.2%"])
def test_a_growth_beyond_its_cut_or_rounding_is_still_flagged(growth):
    assert inconsistent(_LEVELS.format(growth), DAY)  # (the figure blamed may be a level)


def test_a_bracketed_unit_of_one_after_a_rate_is_its_denominator():
    text = ("Papua New Guinea's kina depreciated against the US dollar by 0.2 per cent to US$0.2939 (K1) and against the euro "
            "by 0.3 per cent to €0.2654 (K1).")
    units = by_surface(text, DAY, "unit")
    assert units["US$0.2939"] == "USD / PGK" and units["€0.2654"] == "EUR / PGK"
    assert "K1" not in units


def test_a_bracketed_amount_of_another_size_is_no_denominator():
    text = "Papua New Guinea's reserves rose to K7,832.97 million (US$2,338 million) at the end of December."
    units = by_surface(text, DAY, "unit")
    assert units["K7,832.97 million"] == "PGK" and units["US$2,338 million"] == "USD"


def test_a_fall_cut_and_rounded_at_once_is_still_flagged():
    # 3,293 / 3,427 − 1 = −3.91%: "3.8 percent" is neither its rounding nor its cut (only the
    # printed levels' own growth is cut, never their rounding as well)
    assert inconsistent("Cocoa exports fell 3.8 percent to 3,293 tonnes from 3,427 tonnes a year earlier.", DAY)
