"""Period classes found on the spent sets after period26's round, in our own sentences:
year-to-date spans that end on a day, a fiscal year the text defines, and times said in
passing (a forecast for the whole year, a cause, the day a report came out) that must not
become the period later figures inherit."""

from __future__ import annotations

from conftest import frames_by_surface


def test_a_flow_earned_as_at_a_day_is_the_year_to_that_day_and_last_year_the_same_days():
    text = ("Cocoa sales rose by nine percent, earning $612.5 million as at October 14 compared "
            "to $561.2 million last year.")
    c = frames_by_surface(text, "2019-10-20")
    assert c["$612.5 million"].period == "2019-01-01/2019-10-14"
    assert c["$561.2 million"].period == "2018-01-01/2018-10-14"
    assert c["nine percent"].base_period == "2018-01-01/2018-10-14"


def test_a_price_set_against_a_quantity_on_the_other_side_is_on_that_side():
    text = ("Cocoa sales earned $612.5 million as at October 14. Growers sold 210.4 million kg "
            "at an average of $2.91 per kg compared to 190.2 million kg at $2.95 per kg last year. "
            "Ghana bought 40.1 million kg worth $120.3 million.")
    c = frames_by_surface(text, "2019-10-20")
    assert c["210.4 million kg"].period == "2019-01-01/2019-10-14"
    assert c["190.2 million kg"].period == "2018-01-01/2018-10-14"
    assert c["$2.95 per kg"].period == "2018-01-01/2018-10-14"
    assert c["$120.3 million"].period == "2019-01-01/2019-10-14"  # the text stays on this year


def test_the_year_to_a_day_is_the_calendar_year_so_far_and_mid_month_restates_it():
    text = ("Cambodia posted a trade deficit of $1.2 billion in the year to May 10, customs said.\n"
            "Exports in the five-month period reached $8.4 billion.\n"
            "As of mid-May, foreign-invested firms posted a surplus of $0.6 billion.")
    c = frames_by_surface(text, "2021-05-14")
    assert c["$1.2 billion"].period == "2021-01-01/2021-05-10"
    assert c["$8.4 billion"].period == "2021-01-01/2021-05-10"
    assert c["$0.6 billion"].period == "2021-01-01/2021-05-10"
    # a year that ends on a month's last day is twelve months still
    text = "Revenue was $3.3 billion in the fiscal year ended June 30, 2020."
    assert frames_by_surface(text, "2020-08-01")["$3.3 billion"].period == "2019-07/2020-06"


def test_a_forecast_for_the_whole_year_does_not_replace_the_months_reported():
    text = ("Chile has exported 4.1 million tons of copper in the first nine months of 2022. "
            "Demand may soften in the last months of 2022, analysts said.\n\n"
            "Copper earned USD 31.2 billion, up USD 2.1 billion compared with the same period of the previous year.")
    c = frames_by_surface(text, "2022-10-25")
    assert c["USD 31.2 billion"].period == "2022-01/2022-09"
    assert c["USD 2.1 billion"].base_period == "2021-01/2021-09"


def test_this_year_in_a_report_on_the_year_so_far_is_that_span_for_the_same_period_of_an_earlier_year():
    text = ("Chile exported 4.1 million tons of copper in the first nine months of 2022. "
            "In the same period of 2021, the average price was USD 9,100 per ton while it rose to USD 9,400 this year.")
    c = frames_by_surface(text, "2022-10-25")
    assert c["USD 9,100 per ton"].period == "2021-01/2021-09"


def test_a_fiscal_year_defined_in_brackets_dates_its_short_forms():
    text = ("The port authority reported revenues of US$2.1bn for fiscal year (FY) 2023 "
            "(July 2022-June 2023), up 4% on FY 2022. Container volumes in FY23 totalled 3,100 ships. "
            "For FY2024, the authority is predicting revenues of US$2.3bn.")
    c = frames_by_surface(text, "2023-08-10")
    assert c["US$2.1bn"].period == "2022-07/2023-06"
    assert c["4%"].base_period == "2021-07/2022-06"
    assert c["3,100 ships"].period == "2022-07/2023-06"
    assert c["US$2.3bn"].period == "2023-07/2024-06"


def test_the_day_a_report_came_out_and_a_cause_told_in_passing_date_no_figure():
    text = ("On 12 March the authority reported revenues of US$2.1bn for fiscal 2022, up 4% on "
            "fiscal 2021, despite a long strike last year. Tolls rose 6%.")
    c = frames_by_surface(text, "2024-03-15")
    assert c["US$2.1bn"].period == "2022"
    assert c["4%"].period == "2022"
    assert c["6%"].period == "2022"


def test_the_first_month_of_the_year_and_a_forecast_for_the_next_month_said_in_passing():
    text = ("Romania recorded a budget surplus of 210.5 million lei in the first month of the year, "
            "or 0.1 per cent of this year's estimated GDP.\n\n"
            "For March, the ministry forecast a budget deficit of 1.2 billion lei at the end of the month.\n\n"
            "The state budget had a surplus of 150.2 million lei.")
    c = frames_by_surface(text, "2022-03-20")
    assert c["210.5 million lei"].period == "2022-01"
    assert c["0.1 per cent"].period == "2022-01"  # the possessive dates the GDP, not the share
    assert c["150.2 million lei"].period == "2022-01"


def test_same_timeframe_last_year_and_a_bracket_that_says_what_the_base_figure_is():
    text = ("Revenues in January-March 2023 reached 40.2 billion, 5.1 billion lower than the same "
            "timeframe last year (45.3 billion, which is 20.1% of the plan).")
    c = frames_by_surface(text, "2023-04-20")
    assert c["45.3 billion"].period == "2022-Q1"


def test_a_budget_balance_as_of_a_month_is_counted_from_january():
    text = "As of April 2024, the state budget deficit stood at 21.4 billion."
    assert frames_by_surface(text, "2024-05-20")["21.4 billion"].period == "2024-01/2024-04"


def test_an_n_month_period_after_a_report_on_a_month_runs_to_that_month():
    text = ("Exports fell 2% in September. "
            "In nine-month, period exports totalled $1.1 trillion.")
    assert frames_by_surface(text, "2019-10-20")["$1.1 trillion"].period == "2019-01/2019-09"


def test_a_list_of_parts_followed_by_another_part_stated_by_its_change_alone_is_no_full_split():
    from factcheck.extract import extract
    from factcheck.models import Article
    from factcheck.relations import analyse

    text = ("• Lome Port handled 5.3m tons in H1 2024, up 12% year-on-year, despite a slowdown in Q2.\n"
            "• Imports rose 10% to 3.5m tons, while exports climbed to 1.28m tons.\n"
            "• Transshipment fell 4.2% overall.")
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2024-09-10")
    claims = extract(article)
    assert {c.surface: c.period for c in claims}["3.5m tons"] == "2024-H1"
    assert not [f for f in analyse(claims, article, [], None).findings if f.flag]
