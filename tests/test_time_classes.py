"""Classes of time phrasing met on new text, each in sentences of our own: whose fiscal
calendar a financial year is read by (a local dollar, a place named by its people, a
calendar that changed), which year a bare month span takes, weekly spans."""

from factcheck.calendars import Calendars, parse_setting

from conftest import frames_by_surface


DAY = "2019-02-15"


def test_a_local_dollar_is_no_reason_to_read_the_us_federal_year():
    # a Pacific "$" is the tala: Samoa's financial year runs July–June
    text = ("Samoa's tourism earnings reached $412.6 million in the 2017/18 financial year, the "
            "Central Bank of Samoa said. Earnings were $380.2 million in the 2016/17 financial year.")
    c = frames_by_surface(text, DAY)
    assert c["$412.6 million"].period == "2017-07/2018-06"
    assert c["$380.2 million"].period == "2016-07/2017-06"


def test_a_partner_named_in_the_sentence_does_not_lend_its_fiscal_year():
    text = ("Remittances to Tonga rose to $310.5 million in the 2017/18 financial year. Tonga received "
            "$120.4 million from the United States in the last financial year.")
    c = frames_by_surface(text, DAY)
    assert c["$120.4 million"].period == "2017-07/2018-06"


def test_a_country_without_a_line_keeps_its_own_year_not_its_currencys():
    # "$" is the US dollar here, but Panama's fiscal year is the calendar year
    c = frames_by_surface("Panama's canal revenue reached $2.5 billion in fiscal 2018, the authority said.", DAY)
    assert c["$2.5 billion"].period == "2018"


def test_a_calendar_that_changed_reads_each_year_by_the_calendar_of_its_time():
    # Liberia ran July–June until 2021, the calendar year from 2022
    c = frames_by_surface("Liberia's revenue authority collected US$ 570.1 million in fiscal year 2018/19.", "2019-08-01")
    assert c["US$ 570.1 million"].period == "2018-07/2019-06"
    c = frames_by_surface("Liberia's revenue authority collected US$ 701.3 million in fiscal year 2023.", "2024-02-01")
    assert c["US$ 701.3 million"].period == "2023"
    # Malawi: July–June, then April–March from 2022/23
    cal = Calendars().of(["Malawi"])
    assert (cal.year_of(2019).start.month, cal.year_of(2023).start.month) == (7, 4)


def test_a_history_must_say_until_when_each_earlier_calendar_ran():
    assert parse_setting(["7 end", "1"]) is None
    assert parse_setting(["7 end until 2021", "4 end until 2020", "1"]) is None
    cal = parse_setting(["October end until 2017", "April end"])
    assert (cal.year(2017).start.month, cal.year(2020).start.month) == (10, 4)


def test_a_fiscal_history_can_be_set_in_config():
    text = "Fiji's tax collections rose 6.1 percent to FJ$ 3.1 billion in the 2014/15 financial year."
    got = frames_by_surface(text, "2015-09-01", fiscal_years={"Fiji": ["July until 2015", "August"]})
    assert got["FJ$ 3.1 billion"].period == "2014-07/2015-06"


def test_a_verb_of_exceeding_makes_the_time_after_it_a_base():
    text = ("Customs released trade data for January-July 2011. Turnover comprised USD 4.8 billion, "
            "which exceeds the previous year's figures by 36%. Trade with the bloc made up USD 1.2 billion, "
            "which exceeds the data of the previous year by 32%.")
    c = frames_by_surface(text, "2011-08-25")
    assert (c["36%"].period, c["36%"].base_period) == ("2011-01/2011-07", "2010-01/2010-07")
    assert c["USD 1.2 billion"].period == "2011-01/2011-07"  # the base did not move the text's time
    assert c["32%"].base_period == "2010-01/2010-07"


def test_the_first_months_of_a_fiscal_year_named_by_a_full_second_year_or_by_none():
    text = ("Liberia's revenue in the first four months of the fiscal year 2018/2019 was US$ 161.9 million.")
    assert frames_by_surface(text, "2018-11-27")["US$ 161.9 million"].period == "2018-07/2018-10"
    text = "Liberia collected US$ 44.1 million in the first four months of the fiscal year, the authority said."
    assert frames_by_surface(text, "2018-11-27")["US$ 44.1 million"].period == "2018-07/2018-10"


def test_months_that_begin_mid_month_reach_into_one_more_calendar_month():
    # Nepal's first nine months (mid-July to mid-April) of FY 2080/081
    text = "Nepal's imports in the first nine months of FY 2080/081 reached Rs 1.2 trillion, customs said."
    assert frames_by_surface(text, "2024-04-20")["Rs 1.2 trillion"].period == "2023-07/2024-04"
    # a month of the Nepali calendar written as its Gregorian halves
    text = "Nepal's exports were Rs 10.6 billion between mid-September and mid-October, customs said."
    assert frames_by_surface(text, "2020-10-22")["Rs 10.6 billion"].period == "2020-09/2020-10"
    # "the first two months" of a sentence about the fiscal year are the fiscal year's
    text = "Nepal's trade stood at Rs 199.3 billion in the first two months of the current fiscal."
    assert frames_by_surface(text, "2020-10-22")["Rs 199.3 billion"].period in ("2020-Q3", "2020-07/2020-09")


def test_so_far_in_a_present_perfect_is_the_year_still_running():
    c = frames_by_surface("Zambia has so far exported 61 million kilogrammes of cotton worth US$ 48 million.", "2023-10-02")
    assert c["US$ 48 million"].period == "2023"
    # a record "so far" is no period
    c = frames_by_surface("The surplus will be 12% higher than 2022's USD 40.2 billion, the highest ever posted so far.",
                          "2023-07-10")
    assert c["USD 40.2 billion"].period == "2022"


def test_weeks_named_by_their_ends_are_spans_of_days():
    text = ("Officials say 5,312 visitors arrived during the week commencing March 5, ending on March 11, "
            "a four percent increase from the same week in 2023. The previous week, ending March 4, saw "
            "the arrival of 4,870 visitors. In the week of 12–18 February, 4,015 visitors came.")
    c = frames_by_surface(text, "2024-03-20")
    assert c["5,312 visitors"].period == "2024-03-05/2024-03-11"
    assert c["four percent"].base_period == "2023-03-05/2023-03-11"
    assert c["4,870 visitors"].period == "2024-02-27/2024-03-04"
    assert c["4,015 visitors"].period == "2024-02-12/2024-02-18"


def test_from_the_start_of_the_year_until_a_day_is_the_year_to_that_day():
    text = ("Arrivals rose from the beginning of the year up until May 12, 2024, compared with the same "
            "period last year. A total of 98,410 visitors have arrived.")
    c = frames_by_surface(text, "2024-05-20")
    assert c["98,410 visitors"].period == "2024-01-01/2024-05-12"


def test_a_headline_figure_takes_the_time_of_the_opening_its_first_figures_inherit():
    text = ("Visitor arrivals up by 4 percent\n\nArrivals rose from the beginning of the year up until "
            "May 12, 2024, compared with the same period last year.\n\nA total of 98,410 visitors have "
            "arrived.\n\nBy the 19th week of 2023, 94,620 visitors had arrived.")
    c = frames_by_surface(text, "2024-05-20")
    assert c["4 percent"].period == "2024-01-01/2024-05-12"


def test_a_day_of_the_week_dates_a_daily_figure_but_not_a_telling():
    c = frames_by_surface("On Saturday, the island welcomed 21,400 visitors, the highest daily tally since the pandemic began.", "2024-03-19")
    assert c["21,400 visitors"].period == "2024-03-16"  # the Saturday before that Tuesday
    # the day something was said, or approved for another period, is not the figure's
    c = frames_by_surface("Exports rose 4.2 percent in February, the ministry said on Monday.", "2024-03-19")
    assert c["4.2 percent"].period == "2024-02"
    c = frames_by_surface("The cabinet on Wednesday approved a budget of JPY 96.3 trillion for the next fiscal year.", "2015-01-16")
    assert c["JPY 96.3 trillion"].period != "2015-01-14"


def test_a_figure_and_a_time_that_restate_each_other_in_brackets():
    text = ("The surplus fell by 11.2 per cent from TT$ 401.5 million (March 2023) to TT$ 356.5 million. "
            "Exports totaled US$ 860.6 million in the first eight months of 2024, an increase of 0.6%, "
            "compared to the same period of 2023 (US$ 855.4 million).")
    c = frames_by_surface(text, "2024-04-20")
    assert c["TT$ 401.5 million"].period == "2023-03"
    assert c["US$ 855.4 million"].period == c["0.6%"].base_period == "2023-01/2023-08"


def test_the_other_side_of_a_comparison_named_by_a_noun_takes_the_base_after_it():
    text = ("Qatar recorded a surplus of 19.6 billion riyals in the third quarter of this year, compared to "
            "a surplus of 38.0 billion riyals in the same period last year.")
    c = frames_by_surface(text, "2020-11-22")
    assert (c["19.6 billion riyals"].period, c["38.0 billion riyals"].period) == ("2020-Q3", "2019-Q3")


def test_a_flow_counted_as_of_a_month_or_day_is_the_year_so_far():
    text = ("The kingdom received 41,250 international tourists as of August this year, generating "
            "revenue of USD 52.1M.")
    c = frames_by_surface(text, "2019-10-05")
    assert c["41,250 international tourists"].period == "2019-01/2019-08"
    text = ("Revenues generated from tourism reached USD 612 million as of June 30, while occupancy is "
            "71.5 percent, as of July 20.")
    c = frames_by_surface(text, "2023-07-28")
    assert c["USD 612 million"].period == "2023-H1"  # January to June 30
    assert c["71.5 percent"].period == "2023-07-20"  # a reading, not a flow


def test_the_level_a_year_on_year_change_starts_from_is_at_its_base():
    text = ("Georgia's foreign trade turnover in 2022 increased by 31.6 percent year-on-year, "
            "rising from $14.3 billion to $18.8 billion.")
    c = frames_by_surface(text, "2023-04-14")
    assert (c["$14.3 billion"].period, c["$18.8 billion"].period) == ("2021", "2022")


def test_a_territory_named_by_its_people_lends_its_calendar_of_the_time():
    # the Cayman Islands ran July–June until 2016 and the calendar year from 2018
    text = ("Government revenue reached US$ 912.5 million in the 2014/15 financial year, the "
            "Cayman Islands finance ministry said. Caymanian officials welcomed the figure.")
    assert frames_by_surface(text, "2015-09-01")["US$ 912.5 million"].period == "2014-07/2015-06"


def test_a_sentence_that_is_the_other_side_of_a_comparison_is_dated_by_its_base():
    text = ("Imports cost $402.1m in the second quarter of this year. This compares to $388.7m the "
            "country spent on imports and $81.3m it earned from exports over the same period in 2012.")
    c = frames_by_surface(text, "2013-08-12")
    assert c["$402.1m"].period == "2013-Q2"
    assert (c["$388.7m"].period, c["$81.3m"].period) == ("2012-Q2", "2012-Q2")


def test_the_period_under_review_is_the_one_named_before_not_the_others_in_its_sentence():
    # the headline names the month; the sentence with the figures names only the month compared with
    text = ("Current account deficit widens in October\n\n"
            "The deficit fell to $91.2 million in the month under review from $74.8 million in "
            "September 2023 and $66.5 million registered in the corresponding month in 2022. Exports rose 6.3 "
            "percent to $40.9 million.")
    c = frames_by_surface(text, "2023-11-20")
    assert c["$91.2 million"].period == "2023-10"
    assert c["$74.8 million"].period == "2023-09"
    assert c["$66.5 million"].period == "2022-10"  # corresponds to the month under review
    assert c["$40.9 million"].period == "2023-10"  # the following sentence keeps it
    assert c["6.3 percent"].base_period == "2023-09"


def test_the_reporting_period_of_a_quarter():
    text = ("Tourist arrivals rose in the third quarter. Hotels recorded 48,210 guests in the "
            "reporting period and 51,030 guests in the second quarter.")
    c = frames_by_surface(text, "2021-11-02")
    assert c["48,210 guests"].period == "2021-Q3"
    assert c["51,030 guests"].period == "2021-Q2"


def test_a_commonwealth_territory_keeps_its_own_fiscal_year_not_the_federal_one():
    # Puerto Rico's fiscal year runs July–June, not October–September
    text = ("Puerto Rico's general fund revenue reached $13.1 billion in fiscal year 2023, "
            "up 4.1% from the previous fiscal year, Hacienda said.")
    c = frames_by_surface(text, "2023-08-10")
    assert c["$13.1 billion"].period == "2022-07/2023-06"
    assert c["4.1%"].base_period == "2021-07/2022-06"


def test_the_previous_fiscal_year_is_the_one_before_the_statements_not_before_today():
    # an article written in India's fiscal 2024-25 about 2022-23: the base is 2021-22
    text = "India's exports rose 6.7 percent in FY2022-23 from the previous fiscal year."
    c = frames_by_surface(text, "2024-06-10")
    assert c["6.7 percent"].period == "2022-04/2023-03"
    assert c["6.7 percent"].base_period == "2021-04/2022-03"


def test_a_date_written_with_its_weekday_dates_the_act_not_the_budgets_figures():
    # Jamaica's financial year runs April–March; the cabinet met on a day in it
    text = ("On Thursday, March 7, 2024, the Cabinet approved a budget of J$1.26 trillion for the "
            "2024-2025 financial year, up J$140 billion compared with the previous year.")
    c = frames_by_surface(text, "2024-03-09")
    assert c["J$1.26 trillion"].period == "2024-04/2025-03"
    assert c["J$140 billion"].base_period == "2023-04/2024-03"


def test_a_date_with_its_weekday_still_dates_a_figure_when_nothing_else_does():
    c = frames_by_surface("On Saturday, 4 May 2019, the museum welcomed 12,480 visitors.", "2019-05-10")
    assert c["12,480 visitors"].period == "2019-05-04"


def test_a_pair_of_four_digit_years_before_financial_year_is_one_fiscal_year():
    c = frames_by_surface("Kenya's government spent KSh 3.1 trillion in the 2021-2022 financial year.", "2022-09-01")
    assert c["KSh 3.1 trillion"].period == "2021-07/2022-06"


def test_guams_fiscal_year_runs_october_to_september_without_any_money_to_say_so():
    # the government of Guam's year begins on 1 October (5 GCA § 4102.1): a count of
    # visitors "in fiscal 2022" is October 2021 to September 2022
    text = "Guam welcomed 216,915 visitor arrivals in fiscal year 2022, the Guam Visitors Bureau said."
    c = frames_by_surface(text, "2022-10-05")
    assert c["216,915 visitor arrivals"].period == "2021-10/2022-09"


def test_a_calendar_that_changed_reads_each_year_by_the_rule_of_its_time():
    # Laos ran October–September until 2015/16 and the calendar year since 2017
    text = "Laos earned 4.2 trillion kip from power sales in the 2014-15 fiscal year, the ministry said."
    c = frames_by_surface(text, "2015-11-02")
    assert c["4.2 trillion kip"].period == "2014-10/2015-09"
    text = "Laos earned 4.2 trillion kip from power sales in fiscal year 2019, the ministry said."
    c = frames_by_surface(text, "2020-03-02")
    assert c["4.2 trillion kip"].period == "2019"


def test_small_states_with_a_fiscal_year_of_their_own():
    # Palau (October–September), Belize (April–March), the Cook Islands (July–June)
    c = frames_by_surface("Palau's tax revenue was $38.2 million in fiscal year 2019.", "2020-01-10")
    assert c["$38.2 million"].period == "2018-10/2019-09"
    c = frames_by_surface("Belize collected $1.1 billion in taxes in fiscal year 2024.", "2024-05-10")
    assert c["$1.1 billion"].period == "2023-04/2024-03"
    c = frames_by_surface("The Cook Islands spent $120.5 million in the 2022/23 financial year.", "2023-09-10")
    assert c["$120.5 million"].period == "2022-07/2023-06"
