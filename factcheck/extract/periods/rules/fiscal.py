"""Rules of fiscal years and the parts of a year: 'FY2023-24', 'the current fiscal year', 'the
first quarter of 2024', 'H1 FY24', 'April-March 2020-21', 'fiscal year to date', and the years
of other calendars (Nepal's Bikram Sambat years, Ethiopia's EFY, Iran's solar hijri year).
Also the fiscal arithmetic the other families ask of a sentence: which fiscal year a phrase
names, which one the article's date falls in, a fiscal year's opening months and its year to
date, whether a sentence speaks of fiscal years at all. Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from factcheck.calendars import FiscalCalendar, solar_hijri_months, solar_hijri_year_of
from factcheck.timespan import Span, month_span, parse
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import MONTH, TimeContext, TimeExpr, Y4, _N, _ORDINALS, _count, _year, month_of
from factcheck.extract.periods.rules.kit import T_FISCAL, T_MONTH, T_PART, T_YEAR, TWO_MONTHS, time_expr, tokens, rule


_FY = (rf"(?:FY(?:\s?[-–]\s?|\s)?'?(?P<fa>\d{{4}}|\d{{2}})(?:\s?[-–/]\s?['‘’]?(?P<fa2>\d{{4}}|0\d{{2}}|\d{{2}}))?(?!\d)"
       rf"|(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?:\(FY\)\s*)?(?P<fb>{Y4})(?:\s?[-–/]\s?['‘’]?(?P<fb2>\d{{4}}|0\d{{2}}|\d{{2}}))?(?!\d)"
       # "the 2024-25 fiscal year", and with both years in full where the words follow ("the 2024-2025 fiscal year")
       rf"|(?:the\s+)?(?P<fc>{Y4})\s?[-–/]\s?['‘’]?(?P<fc2>\d{{2}}|{Y4}(?=\s+(?:fiscal|financial)\b))(?!\d)(?:\s+(?:fiscal|financial)(?:\s+year)?)?"
       rf"|(?:the\s+)?(?P<fd>current|this|next|last|previous|prior)\s+(?:fiscal|financial)(?:\s+year)?\b"
       # a part "of the fiscal year" with no year named: the one the article's date falls in
       rf"|(?<=of\s)(?P<fe>the)\s+(?:fiscal|financial)\s+year\b(?!\s*(?:19|20)\d\d)"
       # "the 2019 fiscal year": one year named before the words, read as "fiscal 2019"
       rf"|(?:the\s+|its\s+)?(?P<fg>{Y4})\s+(?:fiscal|financial)\s+year\b)")


_FY_RE = lazy(_FY, re.I)


def _fiscal_year(m: re.Match, ctx: TimeContext) -> Optional[Span]:
    """The fiscal year a match of _FY names."""
    g = m.groupdict()
    first, second = g.get("fa") or g.get("fb") or g.get("fc") or g.get("fg"), g.get("fa2") or g.get("fb2") or g.get("fc2")
    if first:
        y1 = _year(first)
        if second:
            y2 = _year(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
            if y2 != y1 + 1:
                return None
            if _bikram_sambat(y1, ctx):
                # Nepal's "2080/81": Shrawan 2080 to Ashadh 2081 of the Bikram Sambat era,
                # mid-July 2023 to mid-July 2024 (read as July–June)
                return month_span(y1 - 57, 7, y1 - 56, 6)
            cal = ctx.fiscal(straddles=True)
            return cal.year_of(y1) if cal.at(y1).first_month != 1 else None
        return ctx.fiscal().year(y1)
    rel = (g.get("fd") or ("current" if g.get("fe") else "")).lower()
    return _relative_fiscal_year(rel, ctx) if rel else None


def _bikram_sambat(year: int, ctx: TimeContext) -> bool:
    """A year of Nepal's era (56–57 years ahead of the Gregorian), not one of ours."""
    now = ctx.today.year if ctx.today else ctx.year
    return year >= 2060 and (now is None or year > now + 30)


def _relative_fiscal_year(rel: str, ctx: TimeContext, day: Optional[date] = None) -> Optional[Span]:
    """'the current fiscal year', 'next fiscal year': by the fiscal year the article's date (or
    `day`) falls in."""
    day = day or ctx.today
    if day is None:
        return None
    cal = ctx.fiscal()
    name_year = day.year
    for candidate in (name_year - 1, name_year, name_year + 1):
        span = cal.year(candidate)
        if span.start <= day <= span.end:
            name_year = candidate
            break
    offset = {"next": 1, "last": -1, "previous": -1, "prior": -1, "coming": 1}.get(rel, 0)
    return cal.year(name_year + offset)


# a sentence about a fiscal year: its "current year" and "next year" are fiscal ones
# an appropriation bill is a budget ("the appropriations bill 2021/2022")
_FISCAL_TALK = lazy(r"\b(?:fiscal|financial|budget|appropriations?)\b|\bFY(?:\s?[-–]\s?|\s)?'?\d", re.I)


# "semester": the half-year of Spanish, Portuguese, French and Italian statistics, kept in English news;
# "trimester" their quarter ("trimestre"), as translated news keeps it ("the third trimester of 2016")
_PART = (r"(?:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\s+|-)(?P<unit>quarter|half|semester|trimester)"
         # "the third quarter (Q3) of 2018", "the first half (H1) of 2019": the bracket only abbreviates it
         r"(?:\s*\((?:Q[1-4]|H[12]|[1-4]Q|[12]H)\)(?=\s+(?:of|in)\s))?"
         r"|(?P<q>Q[1-4])|(?P<h>H[12])|(?P<nq>[1-4])Q|(?P<nh>[12])H|(?-i:Quarter)\s+(?P<qn>[1-4])"
         # "Quarter 2 (Apr to June) 2023": the months in brackets only restate the quarter
         r"(?:\s*\([A-Za-z]{3,9}\.?\s+to\s+[A-Za-z]{3,9}\.?\))?"
         # "during quarter two": the quarter's number spelt after it (not "a quarter two years on")
         r"|(?<!\ba\s)quarter\s+(?P<qw>one|two|three|four)\b(?!\s+(?:years?|months?|weeks?|days?|times|hundred|thousand|"
         r"million|billion|per|of|out|in)\b))")


_QUARTER_WORDS = ("quarter", "trimester")


def _part_index(m: re.Match) -> tuple[int, int]:
    """(index, months) of a quarter or half."""
    g = m.groupdict()
    if g.get("ord"):
        i = _ORDINALS[g["ord"].lower()]
        months = 3 if g["unit"].lower() in _QUARTER_WORDS else 6
        if months == 6 and i > 2:
            i = 2
        return i, months
    if g.get("qw"):
        return ("one", "two", "three", "four").index(g["qw"].lower()) + 1, 3
    if g.get("q") or g.get("nq") or g.get("qn"):
        return int((g.get("q") or "Q" + (g.get("nq") or g["qn"]))[1]), 3
    return int((g.get("h") or "H" + g["nh"])[1]), 6


def _calendar_part(year: int, index: int, months: int) -> Span:
    first = (index - 1) * months + 1
    return month_span(year, first, year, first + months - 1)


@rule(_PART + r"\s*(?:of\s+)?(?:the\s+)?" + _FY.replace("(?:the\\s+)?", ""), needs=(T_PART, T_FISCAL))
def _fiscal_part(m, ctx):
    """'Q2 2023-24', 'the fourth quarter of fiscal 2024', 'H1 FY24', 'second half of the current fiscal year'."""
    year = _fiscal_year(m, ctx)
    if year is None:
        return None
    index, months = _part_index(m)
    cal = ctx.fiscal(straddles=bool(m.group("fa2") or m.group("fb2") or m.group("fc2")))
    return time_expr(m, cal.part(year, index, months), fiscal=True)


@rule(r"\b(?P<nq>[1-4])Q\s?'?(?P<yy>\d{2})(?!\d)|\b(?P<nh>[12])H\s?'?(?P<yh>\d{2})(?!\d)", needs=(Needs(subs=("1q", "2q", "3q", "4q", "1h", "2h")),))
def _compact_part(m, ctx):
    """'1Q24', '2H23': calendar quarters and halves."""
    if m.group("nq"):
        return time_expr(m, _calendar_part(_year(m.group("yy")), int(m.group("nq")), 3))
    return time_expr(m, _calendar_part(_year(m.group("yh")), int(m.group("nh")), 6))


# ("H1-2017", "Q3–2016": a dash joins a part and its year as a space does)
@rule(_PART + rf"(?:(?<=[QH][1-4])[-–](?P<dy>{Y4})|\s*(?:of\s+)?(?:the\s+)?(?:(?:calendar\s+)?(?:year\s+)?(?P<y>{Y4})|(?P<rel>this|last|next|previous|the)\s+year))?(?!\d)", needs=(T_PART,))
def _calendar_part_rule(m, ctx):
    """'the first quarter of 2024', 'Q3', 'H1 2024', 'the second half of last year', 'the first half'."""
    index, months = _part_index(m)
    g = m.groupdict()
    if g.get("y") or g.get("dy"):
        return time_expr(m, _calendar_part(int(g["y"] or g["dy"]), index, months))
    rel = (g.get("rel") or "").lower()
    year = ctx.this_year
    if year is None:
        return None
    if rel in ("last", "previous"):
        return time_expr(m, _calendar_part(year - 1, index, months))
    if rel == "next":
        return time_expr(m, _calendar_part(year + 1, index, months))
    if (g.get("ord") or "").lower() == "last" and not rel:
        # "last quarter": the quarter before the one the article was written in
        if ctx.today is None:
            return None
        q = (ctx.today.month - 1) // months
        first = year * 12 + q * months - months
        return time_expr(m, month_span(first // 12, first % 12 + 1, (first + months - 1) // 12, (first + months - 1) % 12 + 1),
                     tags={"deictic"})
    if rel == "this" or rel == "the":
        return time_expr(m, _calendar_part(year, index, months))
    if ctx.topic_fiscal or _PUBLIC_FINANCE_WORDS.search(m.string):
        cal = ctx.fiscal()
        if cal.first_month != 1:
            # "a fiscal snapshot of the first quarter", "budget execution in the second quarter":
            # a government reports its accounts by the quarters of its fiscal year
            return time_expr(m, _latest_fiscal_part(cal, index, months, year, ctx.today), fiscal=True)
    # a bare "first quarter": the latest that had begun by the article's date
    span = ctx.latest((index - 1) * months + 1, months)
    if span is not None and ctx.today is not None and span.end > ctx.today and ctx.topic_year \
            and ctx.topic_year < span.start.year:
        # (unless it has not ended yet and the text is about an earlier year: "in 2023 …
        # a quarter-by-quarter breakdown: for Q1 …" in a March 2024 article is 2023's Q1)
        span = _calendar_part(ctx.topic_year, index, months)
    return time_expr(m, span)


_PART_OF_BEFORE = lazy(r"\b(?:end|close|start|beginning|middle|half|quarter|months?|weeks?|days?|part|rest|remainder|balance)\s+of$", re.I)


@rule(r"\b(?:for|in|during|over|throughout|of)\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?:fiscal|financial|budget)\s+year\b"
      r"(?!\s*[-–/(]?\s*(?:FY\s*)?['’]?\d|\s+(?:ending|ended|to|through|that|which|beginning|starting|begins|starts|runs|ran))",
      needs=(tokens("fiscal", "financial", "budget"),))
def _the_fiscal_year(m, ctx):
    """'Projected grants for the fiscal year have been revised', 'at the end of the financial
    year': the fiscal year the text is about (that of its topic), else the one the article's
    date falls in; only where the place keeps a fiscal year of its own."""
    if _PART_OF_BEFORE.search(m.string, max(0, m.start() - 12), m.start() + 2):
        return None  # "at the end of the fiscal year", "the rest of the fiscal year": a day or a part
    cal = ctx.fiscal()
    if cal.first_month == 1:
        return None
    topic = parse(ctx.topic) if ctx.topic else None
    span = _relative_fiscal_year("", ctx, topic.start if topic is not None else None)
    if span is None:
        return None
    expr = time_expr(m, span, fiscal=True)
    expr.start = m.start() + m.group(0).lower().index("the")
    expr.text = m.string[expr.start: m.end()]
    return expr


_PUBLIC_FINANCE_WORDS = lazy(r"\b(?:fiscal|budget(?:ary)?|public\s+finances?|financial\s+year)\b", re.I)


def _latest_fiscal_part(cal: FiscalCalendar, index: int, months: int, year: int, today: Optional[date]) -> Span:
    """Part `index` of the latest fiscal year in which it had begun by `today`; undated, of
    the fiscal year that begins in `year`."""
    if today is None:
        return cal.part(cal.year_of(year), index, months)
    for start_year in (today.year, today.year - 1, today.year - 2):
        span = cal.part(cal.year_of(start_year), index, months)
        if span.start <= today:
            return span
    return cal.part(cal.year_of(today.year - 2), index, months)


@rule(r"\b(?:up\s+(?:un)?to|through|until|till)\s+(?:the\s+end\s+of\s+)?" + _PART
      + rf"(?:\s*(?:of\s+)?(?:the\s+)?(?:(?:calendar\s+)?(?:year\s+)?(?P<y>{Y4})|(?P<rel>this|last|previous|the)\s+year))?"
      r"(?!\d|\s+of\s+(?:the\s+)?(?:fiscal|financial|FY))", needs=(T_PART, tokens("up", "through", "until", "till")))
def _to_part_end(m, ctx):
    """'arrivals up to the third quarter of this year', 'through the third quarter of 2024':
    the year from January to the end of that quarter or half (a cumulative report)."""
    e = _calendar_part_rule(m, ctx)
    if e is None or e.span is None:
        return e
    e.span, e.tags = month_span(e.span.end.year, 1, e.span.end.year, e.span.end.month), e.tags | {"ytd"}
    return e


@rule(rf"(?<![-–/\d])(?<![-–/]\s)\b(?:the\s+)?(?P<y>{Y4})\s+(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
      r"[- ](?P<unit>quarter|half|semester|trimester)\b"
      rf"|\b(?:the\s+)?(?P<ord2>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<y2>{Y4})\s+(?P<unit2>quarter|half|semester|trimester)\b",
      needs=(T_PART, T_YEAR))
def _year_then_part(m, ctx):
    """'the 2017 final quarter', 'its 2022 first-quarter results', 'the 3rd 2016 quarter': the
    year written before its part or inside it (not a fiscal year's, '2023-2024 second half',
    which _fiscal_part reads)."""
    if m.group("ord2"):
        index = _ORDINALS[m.group("ord2").lower()]
        months = 3 if m.group("unit2").lower() in _QUARTER_WORDS else 6
        return time_expr(m, _calendar_part(int(m.group("y2")), min(index, 12 // months), months))
    index, months = _part_index(m)
    return time_expr(m, _calendar_part(int(m.group("y")), index, months))


@rule(r"\bEFY\s?(?P<e>\d{4})\b|\b(?P<e2>\d{4})\s?EFY\b", flags=0, needs=(tokens("efy"),))
def _ethiopian_fiscal_year(m, ctx):
    """'EFY 2016', '2015 EFY': Ethiopia's fiscal year in its own calendar, which runs seven to
    eight years behind: EFY 2016 is 8 July 2023 to 7 July 2024 (read as July–June)."""
    e = int(m.group("e") or m.group("e2"))
    return time_expr(m, month_span(e + 7, 7, e + 8, 6), fiscal=True)


# a year of another kind named after two years: "the 2018/2019 agri-year", "the 2030/31 season"
_OTHER_YEAR_AFTER = lazy(r"[\s-]*(?:agri|agricultural|marketing|crop|harvest|season|school|academic|sugar|coffee|cocoa|cotton|cruise|"
                         r"tourist|tourism|winter|summer|ski|sports?|football|league|cycle|campaign)\b", re.I)


@rule(r"\bFY(?:\s?[-–]\s?|\s)?'?(?P<fa>\d{4}|\d{2})(?:\s?[-–/]\s?['‘’]?(?P<fa2>\d{4}|0\d{2}|\d{2}))?(?!\d)"
      # "the previous fiscal year 2023-24": the year named in apposition, not one before it
      rf"|\b(?:the\s+)?(?:(?:current|this|last|previous|prior|past)\s+(?=(?:fiscal|financial)\s+(?:year\s+)?{Y4}))?"
      rf"(?:(?:fiscal|financial)\s+(?:year\s+)?(?:\(FY\)\s*)?|(?P<fy>year\s+)(?=(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d(?!\d)))(?P<fb>{Y4})(?:\s?[-–/]\s?['‘’]?(?P<fb2>\d{{4}}|0\d{{2}}|\d{{2}}))?(?!\d)"
      rf"|\b(?:the\s+)?(?P<fc>{Y4})\s?[-–/]\s?['‘’]?(?P<fc2>\d{{2}}|{Y4}(?=\s+(?:fiscal|financial|FY)\b)|(?<=/)(?P<slash>{Y4})|(?<=[-–])(?P<dash>{Y4}))(?![\d%])(?:\s+(?:(?:fiscal|financial)(?:\s+year)?|FY\b))?"
      r"|\b(?:the\s+)?(?P<fd>current|this|next|last|previous|prior)\s+(?:fiscal|financial)(?:\s+year)?\b"
      rf"|\b(?:the\s+|its\s+)?(?P<fg>{Y4})\s+(?:fiscal|financial)\s+year\b", needs=(T_FISCAL,))
def _fiscal_year_rule(m, ctx):
    """'FY24', 'FY2023-24', 'fiscal 2024', 'the 2023-24 fiscal year', '2023-24', 'the current fiscal year',
    'the year 2023-2024' or '2019/2020' of a budget (two consecutive years as one year: a fiscal one)."""
    if m.group("dash") and not (ctx.topic_fiscal or ctx.fiscal_text) or m.group("dash") and _OTHER_YEAR_AFTER.match(m.string, m.end()):
        return None  # "2012-2013": the years a span runs over, unless the text is about fiscal years
    if (m.group("fy") or m.group("slash") or m.group("dash")) and not _FISCAL_TALK.search(m.string) \
            and not (m.group("slash") and ctx.topic_fiscal and not _OTHER_YEAR_AFTER.match(m.string, m.end())) and not m.group("dash"):
        # "the year 2019-2020" of a school or a season: the years it spans (in a text about a
        # fiscal year, "the Government's 2023/2024 planned expenditure" is one)
        return None
    if (m.group("fd") or "").lower() in ("previous", "prior"):
        # "a 7.2% drop from the previous fiscal year": the year before the statement's, as
        # "the previous year" is; "last fiscal year" is the one before the article's date
        return time_expr(m, None, shift=("year", -1), fiscal=True)
    span = _fiscal_year(m, ctx)
    return time_expr(m, span, fiscal=True) if span else None


def _fiscal_opening_months(m: re.Match, ctx: TimeContext, n: int) -> Optional[TimeExpr]:
    """The first `n` months of the current fiscal year, where the place's year is not the
    calendar year."""
    if ctx.today is None or ctx.fiscal().first_month == 1:
        return None
    fy = _relative_fiscal_year("current", ctx)
    if fy is None:
        return None
    months = n + 1 if n < 12 and ctx.fiscal().mid_month else n
    return time_expr(m, FiscalCalendar(fy.start.month).part(fy, 1, months), fiscal=True)


def _solar_topic_year(ctx: TimeContext) -> Optional[int]:
    """The solar hijri year the text before was about, when its period began at Nowruz."""
    topic = parse(ctx.topic) if ctx.topic else None
    if topic is None:
        return None
    try:
        year = solar_hijri_year_of(topic.start)
        return year if solar_hijri_months(year, 1, 1).start == topic.start else None
    except ValueError:
        return None


_SOLAR_YEAR = (r"(?:Iranian|Persian|Afghan|solar(?:\s+hijri)?|hijri\s+solar|(?:Hijri\s+)?Shamsi)"
               r"(?:\s+calendar)?\s+year(?:\s+(?P<sy>1[34]\d\d)(?!\d))?")
_GREGORIAN_DAYS = (rf"\s*\(\s*(?:from\s+)?(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:,?\s+{Y4})?\s*(?:-|–|to|through|until)\s*"
                   rf"(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:,?\s+{Y4})?\s*\)")


@rule(rf"\b(?:(?:the\s+|its\s+)?first\s+(?P<n>{_N})\s+months\s+of\s+)?(?:the\s+)?(?:(?P<rel>current|this|last|previous|past|preceding|next)\s+)?"
      + _SOLAR_YEAR + rf"(?:{_GREGORIAN_DAYS})?",
      needs=(tokens("iranian", "persian", "afghan", "solar", "shamsi"), tokens("year")))
def _solar_hijri(m, ctx):
    """'the first seven months of the current Iranian calendar year (March 20-October 21)',
    'the Iranian year 1399', 'the last solar year': Iran's and Afghanistan's year, which
    begins at Nowruz (20 or 21 March) and whose months are not ours. Dates the text gives
    in brackets are its own reading of the span and are kept."""
    rel = (m.group("rel") or "").lower()
    if m.group("sy"):
        year = int(m.group("sy"))
    elif ctx.today is None:
        return None
    else:
        year = solar_hijri_year_of(ctx.today) + {"last": -1, "previous": -1, "past": -1, "preceding": -1, "next": 1}.get(rel, 0)
    n = _count(m.group("n")) if m.group("n") else 12
    if not n or n > 12:
        return None
    span = solar_hijri_months(year, 1, n)
    if m.group("m1"):
        start_month, end_month = month_of(m.group("m1")), month_of(m.group("m2"))
        end_year = span.start.year + (1 if end_month < start_month else 0)
        try:
            stated = Span(date(span.start.year, start_month, int(m.group("d1"))), date(end_year, end_month, int(m.group("d2"))))
        except ValueError:
            stated = None
        if stated is not None and stated.start <= stated.end:
            span = stated
    return time_expr(m, span)


@rule(rf"\b(?P<m1>{MONTH})\s*(?:-|–|—|to|through)\s*(?P<m2>{MONTH})(?:\s+period)?\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?"
      rf"(?P<par>\(\s*)?(?:FY\s?|(?:fiscal|financial)\s+(?:year\s+)?)?(?P<y1>{Y4})\s?[-–/]\s?['‘’]?(?P<y2>\d{{2}})(?!\d)"
      rf"(?(par)\s*\))(?:\s+(?:fiscal|financial)\s+year\b)?", needs=(T_MONTH, T_FISCAL))
def _month_range_fiscal(m, ctx):
    """'April-March 2020-21', 'April–December 2023-24', 'the July-February period in 2018-19
    financial year', 'July-February (2017-18)': months of a two-year (fiscal) year."""
    a, b = month_of(m.group("m1")), month_of(m.group("m2"))
    y1 = int(m.group("y1"))
    if (y1 + 1) % 100 != int(m.group("y2")):
        return None
    y2 = y1 if b >= a else y1 + 1
    return time_expr(m, month_span(y1, a, y2, b), fiscal=True)


@rule(rf"\b(?P<mon>{MONTH})\s+(?:of\s+)?(?:the\s+)?(?P<rel>this|current|last|next)\s+(?:fiscal|financial)(?:\s+year)?\b",
      needs=(T_MONTH, tokens("fiscal", "financial")))
def _month_of_relative_fiscal(m, ctx):
    """'In February this fiscal', 'March of the current financial year': that month of the
    fiscal year the article's date falls in (or the one before or after)."""
    fy = _relative_fiscal_year(m.group("rel").lower(), ctx)
    if fy is None:
        return None
    mon = month_of(m.group("mon"))
    year = fy.start.year if mon >= fy.start.month else fy.end.year
    return time_expr(m, month_span(year, mon, year, mon), fiscal=True)


@rule(rf"\b(?P<m1>{MONTH})\s*(?:-|–|—|to|through|until)\s*(?P<m2>{MONTH})(?:\s+period)?\s+(?:of\s+|in\s+)?(?:the\s+)?"
      r"(?P<rel>this|current|ongoing|present|running|last|previous|preceding|prior|next)\s+(?:fiscal|financial)(?:\s+year)?\b",
      needs=(TWO_MONTHS, tokens("fiscal", "financial")))
def _month_range_of_relative_fiscal(m, ctx):
    """'October-January of the ongoing financial year', 'the August–November period this
    fiscal': those months of the fiscal year the article's date falls in (or the one before
    or after), not the last month alone nor the latest such months of the calendar."""
    rel = m.group("rel").lower()
    fy = _relative_fiscal_year({"ongoing": "current", "present": "current", "running": "current",
                                "preceding": "previous"}.get(rel, rel), ctx)
    if fy is None:
        return None
    a, b = month_of(m.group("m1")), month_of(m.group("m2"))
    y1 = fy.start.year if a >= fy.start.month else fy.end.year
    y2 = fy.start.year if b >= fy.start.month else fy.end.year
    if (y1, a) > (y2, b) or month_span(y1, a, y2, b).end > fy.end:
        # months that run across the end of the calendar's year ("July-March" where no place
        # with a July year is known): a year so far, so the fiscal year opens with the first
        # month named, the latest such opening by the article's date
        offset = {"last": -1, "previous": -1, "prior": -1, "next": 1}.get(rel, 0)
        y1 = ctx.today.year - (1 if a > ctx.today.month else 0) + offset
        y2 = y1 if b >= a else y1 + 1
    return time_expr(m, month_span(y1, a, y2, b), fiscal=True)


@rule(rf"\b(?:the\s+)?(?:fiscal|financial|budget)\s+year\s+(?:beginning|starting|that\s+(?:begins|starts)|which\s+(?:begins|starts))\s+"
      rf"(?:in\s+|on\s+)?(?P<mon>{MONTH})(?:\s+\d{{1,2}})?(?:,?\s+(?P<y>{Y4}))?", needs=(tokens("beginning", "starting", "begins", "starts"),))
def _fiscal_year_from(m, ctx):
    """'the fiscal year beginning in April': the twelve months from the next such month."""
    mon = month_of(m.group("mon"))
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.today is not None:
        year = ctx.today.year + (1 if mon < ctx.today.month else 0)
    else:
        return None
    last = year * 12 + mon - 1 + 11
    return time_expr(m, month_span(year, mon, last // 12, last % 12 + 1), fiscal=True)


@rule(r"\b(?:the\s+)?(?P<fiscal>(?:fiscal|financial)\s+)year(?:[- ]to[- ]date|\s+so\s+far)\b"
      r"|\b(?:so|thus)\s+far\s+(?:this|in\s+the|in\s+the\s+current)\s+(?P<fiscal2>(?:fiscal|financial)\s+)year\b",
      needs=(tokens("date", "far"), tokens("fiscal", "financial")))
def _fiscal_to_date(m, ctx):
    """'fiscal year to date', 'so far this financial year' (tried before 'this fiscal year')."""
    return _fiscal_year_to_date(m, ctx)


def _fiscal_year_to_date(m, ctx) -> Optional[TimeExpr]:
    """The fiscal year to date: to the end of the fiscal part the text just named, else to
    the month before the article's."""
    g = m.groupdict()
    said = bool(g.get("fiscal") or g.get("fiscal2"))
    if g.get("y") or not (said or ctx.topic_fiscal):
        return None
    topic = parse(ctx.topic) if ctx.topic_fiscal and ctx.topic else None
    if topic is not None:
        end = topic.end
    elif ctx.today is not None:
        end = date(ctx.today.year, ctx.today.month, 1) - timedelta(days=1)
    else:
        return None
    cal = ctx.fiscal()
    if cal.first_month == 1 and not said:
        return None
    for candidate in (end.year - 1, end.year, end.year + 1):
        year = cal.year(candidate)
        if year.start <= end <= year.end:
            return time_expr(m, month_span(year.start.year, year.start.month, end.year, end.month),
                         fiscal=True, tags={"ytd", "deictic"})
    return None
