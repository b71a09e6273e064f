"""Whose fiscal year: what the article itself says of its year, and the money its figures
are printed in when no place is named (round 19; our own sentences)."""

from __future__ import annotations

import pytest

from factcheck.calendars import stated_in

from conftest import frames_by_surface


DAY = "2019-06-13"


@pytest.mark.parametrize("text, first", [
    ("the 2019/20 financial year beginning July 1", 7),
    ("The fiscal year runs from July to June.", 7),
    ("the state's fiscal year, which starts in April,", 4),
    ("estimates for the financial year ending 31 March 2024", 4),
    ("the fiscal year ended June 30", 7),
    ("the July-June fiscal year", 7),
    ("its fiscal year (October-September)", 10),
    ("the fiscal year 2024-25, which officially begins on April 1", 4),
])
def test_an_article_states_when_its_fiscal_year_begins(text, first):
    assert stated_in(text) == first


@pytest.mark.parametrize("text", [
    "In the fiscal year, spending began in March",  # a figure's month, not the year's
    "the fiscal year runs from July to December",  # not a year
    "The fiscal year begins in July. The financial year ending March 31 closed with a surplus.",  # two years
    "Revenue rose in March.",
])
def test_no_fiscal_year_is_stated(text):
    assert stated_in(text) is None


def test_the_stated_start_outranks_the_default_for_a_two_year_name():
    text = ("The Treasury outlined spending in the 2019/20 financial year beginning July 1. "
            "The plan lowers the deficit to 5.6 per cent of GDP in 2019/20.")
    assert frames_by_surface(text, DAY)["5.6 per cent"].period == "2019-07/2020-06"


def test_a_state_year_stated_in_the_text_outranks_the_federal_calendar():
    text = ("Ohio's fiscal year runs from July to June. The state collected $3.02 billion in taxes "
            "in fiscal 2019, officials in the United States said.")
    assert frames_by_surface(text, "2019-09-13")["$3.02 billion"].period == "2018-07/2019-06"


def test_a_place_with_the_stated_month_keeps_its_own_naming():
    text = "Japan's fiscal year starts in April. Revenue reached 3.02 trillion yen in fiscal 2019."
    assert frames_by_surface(text, "2019-09-13")["3.02 trillion yen"].period == "2019-04/2020-03"


def test_money_read_in_the_opening_names_the_fiscal_calendar():
    # no country named: the dinars the grammar reads ("KD") are Kuwait's, whose year starts in April
    text = ("The state budget in the first seven months of the current fiscal year recorded a deficit "
            "of KD 1.7 billion. Spending rose 5% in the first seven months of this fiscal year.")
    c = frames_by_surface(text, "2019-11-17")
    assert c["KD 1.7 billion"].period == "2019-04/2019-10"
    assert c["5%"].base_period == "2018-04/2018-10"


def test_a_capital_dateline_names_the_shilling_and_so_the_fiscal_year():
    text = ("NAIROBI — The Sh3.02 trillion spending plan for the 2019/20 financial year lowers the "
            "deficit to 5.6 per cent of GDP.")
    assert frames_by_surface(text, DAY)["Sh3.02 trillion"].period == "2019-07/2020-06"


@pytest.mark.parametrize("opening", ["Through March,", "Until the end of March,", "Up to March this year,"])
def test_a_fronted_cumulative_month_is_january_to_that_month(opening):
    text = f"{opening} 809,238 tourists arrived in Cuba."
    assert frames_by_surface(text, "2024-04-22")["809,238 tourists"].period == "2024-Q1"


def test_a_month_after_the_comma_still_ends_a_list_not_a_span():
    text = "Arrivals in March, April and May rose 5% to 12,000."
    assert frames_by_surface(text, "2024-06-22")["5%"].period != "2024-Q1"


def test_the_n_month_period_is_the_n_months_the_text_is_about():
    text = ("In the first 11 months of this year, Vietnam shipped 4.54 million tonnes of rice. "
            "In the 11-month period, Vietnam exported 1.6 million tonnes of coffee.")
    assert frames_by_surface(text, "2016-12-01")["1.6 million tonnes"].period == "2016-01/2016-11"


def test_a_span_to_the_end_of_a_month():
    text = "In the period from April to the end of last October, revenues dropped to KD 10.13 billion."
    assert frames_by_surface(text, "2019-11-17")["KD 10.13 billion"].period == "2019-04/2019-10"


def test_from_the_end_of_one_month_to_the_end_of_another_dates_two_stocks():
    text = "Residents increased by 43,805 to 1,129,638 in the year from the end of August 2010 to the end of August 2011."
    c = frames_by_surface(text, "2011-11-17")
    assert c["43,805"].period == "2011-08"
    assert c["43,805"].base_period == "2010-08"
