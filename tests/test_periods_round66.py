"""Time classes behind the period misses of the look side (period66: every miss tabled by the
first step that went wrong), each in our own sentences."""

from __future__ import annotations

from conftest import frames_by_surface


def _frames(text: str, date: str | None) -> dict:
    return {k: (c.period, c.base_period) for k, c in frames_by_surface(text, date).items()}


# -- a change of a rate, a price or an index between two months --------------------------------

def test_a_rates_change_between_two_months_is_the_last_months_against_the_first():
    # a rate is read at a moment: its change "between June and July" goes from June's to July's
    f = _frames("Non-food inflation rose by 1.4 per cent between June and July 2031.", "2031-08-14")
    assert f["1.4 per cent"] == ("2031-07", "2031-06")


def test_an_index_change_between_two_months_is_the_last_months_against_the_first():
    f = _frames("The consumer price index went up 0.6% between February and March 2031, the statistics office said.",
                "2031-04-20")
    assert f["0.6%"] == ("2031-03", "2031-02")


def test_a_flows_change_between_two_months_is_still_the_run_against_a_year_before():
    # exports are summed over the months: the run, against the same run a year before
    f = _frames("Exports rose 11.2% between January and February 2031.", "2031-03-20")
    assert f["11.2%"] == ("2031-01/2031-02", "2030-01/2030-02")
