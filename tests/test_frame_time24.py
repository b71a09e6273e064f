"""Periods, bases and directions (round 24; our own sentences)."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2021-10-15"


# --- a comparative after the figure, past an apposed percentage --------------------------

@pytest.mark.parametrize("text", [
    "The port handled 4,210, or 12 percent, fewer containers in September than a year earlier.",
    "In September there were 4,210, or 12 percent, fewer ferry passengers.",
])
def test_an_amount_and_its_percentage_before_fewer_are_one_change_down(text):
    f = frames_by_surface(text, DAY)
    assert (f["4,210"].role, f["4,210"].direction) == ("change", "down")
    assert (f["12 percent"].role, f["12 percent"].direction) == ("growth", "down")


def test_a_percentage_before_fewer_and_a_noun_is_a_fall():
    f = frames_by_surface("In September there were 9 percent fewer cruise visitors than a year earlier.", DAY)
    assert (f["9 percent"].role, f["9 percent"].direction) == ("growth", "down")


def test_an_amount_with_its_bracketed_percentage_before_less_than_is_a_change():
    f = frames_by_surface("Freight income was NOK 52.3 million (6.1%) less than in the same period of 2020.", DAY)
    assert (f["NOK 52.3 million"].role, f["NOK 52.3 million"].direction) == ("change", "down")


# --- months of "this year" / "the current year" ------------------------------------------

def test_a_month_range_of_the_current_year_is_that_span():
    f = frames_by_surface("In January-September of the current year, Moldova exported 1.2 million tonnes of grain.", DAY)
    assert f["1.2 million tonnes"].period == "2021-01/2021-09"


def test_through_a_month_of_this_year_runs_from_january():
    f = frames_by_surface("Through September of this year, dealers sold 4,512 new cars.", DAY)
    assert f["4,512 new cars"].period == "2021-01/2021-09"


@pytest.mark.parametrize("phrase,period", [("this year", "2021-01/2021-09"), ("the current year", "2021-01/2021-09"),
                                           ("last year", "2020-01/2020-09")])
def test_the_n_months_of_this_year_are_its_first_months(phrase, period):
    f = frames_by_surface(f"In the nine months of {phrase}, coffee exports reached 3.4 billion dollars.", DAY)
    assert f["3.4 billion dollars"].period == period


def test_the_n_months_of_this_year_not_over_by_the_date_are_last_years():
    f = frames_by_surface("In the 11 months of this year, coffee exports reached 3.4 billion dollars.", "2022-01-10")
    assert f["3.4 billion dollars"].period == "2021-01/2021-11"


# --- a level bracketed after the base it is the value of ---------------------------------

def test_a_bracketed_base_level_restated_in_another_currency_is_dated_by_the_base():
    f = frames_by_surface("Cement output in January-June 2021 reached 8.1 trillion sums, up 12.4 percent on the same "
                          "period of 2020 (7.2 trillion sums, or $690 million).", "2021-07-20")
    assert f["7.2 trillion sums"].period == "2020-H1"
    assert f["$690 million"].period == "2020-H1"
    assert f["8.1 trillion sums"].period == "2021-H1"


# --- a figure in subject position dated by the time after its verb -----------------------

@pytest.mark.parametrize("text,surface,period", [
    ("Some 2.4 million tonnes of cocoa were exported in 2020.", "Some 2.4 million tonnes", "2020"),
    ("About 61,300 people were living on the island at the end of 2020.", "About 61,300 people", "2020-12-31"),
    ("Nearly $310 million was spent in March 2021.", "Nearly $310 million", "2021-03"),
])
def test_goods_money_and_residents_are_dated_by_the_time_after_their_verb(text, surface, period):
    assert frames_by_surface(text, DAY)[surface].period == period
