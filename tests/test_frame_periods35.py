"""Period classes counted on the spent sets in round 35 (period35), each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface
from factcheck.extract.grammar import is_verbal
from factcheck.relations.graph import concept_of, series_words


@pytest.mark.parametrize("sentence, figure, period, base", [
    # a company's quarter named with the day it closed: the day dates no figure of its own
    ("Orion Bhd posted a 9% rise in net profit to RM2.4 billion for the second quarter ended June 30, 2023 "
     "from RM2.2 billion a year ago.", "9%", "2023-Q2", "2022-Q2"),
    ("Orion Bhd posted a 9% rise in net profit to RM2.4 billion for the second quarter ended June 30, 2023 "
     "from RM2.2 billion a year ago.", "RM2.2 billion", "2022-Q2", None),
    # a fiscal first quarter: the three months that end with the day, not the calendar's first
    ("Net profit for the first quarter ended Sept 30, 2023 (1QFY2024) fell 15% to RM40 million.", "15%", "2023-Q3", "2022-Q3"),
    ("Revenue for the first half ending on 31 March 2022 was $80 million, up 4% from a year earlier.", "4%",
     "2021-10/2022-03", "2020-10/2021-03"),
])
def test_a_part_of_a_year_ended_on_a_day_is_the_months_it_closes(sentence, figure, period, base):
    c = frames_by_surface(sentence, "2023-11-20")[figure]
    assert (c.period, c.base_period) == (period, base)


def test_a_day_that_begins_no_part_of_a_year_stays_a_day():
    c = frames_by_surface("Deposits stood at $9 billion on June 30, 2023, up 2% in the second quarter.", "2023-08-01")
    assert c["$9 billion"].period == "2023-06-30"


@pytest.mark.parametrize("sentence, figure, period", [
    ("Industrial output grew by 4.1% in the second trimester of 2019.", "4.1%", "2019-Q2"),
    ("Remittances reached $9.2 billion in the first trimester of 2021.", "$9.2 billion", "2021-Q1"),
    ("The 2019 third trimester saw exports of $3 billion.", "$3 billion", "2019-Q3"),
])
def test_a_trimester_of_translated_statistics_is_a_quarter(sentence, figure, period):
    assert frames_by_surface(sentence, "2021-06-01")[figure].period == period


def test_a_bracket_naming_the_month_keeps_a_count_of_a_fiscal_years_months():
    c = frames_by_surface("Pakistan's exports grew by 40 percent in the first month (Saawan) of the current fiscal year "
                          "compared to the same period last year.", "2021-09-15")["40 percent"]
    # July to June in Pakistan: the first month, not the whole fiscal year
    assert c.period == "2021-07" and c.base_period == "2020-07"


@pytest.mark.parametrize("sentence, figure, period", [
    ("The participation rate fell to 61.0 percent in March 2023. This is down from the 62.4 percent "
     "participation rate in March 2022.", "62.4 percent", "2022-03"),
    ("The jobless rate was 5.5% in 2021, lower than the 6.1% share in 2020.", "6.1%", "2020"),
])
def test_a_rate_on_the_other_side_of_a_comparison_takes_its_own_time(sentence, figure, period):
    assert frames_by_surface(sentence, "2023-05-01")[figure].period == period


def test_operating_is_a_modifier_of_income_not_a_verb():
    assert not is_verbal("operating")
    # "other operating income" is another series than "revenue": the words that tell it apart are kept
    assert concept_of(series_words("other operating income"))[1] == frozenset({"other", "operating"})
    c = frames_by_surface("Excluding the gains, the bank's other operating income would have been RM394 million.",
                          "2023-11-20")["RM394 million"]
    assert "operating" in (c.metric or "")


def test_a_year_inside_a_part_of_a_year_names_that_part():
    c = frames_by_surface("Exports grow to $3 billion in the 2nd 2019 quarter", "2019-10-01")
    assert c["$3 billion"].period == "2019-Q2"
