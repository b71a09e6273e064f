"""Session 52 (period72): a bare year said of a year not yet over is the part of it the text reports.

1. A figure dated by a bare "2012" in a text about January–February 2012, written while 2012
   was running, is January–February's: there were no figures yet for the whole year.
2. A sentence that names the running year only ("the 2011 export index has increased") leaves the
   text on the part of the year it reports: the figures after it keep that part.
3. Once the year is over at the article's date, or where the figure is a forecast, the year stays
   the whole year. In a text with no date, the part must be what the text is about (its first span).
"""

from __future__ import annotations

from conftest import by_surface


def test_a_bare_running_year_is_the_part_reported():
    text = ("Stay-over arrivals rose 20 percent in January and February 2012. "
            "The Canadian market also recorded an increase in visitor arrivals to 13,853 in 2012.")
    got = by_surface(text, "2012-04-03", "period")
    assert got["13,853"] == "2012-01/2012-02"


def test_a_sentence_naming_the_running_year_keeps_the_part():
    text = ("Georgia's foreign trade turnover reached USD 4,832 million in January-July 2011. "
            "The 2011 export index has significantly increased in comparison to previous years. "
            "Georgia's main trade partners continue to be Turkey with 16.7%, Azerbaijan 10.9%.")
    got = by_surface(text, "2011-08-10", "period")
    assert got["16.7%"] == "2011-01/2011-07"


def test_a_year_over_at_the_articles_date_stays_the_year():
    text = ("Stay-over arrivals rose 20 percent in January and February 2012. "
            "The Canadian market also recorded an increase in visitor arrivals to 13,853 in 2012.")
    got = by_surface(text, "2013-02-03", "period")
    assert got["13,853"] == "2012"


def test_a_forecast_for_the_running_year_stays_the_year():
    text = ("Stay-over arrivals rose 20 percent in January and February 2012. "
            "The ministry expects 350,000 arrivals in 2012.")
    got = by_surface(text, "2012-04-03", "period")
    assert got["350,000 arrivals"] == "2012"


def test_an_undated_text_about_a_part_of_the_year():
    text = ("Stay-over arrivals rose 20 percent in January and February 2012. "
            "The Canadian market also recorded an increase in visitor arrivals to 13,853 in 2012.")
    got = by_surface(text, None, "period")
    assert got["13,853"] == "2012-01/2012-02"
