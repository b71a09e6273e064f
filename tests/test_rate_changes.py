"""A rate's move printed as a percentage is a change in percentage points (issue 9: typed
extraction, rate_changes.py)."""

from __future__ import annotations

import pytest

from conftest import extracted


def _read(text: str):
    return {c.surface: (c.unit, c.kind, c.role) for c in extracted(text, "2024-05-01")}


@pytest.mark.parametrize("text,surface", [
    ("The unemployment rate stood at 8.4 percent for January, a 2.1 percent decline from the year before.",
     "2.1 percent"),
    ("The unemployment rate in the third quarter of 2023 reached 19.1 percent, up by 0.5% from the same period last year.",
     "0.5%"),
    ("The annual inflation rate rose to 60.67% in November, an increase of 2.97% on the previous month.", "2.97%"),
])
def test_a_rates_move_in_percent_is_a_change_in_points(text, surface):
    assert _read(text)[surface] == ("percentage_point", "percentage_point", "change")


@pytest.mark.parametrize("text,surface", [
    # a growth of a series that is no rate
    ("Exports reached 12 percent of output in March, up 5 percent on the year.", "5 percent"),
    # a move larger than the rate: a growth of the rate itself, as some desks print it
    ("The unemployment rate stood at 4 percent in January, up 25 percent from the year before.", "25 percent"),
])
def test_a_growth_that_is_no_rates_move_stays_a_percentage(text, surface):
    assert _read(text)[surface][:2] == ("percent", "percent")
