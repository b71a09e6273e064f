"""Session 52 (period72): a bare year said of a year not yet over is the part of it the text reports.

1. A figure dated by a bare "2012" in a text about January–February 2012, written while 2012
   was running, is January–February's: there were no figures yet for the whole year.
2. A sentence that names the running year only ("the 2011 export index has increased") leaves the
   text on the part of the year it reports: the figures after it keep that part.
3. Once the year is over at the article's date, or where the figure is a forecast, the year stays
   the whole year. In a text with no date, the part must be what the text is about (its first span).
"""

from __future__ import annotations

import pytest

from conftest import by_surface


# one text about January–February 2012 that also says "13,853 in 2012"
_ARRIVALS_2012 = ("Stay-over arrivals rose 20 percent in January and February 2012. "
                  "The Canadian market also recorded an increase in visitor arrivals to 13,853 in 2012.")


@pytest.mark.parametrize("today, expected", [
    ("2012-04-03", "2012-01/2012-02"),  # written while 2012 ran: the part reported
    ("2013-02-03", "2012"),             # 2012 over at the article's date: the year
    (None, "2012-01/2012-02"),          # no date: the part the text is about
], ids=["running-year-is-the-part", "year-over-stays-the-year", "undated-text-about-a-part"])
def test_a_bare_year_of_a_text_about_its_opening_months(today, expected):
    assert by_surface(_ARRIVALS_2012, today, "period")["13,853"] == expected


def test_a_sentence_naming_the_running_year_keeps_the_part():
    text = ("Georgia's foreign trade turnover reached USD 4,832 million in January-July 2011. "
            "The 2011 export index has significantly increased in comparison to previous years. "
            "Georgia's main trade partners continue to be Turkey with 16.7%, Azerbaijan 10.9%.")
    got = by_surface(text, "2011-08-10", "period")
    assert got["16.7%"] == "2011-01/2011-07"


def test_a_forecast_for_the_running_year_stays_the_year():
    text = ("Stay-over arrivals rose 20 percent in January and February 2012. "
            "The ministry expects 350,000 arrivals in 2012.")
    got = by_surface(text, "2012-04-03", "period")
    assert got["350,000 arrivals"] == "2012"


# a day that dates only a duration is not what the text is about

def test_a_day_dating_only_a_duration_is_not_the_texts_period():
    text = ("On June 3, the President convened a Cabinet session to sum up the five-month results.\n\n"
            "The January-May indices had shown growth.\n\n"
            "A GDP growth rate reached 106.2 percent.\n\n"
            "Retail trade increased by 16.6 percent.")
    got = by_surface(text, "2016-06-10", "period")
    assert got["16.6 percent"] == "2016-01/2016-05"


# "the 2016 five-month period"

def test_a_year_before_a_count_of_months_is_that_years_first_months():
    got = by_surface("Over the 2016 five-month period, receipts totaled 91.6 percent of the plan.", "2016-06-10", "period")
    assert got["91.6 percent"] == "2016-01/2016-05"


# an undated text on the opening months of the year it names

def test_an_undated_text_stays_on_the_opening_months_of_its_year():
    text = ("Tourists visit Croatia in record numbers this year, with 16 million arrivals expected.\n\n"
            "Arrivals reached 12.6 million in the first eight months of 2015.\n\n"
            "Slovenians made 1.1 million arrivals, up 6.3%.")
    got = by_surface(text, None, "period")
    assert got["1.1 million arrivals"] == "2015-01/2015-08"
