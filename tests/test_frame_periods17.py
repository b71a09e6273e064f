"""Period classes found on the spent sets (u–y, z–ad, ae–ai, aj–an) after their scoring,
each in our own sentences: a report on the year so far (its comparand years, a quarter it
runs up to) and 'the comparative period'."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2021-07-20"


@pytest.mark.parametrize("word", ["compared with", "compared to", "against", "versus"])
def test_a_bare_earlier_year_set_against_the_year_so_far_is_its_same_months(word):
    text = ("Passenger arrivals in the first four months of 2021 rose 9 per cent. "
            f"Cruise passengers numbered 41,200, {word} 37,800 in 2020.")
    c = frames_by_surface(text, DAY)
    assert c["41,200"].period == "2021-01/2021-04"
    assert c["37,800"].period == "2020-01/2020-04"


def test_both_bare_years_of_a_comparison_in_a_report_on_the_year_so_far_are_its_months():
    text = ("Passenger arrivals in the first four months of 2021 rose 9 per cent.\n\n"
            "Air arrivals rose 6 per cent with a total of 12,400 in 2021 compared with 11,700 in 2020.")
    c = frames_by_surface(text, DAY)
    assert c["12,400"].period == "2021-01/2021-04"
    assert c["11,700"].period == "2020-01/2020-04"


@pytest.mark.parametrize("phrase, period", [
    ("up to the third quarter of this year", "2021-01/2021-09"),
    ("through the second quarter of 2021", "2021-H1"),
    ("till the end of the third quarter of 2020", "2020-01/2020-09"),
])
def test_a_flow_counted_up_to_a_quarter_is_the_year_to_its_end(phrase, period):
    c = frames_by_surface(f"Container traffic {phrase} rose 4 percent to 81,000 units.", "2021-11-02")
    assert c["81,000 units"].period == c["4 percent"].period == period


def test_the_comparative_period_is_the_same_period():
    text = ("Yacht arrivals in January to May 2021 reached 5,100. "
            "Ferry passengers for the same period rose 3 per cent over the 20,400 for the comparative period in 2020.")
    c = frames_by_surface(text, DAY)
    assert c["20,400"].period == "2020-01/2020-05"
    assert c["3 per cent"].period == "2021-01/2021-05"


@pytest.mark.parametrize("place, period", [
    ("Niue", "2022-07/2023-06"), ("the Falkland Islands", "2022-07/2023-06"), ("Montserrat", "2022-04/2023-03"),
])
def test_a_territory_budget_year_is_read_by_its_own_calendar(place, period):
    c = frames_by_surface(f"The government of {place} will spend an extra $40 million this financial year.", "2022-08-01")
    assert c["$40 million"].period == period


def test_an_appropriation_bill_names_a_fiscal_year_and_a_title_does_not_end_the_sentence():
    text = ("The Niue appropriation bill 2022/2023 tabled by the Minister of Finance Hon. Jane Doe "
            "sets spending at $40 million.")
    assert frames_by_surface(text, "2022-08-01")["$40 million"].period == "2022-07/2023-06"


def test_this_year_read_as_a_span_is_never_taken_for_a_fiscal_year_so_far():
    """'From February to December this year' resolves to a span, not a year: the check that
    a report's topic is the current fiscal year so far must answer no, not fail on int()."""
    from factcheck.extract.frame.topic import _fiscal_so_far
    assert _fiscal_so_far("2023-07/2024-04", "2024") is True
    assert _fiscal_so_far("2023-07/2024-04", "2023-02/2023-12") is False
