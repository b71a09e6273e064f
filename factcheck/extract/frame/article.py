"""The frame across a text: the period a sentence is about, a period stated after the figures
(cataphora), a budget's or a plan's year, and the bases implied for changes that name
none (a quarter on the quarter before or the year before). Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck import timespan
from factcheck.extract import grammar
from factcheck.extract.periods import TimeExpr, shift
from factcheck.extract.kinds import K, R
from factcheck.models import Claim
from factcheck.extract.patterns import lazy, triggered
from factcheck.extract.frame.comparisons import STOCK_WORDS
from factcheck.extract.frame.positions import PERIODIC_KINDS, claim_span, compared_before
from factcheck.extract.vocabulary import LETTERS
from factcheck.extract.units import DAYS_IN


# "The deficit is expected to rise to £125m by 2019": a forecast's year is not what the
# sentences after it report (the month "May" is no modal: the pattern is case-sensitive there)
_FORECAST_BEFORE = lazy(r"\b(?:(?i:" + "|".join((*grammar.FORECAST_PARTICIPLES, "predicted", "set", "due"))
                        + r")\s+to|(?i:will|would|could|might)"
                        r"|[Mm]ay\s+(?:be|reach|rise|fall|grow|increase|decline|climb|drop|top|exceed))\b[^.;:]*$")


def _forecast_deadline(c: Claim) -> bool:
    """A forecast figure dated by the year it is due by ("expected to rise to £125m by 2019"):
    a budget's "will amount to" for the year it is about still dates what follows."""
    return bool(c.period and c.period[:4].isdigit() and _FORECAST_BEFORE.search(c.sentence[: claim_span(c)[0]][-60:])
                and re.search(r"\bby\s+(?:the\s+end\s+of\s+)?(?:FY\s*)?" + c.period[:4], c.sentence))


# a line of a few words that is only a date: a dateline ("December 30, 2019"), which dates the
# writing, not the period the figures after it report (sentence_period)
_DATELINE = lazy(r"\W*(?:\w+\W*){1,4}")


def sentence_period(claims: list[Claim], exprs: list[TimeExpr], sentence: Optional[str] = None) -> Optional[str]:
    """The period a sentence is about, for the sentences after it: the latest own (not
    inherited) period of its flows and levels ("from $4.8 billion in May to $5.0 billion
    in June" is about June), leaving out the other side of a comparison (also one dated
    only by "the same period in 2020"); else its first absolute expression that is not a base."""
    from factcheck.timespan import parse

    own = [c.period for c in claims if c.period and not c.context.get("period_inherited") and c.kind in PERIODIC_KINDS | {K.COUNT}
           and not c.context.get("period_irrealis") and not c.context.get("prior") and not c.context.get("compared_side")
           and not c.context.get("earlier_anaphor")
           and not compared_before(c.sentence[: claim_span(c)[0]][-40:])
           and not _forecast_deadline(c)]
    spans = [(parse(p), p) for p in own if parse(p)]
    # "40 percent higher in August …, registering $1.7 billion this year": a year that holds
    # the sentence's month restates it; the sentence is about the month
    spans = [sp for sp in spans if not (sp[0].months == 12 and any(o[0].months < 12 and sp[0].start <= o[0].start
                                                                   and o[0].end <= sp[0].end for o in spans))]
    if spans:
        return max(spans, key=lambda sp: (sp[0].end, -sp[0].months))[1]
    if any(c.kind in PERIODIC_KINDS | {K.COUNT} for c in claims):
        return None  # its figures took the period of the text before, or are the other side of a comparison
    named = [e for e in exprs if e.span and not e.base and not e.tags & {"rate", "irrealis", "release", "aside"}]
    if not claims and len(named) == 1 and named[0].span.start == named[0].span.end and sentence is not None \
            and _DATELINE.fullmatch(sentence):
        return None  # "26 May 2006" on a line of its own: the day the article was filed, no period it reports
    # "At the meeting of the Council of Ministers on 4 October, the bill fixing the budget for
    # 2013 was adopted", "On 20 October ... launched the results of the 2010 Census": a day a
    # sentence with no figures names is its event's (a meeting, a launch); the span it names
    # beside it is what the figures after it report
    spans = [e for e in named if e.span.start != e.span.end]
    named = spans or named
    # "the evolution of 2022 … in the first six months of this year": the narrower span the
    # sentence names inside a year it also names is what it is about
    inner = [e for e in named if any(o is not e and o.span.months == 12 and o.span.start <= e.span.start
                                     and e.span.end <= o.span.end and e.span.months < 12 for o in named)]
    return (inner or named)[0].period if named else None


# "compared to the same month of the previous year", "the corresponding quarter last year",
# "from the same month a year earlier": a base that names its unit says what the figure is
_SAME_UNIT_BASE = triggered(lazy(r"\b(?:same|corresponding|comparable)\s+(?P<unit>month|quarter)\s+(?:(?:of|in)\s+)?(?:the\s+|a\s+)?"
                                 r"(?:(?:previous|prior|preceding|last)\s+year|year\s+(?:earlier|before|ago))\b", re.I),
                            ("month", "quarter"))


def same_unit_bases(claims: list[Claim], sentence: str) -> None:
    """Figures that took a span of several months from the text before ("in the first seven
    months", "January–July") in a sentence that measures them against "the same month of the
    previous year" are that month's, the span's last: the sentence's own cue names a month,
    and a year so far is never compared with one month. So with "the same quarter". What
    the sentence reports is then its own time, which it hands on to the sentences after it."""
    m = _SAME_UNIT_BASE.search(sentence)
    if m is None:
        return
    months = 1 if m.group("unit").lower() == "month" else 3
    for c in claims:
        if not c.context.get("period_inherited") or not c.period:
            continue
        span = timespan.parse(c.period)
        if span is None or span.months <= months or span.start.day != 1 or span.end.month % months:
            continue
        last = timespan.name(timespan.month_span(span.end.year, span.end.month - months + 1, span.end.year, span.end.month))
        if c.base_period and c.base_period == shift(c.period, "year", -1):
            c.base_period = shift(last, "year", -1)
        c.period = last
        c.context.pop("period_inherited", None)


# the head of a stock's name: a balance held at a day, not a sum over a span ("debt stock",
# "total assets", "cash balance"; never "debt service", "debt issuances", "outstanding payments")
_STOCK_HEADS = STOCK_WORDS - {"outstanding"} | {"assets", "equity", "liabilities"}
_CASH_BALANCE = lazy(r"\bcash\s+(?:balance|position)s?$", re.I)
# "Debt issuances during the quarter totalled SAR 114.86 bn, including SAR 54.04 bn in external
# debt": what a sentence says happened over the span is a flow, whatever its series ("during
# the same period last year" names the other side of a comparison, not a span gone through)
_OVER_THE_SPAN = lazy(r"\b(?:during|over|throughout|within)\s+the\s+(?:whole\s+|entire\s+)?"
                      r"(?:quarter|half|year|period|month|months|semester)\b", re.I)
_POSTMODIFIER = lazy(r"\s+(?:of|for|in|at|on|with|from|to)\s.*$", re.I)


def _stock_head(c: Claim) -> bool:
    """Whether the series a figure's metric names is a stock, by its head noun: "total public
    debt", "assets for the Group", "highest-ever cash balance" (the words before "of", "for")."""
    head = _POSTMODIFIER.sub("", (c.metric or "").strip())
    words = LETTERS.findall(head.lower())
    return bool(words) and (words[-1] in _STOCK_HEADS or bool(_CASH_BALANCE.search(head)))


def stocks_at_close(claims: list[Claim], sentence: str, today: Optional[str]) -> None:
    """A stock with no time of its own, in a text about a span that has closed (a quarter, a
    half, a fiscal year), is held at that span's last day: "Total assets stood at Dhs 22
    billion" after a first half's profits is the balance sheet of 30 June, and "against Dhs
    11.98 billion in the same period last year" the one a year before. The span's flows
    (profits, revenue, debt issued) keep the span; a span still running or to come (a
    budget's plan) names no day the stock was counted at."""
    now = timespan.parse(today) if today else None
    if _OVER_THE_SPAN.search(sentence):
        return
    moved = False
    for c in claims:
        if c.role != R.LEVEL or c.kind != K.MONEY or not c.period or not _stock_head(c) \
                or c.context.get("period_irrealis") or _FORECAST_BEFORE.search(sentence[: claim_span(c)[0]][-60:]):
            continue
        span = timespan.parse(c.period)
        if span is None or span.months < 3 or now is not None and span.end >= now.start:
            continue
        if c.context.get("period_inherited") or moved and c.context.get("compared_side"):
            c.period = span.end.isoformat()
            moved = True


_ANNUAL = lazy(r"\bannual\b", re.I)


def annual_levels(claims: list[Claim]) -> None:
    """A level its metric calls annual ("New Zealand's annual trade deficit of $2.6 billion ...
    April") and its sentence dates to a month is the sum of the twelve months to that month,
    as a monthly release reports it; a rate or growth called annual stays the month's."""
    for c in claims:
        if c.role != R.LEVEL or c.kind not in (K.MONEY, K.COUNT) or not c.period or len(c.period) != 7 \
                or not _ANNUAL.search(c.metric or ""):
            continue
        start = shift(c.period, "month", -11)
        if start is not None:
            c.period = timespan.canonical(f"{start}/{c.period}") or c.period


# days in one of each unit a duration is counted in (units.TIME_UNITS; a night is a day's)
_DAYS_IN = {**DAYS_IN, "week": 7, "night": 1, "hour": 1 / 24, "minute": 1 / 1440}


def durations_outlasting(claims: list[Claim]) -> None:
    """A stretch of time said in passing is dated by its sentence only when it fits inside it
    ("4 nights in 2024", "31 days" of July): one longer than the period it was given cannot lie
    within it ("growth in 2011, reversing over five years of decline", "the lowest in 21 months"
    of March, "the previous 14 fiscal years" of one budget, "nine months since the start of the
    season" in a report on January–May). It names a run of earlier times, which its sentence
    does not say, and keeps no period rather than the sentence's."""
    for c in claims:
        if c.kind != K.DURATION or c.role != R.SPAN or not c.period or c.value is None or c.context.get("streak"):
            continue  # (a streak, "Russia's largest partner for 15 consecutive years", is dated by its last year)
        per_unit = _DAYS_IN.get(str(c.unit or "").lower())
        span = timespan.parse(c.period)
        if per_unit is None or span is None:
            continue
        if c.value * per_unit > ((span.end - span.start).days + 1) * 1.1:
            c.period = None
            c.context.pop("period_inherited", None)


# "six state-owned banks - Agrani, Janata, Rupali, Sonali, Basic and BDBL -", "three domestic
# airports (Fogo, São Nicolau and Maio)", "thirteen firms operate in Mali, including Barrick, …":
# the count's noun, then the names of its members, the last after "and"
_NAME = r"(?-i:[A-Z\u00C0-\u00DE])[\w'’.&-]*(?:\s+(?:(?-i:[A-Z\u00C0-\u00DE])[\w'’.&-]*|de|da|do|of|el|al))*"
_MEMBERS = lazy(rf"\s*(?:[a-z][\w'’-]*\s+){{0,6}}?(?:(?P<open>[-–—(:])|[^.;]{{0,60}}?,?\s+(?P<part>including|such\s+as)\s)"
                rf"\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
_ONE_NAME = lazy(_NAME)


def counted_members(claims: list[Claim]) -> None:
    """A count of the members of a set its sentence then names ("six state-owned banks - Agrani,
    Janata, Rupali, Sonali, Basic and BDBL - received …", "the three domestic airports (Fogo, São
    Nicolau and Maio)", "Thirteen firms operate in Mali, including Barrick, …") says how many
    there are, not an amount of the time its sentence reports: it keeps no period. The names
    must be as many as the count (fewer after "including"), or the list is another's."""
    for c in claims:
        if c.kind != K.COUNT or c.role != R.LEVEL or not c.period or not c.value or c.value != int(c.value) or c.value > 20:
            continue
        m = _MEMBERS.match(c.sentence, claim_span(c)[1])
        if not m:
            continue
        names = len(_ONE_NAME.findall(m.group("names")))
        if names == c.value if m.group("open") else 1 < names < c.value:
            c.period = None
            c.context.pop("period_inherited", None)


_CATAPHORA_REACH = 1000  # characters: a headline or a list of key points, not a story's opening scene
_PRESENT = lazy(r"\b(?:now|currently|at\s+present|today|these\s+days)\b", re.I)


def cataphora(claims: list[Claim], main_period: Optional[str], main_at: int = 0, today: Optional[str] = None) -> None:
    """Figures stated just before the article names any time (a headline, 'Key
    statistics', a lead that says the period only in its next sentence) are about the
    period the article is about: its first stated one (at offset `main_at`), unless that is
    still to come (a projection is no headline's time: "rates unchanged at 4.50%" above
    "inflation of 1.9% in 2026") or the figure is said of the present ("now hold over 40
    percent")."""
    from factcheck.timespan import parse

    if not main_period:
        return
    span, now = parse(main_period), parse(today) if today else None
    if span is None or now is not None and span.start > now.end:
        return
    for c in claims:
        if c.context.pop("period_ahead", None) and c.period is None and c.span[0] >= main_at - _CATAPHORA_REACH \
                and not _PRESENT.search(c.sentence):
            c.period = main_period
            c.context["period_inherited"] = True


# "he set out his first Budget this morning", "the Finance Minister delivered the budget", "in
# his Budget speech": a budget presented (not a budget deficit or balance reported)
_PRESENTS_BUDGET = triggered(lazy(r"\b(?:set(?:s|ting)?\s+out|deliver(?:s|ed|ing)?|present(?:s|ed|ing)?|unveil(?:s|ed|ing)?|"
                                  r"hand(?:s|ed|ing)?\s+down|tabl(?:es|ed|ing))\s+(?:(?:his|her|their|its|the|a)\s+)?"
                                  r"(?:(?:first|maiden|new|annual|national)\s+)?budget\b(?!\s+(?:deficit|surplus|balance|outturn|figures)\b)"
                                  r"|\bbudget\s+(?:speech|statement|address)\b", re.I), ("budget", "Budget"))


def budget_year(claims: list[Claim], text: str, calendar, today) -> None:
    """An article on a budget being presented that names no time at all: its figures are
    the plan for the fiscal year that opens next (Isle of Man, 17 February: April to March;
    Kenya, June: the year from July). Only a calendar whose year does not start in January
    says so: a budget for a calendar year may as well be a mid-year revision."""
    if calendar is None or calendar.first_month == 1 or today is None or not _PRESENTS_BUDGET.search(text):
        return
    first = today.year if today.month <= calendar.first_month else today.year + 1
    period = timespan.name(calendar.year_of(first))
    for c in claims:
        if c.context.pop("period_ahead", None) and c.period is None:
            c.period = period
            c.context["period_inherited"] = True


_PLAN_TITLE = lazy(r"\b(?:budget|(?:financial|fiscal|spending|revenue)\s+plan|estimates|appropriations?)\b", re.I)


def plan_year(heading: str, exprs: list[TimeExpr], today) -> Optional[str]:
    """The year a heading names a plan for ("Financial Plan 2019", "Budget 2025 Estimates"),
    when that year is still to come at the article's date: what the figures below are for."""
    if today is None or not _PLAN_TITLE.search(heading):
        return None
    return next((e.period for e in exprs if e.span is not None and e.span.months == 12 and e.span.start > today), None)


def implied_bases(claims: list[Claim]) -> None:
    """A change or growth whose text states no base is measured against the base the
    article uses where it does state one (its convention: year on year, or on the
    previous period); in an article that never says, a month against the one before (the
    change since the last reading), a quarter as _quarter_way reads it, a year or a span
    within a year against the same span a year earlier."""
    from factcheck.timespan import parse

    stated = {"year": 0, "previous": 0}
    for c in claims:
        if c.base_period and c.period and not c.context.get("base_implied"):
            if c.base_period == shift(c.period, "year", -1):
                stated["year"] += 1
            elif c.base_period == shift(c.period, "period", -1):
                stated["previous"] += 1
    convention = None
    if stated["year"] != stated["previous"]:
        convention = "year" if stated["year"] > stated["previous"] else "previous"
    # a base said once for a paragraph ("Year-over-year, the deficit increased $5.1 billion
    # from January 2016. Exports increased $13.3 billion.") holds for the changes after it
    local_way: Optional[str] = None
    paragraph = None
    for c in claims:
        if c.context.get("paragraph") != paragraph:
            paragraph, local_way = c.context.get("paragraph"), None
        if c.base_period and c.period and not c.context.get("base_implied"):
            local_way = "year" if c.base_period == shift(c.period, "year", -1) else \
                "previous" if c.base_period == shift(c.period, "period", -1) else local_way
            continue
        if c.base_period or not c.period or c.role not in (R.GROWTH, R.CHANGE) or c.context.get("base_plan") \
                or c.context.get("over_span"):
            continue
        span = parse(c.period)
        if span is None:
            continue
        way = local_way or convention or (_quarter_way(c, claims) if _calendar_quarter(span) else
                                          _month_way(c, claims) if _calendar_month(span) else _default_way(span))
        if span.months not in (1, 3):
            way = "year"  # a year so far, a half or a season: the same span a year before, whatever the months do
        c.base_period = shift(c.period, "year" if way == "year" else "period", -1)
        c.context["base_implied"] = True
    _date_comparands(claims, convention)


def _default_way(span) -> str:
    """With no convention: a month or calendar quarter against the one before; a season
    ("this summer") or any other span against the same span a year earlier."""
    sequential = span.months == 1 or span.months == 3 and span.start.month % 3 == 1
    return "previous" if sequential else "year"


def _calendar_quarter(span) -> bool:
    return span.months == 3 and span.start.month % 3 == 1


def _calendar_month(span) -> bool:
    return span.months == 1 and span.start.day == 1


# words that make a month's change sequential: "month-on-month", "m/m", "from the previous
# month", "monthly growth", "seasonally adjusted"
_SEQUENTIAL_MONTH = lazy(r"\b(?:month[-\s]+(?:on|over|to)[-\s]+month|m/m|mom|sequential(?:ly)?|seasonally[-\s]+adjusted|"
                         r"monthly\s+(?:growth|increase|rise|gain|decline|decrease|fall|drop|change|contraction|expansion)|"
                         r"(?:previous|preceding|prior|last)\s+month)\b", re.I)


def _month_way(c: Claim, claims: list[Claim]) -> str:
    """A month's change with no stated base, in an article that states none: on the month
    before if its words say so ("month-on-month", "seasonally adjusted") or the first figure
    the article dates to the month before or the same month a year earlier is the month
    before; a growth rate otherwise year on year, as a month's unadjusted figures (arrivals,
    registrations, sales, trade) are reported; an amount of change (jobs added, a stock's or
    a rate's move) since the last reading."""
    if c.role != R.GROWTH or _SEQUENTIAL_MONTH.search(c.sentence):
        return "previous"  # a count of jobs added, a stock's or a rate's move: since the last reading
    before, year_ago = shift(c.period, "period", -1), shift(c.period, "year", -1)
    for o in claims:
        if o.period == before:
            return "previous"
        if o.period == year_ago:
            return "year"
    return "year"


# words that make a quarter's change sequential: "quarterly growth", "quarter-on-quarter",
# "q/q", "from the previous quarter", "seasonally adjusted"
_SEQUENTIAL = lazy(r"\b(?:quarter[-\s]+(?:on|over|to)[-\s]+quarter|q/q|qoq|sequential(?:ly)?|seasonally[-\s]+adjusted|"
                   r"quarterly\s+(?:growth|increase|rise|gain|decline|decrease|fall|drop|change|contraction|expansion)|"
                   r"(?:previous|preceding|prior)\s+quarter)\b", re.I)


def _quarter_way(c: Claim, claims: list[Claim]) -> str:
    """A calendar quarter's change with no stated base: on the quarter before if its words
    say so ("quarterly growth", "q/q"), else the way of the first figure the article dates
    the quarter before or the same quarter a year earlier (the other side it names, as in
    "a deficit of $456.6 million, narrower than $610.3 million for the last quarter of
    2021"), else year on year, as statistics offices and the press mostly report quarters."""
    if _SEQUENTIAL.search(c.sentence):
        return "previous"
    before, year_ago = shift(c.period, "period", -1), shift(c.period, "year", -1)
    for o in claims:
        if o.period == before and o.period != year_ago:
            return "previous"
        if o.period == year_ago:
            return "year"
    return "year"


def _date_comparands(claims: list[Claim], convention: Optional[str]) -> None:
    """An undated level set against another (see _undated_comparands) is the base's: the
    period its sentence's changes are measured from, else the article's convention."""
    for c in claims:
        if not c.context.pop("undated_comparand", None):
            continue
        same = [o for o in claims if o.context.get("sentence_start") == c.context.get("sentence_start") and o.base_period
                and o.period == c.period]
        bases = {o.base_period for o in same}
        if len(bases) == 1:
            base = next(iter(bases))
        else:
            span = timespan.parse(c.period)
            if span is None:
                continue
            way = convention or _default_way(span)
            base = shift(c.period, "year" if way == "year" else "period", -1)
        if base:
            c.period = base
            c.context.pop("period_inherited", None)
