"""Spans that end in a month the sentence names elsewhere or with an extra word, read in
round 71 (period71: look's period misses where the gold is a year to date or a trailing
window), each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


def _period(text: str, date: str, surface: str) -> str:
    return frames_by_surface(text, date)[surface].period


@pytest.mark.parametrize("sentence, date, surface, period", [
    # "ending in" / "ended in" before the month: the window still ends with that month
    ("The budget deficit for the 12-month period ending in April was 9.8 billion shekels.",
     "2022-05-03", "9.8 billion shekels", "2021-05/2022-04"),
    ("Retail sales in the three months ended in June 2019 were 14 billion dollars.",
     "2019-08-01", "14 billion dollars", "2019-Q2"),
    ("Exports were $5 billion in the 12 months that ended in March.", "2024-05-15", "$5 billion", "2023-04/2024-03"),
    ("Exports were $5 billion in the 12 months, ending March.", "2024-05-15", "$5 billion", "2023-04/2024-03"),
    ("Exports were $5 billion in the 12 months leading up to March.", "2024-05-15", "$5 billion", "2023-04/2024-03"),
])
def test_a_window_ending_in_a_month_is_the_months_up_to_it(sentence, date, surface, period):
    assert _period(sentence, date, surface) == period


@pytest.mark.parametrize("sentence, date, surface, period", [
    # the calque of "за пять месяцев 2021 года": the first months of the year named
    ("In the course of five months of the year 2021, 181,000 tourists visited the country.",
     "2021-06-20", "181,000 tourists", "2021-01/2021-05"),
    ("Exports reached $4.2 billion in seven months of the year 2019.",
     "2019-08-20", "$4.2 billion", "2019-01/2019-07"),
])
def test_months_of_the_year_named_with_the_word_year(sentence, date, surface, period):
    assert _period(sentence, date, surface) == period


@pytest.mark.parametrize("sentence, date, surface, period", [
    # a rolling sum is the n months to the month the sentence names, not that month alone
    ("Over twelve rolling months, the trade deficit stood at 83.6 billion euros in November.",
     "2024-12-20", "83.6 billion euros", "2023-12/2024-11"),
    ("On a rolling 12-month basis, the deficit was 9.8 billion shekels in April 2022.",
     "2022-05-03", "9.8 billion shekels", "2021-05/2022-04"),
    # with no month in its sentence: to the month the text reports on
    ("Tax receipts were €20bn in the first four months of 2023. The budget is in a surplus of €2.4bn "
     "when measured on a 12-month rolling basis.", "2023-05-10", "€2.4bn", "2022-05/2023-04"),
])
def test_a_rolling_window_ends_with_the_month_named(sentence, date, surface, period):
    assert _period(sentence, date, surface) == period


def test_a_trailing_window_ends_with_the_month_named():
    frames = frames_by_surface("Exports were $5 billion in March, and $50 billion over the trailing 12 months.", "2024-05-15")
    assert frames["$5 billion"].period == "2024-03"  # the month before the window is its own figure's
    assert frames["$50 billion"].period == "2023-04/2024-03"


def test_a_month_in_another_clause_keeps_its_own_figures():
    frames = frames_by_surface("Exports rose 3% in November; over 12 rolling months they reached 600 billion euros.",
                               "2024-12-20")
    assert frames["3%"].period == "2024-11"
    assert frames["600 billion euros"].period == "2023-12/2024-11"


def test_a_window_between_a_change_and_its_level_after_over_is_the_changes_own_span():
    frames = frames_by_surface("Total revenues fell by more than 16 percent over the fiscal year ending in March to $17.22 billion, "
                               "while expenditures fell 3.2 percent to 21.14 billion dinars.", "2020-04-15")
    assert (frames["more than 16 percent"].period, frames["more than 16 percent"].base_period) == ("2019-04/2020-03", "2018-04/2019-03")
    assert frames["$17.22 billion"].period == "2019-04/2020-03"
