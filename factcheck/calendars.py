"""Fiscal calendars: when a place's fiscal year starts and which calendar year names it.

"FY24" is April 2023–March 2024 in India, October 2023–September 2024 for the US
federal government, and Japan's "fiscal 2024" is April 2024–March 2025. The defaults
are data (`extract/lexicon/fiscal_years.yaml`); `[tool.factcheck] fiscal-years` adds or
overrides places (a company, a state) with `"Name" = "April"`, `"Name" = 4` or
`"Name" = "April start"`; a place whose calendar changed gives its history, oldest first,
`"Name" = ["July until 2021", "January"]` (each earlier calendar ends with the year its
last fiscal year began); `"July end mid-month"` marks months that begin mid-way through
ours (Nepal's, Ethiopia's). Which place's calendar a sentence uses: the configured names
it mentions, the places it is about, the article's own, and last the country its
currency points to (or that it names by name, people or institution); a country with no
line stops there with its own calendar year. Pure: no I/O beyond the packaged word lists.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional

from factcheck.extract import lexicon
from factcheck.timespan import Span, month_span

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]


@dataclass(frozen=True)
class FiscalCalendar:
    first_month: int = 1  # 1: the calendar year
    named_by: str = "end"  # 'end' | 'start': which calendar year gives the fiscal year its name
    #: the place's earlier calendars, oldest first, each with the calendar year in which
    #: the last fiscal year it governed began (Liberia ran July–June until 2021/22's
    #: half year, then the calendar year): a year is read by the calendar of its time
    before: tuple[tuple[int, "FiscalCalendar"], ...] = ()
    #: months that begin mid-way through ours (Nepal's Bikram Sambat, Ethiopia's, Iran's):
    #: the year's first n months reach into an (n+1)-th Gregorian month
    mid_month: bool = False

    def at(self, start_year: int) -> "FiscalCalendar":
        """The calendar in force for a fiscal year beginning in `start_year`."""
        for until, cal in self.before:
            if start_year <= until:
                return cal
        return self

    def year(self, name: int) -> Span:
        """The span of the fiscal year called `name` ('FY2024', 'fiscal 2024')."""
        for cal in (*(c for _, c in self.before), self):
            start_year = name - 1 if cal.named_by == "end" and cal.first_month != 1 else name
            if self.at(start_year) is cal:
                return cal._from(start_year)
        return self._from(name)

    def year_of(self, first_year: int) -> Span:
        """The fiscal year that begins in `first_year` ('2023-24' begins in 2023)."""
        return self.at(first_year)._from(first_year)

    def _from(self, start_year: int) -> Span:
        m = self.first_month
        if m == 1:
            return month_span(start_year, 1, start_year, 12)
        return month_span(start_year, m, start_year + 1, m - 1)

    def part(self, year: Span, index: int, months: int) -> Span:
        """Quarter (months=3) or half (months=6) number `index` (1-based) of a fiscal year."""
        first = year.start.year * 12 + year.start.month - 1 + (index - 1) * months
        last = first + months - 1
        return month_span(first // 12, first % 12 + 1, last // 12, last % 12 + 1)


CALENDAR_YEAR = FiscalCalendar()
# A two-year name ("2023-24", "FY2023-24") says the year straddles two calendar years;
# with no place to ask, April–March is by far the most common such calendar.
STRADDLING_DEFAULT = FiscalCalendar(4, "end")


def _month_number(word: Optional[str]) -> Optional[int]:
    """1–12 for a month's name or its abbreviation ("Sept.", "july"); None for other words."""
    if not word:
        return None
    head = word.lower().rstrip(".")[:3]
    return next((i + 1 for i, m in enumerate(_MONTHS) if m.startswith(head)), None)


def parse_setting(value) -> Optional[FiscalCalendar]:
    """`4`, `"4"`, `"April"`, `"Apr start"`, `"October end"`, `"July end mid-month"` →
    FiscalCalendar; None if unreadable.
    A list is a place's history, oldest first, each earlier calendar closed by `until
    YEAR` (the year its last fiscal year began) and the last one today's:
    `["July end until 2021", "January"]`."""
    if isinstance(value, (list, tuple)):
        return _history(value)
    if isinstance(value, int):
        return FiscalCalendar(value, "end") if 1 <= value <= 12 else None
    parts = str(value).lower().split()
    if not parts:
        return None
    first = parts[0].rstrip(".")
    month = int(first) if first.isdigit() else _month_number(first) if len(first) >= 3 else None
    named = parts[1] if len(parts) > 1 else "end"
    mid = parts[2:] == ["mid-month"]
    if month is None or not 1 <= month <= 12 or named not in ("start", "end") or len(parts) > 2 and not mid:
        return None
    return FiscalCalendar(month, named, mid_month=mid)


_UNTIL = re.compile(r"\s+until\s+(\d{4})\s*$", re.I)


def _history(items) -> Optional[FiscalCalendar]:
    if not items:
        return None
    before = []
    for item in items[:-1]:
        m = _UNTIL.search(str(item))
        cal = parse_setting(str(item)[: m.start()]) if m else None
        if cal is None or (before and int(m.group(1)) <= before[-1][0]):
            return None  # an earlier calendar must say until when it ran, in order
        before.append((int(m.group(1)), cal))
    current = parse_setting(items[-1])
    if current is None or current.before:
        return None
    return FiscalCalendar(current.first_month, current.named_by, tuple(before), current.mid_month)


_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+)?"
_FISCAL_YEAR = r"\b(?:fiscal|financial|budget(?:ary)?)\s+years?\b"
# What an article says of its own fiscal year: "the 2019/20 financial year beginning July 1",
# "the state's fiscal year, which starts in April", "a fiscal year that runs from October to
# September", "the financial year ending 31 March", "the July–June fiscal year".
_STATED_FISCAL_YEAR = re.compile(
    _FISCAL_YEAR + r"[\s,\d/–-]{0,12}?\b(?:(?:that|which)\s+(?:\w+\s+)?)?(?P<verb>begin(?:s|ning)?|began|start(?:s|ed|ing)?|"
    r"commenc(?:es|ed|ing)|run(?:s|ning)?|ran|end(?:s|ed|ing)?|close[sd]?|closing)\s+(?:on\s+|in\s+|from\s+)?(?:the\s+)?"
    rf"{_DAY}(?P<m1>{_MONTH_NAME})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    rf"(?:\s+(?:to|through|until|till|and\s+ends?(?:\s+on)?|-|–)\s+(?:the\s+)?{_DAY}(?P<m2>{_MONTH_NAME}))?\b"
    rf"|\b(?P<a1>{_MONTH_NAME})\s?[-–/]\s?(?P<a2>{_MONTH_NAME})\s+{_FISCAL_YEAR}"
    rf"|{_FISCAL_YEAR}\s*\(\s*(?P<b1>{_MONTH_NAME})\s?(?:[-–/]|to)\s?(?P<b2>{_MONTH_NAME})\s*\)"
    # "fiscal year (FY) 2024 (October 2023-September 2024)", "FY24 (April 2023 to March 2024)"
    rf"|(?:{_FISCAL_YEAR}(?:\s*\(FY\))?|\bFY)\s*'?\d{{2,4}}(?:\s?[-–/]\s?\d{{2,4}})?\s*\(\s*(?P<c1>{_MONTH_NAME})\s+\d{{4}}\s*(?:[-–/]|to)\s*"
    rf"(?P<c2>{_MONTH_NAME})\s+\d{{4}}\s*\)",
    re.I)


def stated_in(text: str) -> Optional[int]:
    """The first month of the fiscal year the article itself states ("the financial year
    beginning July 1", "the fiscal year ending March 31" → April), or None when it states
    none or states two. What the text says of its own year outranks the place's default:
    a US state's year runs from July, not from the federal October."""
    if "fiscal" not in text and "inancial" not in text and "udget" not in text and "FY" not in text:
        return None
    found = set()
    for m in _STATED_FISCAL_YEAR.finditer(text):
        if m.group("a1") or m.group("b1") or m.group("c1"):
            first = _month_number(m.group("a1") or m.group("b1") or m.group("c1"))
            last = _month_number(m.group("a2") or m.group("b2") or m.group("c2"))
        else:
            named = _month_number(m.group("m1"))
            if named is None:
                continue
            ends = m.group("verb").lower().startswith(("end", "clos"))
            first = named % 12 + 1 if ends else named
            last = _month_number(m.group("m2")) if not ends else None
        if first is None or last is not None and last != (first - 2) % 12 + 1:
            continue  # "from July to June" must close the year its opening month begins
        found.add(first)
    return found.pop() if len(found) == 1 else None


@functools.cache
def _defaults() -> dict[str, FiscalCalendar]:
    out = {}
    for place, spec in lexicon.load("fiscal_years").items():
        cal = parse_setting(spec)
        if cal:
            out[place.lower()] = cal
    return out


@functools.cache
def _countries() -> frozenset[str]:
    from factcheck.extract.placenames import COUNTRIES  # the gazetteer of states the subjects come from
    return frozenset(c.lower() for c in COUNTRIES)


class Calendars:
    """The fiscal calendars of one run: the packaged defaults plus the user's settings."""

    def __init__(self, overrides: Optional[Mapping[str, object]] = None):
        self._table = dict(_defaults())
        self._named: list[tuple[re.Pattern, str]] = []
        for place, spec in (overrides or {}).items():
            cal = parse_setting(spec)
            if cal is None:
                raise ValueError(f"fiscal-years: {place!r} = {spec!r} is not a month (e.g. 'April' or 'April start')")
            self._table[str(place).lower()] = cal
            # a configured company or state is looked for by name in the text
            self._named.append((re.compile(rf"(?<![\w]){re.escape(str(place))}(?![\w])"), str(place)))

    def named_in(self, text: str) -> list[str]:
        """Configured places that the text names ('Microsoft's fiscal 2024')."""
        return [place for pattern, place in self._named if pattern.search(text)]

    def known(self, place: Optional[str]) -> bool:
        return bool(place) and str(place).lower() in self._table

    def of(self, places: Iterable[Optional[str]]) -> Optional[FiscalCalendar]:
        """The calendar of the first place that has one, or None. A country without a
        line stops the search: its fiscal year is its own (the calendar year, or for a
        two-year name the common April–March), never that of a place named after it."""
        for p in places:
            if p and str(p).lower() in self._table:
                return self._table[str(p).lower()]
            if p and str(p).lower() in _countries():
                return None
        return None


# The solar hijri calendar (Iran's and Afghanistan's): the year begins at Nowruz, the
# March equinox, so its first day falls on 20 or 21 March (rarely 19 or 22); months 1–6
# have 31 days, 7–11 have 30 and the twelfth 29 or 30. Nowruz by the astronomical rule as
# tabulated by Borkowski ("The Persian calendar for 3000 years", Earth, Moon and Planets
# 74, 1996; the algorithm of the jalaali libraries): the years at which the 33-year leap
# cycle breaks, and the count of leap years between them.
_JALAALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060,
                   2097, 2192, 2262, 2324, 2394, 2456, 3178)


@functools.lru_cache(maxsize=256)  # asked for the year of every span a year is shifted from (periods.shift)
def solar_hijri_new_year(year: int) -> date:
    """The Gregorian date of 1 Farvardin (1 Hamal) of solar hijri `year`: 1399 → 2020-03-20."""
    if not _JALAALI_BREAKS[0] <= year < _JALAALI_BREAKS[-1]:
        raise ValueError(f"solar hijri year {year} is outside the tabulated range")
    leap_j, jp, jump = -14, _JALAALI_BREAKS[0], 0
    for jm in _JALAALI_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return date(gy, 3, 20 + leap_j - leap_g)


def solar_hijri_year_of(day: date) -> int:
    """The solar hijri year a Gregorian day falls in: 2020-10-21 → 1399."""
    year = day.year - 621
    return year if day >= solar_hijri_new_year(year) else year - 1


@functools.lru_cache(maxsize=1024)  # (a Span is frozen: the one kept is safe to hand out again)
def solar_hijri_months(year: int, first: int = 1, count: int = 12) -> Span:
    """Months `first` … `first + count - 1` of solar hijri `year` as Gregorian days: the
    first seven months of 1399 are 2020-03-20 to 2020-10-21."""
    def day_of(month: int) -> int:  # days from 1 Farvardin to the first of `month`
        return 31 * min(month - 1, 6) + 30 * max(month - 7, 0)
    start = solar_hijri_new_year(year)
    last = first + count - 1
    if not 1 <= first <= last <= 12:
        raise ValueError(f"months {first}–{last} of a solar hijri year")
    end = (solar_hijri_new_year(year + 1) if last == 12 else start + timedelta(days=day_of(last + 1))) - timedelta(days=1)
    return Span(start + timedelta(days=day_of(first)), end)
