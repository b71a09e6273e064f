"""What a time expression is: its place in the sentence, the span it names, or the shift an
anaphoric one ("a year earlier") applies to its statement's period; and the article's
time context (today, the topic's year, the fiscal calendar) that spans resolve against.
Pure: no I/O.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from factcheck.calendars import CALENDAR_YEAR, STRADDLING_DEFAULT, FiscalCalendar, solar_hijri_months
from factcheck.timespan import Span, month_span, name, parse, shift_years
from factcheck.extract.patterns import lazy


_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# Month names are capitalised in news copy; lower-case "may" and "march" are other words.
MONTH = (r"(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|"
         r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])")
Y4 = r"(?:19|20)\d{2}"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MONTH_RE = lazy(rf"\b{MONTH}")
_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)"


def month_of(word: str) -> int:
    return _MONTH_NAMES.index(word.lower().rstrip(".")[:3]) + 1


def _count(word: str) -> Optional[int]:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


def _year(text: str) -> int:
    """'2024' → 2024; '24' → 2024 (two-digit years in fiscal names are this century)."""
    y = int(text)
    return y if y >= 100 else 2000 + y


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    span: Optional[Span] = None
    #: Anaphoric: (unit, n) to apply to the period of the statement ('year', -1).
    shift: Optional[tuple[str, int]] = None
    #: A comparison base: introduced by "from", "than", "compared with", "since" …
    base: bool = False
    #: "between 2019 and 2023", "from 2019 to 2023": the first year, a base for a change.
    range_from: Optional[Span] = None
    #: Read by the calendar of a place (a fiscal year): say so in tests and reasons.
    fiscal: bool = False
    #: Tags for the frame: 'ytd', 'deictic', 'rate' ("year on year" names a base only).
    tags: set = field(default_factory=set)

    @property
    def period(self) -> Optional[str]:
        return name(self.span) if self.span else None  # name() is cached: asked often

    def resolve(self, reference: Optional[str]) -> Optional[str]:
        """The period this expression names, given the period of its statement."""
        if self.span is not None:
            return name(self.span)
        if self.shift is None or reference is None:
            return None
        if self.shift[0] == "to_year":
            # "the same period of 2018" said in a report on January–November 2019
            return shift_years(reference, self.shift[1] - int(reference[:4]))
        if self.shift[0] == "to_end":
            # "the same period to January 2023" said of the 12 months to January 2024: the
            # statement's months, as many, ending with that month
            span, y, mo = parse(reference), int(self.shift[1][:4]), int(self.shift[1][5:7])
            if span is None or span.start.day != 1 or span.months < 1:
                return None
            last = y * 12 + mo - 1
            first = last - span.months + 1
            return name(month_span(first // 12, first % 12 + 1, y, mo))
        if self.shift[0] == "within":
            # "the same period of FY 2021-22": the statement's span moved by whole years into
            # that (fiscal) year; one that fits no year of it is no part of that year
            whole = parse(self.shift[1])
            for n in range(whole.start.year - int(reference[:4]) - 1, whole.end.year - int(reference[:4]) + 1):
                moved = parse(shift_years(reference, n) or "")
                if moved is not None and whole.start <= moved.start and moved.end <= whole.end:
                    return name(moved)
            return None
        return shift(reference, *self.shift)


def _shift_solar_years(span: Span, n: int) -> Optional[str]:
    """A span that starts at Nowruz and ends with a solar hijri month ('the first seven
    months of the Iranian year', 2020-03-20/2020-10-21) moves by that calendar's years
    (2019-03-21/2019-10-22): its days are not ours."""
    year = span.start.year - 621
    try:
        if span.start != solar_hijri_months(year).start:
            return None
        for months in range(1, 13):
            whole = solar_hijri_months(year, 1, months)
            if whole.end == span.end:
                return name(solar_hijri_months(year + n, 1, months))
    except ValueError:
        return None
    return None


@functools.lru_cache(maxsize=4096, typed=True)
def shift(period: Optional[str], unit: str, n: int) -> Optional[str]:
    """The period `n` units away: ('2024-03', 'year', -1) → '2023-03'; ('2024-Q2', 'quarter',
    -1) → '2024-Q1'; ('2024-03', 'month', -1) → '2024-02'; 'period' moves by the span's length.
    (Kept: a sentence's claims ask it of the same period, and a year's shift first tries the
    solar hijri calendar, whose months cost more to find than the answer.)"""
    span = parse(period)
    if span is None:
        return None
    if unit in ("season", "whole_year"):
        # a yearly cycle ("last season", "the entire previous year") said of a month, or (the
        # whole year) of any part of a year: the calendar year before, whole; said of a year or
        # a season, the one before it
        if span.months < (12 if unit == "whole_year" else 2):
            return str(span.end.year + n)
        unit = "year"
    if unit == "year":
        return _shift_solar_years(span, n) or shift_years(period, n)
    months = {"month": 1, "quarter": 3, "half": 6}.get(unit)
    if unit == "period":
        months = span.months
    if months is None or span.start.day != 1 or name(span).count("-") > 2 and "/" not in name(span):
        return None
    if span.end.month == (span.end + timedelta(days=1)).month:
        return None  # a span of days ("the first 20 days"): only a year's shift keeps it
    if unit in ("month", "quarter", "half") and span.months != months:
        # "from the previous month" said of a quarter: no such base
        return None
    first = span.start.year * 12 + span.start.month - 1 + n * months
    last = first + span.months - 1
    return name(month_span(first // 12, first % 12 + 1, last // 12, last % 12 + 1))


@dataclass
class TimeContext:
    """What resolves a sentence's time expressions: the article's date (or only its
    year) and the fiscal calendar of the place the sentence is about."""

    today: Optional[date] = None
    year: Optional[int] = None
    calendar: Optional[FiscalCalendar] = None
    #: The sentence looks ahead ("expects", "will"): "the year to March" is the coming March.
    future: bool = False
    #: The place is south of the equator: its summer is December–February.
    southern: bool = False
    #: The period the text before was about, and whether a fiscal year's part named it
    #: ("the second quarter of the financial year 2014-15"): "year to date" after it runs
    #: from the start of that fiscal year to its end.
    topic: Optional[str] = None
    topic_fiscal: bool = False
    #: The text has named a fiscal year before ("in 2012-2013 FY"): "2013-2014" said after it
    #: in a list of years is one too.
    fiscal_text: bool = False

    #: The year the text before was about: what "the first quarter" means in an undated
    #: article that has just spoken of 2024.
    topic_year: Optional[int] = None

    @property
    def this_year(self) -> Optional[int]:
        if self.today:
            return self.today.year
        if self.topic_year and (self.year is None or self.topic_year >= self.year - 1):
            return self.topic_year  # not a year of history the text mentioned in passing
        return self.year

    def latest(self, first_month: int, months: int = 1) -> Optional[Span]:
        """The latest span of `months` months beginning in `first_month` that had begun by
        the article's date ("in March" in an April article is this March; in a February
        article, last March)."""
        y = self.this_year
        if y is None:
            return None
        if self.today is not None and (first_month > self.today.month):
            y -= 1
        last = (y * 12 + first_month - 1) + months - 1
        return month_span(y, first_month, last // 12, last % 12 + 1)

    def ending(self, last_month: int, months: int, year: Optional[int] = None) -> Optional[Span]:
        """`months` months ending with `last_month` (of `year`, else the latest such month)."""
        if year is None:
            latest = self.latest(last_month)
            if latest is None:
                return None
            year = latest.start.year
            if self.future and self.today is not None and (year, last_month) < (self.today.year, self.today.month):
                year += 1
        last = year * 12 + last_month - 1
        first = last - months + 1
        return month_span(first // 12, first % 12 + 1, year, last_month)

    #: Asked for the calendar only when a fiscal year is read (the article's currency
    #: costs a pass over its text).
    calendar_of: Optional[Callable[[], Optional[FiscalCalendar]]] = None

    def fiscal(self, straddles: bool = False) -> FiscalCalendar:
        if self.calendar is None and self.calendar_of is not None:
            self.calendar = self.calendar_of()
            self.calendar_of = None
        if self.calendar is not None:
            return self.calendar
        return STRADDLING_DEFAULT if straddles else CALENDAR_YEAR
