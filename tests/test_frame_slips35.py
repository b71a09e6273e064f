"""Time and base classes that lost published slips on the spent sets in round 35 (slips35),
each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("sentence, figure, base", [
    # the other side named by a noun and the time it was recorded in: that time is the base,
    # not the base of the clause before
    ("Coffee sales rose by 4.2 per cent in the first quarter compared to the value recorded in the last "
     "quarter of 2022 ($3.1 billion), but fell by 12.7 per cent when compared to the value recorded in "
     "the corresponding quarter of last year ($3.9 billion).", "12.7 per cent", "2022-Q1"),
    ("Coffee sales rose by 4.2 per cent in the first quarter compared to the value recorded in the last "
     "quarter of 2022 ($3.1 billion), but fell by 12.7 per cent when compared to the value recorded in "
     "the corresponding quarter of last year ($3.9 billion).", "4.2 per cent", "2022-Q4"),
])
def test_a_value_recorded_in_a_time_is_the_base(sentence, figure, base):
    assert frames_by_surface(sentence, "2023-05-10")[figure].base_period == base


def test_a_change_from_the_level_of_the_previous_month_is_the_months_own():
    c = frames_by_surface("Tea exports were estimated at $41.3 million in March 2019, up by $6.2 million from "
                          "the level of the previous month.", "2019-04-20")["$6.2 million"]
    assert (c.period, c.base_period) == ("2019-03", "2019-02")


@pytest.mark.parametrize("sentence, date, figure, period", [
    # the level a change reached is dated by the change's span, not the year that contains it
    ("The current account deficit for the period January to June 2022 widened by 14.1% to 61 billion "
     "rupees in 2022.", "2022-08-01", "61 billion rupees", "2022-H1"),
    # a year that does not contain the change's span still dates the level
    ("Wheat output for the first half of 2021 rose by 3% to 2 million tonnes in 2022.", "2022-08-01",
     "2 million tonnes", "2022"),
    # 'for the year' after a month of a year the sentence names: that whole year
    ("About 40,000 visitors came in the month of March 2019, and a total of 455,210 visitors arrived "
     "for the year.", "2020-02-01", "455,210 visitors", "2019"),
    ("About 40,000 visitors came in the month of March 2019.", "2020-02-01", "About 40,000 visitors", "2019-03"),
])
def test_a_span_within_a_year_against_the_whole_year(sentence, date, figure, period):
    assert frames_by_surface(sentence, date)[figure].period == period


def test_for_the_year_alone_is_left_to_the_context():
    # no year named before it: a fiscal year may be meant; the expression reads nothing
    c = frames_by_surface("Profits came to $12 million for the year ending in June.", "2020-08-01")
    assert c["$12 million"].period != "2020"


def test_a_growth_after_a_figure_the_level_was_estimated_at_runs_from_its_year():
    c = frames_by_surface("Cocoa exports amounted to $512 million in 2019, after being estimated at $170 million "
                          "in 2011, an increase of 201%.", "2020-03-01")["201%"]
    assert (c.period, c.base_period) == ("2019", "2011")


def test_a_bare_quarter_not_yet_ended_is_of_the_year_the_text_is_about():
    text = ("Ghana's total trade rose by 12 per cent to 90 billion cedis in 2023.\n\n"
            "A breakdown by quarter showed that trade in Q1 stood at 20 billion cedis.")
    assert frames_by_surface(text, "2024-02-15")["20 billion cedis"].period == "2023-Q1"
    # a quarter that has ended by the article's date is still the latest one
    assert frames_by_surface(text, "2024-05-15")["20 billion cedis"].period == "2024-Q1"
