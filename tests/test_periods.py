"""The temporal model: time expressions read as spans, relative ones resolved against the
article's date, fiscal years by the country's calendar, comparison bases kept apart from
periods, and anchors that do not leak across clauses."""

from datetime import date

import pytest

from factcheck.calendars import Calendars, parse_setting
from factcheck.extract import periods, rulebook
from factcheck.extract.claims import extract
from factcheck.models import Article

from conftest import article_of


def _exprs(text, today="2024-04-15", place=None, overrides=None):
    cal = Calendars(overrides).of([place]) if place else None
    ctx = periods.TimeContext(date.fromisoformat(today), int(today[:4]), cal)
    return [(e.text, e.period, e.base) for e in periods.find(text, ctx)]


@pytest.mark.parametrize("text,phrase,period", [
    ("Retail sales rose 2% in the three months to January.", "the three months to January", "2023-11/2024-01"),
    ("Sales rose in the 12 months through March 2024.", "the 12 months through March 2024", "2023-04/2024-03"),
    ("Exports in January–June rose.", "January–June", "2023-H1"),  # June 2024 had not begun on 15 April
    ("Exports in Jan.-June 2023 fell.", "Jan.-June 2023", "2023-H1"),
    ("Between January and July 2023 output grew.", "Between January and July 2023", "2023-01/2023-07"),
    ("The surplus in the January-to-July 2022 period grew.", "January-to-July 2022", "2022-01/2022-07"),
    ("Sales so far this year are up.", "so far this year", "2024-Q1"),
    ("In the first seven months of 2023, trade rose.", "the first seven months of 2023", "2023-01/2023-07"),
    ("H1 2024 sales rose.", "H1 2024", "2024-H1"),
    ("Sales in 1Q24 rose.", "1Q24", "2024-Q1"),
    ("Profit in the March quarter rose.", "the March quarter", "2024-Q1"),
    # a year named by the month it ends in (New Zealand, Australia): twelve months, not the month
    ("Dairy receipts climbed in the March year.", "the March year", "2023-04/2024-03"),
    # the release idiom without 'first' or 'the': the year's first months
    ("The surplus for seven months of 2021 doubled.", "for seven months of 2021", "2021-01/2021-07"),
    # a month named by its place in the year: that month, not the year
    ("The balance swung to a deficit in the first month of this year.", "the first month of this year", "2024-01"),
    ("Sales peaked in the last month of 2022.", "the last month of 2022", "2022-12"),
    ("Visitor spending in the June 2022 year was $9 billion.", "the June 2022 year", "2021-07/2022-06"),
    ("Profit in the quarter ended June 30, 2023 rose.", "the quarter ended June 30, 2023", "2023-Q2"),
    ("Trade grew between 2019 and 2023.", "between 2019 and 2023", "2019/2023"),
    ("Exports last month rose.", "last month", "2024-03"),
    ("Output in the second half of last year fell.", "the second half of last year", "2023-H2"),
    ("Exports on May 21, 2025 were shipped.", "May 21, 2025", "2025-05-21"),
    ("The figure for March last year was higher.", "March last year", "2023-03"),
    # a flow summed to the end of a named month: a cumulative release, not that month alone
    ("The deficit fell 1 per cent to RO 1,896.8 million till the end of November 2019.",
     "till the end of November 2019", "2019-01/2019-11"),
    ("Spending rose to $5 billion until June 2023.", "until June 2023", "2023-H1"),
    ("Revenue fell during the 11 months of 2019.", "the 11 months of 2019", "2019-01/2019-11"),
    ("From January through July this year, exports rose.", "From January through July this year", "2024-01/2024-07"),
    ("Arrivals thus far this year are up.", "thus far this year", "2024-Q1"),
    ("Growth slowed to 5.8 percent in May and June this year.", "May and June this year", "2024-05/2024-06"),
    ("It was 8 percent in May and June in 2018.", "May and June in 2018", "2018-05/2018-06"),
])
def test_spans_written_as_spans_are_read(text, phrase, period):
    assert (phrase, period, False) in _exprs(text)


@pytest.mark.parametrize("text,place,phrase,period", [
    ("GDP grew 7.8% in Q2 2023-24.", "India", "Q2 2023-24", "2023-Q3"),
    ("The deficit in FY24 widened.", "India", "FY24", "2023-04/2024-03"),
    ("Revenue in the fourth quarter of FY23 rose.", "India", "the fourth quarter of FY23", "2023-Q1"),
    ("Revenue in the second half of fiscal 2024 rose.", "Japan", "the second half of fiscal 2024", "2024-10/2025-03"),
    ("The federal deficit in fiscal 2024 was large.", "United States", "fiscal 2024", "2023-10/2024-09"),
    ("Spending in 2023-24 rose.", "United Kingdom", "2023-24", "2023-04/2024-03"),
    ("Spending in 2023-24 rose.", "Australia", "2023-24", "2023-07/2024-06"),
    ("Spending in the financial year ended March 31, 2024 rose.", None, "the financial year ended March 31, 2024",
     "2023-04/2024-03"),
])
def test_fiscal_years_resolve_by_the_country_calendar(text, place, phrase, period):
    assert (phrase, period, False) in _exprs(text, place=place)


def test_fiscal_calendars_can_be_set_in_config():
    # a company whose year starts in July, as pyproject.toml's [tool.factcheck] fiscal-years would say
    assert ("fiscal 2024", "2023-07/2024-06", False) in _exprs("Revenue in fiscal 2024 rose.", place="Microsoft",
                                                                overrides={"Microsoft": "July"})
    assert parse_setting("April start").named_by == "start" and parse_setting(10).first_month == 10
    with pytest.raises(ValueError):
        Calendars({"Acme": "Smarch"})


@pytest.mark.parametrize("text,phrase", [
    ("Exports rose 5% year-on-year.", "year-on-year"),
    ("Visitors reached 97% of 2019 levels.", "2019"),
    ("Exports were up 5% on 2023.", "2023"),
    ("Trade fell 3.4 percent from the previous year.", "the previous year"),
    ("Prices were higher than in 2019.", "2019"),
])
def test_comparison_bases_are_bases(text, phrase):
    assert any(p == phrase and base for p, _, base in _exprs(text))


def test_two_months_apart_or_respectively_are_two_periods():
    assert [p for _, p, _ in _exprs("Exports rose 3% and 4% in May and June, respectively.")] == ["2023-05", "2023-06"]
    assert [p for _, p, _ in _exprs("Exports rose in January and June 2023.")][1:] == ["2023-06"]


def test_the_other_side_of_a_comparison_of_part_of_a_year_with_last_year_is_that_part():
    got = _frame("Arrivals rose to 449,552 in May and June compared to 424,752 last year.", day="2024-07-15")
    assert got["449,552"][0] == "2024-05/2024-06"
    assert got["424,752"][0] == "2023-05/2023-06"


def test_a_figure_named_by_a_noun_on_the_other_side_is_still_the_other_side():
    got = _frame("Exports dropped by $976 million from the revised figure of $5.925 billion recorded in October 2020 "
                 "to $4.949 billion during November 2020.")
    assert got["$976 million"][0] == "2020-11" and got["$976 million"][3] == "2020-10"
    assert got["$5.925 billion"][0] == "2020-10"


def test_this_year_in_a_report_on_part_of_the_year_is_the_year_so_far():
    text = ("Mongolia traded with 141 countries in the first seven months of 2021.\n\n"
            "In July 2021, exports amounted to 630.3 million USD.\n\n"
            "China accounted for 61.7 percent of Mongolia's total foreign trade this year.\n\n"
            "The economy is expected to grow 5 percent this year. This year's rise was the fifth in a row.\n")
    got = _frame(text, day="2021-08-12")
    assert got["630.3 million USD"][0] == "2021-07"
    assert got["61.7 percent"][0] == "2021-01/2021-07"
    assert got["5 percent"][0] == "2021"  # an outlook is about the whole year
    assert got["fifth"][0] != "2021-01/2021-07"


def test_a_month_range_is_not_read_as_a_sum_to_its_end():
    assert ("from March through June 2019", "2019-03/2019-06", False) in _exprs("Exports from March through June 2019 rose.")


DAY = "2024-04-15"


def _frame(text, day=DAY, **kw):
    return {c.surface: (c.period, c.role, c.direction, c.base_period) for c in extract(article_of(text, day), **kw)}


def test_a_comparison_base_is_never_the_period():
    got = _frame("In March, trade fell 3.4 percent from the previous year, with exports rising 1.2 percent.")
    assert got["3.4 percent"] == ("2024-03", "growth", "down", "2023-03")
    assert got["1.2 percent"] == ("2024-03", "growth", "up", "2023-03")


def test_the_other_side_of_a_comparison_has_its_own_period_and_is_the_base():
    got = _frame("The trade deficit widened to $84.4 billion in March from $70.8 billion a year earlier.")
    assert got["$84.4 billion"][0] == "2024-03"
    assert got["$70.8 billion"][0] == "2023-03"
    got = _frame("The economy grew 0.1% in the third quarter, down from 0.5% in the second quarter.", day="2024-11-14")
    assert got["0.1%"][:2] == ("2024-Q3", "growth") and got["0.1%"][3] == "2024-Q2"
    assert got["0.5%"][0] == "2024-Q2"


def test_rates_of_change_name_their_base():
    got = _frame("In February, exports rose 5% month-on-month and 12% year on year.")
    assert got["5%"] == ("2024-02", "growth", "up", "2024-01")
    assert got["12%"] == ("2024-02", "growth", "up", "2023-02")


def test_anchors_do_not_leak_into_another_clause():
    got = _frame("The company employs 3,000 people and aims to cut costs by 20 percent by 2026.")
    assert got["3,000 people"][0] is None and got["20 percent"][0] == "2026"
    got = _frame("Exports rose 5% and imports fell 3% in March.")
    assert got["5%"][0] == got["3%"][0] == "2024-03"  # parallel clauses share a trailing anchor


def test_fiscal_year_by_the_subject_or_the_outlet_currency():
    got = _frame("India's fiscal deficit in FY24 was Rs 17 lakh crore.")
    assert got["Rs 17 lakh crore"][0] == "2023-04/2024-03"
    got = _frame("Toyota's operating profit for fiscal 2023 was ¥5.35 trillion.")
    assert got["¥5.35 trillion"][0] == "2023-04/2024-03"  # a yen story: Japan's calendar, named by its first year


def test_one_notation_in_one_file():
    got = _frame("In the first half of 2015 exports rose 3%. From January to June 2015 imports fell 2%.")
    assert got["3%"][0] == got["2%"][0] == "2015-H1"


def test_narrative_period_carries_to_the_next_sentence_but_not_forever():
    text = "In 2023, exports rose to $3 billion. Imports were $2 billion."
    assert _frame(text)["$2 billion"][0] == "2023"


def test_fiscal_years_from_pyproject_reach_the_scan(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfiscal-years = {Microsoft = "July"}\n')
    (tmp_path / "a.txt").write_text("date 2024-08-01\nMicrosoft's revenue in fiscal 2024 was $245 billion.\n")
    (tmp_path / "reference").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["scan", "a.txt", "--format", "json"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    import json

    (claim,) = json.loads(result.stdout)["articles"][0]["claims"]
    assert claim["period"] == "2023-07/2024-06"
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfiscal-years = {Microsoft = "Smarch"}\n')
    result = CliRunner().invoke(app, ["scan", "a.txt"], env={"NO_COLOR": "1"})
    assert result.exit_code == 2 and "fiscal-years" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("text,phrase,period", [
    ("The deficit narrowed in Quarter 2 (Apr to June) 2023.", "Quarter 2 (Apr to June) 2023", "2023-Q2"),
    ("Exports in April-March 2020-21 fell.", "April-March 2020-21", "2020-04/2021-03"),
    ("The deficit for March2021 was larger.", "March2021", "2021-03"),
    ("July trade rose 5.7 percent.", "July", "2023-07"),
])
def test_statistical_office_notations(text, phrase, period):
    assert (phrase, period, False) in _exprs(text)


def test_an_amount_after_a_verb_of_change_is_a_change():
    got = _frame("In January, exports were up $1.1 billion from December, and imports fell $735m to $34.9 billion.",
                 day="2024-03-05")
    assert got["$1.1 billion"][1:3] == ("change", "up") and got["$1.1 billion"][3] == "2023-12"
    assert got["$735m"][1:3] == ("change", "down")
    assert got["$34.9 billion"][1:3] == ("level", None)


def test_a_base_left_unsaid_follows_the_article_or_the_period():
    # nothing stated anywhere: a month's flow growth against the same month a year before (as
    # unadjusted monthly sums are reported), a rate's move against the month before, a year
    # against the year before
    got = _frame("In March, exports rose 2%. In 2023, imports rose 4%.")
    assert got["2%"][3] == "2023-03" and got["4%"][3] == "2022"
    got = _frame("In March, the jobless rate fell 0.3 percentage points.")
    assert got["0.3 percentage points"][3] == "2024-02"
    # words that say the month before
    got = _frame("In March, exports rose 2% month-on-month.")
    assert got["2%"][3] == "2024-02"
    # the article says "year on year" once: its other monthly growth rates are year on year too
    got = _frame("In March, exports rose 2% year on year. Imports rose 4% in March.")
    assert got["4%"][3] == "2023-03"


def test_metrics_a_statement_gives_once():
    got = {c.surface: c for c in extract(article_of(
        "India's overall exports in April-March 2020-21 are estimated to be USD 493.19 Billion, exhibiting a "
        "negative growth of 6.66% over the same period last year. The current account deficit rose by £7.1 billion "
        "to £28.5 billion, or 4.2% of GDP.", "2021-04-15"))}
    assert "21" not in got  # part of the date, not a claim
    assert (got["6.66%"].metric, got["6.66%"].role, got["6.66%"].direction) == ("overall exports", "growth", "down")
    assert got["6.66%"].base_period == "2019-04/2020-03"
    assert got["4.2%"].metric == "current account deficit to GDP ratio"


@pytest.mark.parametrize("text,surface,metric", [
    ("Inflation is estimated to average 2.3% in 2024, 2.0% in 2025, and 1.9% in 2026.", "1.9%", "inflation"),
    ("Exports grew 10.3 percent, reaching 1.53 trillion yuan.", "1.53 trillion yuan", "exports"),
    ("Exports in May have grown by 5.7% over the previous month and 15.8% year-on-year to US$32.81 billion.",
     "US$32.81 billion", "exports"),
    ("The number of self-employed fell by 200.", "200", "number of self-employed"),
    ("The increase helped drop the unemployment rate to 5.6%.", "5.6%", "unemployment rate"),
    ("The government had projected total expenditure at Rs 24.57 lakh crore.", "Rs 24.57 lakh crore", "expenditure"),
    ("Imports denominated in RMB fell 2.5% last month.", "2.5%", "imports decline, CNY terms"),
    ("Exports skidded 11.3% year-on-year.", "11.3%", "exports decline"),
    ("Visitor arrivals in the first five months of the year, January to May, totalled 3,735,692.", "3,735,692",
     "visitor arrivals"),
])
def test_open_class_statements(text, surface, metric):
    got = {c.surface: c for c in extract(article_of(text, "2024-06-20"))}
    assert got[surface].metric == metric


def test_a_comparison_side_does_not_date_the_figure_it_is_compared_with():
    got = _frame("In December, the unemployment rate fell to 5.6% compared with 5.9% in November.", day="2024-01-10")
    assert got["5.6%"][0] == "2023-12" and got["5.9%"][0] == "2023-11"


@pytest.mark.parametrize("text,surface,metric", [
    ("China sold 806,000 new energy vehicles in June.", "806,000 new energy vehicles", "sales of new energy vehicles"),
    ("The city spent 3 billion dollars on roads in 2023.", "3 billion dollars", "spending on roads"),
    ("Deliveries rose by 6.9 percent to 4,216,680 vehicles.", "4,216,680 vehicles", "deliveries"),
    ("Domestic sales went up by 10.6 percent to 688,884 units.", "688,884 units", "domestic sales"),
])
def test_what_a_verb_states_of_its_object_or_subject(text, surface, metric):
    got = {c.surface: c for c in extract(article_of(text, "2024-06-20"))}
    assert got[surface].metric == metric


def test_time_in_undated_articles_and_across_clauses():
    undated = Article(id="t", path="t.txt", text="Real GDP increased at an annual rate of 3.0 percent in the second "
                      "quarter of 2024. In the first quarter, real GDP increased 1.4 percent.", sha256="0", date=None)
    got = {c.surface: c for c in extract(undated)}
    assert got["1.4 percent"].period == "2024-Q1"  # the year the text is about
    assert got["3.0 percent"].metric == "real GDP growth"
    got = _frame("Prices rose 0.4% this July after a comparison with July 2023, when prices dropped by 0.4% month on month.",
                 day="2024-08-14")
    assert got  # both 0.4% share a surface; the 'when' clause is checked below
    claims = extract(article_of("It compares with July 2023, when prices dropped by 0.4% month on month.", "2024-08-14"))
    assert claims[0].period == "2023-07"
    got = _frame("Retail sales grew to HK$33.6 billion in March, slightly more than February’s total of HK$33.1 billion.",
                 day="2023-05-04")
    assert got["HK$33.6 billion"][0] == "2023-03" and got["HK$33.1 billion"][0] == "2023-02"
    got = _frame("The CPI rose 0.5 percent after rising 0.2 percent in December.", day="2004-02-20")
    assert got["0.2 percent"][0] == "2003-12" and got["0.5 percent"][0] != "2003-12"


def test_expectations_and_premodified_changes():
    got = {c.surface: c for c in extract(article_of(
        "The trade surplus was US$41.65 billion, higher than the expected $22.3 billion. The narrowing was driven by a "
        "$3.8 billion decrease in exports. Germany exported goods worth 117.8 billion euros.", "2019-06-10"))}
    assert got["$22.3 billion"].metric == "trade surplus, forecast"  # another series than the outcome
    assert got["US$41.65 billion"].metric == "trade surplus"
    assert (got["$3.8 billion"].metric, got["$3.8 billion"].role, got["$3.8 billion"].direction) == ("exports", "change", "down")
    assert got["117.8 billion euros"].metric == "exports of goods"


def test_spans_of_days():
    got = _frame("South Korea's exports increased 5.8 percent on-year in the first 20 days of this month. "
                 "Outbound shipments reached $35.6 billion in the Nov. 1-20 period, compared with $33.8 billion a year earlier.",
                 day="2024-11-21")
    assert got["5.8 percent"][0] == "2024-11-01/2024-11-20" and got["5.8 percent"][3] == "2023-11-01/2023-11-20"
    assert got["$35.6 billion"][0] == "2024-11-01/2024-11-20" and got["$33.8 billion"][0] == "2023-11-01/2023-11-20"
    assert "20 days" not in got  # part of the period, not a claim


def test_a_flow_to_a_partner_keeps_the_article_country():
    text = ("Canada's merchandise exports increased 2.0% in June. Exports to the United States rose 1.2% in June, "
            "while the unemployment rate in the United States was 3.6%. Canada's trade surplus widened.")
    got = {c.surface: c for c in extract(article_of(text, "2022-08-05"))}
    assert got["1.2%"].subject == ["Canada", "United States"]  # Canada's exports to the US
    assert got["3.6%"].subject == ["United States"]  # not a flow between the two


def test_months_of_a_fiscal_year_and_a_month_so_far():
    got = _frame("For the first 10 months of fiscal year 2008, the federal budget deficit was about $371 billion.",
                 day="2008-08-08")
    assert got["about $371 billion"][0] == "2007-10/2008-07"  # the US federal year begins in October
    got = _frame("Exports up to Nov. 20 rose 2.1 percent.", day="2024-11-21")
    assert got["2.1 percent"][0] == "2024-11-01/2024-11-20"


@pytest.mark.parametrize("text,surface,role,direction", [
    # a comparative after the percentage: the change between two readings
    ("Its surplus with Brazil was $2.1 billion, or 8.5 % less.", "8.5 %", "growth", "down"),
    ("Imports reached 612 billion, 2.9% lower year-on-year.", "2.9%", "growth", "down"),
    ("Arrivals were over four per cent higher than a year earlier.", "over four per cent", "growth", "up"),
    # a percentage premodifying a noun of change, with the base between them
    ("The firms posted a 35% year-over-year rise in revenue.", "35%", "growth", "up"),
    # a percentage that complements growth, named before it or by the verb
    ("The growth in services is estimated to be 6.1 percent.", "6.1 percent", "growth", "up"),
    ("The economy is expected to grow at 1.9% next year.", "1.9%", "growth", "up"),
    # ... unless a rate in its own right stands between them
    ("Growth in Europe stayed weak while inflation stood at 6.1 percent.", "6.1 percent", "rate", None),
    ("Growth is a priority; the tax is set at 4.4%.", "4.4%", "rate", None),
    ("A 10% down payment is required.", "10%", "rate", None),
])
def test_percentages_made_changes_by_their_words(text, surface, role, direction):
    got = _frame(text)
    assert got[surface][1:3] == (role, direction)


def test_a_headline_before_any_time_is_about_the_article_period():
    got = _frame("Key figures\n\nExports fell 2% to $31,200m.\n\nIn March 2024, exports fell $640m to $31,200m.")
    assert got["$31,200m"][0] == "2024-03"
    # ... but not about a period still to come: a projection is no headline's time
    got = _frame("The policy rate was kept at 3.25%. Inflation is projected at 2.1% in 2026.")
    assert got["3.25%"][0] is None


def test_a_reduced_relative_clause_dates_its_figure():
    got = _frame("The 48,000 jobs the economy added in March beat forecasts.")
    assert got["48,000 jobs"][0] == "2024-03"


@pytest.mark.parametrize("text,surface,metric", [
    ("The trade deficit increased $3.1 billion, or 6.2 percent, from a year earlier.", "6.2 percent", "trade deficit"),
    ("Exports rose to 410 billion, and imports fell to 388 billion, 1.9% lower year-on-year.", "1.9%", "imports"),
    # a percentage-point change of a share measures what the share does
    ("Steel accounted for 12.4 percent of exports, up 0.8 percentage points from a year earlier.", "0.8 percentage points", None),
])
def test_a_change_named_after_the_number_is_of_the_figure_before_it(text, surface, metric):
    got = {c.surface: c for c in extract(article_of(text, DAY))}
    assert got[surface].metric == (metric or got["12.4 percent"].metric) and got[surface].metric
    assert got[surface].role in ("growth", "change")


def test_the_other_side_of_as_against_has_its_own_period():
    got = _frame("Exports for April-March 2020-21 were USD 290.6 billion (Rs 21.5 lakh crore) as against "
                 "USD 313.4 billion (Rs 22.2 lakh crore) during the period April-March 2019-20, "
                 "registering a negative growth of 7.3%.")
    assert got["USD 313.4 billion"][0] == got["Rs 22.2 lakh crore"][0] == "2019-04/2020-03"
    assert got["7.3%"][0] == "2020-04/2021-03" and got["7.3%"][3] == "2019-04/2020-03"


@pytest.mark.parametrize("text,surface,role", [
    ("Average spending per visitor every night in 2023 stood at 142 US dollars.", "142 US dollars", "rate"),
    ("Hotels recorded a daily arrival average of 3,410 in May.", "3,410", "rate"),
    ("Average hourly earnings rose to $31.20 in June.", "$31.20", "rate"),
    # the figure the average is taken over is no rate
    ("The average growth rate for the 12 member states reached 4 percent.", "12 member states", "level"),
    ("Visitors spent $2.1 billion in 2023.", "$2.1 billion", "level"),
])
def test_amounts_per_person_or_on_average_are_rates(text, surface, role):
    assert _frame(text)[surface][1] == role


def test_a_base_premodifying_its_noun_of_change_is_that_figures():
    got = _frame("In March, turnover was $55.9 billion, a month-on-month increase of 5.3 percent and a "
                 "year-on-year growth of 12.3 percent.")
    assert got["5.3 percent"][3] == "2024-02" and got["12.3 percent"][3] == "2023-03"


def test_a_base_said_once_for_a_paragraph_holds_for_the_changes_after_it():
    got = _frame("In March, exports rose $1.1 billion from February.\n\nYear-over-year, the deficit increased "
                 "$5.1 billion from March 2023. Exports increased $13.3 billion or 7.4 percent.")
    assert got["$13.3 billion"][3] == got["7.4 percent"][3] == "2023-03"


def test_a_heading_naming_a_side_of_an_account_qualifies_the_lines_below():
    text = ("In March 2024, the balance was a surplus of $5,210m.\n\nCredits (exports of goods and services)\n\n"
            "Non-monetary gold fell $735m. Services credits rose $54m.\n\nDebits (imports of goods and services)\n\n"
            "Non-monetary gold rose $225m.\n\nOutlook\n\nGold prices rose $12.")
    got = {c.surface: c.metric for c in extract(article_of(text, DAY))}
    assert got["$735m"].lower().startswith("credits: ") and got["$225m"].lower().startswith("debits: ")
    assert got["$54m"].lower() == "services credits"  # it names its side already
    assert not got["$12"].lower().startswith("debits")  # another heading ends the section


@pytest.mark.parametrize("text,surfaces,role", [
    ("The growth in mining, farming and construction is estimated to be 2 percent, 4.1 percent and 3 percent respectively.",
     ["2 percent", "4.1 percent", "3 percent"], "growth"),
    ("The economy is expected to grow at 1.8% in 2025, 1.4% in 2026.", ["1.8%", "1.4%"], "growth"),
    ("Sales at home were up by 3.2 percent to 51,000 cars and by 5.5 percent to 240,000 units abroad.",
     ["3.2 percent", "5.5 percent"], "growth"),
    # a member with a verb of its own does not share the growth's predicate
    ("Exports grew 5% in 2023, and the unemployment rate stood at 4.1%.", ["4.1%"], "rate"),
    # verbs of proportion state shares; 'making up' is composition, not a rise
    ("Leisure visits accounted for 61 per cent, with business and study making up 14 and 9 per cent respectively.",
     ["61 per cent", "9 per cent"], "share"),
])
def test_lists_share_a_role_and_verbs_of_proportion_state_shares(text, surfaces, role):
    got = _frame(text)
    assert [got[s][1] for s in surfaces] == [role] * len(surfaces)


def test_last_year_as_the_base_of_a_month_is_that_month_a_year_earlier():
    got = _frame("Imports fell 2.5% in March compared with last year.")
    assert got["2.5%"][0] == "2024-03" and got["2.5%"][3] == "2023-03"
    got = _frame("Exports rose 3% in 2023 compared with 2022.")
    assert got["3%"][3] == "2022"  # a year against a year stays a year


@pytest.mark.parametrize("text,surface,metric", [
    ("The private sector, including construction firms, accounted for US$52.4 billion.", "US$52.4 billion", "private sector"),
    ("Debt-servicing costs, including interest payments, are projected to rise 9.2 percent.", "9.2 percent", "debt-servicing costs"),
    ("The budget, to be submitted to parliament next month, stands at 98.1 trillion yen.", "98.1 trillion yen", "budget"),
    ("Bond issuance will rise only marginally, from 27.4 trillion yen to 28.1 trillion yen.", "27.4 trillion yen", "bond issuance"),
])
def test_a_phrase_set_off_between_subject_and_verb_keeps_the_subject(text, surface, metric):
    got = {c.surface: c for c in extract(article_of(text, DAY))}
    assert (got[surface].metric or "").lower().startswith(metric)


@pytest.mark.parametrize("text,surface,direction", [
    ("The increase in imports mostly reflected an increase in consumer goods ($3.1 billion).", "$3.1 billion", "up"),
    ("The fall in exports reflected a decline in fuel shipments (€0.4 billion).", "€0.4 billion", "down"),
    ("Full-time employment stood at -12.5k in March.", "12.5k", "down"),
])
def test_bracketed_amounts_of_a_change_and_counts_below_zero_are_changes(text, surface, direction):
    assert _frame(text)[surface][1:3] == ("change", direction)


def test_a_way_of_travel_tells_series_apart():
    text = ("In May, road travel generated 1,420 million passengers, down by 28%. Airlines carried 11.3 million "
            "passengers, down by 48.7% and 1.8 million passengers travelled on trains, down 47.7%. "
            "Traffic by all modes including air, bus and rail totalled 1,515 million passengers.")
    got = {c.surface: c.metric for c in extract(article_of(text, DAY))}
    assert got["1,420 million passengers"].endswith("by road") and "by road" in got["28%"]
    assert got["11.3 million passengers"].endswith("by air") and "by air" in got["48.7%"]
    assert got["1.8 million passengers"].endswith("by rail")
    assert not got["1,515 million passengers"].endswith(("by air", "by road", "by rail"))  # all modes: the total


@pytest.mark.parametrize("text,surface,metric", [
    ("The maker posted a fall of 38% in sales on a yearly basis.", "38%", "sales"),
    ("It reported a decline of 4.2 percent in crude steel output in May.", "4.2 percent", "crude steel output"),
    # a currency of account is no series, only a qualifier of the subject's
    ("Imports showed an increase of 12% in Dollar terms.", "12%", "imports growth, USD terms"),
])
def test_the_series_of_a_change_may_follow_the_figure(text, surface, metric):
    got = {c.surface: c for c in extract(article_of(text, DAY))}
    assert got[surface].metric == metric


@pytest.mark.parametrize("text,surface,metric", [
    # a segment's balance keeps the segment: it is not the total balance of the same month
    ("Indonesia’s oil and gas balance saw a $3.08 billion deficit in July 2022.", "$3.08 billion", "oil and gas deficit"),
    ("The trade balance posted a $5.2 billion surplus in May.", "$5.2 billion", "trade surplus"),
])
def test_a_balance_named_before_its_figure_names_the_deficit_or_surplus(text, surface, metric):
    got = {c.surface: c for c in extract(article_of(text, DAY))}
    assert got[surface].metric == metric


@pytest.mark.parametrize("text,phrase", [
    ("Prices in March year-on-year rose 4%.", "March"),
    ("Exports in June year on year fell.", "June"),
])
def test_a_month_before_year_on_year_is_the_month(text, phrase):
    # 'year' after a month is a year named by its last month only when nothing makes it a comparison
    got = [(t, p) for t, p, _ in _exprs(text)]
    assert got and got[0][0] == phrase and not got[0][1].count("/")


def test_every_rule_a_family_declares_is_in_the_book_once():
    # the families (periods/rules/) declare rules; grammar.TRIED enters them in the order tried:
    # a rule declared and left out of it would never run
    import importlib
    import pkgutil

    from factcheck.extract.periods import grammar, rules

    declared = {fn for info in pkgutil.iter_modules(rules.__path__)
                for fn in vars(importlib.import_module(f"{rules.__name__}.{info.name}")).values()
                if callable(fn) and isinstance(getattr(fn, "rule", None), dict)}
    assert len(declared) == len(grammar.TRIED) == len(set(grammar.TRIED)) == len(grammar._BOOK.rules)
    assert declared == set(grammar.TRIED)
    assert [reader for _, reader, _, _ in grammar._BOOK.rules] == list(grammar.TRIED)


def test_a_sentences_needs_are_answered_from_its_features_and_each_asked_once(monkeypatch):
    # the rules' needs (cheap tests that a sentence may hold a rule's phrase) are read off
    # the sentence's tokens, digits and months at once; only a need left unmet is asked its
    # strings and pattern, once a sentence, and a need of words alone never is
    text = "Exports rose 5% in the first quarter of fiscal 2024 from a year earlier."
    met = periods.grammar._BOOK.index().met(rulebook.Features(text))
    kit = periods.rules.kit  # (the needs the rules share)
    assert {kit.T_PART, kit.T_FISCAL, kit.T_DIGIT} <= met and kit.T_MONTH not in met
    asked = []
    rest = rulebook.Needs.rest
    monkeypatch.setattr(rulebook.Needs, "rest", lambda self, f: asked.append(self) or rest(self, f))
    assert _exprs(text) == [("the first quarter of fiscal 2024", "2024-Q1", False), ("a year earlier", None, True)]
    assert asked and len(asked) == len(set(asked))
    assert all(t.subs or t.regex is not None for t in asked)
