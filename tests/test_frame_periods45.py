"""Period mechanisms of session 25 (period45), each in our own sentences: a cumulative span
told from the start of the year to a month; the part of a year a coordinated "this year"
leaves unsaid (gapping); a demonstrative "the period" anywhere in a sentence carrying the
span the figures before it were for; a fiscal year named by two full years; the base after
"up <amount> on"."""

from __future__ import annotations

import datetime

import pytest

from factcheck.extract import periods
from test_frame_periods41 import _frames, _read


# -- from the start of the year to a month: one span, January to that month --------------------

@pytest.mark.parametrize("sentence, span", [
    ("Wool shipments from the start of the year through July totalled 41,000 bales.", "2031-01/2031-07"),
    ("Since the beginning of this year until the end of June, the mint struck 9 million coins.", "2031-H1"),
    ("Toll receipts since the outset of the current year until last month came to $82 million.", "2031-01/2031-08"),
    ("From the beginning of the year to March 2030, ferry crossings numbered 12,400.", "2030-Q1"),
    ("Ferry crossings numbered 12,400 so far this year through May.", "2031-01/2031-05"),
])
def test_from_the_start_of_the_year_to_a_month_is_january_to_that_month(sentence, span):
    got = _read(sentence, "2031-09-14")
    assert [p for _, p in got] == [span]


@pytest.mark.parametrize("sentence, want", [
    # "the year to July" with no start named: the twelve months ending in July (unchanged)
    ("Wool shipments in the year to July totalled 41,000 bales.", "2030-08/2031-07"),
    # a day closes it: the day rule reads it, to that day
    ("From the start of the year until July 12, wool shipments totalled 41,000 bales.", "2031-01-01/2031-07-12"),
    # no end named: the year so far
    ("Since the start of the year, wool shipments rose 4 percent to 41,000 bales.", "2031-01/2031-08"),
])
def test_other_spans_told_from_the_start_of_the_year_are_unchanged(sentence, want):
    assert [p for _, p in _read(sentence, "2031-09-14")] == [want]


def test_a_span_from_the_start_of_the_year_dates_its_figures_in_an_article():
    f = _frames("Since the beginning of the current year until last month, the smelter produced "
                "64,000 tonnes of aluminium.", "2031-09-14")
    assert f["64,000 tonnes"][0] == "2031-01/2031-08"


# -- gapping: "N in <month> <earlier year> and M this year" ------------------------------------

@pytest.mark.parametrize("sentence, first, second", [
    ("Cruise calls fell to 31 in April 2030 and 27 this year.", "2030-04", "2031-04"),
    ("The shortfall was $6 million in the second quarter of last year, against $9 million this year.", "2030-Q2", "2031-Q2"),
    ("Ridership was 1.2 million in May last year but only 0.9 million this year.", "2030-05", "2031-05"),
])
def test_a_coordinated_this_year_takes_the_part_of_the_year_the_first_figure_named(sentence, first, second):
    got = [p for _, p in _read(sentence, "2031-09-14")]
    assert got == [first, second]


@pytest.mark.parametrize("sentence, second", [
    # the part of this year has not ended by the article's date: the whole year stays
    ("Cruise calls fell to 31 in November 2030 and 27 this year.", "2031"),
    # no figure coordinated: a verb of its own for the year
    ("Cruise calls fell to 31 in April 2030 and recovered strongly this year.", "2031"),
    # an outlook for the whole year
    ("Cruise calls fell to 31 in April 2030 and 40 are expected this year.", "2031"),
    # "so far this year" is a span of its own
    ("Cruise calls fell to 31 in April 2030 and 27 so far this year.", "2031-01/2031-08"),
])
def test_a_this_year_that_is_no_gapped_part_stays_as_it_reads(sentence, second):
    assert [p for _, p in _read(sentence, "2031-09-14")][-1] == second


def test_gapped_figures_in_an_article():
    f = _frames("Ridership was 1.2 million in May last year and 0.9 million this year.", "2031-09-14")
    assert f["1.2 million"][0] == "2030-05"
    assert f["0.9 million"][0] == "2031-05"


# -- "for the period": a bare demonstrative, anywhere in the sentence --------------------------

@pytest.mark.parametrize("sentence", [
    "Hotels also reported higher occupancy for the period, at 71 percent.",
    "Pepper growers earned $4 million during the period.",
])
def test_a_bare_the_period_is_the_text_s_last_period(sentence):
    got = _read(sentence, "2031-05-03", topic="2031-Q1")
    assert [p for _, p in got] == ["2031-Q1"]


@pytest.mark.parametrize("sentence", [
    "Pepper growers earned $4 million for the period January to March.",
    "Pepper growers earned $4 million during the period of 2029 to 2030.",
    "Pepper growers earned $4 million over the period from 2029 to 2030.",
])
def test_the_period_that_names_its_own_span_is_no_demonstrative(sentence):
    got = _read(sentence, "2031-05-03", topic="2030-Q4")
    assert "2030-Q4" not in [p for _, p in got]


@pytest.mark.parametrize("pointer, want", [
    # the main period is the month; a paragraph reports the first half, and the next one
    # points back to it with "for the period" after its subject
    (" for the period", "2031-H1"),
    # no demonstrative: a new paragraph that names no time is about the main period
    ("", "2031-08"),
])
def test_a_sentence_pointing_back_mid_way_goes_on_with_the_span_before_it(pointer, want):
    text = ("Pepper exports reached $12 million in August 2031, the board said.\n\n"
            "In the first half, pepper exports totalled $69 million.\n\n"
            f"Cardamom growers also saw higher earnings{pointer}, at $22 million.")
    assert _frames(text, "2031-09-20")["$22 million"][0] == want


def test_pointing_back_to_last_year_s_figures_does_not_carry_them():
    # the figures before were the other side of the comparison (a year earlier): the
    # demonstrative is about the text's own period
    text = ("Pepper exports reached $81 million in January-August 2031.\n\n"
            "In 2030, pepper exports were $70 million.\n\n"
            "Cardamom exports rose 5 percent to $22 million in the same period.")
    f = _frames(text, "2031-09-20")
    assert f["$22 million"][0] == "2031-01/2031-08"


# -- a fiscal year named by both years in full before "fiscal year" ------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("The shortfall for the first five months of the 2030-2031 fiscal year was $88m.", "2030-04/2030-08"),
    ("The shortfall for the 2030/2031 financial year was $88m.", "2030-04/2031-03"),
])
def test_two_full_years_before_fiscal_year_name_one_fiscal_year(sentence, want):
    assert [p for _, p in _read(sentence, "2031-09-14")] == [want]


@pytest.mark.parametrize("sentence, want", [
    # no word of a fiscal year: the calendar months of the first year named
    ("The shortfall for the first five months of 2030-2031 was $88m.", "2030-01/2030-05"),
    ("The shortfall for the first five months of 2030 was $88m.", "2030-01/2030-05"),
])
def test_two_years_without_fiscal_words_stay_calendar_years(sentence, want):
    assert [p for _, p in _read(sentence, "2031-09-14")][0] == want


# -- "up <amount> <unit> on <time>": the time after 'on' is the base of the change ------------------

@pytest.mark.parametrize("sentence", [
    "Ferry traffic was 81,000 cars in 2030, up 6.2 thousand cars on the previous year.",
    "Ferry revenue came to €3.1m in 2030, up 4.4pc on 2029.",
    "Ferry traffic reached 81,000 cars in 2030, down 900 vehicles on a year earlier.",
])
def test_a_time_after_on_a_change_s_amount_is_its_base(sentence):
    f = _frames(sentence, "2031-03-02")
    change = next(c for k, c in f.items() if k.startswith(("6.2", "4.4", "900")))
    assert change == ("2030", "2029")


@pytest.mark.parametrize("sentence, want", [
    # no change before 'on': a day, not a base
    ("Ferry traffic was up sharply on Monday 3 March.", "2031-03-03"),
    ("Ferry revenue rose to €3.1m on 2 March.", "2031-03-02"),
])
def test_on_a_day_after_a_change_is_no_base(sentence, want):
    got = periods.find(sentence, periods.TimeContext(datetime.date(2031, 3, 4), 2031))
    assert [(e.period, e.base) for e in got] == [(want, False)]


# -- "between A and B": two times of one length are the ends of a change ----------------------------

@pytest.mark.parametrize("text, change, want", [
    ("Port calls fell by 9.1 percent between the second quarter of 2029 and the second quarter of 2030.",
     "9.1 percent", ("2030-Q2", "2029-Q2")),
    ("Rice prices climbed 14 percent between the first half of 2029 and that of 2030.",
     "14 percent", ("2030-H1", "2029-H1")),
    ("The herd shrank by 4,300 cattle between October 2028 and October 2030.",
     "4,300 cattle", ("2030-10", "2028-10")),
])
def test_a_change_between_two_ends_is_the_last_end_s_against_the_first(text, change, want):
    assert _frames(text, "2031-02-10")[change] == want


def test_levels_from_and_to_between_two_ends_take_each_end_and_their_brackets_too():
    f = _frames("Toll income fell 31 percent between the third quarter of 2029 and the third quarter of 2030, "
                "from 64 million rand (€3.2m) to 44 million rand (€2.2m).", "2031-02-10")
    assert f["64 million rand"][0] == f["€3.2m"][0] == "2029-Q3"
    assert f["44 million rand"][0] == f["€2.2m"][0] == "2030-Q3"


@pytest.mark.parametrize("text, change, want", [
    # a run of months: the run's total against the same run a year before (unchanged)
    ("Remittances rose 7 percent between January and April 2030.", "7 percent", ("2030-01/2030-04", "2029-01/2029-04")),
    # two times of different lengths are no pair of ends
    ("Rice prices climbed 14 percent between the first half of 2029 and 2030.", "14 percent", None),
])
def test_times_that_are_no_two_ends_keep_their_reading(text, change, want):
    got = _frames(text, "2031-02-10")[change]
    if want is None:
        assert got[0] != "2030-H1"
    else:
        assert got == want


# -- a half or a fortnight of a named month is its days, not a half-year ---------------------------

@pytest.mark.parametrize("sentence, want", [
    ("Mango shipments reached 3,100 tonnes in the first half of May.", "2031-05-01/2031-05-15"),
    ("Mango shipments reached 3,100 tonnes in the second half of May 2030.", "2030-05-16/2030-05-31"),
    ("Mango shipments reached 3,100 tonnes in the first fortnight of May.", "2031-05-01/2031-05-14"),
])
def test_a_half_of_a_month_is_its_days(sentence, want):
    assert [p for _, p in _read(sentence, "2031-06-20")] == [want]


@pytest.mark.parametrize("sentence, want", [
    ("Mango shipments reached 3,100 tonnes in the first half of 2030.", "2030-H1"),
    ("Mango shipments reached 3,100 tonnes in the first half of the year.", "2031-H1"),
])
def test_a_half_of_a_year_stays_a_half_year(sentence, want):
    assert [p for _, p in _read(sentence, "2031-09-20")] == [want]


# -- "the 18th of August", "the 3rd of last month": a day, not the month -----------------------------

@pytest.mark.parametrize("sentence, want", [
    ("The 9th of May 2030 saw 2,400 ferry crossings.", "2030-05-09"),
    ("Ferry crossings fell to 2,400 on the 3rd of last month.", "2031-05-03"),
])
def test_an_ordinal_day_of_a_month_is_that_day(sentence, want):
    assert [p for _, p in _read(sentence, "2031-06-20")] == [want]


def test_a_flow_counted_as_of_an_ordinal_day_runs_from_january_to_it():
    f = _frames("The port received 41,000 passengers as of the 12th of this month.", "2031-06-20")
    assert f["41,000 passengers"][0] == "2031-01-01/2031-06-12"
