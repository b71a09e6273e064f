"""Time classes that cost period and base-period accuracy on the newest spent sets (period41:
misses of cr–cv, cm–cq and ch–cl tabled by phrasing class), each in our own sentences."""

from __future__ import annotations

import datetime

import pytest

from conftest import frames_by_surface
from factcheck.extract import periods


def _frames(text: str, date: str | None) -> dict:
    return {k: (c.period, c.base_period) for k, c in frames_by_surface(text, date).items()}


def _read(sentence: str, date: str, topic: str | None = None) -> list[tuple[str, str | None]]:
    d = datetime.date.fromisoformat(date)
    ctx = periods.TimeContext(d, d.year, None, topic_year=d.year, topic=topic)
    return [(e.text, e.period) for e in periods.find(sentence, ctx)]


# -- a period pointed back to by a demonstrative ("In this period, …") -----------------------

def test_a_paragraph_opening_with_this_period_goes_on_with_the_period_just_reported():
    # the opening names a year still to come (a rule's); the report's period follows, and the
    # next paragraph points back to it: its figures are that period's, and so are the
    # paragraphs after it that name no time
    text = ("When entering the country in 2031, visitors must show 90 euros for each day of their stay.\n\n"
            "The board adopted the review of trade for January-June 2030, which puts total trade at "
            "4.2 billion euros.\n\n"
            "In this period, the deficit narrowed by 2.1 percent in comparison with 2029 and came to 1.3 billion euros.\n\n"
            "Germany took 14.5 percent of exports.")
    f = _frames(text, "2030-08-20")
    assert f["1.3 billion euros"][0] == "2030-H1"
    assert f["2.1 percent"] == ("2030-H1", "2029-H1")
    assert f["14.5 percent"][0] == "2030-H1"


def test_a_new_paragraph_without_the_demonstrative_still_returns_to_the_main_period():
    text = ("Imports reached $4.1 billion in the second quarter of 2031.\n\n"
            "Back in 2019, the port handled $2.2 billion of goods.\n\n"
            "Exports rose 3 percent.")
    assert _frames(text, "2031-08-02")["3 percent"][0] == "2031-Q2"


@pytest.mark.parametrize("sentence", [
    "During the same period, wool sales came to 12 million dollars.",
    "Over this period, wool sales came to 12 million dollars.",
])
def test_a_demonstrative_period_is_the_text_s_last_period(sentence):
    assert _read(sentence, "2030-05-03", topic="2030-Q1") == [(sentence.split(",")[0], "2030-Q1")]


@pytest.mark.parametrize("sentence", [
    # it names its own span: the demonstrative points to that one
    "In the first four months of last year, exports stood at $16 billion, while imports during this period were $19 billion.",
    # a change between the two ends of a span
    "Among women, unemployment fell from 4% to 3.3% during the same period.",
    # a comparison base, and a period that names its year
    "Sales rose 4 percent compared with the same period last year.",
    "In the same period of 2028, sales were 5 million.",
])
def test_a_demonstrative_beside_another_time_or_a_change_between_two_ends_takes_no_topic(sentence):
    assert all(p != "2030-Q1" for _, p in _read(sentence, "2030-05-03", topic="2030-Q1"))


def test_the_same_period_as_a_comparison_is_never_the_text_s_period():
    f = _frames("Rice exports reached 2.3 million tonnes in January-May 2030. "
                "Exports of maize rose 11 percent from the same period last year.", "2030-06-12")
    assert f["11 percent"] == ("2030-01/2030-05", "2029-01/2029-05")


def test_a_paragraph_pointing_back_to_the_base_of_the_main_period_stays_with_the_main_period():
    # the figures said last were the same span a year earlier (the comparison's): "this period"
    # in the next paragraph is still the report's
    text = ("Output from January through June 2030 came to 90 billion rupees, up 4.1 percent from the "
            "same period of 2029 (86.5 billion rupees).\n\n"
            "Mining output for the corresponding period was 20 billion rupees, up 2.2 percent from the same "
            "period last year (19.6 billion rupees).\n\n"
            "During this period the output of factories rose by 6.6 percent, reaching 44 billion rupees.")
    f = _frames(text, "2030-07-20")
    assert f["44 billion rupees"][0] == "2030-H1"


# -- a bracket that gives a span with its years glosses the name before it ---------------------

@pytest.mark.parametrize("sentence, text, period", [
    ("In the first half of the current ski season 2030/31 (November 2030 to January 2031), guests spent "
     "12.2 million nights in the region.",
     "the first half of the current ski season 2030/31 (November 2030 to January 2031)", "2030-11/2031-01"),
    ("Sugar output in the 2029/30 season (October 2029 - September 2030) was 8 million tonnes.",
     "the 2029/30 season (October 2029 - September 2030)", "2029-10/2030-09"),
])
def test_a_dated_bracket_after_a_named_span_is_that_span(sentence, text, period):
    assert (text, period) in _read(sentence, "2031-03-01")


def test_a_dated_bracket_of_another_time_glosses_nothing():
    got = _read("Exports in 2031 (against April 2029 to June 2029) rose 5 percent.", "2031-09-01")
    assert ("2031", "2031") in got


def test_a_dated_bracket_does_not_swallow_a_base_before_it():
    got = _read("Sales rose 5 percent from a year earlier in the quarter (March 2031 to May 2031).", "2031-07-01")
    assert all("a year earlier" not in t or "(" not in t for t, _ in got)


# -- "the n-month period of <year>" ------------------------------------------------------------

@pytest.mark.parametrize("sentence, period", [
    ("Guest numbers rose 12.5 per cent in the seven-month period of 2030.", "2030-01/2030-07"),
    ("Hotel revenue in the 5-month period of last year was 40 million rials.", "2029-01/2029-05"),
    ("Hotel revenue in the 11 months period of 2030 was 40 million rials.", "2030-01/2030-11"),
])
def test_an_n_month_period_of_a_year_is_its_first_n_months(sentence, period):
    [(_, got)] = [(t, p) for t, p in _read(sentence, "2030-12-20") if "period" in t]
    assert got == period


def test_an_n_month_period_without_its_year_is_not_read_as_the_calendar_s_opening():
    # ("the six-month period ending June 30" names its end; "a 12-month period" is a window)
    assert _read("Gold sales in the six-month period ending June 30 were $3 billion.", "2030-08-01") == [
        ("the six-month period ending June 30", "2030-H1")]


# -- a bare year compared with the same part of another year, in a text about a part of it ----

def test_a_bare_year_set_against_the_same_part_of_another_year_is_that_part():
    text = ("Ghana's fish exports reached $88.4 million from January to August 2030. "
            "Shrimp exports were valued at $21.5 million in 2030, 14.2 per cent above the comparable 2029 period. "
            "Tuna sales came to $9.1 million, down from $10.3 million in the 2029 period.")
    f = _frames(text, "2030-10-02")
    assert f["$21.5 million"][0] == "2030-01/2030-08"
    assert f["14.2 per cent"] == ("2030-01/2030-08", "2029-01/2029-08")
    assert f["$10.3 million"][0] == "2029-01/2029-08"


def test_a_bare_year_without_such_a_comparison_stays_the_year():
    text = ("Ghana's fish exports reached $88.4 million from January to August 2030. "
            "The ministry expects $130 million in 2030.")
    assert _frames(text, "2030-10-02")["$130 million"][0] == "2030"


def test_a_whole_year_named_by_its_months_is_no_part_of_a_month():
    # "From January to December 2011" after a report on December: the whole year
    text = ("In December 2031, tourists made 16,369 arrivals, 16.1% more than in December 2030. "
            "From January to December 2031, tourists made 1,373,454 arrivals, 8.7% more compared to the same period last year.")
    assert _frames(text, "2032-01-30")["8.7%"] == ("2031", "2030")


# -- two years with a slash in a text about a fiscal year --------------------------------------

def test_a_slashed_pair_of_years_in_a_text_about_a_fiscal_year_is_a_fiscal_year():
    text = ("The Bermuda Government collected $1.2 billion in revenue in fiscal year 2029/2030. "
            "That will cover 96.5% of the Government's 2030/2031 planned expenditure of $1.3 billion.")
    f = _frames(text, "2030-05-02")
    assert f["$1.3 billion"][0] == f["96.5%"][0] == "2030-04/2031-03"


def test_a_slashed_pair_of_years_in_other_text_stays_the_years_it_spans():
    # (a season or a school year, in a text that names no fiscal year)
    text = ("Ski resorts sold 2.1 million passes last winter. "
            "Operators expect 2.3 million visitors in the 2030/2031 season.")
    assert _frames(text, "2030-05-02")["2.3 million visitors"][0] != "2030-04/2031-03"


# -- fiscal calendars --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, period", [
    ("Saint Lucia's government expects an overall deficit of EC$394.6 million for the fiscal year 2022-2023.",
     "EC$394.6 million", "2022-04/2023-03"),
    ("St. Lucia collected EC$1.68 billion in revenue in fiscal 2024.", "EC$1.68 billion", "2023-04/2024-03"),
])
def test_saint_lucia_s_fiscal_year_runs_april_to_march(sentence, figure, period):
    assert _frames(sentence, "2024-06-01")[figure][0] == period


@pytest.mark.parametrize("sentence, fiscal", [
    ("The grant covers 40% of the Government's 2030/2031 planned spending.", True),
    ("From the beginning of the 2030/2031 agri-year, the country exported 19 million tonnes.", False),
    ("Clubs expect record crowds in the 2030/2031 season.", False),
])
def test_a_slashed_pair_of_years_naming_another_kind_of_year_is_not_the_fiscal_year(sentence, fiscal):
    ctx = periods.TimeContext(datetime.date(2030, 5, 2), 2030, None, topic="2029-04/2030-03", topic_fiscal=True)
    got = [e.period for e in periods.find(sentence, ctx) if e.fiscal]
    assert (got == ["2030-04/2031-03"]) == fiscal


# -- a budget's flow at the end of a month is counted from January -----------------------------

@pytest.mark.parametrize("sentence, figure, period", [
    ("Ruritania's state budget ran a deficit of 812.4 million crowns at the end of October.", "812.4 million crowns", "2031-01/2031-10"),
    ("The central budget's revenue reached 9.1 billion crowns at end-October.", "9.1 billion crowns", "2031-01/2031-10"),
    # a stock at a month's end is that month's
    ("Ruritania's public debt stood at 45.2 billion crowns at the end of October, the budget office said.", "45.2 billion crowns", "2031-10"),
    # a balance of payments figure is no budget's: the month's own
    ("The current account surplus rose to 1.64 billion crowns at the end of October.", "1.64 billion crowns", "2031-10"),
])
def test_a_budget_flow_at_the_end_of_a_month_is_the_year_to_that_month(sentence, figure, period):
    assert _frames(sentence, "2031-11-20")[figure][0] == period


# -- two years with a hyphen after the text has named fiscal years -----------------------------

def test_hyphenated_years_in_a_text_about_fiscal_years_are_fiscal_years():
    text = ("Kenya exported 51,200 tonnes of tea in 2026-2027 FY and 49,800 tonnes in 2027-2028 FY.\n\n"
            "Auctions took 61 per cent of sales in 2026-2027 and 64 per cent in 2027-2028.")
    f = _frames(text, "2028-10-02")
    assert f["51,200 tonnes"][0] == "2026-07/2027-06"
    assert f["49,800 tonnes"][0] == "2027-07/2028-06"
    assert f["61 per cent"][0] == "2026-07/2027-06"
    assert f["64 per cent"][0] == "2027-07/2028-06"


@pytest.mark.parametrize("text, figure", [
    # no fiscal year named: the years a span runs over
    ("Kenya's tea exports grew by 12 per cent in 2026-2027.", "12 per cent"),
    # a year of another kind
    ("Kenya exported 51,200 tonnes of tea in 2026-2027 FY. Coffee sales reached 9,400 tonnes in the "
     "2026-2027 cycle.", "9,400 tonnes"),
])
def test_hyphenated_years_elsewhere_are_no_fiscal_year(text, figure):
    assert _frames(text, "2028-10-02")[figure][0] != "2026-07/2027-06"


# -- a year still running, set against the year before, in a report on its first months --------

def test_a_running_year_against_the_year_before_is_the_year_so_far():
    text = ("Mauritius recorded 98,200 visitors in February 2031, 6% more than in February 2030.\n\n"
            "Overall, arrivals from Europe increased by 4% in 2031 compared to 2030.")
    assert _frames(text, "2031-03-10")["4%"] == ("2031-01/2031-02", "2030-01/2030-02")


@pytest.mark.parametrize("second, figure", [
    # a year that has ended is the year
    ("Overall, arrivals from Europe increased by 4% in 2030 compared to 2029.", "4%"),
    # an outlook for the running year is the whole year
    ("Arrivals are expected to increase by 4% in 2031 compared to 2030.", "4%"),
])
def test_a_finished_year_or_an_outlook_stays_the_whole_year(second, figure):
    text = "Mauritius recorded 98,200 visitors in February 2031, 6% more than in February 2030.\n\n" + second
    period, _ = _frames(text, "2031-03-10")[figure]
    assert period is None or len(period) == 4
