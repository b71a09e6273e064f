"""Periods and bases, round 48 (issue 8): time expressions and their scope, found on the look
groups, written here in our own sentences.

1. 'over' before the opening or closing part of a year ("over the first quarter of 2017") is the
   span a figure was counted over, not the base of a comparison; a rate set right against it
   ("rose 5% over the first quarter") stays a base.
2. A growth over a window ("during the last 11 months") beside the same span a year before,
   named as a level's time ("as it stood at … during the same period of last year"), is the
   window's own change, not the latest month's.
3. "last May" beside "May" in one sentence is May a year before; "last month" is no month name.
4. "the period last year", "the review period last year" move the text's period a year back;
   "the same term last year" is "the same period"; "the analysed period" is the one under review
   (the report's span, not the month the text named last).
5. A second base coordinated with the first ("compared to the fourth quarter of 2022 and the
   corresponding quarter in 2022") is a base too.
6. "where" after a base ("the same period in 2023, where exports stood at …") dates its figure
   by the base, as "when" does.
7. A figure bracketed after another of the same measure ("13,313 tourists (10,149 tourists in
   2015)") is the other side of a comparison, no restatement: it does not lend its time to the
   first; dated by a whole year only, it is the first figure's part of that year.
8. A multiplier ("1.7 times higher than the same period in 2022") is dated as the figures it
   sets side by side and measured against the earlier time the sentence names.
9. A month after "versus" or "against" is read ("grew 12.8% versus April").
10. The figures a bracket opens with right after a base ("compared to October of last year
    (US$4.47 billion …)") are that base's; a change or growth there compares the two sides.
"""

from __future__ import annotations

import pytest

from conftest import by_surface


# 1. 'over' the opening part of a year

@pytest.mark.parametrize("part, period", [("the first quarter of 2017", "2017-Q1"),
                                          ("the first three months of 2017", "2017-Q1"),
                                          ("the first half of 2017", "2017-H1")])
def test_a_figure_counted_over_the_opening_part_of_a_year(part, period):
    text = f"The country's trade deficit reached $3.1 billion over {part}, against $4.9 billion a year earlier."
    got = by_surface(text, "2017-08-02", "period", "base_period")
    assert got["$3.1 billion"] == (period, None)


def test_a_rate_set_against_the_opening_part_of_a_year_keeps_its_base():
    got = by_surface("Tea exports rose 5% over the first quarter of 2016.", "2017-08-02", "period", "base_period")
    assert got["5%"][1] == "2016-Q1"


# 2. a window set against the same span a year before

def test_a_change_over_a_window_beside_the_same_period_of_last_year():
    text = ("The trade gap narrowed by 2.3 per cent during the last 11 months, as it stood at $3.9 billion "
            "during the same period of last year.")
    got = by_surface(text, "2019-06-20", "period", "base_period")
    assert got["2.3 per cent"] == ("2018-07/2019-05", "2017-07/2018-05")
    assert got["$3.9 billion"][0] == "2017-07/2018-05"


def test_a_change_over_a_window_alone_is_the_latest_months():
    got = by_surface("The jobless rate fell 0.6 points over the past 12 months.", "2019-06-20", "period", "base_period")
    assert got["0.6 points"] == ("2019-05", "2018-05")


# 3. "last May" beside "May"

def test_last_may_beside_may_is_a_year_before():
    text = "The port shipped 7,120 tonnes of cocoa in May, a 64 percent increase over last May's 4,340 tonnes."
    got = by_surface(text, "2019-06-18", "period", "base_period")
    assert got["7,120 tonnes"] == ("2019-05", None)
    assert got["4,340 tonnes"][0] == "2018-05"
    assert got["64 percent"] == ("2019-05", "2018-05")


def test_last_month_beside_a_month_name_is_not_moved():
    got = by_surface("Orders came to $51.2 billion last month, the best March on record.", "2019-04-18", "period")
    assert got["$51.2 billion"] == "2019-03"


# 4. the period last year; the same term; the analysed period

LEAD = "Shipments reached 41,300 tonnes in January-March 2019."


@pytest.mark.parametrize("phrase", ["from the period last year", "from the review period last year",
                                    "compared to the same term last year"])
def test_the_period_last_year_is_the_texts_period_a_year_back(phrase):
    text = f"{LEAD}\n\nThree ports saw an increase in tonnage {phrase}, and Tema was up 8.1%."
    got = by_surface(text, "2019-04-20", "period", "base_period")
    assert got["8.1%"] == ("2019-Q1", "2018-Q1")


def test_the_analysed_period_is_the_reports_span_not_the_month_named_last():
    text = ("Exports came to US$6.2 billion in the first two months of 2019, up 8.4% over the same period last year.\n\n"
            "Shipments rose 19% in January and eased 0.6% in February.\n\n"
            "Mining sales reached US$3.3 billion in the analysed period, a 12.1% gain compared to the same term last year.")
    got = by_surface(text, "2019-03-15", "period", "base_period")
    assert got["US$3.3 billion"][0] == "2019-01/2019-02"
    assert got["12.1%"] == ("2019-01/2019-02", "2018-01/2018-02")


# 5. a second base coordinated with the first

def test_a_second_base_coordinated_with_the_first_is_a_base():
    text = ("Nigeria's imports stood at N5.2 trillion in the first quarter of 2023, down 6.1 per cent compared "
            "to the amount recorded in the fourth quarter of 2022 (N5.5 trillion) and the corresponding quarter in 2022.")
    got = by_surface(text, "2023-05-15", "period")
    assert got["6.1 per cent"] == "2023-Q1"


# 6. "where" after a base

def test_where_after_a_base_dates_its_figure():
    text = ("Exports fell 2.9 per cent in the January-June period to JD3.1 billion, compared with the same "
            "period in 2021 where exports stood at JD3.2 billion.")
    got = by_surface(text, "2022-08-20", "period")
    assert got["JD3.1 billion"] == "2022-H1"
    assert got["JD3.2 billion"] == "2021-H1"


# 7. a bracketed figure of the same measure

def test_a_bracketed_figure_of_the_same_measure_keeps_the_first_figures_time():
    text = ("This July the town hosted 21,400 visitors (17,900 visitors last year), and in August – 30,100 visitors "
            "(26,200 visitors in 2016).")
    got = by_surface(text, "2017-09-12", "period")
    assert got["21,400 visitors"] == "2017-07"
    assert got["17,900 visitors"] == "2016-07"
    assert got["30,100 visitors"] == "2017-08"
    assert got["26,200 visitors"] == "2016-08"


def test_a_bracketed_year_and_figure_after_a_running_total():
    text = "In the ten months to date, 1,904,311 new cars were registered (2018: 2,011,722)."
    got = by_surface(text, "2019-11-14", "period")
    assert got["2,011,722"] == "2018-01/2018-10"


def test_a_bracketed_restatement_in_another_currency_is_still_the_same_figure():
    text = "The surplus was $173 million (Rs 1,200 crore) a year ago."
    got = by_surface(text, "2019-11-14", "period")
    assert got["$173 million"] == got["Rs 1,200 crore"]


# 8. multipliers

def test_a_multiplier_against_the_same_period_of_a_year_is_dated_and_based():
    text = ("Re-exports reached $212.4 million in January-March 2022. This figure is 2.3 times higher than "
            "the same period in 2021.")
    got = by_surface(text, "2022-04-15", "period", "base_period")
    assert got["2.3 times"] == ("2022-Q1", "2021-Q1")


def test_a_multiplier_with_no_earlier_time_takes_the_period_but_no_base():
    text = "Visitors spent 512 million euros in 2022.\n\nThat is about four times the value of local exports."
    got = by_surface(text, "2023-03-15", "period", "base_period")
    assert got["about four times"] == ("2022", None)


# 9. a month after versus or against

@pytest.mark.parametrize("word", ["versus", "against"])
def test_a_month_after_versus_or_against_is_the_base(word):
    text = f"Imports in May have expanded by 9.4% {word} April to US$31.2 billion."
    got = by_surface(text, "2021-06-10", "period", "base_period")
    assert got["9.4%"] == ("2021-05", "2021-04")


# 10. a bracket opening with a figure right after a base

def test_a_bracket_after_a_base_holds_the_bases_figures():
    text = ("Chip exports reached US$5.1 billion in October, up 2 percent. Compared to October of last year "
            "(US$5.0 billion and -28.3 percent), analysts see a rebound.")
    got = by_surface(text, "2023-11-15", "period")
    assert got["US$5.0 billion"] == "2022-10"


def test_a_growth_in_a_bracket_after_a_base_compares_the_two_sides():
    text = "The average stay in August 2024 was 7.9 days, shorter than in August 2023 (8.2 days, -3.7%)."
    got = by_surface(text, "2024-09-30", "period", "base_period")
    assert got["8.2 days"][0] == "2023-08"
    assert got["3.7%"] == ("2024-08", "2023-08")
