"""Periods and bases, round 49 (issue 8): classes of time grammar found among the period misses
of the look groups, written here in our own sentences.

1. "respectively" pairs a list of times with a list of as many figures, in order, whether the
   times come after the figures ("$3.1 billion and $3.4 billion in 2020 and 2021, respectively")
   or before them ("For 2025 and 2026, … $1.43 billion and $1.48 billion, respectively"); a
   list of times that compares ("on 2020 and 2021") dates no figure.
2. "This compares with N in June 2022 and M in June 2019": the present of the verb names the
   other side of a comparison as "compared with" does, so each figure keeps the time after it.
3. A season of a crop, a harvest or a trade ("last season", "the previous season") and "the
   entire previous year" are the yearly cycle before the statement's: said of a month, the
   whole calendar year before it.
4. A signed change bracketed right after the other side of a comparison ("compared to 214,941
   visitors (+4.1%) in August 2023") is the statement's change against that figure: the time
   after the bracket dates the figure and is the change's base, never its period.
5. A mode of travel may stand past modifiers right before a vessel's noun ("came via one large
   out-of-state cruise ship"): that count is of its mode, no total of the visitors.
"""

from __future__ import annotations

import pytest

from factcheck import timespan

from conftest import by_surface


# 1. "respectively"

def test_times_after_a_list_of_figures_pair_in_order():
    got = by_surface("Coffee exports were $3.1 billion and $3.4 billion in 2020 and 2021, respectively.", "2022-03-01", "period")
    assert got["$3.1 billion"] == "2020" and got["$3.4 billion"] == "2021"


def test_times_before_a_list_of_figures_pair_in_order():
    text = "For 2026 and 2027, tourism receipts are forecast to reach $2.43 billion and $2.61 billion, respectively."
    got = by_surface(text, "2025-06-01", "period")
    assert got["$2.43 billion"] == "2026" and got["$2.61 billion"] == "2027"


def test_months_named_before_a_list_of_figures_pair_in_order():
    got = by_surface("In November and December, remittances were $1.21 billion and $1.48 billion respectively.", "2023-01-15", "period")
    assert got["$1.21 billion"] == "2022-11" and got["$1.48 billion"] == "2022-12"


def test_growths_paired_with_years_take_each_its_own_base():
    got = by_surface("Rice output rose 4% and 9% in 2021 and 2022 respectively.", "2023-03-01", "period", "base_period")
    assert got["4%"] == ("2021", "2020") and got["9%"] == ("2022", "2021")


def test_a_list_of_figures_with_one_time_is_no_pairing():
    got = by_surface("Exports and imports rose 5% and 7% respectively in 2021.", "2022-03-01", "period")
    assert got["5%"] == got["7%"] == "2021"


# 2. "This compares with …"

def test_the_present_of_compare_names_the_other_side():
    text = "Foreign arrivals reached 181,000 in May 2023. This compares with 240,100 in May 2022 and 357,000 in May 2019."
    got = by_surface(text, "2023-06-10", "period")
    assert got["240,100"] == "2022-05" and got["357,000"] == "2019-05"


def test_compares_to_dates_each_figure_of_its_list():
    text = "Sales were 14,200 units in March 2024. That compares to 12,900 in March 2023 and 15,800 in March 2019."
    got = by_surface(text, "2024-04-10", "period")
    assert got["12,900"] == "2023-03" and got["15,800"] == "2019-03"


# 3. a season, the entire previous year

@pytest.mark.parametrize("when", ["Last season", "In the previous season", "In the preceding season"])
def test_a_crop_season_before_the_statement(when):
    text = f"Growers delivered 41,300 tonnes of cotton in 2021. {when}, they delivered 52,800 tonnes."
    got = by_surface(text, "2021-11-01", "period")
    assert got["52,800 tonnes"] == "2020"


def test_last_season_said_of_a_month_is_the_whole_year_before():
    text = "Cotton deliveries reached 41,300 tonnes in June, against 52,800 tonnes delivered last season."
    got = by_surface(text, "2021-07-05", "period")
    assert got["52,800 tonnes"] == "2020"


def test_a_season_said_of_a_marketing_year_is_the_one_before():
    text = "Cocoa arrivals reached 700,000 tonnes in the 2020/21 season, above the 650,000 tonnes of the previous season."
    got = by_surface(text, "2021-05-01", "period")
    # whichever months the text's calendar gives a season, the one before is as long and ends
    # the day before it starts
    earlier, season = timespan.parse(got["650,000 tonnes"]), timespan.parse(got["700,000 tonnes"])
    assert earlier.months == season.months == 12
    assert (season.start - earlier.end).days == 1


def test_the_entire_previous_year_is_a_whole_year():
    text = "Pork exports reached 12,400 tons in January 2023, against the 98,300 tons exported in the entire previous year."
    got = by_surface(text, "2023-02-15", "period")
    assert got["98,300 tons"] == "2022"


def test_the_previous_year_said_of_a_month_stays_that_month():
    text = "Pork exports reached 12,400 tons in January 2023, against 11,100 tons in the previous year."
    got = by_surface(text, "2023-02-15", "period")
    assert got["11,100 tons"] == "2022-01"


# 4. a change bracketed after the other side of a comparison

def test_a_bracketed_change_after_a_comparand_is_the_statements():
    text = ("The average daily census was 198,400 visitors in July 2024, compared to 190,100 visitors (+4.4%) in July 2023 "
            "and 231,700 visitors (-14.4%) in July 2019.")
    got = by_surface(text, "2024-08-30", "period", "base_period")
    assert got["4.4%"] == ("2024-07", "2023-07")
    assert got["14.4%"] == ("2024-07", "2019-07")
    assert got["231,700 visitors"][0] == "2019-07"


def test_a_bracketed_change_after_the_statement_keeps_its_reading():
    text = "Spending reached $1.6 billion in July 2024 (+5.2%), against $1.52 billion in July 2023."
    got = by_surface(text, "2024-08-30", "period", "base_period")
    assert got["5.2%"] == ("2024-07", "2023-07")


# 5. a mode of travel before a vessel's noun

def test_a_mode_before_a_vessels_noun_past_modifiers():
    from conftest import extracted

    text = "In July 2023, arrivals by air rose 3.1% and 2,950 visitors came via one large foreign cruise ship."
    metrics = {c.surface: c.metric for c in extracted(text, "2023-08-30")}
    assert metrics["2,950 visitors"].endswith("by sea")
