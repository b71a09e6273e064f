"""A flow "by the end of April" is the year to date; the figure it is compared with "in the same
period of last year" is that span a year earlier, not the month alone."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface

_TEXT = ("Exports of Ruritania stood at JD190 million by the end of April, a drop of 17.2 percent "
         "compared to JD230 million in the same period of last year.")


def test_the_same_period_of_a_year_to_date_flow_is_its_year_to_date_a_year_before():
    frames = frames_by_surface(_TEXT, "2023-06-20")
    assert frames["JD190 million"].period == "2023-01/2023-04"
    assert frames["JD230 million"].period == "2022-01/2022-04"
    assert frames["17.2 percent"].base_period == "2022-01/2022-04"


@pytest.mark.parametrize("sentence, figure, period", [
    # a stock by the end of a month is counted on that month, and so is its comparand
    ("The public debt reached JD41.3 billion by the end of April, against JD39.9 billion in the same "
     "period of last year.", "JD39.9 billion", "2022-04"),
    # "the same month" names the month, not the span
    ("Exports stood at JD190 million by the end of April, against JD30 million in the same month "
     "of last year.", "JD30 million", "2022-04"),
])
def test_a_stock_or_the_same_month_keeps_the_month(sentence, figure, period):
    assert frames_by_surface(sentence, "2023-06-20")[figure].period == period
