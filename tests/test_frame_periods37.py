"""Time classes that cost period and base-period accuracy on the spent sets in round 37
(period37: misses tabled by phrasing class), each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


def _frames(text: str, date: str) -> dict:
    return {k: (c.period, c.base_period) for k, c in frames_by_surface(text, date).items()}


# -- months of a fiscal year named relative to the article's date ---------------------------

@pytest.mark.parametrize("sentence, date, period", [
    # a range that runs across the calendar's year-end opens the fiscal year it is of
    ("Cement sales during August-February of the current fiscal year stood at 9.2 million tonnes.",
     "2019-03-20", "2018-08/2019-02"),
    ("Tea exports in the October–January period of the ongoing financial year were $410 million.",
     "2021-02-25", "2020-10/2021-01"),
    ("Freight earnings for July-March of last fiscal year were $88 million.",
     "2022-05-02", "2020-07/2021-03"),
    # a place whose fiscal year the calendar knows: those months of it
    ("India's coal output in April-November of the current financial year was 520 million tonnes.",
     "2022-12-10", "2022-04/2022-11"),
])
def test_a_month_range_of_a_relative_fiscal_year_is_those_months_of_it(sentence, date, period):
    [(got, _)] = _frames(sentence, date).values()
    assert got == period


def test_a_single_month_of_the_current_fiscal_year_still_reads_as_one_month():
    c = frames_by_surface("India's coal output in November of the current financial year was 82 million tonnes.",
                          "2022-12-10")["82 million tonnes"]
    assert c.period == "2022-11"


# -- windows of "the last n months" ------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, period, base", [
    # the month the window ends with, said after it
    ("Tourist spending climbed 8.1 percent over the past 12 months which ended October 2022.", "8.1 percent",
     "2021-11/2022-10", "2020-11/2021-10"),
    ("Fish exports grew 6% in the last twelve months ending in September 2022.", "6%",
     "2021-10/2022-09", "2020-10/2021-09"),
    # the months themselves in brackets restate the window
    ("In the past 12 months (December 2021-November 2022) shipments of cocoa reached 700,000 tonnes.",
     "700,000 tonnes", "2021-12/2022-11", None),
    # a flow's growth over a year-long window: the window against the one before it
    ("Cocoa shipments rose 4 percent over the past 12 months.", "4 percent", "2022", "2021"),
])
def test_a_window_of_months_is_the_span_the_text_says_it_ends_with(sentence, figure, period, base):
    assert _frames(sentence, "2023-01-18")[figure] == (period, base)


def test_a_rate_changed_over_a_window_stays_the_latest_months():
    # a rate is read at a month: its change over a window is that month's against a year before
    assert _frames("The jobless rate fell 0.6 percentage points over the past 12 months.", "2023-01-18")[
        "0.6 percentage points"] == ("2022-12", "2021-12")


def test_a_bracket_of_another_length_restates_no_window():
    # ("the past six months (July-December)" restates them; twelve months in brackets do not)
    got = _frames("In the past six months (January-December 2022) shipments reached 700,000 tonnes.", "2023-01-18")
    assert got["700,000 tonnes"][0] != "2022"


# -- the same span, said to end with a month, or "the same previous period" --------------------

@pytest.mark.parametrize("sentence, figure, period, base", [
    ("Receipts came to $3.3 billion in the 12 months to June 2022, against $2.9 billion in the same period to June 2021.",
     "$2.9 billion", "2020-07/2021-06", None),
    ("Card spending was $61 billion in the year to March 2023, 7 percent above the corresponding period ending March 2022.",
     "7 percent", "2022-04/2023-03", "2021-04/2022-03"),
    ("In January-August 2022 sugar output was 1.9 million tonnes, 3% down from the 2.0 million tonnes of the same previous period.",
     "3%", "2022-01/2022-08", "2021-01/2021-08"),
])
def test_the_same_span_ending_with_a_month_moves_the_statements_span(sentence, figure, period, base):
    assert _frames(sentence, "2023-05-01")[figure] == (period, base)


def test_the_previous_period_alone_is_still_the_span_before():
    got = _frames("Orders were 410 in the three months to June, up 5% from the previous period.", "2023-07-20")
    assert got["5%"] == ("2023-Q2", "2023-Q1")


# -- a list of monthly figures whose year is stated once ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # the year at the end of the list
    ("Cruise calls numbered 14 in September, 22 in October and 31 in November last year.",
     {"14": "2022-09", "22": "2022-10", "31": "2022-11"}),
    ("Bookings reached 1,200 in February, 1,450 in March and 1,610 in April 2021.",
     {"1,200": "2021-02", "1,450": "2021-03", "1,610": "2021-04"}),
    # the year at its start
    ("Bookings reached 1,200 in February 2021, 1,450 in March and 1,610 in April.",
     {"1,200": "2021-02", "1,450": "2021-03", "1,610": "2021-04"}),
])
def test_a_list_of_monthly_figures_shares_the_year_stated_once(sentence, expected):
    got = {k: p for k, (p, _) in _frames(sentence, "2023-06-10").items()}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("sentence, figure, period", [
    # a comparison between the items: the month after "from" keeps its own year
    ("Bookings reached 1,610 in April 2021, up from 1,450 in March.", "1,450", "2023-03"),
    # months that do not run forward are no one year's list
    ("Bookings reached 1,610 in May, after 1,450 in April 2021.", "1,610", "2023-05"),
])
def test_months_that_are_no_list_of_one_year_keep_their_own_year(sentence, figure, period):
    assert _frames(sentence, "2023-06-10")[figure][0] == period


# -- the day a law or budget was passed ---------------------------------------------------------

def test_the_day_a_budget_was_passed_dates_no_figure_of_the_year_it_is_for():
    got = _frames("Under the 2019 appropriation passed by the assembly on November 28, 2018, spending was "
                  "set at 4.1 billion dinars.", "2019-06-01")
    assert got["4.1 billion dinars"][0] == "2019"


def test_a_day_a_figure_was_recorded_on_still_dates_it():
    got = _frames("Reserves stood at $4.1 billion on November 28, 2018.", "2019-06-01")
    assert got["$4.1 billion"][0] == "2018-11-28"


# -- the base a month's change leaves unsaid ----------------------------------------------------

@pytest.mark.parametrize("sentence, figure, base", [
    # a flow's growth rate: the same month a year before
    ("Truck registrations slid 7.5% in October.", "7.5%", "2021-10"),
    ("Fuel sales in October were up 3.2 percent.", "3.2 percent", "2021-10"),
    # jobs added, a stock's or a rate's move: since the last reading
    ("Payrolls grew by 120,000 in October.", "120,000", "2022-09"),
    ("Bank deposits rose by $2.1 billion in October.", "$2.1 billion", "2022-09"),
    # words that say the month before
    ("Fuel sales in October were up 3.2 percent on a seasonally adjusted basis.", "3.2 percent", "2022-09"),
])
def test_a_months_change_with_no_base_follows_what_is_measured(sentence, figure, base):
    assert _frames(sentence, "2022-11-20")[figure][1] == base


def test_the_first_figure_dated_the_month_before_makes_a_months_changes_sequential():
    text = ("Fuel sales were 410 million litres in October, against 395 million litres in September. "
            "Diesel sales were up 2.8 percent.")
    assert _frames(text, "2022-11-20")["2.8 percent"] == ("2022-10", "2022-09")


# -- a relative clause that says when a figure was recorded -------------------------------------

@pytest.mark.parametrize("sentence, figure, period", [
    ("Cargo handled in 2021 was 3.2 million tonnes, short of the peak of 3.6 million tonnes, which was reached in 2018.",
     "3.6 million tonnes", "2018"),
    ("Hotel nights totalled 812,000 in 2021, below the 905,000 that were registered during 2019.", "905,000", "2019"),
])
def test_a_relative_clause_of_recording_dates_its_figure(sentence, figure, period):
    assert _frames(sentence, "2022-03-01")[figure][0] == period


def test_a_relative_clause_without_a_time_dates_nothing():
    got = _frames("Cargo handled in 2021 was 3.2 million tonnes, which was a record.", "2022-03-01")
    assert got["3.2 million tonnes"][0] == "2021"
