"""Periods, round 60 (issue 8): which period a sentence takes and hands on. Classes found among
the look groups' period misses carried from another sentence, written here in our own sentences.

1. A month alone as the modifier of what is counted ("The March tourist arrivals reached
   41,200", "…, June exports fell 4%") or said early or late ("Late July, …") dates its
   figure as "in March" does; a month before a document or an event ("the March budget",
   "the August House") or closing a span ("the June quarter") is not read so.
2. A dateline dates the filing, not the period the text reports: a line that is only a day
   ("December 30, 2019") sets no period for the sentences after it, and a newswire's dateline
   opening a sentence ("Juba, 26, May 2014 (Gurtong) – …") is the day the story was told.
"""

from __future__ import annotations

import datetime

import pytest
from conftest import by_surface

from factcheck.extract import periods


def _find(sentence: str):
    ctx = periods.TimeContext(datetime.date(2024, 12, 15), 2024, None, calendar_of=lambda: None,
                              topic_year=2024, topic="2024")
    return periods.find(sentence, ctx)


@pytest.mark.parametrize("text,surface,period", [
    ("Visitor arrivals for 2024 reached a record 913,400. The November visitor arrivals totalled 79,120, "
     "up 6.2 percent on October.", "79,120", "2024-11"),
    ("Exports for 2024 came to $4.1 billion. Helped by the harvest, October coffee exports rose 12% "
     "to $310 million.", "$310 million", "2024-10"),
    ("Aid for 2024 came to $1.2 billion. Late July, $150 million was disbursed to the treasury.",
     "$150 million", "2024-07"),
])
def test_a_month_modifying_what_is_counted_dates_it(text, surface, period):
    assert by_surface(text, "2024-12-15", "period")[surface] == period


@pytest.mark.parametrize("sentence", [
    "The government spent $15 million that was not included in the March budget.",
    "The minister told the August House that revenue would reach $2.4 billion.",
    "Exports, May said, rose by a fifth to $3 billion.",
])
def test_a_month_naming_an_event_or_a_document_is_no_figures_time(sentence):
    # the same month before what is counted is read; before an event, a document or a name it is not
    assert [e.period for e in _find("The March arrivals reached 41,200. " + sentence)] == ["2024-03"]


def test_the_june_quarter_stays_a_quarter():
    assert [e.period for e in _find("The June quarter saw growth of 3%, the May arrivals 2%.")] == ["2024-Q2", "2024-05"]


def test_a_dateline_line_hands_on_no_period():
    text = "December 30, 2024\nStayover arrivals rose 9% to 412,000 visitors.\nCruise calls fell 4%."
    assert "2024-12-30" not in by_surface(text, "2024-12-30", "period").values()


@pytest.mark.parametrize("sentence,when", [
    ("Juba, 26, May 2014 (Gurtong) – Oil output fell to 160,000 barrels a day.", "May 2014"),
    ("Addis Ababa March 2/2024(ENA) Ruritania earned 1.6 billion USD over the first half of the fiscal year.", "2024"),
    ("Port Town, 11 Nov 2014 – The cabinet met on November 6, 2014.", "11 Nov 2014"),
])
def test_a_newswire_dateline_dates_the_telling(sentence, when):
    found = {e.text: e for e in _find(sentence)}
    assert "release" in found[when].tags


@pytest.mark.parametrize("sentence", [
    "In 2022 (provisional) - exports rose 5%.",
    "Exports in 2023 – a record – rose 5%.",
])
def test_a_time_that_opens_no_dateline_stays_the_figures(sentence):
    found = _find("Port Town, 11 Nov 2014 – " + sentence)
    assert ["release" in e.tags for e in found] == [True, False]


def test_a_datelined_sentence_takes_its_own_span():
    # the span the sentence names, not the dateline's year, dates its figures and the next sentence's
    text = ("Addis Ababa March 2/2024(ENA) Ruritania has earned over 1.6 billion USD from foreign trade over "
            "the last six months of current fiscal year, the Ministry of Trade announced.\n"
            "Coffee accounted for some 31 percent of the earnings.")
    got = by_surface(text, "2024-03-02", "period")
    assert got["over 1.6 billion USD"] == got["some 31 percent"] != "2024"


def test_a_year_restated_as_a_whole_is_no_month_of_it():
    # a month named earlier makes the bare years after it that month of each, unless the
    # sentence restates the year as a whole ("for the full year")
    text = ("In January, remittances came on the heels of a record 2018, when remittances for the full year "
            "reached US$5.47bn, up 8.4%.")
    assert by_surface(text, "2019-02-15", "period")["US$5.47bn"] == "2018"
    assert [e.period for e in _find("Arrivals peaked in September in 2006 with 2,196, followed by 1,889 in 2007.")] \
        == ["2024-09", "2006-09", "2007-09"]
