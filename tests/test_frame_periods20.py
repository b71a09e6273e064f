"""Spans of days and months written with a day at one end (round 20; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


def test_the_week_of_a_month_s_day_range_is_those_days():
    text = "Port data show the week of March 6-12, 2022 recorded shipments of 1,204,300 tons of ore."
    assert frames_by_surface(text, "2022-03-20")["1,204,300 tons"].period == "2022-03-06/2022-03-12"


def test_a_month_range_closed_by_its_last_day_is_a_span_of_months():
    text = ("Since the start of the season in November 2020 to June 30 this year, growers shipped "
            "3.1 million boxes of bananas.")
    assert frames_by_surface(text, "2021-07-15")["3.1 million boxes"].period == "2020-11/2021-06"


def test_a_range_ending_on_another_day_is_no_span_of_months():
    text = "From November 2020 to June 12, 2021, growers shipped 3.1 million boxes of bananas."
    assert frames_by_surface(text, "2021-07-15")["3.1 million boxes"].period != "2020-11/2021-06"


def test_months_after_a_stated_year_are_that_year_s_months():
    text = "In 2021, the island earned $310.5 million in March and $295.2 million in January."
    c = frames_by_surface(text, "2022-04-10")
    assert c["$310.5 million"].period == "2021-03"
    assert c["$295.2 million"].period == "2021-01"


def test_months_after_a_fiscal_year_fall_in_that_fiscal_year():
    text = ("Pakistan's receipts grew. But in 2020-21, workers sent $2.1 billion in July and "
            "$2.4 billion in March.")
    c = frames_by_surface(text, "2022-04-10")
    assert c["$2.1 billion"].period == "2020-07"
    assert c["$2.4 billion"].period == "2021-03"


def test_a_month_range_named_as_a_period_of_a_fiscal_year():
    text = "Pakistan received $10.4 billion in remittances during the July-February period in 2020-21 financial year."
    assert frames_by_surface(text, "2022-04-10")["$10.4 billion"].period == "2020-07/2021-02"


def test_the_first_months_of_the_current_fiscal_year_named_by_its_years():
    text = ("Pakistanis abroad sent $12.5 billion during the first eight months of the current fiscal "
            "year 2021-22, 20.1 percent more than in the same period of the preceding year.")
    c = frames_by_surface(text, "2022-03-03")
    assert c["$12.5 billion"].period == c["20.1 percent"].period == "2021-07/2022-02"
    assert c["20.1 percent"].base_period == "2020-07/2021-02"
