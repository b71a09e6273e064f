"""A growth printed apart from both its levels, which the article itself states: held to
the decimals it prints in whatever paragraph the base level stands, not given the points a
reference's base (a release revised since) may differ by."""

from __future__ import annotations

from conftest import inconsistent

_BASE = "Kenya's coffee exports were 45,730 tonnes in 2022, the board said on Monday.\n\n"
_LATER = "Kenya's coffee exports reached 48,210 tonnes in 2023. "


def test_a_growth_against_a_base_level_in_another_paragraph_is_held_to_its_decimals():
    # 48,210 / 45,730 − 1 = 5.42%: "5.8 percent" is off by more than its rounding
    slip = _BASE + _LATER + "Kenya's coffee exports rose 5.8 percent in 2023."
    assert "5.8 percent" in inconsistent(slip, "2024-02-12")


def test_the_growth_its_levels_give_is_not_flagged():
    clean = _BASE + _LATER + "Kenya's coffee exports rose 5.4 percent in 2023."
    assert not inconsistent(clean, "2024-02-12")
