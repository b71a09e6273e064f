"""Rules of spans counted in months: 'the first seven months of 2024', 'the past 12 months',
'the 11 months of this year', 'in five months', '9M2023', 'the three months to January',
'the year to June', 'the March quarter', 'the June year', 'the last months of 2019': how many
months, and the month they open or close with (the year's start, the article's month, a
month the text names, a fiscal year's start). Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from factcheck.calendars import FiscalCalendar, solar_hijri_months
from factcheck.timespan import Span, month_span, parse
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import MONTH, TimeContext, TimeExpr, Y4, _MONTH_RE, _N, _count, _year, month_of
from factcheck.extract.periods.rules.fiscal import (_FISCAL_TALK, _FY_RE, _bikram_sambat, _fiscal_opening_months, _fiscal_year,
                                                    _relative_fiscal_year, _solar_topic_year)
from factcheck.extract.periods.rules.kit import T_DIGIT, T_MONTH, time_expr, tokens, rule


@rule(rf"\b(?:the\s+)?(?:fiscal\s+|financial\s+)?(?P<unit>year|quarter|half[- ]year|(?P<n>{_N})[- ]months?(?:\s+period)?)(?:\s*,)?\s+"
      rf"(?:to|through|thru|(?:(?:that|which)\s+)?(?:ending|ended|ends)(?:\s+(?:on|in))?|until|(?:leading\s+)?up\s+to)\s+(?:the\s+end\s+of\s+|end[- ])?"
      rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<mon>{MONTH})(?:\s+(?P<d2>\d{{1,2}})(?!\d))?(?:,?\s+(?P<y>{Y4}))?", needs=(T_MONTH, tokens("to", "through", "thru", "ending", "ended", "ends", "until"), tokens("year", "quarter", "half", "months", "month")))
def _months_to(m, ctx):
    """'the three months to January', 'the 12 months through March 2024', 'the year to June',
    'the quarter ended June 30', 'the fiscal year ended March 31, 2024', 'the 12-month period
    ending in April', 'the 12 months that ended in March', 'the 12 months leading up to March'
    (the month the span ends in, not a time of its own)."""
    unit = m.group("unit").lower()
    months = 12 if unit == "year" else 3 if unit == "quarter" else 6 if unit.startswith("half") else _count(m.group("n") or "")
    if not months or months > 36:
        return None
    span = ctx.ending(month_of(m.group("mon")), months, int(m.group("y")) if m.group("y") else None)
    day = m.group("d1") or m.group("d2")
    if span and unit == "year" and day and not _FISCAL_TALK.search(m.group(0)) and not _ENDED.search(m.group(0)):
        # "a surplus of $3.1 billion in the year to April 15": no twelve months end mid-month,
        # the calendar year so far does
        try:
            end = date(span.end.year, span.end.month, int(day))
        except ValueError:
            return None
        if end != span.end:
            return time_expr(m, Span(date(end.year, 1, 1), end), tags={"ytd"})
    return time_expr(m, span, tags={"ends_named"}) if span else None


_ENDED = lazy(r"\bend(?:ing|ed)\b", re.I)


@rule(rf"\b(?:the\s+)?(?P<mon>{MONTH})(?:\s+(?P<y0>{Y4}))?\s+quarter(?:\s+(?:of\s+)?(?P<y>{Y4}))?", needs=(T_MONTH, tokens("quarter")))
def _month_quarter(m, ctx):
    """'the March quarter' (India, Australia), 'the September 2020 quarter' (the Pacific's central
    banks): the three months ending in that month."""
    year = m.group("y0") or m.group("y")
    span = ctx.ending(month_of(m.group("mon")), 3, int(year) if year else None)
    return time_expr(m, span) if span else None


@rule(rf"\b(?:the\s+)?(?P<mon>{MONTH})(?:\s+(?P<y>{Y4}))?\s+year\b"
      r"(?![-–]|\s+(?:on|over|ago|earlier|before|later|after|end)\b)", needs=(T_MONTH, tokens("year")))
def _month_named_year(m, ctx):
    """'the June year', 'the March 2024 year' (New Zealand, Australia): the twelve months
    ending in that month. Not 'March year-on-year' nor 'June year end', where the year is
    a comparison or a moment."""
    span = ctx.ending(month_of(m.group("mon")), 12, int(m.group("y")) if m.group("y") else None)
    return time_expr(m, span) if span else None


@rule(rf"\b(?:the\s+)?(?:last|final|closing|remaining|coming)\s+(?:few\s+)?months\s+of\s+(?:(?P<y>{Y4})|(?:the|this)\s+year)\b",
      needs=(tokens("months"),))
def _closing_months(m, ctx):
    """'a tendency to slow down in the last months of 2019': the months of the year still
    to come after those the text reports (or the article's month); a time of an outlook,
    not of a figure. Of a year already over, no span the text can check."""
    year = int(m.group("y")) if m.group("y") else ctx.this_year
    topic = parse(ctx.topic) if ctx.topic else None
    after = topic.end if topic is not None and topic.end.year == year else (
        date(ctx.today.year, ctx.today.month, 1) - timedelta(days=1) if ctx.today and ctx.today.year == year else None)
    if year is None or after is None or after.month == 12:
        return time_expr(m, None)
    return time_expr(m, month_span(year, after.month + 1, year, 12), tags={"irrealis"})


# what a count of opening months is of: a calendar year, this or last year, or a fiscal year
# (after a one-word bracket naming the month, "the first month (Shrawan) of the current fiscal year")
_MONTHS_OF = (rf"(?:(?:\s*\([A-Z][a-z]+\))?\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:calendar\s+)?(?:year\s+)?(?P<y>{Y4})(?!\s+(?:fiscal|financial)\b|\s?[-–/]\s?\d{{2}}(?!\d)|\s?[-–/]\s?{Y4}\s+(?:fiscal|financial)\b)|(?P<rel>this|last|the\s+previous|the\s+current|the|current)\s+year"
      # "the first two months of 2020/21": a year named by two calendar years is a fiscal one
      rf"|(?P<fy>{Y4}\s?[-–/]\s?\d{{2}}(?!\d)|{Y4}(?:\s?[-–/]\s?{Y4})?\s+(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+(?:year\s+)?(?:{Y4}(?:\s?[-–/]\s?(?:\d{{4}}|0\d{{2}}|\d{{2}})(?!\d))?)|FY(?:\s?[-–]\s?|\s)?'?\d{{2,4}}(?:\s?[-–/]\s?(?:\d{{4}}|0\d{{2}}|\d{{2}})(?!\d))?|(?:the\s+)?(?:(?:current|this|last|previous)\s+)?(?:fiscal|financial)\s+year(?:\s+(?:{Y4}\s?[-–/]\s?(?:\d{{4}}|\d{{2}})(?!\d)))?)))?")


@rule(rf"\b(?:the\s+|its\s+)?(?P<which>first|1st|past|last|previous|preceding|latest)\s+(?P<n>{_N})\s+months?(?![-\w])" + _MONTHS_OF, needs=(tokens("months", "month"),))
def _first_months(m, ctx, months: Optional[int] = None):
    """'the first seven months (of 2024)', 'the past 12 months', 'first nine months of fiscal 2024'
    (and the singular a count sometimes wrongly takes: 'first eight month of current fiscal year')."""
    n = months or _count(m.group("n"))
    if not n or n > 24:
        return None
    which = (m.groupdict().get("which") or "first").lower()
    if which in ("first", "1st", "opening"):
        if m.group("fy"):
            fm = _FY_RE.search(m.group("fy"))
            # "the first four months of the fiscal year": the one the article's date is in
            fy = _fiscal_year(fm, ctx) if fm else _relative_fiscal_year("current", ctx)
            if fy is None:
                return None
            if n < 12 and (ctx.fiscal().mid_month or fm and _bikram_sambat(_year(fm.group("fa") or fm.group("fb") or fm.group("fc") or "0"), ctx)):
                n += 1  # Nepal's first nine months, mid-July to mid-April, reach into a tenth calendar month
            return time_expr(m, FiscalCalendar(fy.start.month).part(fy, 1, n), fiscal=True)
        if m.group("y"):
            year = int(m.group("y"))
        elif (m.group("rel") or "").lower() == "last" or (m.group("rel") or "").lower().endswith("previous"):
            if ctx.this_year is None:
                return None
            year = ctx.this_year - 1
        else:
            if _FISCAL_TALK.search(m.string):
                # "the first two months of the current fiscal", "in the first four months,
                # the fiscal deficit …": the months of the fiscal year the sentence speaks of
                fiscal = _fiscal_opening_months(m, ctx, n)
                if fiscal is not None:
                    return fiscal
            solar = _solar_topic_year(ctx) if (m.group("rel") or "").lower().endswith(("current", "this")) else None
            if solar is not None and n <= 12:
                # "the first four months of the current Iranian calendar year ... in the first four
                # months of the current year": the year the text has set up is still Iran's
                return time_expr(m, solar_hijri_months(solar, 1, n))
            latest = ctx.latest(n)  # the latest year whose n-th month had begun
            if latest is None:
                return None
            year = latest.start.year
        return time_expr(m, month_span(year, 1, year, n))
    if which in ("previous", "preceding") and _COMPARED_WITH_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        # "the three months ending May 2020 with the preceding three months": the span before
        # the statement's own, not the months before the article's
        return time_expr(m, None, shift=("period", -1))
    # "the past 12 months": the n months before the article's month, unless the text says
    # which month they end with
    return _window_stated(m, ctx, n) or _trailing(m, ctx, n)


# the month a window of "the last n months" ends with, stated after it: "which ended January
# 2024", ", ending in March", " to June 2023", or the months themselves in brackets ("(March
# 2020-February 2021)")
_WINDOW_END = lazy(rf"\s*,?\s*(?:(?:which|that)\s+(?:ended|ends|end)|ended|ending|to|through|until|up\s+to)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?"
                   rf"(?P<mon>{MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>{Y4}))?(?!\s*\d)")
_WINDOW_BRACKET = lazy(rf"\s*\(\s*(?P<m1>{MONTH})\s*(?P<y1>{Y4})?\s*(?:-|–|—|to|through)\s*(?P<m2>{MONTH})\s*,?\s*(?P<y2>{Y4})?\s*\)")


def _window_stated(m: re.Match, ctx: TimeContext, n: int) -> Optional[TimeExpr]:
    """'the last 12 months which ended January 2024', 'the past six months (January-June
    2023)': the n months ending with the month named (of the year named, else the latest such
    month), one expression with its ending. A bracket whose months are not n long restates
    nothing of it."""
    end = _WINDOW_END.match(m.string, m.end())
    if end is not None:
        year = int(end.group("y")) if end.group("y") else None
        span = ctx.ending(month_of(end.group("mon")), n, year)
    else:
        end = _WINDOW_BRACKET.match(m.string, m.end())
        if end is None or not (end.group("y1") or end.group("y2")):
            return None
        a, b = month_of(end.group("m1")), month_of(end.group("m2"))
        y2 = int(end.group("y2")) if end.group("y2") else int(end.group("y1")) + (1 if b < a else 0)
        y1 = int(end.group("y1")) if end.group("y1") else y2 - (1 if b < a else 0)
        span = month_span(y1, a, y2, b)
        if span.months != n:
            return None
    if span is None:
        return None
    return TimeExpr(m.start(), end.end(), m.string[m.start(): end.end()], span, tags={"deictic", "window", "stated_end"})


@rule(rf"\bthe\s+(?P<n>{_N})(?:\s+months|[- ]months?\s+period)(?=\s+of\b)" + _MONTHS_OF, needs=(tokens("months", "month", "period"),))
def _months_of_a_year(m, ctx):
    """'the 11 months of the current financial year', 'the seven-month period of 2019': a
    count of a year's months without 'first' is its months so far, from its start (only
    with the year they are of)."""
    if not (m.group("y") or m.group("rel") or m.group("fy")) or (_count(m.group("n")) or 12) >= 12:
        return None  # ("the 12 months of 2023" are the year, read as such)
    return _first_months(m, ctx)


@rule(r"\b(?:the\s+|its\s+)?(?P<which>first|1st|opening)\s+month(?![-\w])" + _MONTHS_OF, needs=(tokens("month"),))
def _first_month(m, ctx):
    """'the first month of the current fiscal year 2025/26', 'the first month of 2024': a
    count of one, said without the count; only with the year it opens ('the first month
    since 2019', 'for the first month in a row' are no time)."""
    if not (m.group("y") or m.group("rel") or m.group("fy")):
        return None
    return _first_months(m, ctx, months=1)


@rule(r"\b(?:the\s+|its\s+)?(?P<which>first)\s+(?P<n>two|three|2|3)\s+quarters" + _MONTHS_OF, needs=(tokens("quarters"),))
def _first_quarters(m, ctx):
    """'the first three quarters of 2024', 'the first two quarters of fiscal 2024': the months
    from the year's start to the end of the last quarter counted, as 'the first nine months' are."""
    n = _count(m.group("n"))
    return _first_months(m, ctx, months=3 * n) if n else None


_COMPARED_WITH_BEFORE = lazy(r"\b(?:with|than|against|over|from|to|versus)\s+$", re.I)


def _trailing(m: re.Match, ctx: TimeContext, n: int) -> Optional[TimeExpr]:
    """The `n` months before the article's month: a window a change is measured over
    ('down 0.8 points over the past 12 months'), tagged so the frame can tell."""
    if ctx.today is None:
        return None
    last = ctx.today.year * 12 + ctx.today.month - 2
    first = last - n + 1
    return time_expr(m, month_span(first // 12, first % 12 + 1, last // 12, last % 12 + 1), tags={"deictic", "window"})


@rule(rf"\b(?:the|for|in|over|during)\s+(?:the\s+course\s+of\s+)?(?P<n>{_N})\s+months\s+of\s+(?:(?:the\s+year\s+)?(?P<y>{Y4})(?!\d)|(?P<rel>this|the\s+current|last|the\s+previous)\s+year\b)",
      needs=(tokens("months"),))
def _months_of_year(m, ctx):
    """'during the 11 months of 2019', 'for five months of 2023', 'in the 11 months of this
    year', 'in the course of five months of the year 2021' (a calque of the Russian and Chinese
    release idiom): the year's first months (without 'first')."""
    n = _count(m.group("n"))
    if not n or n > 12:
        return None
    if m.group("rel"):
        latest = ctx.latest(n)  # a count of months not over yet by the article's date is last year's
        if latest is None:
            return None
        year = latest.start.year - (1 if m.group("rel").split()[-1].lower() in ("last", "previous") else 0)
    else:
        year = int(m.group("y"))
    return time_expr(m, month_span(year, 1, year, n))


@rule(rf"\b(?:over|in|during|across|throughout|for\s+the\s+period\s+of)\s+(?:the\s+course\s+of\s+)?(?:the\s+)?(?P<n>{_N})(?:\s+months\b|-month\s+period\b)"
      rf"(?!\s+(?:to(?!\s+date)|through|ending|ended|of|before|after|ago|earlier|later|from|since|until|till))", needs=(tokens("months", "month"),))
def _months_so_far(m, ctx):
    """'Over the course of five months, imports have amounted to …', 'in five months', 'in
    the 11 months to date', 'across the nine months', 'during the 11-month period', 'for the
    period of eight months': the first months of the statement's year (the year-to-date of a
    monthly release)."""
    n = _count(m.group("n"))
    if not n or n > 12 or ctx.future or _RECORD_SINCE.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    topic = parse(ctx.topic) if ctx.topic and "/" in ctx.topic else None
    if topic is not None and topic.months == n and topic.start.day == 1:
        # "the trade deficit was $21.2 billion during July-May … During the 11-month period, …":
        # the months the text has just named
        return time_expr(m, topic)
    if ctx.topic_fiscal or _FISCAL_TALK.search(m.string):
        # "during the 11-month period" in a report on a fiscal year so far: that year's months
        fiscal = _fiscal_opening_months(m, ctx, n)
        if fiscal is not None:
            return fiscal
    latest = ctx.latest(n)
    if latest is None:
        return None
    return time_expr(m, month_span(latest.start.year, 1, latest.start.year, n))


# "the fewest in nine months", "the fastest pace in six months", "for the first time in
# five months": after a superlative, "in n months" is the time since the level was last
# seen (a duration), not the first months of the year
_RECORD_SINCE = lazy(r"\b(?:(?:high|low|larg|bigg|small|fast|slow|strong|weak|wid|narrow|deep|steep|sharp|few|great|"
                     r"hott|cold|wett|dri)est|most|least|best|worst|first\s+time)\b(?:\s+[\w'’-]+){0,4}?\s+$", re.I)


@rule(r"(?<![$€£¥\w.,])(?P<n>[2-9]|1[01])M(?:\s?(?P<y>(?:19|20)\d{2})|['’]?(?P<y2>\d{2}))(?![\d%])", flags=0,
      needs=(T_DIGIT, Needs(pattern=r"\dM")))
def _first_months_compact(m, ctx):
    """'9M2023', '5M 2024', "11M'23": the first n months of the year (a results notation)."""
    y = _year(m.group("y") or m.group("y2"))
    return time_expr(m, month_span(y, 1, y, int(m.group("n"))), tags={"ytd"})


@rule(rf"\b(?:the|its)\s+(?P<y>{Y4})\s+(?P<n>{_N})[- ]months?\s+period\b", needs=(tokens("period"), T_DIGIT))
def _year_months_period(m, ctx):
    """'Over the 2016 five-month period', 'the 2019 nine-month period': the first n months of
    that year, as 'the first five months of 2016' are."""
    n = _count(m.group("n"))
    if not n or not 1 < n < 12:
        return None
    y = _year(m.group("y"))
    return time_expr(m, month_span(y, 1, y, n), tags={"ytd"})


@rule(rf"\b(?:the\s+|(?<=\bin\s))(?P<n>{_N})[- ]months?,?\s+period\b", needs=(tokens("period"),))
def _months_period_to_named_month(m, ctx):
    """'dropping 5.01% in May and bringing the contraction in the 5-month period to 4.2%':
    the n months ending with the month the sentence named before."""
    n = _count(m.group("n"))
    named = _MONTH_RE.findall(m.string, 0, m.start())
    if not n or not 1 < n <= 12:
        return None
    if not named:
        # "In the 11-month period, coffee exports …": the n months the text is about
        # ("the first 11 months of this year" before), when its topic is that long
        topic = parse(ctx.topic) if ctx.topic else None
        if topic is not None and topic.months != n and topic.months < n and topic.end.month >= n:
            # after a report on August, "the eight-month period" runs January to August
            return time_expr(m, ctx.ending(topic.end.month, n, topic.end.year), tags={"ytd"})
        return time_expr(m, topic, tags={"ytd"}) if topic is not None and topic.months == n else None
    return time_expr(m, ctx.ending(month_of(named[-1]), n), tags={"ytd"}) if ctx.this_year else None


# a month with its year, if it has one ("in November", "April 2023"), anywhere in the sentence
_MONTH_AND_YEAR = lazy(rf"\b(?P<mon>{MONTH})(?:\s+(?P<y>{Y4})(?!\d))?")


@rule(rf"\b(?:(?:on|over|in|for)\s+)?(?:a\s+|the\s+)?(?:(?:rolling|trailing)\s+(?P<n1>{_N})[- ]months?|(?P<n2>{_N})[- ]months?\s+rolling|(?P<n3>{_N})\s+(?:rolling|trailing)\s+months)"
      r"(?:\s+(?:basis|period|sum|total|figures?))?\b", needs=(tokens("rolling", "trailing"),))
def _rolling_months(m, ctx):
    """'over twelve rolling months, the deficit stood at 83.6 billion euros in November', 'a
    surplus of €2.4bn measured on a 12-month rolling basis', 'in the trailing 12 months to
    March' (when no window rule read its end): the n months ending with the month
    the sentence names (else the month the text reports on). A rolling sum is a trailing
    window, never the year so far nor the month alone."""
    n = _count(m.group("n1") or m.group("n2") or m.group("n3") or "")
    if not n or not 1 < n <= 36:
        return None
    named = [x for x in _MONTH_AND_YEAR.finditer(m.string) if not m.start() <= x.start() < m.end()]
    if len(named) == 1:
        x = named[0]
        span = ctx.ending(month_of(x.group("mon")), n, int(x.group("y")) if x.group("y") else None)
        return time_expr(m, span, tags={"rolling"}) if span else None
    topic = parse(ctx.topic) if ctx.topic and not named else None
    if topic is None or topic.start.day != 1:
        return None
    return time_expr(m, ctx.ending(topic.end.month, n, topic.end.year), tags={"rolling"})
