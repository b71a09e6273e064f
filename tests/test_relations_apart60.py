"""Identities across paragraphs (engine60): one round figure restated with a zero dropped
(the grouped whole number's counterpart of a moved decimal point)."""

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
