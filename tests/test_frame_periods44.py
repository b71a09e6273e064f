"""Time classes of round 44, each in our own sentences: the unit a comparison base names."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface

_RUN = ("Shipments from the port in January to April 2025 came to 812,000 tonnes.\n\n")


@pytest.mark.parametrize("sentence, figure, period, base", [
    # a base naming a month, after a text about a run of months: the run's last month
    ("Grain shipments were 5.4 percent lower than in the same month of last year.", "5.4 percent", "2025-04", "2024-04"),
    ("Coal loadings climbed by 11,300 tonnes against the corresponding month a year before.", "11,300 tonnes", "2025-04", "2024-04"),
    ("Container volumes slipped 2.2% from the same month of 2024.", "2.2%", "2025-04", "2024-04"),
])
def test_a_base_naming_its_month_dates_the_figure_by_the_last_month_of_the_run(sentence, figure, period, base):
    c = frames_by_surface(_RUN + sentence, "2025-05-20")[figure]
    assert (c.period, c.base_period) == (period, base)


def test_a_base_naming_its_quarter_after_half_a_year_is_the_last_quarter():
    text = ("Hotel revenue for January to June 2023 reached $410 million.\n\n"
            "Occupancy rose 3.8 percent compared with the corresponding quarter of 2022.")
    c = frames_by_surface(text, "2023-08-02")["3.8 percent"]
    assert (c.period, c.base_period) == ("2023-Q2", "2022-Q2")


@pytest.mark.parametrize("sentence, figure", [
    # a base naming a period points back to the whole run
    ("Grain shipments were 5.4 percent lower than in the same period of last year.", "5.4 percent"),
    # a figure with a time of its own keeps it
    ("In January to April, grain shipments were 5.4 percent lower than in the same month of last year.", "5.4 percent"),
])
def test_a_base_naming_a_period_or_a_dated_figure_keeps_the_run(sentence, figure):
    assert frames_by_surface(_RUN + sentence, "2025-05-20")[figure].period == "2025-01/2025-04"


def test_a_base_naming_its_month_after_a_whole_year_changes_nothing():
    text = ("Shipments from the port in 2024 came to 2.4 million tonnes.\n\n"
            "Grain shipments were 5.4 percent lower than in the same month of last year.")
    assert frames_by_surface(text, "2025-01-20")["5.4 percent"].period == "2024"
