"""The claim frame beyond single statements: tables and lists, each figure's own places,
bare amounts, series told apart by denomination and by estimate, changes of jobs, and
periods that do not leak from the other side of a comparison. Snippets are phrased as
the dev corpus's real articles phrase them."""

from factcheck.extract import extract, layout
from factcheck.models import Article

from conftest import frames_by_surface


DAY = "2020-04-13"


TABLE = ("Suzuki March-20 March-19 YoY Feb-20 MoM 9MFY20 9MFY19 YOY Swift 82 386 -79% 186 -56% 1,548 3,610 -57% "
         "Mehran – 3,942 N/A 3 N/A 1,702 26,402 -94%\n")


def test_a_flattened_table_reads_its_header_and_rows():
    table = layout.read_table(TABLE.strip())
    assert table.title == "Suzuki"
    assert [c.label for c in table.columns] == ["March-20", "March-19", "YoY", "Feb-20", "MoM", "9MFY20", "9MFY19", "YOY"]
    assert [r.label for r in table.rows] == ["Swift", "Mehran"]
    assert table.rows[1].cells[0] is None and table.rows[1].cells[2] is None  # '–' and 'N/A' are empty cells


def test_table_cells_take_row_metric_and_column_period():
    # Pakistan's fiscal year runs July–June: 9MFY20 is July 2019 to March 2020
    c = frames_by_surface("Pakistan car sales fell.\n" + TABLE, DAY)
    assert (c["82"].metric, c["82"].period, c["82"].role) == ("Suzuki Swift", "2020-03", "level")
    assert c["386"].period == "2019-03"
    yoy = c["79%"]  # the sign is read into the value: -79
    assert (yoy.role, yoy.direction, yoy.period, yoy.base_period) == ("growth", "down", "2020-03", "2019-03")
    mom = c["56%"]
    assert (mom.period, mom.base_period) == ("2020-03", "2020-02")  # MoM: the current month against February
    assert c["1,548"].period == "2019-07/2020-03"
    assert c["3,610"].period == "2018-07/2019-03"
    assert c["26,402"].metric == "Suzuki Mehran"


def test_a_list_under_its_lead():
    text = ("Jobless rates last month by province (numbers from the previous month in parenthesis):\n"
            "- Newfoundland and Labrador 11.8% (11.2)\n- Prince Edward Island 7.9 (8.0)\n- Quebec 5.3 (5.6)\n")
    c = frames_by_surface(text, "2020-01-15")
    assert (c["11.8%"].metric, c["11.8%"].subject, c["11.8%"].period) == ("jobless rates", ["Newfoundland and Labrador"], "2019-12")
    assert c["11.2"].period == "2019-11" and c["11.2"].unit == "percent"  # bracketed: the previous month, a rate
    assert c["7.9"].unit == "percent" and c["7.9"].subject == ["Prince Edward Island"]
    assert c["5.6"].period == "2019-11" and c["5.6"].role == "rate"


def test_list_items_take_the_direction_of_their_lead():
    text = ("Q2 2023 employment figures were released.\nJob increases were recorded in the following sectors:\n\n"
            "  • Trade: 92,000\n  • Mining: 31,000\n\nThese sectors recorded job losses:\n\n  • Finance: 68,000\n")
    c = frames_by_surface(text, "2023-11-13")
    assert (c["92,000"].role, c["92,000"].direction, c["92,000"].metric) == ("change", "up", "job increases: trade")
    assert (c["68,000"].role, c["68,000"].direction, c["68,000"].metric) == ("change", "down", "job losses: finance")
    assert c["92,000"].metric != c["31,000"].metric


def test_an_inline_list_after_a_colon():
    c = frames_by_surface("Here's the unemployment rate for major worker groups in November: adult men, 4.7%; adult women, 4.6%; "
                          "and Hispanics, 6.4%.", "2015-12-04")
    assert c["4.7%"].metric == "unemployment rate: adult men"
    assert c["6.4%"].metric == "unemployment rate: hispanics"
    assert c["4.6%"].period == "2015-11"


def test_each_figure_is_about_its_own_place():
    c = frames_by_surface("The second highest employment took place in Oman which is 1,79,611 followed by 98,452 in United "
                          "Arab Emirates (UAE) and 64,383 in Singapore.", "2023-01-15")
    assert c["98,452"].subject == ["United Arab Emirates"]
    assert c["64,383"].subject == ["Singapore"]
    assert c["1,79,611"].subject == ["Oman"]


def test_examples_of_what_is_counted_are_not_its_subject():
    c = frames_by_surface("China has visa-free policies for 54 countries including Britain, the United States and Canada.", DAY)
    assert c["54 countries"].subject == ["China"]


def test_a_partner_named_in_another_clause_is_not_this_figures():
    c = frames_by_surface("Trade with Belt and Road countries totaled 22.07 trillion yuan in 2024, and trade with the EU "
                          "reached 5.51 trillion yuan. China's trade grew.", "2025-01-13")
    assert "European Union" not in c["22.07 trillion yuan"].subject
    assert "European Union" in c["5.51 trillion yuan"].subject


def test_a_bare_amount_takes_the_currency_in_force():
    c = frames_by_surface("If calculated in USD, exports amounted to USD958.34 billion.\nThe trade surplus was 130.47 billion, up 38.3%.",
                          "2019-06-15")
    assert (c["130.47 billion"].kind, c["130.47 billion"].unit) == ("money", "USD")
    c = frames_by_surface("Japan's budget is JPY 96.3 trillion (USD 816 billion). Defense expenditures will increase to a record "
                          "4.98 trillion (USD 42 billion).", "2015-02-15")
    assert c["4.98 trillion"].unit == "JPY"
    # a scaled count of things stays a count
    assert frames_by_surface("The country has 1.4 billion people.", DAY)["1.4 billion people"].unit == "count"


def test_growth_rates_in_two_currencies_are_two_series():
    c = frames_by_surface("Exports in US dollars rose 1.1% year-on-year in May. Exports denominated in RMB rose 7.7% year-on-year.",
                          "2019-06-15")
    assert c["1.1%"].metric.endswith("USD terms") and c["7.7%"].metric.endswith("CNY terms")
    # one currency only: nothing to tell apart
    assert frames_by_surface("Exports rose 7.7% to $30 billion.", DAY)["7.7%"].metric == "exports growth"


def test_a_revised_estimate_is_its_own_series():
    c = frames_by_surface("However, tax revenue lagged at Rs 13.16 lakh crore during the last fiscal, as against Rs 14.84 lakh crore "
                          "in the revised estimates.", "2019-05-31")
    assert c["Rs 13.16 lakh crore"].metric == "tax revenue"
    assert c["Rs 14.84 lakh crore"].metric == "tax revenue, revised estimate"
    c = frames_by_surface("There is no quantum jump in the capital expenditure. It was ₹16,372 crore during the financial year "
                          "2021-22. The budget estimate for 2022-23 was ₹30,679 crore.", "2023-03-16")
    assert c["₹16,372 crore"].metric == "capital expenditure"  # the pronoun takes the series named before
    assert c["₹30,679 crore"].metric == "capital expenditure, budget estimate"


def test_jobs_come_and_go():
    c = frames_by_surface("35,200 jobs were found in December. The rate was 5.9% in November when 71,200 jobs were dissolved. "
                          "South Africa had 154,000 more people finding work. 4,57,227 people were employed in KSA.", "2020-01-15")
    assert (c["35,200 jobs"].role, c["35,200 jobs"].direction) == ("change", "up")
    assert (c["71,200 jobs"].role, c["71,200 jobs"].direction) == ("change", "down")
    assert c["154,000 more people"].role == "change"
    assert c["4,57,227 people"].role == "level"  # employed is a state, not an event


def test_a_balance_carries_its_own_sign():
    c = frames_by_surface("Taking into account the balances of trade in goods (€ +16.0 billion) and services (€ 1.9 billion), "
                          "the current account closed with a surplus.", "2021-11-09")
    assert c["€ +16.0 billion"].role == "level"
    assert frames_by_surface("Australia employment change came in at +13.5k in January.", DAY)["13.5k"].role == "change"


def test_a_restated_figure_stays_on_its_side_of_the_comparison():
    c = frames_by_surface("Operating profit rose to $262 million, or 27 cents a share, in the third quarter, from $173 million or "
                          "12 cents a share a year ago.", "2019-11-05")
    assert c["$262 million"].period == "2019-Q3"
    assert c["$173 million"].period == c["12 cents a share"].period == "2018-Q3"


def test_a_fronted_month_dates_the_figure_after_its_comma():
    c = frames_by_surface("In June, 382,000 vehicles were exported from China, up 53.2 percent year-on-year.", "2023-07-11")
    assert (c["382,000 vehicles"].period, c["382,000 vehicles"].metric) == ("2023-06", "exports of vehicles")


def test_a_new_paragraph_returns_to_the_articles_period():
    c = frames_by_surface("In 2022, 11,10,034 people went abroad for work. It crossed the record figure of 10,08,525 as it was in 2017.\n"
                          "The Kingdom of Saudi Arabia secured the highest volume of employment which is 6,12,409.", "2023-01-15")
    assert c["10,08,525"].period == "2017"
    assert c["6,12,409"].period == "2022"


def test_an_undated_text_reads_its_months_in_the_year_it_states():
    c = {x.surface: x for x in extract(Article(id="t", path="t.txt", text=(
        "The deficit increased from $73.0 billion in June to $78.8 billion in July. Real GDP increased 3.0 percent "
        "in the second quarter of 2024."), sha256="0", date=None))}
    assert (c["$73.0 billion"].period, c["$78.8 billion"].period) == ("2024-06", "2024-07")
    assert c["$78.8 billion"].metric == c["$73.0 billion"].metric == "deficit"


def test_a_change_over_a_trailing_window_is_the_latest_months():
    c = frames_by_surface("BLS said that over the past 12 months, the unemployment rate is down by 0.8 percentage points. "
                          "Over the past year, construction employment has grown by 259,000.", "2015-12-04")
    assert (c["0.8 percentage points"].period, c["0.8 percentage points"].base_period) == ("2015-11", "2014-11")
    assert (c["259,000"].period, c["259,000"].base_period) == ("2015-11", "2014-11")
    # a level 'in the past year' is last year's
    assert frames_by_surface("Kenya received 2,717 cruise ships in the past year.", "2017-04-17")["2,717 cruise ships"].period == "2016"


def test_months_so_far_are_the_first_months_of_the_year():
    c = frames_by_surface("Over the course of five months, imports have amounted to US$148.76 billion.", "2022-06-15")
    assert c["US$148.76 billion"].period == "2022-01/2022-05"


def test_the_previous_reading_of_a_release():
    c = frames_by_surface("Australia employment change came in at +13.5k in January, above forecasts of +10k and prior of 13.5k, "
                          "with the unemployment rate at 5.7% vs forecasts of 5.8% and 5.8% last.", "2017-02-15")
    assert (c["13.5k"].period, c["13.5k"].role) == ("2016-12", "change")
    assert [x for x in c.values() if x.surface.startswith("5.8%")][-1].period == "2016-12"
    assert c["5.7%"].period == "2017-01"


def test_a_budget_sentence_speaks_of_fiscal_years():
    c = frames_by_surface("The budget for the fiscal year beginning in April stands at a record 122.3 trillion yen, up from "
                          "115.2 trillion yen in the current year.", "2025-12-27")
    assert c["122.3 trillion yen"].period == "2026-04/2027-03"
    assert c["115.2 trillion yen"].period == "2025-04/2026-03"


def test_a_plans_time_is_not_the_texts():
    c = frames_by_surface("Kenya received 2,717 cruise ships in 2016 with prospects for 2017 looking up.\n"
                          "Tourists came mostly for leisure (73 per cent).", "2017-04-17")
    assert c["73 per cent"].period == "2016"


def test_a_narrower_time_later_in_the_clause_is_the_figures_own():
    c = frames_by_surface("Last year, Taiwan rolled out subsidies, resulting in 38 flights to Hualien in the fourth quarter alone. "
                          "The 11.84 million visitors last year were 770,000 more than the 11.07 million seen in 2018.", "2020-01-07")
    assert c["38 flights"].period == "2019-Q4"
    assert (c["11.07 million"].period, c["770,000"].period) == ("2018", "2019")


def test_respectively_pairs_members_with_figures():
    c = frames_by_surface("Taiwan saw a record year for tourism. Taiwan's tourism bureau said visitors came from far and wide.\n"
                          "On Dec. 9, 2019, the number of visitors from Japan exceeded 2 million, with arrivals from Japan and "
                          "South Korea increasing by 10 percent and 20 percent, respectively.", "2020-01-07")
    assert c["20 percent"].subject == ["Taiwan", "South Korea"] and c["10 percent"].subject == ["Taiwan", "Japan"]
    c = frames_by_surface("The growth in the agriculture, forestry and fishing, mining and quarrying, manufacturing, and construction "
                          "is estimated to be 3 percent, 3.5 percent, 5.1 percent and 4.3 percent respectively.", "2018-02-28")
    assert c["5.1 percent"].metric == "manufacturing growth" and c["4.3 percent"].metric == "construction growth"
    c = frames_by_surface("Moreover, the GDP growth rates for Q1 and Q2 of 2017-18 at constant prices were 5.7 percent and 6.5 "
                          "percent respectively.", "2018-02-28")
    assert (c["5.7 percent"].period, c["6.5 percent"].period) == ("2017-Q2", "2017-Q3")  # India's fiscal quarters


def test_places_left_out_or_traded_with_are_not_the_articles_subject():
    c = frames_by_surface("Canada's exports rose. Exports to countries other than the United States rose 4.5% compared with May. "
                          "Exports to the United States rose 1.2% in June.", "2022-07-15")
    assert "United States" not in c["4.5%"].subject
    assert "United States" in c["1.2%"].subject


def test_series_named_around_the_verb():
    c = frames_by_surface("Of the total, policy spending, which accounts for over 70 percent of the general account budget, will be "
                          "JPY 72.89 trillion, of which JPY 31.5 trillion will go to social security expenditures.", "2015-02-15")
    assert c["JPY 72.89 trillion"].metric == "policy spending"
    assert c["JPY 31.5 trillion"].metric == "social security expenditures"
    c = frames_by_surface("The net national income registered a growth rate of 10 percent in 2017-18. Non-tax revenues during "
                          "the 2018-19 fiscal stood at Rs 2.46 lakh crore.", "2019-05-31")
    assert c["10 percent"].metric == "net national income growth"
    assert c["Rs 2.46 lakh crore"].metric == "non-tax revenues"


def test_a_denomination_right_after_the_figure_is_its_own():
    c = frames_by_surface("Exports were USD 290.63 Billion (Rs.21,50,325.03 Crore), registering a negative growth of 7.26% in "
                          "Dollar terms (negative growth of 3.13% in Rupee terms).", "2021-04-15")
    assert c["7.26%"].metric.endswith("USD terms") and c["3.13%"].metric.endswith("INR terms")
