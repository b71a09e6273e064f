"""Periods, round 53 (issue 8): figures the gold leaves without a period, where the tool
gave them the time of their sentence. Classes found among the look groups' period misses,
written here in our own sentences.

1. A stretch of time said in passing ("after four years of decline", "the lowest in 21
   months", "the previous 14 fiscal years") is dated by its sentence only when it fits
   inside the period the sentence names ("4 nights in 2024", "over 31 days" of July). One
   longer than that period names a run of earlier times the sentence does not date, and
   keeps no period rather than the sentence's. A streak ("for 12 consecutive years") is
   counted to its sentence's time and keeps it.
2. "FY-12": a hyphen between FY and its year.
3. A count of the members its sentence then names ("six banks - A, B, … and F -") says how
   many there are, at no time of its own.
"""

from __future__ import annotations

import pytest
from conftest import by_surface


# 1. a duration longer than its sentence's period keeps none

@pytest.mark.parametrize("text,date,surface", [
    ("Visitor numbers grew 6% in 2018, ending over seven years of decline.", "2019-02-10", "over seven years"),
    ("Cement sales fell 3.2% in August, the lowest level in 19 months.", "2023-09-20", "19 months"),
    ("Since the end of a two-decade conflict in 2011, exports have tripled.", "2019-03-01", "two-decade"),
    ("Like the previous 11 fiscal years, revenue in 2023-24 is expected to beat the estimates.",
     "2023-06-10", "11 fiscal years"),
    ("The loan of 400 million euros, agreed in March, is to be repaid over 25 years.", "2022-05-02", "over 25 years"),
])
def test_a_duration_longer_than_its_sentences_period_has_none(text, date, surface):
    assert by_surface(text, date, "period")[surface] is None


@pytest.mark.parametrize("text,date,surface,want", [
    # a stay or a stretch that fits inside the period it is dated by keeps it
    ("Guests in 2023 stayed 5 nights on average at the island's resorts, for 41,200 guest nights.",
     "2024-02-01", "5 nights", "2023"),
    ("Hotel occupancy in July reached 81% over 31 days of full operation.", "2023-08-20", "over 31 days", "2023-07"),
    ("Exports rose 12% in 2023, with 10 months of growth.", "2024-02-01", "10 months", "2023"),
    # a streak is dated by its last unit, the year it is counted to
    ("In 2024, trade reached $31 billion, making Vietnam the country's largest partner for 12 consecutive years.",
     "2025-03-01", "12 consecutive years", "2024"),
])
def test_a_duration_within_its_sentences_period_keeps_it(text, date, surface, want):
    assert by_surface(text, date, "period")[surface] == want


# 2. a fiscal year written with a hyphen after "FY" ("FY-12") is the year "FY12" names

@pytest.mark.parametrize("text,surface,want", [
    ("In FY-14, Pakistan's textile exports grew by 3.9pc.", "3.9pc", "2013-07/2014-06"),
    ("Pakistan's textile exports grew by 3.9pc in FY – 2014.", "3.9pc", "2013-07/2014-06"),
    # the unhyphenated forms read as before
    ("In FY14, Pakistan's textile exports grew by 3.9pc.", "3.9pc", "2013-07/2014-06"),
    ("Pakistan's textile exports grew by 3.9pc in FY 2014.", "3.9pc", "2013-07/2014-06"),
])
def test_a_hyphen_after_fy_still_names_the_fiscal_year(text, surface, want):
    assert by_surface(text, "2014-08-20", "period")[surface] == want


# 3. a count of the members its sentence names is no amount of the sentence's time

@pytest.mark.parametrize("text,surface", [
    ("In June, four private lenders - Meridian, Coastal, Unity and Harbor - disbursed $41.5 million in farm loans.",
     "four private lenders"),
    ("Ferry traffic in 2022 rose 8%, while the island's three smaller ports (Ruma, Tala and Santa Ines) handled "
     "12,400 passengers.", "three smaller ports"),
    ("In 2023, eleven cement makers operate in the country, including Atlas Cement, Norda Holdings and Kivu Ltd.",
     "eleven cement makers"),
])
def test_a_count_of_the_members_it_names_has_no_period(text, surface):
    assert by_surface(text, "2023-08-01", "period")[surface] is None


@pytest.mark.parametrize("text,surface,want", [
    # names fewer than the count: the list is not the set's
    ("In June, four private lenders - Meridian and Coastal - disbursed $41.5 million in farm loans.",
     "four private lenders", "2023-06"),
    # a count with no names after it keeps its sentence's time
    ("In June, 1,240 tourists arrived by sea and 860 by air.", "1,240 tourists", "2023-06"),
])
def test_a_count_without_its_members_named_keeps_its_period(text, surface, want):
    assert by_surface(text, "2023-08-01", "period")[surface] == want
