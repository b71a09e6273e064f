"""Fiscal calendars: when a place's fiscal year starts and which calendar year names it.

"FY24" is April 2023–March 2024 in India, October 2023–September 2024 for the US
federal government, and Japan's "fiscal 2024" is April 2024–March 2025. The defaults
are data (`extract/lexicon/fiscal_years.yaml`); `[tool.factcheck] fiscal-years` adds or
overrides places (a company, a state) with `"Name" = "April"`, `"Name" = 4` or
`"Name" = "April start"`. Pure: no I/O beyond the packaged word list.
"""

from __future__ import annotations

import functools
import re
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

    def year(self, name: int) -> Span:
        """The span of the fiscal year called `name` ('FY2024', 'fiscal 2024')."""
        if self.first_month == 1:
            return month_span(name, 1, name, 12)
        start_year = name - 1 if self.named_by == "end" else name
        return self._from(start_year)

    def year_of(self, first_year: int) -> Span:
        """The fiscal year that begins in `first_year` ('2023-24' begins in 2023)."""
        return self._from(first_year)

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


def parse_setting(value) -> Optional[FiscalCalendar]:
    """`4`, `"4"`, `"April"`, `"Apr start"`, `"October end"` → FiscalCalendar; None if unreadable."""
    if isinstance(value, int):
        return FiscalCalendar(value, "end") if 1 <= value <= 12 else None
    parts = str(value).lower().split()
    if not parts:
        return None
    first = parts[0].rstrip(".")
    month = int(first) if first.isdigit() else next(
        (i + 1 for i, m in enumerate(_MONTHS) if m.startswith(first[:3]) and len(first) >= 3), None)
    named = parts[1] if len(parts) > 1 else "end"
    if month is None or not 1 <= month <= 12 or named not in ("start", "end"):
        return None
    return FiscalCalendar(month, named)


@functools.cache
def _defaults() -> dict[str, FiscalCalendar]:
    out = {}
    for place, spec in lexicon.load("fiscal_years").items():
        cal = parse_setting(spec)
        if cal:
            out[place.lower()] = cal
    return out


@functools.cache
def _currency_countries() -> dict[str, str]:
    return dict(lexicon.load("currency_countries"))


def country_of_currency(code: Optional[str]) -> Optional[str]:
    return _currency_countries().get(code or "")


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
        """The calendar of the first place that has one, or None."""
        for p in places:
            if p and str(p).lower() in self._table:
                return self._table[str(p).lower()]
        return None
