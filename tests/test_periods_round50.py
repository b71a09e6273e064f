"""Periods and bases, round 50 (issue 8): classes of time found among the period and base-period
misses of the look groups, written here in our own sentences.

1. A time that looks back ("the same period last year") set after a change stated with its
   direction and "for" ("down 14.3% for the same period last year") is what the change is
   measured from: its base, never its period; so is "the same period seen a year earlier".
2. A figure coordinated with the other side of a comparison, past that side's own time
   ("against 231,496 tons in the same period of 2023 and 299,583 tons in the fourth quarter
   of 2023"), is another other side: its time dates neither the statement nor its growth.
3. A growth measured from a run of months a year before ("over the first eight months of last
   year"), dated by the month that closes the run, is over the same run this year.
4. "as at June 30 2022" after a reported "that" dates a flow counted so far (the year so far),
   as it does when it opens the sentence; a stock stays the day's.
5. A bracketed figure may carry its sign ("16,000 (+0.8%) in Q2 2015"): the change before it
   shares the bracket's time.
6. A balance named by its sign ("from the revised deficit of N$619 million recorded in March",
   "compared with a surplus of …") names the other side of a comparison, as "the figure of"
   does: its time is that side's, not the statement's.
7. "this year" set against a month named with the other side's figure ("$1.7 billion this year
   compared to $1.2 billion in August 2016") is that month of this year.
8. A year counted so far ("have so far increased by 143.5 percent for 2014") in a report on a
   part of that year is the year so far.
9. A year range ("(2016 to 2019 inclusive)", "2019 – 2022") has the whole years it spans as its
   period.
"""

from __future__ import annotations

from conftest import by_surface


# 1. a look-back time after a directed change and "for"

def test_same_period_last_year_after_up_by_for_is_the_base():
    text = "The jobless rate in the second quarter of 2021 rose to 23.9 percent, up by 1.1% for the same period last year."
    got = by_surface(text, "2021-09-10", "period", "base_period")
    assert got["1.1%"] == ("2021-Q2", "2020-Q2")


def test_same_period_last_year_after_down_for_is_the_base():
    text = "Building starts in the first quarter of 2022 numbered 3,112 units, down 8.6% for the same period last year."
    got = by_surface(text, "2022-05-10", "period", "base_period")
    assert got["8.6%"] == ("2022-Q1", "2021-Q1")


def test_same_period_seen_a_year_earlier_is_one_anaphor_and_the_base():
    text = "Hotel revenues reached $2.31 billion in the third quarter of the year with a 6.2 percent rise from the same period seen a year earlier."
    got = by_surface(text, "2019-11-20", "period", "base_period")
    assert got["6.2 percent"] == ("2019-Q3", "2018-Q3")


def test_a_time_after_for_without_a_change_stays_the_figures_own():
    # no direction before the figure: "for the same period last year" is the time the growth is of
    text = "The economy grew 3.4% in the second quarter of 2021. Growth was 1.1% for the same period last year."
    got = by_surface(text, "2021-09-10", "period", "base_period")
    assert got["1.1%"] == ("2020-Q2", "2019-Q2")


# 2. coordinated comparands

def test_a_figure_coordinated_with_the_other_side_lends_its_time_to_no_growth():
    text = ("Cargo handled reached 410,220 tons in the first quarter of 2024 against 187,904 tons in the same period "
            "of 2023 and 254,310 tons in the fourth quarter of 2023, an increase of 118% year-on-year.")
    got = by_surface(text, "2024-05-02", "period", "base_period")
    assert got["118%"] == ("2024-Q1", "2023-Q1")
    assert got["254,310 tons"][0] == "2023-Q4"


def test_a_statement_after_and_keeps_its_own_time():
    # the second figure after "and" is a statement of its own time, not the other side
    text = "Exports were $4.1 billion in March against $3.8 billion a year earlier, and imports fell 2% in March."
    got = by_surface(text, "2024-04-20", "period")
    assert got["2%"] == "2024-03"


# 3. like for like

def test_growth_over_the_first_months_of_last_year_is_over_the_same_months():
    text = ("Tourist arrivals rose in August. With the addition of August, arrivals have climbed to 1,204,117, "
            "an increase of 19.4 percent over the first eight months of last year.")
    got = by_surface(text, "2016-09-20", "period", "base_period")
    assert got["19.4 percent"] == ("2016-01/2016-08", "2015-01/2015-08")


def test_growth_of_a_month_against_that_month_stays_the_month():
    got = by_surface("Arrivals in August rose 12.1 percent over August last year.", "2016-09-20", "period", "base_period")
    assert got["12.1 percent"] == ("2016-08", "2015-08")


# 4. "as at" a day after a reported "that"

def test_a_flow_as_at_a_day_after_that_is_the_year_so_far():
    text = "The central bank report also shows that as at June 30 2023, diaspora remittances amounted to US$812 million."
    got = by_surface(text, "2023-08-12", "period")
    assert got["US$812 million"] == "2023-H1"


def test_a_stock_as_at_a_day_after_that_stays_the_day():
    text = "The central bank report also shows that as at June 30 2023, the public debt stock stood at US$17.6 billion."
    got = by_surface(text, "2023-08-12", "period")
    assert got["US$17.6 billion"] == "2023-06-30"


# 5. a signed bracketed figure

def test_a_change_before_a_signed_bracket_shares_its_time():
    text = ("Employment rose by 8,200 (+0.4%) in Q3 2016, by 12,500 (+0.7%) in Q2 2016 "
            "and by 11,900 (+0.6%) in Q1 2016.")
    got = by_surface(text, "2016-12-01", "period")
    assert got["12,500"] == "2016-Q2" and got["11,900"] == "2016-Q1"


def test_a_change_before_an_unsigned_bracket_shares_its_time_as_before():
    got = by_surface("Employment rose by 12,500 (0.7%) in Q2 2016.", "2016-12-01", "period")
    assert got["12,500"] == "2016-Q2"


# 6. a balance named by its sign as the other side

def test_from_the_revised_deficit_of_dates_only_the_other_side():
    text = ("The trade deficit narrowed in May 2023. The deficit fell to N$1.2 billion from the revised deficit "
            "of N$2.4 billion recorded in April 2023.")
    got = by_surface(text, "2023-07-02", "period")
    assert got["N$1.2 billion"] == "2023-05" and got["N$2.4 billion"] == "2023-04"


def test_a_deficit_named_without_a_comparison_is_the_statements():
    text = "The trade balance improved in May 2023. The country posted a deficit of N$1.2 billion in May."
    got = by_surface(text, "2023-07-02", "period")
    assert got["N$1.2 billion"] == "2023-05"


# 7. "this year" against the other side's month

def test_this_year_against_a_figure_of_a_month_is_that_month():
    text = ("Remittances were 25 percent higher in July than in the same month last year, reaching $2.1 billion "
            "this year compared to $1.68 billion in July 2020.")
    got = by_surface(text, "2021-08-20", "period")
    assert got["$2.1 billion"] == "2021-07" and got["$1.68 billion"] == "2020-07"


def test_this_year_beside_another_time_of_its_own_stays():
    # the sentence names the first half as its own time: "this year" is not moved to July
    text = "Remittances reached $9 billion this year in the first half, compared to $1.68 billion in July 2020."
    got = by_surface(text, "2021-08-20", "period")
    assert got["$9 billion"] != "2021-07"


# 8. a year counted so far

def test_a_year_counted_so_far_is_the_year_so_far():
    text = ("Arrivals rose in the first seven months of 2015. Indian arrivals have so far increased by 38.2 percent "
            "for 2015.")
    got = by_surface(text, "2015-08-20", "period")
    assert got["38.2 percent"] == "2015-01/2015-07"


def test_a_year_without_so_far_stays_the_year():
    text = "Arrivals rose in the first seven months of 2015. The ministry expects 1.8 million arrivals for 2015."
    got = by_surface(text, "2015-08-20", "period")
    assert got["1.8 million arrivals"] == "2015"


# 9. year ranges

def test_a_year_range_has_its_years_as_its_period():
    text = "The average increase during the latest three-year period (2017 to 2019 inclusive) was 900 per year."
    got = by_surface(text, "2020-05-01", "period")
    assert got["(2017 to 2019 inclusive)"] == "2017/2019"


def test_a_span_of_centuries_is_no_period():
    got = by_surface("The temple dates from the Han dynasty (25-220).", "2020-05-01", "period")
    assert got["(25-220)"] is None
