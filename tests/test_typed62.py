"""Readings of issue 9 (typed62): a count's point before three zeros, and
a currency whose ISO code changed on a date.

- a bare count whose point three zeros follow ("or 285.000 more") groups thousands: no count
  is stated to the thousandth in zeros;
- Sierra Leone's leone was redenominated on 1 July 2022 (SLE for SLL): leones in an article
  dated before it are the old SLL."""

from __future__ import annotations

import pytest
from conftest import by_surface


def _values(text: str, date: str = "2023-05-01") -> dict:
    return by_surface(text, date, "value", "unit")


@pytest.mark.parametrize("text,surface,value", [
    ("It had 2.5 million visitors in 2022, or 285.000 more than a year before.", "285.000", 285000.0),
    ("Arrivals reached 370.000 in 2023, up 4.5 percent.", "370.000", 370000.0),
])
def test_a_count_with_three_zeros_after_its_point_groups_thousands(text, surface, value):
    assert _values(text)[surface][0] == value


def test_leones_before_the_redenomination_are_the_old_leone():
    got = _values("Sierra Leone's budget rose to 9.5 trillion leones.", "2019-05-01")
    assert got["9.5 trillion leones"][1] == "SLL"
