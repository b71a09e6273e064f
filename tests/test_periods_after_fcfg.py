"""A level its metric calls annual, dated by its sentence to a month, is the twelve months
to that month (a monthly release's rolling total); an annual rate or growth stays the
month's."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons


def test_an_annual_level_in_a_monthly_story_is_the_twelve_months_to_the_month(tmp_path):
    by = checked_by_surface("Ruritania's annual trade deficit of $2.6 billion is the largest since 2029, although "
                         "April 2031 was a month of surplus: exports were $4.16 billion and imports $4.04 billion "
                         "in April 2031.", date="2031-05-28")
    assert by["$2.6 billion"].period == "2030-05/2031-04"
    assert by["$4.16 billion"].period == "2031-04"
    assert not flagged_reasons(by)


def test_an_annual_rate_stays_the_months(tmp_path):
    by = checked_by_surface("Annual inflation was 4.2 percent in April 2031.", date="2031-05-28")
    assert by["4.2 percent"].period == "2031-04"
