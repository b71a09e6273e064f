"""Time, round 55: periods carried in from another sentence. Two classes found among the look
groups' period misses, written here in our own sentences.

1. A year so far carried into a sentence whose own cue names a month: figures measured against
   "the same month of the previous year" are that month's (the span's last), not the months to
   it, and so with "the same quarter last year"; the month is then the sentence's own time and
   the sentences after it keep it. A year-so-far base ("the same period last year") leaves the
   span as it was.
2. A sentence with no figures that names an event's day beside a span ("At the cabinet meeting
   on 4 October, the budget for 2013 was adopted", "On 20 October the results of the 2010
   census were launched") hands on the span, not the day: the figures after it are the budget's
   or the census's, not the meeting's. A day alone still dates what follows.
"""

from __future__ import annotations

import pytest
from conftest import by_surface


# 1. "the same month of the previous year" names a month

OPENING = "In the first seven months of the year, the trade deficit widened 18% to $73.6 billion. "


@pytest.mark.parametrize("base", [
    "compared to the same month of the previous year",
    "from the same month last year",
    "against the corresponding month a year earlier",
])
def test_a_same_month_base_makes_a_carried_year_so_far_its_last_month(base):
    text = OPENING + f"Exports rose 8.4% to $20.1 billion {base}. Imports rose 11.1% to $32.5 billion."
    got = by_surface(text, "2023-08-15", "period", "base_period")
    assert got["8.4%"] == ("2023-07", "2022-07")
    assert got["$20.1 billion"][0] == "2023-07"
    assert got["11.1%"][0] == "2023-07"  # the sentence after keeps the month


def test_a_same_quarter_base_makes_a_carried_half_its_last_quarter():
    text = ("Revenue for the first half of 2024 came to $4.1 billion. "
            "Sales grew 6% to $2.2 billion compared with the same quarter last year.")
    got = by_surface(text, "2024-08-10", "period", "base_period")
    assert got["6%"] == ("2024-Q2", "2023-Q2")


def test_a_same_period_base_keeps_the_carried_year_so_far():
    text = OPENING + "Exports rose 8.4% to $143.4 billion compared to the same period of the previous year."
    got = by_surface(text, "2023-08-15", "period", "base_period")
    assert got["8.4%"] == ("2023-01/2023-07", "2022-01/2022-07")


# 2. an event's day beside a span in a sentence with no figures

@pytest.mark.parametrize("opening", [
    "At the meeting of the cabinet on 4 October, the bill fixing the budget for 2013 was adopted. ",
    "On 4 October, the finance minister presented the budget for 2013. ",
])
def test_a_figureless_sentence_hands_on_its_span_not_its_event_day(opening):
    got = by_surface(opening + "It amounts to 3,141.2 billion CFA francs.", "2012-10-20", "period")
    assert got["3,141.2 billion CFA francs"] == "2013"


def test_a_figureless_sentence_naming_only_a_day_still_dates_what_follows():
    text = "On 30 June 2023, the central bank took stock of its holdings. Reserves stood at $4.2 billion."
    assert by_surface(text, "2023-07-10", "period")["$4.2 billion"] == "2023-06-30"
