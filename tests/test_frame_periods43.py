"""Time classes read on the spent sets in round 43, each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("text", [
    # the day a source spoke, after an attribution, dates the telling, not the figures
    "Airport passengers reached 3.2 million in 2023, up 12% on 2022, according to the aviation "
    "authority's director, on March 4, 2024.\n\nDomestic passengers were 1.1 million.",
    "Airport passengers reached 3.2 million in 2023, up 12% on 2022, the minister told reporters "
    "on 4 March 2024.\n\nDomestic passengers were 1.1 million.",
])
def test_the_day_a_source_spoke_dates_neither_the_figures_nor_the_paragraphs_after(text):
    c = frames_by_surface(text, "2024-03-06")
    assert (c["3.2 million"].period, c["12%"].period, c["12%"].base_period) == ("2023", "2023", "2022")
    assert c["1.1 million"].period == "2023"


def test_a_stock_held_on_a_day_the_source_names_keeps_that_day():
    # the day belongs to the figure here: a figure stands between the verb and the day
    text = "The governor said reserves stood at $4.1 billion on 31 March 2024."
    assert frames_by_surface(text, "2024-04-10")["$4.1 billion"].period == "2024-03-31"


def test_figures_told_on_a_day_continue_the_period_the_text_before_set():
    text = ("Cargo through the port from 1 January to 20 November 2023 grew 4 percent on the same period "
            "in 2022.\n\nAccording to data released by the port authority on 27 November, 8.1 million tonnes "
            "were handled, against 7.8 million tonnes for the same period last year.")
    c = frames_by_surface(text, "2023-11-30")
    assert c["8.1 million tonnes"].period == "2023-01-01/2023-11-20"
    assert c["7.8 million tonnes"].period == "2022-01-01/2022-11-20"


def test_a_day_told_with_nothing_before_still_dates_a_reading():
    text = "The statistics office said on 3 May 2023 that 12,400 people were registered as unemployed."
    assert frames_by_surface(text, "2023-05-05")["12,400 people"].period == "2023-05-03"


def test_myanmar_returned_to_an_april_fiscal_year_in_2022():
    text = ("Myanmar's exports were $16.6 billion in the 2022-2023 fiscal year, $15.1 billion in the "
            "2019-2020 fiscal year and $11.5 billion in the 2016-2017 fiscal year.")
    c = frames_by_surface(text, "2023-06-01")
    assert c["$16.6 billion"].period == "2022-04/2023-03"
    assert c["$15.1 billion"].period == "2019-10/2020-09"
    assert c["$11.5 billion"].period == "2016-04/2017-03"


@pytest.mark.parametrize("text, figure, period", [
    ("In March, the statistics office reported that retail sales had risen 4.1% in the fourth quarter of 2023.",
     "4.1%", "2023-Q4"),
    ("In early June the ministry said exports grew 7 percent in 2023.", "7 percent", "2023"),
])
def test_the_month_a_source_reported_in_dates_the_telling_when_the_figure_has_its_own_time(text, figure, period):
    assert frames_by_surface(text, "2024-06-20")[figure].period == period


def test_the_month_of_a_report_with_no_other_time_still_dates_its_figure():
    text = "In March, the statistics office reported that 3,200 firms had closed."
    assert frames_by_surface(text, "2024-06-20")["3,200 firms"].period == "2024-03"


@pytest.mark.parametrize("text, date, period", [
    # Australia's fiscal year runs July–June: its budget's first quarter is July–September
    ("The fiscal update for the first quarter showed the Australian government's budget deficit narrowed "
     "to A$4.1 billion.", "2023-11-15", "2023-Q3"),
    ("The fiscal update for the first quarter showed the Australian government's budget deficit narrowed "
     "to A$4.1 billion.", "2023-06-15", "2022-Q3"),
])
def test_a_bare_quarter_of_public_finances_is_the_fiscal_years(text, date, period):
    assert frames_by_surface(text, date)["A$4.1 billion"].period == period


def test_a_bare_quarter_of_anything_else_stays_the_calendar_quarter():
    text = "Australian retail sales rose to A$36.1 billion in the first quarter."
    assert frames_by_surface(text, "2023-11-15")["A$36.1 billion"].period == "2023-Q1"


def test_a_bare_half_in_a_report_on_the_financial_year_is_its_half():
    text = ("Egypt's deficit in the year's first half was 30 per cent of the total planned for the "
            "entire financial year, the finance ministry said.")
    assert frames_by_surface(text, "2023-02-10")["30 per cent"].period == "2022-H2"


@pytest.mark.parametrize("text, figure, period", [
    ("The agency reports a 9 percent increase in hotel guests in the first quarter of 2019.", "9 percent", "2019-Q1"),
    ("Officials cite a 12% drop in grain shipments during the first half of 2021.", "12%", "2021-H1"),
])
def test_the_noun_of_change_a_determined_figure_premodifies_is_no_verb(text, figure, period):
    lead = "Visitors were up 5 percent in January and February.\n"
    assert frames_by_surface(lead + text, None)[figure].period == period


@pytest.mark.parametrize("text, figure", [
    ("Car sales rose 4% in 2022.\n\nExcluding fleet orders placed in 2021, sales rose by 6.5% compared to the "
     "previous year.", "6.5%"),
    ("Car sales rose 4% in 2022.\n\nApart from the one-off sale of 12 aircraft in 2021, exports grew by 9% on the "
     "year before.", "9%"),
])
def test_a_time_inside_a_fronted_exclusion_dates_what_is_left_out(text, figure):
    c = frames_by_surface(text, "2023-02-01")[figure]
    assert (c.period, c.base_period) == ("2022", "2021")


def test_a_time_after_the_fronted_exclusion_dates_the_figure():
    text = "Excluding fleet orders, sales rose by 6.5% in 2021 compared with 2020."
    c = frames_by_surface(text, "2023-02-01")["6.5%"]
    assert (c.period, c.base_period) == ("2021", "2020")


@pytest.mark.parametrize("text, figure, period", [
    ("Since 1 March 2024, the port has handled 310 cruise calls.", "310 cruise calls", "2024-03-01/2024-08-20"),
    ("Since January, the agency has issued 8,200 work permits.", "8,200 work permits", "2024-01-01/2024-08-20"),
])
def test_a_flow_counted_since_a_day_or_month_runs_to_the_article_date(text, figure, period):
    assert frames_by_surface(text, "2024-08-20")[figure].period == period


def test_since_a_month_with_a_change_stays_the_base():
    c = frames_by_surface("Rents have risen 6% since March 2024.", "2024-08-20")["6%"]
    assert c.base_period == "2024-03"


def test_a_day_on_the_first_of_a_month_is_no_month_an_earlier_year_is_moved_into():
    text = "Exports totalled $4.2 billion in 2023, up 6% on 2022, the ministry said on 1 March 2024."
    c = frames_by_surface(text, "2024-03-03")["6%"]
    assert (c.period, c.base_period) == ("2023", "2022")


def test_a_measure_of_change_after_a_colon_keeps_the_verb_before_it():
    text = ("Tea and coffee shipments contracted in the third quarter compared with the second: by 4.2% "
            "and 7.5% respectively.")
    c = frames_by_surface(text, "2023-11-01")
    assert (c["4.2%"].role, c["4.2%"].direction) == ("growth", "down")
    assert (c["7.5%"].role, c["7.5%"].direction) == ("growth", "down")


def test_a_numbered_list_under_a_lead_that_is_as_follows_takes_the_leads_series():
    text = ("Rice exports reached 7.1 million tonnes in 2022.\n\n"
            "The volume of rice shipped to the main buyers was as follows:\n\n"
            "1. Senegal's 1,204,000 tonnes, up 8%\n\n"
            "2. Ghana 933,000 tonnes, down 3%")
    c = frames_by_surface(text, "2023-02-01")
    for figure in ("1,204,000 tonnes", "933,000 tonnes"):
        assert c[figure].metric == "volume of rice shipped to the main buyers"
    assert c["1,204,000 tonnes"].subject == ["Senegal"]
    assert c["8%"].period == "2022"


def test_a_run_counted_since_a_month_is_no_flow_to_the_article_date():
    text = ("The statistics office said on Monday that the trade balance was in surplus in July, making it "
            "the 27th consecutive month that exports exceeded imports since May 2020.")
    assert frames_by_surface(text, "2022-08-15")["27th consecutive month"].period == "2022-07"


@pytest.mark.parametrize("text, figure, direction", [
    ("Customs duties outperformed the initial projections by 9% in the third quarter.", "9%", "up"),
    ("Hotel receipts underperformed last year's figure by 6%.", "6%", "down"),
])
def test_verbs_of_surpassing_measure_a_change_by_their_by_phrase(text, figure, direction):
    c = frames_by_surface(text, "2019-10-01")[figure]
    assert (c.role, c.direction) == ("growth", direction)


def test_a_change_after_an_outturn_is_measured_from_the_plan_before_it():
    text = ("Port fees were budgeted to yield $40,318,250, but have reached $46,385,733, an increase of "
            "$6,067,483 or 15 percent.")
    c = frames_by_surface(text, "2022-03-01")
    assert c["$40,318,250"].context.get("compared")
    assert (c["$6,067,483"].base_period, c["15 percent"].base_period) == (None, None)
    assert c["$6,067,483"].context.get("base_plan") and c["15 percent"].context.get("base_plan")


@pytest.mark.parametrize("wrong", ["$6,607,483", "18 percent"])
def test_a_change_from_the_plan_that_misses_its_difference_is_flagged(wrong):
    from conftest import inconsistent
    text = ("Port fees were budgeted to yield $40,318,250, but have reached $46,385,733, an increase of "
            "$6,067,483 or 15 percent.")
    assert not inconsistent(text, "2022-03-01")
    slipped = text.replace("$6,067,483" if wrong.startswith("$") else "15 percent", wrong)
    assert wrong in inconsistent(slipped, "2022-03-01")


_PLAN_THEN_OUTTURN = ("Stamp duty was expected to bring in $12,640,118. However, so far it has yielded $14,215,903, an "
                      "increase of $1,575,785 or 12.5 percent.")


def test_a_change_in_the_sentence_that_turns_from_a_plan_is_measured_from_it():
    from conftest import inconsistent
    c = frames_by_surface(_PLAN_THEN_OUTTURN, "2022-03-01")
    assert c["$12,640,118"].context.get("compared") and c["$1,575,785"].context.get("base_plan")
    assert not inconsistent(_PLAN_THEN_OUTTURN, "2022-03-01")
    assert "$1,575,785m" in inconsistent(_PLAN_THEN_OUTTURN.replace("$1,575,785", "$1,575,785m"), "2022-03-01")
    assert "$1,557,785" in inconsistent(_PLAN_THEN_OUTTURN.replace("$1,575,785", "$1,557,785"), "2022-03-01")


def test_no_plan_is_read_across_a_sentence_that_does_not_turn_from_it():
    text = _PLAN_THEN_OUTTURN.replace("However, so far it", "It")
    assert not frames_by_surface(text, "2022-03-01")["$12,640,118"].context.get("compared")


@pytest.mark.parametrize("text, date, figure, period", [
    ("Spending for the fiscal year has been revised to A$690.4 billion, the Australian Treasurer said.",
     "2024-12-18", "A$690.4 billion", "2024-07/2025-06"),
    ("Namibia's revenue for the financial year is now projected at N$78.2 billion.", "2024-10-30",
     "N$78.2 billion", "2024-04/2025-03"),
])
def test_the_bare_fiscal_year_of_a_place_with_one_is_the_current_one(text, date, figure, period):
    assert frames_by_surface(text, date)[figure].period == period


def test_the_end_of_the_fiscal_year_is_no_whole_year():
    text = "Namibia's public debt is projected at N$170.1 billion at the end of the financial year."
    assert frames_by_surface(text, "2024-10-30")["N$170.1 billion"].period != "2024-04/2025-03"
