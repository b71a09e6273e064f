"""A bare figure that takes its noun by gapping from the figure before it in its sentence is
that figure's sibling, not its whole (issue 8, a mend after gq–gt's scoring): "279,730 people
were unemployed and 74,935 were taking part in training measures" states two groups, and the
second is no total of the first. Our own sentences; the first test fails on b93bd84."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons

GAPPED = ("At the end of September 2031, 279,730 people were unemployed and 74,935 were taking part "
          "in training measures, the employment service said.")


def test_a_gapped_figure_in_the_next_clause_is_no_whole(tmp_path):
    assert flagged_reasons(checked_by_surface(GAPPED)) == {}
    assert flagged_reasons(checked_by_surface(GAPPED.replace(" and ", ", while "))) == {}


def test_a_figure_named_the_total_is_still_the_whole(tmp_path):
    # a word of totality makes the bare figure the whole again: 279,730 is more than 74,935
    text = GAPPED.replace("74,935 were taking part in training measures", "74,935 in total were registered")
    by = checked_by_surface(text)
    flags = flagged_reasons(by)
    assert flags, "the whole named 'in total' is smaller than its part: flagged"
