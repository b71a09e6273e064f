"""Classes read after the first scoring of the thirtieth held-out set (es–ew), each phrased
unlike the article that showed it. End to end: text in, frames and flags out."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons

# Two balances of one month, each posted by the account its subject names with "showed": the
# goods balance and the current account are two series, whatever their values.
TWO_BALANCES = ("The merchandise trade balance showed a surplus of 21.4 billion kronor in March 2031, the "
                "statistics office said.\n\n"
                "According to the central bank, the current account of the balance of payments showed a surplus "
                "of 19.8 billion kronor in March 2031.")


def test_a_surplus_shown_by_an_account_takes_the_account_name(tmp_path):
    by = checked_by_surface(TWO_BALANCES)
    assert by["21.4 billion kronor"].metric == "merchandise trade balance surplus"
    assert by["19.8 billion kronor"].metric == "current account surplus"
    assert not flagged_reasons(by)


def test_one_balance_shown_twice_with_two_values_is_still_compared(tmp_path):
    text = ("The merchandise trade balance showed a surplus of 21.4 billion kronor in March 2031.\n\n"
            "In March 2031 the merchandise trade balance showed a surplus of 24.1 billion kronor, officials added.")
    flags = flagged_reasons(checked_by_surface(text))
    assert "21.4 billion kronor" in flags or "24.1 billion kronor" in flags
