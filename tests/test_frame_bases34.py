"""Base-period classes counted on the spent sets in round 34 (period34), each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("sentence, figure", [
    ("In March 2021, exports grew by 4.6 per cent y-o-y to RM90.2 billion.", "4.6 per cent"),
    ("In March 2021, exports grew by 4.6 per cent y/y to RM90.2 billion.", "4.6 per cent"),
    ("Exports in March 2021 totalled RM90.2 billion, a 4.6 per cent y-o-y rise.", "4.6 per cent"),
])
def test_an_abbreviated_year_on_year_names_the_base(sentence, figure):
    c = frames_by_surface(sentence, "2021-05-10")[figure]
    assert (c.period, c.base_period) == ("2021-03", "2020-03")


@pytest.mark.parametrize("sentence, figure", [
    ("In monthly terms, hotel nights were 2.1% higher in October.", "2.1%"),
    ("October deposits reached 12 billion euros, a monthly growth of 0.8 percent.", "0.8 percent"),
    ("Loans stood at 9 billion euros in October, after a monthly surge of 210 million euros.", "210 million euros"),
    ("In October 2022, prices rose 0.3% m-o-m.", "0.3%"),
])
def test_a_monthly_change_is_measured_against_the_month_before(sentence, figure):
    c = frames_by_surface(sentence, "2022-11-20")[figure]
    assert (c.period, c.base_period) == ("2022-10", "2022-09")


def test_a_restated_change_keeps_the_base_of_its_noun_of_change():
    c = frames_by_surface("In October 2022 loans reached 9 billion euros, a monthly growth of 0.8 percent or 70 million "
                          "euros and an annual growth of 5.2 percent or 440 million euros.", "2022-11-20")
    assert [c[f].base_period for f in ("0.8 percent", "70 million euros", "5.2 percent", "440 million euros")] \
        == ["2022-09", "2022-09", "2021-10", "2021-10"]


def test_consecutive_monthly_falls_count_months_not_a_base():
    c = frames_by_surface("Van sales posted a fifth consecutive monthly fall, down 7% in October 2022 to 3,100 units. "
                          "Van sales rose 4% year on year in September 2022.", "2022-11-20")["7%"]
    assert c.base_period == "2021-10"


@pytest.mark.parametrize("text, date, period, base", [
    # "last year" read from a date early in the next year is the figure's own year
    ("In 2023 the tea board sold 12,000 tonnes, which is 6.5 percent more compared to last year.", "2024-01-20",
     "2023", "2022"),
    ("In the first ten months of fiscal 2020 the deficit was $310 billion, $85 billion more than the "
     "deficit over the same period in 2020.", "2020-08-15", None, None),
])
def test_a_comparison_is_never_with_its_own_span(text, date, period, base):
    frames = frames_by_surface(text, date)
    for c in frames.values():
        if c.base_period:
            assert c.base_period != c.period
    if period:
        c = frames["6.5 percent"]
        assert (c.period, c.base_period) == (period, base)


def test_a_span_the_text_names_as_the_base_is_kept():
    # the figure's period may be the one that is wrong; the base the text names stays
    c = frames_by_surface("August 2024 visitor spending was higher than August 2019 ($1.60 billion, +12.1%).",
                          "2024-09-30")["12.1%"]
    assert c.base_period == "2019-08"


@pytest.mark.parametrize("text, figure, base", [
    ("Over the first half of the year, H1-2021, prices rose 2.2 per cent, compared to H1-2020.", "2.2 per cent", "2020-H1"),
    ("Arrivals in Q3-2021 rose 12% against Q3-2020.", "12%", "2020-Q3"),
])
def test_a_part_of_a_year_joined_to_its_year_by_a_dash(text, figure, base):
    c = frames_by_surface(text, "2021-11-10")[figure]
    assert c.base_period == base


@pytest.mark.parametrize("text, figure, period", [
    ("In June, work permits rose to 4,410 from 4,120.", "4,120", "2022-06"),
    ("June imports amounted to $2.31 billion, up 4.2 percent from $2.22 billion.", "$2.22 billion", "2022-06"),
    ("Iron ore shipments in 2022 fell to 31 million tonnes from 34 million tonnes.", "34 million tonnes", "2021"),
    ("In 2023 revenue went up from $2.1 billion to $2.3 billion.", "$2.1 billion", "2022"),
])
def test_the_level_a_change_starts_from_is_the_bases(text, figure, period):
    # the article measures changes year on year: the level a change starts from is a year earlier
    c = frames_by_surface("Imports rose 3% year on year in May 2023. " + text, "2023-07-20")[figure]
    assert c.period == period


@pytest.mark.parametrize("text, first, second", [
    ("In 2023 the minister revised the budget from $3.1 billion to $3.6 billion.", "$3.1 billion", "$3.6 billion"),
    ("In 2023 revenue is projected to go up from $2.1 billion to $2.3 billion.", "$2.1 billion", "$2.3 billion"),
])
def test_a_revision_or_a_projection_is_no_change_over_time(text, first, second):
    frames = frames_by_surface("Imports rose 3% year on year in May 2023. " + text, "2023-07-20")
    assert frames[first].period == frames[second].period == "2023"


@pytest.mark.parametrize("text, date, period", [
    # a count of a fiscal year's months without 'first' is its months so far
    ("In Pakistan, exports fell 6.1 per cent during the 10 months of the current financial year.", "2019-05-20",
     "2018-07/2019-04"),
    # a range of months right before the fiscal year they are of
    ("In Pakistan, between July and April FY19, the import bill rose 4.2 percent to $40.1 billion.", "2019-05-20",
     "2018-07/2019-04"),
    ("In Pakistan, during July-April FY19, the import bill rose 4.2 percent to $40.1 billion.", "2019-05-20",
     "2018-07/2019-04"),
])
def test_months_of_a_fiscal_year_so_far(text, date, period):
    frames = frames_by_surface(text, date)
    assert {c.period for c in frames.values() if c.role != "span"} == {period}


def test_the_twelve_months_of_a_year_stay_the_year():
    c = frames_by_surface("In 2023 sales rose 4% over the 12 months of the year.", "2024-02-21")["4%"]
    assert (c.period, c.base_period) == ("2023", "2022")


@pytest.mark.parametrize("text", [
    "The minister told reporters, adding that tourism had contributed 9.1 percent to GDP in 2022.",
    "He added that tourism had contributed 9.1 percent to GDP in 2022.",
])
def test_add_before_that_reports_speech_and_is_no_rise(text):
    c = frames_by_surface(text, "2023-02-15")["9.1 percent"]
    assert (c.role, c.direction) == ("share", None)
    # 'add' with an amount is still a rise
    assert frames_by_surface("Exports added 9.1 percent in 2022.", "2023-02-15")["9.1 percent"].role == "growth"
