"""The grammar of time expressions: each rule a pattern and a reader that turns its match
into a `TimeExpr`, tried in order (an earlier rule's match wins where two overlap, so the
longer, more specific phrase comes before its parts), each gated by the needs
(`rulebook.Needs`) a sentence must meet before its pattern runs. Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from factcheck.calendars import FiscalCalendar, solar_hijri_months, solar_hijri_year_of
from factcheck.timespan import Span, month_span, parse
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs, Rulebook
from factcheck.extract.periods.expressions import MONTH, TimeContext, TimeExpr, Y4, _MONTH_RE, _N, _ORDINALS, _count, _year, month_of


# --- the grammar of time expressions ----------------------------------------------------
# Each rule is a pattern and a reader that turns its match into a TimeExpr. Rules are
# tried in order and an earlier rule's match wins where two overlap, so the longer,
# more specific phrase ("the first half of fiscal 2024") comes before its parts.

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


# The grammar's rules, in the order they are tried, each with the needs (rulebook.Needs) a
# sentence must meet before its pattern runs.
_BOOK = Rulebook()
rule = _BOOK.rule

_T_PART = Needs(("quarter", "quarters", "half", "semester", "trimester", "q1", "q2", "q3", "q4", "h1", "h2"), subs=("1q", "2q", "3q", "4q", "1h", "2h"))
_T_FISCAL = Needs(("fy", "fiscal", "financial"), subs=("fy",), pattern=r"(?:19|20)\d\d\s?[-–/]\s?['‘’]?(?:\d\d|(?:19|20)\d\d)(?!\d)")
_T_MONTH = Needs(month=True)
_T_DIGIT = Needs(digit=True)
_T_YEAR = Needs(pattern=r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a day named by its ordinal before "of" ("the 18th of August", "to the 10th of this month"):
# every match of the two rules that read it holds one (most sentences with a digit hold none)
_T_ORDINAL_DAY = Needs(pattern=r"\d(?i:st|nd|rd|th)\s+(?i:of)\s")
_MONTH3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# a day of a month: "March 20", "Sept. 1", "1st of July" (a sentence naming a month and a figure
# apart has none: the rules of days, tried at every position, would find nothing there)
_T_DAY = Needs(pattern=rf"{_MONTH3}[a-z]*\.?\s+\d|\d(?i:st|nd|rd|th)?\s+(?i:of\s+)?{_MONTH3}")
_YEAR_PAIR = Needs(pattern=r"(?:19|20)\d\d\s?(?:[-–]|(?i:and|to|through|until))\s?(?:19|20)\d\d")


_TWO_MONTHS = Needs(pattern=r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^,;]{0,26}?"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _t(*words: str) -> Needs:
    """Any of these tokens ('ending', 'quarter')."""
    return Needs(tuple(words))


def _expr(m: re.Match, span: Optional[Span], **kw) -> TimeExpr:
    return TimeExpr(m.start(), m.end(), m.group(0), span, **kw)


@rule(_PART + r"\s*(?:of\s+)?(?:the\s+)?" + _FY.replace("(?:the\\s+)?", ""), needs=(_T_PART, _T_FISCAL))
def _fiscal_part(m, ctx):
    """'Q2 2023-24', 'the fourth quarter of fiscal 2024', 'H1 FY24', 'second half of the current fiscal year'."""
    year = _fiscal_year(m, ctx)
    if year is None:
        return None
    index, months = _part_index(m)
    cal = ctx.fiscal(straddles=bool(m.group("fa2") or m.group("fb2") or m.group("fc2")))
    return _expr(m, cal.part(year, index, months), fiscal=True)


@rule(r"\b(?P<nq>[1-4])Q\s?'?(?P<yy>\d{2})(?!\d)|\b(?P<nh>[12])H\s?'?(?P<yh>\d{2})(?!\d)", needs=(Needs(subs=("1q", "2q", "3q", "4q", "1h", "2h")),))
def _compact_part(m, ctx):
    """'1Q24', '2H23': calendar quarters and halves."""
    if m.group("nq"):
        return _expr(m, _calendar_part(_year(m.group("yy")), int(m.group("nq")), 3))
    return _expr(m, _calendar_part(_year(m.group("yh")), int(m.group("nh")), 6))


# ("H1-2017", "Q3–2016": a dash joins a part and its year as a space does)
@rule(_PART + rf"(?:(?<=[QH][1-4])[-–](?P<dy>{Y4})|\s*(?:of\s+)?(?:the\s+)?(?:(?:calendar\s+)?(?:year\s+)?(?P<y>{Y4})|(?P<rel>this|last|next|previous|the)\s+year))?(?!\d)", needs=(_T_PART,))
def _calendar_part_rule(m, ctx):
    """'the first quarter of 2024', 'Q3', 'H1 2024', 'the second half of last year', 'the first half'."""
    index, months = _part_index(m)
    g = m.groupdict()
    if g.get("y") or g.get("dy"):
        return _expr(m, _calendar_part(int(g["y"] or g["dy"]), index, months))
    rel = (g.get("rel") or "").lower()
    year = ctx.this_year
    if year is None:
        return None
    if rel in ("last", "previous"):
        return _expr(m, _calendar_part(year - 1, index, months))
    if rel == "next":
        return _expr(m, _calendar_part(year + 1, index, months))
    if (g.get("ord") or "").lower() == "last" and not rel:
        # "last quarter": the quarter before the one the article was written in
        if ctx.today is None:
            return None
        q = (ctx.today.month - 1) // months
        first = year * 12 + q * months - months
        return _expr(m, month_span(first // 12, first % 12 + 1, (first + months - 1) // 12, (first + months - 1) % 12 + 1),
                     tags={"deictic"})
    if rel == "this" or rel == "the":
        return _expr(m, _calendar_part(year, index, months))
    if ctx.topic_fiscal or _PUBLIC_FINANCE_WORDS.search(m.string):
        cal = ctx.fiscal()
        if cal.first_month != 1:
            # "a fiscal snapshot of the first quarter", "budget execution in the second quarter":
            # a government reports its accounts by the quarters of its fiscal year
            return _expr(m, _latest_fiscal_part(cal, index, months, year, ctx.today), fiscal=True)
    # a bare "first quarter": the latest that had begun by the article's date
    span = ctx.latest((index - 1) * months + 1, months)
    if span is not None and ctx.today is not None and span.end > ctx.today and ctx.topic_year \
            and ctx.topic_year < span.start.year:
        # (unless it has not ended yet and the text is about an earlier year: "in 2023 …
        # a quarter-by-quarter breakdown: for Q1 …" in a March 2024 article is 2023's Q1)
        span = _calendar_part(ctx.topic_year, index, months)
    return _expr(m, span)


_PART_OF_BEFORE = lazy(r"\b(?:end|close|start|beginning|middle|half|quarter|months?|weeks?|days?|part|rest|remainder|balance)\s+of$", re.I)


@rule(r"\b(?:for|in|during|over|throughout|of)\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?:fiscal|financial|budget)\s+year\b"
      r"(?!\s*[-–/(]?\s*(?:FY\s*)?['’]?\d|\s+(?:ending|ended|to|through|that|which|beginning|starting|begins|starts|runs|ran))",
      needs=(_t("fiscal", "financial", "budget"),))
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
    expr = _expr(m, span, fiscal=True)
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
      r"(?!\d|\s+of\s+(?:the\s+)?(?:fiscal|financial|FY))", needs=(_T_PART, _t("up", "through", "until", "till")), first=True)
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
      needs=(_T_PART, _T_YEAR), first=True)
def _year_then_part(m, ctx):
    """'the 2017 final quarter', 'its 2022 first-quarter results', 'the 3rd 2016 quarter': the
    year written before its part or inside it (not a fiscal year's, '2023-2024 second half',
    which _fiscal_part reads)."""
    if m.group("ord2"):
        index = _ORDINALS[m.group("ord2").lower()]
        months = 3 if m.group("unit2").lower() in _QUARTER_WORDS else 6
        return _expr(m, _calendar_part(int(m.group("y2")), min(index, 12 // months), months))
    index, months = _part_index(m)
    return _expr(m, _calendar_part(int(m.group("y")), index, months))


@rule(r"\bEFY\s?(?P<e>\d{4})\b|\b(?P<e2>\d{4})\s?EFY\b", flags=0, needs=(_t("efy"),))
def _ethiopian_fiscal_year(m, ctx):
    """'EFY 2016', '2015 EFY': Ethiopia's fiscal year in its own calendar, which runs seven to
    eight years behind: EFY 2016 is 8 July 2023 to 7 July 2024 (read as July–June)."""
    e = int(m.group("e") or m.group("e2"))
    return _expr(m, month_span(e + 7, 7, e + 8, 6), fiscal=True)


# a year of another kind named after two years: "the 2018/2019 agri-year", "the 2030/31 season"
_OTHER_YEAR_AFTER = lazy(r"[\s-]*(?:agri|agricultural|marketing|crop|harvest|season|school|academic|sugar|coffee|cocoa|cotton|cruise|"
                         r"tourist|tourism|winter|summer|ski|sports?|football|league|cycle|campaign)\b", re.I)


@rule(r"\bFY(?:\s?[-–]\s?|\s)?'?(?P<fa>\d{4}|\d{2})(?:\s?[-–/]\s?['‘’]?(?P<fa2>\d{4}|0\d{2}|\d{2}))?(?!\d)"
      # "the previous fiscal year 2023-24": the year named in apposition, not one before it
      rf"|\b(?:the\s+)?(?:(?:current|this|last|previous|prior|past)\s+(?=(?:fiscal|financial)\s+(?:year\s+)?{Y4}))?"
      rf"(?:(?:fiscal|financial)\s+(?:year\s+)?(?:\(FY\)\s*)?|(?P<fy>year\s+)(?=(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d(?!\d)))(?P<fb>{Y4})(?:\s?[-–/]\s?['‘’]?(?P<fb2>\d{{4}}|0\d{{2}}|\d{{2}}))?(?!\d)"
      rf"|\b(?:the\s+)?(?P<fc>{Y4})\s?[-–/]\s?['‘’]?(?P<fc2>\d{{2}}|{Y4}(?=\s+(?:fiscal|financial|FY)\b)|(?<=/)(?P<slash>{Y4})|(?<=[-–])(?P<dash>{Y4}))(?![\d%])(?:\s+(?:(?:fiscal|financial)(?:\s+year)?|FY\b))?"
      r"|\b(?:the\s+)?(?P<fd>current|this|next|last|previous|prior)\s+(?:fiscal|financial)(?:\s+year)?\b"
      rf"|\b(?:the\s+|its\s+)?(?P<fg>{Y4})\s+(?:fiscal|financial)\s+year\b", needs=(_T_FISCAL,))
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
        return _expr(m, None, shift=("year", -1), fiscal=True)
    span = _fiscal_year(m, ctx)
    return _expr(m, span, fiscal=True) if span else None


@rule(rf"\b(?:the\s+)?(?:fiscal\s+|financial\s+)?(?P<unit>year|quarter|half[- ]year|(?P<n>{_N})[- ]months?(?:\s+period)?)\s+"
      rf"(?:to|through|thru|(?:ending|ended)(?:\s+on)?|until|up\s+to)\s+(?:the\s+end\s+of\s+|end[- ])?"
      rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<mon>{MONTH})(?:\s+(?P<d2>\d{{1,2}})(?!\d))?(?:,?\s+(?P<y>{Y4}))?", needs=(_T_MONTH, _t("to", "through", "thru", "ending", "ended", "until"), _t("year", "quarter", "half", "months", "month")))
def _months_to(m, ctx):
    """'the three months to January', 'the 12 months through March 2024', 'the year to June',
    'the quarter ended June 30', 'the fiscal year ended March 31, 2024'."""
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
            return _expr(m, Span(date(end.year, 1, 1), end), tags={"ytd"})
    return _expr(m, span) if span else None


_ENDED = lazy(r"\bend(?:ing|ed)\b", re.I)


@rule(rf"\b(?:the\s+)?(?P<mon>{MONTH})(?:\s+(?P<y0>{Y4}))?\s+quarter(?:\s+(?:of\s+)?(?P<y>{Y4}))?", needs=(_T_MONTH, _t("quarter")))
def _month_quarter(m, ctx):
    """'the March quarter' (India, Australia), 'the September 2020 quarter' (the Pacific's central
    banks): the three months ending in that month."""
    year = m.group("y0") or m.group("y")
    span = ctx.ending(month_of(m.group("mon")), 3, int(year) if year else None)
    return _expr(m, span) if span else None


@rule(rf"\b(?:the\s+)?(?P<mon>{MONTH})(?:\s+(?P<y>{Y4}))?\s+year\b"
      r"(?![-–]|\s+(?:on|over|ago|earlier|before|later|after|end)\b)", needs=(_T_MONTH, _t("year")))
def _month_named_year(m, ctx):
    """'the June year', 'the March 2024 year' (New Zealand, Australia): the twelve months
    ending in that month. Not 'March year-on-year' nor 'June year end', where the year is
    a comparison or a moment."""
    span = ctx.ending(month_of(m.group("mon")), 12, int(m.group("y")) if m.group("y") else None)
    return _expr(m, span) if span else None


_MONTH_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_MONTH_ORDINALS.update(last=12, final=12)


@rule(rf"\b(?:the\s+)?(?:last|final|closing|remaining|coming)\s+(?:few\s+)?months\s+of\s+(?:(?P<y>{Y4})|(?:the|this)\s+year)\b",
      needs=(_t("months"),), first=True)
def _closing_months(m, ctx):
    """'a tendency to slow down in the last months of 2019': the months of the year still
    to come after those the text reports (or the article's month); a time of an outlook,
    not of a figure. Of a year already over, no span the text can check."""
    year = int(m.group("y")) if m.group("y") else ctx.this_year
    topic = parse(ctx.topic) if ctx.topic else None
    after = topic.end if topic is not None and topic.end.year == year else (
        date(ctx.today.year, ctx.today.month, 1) - timedelta(days=1) if ctx.today and ctx.today.year == year else None)
    if year is None or after is None or after.month == 12:
        return _expr(m, None)
    return _expr(m, month_span(year, after.month + 1, year, 12), tags={"irrealis"})


@rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final)"
      rf"\s+month\s+of\s+(?:(?P<y>{Y4})|(?P<rel>this|last|the\s+current|the\s+previous)\s+year|the\s+year\s+(?P<y2>{Y4})"
      rf"|(?P<bare>the)\s+year\b(?!\s*(?:19|20)\d\d))(?!\d)",
      needs=(_t("month"),))
def _nth_month_of_year(m, ctx):
    """'in the first month of this year', 'the last month of 2022': one calendar month,
    named by its place in the year, not the year; 'the first month of the year', the latest January."""
    rel = (m.group("rel") or "").lower()
    month = _MONTH_ORDINALS[m.group("ord").lower()]
    if m.group("y") or m.group("y2"):
        year = int(m.group("y") or m.group("y2"))
    elif m.group("bare"):
        if month != 1:
            # "for the ninth month of the year, exports were …" is written of the nine months
            # to September as often as of September; of January the two are one
            return None
        latest = ctx.latest(month)
        if latest is None:
            return None
        year = latest.start.year
    elif ctx.this_year is None:
        return None
    else:
        year = ctx.this_year - (1 if rel.endswith(("last", "previous")) else 0)
    return _expr(m, month_span(year, month, year, month))


# what a count of opening months is of: a calendar year, this or last year, or a fiscal year
# (after a one-word bracket naming the month, "the first month (Shrawan) of the current fiscal year")
_MONTHS_OF = (rf"(?:(?:\s*\([A-Z][a-z]+\))?\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:(?:calendar\s+)?(?:year\s+)?(?P<y>{Y4})(?!\s+(?:fiscal|financial)\b|\s?[-–/]\s?\d{{2}}(?!\d)|\s?[-–/]\s?{Y4}\s+(?:fiscal|financial)\b)|(?P<rel>this|last|the\s+previous|the\s+current|the|current)\s+year"
      # "the first two months of 2020/21": a year named by two calendar years is a fiscal one
      rf"|(?P<fy>{Y4}\s?[-–/]\s?\d{{2}}(?!\d)|{Y4}(?:\s?[-–/]\s?{Y4})?\s+(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+(?:year\s+)?(?:{Y4}(?:\s?[-–/]\s?(?:\d{{4}}|0\d{{2}}|\d{{2}})(?!\d))?)|FY(?:\s?[-–]\s?|\s)?'?\d{{2,4}}(?:\s?[-–/]\s?(?:\d{{4}}|0\d{{2}}|\d{{2}})(?!\d))?|(?:the\s+)?(?:(?:current|this|last|previous)\s+)?(?:fiscal|financial)\s+year(?:\s+(?:{Y4}\s?[-–/]\s?(?:\d{{4}}|\d{{2}})(?!\d)))?)))?")


@rule(rf"\b(?:the\s+|its\s+)?(?P<which>first|1st|past|last|previous|preceding|latest)\s+(?P<n>{_N})\s+months?(?![-\w])" + _MONTHS_OF, needs=(_t("months", "month"),), first=True)
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
            return _expr(m, FiscalCalendar(fy.start.month).part(fy, 1, n), fiscal=True)
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
                return _expr(m, solar_hijri_months(solar, 1, n))
            latest = ctx.latest(n)  # the latest year whose n-th month had begun
            if latest is None:
                return None
            year = latest.start.year
        return _expr(m, month_span(year, 1, year, n))
    if which in ("previous", "preceding") and _COMPARED_WITH_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        # "the three months ending May 2020 with the preceding three months": the span before
        # the statement's own, not the months before the article's
        return _expr(m, None, shift=("period", -1))
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


@rule(rf"\bthe\s+(?P<n>{_N})(?:\s+months|[- ]months?\s+period)(?=\s+of\b)" + _MONTHS_OF, needs=(_t("months", "month", "period"),), first=True)
def _months_of_a_year(m, ctx):
    """'the 11 months of the current financial year', 'the seven-month period of 2019': a
    count of a year's months without 'first' is its months so far, from its start (only
    with the year they are of)."""
    if not (m.group("y") or m.group("rel") or m.group("fy")) or (_count(m.group("n")) or 12) >= 12:
        return None  # ("the 12 months of 2023" are the year, read as such)
    return _first_months(m, ctx)


@rule(r"\b(?:the\s+|its\s+)?(?P<which>first|1st|opening)\s+month(?![-\w])" + _MONTHS_OF, needs=(_t("month"),), first=True)
def _first_month(m, ctx):
    """'the first month of the current fiscal year 2025/26', 'the first month of 2024': a
    count of one, said without the count; only with the year it opens ('the first month
    since 2019', 'for the first month in a row' are no time)."""
    if not (m.group("y") or m.group("rel") or m.group("fy")):
        return None
    return _first_months(m, ctx, months=1)


def _fiscal_opening_months(m: re.Match, ctx: TimeContext, n: int) -> Optional[TimeExpr]:
    """The first `n` months of the current fiscal year, where the place's year is not the
    calendar year."""
    if ctx.today is None or ctx.fiscal().first_month == 1:
        return None
    fy = _relative_fiscal_year("current", ctx)
    if fy is None:
        return None
    months = n + 1 if n < 12 and ctx.fiscal().mid_month else n
    return _expr(m, FiscalCalendar(fy.start.month).part(fy, 1, months), fiscal=True)


@rule(r"\b(?:the\s+|its\s+)?(?P<which>first)\s+(?P<n>two|three|2|3)\s+quarters" + _MONTHS_OF, needs=(_t("quarters"),), first=True)
def _first_quarters(m, ctx):
    """'the first three quarters of 2024', 'the first two quarters of fiscal 2024': the months
    from the year's start to the end of the last quarter counted, as 'the first nine months' are."""
    n = _count(m.group("n"))
    return _first_months(m, ctx, months=3 * n) if n else None


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
      needs=(_t("iranian", "persian", "afghan", "solar", "shamsi"), _t("year")), first=True)
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
    return _expr(m, span)


_COMPARED_WITH_BEFORE = lazy(r"\b(?:with|than|against|over|from|to|versus)\s+$", re.I)


def _trailing(m: re.Match, ctx: TimeContext, n: int) -> Optional[TimeExpr]:
    """The `n` months before the article's month: a window a change is measured over
    ('down 0.8 points over the past 12 months'), tagged so the frame can tell."""
    if ctx.today is None:
        return None
    last = ctx.today.year * 12 + ctx.today.month - 2
    first = last - n + 1
    return _expr(m, month_span(first // 12, first % 12 + 1, last // 12, last % 12 + 1), tags={"deictic", "window"})


@rule(rf"\b(?:the|for|in|over|during)\s+(?P<n>{_N})\s+months\s+of\s+(?:(?P<y>{Y4})(?!\d)|(?P<rel>this|the\s+current|last|the\s+previous)\s+year\b)",
      needs=(_t("months"),))
def _months_of_year(m, ctx):
    """'during the 11 months of 2019', 'for five months of 2023', 'in the 11 months of this
    year' (a calque of the Russian and Chinese release idiom): the year's first months
    (without 'first')."""
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
    return _expr(m, month_span(year, 1, year, n))


@rule(rf"\b(?:over|in|during|across|throughout|for\s+the\s+period\s+of)\s+(?:the\s+course\s+of\s+)?(?:the\s+)?(?P<n>{_N})(?:\s+months\b|-month\s+period\b)"
      rf"(?!\s+(?:to(?!\s+date)|through|ending|ended|of|before|after|ago|earlier|later|from|since|until|till))", needs=(_t("months", "month"),))
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
        return _expr(m, topic)
    if ctx.topic_fiscal or _FISCAL_TALK.search(m.string):
        # "during the 11-month period" in a report on a fiscal year so far: that year's months
        fiscal = _fiscal_opening_months(m, ctx, n)
        if fiscal is not None:
            return fiscal
    latest = ctx.latest(n)
    if latest is None:
        return None
    return _expr(m, month_span(latest.start.year, 1, latest.start.year, n))


# "the fewest in nine months", "the fastest pace in six months", "for the first time in
# five months": after a superlative, "in n months" is the time since the level was last
# seen (a duration), not the first months of the year
_RECORD_SINCE = lazy(r"\b(?:(?:high|low|larg|bigg|small|fast|slow|strong|weak|wid|narrow|deep|steep|sharp|few|great|"
                     r"hott|cold|wett|dri)est|most|least|best|worst|first\s+time)\b(?:\s+[\w'’-]+){0,4}?\s+$", re.I)


@rule(rf"\b(?:in|over|during|within)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+(?P<n>{_N})\s+years\b"
      rf"|\bin\s+the\s+space\s+of\s+(?P<n2>{_N})\s+years\b"
      rf"|(?<=\d|%)\s+(?:in|over)\s+(?P<n3>{_N})\s+years\b|(?:percent|per\s+cent)\s+(?:in|over)\s+(?P<n4>{_N})\s+years\b",
      needs=(_t("years"),))
def _years_window(m, ctx):
    """'grew 65% in the last 30 years', 'an increase of 26% in ten years', 'in the space of
    three years': a change measured across a window of years that ends at the statement's
    own period, so its base is that period n years back (its period is the statement's)."""
    n = _count(next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")) if g))
    if not n or n < 2 or ctx.future:
        return None
    e = _expr(m, None, shift=("year", -n), tags={"base", "years_window"})
    if m.group("n3") or m.group("n4"):
        # the figure before it is no part of the expression
        lead = re.match(r"(?:percent|per\s+cent)?\s+", m.group(0), re.I)
        e.start += lead.end()
        e.text = m.group(0)[lead.end():]
    return e


@rule(rf"\b(?P<m1>{MONTH})\s*(?:-|–|—|to|through)\s*(?P<m2>{MONTH})(?:\s+period)?\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?"
      rf"(?P<par>\(\s*)?(?:FY\s?|(?:fiscal|financial)\s+(?:year\s+)?)?(?P<y1>{Y4})\s?[-–/]\s?['‘’]?(?P<y2>\d{{2}})(?!\d)"
      rf"(?(par)\s*\))(?:\s+(?:fiscal|financial)\s+year\b)?", first=True, needs=(_T_MONTH, _T_FISCAL))
def _month_range_fiscal(m, ctx):
    """'April-March 2020-21', 'April–December 2023-24', 'the July-February period in 2018-19
    financial year', 'July-February (2017-18)': months of a two-year (fiscal) year."""
    a, b = month_of(m.group("m1")), month_of(m.group("m2"))
    y1 = int(m.group("y1"))
    if (y1 + 1) % 100 != int(m.group("y2")):
        return None
    y2 = y1 if b >= a else y1 + 1
    return _expr(m, month_span(y1, a, y2, b), fiscal=True)


@rule(rf"\b(?P<mon>{MONTH})\s+(?:of\s+)?(?:the\s+)?(?P<rel>this|current|last|next)\s+(?:fiscal|financial)(?:\s+year)?\b",
      first=True, needs=(_T_MONTH, _t("fiscal", "financial")))
def _month_of_relative_fiscal(m, ctx):
    """'In February this fiscal', 'March of the current financial year': that month of the
    fiscal year the article's date falls in (or the one before or after)."""
    fy = _relative_fiscal_year(m.group("rel").lower(), ctx)
    if fy is None:
        return None
    mon = month_of(m.group("mon"))
    year = fy.start.year if mon >= fy.start.month else fy.end.year
    return _expr(m, month_span(year, mon, year, mon), fiscal=True)


@rule(rf"\b(?P<m1>{MONTH})\s*(?:-|–|—|to|through|until)\s*(?P<m2>{MONTH})(?:\s+period)?\s+(?:of\s+|in\s+)?(?:the\s+)?"
      r"(?P<rel>this|current|ongoing|present|running|last|previous|preceding|prior|next)\s+(?:fiscal|financial)(?:\s+year)?\b",
      first=True, needs=(_TWO_MONTHS, _t("fiscal", "financial")))
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
    return _expr(m, month_span(y1, a, y2, b), fiscal=True)


_RESPECTIVELY = lazy(r"\brespectively\b", re.I)


@rule(rf"\b(?:(?P<kw>between|from)\s+)?(?:mid-?\s?)?(?P<m1>{MONTH})(?:\s+(?P<y1>{Y4}))?\s*(?P<sep>[-–](?:to|through|until)[-–]|-|–|—|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*"
      rf"(?:(?<=[a-z]\s)(?:the\s+)?end\s+of\s+(?:last\s+)?)?(?:mid-?\s?)?(?P<m2>{MONTH})(?:\s+(?P<last>2[89]|3[01])(?:st|th)?(?!\d))?(?!\s*\d{{1,2}}\b)(?:\s*,?\s*(?:(?:period\s+)?(?:of|in)\s+)?(?P<y2>{Y4})|\s+(?:(?:period\s+)?(?:of|in)\s+)?(?P<rel>last|this|the\s+previous|the\s+current)\s+year)?(?!\d)", needs=(_TWO_MONTHS,))
def _month_range(m, ctx):
    """'January–June', 'Jan.-June 2024', 'between January and July', 'from April to June',
    'the January-to-July 2022 period', 'January-August of the current year'."""
    a, b = month_of(m.group("m1")), month_of(m.group("m2"))
    if _AT_END_OF.search(m.string, max(0, m.start() - 24), m.start()):
        return None  # "from the end of August 2010 to the end of August 2011": two stocks' dates
    if m.group("sep").lower() == "and" and (m.group("kw") or "").lower() != "between" \
            and (b != a + 1 or _RESPECTIVELY.search(m.string)):
        return None  # "in January and June", "in May and June, respectively": two months
    # "slowed to 5.8 percent in May and June": two months in a row are one span
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else None
    if m.group("rel") and ctx.this_year:
        # "the October-December period of last year"
        y2 = ctx.this_year - (0 if m.group("rel").split()[-1].lower() in ("this", "current") else 1)
    if y2 is None and y1 is None:
        latest = ctx.latest(b)
        if latest is None:
            return None
        y2 = latest.start.year
    if y2 is None:
        y2 = y1 if b >= a else y1 + 1
    if y1 is None:
        y1 = y2 if a <= b else y2 - 1
    if (y1, a) > (y2, b):
        return None
    span = month_span(y1, a, y2, b)
    if m.group("last") and span.end.day != int(m.group("last")):
        return None  # "to August 31" closes the month; "to August 29" is a day's date
    kw = (m.group("kw") or "").lower()
    if kw == "between" or kw == "from" and (y2 * 12 + b) - (y1 * 12 + a) == 1:
        # "eased by 0.2 points between March and April", "from May to June": two ends, the
        # first a base for a change across them (the frame dates the change by the last)
        # ("between March 2019 and March 2021": one month in two years, two ends, no run summed)
        return _expr(m, span, range_from=month_span(y1, a, y1, a), tags={"two_ends"} if a == b and y1 != y2 else set())
    return _expr(m, span)


_AT_END_OF = lazy(r"\b(?:end|close)\s+of\s+(?:the\s+)?$", re.I)


@rule(rf"\bby\s+(?:the\s+end\s+of\s+|end[- ])?(?P<mon>{MONTH})(?!\.?\s*\d{{1,2}}\b)(?:,?\s+(?P<y>{Y4}))?(?![\w\d])",
      needs=(_T_MONTH, _t("by")), first=True)
def _by_month(m, ctx):
    """'the deficit expanded to 4.4 percent of GDP by July 2019', 'by end-June': the month
    named, tagged for the frame, which sums a flow from January to it (a stock is counted
    at that month's end)."""
    mon = month_of(m.group("mon"))
    if m.group("y"):
        return _expr(m, month_span(int(m.group("y")), mon, int(m.group("y")), mon), tags={"by_month"})
    latest = ctx.latest(mon)
    return _expr(m, latest, tags={"by_month", "deictic"}) if latest is not None else None


@rule(rf"\b(?:(?:accumulated|cumulative(?:ly)?)\s+(?:up\s+)?to|till|until|up\s+(?:un)?to|through)\s+(?:the\s+end\s+of\s+|end[- ])?(?P<mon>{MONTH})(?!\.?\s*\d{{1,2}}\b)"
      rf"(?:,?\s+(?P<y>{Y4})|\s+(?:of\s+)?(?P<rel>this|last|the\s+current)\s+year)?(?!\d|,\s*(?:{MONTH}|\d{{1,2}}\b(?![,.]\d)))",
      needs=(_T_MONTH, _t("till", "until", "up", "through", "accumulated", "cumulative", "cumulatively")))
def _to_month_end(m, ctx):
    """'fell 1 per cent to RO 1,896.8 million till the end of November 2019', 'until June
    2024', 'through August of this year': a flow summed from January to the end of the month named (a cumulative release).
    A month range ('from March through June') is read first by its own rule."""
    mon = month_of(m.group("mon"))
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.this_year is None:
        return None
    elif m.group("rel"):
        year = ctx.this_year - (1 if m.group("rel").lower() == "last" else 0)
    else:
        year = ctx.latest(mon).start.year  # "accumulated to September": the latest September
    return _expr(m, month_span(year, 1, year, mon), tags={"ytd"})


@rule(r"(?<![$€£¥\w.,])(?P<n>[2-9]|1[01])M(?:\s?(?P<y>(?:19|20)\d{2})|['’]?(?P<y2>\d{2}))(?![\d%])", flags=0,
      needs=(_T_DIGIT, Needs(pattern=r"\dM")))
def _first_months_compact(m, ctx):
    """'9M2023', '5M 2024', "11M'23": the first n months of the year (a results notation)."""
    y = _year(m.group("y") or m.group("y2"))
    return _expr(m, month_span(y, 1, y, int(m.group("n"))), tags={"ytd"})


@rule(rf"\b(?:the\s+|(?<=\bin\s))(?P<n>{_N})[- ]months?,?\s+period\b", needs=(_t("period"),))
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
            return _expr(m, ctx.ending(topic.end.month, n, topic.end.year), tags={"ytd"})
        return _expr(m, topic, tags={"ytd"}) if topic is not None and topic.months == n else None
    return _expr(m, ctx.ending(month_of(named[-1]), n), tags={"ytd"}) if ctx.this_year else None


@rule(rf"\bto\s+(?:the\s+)?end(?:\s+of\s+|[- ])(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?(?![\d,])", needs=(_T_MONTH, _t("end")))
def _to_end_of(m, ctx):
    """'trade deficit widens to 11,163.8 million TND to end July': January to the end of
    that month (of the year named, else the latest such month)."""
    mon = month_of(m.group("mon"))
    if m.group("y"):
        year = int(m.group("y"))
    else:
        latest = ctx.latest(mon)
        if latest is None:
            return None
        year = latest.start.year
    if _FROM_END_OF.search(m.string, max(0, m.start() - 60), m.start()):
        # "in the year from the end of August 2010 to the end of August 2011": a change
        # between two stocks, each counted at a month's end; the later one's month
        return _expr(m, month_span(year, mon, year, mon))
    return _expr(m, month_span(year, 1, year, mon), tags={"ytd"})


_FROM_END_OF = lazy(rf"\bfrom\s+(?:the\s+)?(?:end|close)(?:\s+of\s+|[- ]){MONTH}(?:,?\s+{Y4})?\s+$")


@rule(rf"\b(?:(?P<kw>between|from)\s+)(?P<y1>{Y4})\s+(?:and|to|through|until)\s+(?P<y2>{Y4})(?![\d%])"
      rf"|(?<![(\d])(?P<y3>{Y4})\s?[-–]\s?(?P<y4>{Y4})(?![\d)%])", needs=(_YEAR_PAIR,))
def _year_range(m, ctx):
    """'between 2019 and 2023', 'from 2015 to 2020', '2019-2023': the span, and the first
    year as the base of a change across it."""
    y1 = int(m.group("y1") or m.group("y3"))
    y2 = int(m.group("y2") or m.group("y4"))
    if y2 <= y1 or y2 - y1 > 60:
        return None
    if y2 == y1 + 1 and m.group("y3") and _FISCAL_TALK.search(m.string) and ctx.fiscal().first_month != 1:
        # "$1.14 billion in the 2018-2019 fiscal year, $3.9 billion in 2017-2018": two years
        # in a row, where the sentence speaks of fiscal years, name one of them
        return _expr(m, ctx.fiscal().year_of(y1), fiscal=True)
    return _expr(m, month_span(y1, 1, y2, 12), range_from=month_span(y1, 1, y1, 12))


@rule(rf"\b(?:the\s+)?(?:fiscal|financial|budget)\s+year\s+(?:beginning|starting|that\s+(?:begins|starts)|which\s+(?:begins|starts))\s+"
      rf"(?:in\s+|on\s+)?(?P<mon>{MONTH})(?:\s+\d{{1,2}})?(?:,?\s+(?P<y>{Y4}))?", needs=(_t("beginning", "starting", "begins", "starts"),), first=True)
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
    return _expr(m, month_span(year, mon, last // 12, last % 12 + 1), fiscal=True)


_DIGIT = re.compile(r"\d")


@rule(r"\b(?:the\s+)?(?P<fiscal>(?:fiscal|financial)\s+)?(?:year[- ]to[- ]date|(?:so|thus)\s+far\s+(?:this|in\s+the)\s+(?P<fiscal2>(?:fiscal|financial)\s+)?year|this\s+year\s+so\s+far|year\s+so\s+far|so\s+far\s+in\s+(?P<y>(?:19|20)\d{2})|YTD)\b"
      # "since the beginning of the year", "from the start of this year": the same span, told
      # from its start (with an end of its own, "… until August 20", another rule reads it)
      r"|\b(?P<since>since|from)\s+the\s+(?:beginning|start|turn)\s+of\s+(?:(?:the|this)\s+(?:calendar\s+)?year|(?P<y3>(?:19|20)\d{2}))\b"
      r"(?!\s+(?:up\s+)?(?:until|till|to|through)\b)",
      needs=(_t("date", "far", "ytd", "beginning", "start", "turn"),))
def _year_to_date(m, ctx):
    """'year to date', 'so far this year', 'since the beginning of the year': January to
    the month the text reports on, when it named one of this year before ('the surplus was
    CZK 18.4bn in June … Since the beginning of the year, it reached CZK 114.7bn'), else
    to the last month before the article's; of a fiscal year ('fiscal year to date', or
    after a part of a fiscal year the text named), from that year's first month."""
    fiscal = _fiscal_year_to_date(m, ctx)
    if fiscal is not None:
        return fiscal
    named = m.group("y") or m.group("y3")
    if ctx.today is None:
        return None
    year = int(named) if named else ctx.today.year
    last = ctx.today.month - 1 if ctx.today.year == year else 12
    if m.group("since"):
        if not _DIGIT.search(m.string, m.end()):
            return None  # "Since the beginning of the year, rates have remained high": no figure of its own to date
        # to the month the text reports on: one it named, or the end of a year-to-date it set
        topic = parse(ctx.topic) if ctx.topic else None
        if topic is not None and topic.end.year == year and topic.end <= ctx.today \
                and (topic.months == 1 or topic.start.month == 1 and topic.start.year == year):
            last = topic.end.month
    if last < 1:
        last = 1
    return _expr(m, month_span(year, 1, year, last), tags={"ytd", "deictic"})


@rule(r"\b(?:the\s+)?(?P<fiscal>(?:fiscal|financial)\s+)year(?:[- ]to[- ]date|\s+so\s+far)\b"
      r"|\b(?:so|thus)\s+far\s+(?:this|in\s+the|in\s+the\s+current)\s+(?P<fiscal2>(?:fiscal|financial)\s+)year\b",
      needs=(_t("date", "far"), _t("fiscal", "financial")), first=True)
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
            return _expr(m, month_span(year.start.year, year.start.month, end.year, end.month),
                         fiscal=True, tags={"ytd", "deictic"})
    return None


@rule(r"(?<=\bhas\s)(?:so|thus)\s+far\b(?!\s*(?:this|in|into|during|as|from|since|than|the|,?\s*(?:so\s+)?good))"
      r"|(?<=\bhave\s)(?:so|thus)\s+far\b(?!\s*(?:this|in|into|during|as|from|since|than|the))", needs=(_t("far"),))
def _so_far(m, ctx):
    """'Zimbabwe has so far exported …' (a present perfect): the period still running when the article was
    written, whose unit (a season, a campaign, a year) the text leaves unsaid; named by
    the year it runs in, the article's."""
    if ctx.today is None:
        return None
    return _expr(m, month_span(ctx.today.year, 1, ctx.today.year, 12), tags={"deictic"})



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
        return _expr(m, Span(month.start.replace(day=first), month.start.replace(day=last)))
    except ValueError:
        return None


@rule(rf"\b(?:the\s+)?(?P<which>first|second|latter|last)\s+(?P<part>half|fortnight)\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?(?!\s*\d)",
      needs=(_T_MONTH, _t("half", "fortnight")), first=True)
def _part_of_month(m, ctx):
    """'the first half of August', 'the second fortnight of March 2024': a part of a month, its
    days (not the half-year a bare 'the first half' names)."""
    month = _named_month(ctx, m.group("mon"), m.group("y"))
    if month is None:
        return None
    cut = 15 if m.group("part").lower() == "half" else 14
    if m.group("which").lower() == "first":
        return _expr(m, Span(month.start, month.start.replace(day=cut)))
    return _expr(m, Span(month.start.replace(day=cut + 1), month.end))


@rule(rf"\bthe\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?|(?P<rel>this|last|the\s+current|the\s+previous|the\s+same)\s+month)\b",
      needs=(_T_DIGIT, _T_ORDINAL_DAY), first=True)
def _ordinal_day_of(m, ctx):
    """'the 18th of August', 'as of the 18th of this month': that day (not the whole month)."""
    if m.group("mon"):
        month = _named_month(ctx, m.group("mon"), m.group("y"))
    elif m.group("rel").lower() != "the same":
        month = _this_or_last_month(ctx, m.group("rel"))
    else:
        return None
    if month is None:
        return None
    try:
        day = month.start.replace(day=int(m.group("d")))
    except ValueError:
        return None
    return _expr(m, Span(day, day), tags={"deictic"} if not m.group("y") else set())


@rule(rf"\bfrom\s+the\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)\s+(?:to|through|until|till)\s+the\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+"
      rf"(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?|(?P<rel>this|last|the\s+current|the\s+previous)\s+month)\b",
      needs=(_T_DIGIT, _T_ORDINAL_DAY), first=True)
def _ordinal_days_of(m, ctx):
    """'from the 1st to the 10th of this month', 'from the 1st to the 20th of March': a span of
    days named by their ordinals, as customs offices report exports ten days at a time
    (registered after the one-day rule so that, put first, it is tried before it)."""
    month = _named_month(ctx, m.group("mon"), m.group("y")) if m.group("mon") \
        else _this_or_last_month(ctx, m.group("rel"))
    return _days_in(m, month, int(m.group("d1")), int(m.group("d2")))


_DAY_OF_MONTH = r"(?:(?P<{m}>{MONTH})\s+(?P<{d}>\d{{1,2}})(?:st|nd|rd|th)?|(?P<{d}b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{m}b>{MONTH}))"


@rule(rf"(?:\b(?P<kw>between|from)\s+)?\b" + _DAY_OF_MONTH.format(m="m1", d="d1", MONTH=MONTH)
      # "July 1, 2019, to June 30, 2020": a comma may close the first date's year
      + rf"(?:,?\s+(?P<y1>{Y4})(?:,(?=\s*(?:to|through|until)\b))?)?\s*(?P<sep>-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*" + _DAY_OF_MONTH.format(m="m2", d="d2", MONTH=MONTH)
      + rf"(?!\d)(?:,?\s+(?P<y2>{Y4}))?(?!\d|,\d)", needs=(_T_MONTH, _T_DIGIT, _T_DAY))
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
    return _expr(m, Span(start, end))


@rule(rf"\b(?:up\s+to|through|until|till)\s+(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{Y4}))?",
      needs=(_T_MONTH, _T_DIGIT, _t("up", "through", "until", "till")))
def _month_to_day(m, ctx):
    """'exports up to Nov. 20': the month so far, from its first day."""
    month = _named_month(ctx, m.group("mon"), m.group("y"))
    if month is None:
        return None
    try:
        return _expr(m, Span(month.start, month.start.replace(day=int(m.group("d")))))
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
      needs=(_T_MONTH, _t("beginning", "start")), first=True)
def _year_to_day(m, ctx):
    """'from the beginning of the year up until August 20, 2023': January 1st to that day."""
    end = _read_day(m, "a", ctx)
    return _expr(m, Span(date(end.year, 1, 1), end), tags={"ytd"}) if end else None


@rule(rf"\b(?:(?:since|from)\s+the\s+(?:beginning|start|outset)\s+of\s+(?:the\s+current\s+|the\s+|this\s+)(?:calendar\s+)?year"
      rf"|(?:so|thus)\s+far\s+(?:this|in\s+the)\s+year|this\s+year\s+so\s+far)\s*,?\s+"
      rf"(?:up\s+)?(?:until|till|to|through|thru)\s+(?:the\s+end\s+of\s+)?"
      rf"(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4})|\s+(?:of\s+)?(?P<rel>this|the\s+current)\s+year)?(?![\s.]*\d{{1,2}}\b(?![.,]\d))"
      rf"|(?P<last>last|the\s+(?:previous|past))\s+month\b)",
      needs=(_t("beginning", "start", "outset", "far"), _t("until", "till", "to", "through", "thru")), first=True)
def _year_start_to_month(m, ctx):
    """'since the beginning of the current year until last month', 'from the start of the year
    through October', 'so far this year until September': a flow summed from January to the
    end of that month, one span (the months after "the year … to" do not make it the twelve
    months ending then)."""
    if not m.group("last"):
        return _to_month_end(m, ctx)  # a month named: read as "until October" alone is
    if ctx.today is None:
        return None
    last = ctx.today.year * 12 + ctx.today.month - 2
    return _expr(m, month_span(last // 12, 1, last // 12, last % 12 + 1), tags={"ytd"})


@rule(rf"\b(?:the|a|this|last|previous|that)\s+week\s*,?\s+(?:of\s+(?P<mon3>{MONTH})\s+(?P<d3>\d{{1,2}})\s*(?:-|–|to)\s*(?P<d4>\d{{1,2}})(?!\d)(?:,?\s+(?P<y3>{Y4}))?"
      rf"|(?P<to>ending|ended|to|through)\s+(?:on\s+)?(?:{_WEEKDAY},?\s+)?" + _day_of("b")
      + rf"|(?:commencing|starting|beginning|from|of)\s+(?:on\s+)?(?:{_WEEKDAY},?\s+)?" + _day_of("a")
      + rf"(?:\s*,?\s*(?:and\s+)?(?:ending|ended|to|through|until|-|–)\s*(?:on\s+)?(?:{_WEEKDAY},?\s+)?" + _day_of("c") + r")?"
      + rf"|of\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to)\s*(?P<d2>\d{{1,2}})\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?)",
      flags=re.I, needs=(_T_MONTH, _T_DIGIT, _t("week")), first=True)
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
            return _expr(m, Span(date(year, mon, int(m.group(first))), date(year, mon, int(m.group(last)))))
        except ValueError:
            return None
    if m.group("to"):
        end = _read_day(m, "b", ctx)
        return _expr(m, Span(end - timedelta(days=6), end)) if end else None
    start = _read_day(m, "a", ctx)
    if start is None:
        return None
    end = _read_day(m, "c", ctx, year=start.year) if (m.group("cd") or m.group("cd2")) else start + timedelta(days=6)
    return _expr(m, Span(start, end)) if end and end >= start else None


# "said on Monday", "a Monday note": the day of the telling or of a document, not of a figure
# (a sentence that reports a telling is dated by its figures' own times, or by the text's)
_TOLD = lazy(r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|released|releases|published|stated|"
             r"noted|added|revealed|disclosed|confirmed|broadcast|tweeted|wrote|posted|issued|presented|unveiled|speaking)\b", re.I)
_DOCUMENT_AFTER = lazy(r"(?:['’]s)?\s+(?:note|statement|report|release|briefing|bulletin|meeting|session|speech|interview|"
                       r"press|edition|newspaper|paper|evening|morning|night|afternoon)\b", re.I)


@rule(rf"\b(?:(?:on|last)\s+)?(?P<wd>{_WEEKDAY})(?![-–]|\s+(?:to|through|and)\s+{_WEEKDAY})\b", flags=0,
      needs=(_t(*_WEEKDAYS),))
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
    return _expr(m, Span(day, day), tags={"deictic", "weekday"})


@rule(r"\bas\s+of\s+(?:now|today)\b", needs=(_t("now", "today"),))
def _now(m, ctx):
    """'as of now': the article's day. ('currently stands at' is the latest reading, whose
    period the text states elsewhere, not the day of writing.)"""
    if ctx.today is None:
        return None
    return _expr(m, Span(ctx.today, ctx.today), tags={"deictic"})


@rule(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH}),?\s+(?P<y>{Y4})\b"
      rf"|\b(?P<mon2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{Y4})\b", needs=(_T_MONTH, _T_YEAR))
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
    return _expr(m, Span(d, d), tags={"weekday"} if dated_event else set())


_WEEKDAY_BEFORE = lazy(rf"\b{_WEEKDAY},?\s+(?:the\s+)?$", 0)


@rule(rf"(?:\b(?:the\s+)?(?:end|close)\s+of\s+|\bend[- ]|\bmid[- ]|\bearly\s+|\blate\s+)?(?P<mon>{MONTH})(?:'s)?(?:\s*,?\s+(?:of\s+)?|(?=\d{{4}}))(?:(?P<y>{Y4})|(?P<rel>this|last|next|the\s+previous|the\s+same)\s+year)(?![\d%])", needs=(_T_MONTH, Needs(("this", "last", "next", "previous", "same"), pattern=r"(?<!\d)(?:19|20)\d\d(?!\d)")))
def _month_year(m, ctx):
    """'March 2024', 'March of 2024', 'end-March 2024', 'March last year'."""
    mon = month_of(m.group("mon"))
    if m.group("y"):
        y = int(m.group("y"))
    else:
        if ctx.this_year is None:
            return None
        rel = " ".join(m.group("rel").lower().split())
        y = ctx.this_year + (-1 if rel == "last" else 1 if rel == "next" else 0)
        if rel == "the previous":
            # "10,15,942 units in December the previous year" in January 2023, of December 2022:
            # the year before the latest such month, not before the article's year
            latest = ctx.latest(mon)
            y = (latest.start.year if latest else ctx.this_year) - 1
    return _expr(m, month_span(y, mon, y, mon))


@rule(rf"\b(?P<rel>last|this|next)\s+(?P<mon>{MONTH})(?!\s*\d)", needs=(_T_MONTH, _t("last", "this", "next")))
def _deictic_month(m, ctx):
    """'last March': the latest March before the article's month; 'this March', 'next March'."""
    mon = month_of(m.group("mon"))
    latest = ctx.latest(mon)
    if latest is None:
        return None
    y = latest.start.year
    rel = m.group("rel").lower()
    if rel == "last" and ctx.today is not None and mon == ctx.today.month:
        y -= 1
    if rel == "next":
        y += 1
    if rel == "this" and ctx.this_year:
        y = ctx.this_year
    return _expr(m, month_span(y, mon, y, mon), tags={"deictic"})


# what a month before a noun dates as an event or a document, or a span it closes, not a count
# of that month: "the March budget", "the August estimate", "the June quarter", "the May election"
_NOT_COUNTED = (r"(?:and|to|or|through|until|till|quarter|half|year|term|semester|season|session|budget|estimates?|"
                r"forecasts?|projections?|report|reports|statement|review|survey|bulletin|release|edition|issue|meeting|"
                r"speech|address|election|elections|deadline|auction|decision|announcement|update|round|sitting|visit|"
                r"agreement|deal|law|order|decree|plan|programme|program|holidays?|festival|fair|summit|conference|"
                r"said|says|told|added|noted|stated)\b")


@rule(rf"(?:\b(?P<prep>in|for|during|of|since|by|until|till|through|from|to|between|and|or|at|over|than|with|on|as\s+of|versus|vs\.?|against)\s+"
      rf"(?:(?:the\s+)?(?:end|close|middle|start|beginning)\s+of\s+|end[- ]|mid[- ]|early\s+|late\s+)?"
      rf"|\b(?:the\s+)?(?:end|close)\s+of\s+|\bend[- ]|\bmid[- ])(?P<mon>{MONTH})(?P<day>\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]?\d))?(?!\s*,?\s*(?:19|20)\d\d\b)"
      rf"|^(?P<mon0>{MONTH})(?=['’]s\s|\s+(?:saw|was|were|had)\b|\s+(?!and\b|to\b|or\b|through\b)[a-z]{{3,}})|\b(?P<mon1>{MONTH})['’]s\s"
      # a month alone as the modifier of what is counted: "The December visitor arrivals
      # totaled 82,820", "…, August tourist arrivals increased by 13.8 percent", "Late July,
      # €100m were made available" (not a document or an event dated by its month, "the March
      # budget", "the August estimate", nor a span named by its closing month, "the June quarter")
      rf"|(?:\b[Tt]he\s+|(?<=,\s))(?P<mon2>{MONTH})(?=\s+(?!{_NOT_COUNTED})(?-i:[a-z]{{3,}}))"
      rf"|(?:^|(?<=,\s))(?:[Ee]arly|[Ll]ate)\s+(?P<mon3>{MONTH})(?=[,\s])", needs=(_T_MONTH,))
def _month(m, ctx):
    """'in March', 'end-March', 'from February', "March's": the latest such month by the article's date."""
    mon = month_of(m.group("mon") or m.group("mon0") or m.group("mon1") or m.group("mon2") or m.group("mon3"))
    span = ctx.latest(mon)
    if span is None:
        return None
    if m.group("day"):
        try:
            d = span.start.replace(day=int(re.sub(r"\D", "", m.group("day"))))
        except ValueError:
            return None
        span = Span(d, d)
    expr = _expr(m, span, tags={"deictic"})
    if m.group("prep"):
        # the time expression starts at the month (or its "end of"), not at the preposition
        expr.start = m.start("mon") if not m.group(0)[m.end("prep") - m.start():].strip().lower().startswith(("end", "close", "mid", "early", "late", "the")) else m.end("prep") + 1
        expr.text = m.group(0)[expr.start - m.start():]
    elif m.group("mon2") and m.group(0)[:3].lower() == "the":
        expr.start, expr.text = m.start("mon2"), m.group("mon2")  # the time is the month, not its article
    return expr


# the length a span of the same months is given ("the same 11-month period in 2011"): it
# restates the statement's span, which the frame moves into the year named
_SPAN_LENGTH = r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ]months?\s+)?"
_SAME_PERIOD = (r"(?:the\s+)?(?:same|corresponding|comparable|comparative|like)\s+(?:period(?:\s+of\s+time)?|time(?:\s?frame|\s+period|\s+span)?|term|month|quarter|half|months|week|weeks|days?)\s+"
                # "a 3.8 percent rise from the same period seen a year earlier": a participle of record between
                r"(?:(?:seen|recorded|registered|reported|posted)\s+)?"
                r"(?:of|in|a|the|during)?\s*(?:the\s+)?(?:previous|prior|last|preceding|a)?\s*year(?:\s+(?:earlier|before|ago))?")


@rule(  # the year first, as a possessive or a modifier (tried first): "last year's same period",
      # "the previous year's corresponding quarter", "2015 same period", "2015's comparable months"
      rf"(?:(?:the\s+)?(?P<yp>{Y4})(?:['’]s)?|\b(?:the\s+)?(?:last|previous|prior|preceding)\s+year['’]s)\s+"
      r"(?:same|corresponding|comparable|similar|like)\s+(?:period|time(?:\s?frame|\s+period)?|months?|quarter|half|weeks?)\b"
      # "the similar period of 2020", "a similar period last year"
      rf"|\b(?:the|a)\s+similar\s+(?:period|months?|quarter|half)\s+(?:(?:of|in)\s+(?P<ys>{Y4})|(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+year)"
      # the year between the adjective and the noun: "the comparable 2017 period", "the similar 2017 months"
      rf"|\b(?:the|a)\s+(?:same|corresponding|comparable|comparative|similar|like)\s+(?P<ym>{Y4})\s+(?:period|time\s?frame|months?|quarter|half)\b"
      rf"|" + _SAME_PERIOD + rf"|(?:the\s+)?(?:same|corresponding|comparative)\s+{_SPAN_LENGTH}(?:period(?:\s+of\s+time)?|time\s?frame|time\s+span|month|quarter|half|week|weeks|days?)\s+(?:of|in)\s+(?P<y>{Y4})"
      r"|(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|months?|quarter|half)\s+(?:of\s+|in\s+)?(?P<this>this|the\s+current)\s+year"
      # "This year's period included 16 working days, against 15 over the same time frame last year"
      r"|\b(?P<this2>this|the\s+current)\s+year['’]s\s+(?:period|time\s?frame|time\s+span)\b"
      r"|\b(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?:period|quarter|month|level|figure|months))?"
      r"|\bthis\s+time\s+(?:last|a)\s+year|\b(?:a|one)\s+year\s+(?:earlier|before|ago|previously)|\bthe\s+year\s+(?:before|earlier)"
      # "the 326,698 tons exported in the entire previous year": the whole year before
      # the statement's; "compared to $523 million achieved last season", "the previous season's
      # 201,000 tons": a season of a crop, a harvest or a cruise trade is a yearly cycle, the
      # one before the statement's (a season of the weather is another rule's: "last summer")
      r"|\bthe\s+(?:(?:entire|whole|full)\s+)?(?:previous|prior|preceding)\s+(?:year|season)|\blast\s+season\b"
      r"|\b(?:a|one)\s+(?P<unit>month|quarter)\s+(?:earlier|before|ago|previously)"
      r"|\bthe\s+(?:previous|prior|preceding)\s+(?P<unit2>month|quarter)|\bthe\s+(?P<unit3>month|quarter)\s+(?:before|earlier)"
      r"|\bthe\s+(?:previous|prior|preceding)\s+(?:period|reading)"
      # "the same previous period": the same span, a year before
      r"|\bthe\s+same\s+(?:previous|prior|preceding)\s+(?:period|months|time\s?frame)"
      # "an increase from the period last year", "a surplus in the review period last year": the
      # period the text reports on, a year before
      r"|\bthe\s+(?:review\s+|reporting\s+)?period\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+year\b(?!['’])",
      needs=(_t("earlier", "ago", "previous", "prior", "preceding", "same", "corresponding", "comparable", "comparative", "similar", "before", "like", "time",
              "period", "season"),),
      opening=True)
def _anaphoric(m, ctx):
    """'a year earlier', 'the same period last year', 'the previous quarter': relative to the
    period of the statement they belong to (resolved in the frame package)."""
    year = m.group("y") or m.group("yp") or m.group("ys") or m.group("ym")
    # the year-first, year-between and "similar" forms name only what a figure is compared with
    tags = {"base"} if m.group("yp") or m.group("ys") or m.group("ym") or re.match(r"(?:the\s+)?\w+\s+year['’]s|(?:the|a)\s+similar", m.group(0), re.I) else set()
    if year:
        # "the same period of 2023": the statement's span moved into 2023 (resolved by the frame)
        return _expr(m, None, shift=("to_year", int(year)), tags=tags)
    if m.group("this") or m.group("this2"):
        # "from 8.5 million in January–June 2017 to 10.5 million in the same period this year"
        return _expr(m, None, shift=("to_year", ctx.this_year)) if ctx.this_year else None
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    text = m.group(0).lower()
    if unit:
        return _expr(m, None, shift=(unit.lower(), -1))
    if ("period" in text and "year" not in text or "reading" in text) and "same" not in text:
        return _expr(m, None, shift=("period", -1))
    if text.endswith("season"):
        return _expr(m, None, shift=("season", -1), tags=tags)
    if re.search(r"\b(?:entire|whole|full)\s", text):
        return _expr(m, None, shift=("whole_year", -1), tags=tags)
    return _expr(m, None, shift=("year", -1), tags=tags)


_YEAR_BEFORE = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@rule(rf"\b(?:the\s+)?(?:same|corresponding|comparable|like)\s+{_SPAN_LENGTH}(?:period|months|time\s?frame)\s+(?:to|ending|ended|through|up\s+to)\s+"
      rf"(?:(?:the\s+)?end\s+(?:of\s+)?|end-)?(?P<mon>{MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{Y4})(?!\d)",
      first=True, needs=(_T_MONTH, _t("same", "corresponding", "comparable", "like")))
def _same_span_to(m, ctx):
    """'in the same period to January 2023', 'the corresponding 12-month period ending June
    2019': the statement's span, as long as it is, ending with the month named."""
    return _expr(m, None, shift=("to_end", f"{int(m.group('y')):04d}-{month_of(m.group('mon')):02d}"))


@rule(r"\bthe\s+(?P<next>next)\s+year\b(?!['’]s)|\bthe\s+(?:following|subsequent|succeeding)\s+year\b"
      r"|\b(?:a|one)\s+year\s+later\b|\bthe\s+year\s+after\b(?!\s+(?:next|that|this))",
      first=True, needs=(_t("following", "subsequent", "succeeding", "later", "after", "next"),))
def _sequel(m, ctx):
    """'the following year', 'a year later': the year after the one the narrative named last
    (resolved in the frame package), not after the article's. 'The next year' only after a year the
    sentence names ("from 566 billion in 2012 to 637 billion the next year"); alone it is
    'next year', the year after now."""
    if m.group("next") and not _YEAR_BEFORE.search(m.string, 0, m.start()):
        return None
    return _expr(m, None, shift=("year", 1), tags={"sequel"})


@rule(r"\b(?:the\s+)?(?:month|quarter|year|period|half[- ]year|half|week|fortnight|semester)\s+under\s+(?:review|consideration|report)\b"
      r"|\bthe\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:review|reporting|report|reference|analy[sz]ed)\s+(?:period|month|quarter|year)\b",
      needs=(_t("review", "consideration", "report", "reporting", "reference", "analyzed", "analysed"),))
def _under_review(m, ctx):
    """'the month under review', 'the reporting period': the period the report is about,
    named before (a headline's "narrows in April"); dated by the frame from the text's topic.
    'The 2018 review period' names its year: the topic only where it falls in that year."""
    if m.group("year"):
        y = int(m.group("year"))
        return _expr(m, month_span(y, 1, y, 12), tags={"review"})
    return _expr(m, None, shift=("period", 0), tags={"review"})


# "In this period, the trade deficit decreased …", "In the same period, imports …": a period
# pointed back to by a demonstrative (not "the same period last year", "this period of 2023",
# "the period from …", which name their own)
# "for the period" as much as "for that period": a bare "the period" (no months, years, "of" or
# "from" after it) points back as a demonstrative does
THIS_PERIOD = (r"\b(?:in|during|for|over|throughout|within)\s+(?:(?:this|that|the\s+same)\s+(?:period|time(?:\s?frame)?)|the\s+period(?!(?-i:\s+[A-Z])))\b"
               r"(?!\s*(?:of|last|this|next|a\s+year|the\s+(?:previous|preceding|prior|year)|in|from|to|between|ending|ended|before|after|"
               r"earlier|prior|ago|under|,?\s*(?:19|20)\d\d|-))")


@rule(THIS_PERIOD, needs=(_t("period", "time", "timeframe"),))
def _this_period(m, ctx):
    """'in this period', 'during the same period': the period the text named last (its topic;
    `reading` keeps it only in a sentence that names no other time)."""
    topic = parse(ctx.topic) if ctx.topic else None
    return _expr(m, topic, tags={"demonstrative"}) if topic is not None else None


@rule(r"\b(?:in|during|for|over)\s+the\s+(?:month|quarter)\b(?!\s*(?:of|to|ending|ended|before|after|earlier|prior|ahead|just|under|-))",
      needs=(_t("month", "quarter"),))
def _the_unit(m, ctx):
    """'fell in the month', 'over the quarter': the month or quarter the report is about, the
    last such part of a year-so-far the text spoke of before (resolved in the frame package)."""
    return _expr(m, None, shift=("period", 0), tags={"review", "unit"})


# "The report said on an annual basis, total trade was N52,387.30 billion": a fronted "on an
# annual basis" set off by its comma, in a sentence that states no change, gives the year's
# totals (after a quarter was spoken of); with a change ("On an annual basis, prices rose
# 5%") it says year on year, the rule after this one
_STATES_A_CHANGE = re.compile(r"\b(?:rose|rise|rising|fell|fall|falling|grew|growth|increas\w*|decreas\w*|declin\w*|"
                              r"drop\w*|jump\w*|climb\w*|slid|up|down|per\s?cent|percent)\b|%", re.I)


@rule(r"\bon\s+an?\s+(?:annual|yearly|full[- ]year)\s+basis(?=\s*,)", needs=(_t("annual", "yearly", "full"),))
def _annual_totals(m, ctx):
    """'On an annual basis, exports were …': the year of the text's topic, whose totals the
    clause states."""
    if _STATES_A_CHANGE.search(m.string):
        return None
    stated = _T_YEAR.regex.findall(m.string, 0, m.start())
    year = int(stated[-1]) if stated else ctx.topic_year or ctx.this_year
    return _expr(m, month_span(year, 1, year, 12)) if year else None


@rule(r"\b(?:year[- ](?:on|over)[- ]year|on[- ]year|y[-/]?o[-/]?y|y/y|(?:on|from)\s+(?:the|a)\s+year\s+(?:ago|earlier|before)?|on\s+the\s+year"
      r"|on\s+an?\s+(?:annual|yearly|annualised|annualized|year[- ]on[- ]year)\s+basis|from\s+a\s+year\s+(?:ago|earlier)"
      # "an annual increase in employment of 2.3%", "in the year to Q4 2015": a change over a year
      r"|(?:annual|yearly)(?=\s+(?:increase|rise|growth|gain|decrease|decline|drop|fall|reduction|contraction|surge|jump|expansion)s?\b)"
      r"|in\s+(?:annual|yearly)\s+terms"
      r"|in\s+(?:the\s+)?year\s+to(?=\s+(?:the\s+)?(?:Q[1-4]\b|(?:first|second|third|fourth)\s+quarter)))\b"
      r"|\b(?P<mom>month[- ](?:on|over)[- ]month|m[-/]?o[-/]?m|m/m|on\s+the\s+month|on\s+a\s+monthly\s+basis|in\s+monthly\s+terms"
      # "a monthly growth of 1.5 percent", "a monthly surge of 446 million euros": on the month before
      # ("its eighth consecutive monthly fall" counts months, names no base)
      r"|(?<!consecutive\s)(?<!successive\s)(?<!straight\s)monthly(?=\s+(?:increase|rise|growth|gain|decrease|decline|drop|fall|reduction|contraction|surge|jump|expansion)s?\b))\b"
      r"|\b(?P<qoq>quarter[- ](?:on|over)[- ]quarter|q[-/]?o[-/]?q|q/q|on\s+the\s+quarter|on\s+a\s+quarterly\s+basis|sequentially"
      r"|in\s+quarterly\s+terms)\b",
      # "y-o-y", "m/m" hold no token of the words (the tokens are letters and digits runs)
      needs=(Needs(("yoy", "mom", "qoq", "basis", "sequential", "sequentially", "year", "month", "quarter", "annual", "yearly",
                    "monthly", "quarterly"), subs=("y-o-y", "y/y", "y/o/y", "m-o-m", "m/m", "q-o-q", "q/q")),))
def _rate_basis(m, ctx):
    """'year on year', 'y/y', 'month-on-month', 'q/q': name the base of a rate of change."""
    unit = "month" if m.group("mom") else "quarter" if m.group("qoq") else "year"
    return _expr(m, None, shift=(unit, -1), base=True, tags={"rate"})


@rule(r"\b(?P<rel>last|this|next|the\s+current|the\s+past|the\s+coming)\s+(?P<unit>year|month|quarter)\b", needs=(_t("year", "month", "quarter"), _t("last", "this", "next", "current", "past", "coming")))
def _deictic(m, ctx):
    """'last year', 'this month', 'next quarter': against the article's date."""
    rel = m.group("rel").lower().split()[-1]
    unit = m.group("unit").lower()
    today = ctx.today
    n = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    # "from $5.9 million last year to $36.4 million" in a report on part of a fiscal year:
    # the fiscal year before, as the text around it counts years
    # ("spending in the coming year" after "a draft budget for the 2014-2015 fiscal year": the
    # text counts fiscal years, so its coming and current years are fiscal ones too; "next
    # year" after a budget is as often the calendar's, "GDP … $14.02 billion next year")
    if unit == "year" and rel in ("current", "this", "next", "coming", "last") and _FISCAL_TALK.search(m.string) \
            or unit == "year" and rel in ("last", "coming", "current") and ctx.topic_fiscal:
        fiscal = _relative_fiscal_year(rel, ctx)
        if fiscal is not None and fiscal.start.month != 1:
            return _expr(m, fiscal, fiscal=True, tags={"deictic"})  # "115.2 trillion yen in the current year" of a budget
    if unit == "year":
        # "last year" is the year before the one the article was written in (its date, or the
        # year its past-tense statements imply), not before the year the text last spoke of
        now = today.year if today else ctx.year or ctx.this_year
        if now is None:
            return None
        y = now + n
        # "over the past year": last year for a level, the twelve months to now for a change
        return _expr(m, month_span(y, 1, y, 12), tags={"deictic", "window"} if rel == "past" else {"deictic"})
    if today is None:
        return None
    months = 1 if unit == "month" else 3
    first = today.year * 12 + (today.month - 1) // months * months + n * months
    last = first + months - 1
    return _expr(m, month_span(first // 12, first % 12 + 1, last // 12, last % 12 + 1), tags={"deictic"})


# Seasons, as the meteorological ones statistics offices use (summer = June–August in the
# northern hemisphere, December–February in the southern); "fall" only where it cannot
# be the verb (a determiner or year before it, "season" or "months" after it).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = r"(?P<season>summer|winter|spring|autumn|fall)"


@rule(rf"\b(?:(?P<rel>this|last|next|the\s+past|the\s+coming|the\s+current|the\s+previous|the\s+latest)\s+{_SEASON}"
      rf"(?:\s+(?:season|months|period))?(?!\s+(?:of\s+)?(?:19|20)\d\d|\s+(?:in|of|to|by|from)\b)"
      rf"|(?:the\s+)?{_SEASON.replace('season>', 'season2>')}\s+(?:(?:season|months)\s+)?(?:of\s+)?(?P<y>{Y4})(?:\s?[-–/]\s?(?P<y2>\d{{2,4}}))?(?!\d)"
      rf"|(?:the\s+)?(?P<y3>{Y4})\s+{_SEASON.replace('season>', 'season3>')}(?:\s+(?:season|months))?"
      rf"|\bthe\s+(?:(?:three|3)\s+)?{_SEASON.replace('season>', 'season4>')}\s+(?:season|months)\b)"
      # "the summer months of May and June": the months the text names are the period
      rf"(?!(?:\s+(?:season|months|period))?\s*,?\s*(?:of|from|between|in|\()\s*(?:the\s+months?\s+of\s+)?{MONTH})",
      needs=(_t("summer", "winter", "spring", "autumn", "fall"),), first=True)
def _season(m, ctx):
    """'this summer', 'last winter', 'the summer of 2016', 'the 2016 summer season', 'the
    three summer months': the season's three months; undated ones against the article's date."""
    word = (m.group("season") or m.group("season2") or m.group("season3") or m.group("season4")).lower()
    first = _SEASON_START[word]
    if ctx.southern:
        first = (first + 5) % 12 + 1
    year = m.group("y") or m.group("y3")
    if year is not None:
        y = int(year)
        if first == 12:
            # "winter 2015/16", "the 2015-16 summer" (south): December of the first year;
            # a winter named by one year is the one that year's January falls in
            if not m.group("y2"):
                y -= 1
        return _expr(m, month_span(y, first, y + (first + 2 > 12), (first + 1) % 12 + 1))
    latest = ctx.latest(first, 3)
    if latest is None:
        return None
    y = latest.start.year
    rel = (m.group("rel") or "this").lower().split()[-1]
    today = ctx.today
    if rel in ("last", "previous") and today is not None:
        # "last summer" said in July is the summer a year before; said in October, the one just past
        ongoing = latest.start <= today <= latest.end
        if ongoing:
            y -= 1
    elif rel in ("next", "coming"):
        y += 1
    return _expr(m, month_span(y, first, y + (first + 2 > 12), (first + 1) % 12 + 1), tags={"deictic"})


@rule(rf"\b(?:at\s+)?the\s+turn\s+of\s+(?:the\s+year\s+)?(?P<y>{Y4})\b", needs=(_t("turn"), _T_YEAR))
def _turn_of_year(m, ctx):
    """'at the turn of 2011': the last day of 2010, the point a stock is counted at."""
    y = int(m.group("y")) - 1
    return _expr(m, Span(date(y, 12, 31), date(y, 12, 31)))


@rule(r"\b(?:at|as\s+(?:of|at)|on)\s+the\s+(?P<edge>end|close|start|beginning|outset)\s+of\s+"
      rf"(?:(?P<rel>the|this|the\s+current|last|the\s+previous|the\s+past)\s+year|(?P<y>{Y4}))\b"
      r"(?!\s*[-–/]\s*\d|\s+(?:fiscal|financial|budget|season|marketing|academic|school))",
      needs=(_t("end", "close", "start", "beginning", "outset"),), first=True)
def _edge_of_year(m, ctx):
    """'at the end of 2016', 'at the start of this year', 'at the end of the year': the day
    a stock is counted on (its last or first day), not the year's flow ('by the end of
    2022' and 'since the start of the year' sum a flow and are read elsewhere). 'The year'
    is the one the sentence named before; else, at its end, the text's year, at its start,
    the year running."""
    rel = (m.group("rel") or "").lower().split()[-1] if m.group("rel") else None
    if m.group("y"):
        y = int(m.group("y"))
    elif rel in ("last", "previous", "past"):
        y = ctx.this_year - 1 if ctx.this_year else None
    elif rel == "the":
        named = _T_YEAR.regex.findall(m.string, 0, m.start())
        y = int(named[-1]) if named else (ctx.topic_year or ctx.this_year) if m.group("edge").lower() in ("end", "close") \
            else ctx.this_year
    else:
        y = ctx.this_year
    if y is None:
        return None
    day = date(y, 12, 31) if m.group("edge").lower() in ("end", "close") else date(y, 1, 1)
    return _expr(m, Span(day, day))


@rule(r"\b(?:by|before)\s+(?:the\s+)?(?:year[- ]?end|end\s+of\s+the\s+year)\b|\bbefore\s+the\s+year\s+(?:ends|is\s+out|closes)\b",
      needs=(_t("year", "yearend", "year-end"),))
def _by_year_end(m, ctx):
    """'exports will reach nearly $50 billion by year-end', '$600 million more will be
    withdrawn before the year ends': a deadline that sums a flow to the close of the year running
    (the year the sentence named before, else the article's), as 'by the end of
    2022' does; the time of an outlook, which the sentences after it do not continue."""
    named = _T_YEAR.regex.findall(m.string, 0, m.start())
    y = int(named[-1]) if named else ctx.this_year
    return _expr(m, month_span(y, 1, y, 12), tags={"irrealis"}) if y else None


@rule(rf"\b(?:on|at|by|as\s+(?:of|at))\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})(?!\w)"
      r"(?!\s*,?\s*(?:19|20)\d\d)", needs=(_T_MONTH, _T_DIGIT, _T_DAY))
def _day_month(m, ctx):
    """'on 1 January', 'as at 31 March': a day named without its year, the day a stock is
    counted on; the latest such day by the article's date ('on January 1' is _month's)."""
    month = ctx.latest(month_of(m.group("mon")))
    if month is None:
        return None
    try:
        day = month.start.replace(day=int(m.group("d")))
    except ValueError:
        return None
    return _expr(m, Span(day, day), tags={"deictic"})


_NAME_BEFORE_YEAR = lazy(r"\b(?:Act|Law|Bill|Code|Decree|Ordinance|Regulations?|Vision|Agenda|Expo)\s+(?:of\s+)?$", 0)
_NAME_AFTER_YEAR = lazy(r"\s+(?:Act|Law|Bill|Decree|Ordinance|Regulations?)\b", 0)


@rule(rf"(?:\b(?:the\s+)?(?:end|close|start|beginning|middle)\s+of\s+(?:the\s+)?|\b(?:end|mid|start)[- ]|\b(?:calendar\s+)?(?:year\s+))?(?<![\d,.$€£¥-])\b(?P<y>{Y4})\b"
      r"(?!\s*(?:%|percent|per\s*cent|million|billion|trillion|crore|lakh|tonnes|people|units)\b)(?![-–]\d|,\d|\.\d|\s*(?:[-–]|to)\s*(?:19|20)\d\d)", needs=(_T_YEAR,),
      opening=True)
def _year_rule(m, ctx):
    """'2024', 'in 2024', 'the end of 2023', "2024's"."""
    if _NAME_BEFORE_YEAR.search(m.string, max(0, m.start() - 12), m.start()) or _NAME_AFTER_YEAR.match(m.string, m.end()):
        return None  # "the NRF Act 2021", "Vision 2030", "the 2019 Act": a year inside a name
    y = int(m.group("y"))
    return _expr(m, month_span(y, 1, y, 12))


@rule(r"\bCY\s?['’]?(?P<y>\d{4}|\d{2})(?!\d)", flags=0, needs=(Needs(subs=("cy",)),))
def _calendar_year_code(m, ctx):
    """'CY21', 'CY2021': a calendar year, named so beside fiscal years."""
    y = _year(m.group("y"))
    return _expr(m, month_span(y, 1, y, 12))


@rule(r"\b(?:the\s+)?(?:full|whole|entire)[- ](?:calendar\s+)?year\b(?!\s*(?:of\s+)?(?:19|20)\d\d)"
      r"|\b(?:the\s+)?(?:whole|entirety|total)\s+of\s+the\s+year\b|\bthe\s+year\s+as\s+a\s+whole\b",
      needs=(_t("full", "whole", "entire", "entirety", "total"),))
def _full_year(m, ctx):
    """'full-year figures', 'for the whole year', 'for the total of the year', 'the year as a
    whole' (after a quarter or a month was spoken of):
    the year of the text's topic, which in a later article is not the year it appeared."""
    stated = _T_YEAR.regex.findall(m.string, 0, m.start())  # "In 2022, … for the entire year"
    year = int(stated[-1]) if stated else ctx.topic_year or ctx.this_year
    return _expr(m, month_span(year, 1, year, 12)) if year else None


@rule(r"(?<=\bfor\s)the\s+year\b(?!\s*(?:of\s+)?(?:19|20)\d\d)"
      r"(?!\s+(?:ended|ending|to|so|through|thru|until|till|up|beginning|starting|earlier|before|ago|after|ahead|as|of|"
      r"under|in|on|over|that|which|when|prior|previous|preceding|last|next))",
      needs=(_t("year"), _T_YEAR))
def _for_the_year(m, ctx):
    """'in December 2017, and a total of 511,147 for the year': after a month or quarter of a
    year the sentence names, 'for the year' is that whole year (only then: alone it may be a
    fiscal year)."""
    stated = _T_YEAR.regex.findall(m.string, 0, m.start())
    if not stated:
        return None
    year = int(stated[-1])
    return _expr(m, month_span(year, 1, year, 12))
