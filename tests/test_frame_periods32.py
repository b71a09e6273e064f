"""Periods of unseen text, seventh step (round 32; our own sentences): spans written as spans
that were read as a whole year or one month, and a topic year off by one."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("opening", ["In the 1st three months of 2021", "During the first five months in 2021"])
def test_opening_months_written_with_a_numeral_ordinal_or_in_a_year(opening):
    c = frames_by_surface(f"{opening}, cement sales rose 6.2% to 840,000 tonnes.", "2021-07-02")
    months = "2021-Q1" if "three" in opening else "2021-01/2021-05"
    assert c["840,000 tonnes"].period == months
    assert c["6.2%"].base_period == ("2020-Q1" if "three" in opening else "2020-01/2020-05")


def test_a_hyphenated_ordinal_part_is_that_part():
    c = frames_by_surface("Orders rose 2% last month, bringing first-quarter orders to $88.1 billion.", "2021-04-20")
    assert c["$88.1 billion"].period == "2021-Q1"
    c = frames_by_surface("Second-half revenue reached €4.2 billion.", "2021-02-10")
    assert c["€4.2 billion"].period == "2020-H2"


@pytest.mark.parametrize("phrase", ["Across the eight months", "Throughout the eight months",
                                    "For the period of eight months", "During the 8-month period"])
def test_the_months_of_a_year_so_far_without_first(phrase):
    c = frames_by_surface(f"Exports grew in August. {phrase}, the port handled 3.1 million tonnes, up 4% on the same "
                          "period last year.", "2021-09-20")
    assert c["3.1 million tonnes"].period == "2021-01/2021-08"
    assert c["4%"].base_period == "2020-01/2020-08"


def test_a_count_of_months_the_text_has_just_named_is_that_span():
    c = frames_by_surface("The trade deficit of Ruritania was $8.4 billion in July-April. During the 10-month period, "
                          "remittances reached $9.9 billion.", "2021-05-20")
    assert c["$9.9 billion"].period == c["$8.4 billion"].period


def test_a_count_of_months_after_a_superlative_is_no_span():
    c = frames_by_surface("Prices rose 3%, the fastest pace in nine months.", "2021-09-20")
    assert c["3%"].period != "2021-01/2021-09"


@pytest.mark.parametrize("same", ["the same period of time in 2020", "the same time span of 2020"])
def test_the_same_period_of_a_named_year_is_that_years_span(same):
    c = frames_by_surface(f"Output in the first five months of 2021 reached 12.4 billion. Mining output fell 3% from {same}.",
                          "2021-06-20")
    assert c["3%"].period == "2021-01/2021-05"
    assert c["3%"].base_period == "2020-01/2020-05"


def test_the_same_period_after_a_month_of_a_report_on_months_is_those_months():
    text = ("Output in the first five months of 2021 grew 2% to 80 billion. In May, output was 17 billion, up 1% "
            "from May 2020. Mining output amounted to 21 billion, down 4% from the same period of 2020. "
            "Power output rose 3% to 9 billion.")
    c = frames_by_surface(text, "2021-06-20")
    assert c["17 billion"].period == "2021-05"
    assert c["21 billion"].period == "2021-01/2021-05"
    assert c["4%"].base_period == "2020-01/2020-05"
    assert c["9 billion"].period == "2021-01/2021-05"  # the sentences after it stay on those months
    # "the same month" after a month is that month
    text = text.replace("the same period of 2020", "the same month of 2020")
    assert frames_by_surface(text, "2021-06-20")["21 billion"].period == "2021-05"


def test_a_title_naming_the_plan_for_a_year_to_come_dates_the_figures():
    c = frames_by_surface("The Ruritania Budget 2022\n\nCurrent revenue is budgeted at $4,120 million, an increase of "
                          "$210 million over revised 2021. Capital spending of $980 million is some $75 million over 2021.",
                          "2021-12-02")
    assert c["$4,120 million"].period == "2022"
    assert c["$210 million"].base_period == "2021"
    assert c["$980 million"].period == "2022"
    # the figures' own year wins over the title's
    assert frames_by_surface("Ruritania's Budget 2022\n\nRevenue was $4,120 million in 2021.",
                             "2021-12-02")["$4,120 million"].period == "2021"


def test_a_figure_after_the_latest_estimate_for_a_year_is_the_other_side():
    c = frames_by_surface("Revenue of $238 million for 2022 is an increase of $21 million over the latest estimate for "
                          "2021 of $217 million. Spending rose to $90 million.", "2021-12-02")
    assert c["$217 million"].period == "2021"
    assert c["$90 million"].period == "2022"


def test_this_years_period_is_the_span_the_text_is_about():
    c = frames_by_surface("Exports rose 5.1% in the first 20 days of May. This year's period had 17 working days, compared "
                          "with 16 working days over the same time frame last year. Chip exports rose 9.2% on-year.",
                          "2021-05-23")
    assert c["17 working days"].period == "2021-05-01/2021-05-20"
    assert c["16 working days"].period == "2020-05-01/2020-05-20"
    assert c["9.2%"].period == "2021-05-01/2021-05-20"


def test_a_flow_as_of_a_day_this_year_is_summed_from_january():
    c = frames_by_surface("Foreign trade turnover as of August 15 this year reached $12.2 billion, an increase of 28.8% "
                          "compared to the same period last year. Public debt as of June 30 this year stood at $33 billion. "
                          "Revenue reached $530 million as of July 31, while visitor satisfaction is 89.5 percent, as of "
                          "August 22.", "2022-08-20")
    assert c["$12.2 billion"].period == "2022-01-01/2022-08-15"
    assert c["28.8%"].base_period == "2021-01-01/2021-08-15"
    assert c["$33 billion"].period == "2022-06-30"  # a stock is counted on its day
    assert c["89.5 percent"].period == "2022-08-22"  # a rate is read on its day


def test_a_day_as_of_which_something_began_dates_no_flow():
    c = frames_by_surface("In Latin America, as of September, Ruritania has exports to Brazil of US$1,807.8 million.",
                          "2022-10-20")
    assert c["US$1,807.8 million"].period == "2022-01/2022-09"
    c = frames_by_surface("Although the government said it would bar group tours as of Aug. 1, 2021, the number of visitors "
                          "still rose to 2.71 million.", "2022-01-20")
    assert c["2.71 million"].period != "2021-01-01/2021-08-01"


def test_the_month_named_after_during_the_month_is_the_other_sides():
    c = frames_by_surface("Sales rose in March. Van sales grew by 6 per cent to 41,200 units during the month, when compared "
                          "to 38,870 units in March 2020.", "2021-04-12")
    assert c["41,200 units"].period == "2021-03"
    assert c["6 per cent"].base_period == "2020-03"
    assert c["38,870 units"].period == "2020-03"


def test_a_month_of_the_previous_year_counts_from_the_month_reported():
    c = frames_by_surface("Scooter sales grew 3 per cent to 410,052 units in December, compared to 398,100 units in "
                          "December the previous year.", "2023-01-13")
    assert c["410,052 units"].period == "2022-12"
    assert c["398,100 units"].period == "2021-12"


def test_calendar_years_named_as_such():
    c = frames_by_surface("Car sales grew 23 per cent to 3.79 million units in CY22, compared to 3.08 million units "
                          "in CY2021.", "2023-01-13")
    assert c["3.79 million units"].period == "2022"
    assert c["3.08 million units"].period == "2021"
