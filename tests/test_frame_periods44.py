"""Time classes of round 44, each in our own sentences: a change between two months."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


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
