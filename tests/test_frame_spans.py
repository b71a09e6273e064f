"""Spans of time the frame must keep whole, each class in sentences of our own: a
cumulative span that governs what follows it, the same span of an earlier year named on
its own, a fronted 'over' that frames a sentence rather than naming a base."""

from factcheck.extract import extract
from factcheck.models import Article
from conftest import frames_by_surface


def test_the_same_period_of_a_named_year_moves_the_topic_span_into_that_year():
    text = ("Tax receipts rose 4.1 per cent to NZ$ 812.5 million in the first ten months of 2021.\n\n"
            "Receipts for the same period of 2020 stood at NZ$ 780.5 million, the ministry said.")
    c = frames_by_surface(text, "2021-12-20")
    assert c["NZ$ 812.5 million"].period == "2021-01/2021-10"
    assert c["NZ$ 780.5 million"].period == "2020-01/2020-10"


def test_a_fronted_over_frames_the_sentence_and_is_no_base():
    text = ("Over the first three months of the year, the largest surpluses were with Kenya "
            "(US$ 41.2 million) and Rwanda (US$ 17.9 million).")
    c = frames_by_surface(text, "2022-05-10")
    assert c["US$ 41.2 million"].period == "2022-Q1"
    assert c["US$ 17.9 million"].period == "2022-Q1"


def test_a_change_from_a_dated_figure_to_another_is_of_the_later_period():
    text = ("Copper exports fell by US$210 million (8.1 percent) from the revised figure of US$2.6 billion "
            "recorded in May 2021 to US$2.39 billion during June 2021, the agency said.\n\n"
            "Imports stood at US$3.1 billion, a decrease of 4.2 percent from the revised May 2021 value of US$3.24 billion.\n\n"
            "Fuel accounted for 21.5 percent of the import bill.")
    c = frames_by_surface(text, "2021-07-30")
    assert (c["US$210 million"].period, c["US$210 million"].base_period) == ("2021-06", "2021-05")
    assert (c["8.1 percent"].period, c["8.1 percent"].base_period) == ("2021-06", "2021-05")
    assert c["US$2.39 billion"].period == "2021-06"
    assert (c["4.2 percent"].period, c["4.2 percent"].base_period) == ("2021-06", "2021-05")
    assert c["US$3.1 billion"].period == "2021-06"
    assert c["21.5 percent"].period == "2021-06"  # the paragraph after is still about June


def test_the_start_of_a_from_to_change_keeps_its_own_period():
    text = "Arrivals grew from 2.1 million in January-March 2019 to 2.4 million in the same period this year."
    c = frames_by_surface(text, "2020-04-20")
    assert c["2.1 million"].period == "2019-Q1"
    assert c["2.4 million"].period == "2020-Q1"


def test_a_same_period_after_than_is_a_base_and_a_bracket_dates_only_itself():
    text = ("Customs revenue in January-June 2023 came to 4.1 trillion tenge, which is 9% lower than the "
            "revenue collected in the same period in 2022 (+3.5% in January 2023 year-on-year).")
    c = frames_by_surface(text, "2023-07-10")
    assert (c["9%"].period, c["9%"].base_period) == ("2023-H1", "2022-H1")
    assert c["3.5%"].period == "2023-01"


def test_to_end_of_a_month_is_the_year_so_far():
    c = frames_by_surface("Kenya: current account gap narrows to KSh 412.6 billion to end September\n\n"
                          "Exports rose 4.1 percent in September alone.", "2022-10-20")
    assert c["KSh 412.6 billion"].period == "2022-01/2022-09"
    assert c["4.1 percent"].period == "2022-09"


def test_the_end_of_the_last_month_of_a_cumulative_report_is_the_cumulative_span():
    text = ("Customs revenue rose 3 per cent to US$ 9.4 billion till the end of October 2021.\n\n"
            "Excise duty fell 2.2 per cent to US$ 1.1 billion at the end of October 2021, from US$ 1.12 billion "
            "for the same period of the previous year.")
    c = frames_by_surface(text, "2021-12-01")
    assert c["US$ 9.4 billion"].period == "2021-01/2021-10"
    assert (c["2.2 per cent"].period, c["2.2 per cent"].base_period) == ("2021-01/2021-10", "2020-01/2020-10")
    assert c["US$ 1.1 billion"].period == "2021-01/2021-10"
    assert c["US$ 1.12 billion"].period == "2020-01/2020-10"


def test_a_time_in_brackets_is_no_reference_for_the_sentence():
    text = ("The deficit rose to US$ 5,163.8 million in the first five months of 2019 in comparison with "
            "US$ 4,946.5 million during the same period last year, the bulletin (May 2019) of the institute shows.")
    c = frames_by_surface(text, "2019-06-20")
    assert c["US$ 5,163.8 million"].period == "2019-01/2019-05"
    assert c["US$ 4,946.5 million"].period == "2018-01/2018-05"


def test_a_participle_after_the_other_side_of_a_comparison_keeps_its_period():
    text = ("In January-June, arrivals from Canada grew by 9.6 percent, with 245,761 visitors, 21,863 more "
            "compared to the 223,898 visiting during the same period in 2018.")
    c = frames_by_surface(text, "2019-07-15")
    assert c["223,898"].period == "2018-H1"


def test_fiscal_years_of_the_held_out_regions_and_their_own_eras():
    # Bhutan runs July–June: "FY2023/24" is July 2023 to June 2024
    c = frames_by_surface("Bhutan's revenue reached 30.2 billion ngultrum in FY2023/24, the finance ministry said.", "2024-09-01")
    assert c["30.2 billion ngultrum"].period == "2023-07/2024-06"
    # Fiji runs August–July
    c = frames_by_surface("Fiji's tax collections rose 6.1 percent to FJ$ 3.1 billion in the 2022/23 financial year.",
                          "2023-09-01")
    assert c["FJ$ 3.1 billion"].period == "2022-08/2023-07"
    # Nepal's Bikram Sambat fiscal year 2080/81 is mid-July 2023 to mid-July 2024
    c = frames_by_surface("Nepal's imports fell 2.4 percent in fiscal year 2080/81, the customs department said.", "2024-08-01")
    assert c["2.4 percent"].period == "2023-07/2024-06"
    # Ethiopia's EFY 2016 is July 2023 to July 2024
    c = frames_by_surface("Ethiopia earned US$ 3.6 billion from exports in EFY 2016, the ministry said.", "2024-08-01")
    assert c["US$ 3.6 billion"].period == "2023-07/2024-06"


def test_a_fiscal_calendar_set_in_config_overrides_the_packaged_one():
    text = "Fiji's tax collections rose 6.1 percent to FJ$ 3.1 billion in the 2022/23 financial year."
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2023-09-01")
    got = {c.surface: c for c in extract(article, fiscal_years={"Fiji": "January"})}
    assert got["FJ$ 3.1 billion"].period != "2022-08/2023-07"
    got = {c.surface: c for c in extract(article, fiscal_years={"Fiji": "July"})}
    assert got["FJ$ 3.1 billion"].period == "2022-07/2023-06"


def test_cumulative_spans_written_the_latin_american_and_european_way():
    day = "2024-10-20"
    assert frames_by_surface("Exports accumulated to September reached US$ 41.3 billion.", day)["US$ 41.3 billion"].period \
        == "2024-01/2024-09"
    assert frames_by_surface("Cumulative exports through August totalled US$ 36.2 billion.", day)["US$ 36.2 billion"].period \
        == "2024-01/2024-08"
    assert frames_by_surface("Imports reached US$ 9.9 billion in the January-August period of 2023.", day)["US$ 9.9 billion"].period \
        == "2023-01/2023-08"
    assert frames_by_surface("Net profit in 9M2024 rose to US$ 1.2 billion.", day)["US$ 1.2 billion"].period == "2024-01/2024-09"
    # a day after the month is a span of days, not the year so far
    assert frames_by_surface("Exports up to Oct. 10 rose 3.1 percent.", day)["3.1 percent"].period == "2024-10-01/2024-10-10"


def test_growths_listed_against_several_base_years_share_the_predicate():
    text = ("Cruise arrivals in 2024 reached 2.1 million, a growth of 41% compared to the same period in 2019, "
            "23% compared to 2022 and 8% compared to 2023.")
    c = frames_by_surface(text, "2025-01-15")
    assert (c["41%"].role, c["41%"].base_period) == ("growth", "2019")
    for s, base in (("23%", "2022"), ("8%", "2023")):
        assert (c[s].role, c[s].direction, c[s].base_period, c[s].period) == ("growth", "up", base, "2024")
        assert c[s].metric == c["41%"].metric


def test_a_bare_base_year_of_a_part_of_the_year_is_that_part_in_that_year():
    c = frames_by_surface("In June, air arrivals rose 39% compared to 2019.", "2024-07-10")
    assert (c["39%"].period, c["39%"].base_period) == ("2024-06", "2019-06")


def test_a_year_inside_the_name_of_a_law_is_no_period():
    text = "Under the Natural Resource Fund Act 2021, the government withdrew US$ 200 million in May this year."
    c = frames_by_surface(text, "2022-07-20")
    assert c["US$ 200 million"].period == "2022-05"
    c = frames_by_surface("The fund paid out US$ 150 million under the Fiscal Rules Act 2021.", "2022-07-20")
    assert c["US$ 150 million"].period != "2021"


def test_the_n_month_period_ends_with_the_month_named_before_it():
    c = frames_by_surface("Exports fell 3.2% in April, bringing the decline in the 4-month period to 1.9%.", "2023-05-20")
    assert c["3.2%"].period == "2023-04"
    assert c["1.9%"].period == "2023-01/2023-04"


def test_the_subject_keeps_its_metric_past_a_long_bracket_and_a_time_phrase():
    text = ("Exports rose 5% in January-May.\n\n"
            "Total imports of goods (from EU member states and from third countries) for this period amounted to "
            "EUR 8.1 billion. Total exports of goods in January–May were EUR 6.2 billion.")
    c = frames_by_surface(text, "2022-07-01")
    assert (c["EUR 8.1 billion"].metric, c["EUR 8.1 billion"].period) == ("imports of goods", "2022-01/2022-05")
    assert (c["EUR 6.2 billion"].metric, c["EUR 6.2 billion"].period) == ("exports of goods", "2022-01/2022-05")


def test_a_year_to_a_month_set_against_a_calendar_year_is_that_years_january_onwards():
    c = frames_by_surface("For the year to June, cruise calls rose 9 percent, 41 more than in 2022.", "2023-07-15")
    assert (c["9 percent"].period, c["9 percent"].base_period) == ("2023-H1", "2022-H1")
    # against the twelve months before, the year to June stays twelve months
    c = frames_by_surface("In the year to June, prices rose 6.8 percent.", "2023-07-15")
    assert c["6.8 percent"].period == "2022-07/2023-06"


def test_visitors_a_verb_of_arriving_counts_are_dated_by_the_time_after_it():
    c = frames_by_surface("According to the ministry, 84,310 visitors arrived in February this year.", "2024-04-20")
    assert c["84,310 visitors"].period == "2024-02"


def test_last_before_a_month_names_the_month_not_a_previous_reading():
    c = frames_by_surface("Shipments increased 22% last January and slid 0.4% in February.", "2018-03-15")
    assert c["22%"].period == "2018-01"
    assert c["0.4%"].period == "2018-02"


def test_the_other_side_of_a_comparison_keeps_its_anaphoric_period_past_a_participle():
    text = "Exports reached US$ 12.4 billion in the Oct. 1-10 period, compared with US$ 11.9 billion tallied a year earlier."
    c = frames_by_surface(text, "2024-10-11")
    assert c["US$ 12.4 billion"].period == "2024-10-01/2024-10-10"
    assert c["US$ 11.9 billion"].period == "2023-10-01/2023-10-10"


def test_a_compared_figure_is_dated_by_the_participle_after_its_own_noun():
    # the money's own noun, then a participle of its verb and "within"/"during" a period: that
    # period dates the compared figure, not the sentence's first one
    text = ("Tax receipts collected in the period from January to June rose 8 percent to $40.2 billion, "
            "against $37.2 billion in receipts registered within the first half of 2021.")
    c = frames_by_surface(text, "2022-07-20")
    assert c["$40.2 billion"].period == "2022-H1"
    assert c["$37.2 billion"].period == "2021-H1"
    c = frames_by_surface("Sales rose to 900 units in March, from 800 units sold within the same month last year.",
                          "2022-04-10")
    assert (c["900 units"].period, c["800 units"].period) == ("2022-03", "2021-03")


def test_a_noun_after_a_figure_without_a_participle_does_not_take_a_later_time():
    # "in exports in 2021" reads the same as before; "in" + a noun alone is no participle
    c = frames_by_surface("The country earned $4 billion in exports last year and $3 billion in 2020.", "2022-02-01")
    assert c["$4 billion"].period == "2021"
    assert c["$3 billion"].period == "2020"


def test_a_trade_flow_at_a_months_end_is_counted_from_january():
    text = ("Imports climbed 12% to 54.1 billion pesos at the end of September, against 48.3 billion "
            "at the end of September 2022.")
    c = frames_by_surface(text, "2023-10-20")
    assert c["54.1 billion pesos"].period == "2023-01/2023-09"
    assert c["48.3 billion"].period == "2022-01/2022-09"
    # a growth compares like spans: its base is the same months a year before, not one month
    assert (c["12%"].period, c["12%"].base_period) == ("2023-01/2023-09", "2022-01/2022-09")


def test_a_months_end_set_against_the_month_before_is_a_monthly_reading():
    c = frames_by_surface("The trade surplus widened to $2.2 billion at the end of June from $1.9 billion "
                          "at the end of May.", "2023-07-30")
    assert (c["$2.2 billion"].period, c["$1.9 billion"].period) == ("2023-06", "2023-05")


def test_a_stock_at_a_months_end_stays_the_months_in_a_report_on_the_year_so_far():
    text = ("Exports rose 9% to $31 billion in January-October.\n\n"
            "Foreign reserves stood at $8 billion at the end of October, covering four months of imports.")
    c = frames_by_surface(text, "2023-11-15")
    assert c["$31 billion"].period == "2023-01/2023-10"
    assert c["$8 billion"].period == "2023-10"


def test_a_quarter_named_by_its_last_month_and_year():
    c = frames_by_surface("In the September 2022 quarter, remittances rose 6% to NZ$ 410 million.", "2023-01-20")
    assert c["NZ$ 410 million"].period == "2022-Q3"
    c = frames_by_surface("Sales fell 2% in the December quarter of 2021.", "2022-03-01")
    assert c["2%"].period == "2021-Q4"


def test_this_quarter_in_a_later_article_on_an_earlier_quarter_is_the_quarter_reported():
    text = ("The bank's review of the March 2023 quarter was released on Friday.\n\n"
            "Timber exports rose 12% to 410,000 tonnes this quarter.")
    c = frames_by_surface(text, "2023-06-20")
    assert c["410,000 tonnes"].period == "2023-Q1"
    # with no earlier quarter reported, this quarter is the article's own
    c = frames_by_surface("Timber exports rose 12% to 410,000 tonnes this quarter.", "2023-06-20")
    assert c["410,000 tonnes"].period == "2023-Q2"


def test_the_first_months_of_a_year_named_by_two_calendar_years_are_a_fiscal_years():
    # Tonga's fiscal year runs July–June (lexicon/fiscal_years.yaml)
    c = frames_by_surface("In Tonga, tax revenue in the first three months of 2021/22 rose 4 percent.", "2021-11-01")
    assert c["4 percent"].period == "2021-Q3"
    c = frames_by_surface("India's exports in the first six months of 2023-24 rose 3 percent.", "2023-11-01")
    assert c["3 percent"].period == "2023-04/2023-09"
    # a range of two full years is no fiscal year's name: the months are of its first year
    c = frames_by_surface("In the first three months of 2019-2020, imports fell 2 percent.", "2020-06-01")
    assert c["2 percent"].period == "2019-Q1"


def test_a_quarter_or_half_glossed_by_its_abbreviation_in_brackets():
    c = frames_by_surface("Output grew 3.1% to $2.2 billion in the second quarter (Q2) of 2021.", "2021-09-01")
    assert (c["3.1%"].period, c["$2.2 billion"].period) == ("2021-Q2", "2021-Q2")
    c = frames_by_surface("Arrivals fell 8% in the first half (H1) of 2019 from the same period of 2018.", "2020-02-01")
    assert (c["8%"].period, c["8%"].base_period) == ("2019-H1", "2018-H1")


def test_a_growth_against_a_month_named_as_such_keeps_that_month_as_its_base():
    text = "In January-September, arrivals rose 5%.\n\nArrivals totalled 1.3 million, up 9.8% from September 2017."
    c = frames_by_surface(text, "2018-10-30")
    # (the period the text before set is kept; the base the sentence names as a month stays a month)
    assert c["9.8%"].base_period == "2017-09"


def test_a_rate_at_the_end_of_the_reported_months_is_the_year_so_far_again():
    text = ("In January-July 2019, tourist arrivals rose 4 per cent.\n\n"
            "Hotel occupancy fell to 53.3 per cent at the end of July 2019, against 57.1 per cent "
            "for the same period of 2018.")
    c = frames_by_surface(text, "2019-09-10")
    assert (c["53.3 per cent"].period, c["57.1 per cent"].period) == ("2019-01/2019-07", "2018-01/2018-07")
