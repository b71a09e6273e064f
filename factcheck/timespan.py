"""Periods as spans of time, in the one canonical notation of the claim-file contract.

`2024` (year), `2024-H1` (half), `2024-Q3` (quarter), `2024-05` (month), `2024-05-21`
(day), and an ISO 8601 interval for any other span (`2024-01/2024-07`). A span that
is a whole named period is written with its name, so that equal periods are equal
strings: January–June is `2024-H1`. Pure: no I/O.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Optional


class Relation(str, Enum):
    EQUAL = "equal"
    WITHIN = "within"  # a lies inside b
    CONTAINS = "contains"  # b lies inside a
    OVERLAPS = "overlaps"
    DISJOINT = "disjoint"


@dataclass(frozen=True, order=True)
class Span:
    start: date
    end: date  # inclusive: the last day of the span

    @property
    def months(self) -> int:
        """Whole calendar months covered (a partial month counts as one)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def relation(self, other: "Span") -> Relation:
        if self == other:
            return Relation.EQUAL
        if other.start <= self.start and self.end <= other.end:
            return Relation.WITHIN
        if self.start <= other.start and other.end <= self.end:
            return Relation.CONTAINS
        if self.end < other.start or other.end < self.start:
            return Relation.DISJOINT
        return Relation.OVERLAPS


@functools.lru_cache(maxsize=4096)  # pure (a date is immutable): nine calls in ten repeat one
def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)  # pure (a Span is frozen): nine calls in ten repeat one
def month_span(year: int, month: int, end_year: int, end_month: int) -> Span:
    return Span(date(year, month, 1), _last_day(end_year, end_month))


_POINT = re.compile(r"(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?")
# Before the contract fixed one notation, fiscal years were written 'FY2023-24' (April–March).
_LEGACY_FY = re.compile(r"FY(\d{4})(?:-(\d{2}))?")


def _point(text: str) -> Optional[Span]:
    m = _POINT.fullmatch(text)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        first = 1 if m.group(2) == "1" else 7
        return month_span(year, first, year, first + 5)
    if m.group(3):
        first = (int(m.group(3)) - 1) * 3 + 1
        return month_span(year, first, year, first + 2)
    if m.group(4):
        month = int(m.group(4))
        if not 1 <= month <= 12:
            return None
        if m.group(5):
            try:
                day = date(year, month, int(m.group(5)))
            except ValueError:
                return None
            return Span(day, day)
        return month_span(year, month, year, month)
    return month_span(year, 1, year, 12)


@functools.lru_cache(maxsize=4096)
def parse(period: Optional[str]) -> Optional[Span]:
    """The span a period string names, or None when it is not a period."""
    if not period:
        return None
    text = str(period).strip()
    m = _LEGACY_FY.fullmatch(text)
    if m:
        y = int(m.group(1))
        return month_span(y, 4, y + 1, 3)
    if "/" in text:
        a, _, b = text.partition("/")
        first, last = _point(a), _point(b)
        if first is None or last is None or last.end < first.start:
            return None
        return Span(first.start, last.end)
    return _point(text)


@functools.lru_cache(maxsize=4096)
def name(span: Span) -> str:
    """The canonical notation of a span: its name when it is a whole named period."""
    s, e = span.start, span.end
    if s == e:
        return s.isoformat()
    whole_months = s.day == 1 and e == _last_day(e.year, e.month)
    if not whole_months:
        return f"{s.isoformat()}/{e.isoformat()}"
    if s.year == e.year:
        if s.month == 1 and e.month == 12:
            return f"{s.year}"
        if s.month == e.month:
            return f"{s.year}-{s.month:02d}"
        if (s.month, e.month) in ((1, 6), (7, 12)):
            return f"{s.year}-H{1 if s.month == 1 else 2}"
        if e.month - s.month == 2 and s.month % 3 == 1:
            return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
    elif s.month == 1 and e.month == 12:
        return f"{s.year}/{e.year}"  # whole years: an interval of their names ('between 1994 and 2016')
    return f"{s.year}-{s.month:02d}/{e.year}-{e.month:02d}"


def canonical(period: Optional[str]) -> Optional[str]:
    """The one notation for a period string ('2024-01/2024-06' → '2024-H1'); unchanged
    when it is not a period this module reads."""
    span = parse(period)
    return name(span) if span else period


def relate(a: Optional[str], b: Optional[str]) -> Optional[Relation]:
    """How two periods relate as spans, or None when either is not a period."""
    sa, sb = parse(a), parse(b)
    if sa is None or sb is None:
        return None
    return sa.relation(sb)


def before(a: Optional[str], b: Optional[str]) -> bool:
    """True when period `a` ends before period `b` begins; False when they meet or overlap,
    or either is not a period."""
    sa, sb = parse(a), parse(b)
    return sa is not None and sb is not None and sa.end < sb.start


def same(a: Optional[str], b: Optional[str]) -> bool:
    """True when two periods are one span, in any notation ('2024-H1' and '2024-01/2024-06');
    False when either is missing."""
    return bool(a and b) and (a == b or relate(a, b) == Relation.EQUAL)


def within(a: Optional[str], b: Optional[str]) -> bool:
    """True when period `a` lies inside period `b` and is shorter than it (a month of a
    year, a quarter of a half); False when they are equal, apart or not periods."""
    return relate(a, b) == Relation.WITHIN


def shift_years(period: Optional[str], years: int) -> Optional[str]:
    """The same span `years` later (earlier when negative): '2024-H1', -1 → '2023-H1'."""
    span = parse(period)
    if span is None:
        return None

    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February
            return d.replace(year=d.year + years, day=28)

    s, e = move(span.start), move(span.end)
    if span.end == _last_day(span.end.year, span.end.month):
        e = _last_day(e.year, e.month)
    return name(Span(s, e))
