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


# a change across two months named as the ends of a range ("between March and April", "from
# May to June") is measured from the first month's level to the last's
@pytest.mark.parametrize("text, change, period, base", [
    ("The vacancy rate slipped by 0.3 points to 4.9% between March and April, the registry said.", "0.3 points", "2025-04", "2025-03"),
    ("From May to June the wholesale index gained 0.6 per cent, from 118.2 to 118.9.", "0.6 per cent", "2025-06", "2025-05"),
    ("Household deposits grew 2.1% between February and May.", "2.1%", "2025-05", "2025-02"),
    # a flow's change over the run is the run's total against the same run a year before
    ("Parcel shipments up 14% between January and February", "14%", "2025-01/2025-02", "2024-01/2024-02"),
    ("Between January and June, fish exports climbed 9% to $410 million.", "9%", "2025-H1", "2024-H1"),
    # a change that names no level, no points and no stock: the run
    ("Ferry crossings rose 6% between April and May.", "6%", "2025-04/2025-05", "2024-04/2024-05"),
])
def test_a_change_between_two_months_is_the_last_months_against_the_first_unless_a_flows(text, change, period, base):
    c = frames_by_surface(text, "2025-07-15")[change]
    assert (c.period, c.base_period) == (period, base)


def test_the_level_a_change_across_two_months_reaches_and_the_text_after_are_the_last_month():
    text = ("The vacancy rate slipped by 0.3 points to 4.9% between March and April, the registry said.\n\n"
            "Registered vacancies numbered 18,200.")
    c = frames_by_surface(text, "2025-05-15")
    assert c["4.9%"].period == "2025-04"
    assert c["18,200"].period == "2025-04"


def test_a_run_of_months_without_a_change_stays_one_span():
    assert frames_by_surface("Between May and June, 2,300 cruise passengers landed.", "2025-07-15")["2,300 cruise passengers"].period \
        == "2025-05/2025-06"
