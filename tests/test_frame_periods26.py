"""Period classes found on the spent sets after period25's round, in our own sentences:
"the same period of" a fiscal year is that year's matching part, not the whole year."""

from __future__ import annotations

from conftest import frames_by_surface


def test_the_same_period_of_a_named_fiscal_year_is_its_matching_months():
    text = ("Sri Lanka's tea exports in April-August 2023-24 were $540 million, up 4% from "
            "$519 million in the same period of FY 2022-23.")
    c = frames_by_surface(text, "2023-09-20")
    assert c["$519 million"].period == "2022-04/2022-08"
    assert c["4%"].base_period == "2022-04/2022-08"


def test_the_corresponding_period_of_the_last_fiscal_year_is_its_matching_months():
    text = ("In April-June 2021-22 India's services exports were $60 billion, against $48 billion "
            "in the corresponding period of the last financial year.")
    assert frames_by_surface(text, "2021-07-20")["$48 billion"].period == "2020-Q2"


def test_the_same_period_of_a_fiscal_year_moves_the_part_not_the_year_that_frames_it():
    text = ("Exports reached $2 billion between October and February in the current fiscal year, "
            "up from $1.5 billion in the corresponding period of the 2018-19 fiscal year.")
    assert frames_by_surface(text, "2020-03-20")["$1.5 billion"].period == "2018-10/2019-02"


def test_the_time_after_a_change_s_start_figure_is_the_base():
    text = ("Cocoa shipments slowed in May. Cocoa exports rose 12% to 1.4 million sacks "
            "from 1.25 million 64-kg sacks in May 2022.")
    c = frames_by_surface(text, "2023-06-10")
    assert c["12%"].period == "2023-05"
    assert c["12%"].base_period == "2022-05"


def test_a_clause_after_than_names_the_other_side_s_time():
    text = ("Card payments grew in March. Their number was 4.1% higher than what it was "
            "in March 2020.")
    c = frames_by_surface(text, "2021-04-10")
    assert c["4.1%"].period == "2021-03"
    assert c["4.1%"].base_period == "2020-03"


def test_a_total_counted_up_to_a_month_end_is_the_year_so_far():
    text = ("As of the end of August this year, export earnings have accumulated to $2.4 billion, "
            "up 3.1% on the same period of 2022.")
    c = frames_by_surface(text, "2023-09-15")
    assert c["$2.4 billion"].period == "2023-01/2023-08"
    assert c["3.1%"].base_period == "2022-01/2022-08"


def test_a_pluperfect_total_at_the_end_of_a_month_is_the_year_so_far_and_a_stock_is_not():
    text = "At the end of May, Fiji had recorded a total of 310,000 visitor arrivals."
    assert frames_by_surface(text, "2019-06-20")["310,000 visitor arrivals"].period == "2019-01/2019-05"
    text = "At the end of May, the government had a total debt of $4.2 billion."
    assert frames_by_surface(text, "2019-06-20")["$4.2 billion"].period == "2019-05"


def test_from_opening_a_span_of_days_is_the_figure_s_time_not_its_base():
    text = "Wind generation in the region rose by 12.4% to 2,105 GWh in the period from March 6 to 12."
    c = frames_by_surface(text, "2023-03-20")
    assert c["12.4%"].period == "2023-03-06/2023-03-12"
    assert c["12.4%"].base_period != "2023-03-06/2023-03-12"
