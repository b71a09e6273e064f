"""Rules of days and weeks: a day ('May 21, 2025', 'on 1 January', 'the 18th of August', 'on
Saturday', 'as of now') and spans of days ('the first 20 days of this month', 'Nov. 1-20',
'the first half of August', 'between March 20 and September 21', 'up to Nov. 20', 'the week
ending 20 August', 'from the beginning of the year up until August 20'). Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from factcheck.timespan import Span, month_span
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import MONTH, TimeContext, Y4, month_of
from factcheck.extract.periods.rules.kit import T_DAY, T_DIGIT, T_MONTH, T_ORDINAL_DAY, T_YEAR, time_expr, tokens, rule


def _named_month(ctx: TimeContext, mon_word: str, year_word: Optional[str]) -> Optional[Span]:
    """A month by name: of the year written with it, else the latest one by the article's date."""
    mon = month_of(mon_word)
    return month_span(int(year_word), mon, int(year_word), mon) if year_word else ctx.latest(mon)


def _this_or_last_month(ctx: TimeContext, rel: str) -> Optional[Span]:
    """'this month', 'the current month' (the article's), 'last month', 'the previous month'."""
    if ctx.today is None:
        return None
    back = 1 if rel.lower() in ("last", "the previous") else 0
    k = ctx.today.year * 12 + ctx.today.month - 1 - back
    return month_span(k // 12, k % 12 + 1, k // 12, k % 12 + 1)


@rule(rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|ten|twenty|fifteen)\s+days\s+of\s+(?:(?P<rel>this|the|last|the\s+previous)\s+month|(?P<mon>{MONTH})(?:\s+(?P<y>{Y4}))?)"
      rf"|\b(?P<mon2>{MONTH})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to|through)\s*(?P<d2>\d{{1,2}})(?!\d)(?:,?\s+(?P<y2>{Y4}))?",
      needs=(Needs(pattern=r"(?i:days)|\d\s*(?:-|–|to\b|through\b)\s*\d"),))
def _day_span(m, ctx):
    """'the first 20 days of this month', 'the Nov. 1-20 period': a span of days."""
    if m.group("n"):
        n = {"ten": 10, "twenty": 20, "fifteen": 15}.get(m.group("n").lower()) or int(m.group("n"))
        month = _named_month(ctx, m.group("mon"), m.group("y")) if m.group("mon") \
            else _this_or_last_month(ctx, m.group("rel") or "")
        return _days_in(m, month, 1, n)
    return _days_in(m, _named_month(ctx, m.group("mon2"), m.group("y2")), int(m.group("d1")), int(m.group("d2")))


def _days_in(m, month: Optional[Span], first: int, last: int):
    """The days `first` to `last` of a month, or None where the month or a day is not one."""
    if month is None:
        return None
    try:
        return time_expr(m, Span(month.start.replace(day=first), month.start.replace(day=last)))
    except ValueError:
        return None


@rule(rf"\b(?:the\s+)?(?P<which>first|second|latter|last)\s+(?P<part>half|fortnight)\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?(?!\s*\d)",
      needs=(T_MONTH, tokens("half", "fortnight")))
def _part_of_month(m, ctx):
    """'the first half of August', 'the second fortnight of March 2024': a part of a month, its
    days (not the half-year a bare 'the first half' names)."""
    month = _named_month(ctx, m.group("mon"), m.group("y"))
    if month is None:
        return None
    cut = 15 if m.group("part").lower() == "half" else 14
    if m.group("which").lower() == "first":
        return time_expr(m, Span(month.start, month.start.replace(day=cut)))
    return time_expr(m, Span(month.start.replace(day=cut + 1), month.end))


@rule(rf"\bthe\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?|(?P<rel>this|last|the\s+current|the\s+previous|the\s+same)\s+month)\b",
      needs=(T_DIGIT, T_ORDINAL_DAY))
def _ordinal_day_of(m, ctx):
    """'the 18th of August', 'as of the 18th of this month': that day (not the whole month)."""
    if m.group("mon"):
        month = _named_month(ctx, m.group("mon"), m.group("y"))
    elif m.group("rel").lower() != "the same":
        month = _this_or_last_month(ctx, m.group("rel"))
    else:
        return None
    day = _day_in(month, m.group("d"))
    if day is None:
        return None
    return time_expr(m, Span(day, day), tags={"deictic"} if not m.group("y") else set())


@rule(rf"\bfrom\s+the\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)\s+(?:to|through|until|till)\s+the\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+"
      rf"(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?|(?P<rel>this|last|the\s+current|the\s+previous)\s+month)\b",
      needs=(T_DIGIT, T_ORDINAL_DAY))
def _ordinal_days_of(m, ctx):
    """'from the 1st to the 10th of this month', 'from the 1st to the 20th of March': a span of
    days named by their ordinals, as customs offices report exports ten days at a time
    (tried before the one-day rule: see `periods.grammar`)."""
    month = _named_month(ctx, m.group("mon"), m.group("y")) if m.group("mon") \
        else _this_or_last_month(ctx, m.group("rel"))
    return _days_in(m, month, int(m.group("d1")), int(m.group("d2")))


_DAY_OF_MONTH = r"(?:(?P<{m}>{MONTH})\s+(?P<{d}>\d{{1,2}})(?:st|nd|rd|th)?|(?P<{d}b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{m}b>{MONTH}))"


@rule(r"(?:\b(?P<kw>between|from)\s+)?\b" + _DAY_OF_MONTH.format(m="m1", d="d1", MONTH=MONTH)
      # "July 1, 2019, to June 30, 2020": a comma may close the first date's year
      + rf"(?:,?\s+(?P<y1>{Y4})(?:,(?=\s*(?:to|through|until)\b))?)?\s*(?P<sep>-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*" + _DAY_OF_MONTH.format(m="m2", d="d2", MONTH=MONTH)
      + rf"(?!\d)(?:,?\s+(?P<y2>{Y4}))?(?!\d|,\d)", needs=(T_MONTH, T_DIGIT, T_DAY))
def _days_across_months(m, ctx):
    """'between March 20 and September 21', 'from 1 July to 30 September 2024', '(March 20 -
    September 21)': a span of days that crosses months (a whole quarter is named so)."""
    if m.group("sep").lower() == "and" and (m.group("kw") or "").lower() != "between":
        return None  # "on March 3 and April 5": two days
    a, b = month_of(m.group("m1") or m.group("m1b")), month_of(m.group("m2") or m.group("m2b"))
    if a == b:
        return None  # "March 3-20" is the day-span rule's
    y2 = int(m.group("y2")) if m.group("y2") else None
    if y2 is None:
        latest = ctx.latest(b)
        if latest is None:
            return None
        y2 = latest.start.year
    y1 = int(m.group("y1")) if m.group("y1") else (y2 if a < b else y2 - 1)
    try:
        start = date(y1, a, int(m.group("d1") or m.group("d1b")))
        end = date(y2, b, int(m.group("d2") or m.group("d2b")))
    except ValueError:
        return None
    if end <= start:
        return None
    return time_expr(m, Span(start, end))


@rule(rf"\b(?:up\s+to|through|until|till)\s+(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{Y4}))?",
      needs=(T_MONTH, T_DIGIT, tokens("up", "through", "until", "till")))
def _month_to_day(m, ctx):
    """'exports up to Nov. 20': the month so far, from its first day."""
    month = _named_month(ctx, m.group("mon"), m.group("y"))
    if month is None:
        return None
    try:
        return time_expr(m, Span(month.start, month.start.replace(day=int(m.group("d")))))
    except ValueError:
        return None


def _day_of(prefix: str) -> str:
    """A day of a month, '20 August', 'August 20th', 'Aug. 20, 2023', as named groups
    `<prefix>d`, `<prefix>mon`, `<prefix>y` (the day's digits sit in one of two groups)."""
    return (rf"(?:(?P<{prefix}d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{prefix}mon>{MONTH})"
            rf"|(?P<{prefix}mon2>{MONTH})\s+(?P<{prefix}d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))(?:,?\s+(?P<{prefix}y>{Y4}))?")


def _read_day(m: re.Match, prefix: str, ctx: TimeContext, year: Optional[int] = None) -> Optional[date]:
    """The date a _day_of match names; without a year, the latest such month by the
    article's date (or `year`, a year the phrase named elsewhere)."""
    mon = month_of(m.group(prefix + "mon") or m.group(prefix + "mon2"))
    day = int(m.group(prefix + "d") or m.group(prefix + "d2"))
    if m.group(prefix + "y"):
        year = int(m.group(prefix + "y"))
    elif year is None:
        month = ctx.latest(mon)
        if month is None:
            return None
        year = month.start.year
    try:
        return date(year, mon, day)
    except ValueError:
        return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


@rule(r"\b(?:from\s+)?the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\s+(?:up\s+)?(?:until|till|to|through)\s+(?:the\s+)?" + _day_of("a"),
      needs=(T_MONTH, tokens("beginning", "start")))
def _year_to_day(m, ctx):
    """'from the beginning of the year up until August 20, 2023': January 1st to that day."""
    end = _read_day(m, "a", ctx)
    return time_expr(m, Span(date(end.year, 1, 1), end), tags={"ytd"}) if end else None


@rule(rf"\b(?:the|a|this|last|previous|that)\s+week\s*,?\s+(?:of\s+(?P<mon3>{MONTH})\s+(?P<d3>\d{{1,2}})\s*(?:-|–|to)\s*(?P<d4>\d{{1,2}})(?!\d)(?:,?\s+(?P<y3>{Y4}))?"
      rf"|(?P<to>ending|ended|to|through)\s+(?:on\s+)?(?:{_WEEKDAY},?\s+)?" + _day_of("b")
      + rf"|(?:commencing|starting|beginning|from|of)\s+(?:on\s+)?(?:{_WEEKDAY},?\s+)?" + _day_of("a")
      + rf"(?:\s*,?\s*(?:and\s+)?(?:ending|ended|to|through|until|-|–)\s*(?:on\s+)?(?:{_WEEKDAY},?\s+)?" + _day_of("c") + r")?"
      + rf"|of\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to)\s*(?P<d2>\d{{1,2}})\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?)",
      flags=re.I, needs=(T_MONTH, T_DIGIT, tokens("week")))
def _week(m, ctx):
    """'the week ending 20 August', 'the week commencing August 13, ending on August 20',
    'the week of 7–13 August', 'the week of April 24-30, 2023': a span of days; a week named
    by one end runs seven days."""
    if m.group("d1") or m.group("d3"):
        first, last, mon, y = (("d1", "d2", "mon", "y") if m.group("d1") else ("d3", "d4", "mon3", "y3"))
        mon = month_of(m.group(mon))
        year = int(m.group(y)) if m.group(y) else (ctx.latest(mon).start.year if ctx.latest(mon) else None)
        if year is None:
            return None
        try:
            return time_expr(m, Span(date(year, mon, int(m.group(first))), date(year, mon, int(m.group(last)))))
        except ValueError:
            return None
    if m.group("to"):
        end = _read_day(m, "b", ctx)
        return time_expr(m, Span(end - timedelta(days=6), end)) if end else None
    start = _read_day(m, "a", ctx)
    if start is None:
        return None
    end = _read_day(m, "c", ctx, year=start.year) if (m.group("cd") or m.group("cd2")) else start + timedelta(days=6)
    return time_expr(m, Span(start, end)) if end and end >= start else None


# "said on Monday", "a Monday note": the day of the telling or of a document, not of a figure
# (a sentence that reports a telling is dated by its figures' own times, or by the text's)
_TOLD = lazy(r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|released|releases|published|stated|"
             r"noted|added|revealed|disclosed|confirmed|broadcast|tweeted|wrote|posted|issued|presented|unveiled|speaking)\b", re.I)
_DOCUMENT_AFTER = lazy(r"(?:['’]s)?\s+(?:note|statement|report|release|briefing|bulletin|meeting|session|speech|interview|"
                       r"press|edition|newspaper|paper|evening|morning|night|afternoon)\b", re.I)


@rule(rf"\b(?:(?:on|last)\s+)?(?P<wd>{_WEEKDAY})(?![-–]|\s+(?:to|through|and)\s+{_WEEKDAY})\b", flags=0,
      needs=(tokens(*_WEEKDAYS),))
def _weekday(m, ctx):
    """'On Saturday, Macau welcomed 139,000 visitors', "Saturday's tally": the latest such
    day by the article's date (the next one in a sentence about the future). Not the day
    something was said or published ('the ministry said on Monday', 'a Monday note')."""
    if ctx.today is None or _TOLD.search(m.string) or _DOCUMENT_AFTER.match(m.string, m.end()):
        return None
    wanted = _WEEKDAYS.index(m.group("wd").lower())
    if ctx.future:
        day = ctx.today + timedelta(days=(wanted - ctx.today.weekday()) % 7 or 7)
    else:
        day = ctx.today - timedelta(days=(ctx.today.weekday() - wanted) % 7)
    return time_expr(m, Span(day, day), tags={"deictic", "weekday"})


@rule(r"\bas\s+of\s+(?:now|today)\b", needs=(tokens("now", "today"),))
def _now(m, ctx):
    """'as of now': the article's day. ('currently stands at' is the latest reading, whose
    period the text states elsewhere, not the day of writing.)"""
    if ctx.today is None:
        return None
    return time_expr(m, Span(ctx.today, ctx.today), tags={"deictic"})


@rule(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH}),?\s+(?P<y>{Y4})\b"
      rf"|\b(?P<mon2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{Y4})\b", needs=(T_MONTH, T_YEAR))
def _day(m, ctx):
    """'May 21, 2025', '21 May 2025'. Written with its weekday ("On Wednesday, December 28,
    2022, the Government adopted the budget for the 2022-2023 financial year") it dates an
    event, as a bare weekday does: a figure's own time in the sentence wins (see find)."""
    mon = month_of(m.group("mon") or m.group("mon2"))
    day = int(m.group("d1") or m.group("d2"))
    try:
        d = date(int(m.group("y") or m.group("y2")), mon, day)
    except ValueError:
        return None
    dated_event = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start()) is not None
    return time_expr(m, Span(d, d), tags={"weekday"} if dated_event else set())


_WEEKDAY_BEFORE = lazy(rf"\b{_WEEKDAY},?\s+(?:the\s+)?$", 0)


@rule(rf"\b(?:on|at|by|as\s+(?:of|at))\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})(?!\w)"
      r"(?!\s*,?\s*(?:19|20)\d\d)", needs=(T_MONTH, T_DIGIT, T_DAY))
def _day_month(m, ctx):
    """'on 1 January', 'as at 31 March': a day named without its year, the day a stock is
    counted on; the latest such day by the article's date ('on January 1' is `months._month`'s)."""
    day = _day_in(ctx.latest(month_of(m.group("mon"))), m.group("d"))
    if day is None:
        return None
    return time_expr(m, Span(day, day), tags={"deictic"})


def _day_in(month: Optional[Span], day: str) -> Optional[date]:
    """The day numbered `day` of `month`, None if there is no month or no such day."""
    if month is None:
        return None
    try:
        return month.start.replace(day=int(day))
    except ValueError:
        return None
