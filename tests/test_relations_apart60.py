"""Identities across paragraphs (engine60): one round figure restated with a zero dropped
(the grouped whole number's counterpart of a moved decimal point), and an absolute change
said with one of its levels, the other level stated in another paragraph."""

from __future__ import annotations

from conftest import inconsistent

_DATE = "2025-02-12"
_LEAD = "Some 125,000 tourists visited the island in 2023, the bureau said.\n\n"


def test_a_round_figure_restated_with_a_zero_dropped_is_flagged():
    # "125,000" in the lead, "12,500" in the body: one figure, one zero apart; the same
    # figure restated alike stays clean
    assert inconsistent(_LEAD + "The island received 12,500 tourists in 2023, up from 2022.", _DATE) \
        & {"125,000", "12,500 tourists"}
    assert not inconsistent(_LEAD + "The island received 125,000 tourists in 2023, up from 2022.", _DATE)


_LEVEL = "Kenya's coffee exports reached $860.6 million in 2024, the board said.\n\n"


def test_a_change_said_with_its_base_level_is_held_to_the_level_stated_elsewhere():
    # 860.6 − 817.9 = 42.7: "$42.5 million" is off by more than the rounding of the three;
    # "$42.7 million" holds
    said = "Kenya's coffee exports rose by {} in 2024 from $817.9 million in 2023."
    assert "$42.5 million" in inconsistent(_LEVEL + said.format("$42.5 million"), _DATE)
    assert not inconsistent(_LEVEL + said.format("$42.7 million"), _DATE)
