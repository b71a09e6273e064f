"""Periods, round 51 (issue 8): a period carried over from another sentence, where the figure's
own sentence names no time. Classes found among the look groups' period misses, written here in
our own sentences.

1. A forecast's time is its own: a forecast said of a figure ("Remittances are expected to
   cross …", "the agency expects a surplus of …", "on track to surpass …") in a text about a
   part of a year (a month, a quarter, a year so far) is for that whole year (a fiscal year so
   far: that fiscal year), not for the part the sentences before it report. A forecast made
   after that year closed, an outcome set against an expectation ("than expected",
   "economists had expected") and an estimate of what was ("are estimated to have been") keep
   the text's period.
2. A deadline at the close of the year ("by year-end", "by the end of the year", "before the
   year ends") sums a flow to the end of the year running, as "by the end of 2024" does; "the
   total of the year" and "the year as a whole" are the whole year, as "the whole year" is. The
   sentences after such a forecast go on with the period the text reports.
3. An ordinal that counts a run of periods ("a fourth consecutive monthly increase", "for the
   second straight year") is dated by the period the run ends with, the one the text reports,
   as the figure it qualifies is; an owner's rank ("its third largest trading partner") stays
   timeless.
"""

from __future__ import annotations

import pytest
from conftest import by_surface


# 1. a forecast with no time of its own, in a text about a part of a year

@pytest.mark.parametrize("text,date,surface,want", [
    ("Ruritania's exports rose 9% to $21 billion in the first half of the year. "
     "The trade ministry expects exports of $46 billion, a record.", "2024-07-20", "$46 billion", "2024"),
    # a fiscal year so far: that fiscal year
    ("Pakistani workers abroad sent $15.2 billion home in the first nine months of fiscal year 2023-24. "
     "Inflows are expected to cross $20 billion, the central bank said.", "2024-04-12", "$20 billion", "2023-07/2024-06"),
    ("Stayover arrivals reached 31,400 in October. "
     "The islands are on track to surpass 420,000 stayover visitors, the tourism office said.", "2024-11-14",
     "420,000 stayover visitors", "2024"),
    # a deadline at the close of the year, as "by the end of 2024"
    ("Exports rose 6% to $8.2 billion in the first two months of the year. "
     "He projected exports will reach nearly $52 billion by year-end.", "2024-03-15", "nearly $52 billion", "2024"),
    ("The fund received $410 million in the second quarter. "
     "The fund will receive about $300 million more before the year ends.", "2024-07-25", "about $300 million", "2024"),
    # the total of the year, as "the whole year"
    ("The trade balance showed a surplus of $1.9 billion in April. "
     "For the total of the year, the office forecasts a surplus of $17 billion.", "2024-05-16", "$17 billion", "2024"),
])
def test_a_forecast_is_for_the_year_not_the_part_reported(text, date, surface, want):
    got = by_surface(text, date, "period")
    assert got[surface] == want
    assert all(p != want for s, p in got.items() if s != surface)  # the figures reported keep their part


def test_a_growth_forecast_takes_the_year_and_its_base_the_year_before():
    text = ("The trade surplus was $2.1 billion in March. "
            "The statistics office expects exports to grow 18 percent on a yearly basis.")
    assert by_surface(text, "2024-04-18", "period", "base_period")["18 percent"] == ("2024", "2023")


@pytest.mark.parametrize("text,date,surface,want", [
    # an outcome set against an expectation
    ("Exports rose to $4.3 billion in May. Economists had expected a rise of 3%, while the increase came in at 5%.",
     "2024-06-14", "3%", "2024-05"),
    # an estimate of what was
    ("Hotels registered 52,300 overnight stays in February. Stays of foreign guests are estimated to have been 44,100.",
     "2024-03-20", "44,100", "2024-02"),
    # the sentences after a forecast go on with the part reported
    ("Arrivals rose 12% to 2.4 million in the first half. The board expects 5.1 million visitors. "
     "Spending by visitors reached $1.8 billion.", "2024-07-15", "$1.8 billion", "2024-H1"),
    ("The fund received $410 million in the second quarter. The fund will receive about $300 million more before the "
     "year ends. Royalties came to $95 million.", "2024-07-25", "$95 million", "2024-Q2"),
    # a stock counted at the close of the year is the day, not the year's flow
    ("Reserves stood at $5.2 billion at the end of the year.", "2024-12-20", "$5.2 billion", "2024-12-31"),
])
def test_what_is_no_forecast_keeps_its_time(text, date, surface, want):
    assert by_surface(text, date, "period")[surface] == want


def test_a_forecast_after_the_year_closed_is_not_for_that_year():
    # a report on December read in February: the year it is about is over, the outlook is another's
    text = "Exports fell to $3.9 billion in December 2023. The ministry expects exports of $4.5 billion."
    assert by_surface(text, "2024-02-10", "period")["$4.5 billion"] != "2023"


# 3. a run counted to the period the text reports

@pytest.mark.parametrize("text,date,surface,want", [
    ("Shipments reached $41.2 billion in May. Imports rose to $38.0 billion, a fourth consecutive monthly increase.", "2024-06-12",
     "fourth consecutive monthly increase", "2024-05"),
    ("Farm output grew 2.1% in 2023. Livestock output rose for the second straight year.", "2024-03-01", "second straight year", "2023"),
    # a headline above the report: the period the report names
    ("Home sales slip for seventh consecutive month\n\nSales of existing homes fell 3% to 4,100 in October, the board said.",
     "2024-11-20", "seventh consecutive month", "2024-10"),
])
def test_a_streak_is_dated_by_the_period_it_runs_to(text, date, surface, want):
    assert by_surface(text, date, "period")[surface] == want


def test_a_rank_of_an_owner_stays_timeless():
    text = "Exports to Ruritania, the country's third largest trading partner, rose 4% to $2.2 billion in May."
    assert by_surface(text, "2024-06-12", "period")["third largest"] is None
