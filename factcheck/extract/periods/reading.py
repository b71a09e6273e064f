"""Reading a sentence's time: the grammar's rules run over it (`find`), each expression is
placed by `bases`, then passes join what belongs together (a year restated in brackets,
a period's bounding clause, months of a split or named year, coordinated parts sharing a
year). Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.timespan import Span, month_span, name, parse
from factcheck.extract.patterns import CLOSE_BRACKET, OPEN_BRACKET, lazy
from factcheck.extract.rulebook import Features, matches
from factcheck.extract.periods.expressions import MONTH, TimeContext, TimeExpr, _MONTH_RE, _count, shift
from factcheck.extract.periods.grammar import _BOOK
from factcheck.extract.periods.bases import _ABOUT_PLANS, _ASIDE_BEFORE, _CLAUSE_BREAK, _FLOW_SO_FAR, _FRONTED_EXCLUSION, _ON_DAY_OPENING, _PLANNED_FIGURE, _RELEASED_ON, _THEN_TOLD, _TIME_WORDS, _RECORD_SINCE, _cumulate, _is_base, _take_same_period_before


# a dateline opening a sentence: its place (a few capitalised words, commas between), a
# weekday or a day before the date ("Juba, 26, May 2014"), or the month and day before its
# year ("Addis Ababa February 13/2023"); then the agency in brackets or a dash or a colon
_DATELINE_BEFORE = lazy(r"(?!(?:In|On|At|During|For|By|From|Since|Until|Between|Over|After|Before|The|As|Last|This|Next|Of)\b)"
                        r"[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4},?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        rf"(?:\d{{1,2}},?\s+|{MONTH}\s+\d{{1,2}}\s*[/,]\s*)?")
_DATELINE_AFTER = lazy(r"\s*(?:\([A-Za-z][A-Za-z .]{1,30}\)\s*[-–—:]?|[-–—:]\s)")


def find(sentence: str, ctx: TimeContext) -> list[TimeExpr]:
    """Every time expression in the sentence, in text order, each read once."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    f = Features(sentence)
    if not f.digit and not f.month and not any(map(f.low.__contains__, _TIME_WORDS)):
        return []  # no number, no month, no word of time: nothing to read
    index = _BOOK.index()
    met = index.met(f)  # a need is its own key (hashed by identity, as id() would be)
    failed = set(index.plain - met)
    for pattern, reader, need_set, needs, key in index.rules:
        if not need_set <= met:
            if not need_set.isdisjoint(failed):
                continue
            ok = True
            for t in needs:  # in their order: a need's pattern runs only where those before it are met
                if t in met:
                    continue
                if t.rest(f):
                    met.add(t)
                else:
                    failed.add(t)
                    ok = False
                    break
            if not ok:
                continue
        for m in matches(pattern, key, sentence):
            start, end = m.span()
            # (no generator is made for the many matches met before any expression is taken)
            if taken and any(a < end and start < b for a, b in taken):
                continue
            e = reader(m, ctx)
            if e is None:
                continue
            taken.append((start, end))
            _take_same_period_before(e, sentence)
            e.base = _is_base(sentence, e)
            if e.base and _since_counted(e, sentence, ctx):
                # "Bhutan has received 71,951 tourists since 23 September 2022": a flow counted
                # from that day to the article's, no base of a change
                e.base, e.span, e.tags = False, Span(e.span.start, ctx.today), e.tags | {"since"}
            if e.base and _RECORD_SINCE.search(sentence, max(0, e.start - 60), e.start):
                # "its lowest level since 2015", "the highest growth since 1946": how far back a
                # record reaches, not what the change is measured from
                e.base, e.tags = False, e.tags | {"aside"}
            if _ASIDE_BEFORE.search(sentence, max(0, e.start - 70), e.start) or _FRONTED_EXCLUSION.match(sentence, 0, e.start):
                e.tags = e.tags | {"aside"}  # "despite a severe drought last year": the time of a cause, no figure's
            if _ABOUT_PLANS.search(sentence, max(0, e.start - 40), e.start) \
                    or _PLANNED_FIGURE.search(sentence, max(0, e.start - 110), e.start):
                e.tags = e.tags | {"irrealis"}  # "with prospects for 2017 looking up": a plan's time, not the text's
            elif e.span is not None and e.span.start == e.span.end and (
                    _RELEASED_ON.search(sentence, max(0, e.start - 90), e.start + _leading_on(e.text))
                    or _ON_DAY_OPENING.match(sentence[: e.end]) and not sentence[: e.start].strip(" Oon")
                    and _THEN_TOLD.match(sentence, e.end)):
                # "its report made available on Friday 2 November", "On 25 October the
                # authority reported revenues of …": when it was said
                e.tags = e.tags | {"release"}
            if e.span is not None and "release" not in e.tags and _DATELINE_AFTER.match(sentence, e.end) \
                    and _DATELINE_BEFORE.fullmatch(sentence, 0, e.start):
                # "Addis Ababa February 13/2023(ENA) Ethiopia has earned …", "Juba, 26, May 2014
                # (Gurtong) – …", "Providenciales, 11 Nov 2014 – …": a newswire's dateline (its
                # place, its date, its agency or a dash) dates the filing, as a release does
                e.tags = e.tags | {"release"}
            found.append(e)
    found.sort(key=lambda e: e.start)
    if len(found) > 1:
        _last_month_against_this(found)
    if len(found) > 1 and _told_in_a_month(found[0], sentence) \
            and any(e.span is not None and not e.base for e in found[1:]):
        # "In September, the central bank reported that the deficit had fallen 9.8% in the
        # first quarter": the month of the telling, where the figures have a time of their own
        found[0].tags = found[0].tags | {"release"}
    if len(found) > 1 and any("weekday" in e.tags for e in found):
        # "the cabinet on Wednesday approved the budget for the next fiscal year": a day of
        # the week dates an event; a figure's own time, where the sentence names one, wins
        # (a base, "higher than the average seen in July", is no such time)
        if any("weekday" not in e.tags and not e.base for e in found):
            found = [e for e in found if "weekday" not in e.tags]
    if len(found) > 1 and any("rolling" in e.tags for e in found):
        # "Over twelve rolling months, the deficit stood at 83.6 billion euros in November": the
        # month only ends the rolling sum (read by it), no time of the figure's own
        # (after it, in its clause: "rose 3% in November; over 12 rolling months they reached", "$5 billion
        # in March and $50 billion over the trailing 12 months" keep their month)
        rolling = [e for e in found if "rolling" in e.tags]
        found = [e for e in found if "rolling" in e.tags or e.span is None or e.base or e.span.months != 1
                 or not any(e.span.end == r.span.end and r.end <= e.start and not _CLAUSE_BREAK.search(sentence, r.end, e.start)
                            for r in rolling)]
    if _FLOW_SO_FAR.search(sentence) or "total" in f.low or "cumulat" in f.low or "budget" in f.low or "fiscal" in f.low \
            or "as of" in f.low or "as at" in f.low or "end" in f.low:
        for e in found:
            _cumulate(e, sentence)
    _same_part_of_year(found, sentence)
    if any("demonstrative" in e.tags for e in found) and len(found) > 1 \
            and all("demonstrative" in e.tags or _names_a_document(e, sentence) for e in found):
        # "According to the trade report for the third quarter of 2023, exports during this
        # period amounted to …": a time that names a document (the report's quarter) is no
        # time of the statement; "this period" points back to the span the text named last
        found = [e for e in found if "demonstrative" in e.tags]
    if any("demonstrative" in e.tags for e in found) and (len(found) > 1 or _FROM_TO_FIGURES.search(sentence)):
        # "while the imports during this period were …" after "In the first four months of
        # the previous year": the span the sentence names; "fell from 4% to 3.3% during the
        # same period": a change between the ends of a span, not the text's last period
        found = [e for e in found if "demonstrative" not in e.tags]
    if len(found) > 1:
        found = _year_restated(found, sentence, ctx)
        found = _bounded(found, sentence)
        found = _two_ends(found, sentence)
        found = _parts_ended_on_day(found, sentence)
        _share_years(found, sentence, ctx)
        _gapped_part_of_year(found, sentence, ctx)
        _month_series(found, sentence)
        found = _bracketed_months(found, sentence)
        found = _glossed_by_dated_bracket(found, sentence)
        found = _months_of_a_split_year(found, sentence)
        _months_of_a_named_year(found)
        _months_of_a_list(found, sentence)
        for a, b in zip(found, found[1:]):
            if a.base and not b.base and OPEN_BRACKET.fullmatch(sentence, a.end, b.start):
                b.base = True  # "over the same period of the previous year (2018)": the bracket restates the base
            elif a.base and not b.base and b.shift and b.span is None and _COORDINATED_BASE.fullmatch(sentence, a.end, b.start):
                # "compared to the amount recorded in the fourth quarter of 2022 (N6.4 trillion) and
                # the corresponding quarter in 2022": a second base joined to the first
                b.base = True
    if ctx.topic_fiscal:
        # the text before named a fiscal year or a part of one: a flow summed to a month is
        # counted from that fiscal year's start (the frame's _counted_in_fiscal_year)
        for e in found:
            if e.tags & {"by_month", "ytd"}:
                e.tags = e.tags | {"fiscal_topic"}
    return found


_LAST_MONTH = lazy(rf"last\s+{MONTH}$", re.I)  # a month by its name: "last May", not "last month"


def _last_month_against_this(found: list[TimeExpr]) -> None:
    """'6,490 tonnes in May, a 186 percent increase over last May's haul': a month said with
    'last' beside the same month said bare is that month a year before, not the latest one."""
    for e in found:
        if e.span is not None and e.span.months == 1 and "deictic" in e.tags and _LAST_MONTH.match(e.text) \
                and any(x is not e and x.span == e.span and not _LAST_MONTH.match(x.text) and not x.text.lower().startswith("this")
                        for x in found):
            e.span = month_span(e.span.start.year - 1, e.span.start.month, e.span.start.year - 1, e.span.start.month)


_IN_MONTH_OPENING = lazy(r"\s*(?:In|in)\s+(?:early\s+|mid-?|late\s+)?$", 0)


def _told_in_a_month(e: TimeExpr, sentence: str) -> bool:
    """A month (or day) that opens the sentence and is followed by a verb of telling."""
    return e.span is not None and e.span.months <= 1 and not e.base \
        and (_IN_MONTH_OPENING.fullmatch(sentence, 0, e.start) or not sentence[: e.start].strip(" Oon")) \
        and _THEN_TOLD.match(sentence, e.end) is not None


_SINCE_BEFORE = lazy(r"\bsince\s+(?:the\s+)?$", re.I)
# words that make "since" the base of a change or a comparison, not the start of a count
_CHANGE_CUE = lazy(r"%|\bper\s*cent|\bpercent|\b(?:up|down|rose|risen|rise|fell|fallen|falls?|increas\w*|decreas\w*|grow\w*|grew|"
                   r"drop\w*|declin\w*|gain\w*|los[st]\w*|doubl\w*|tripl\w*|higher|lower|more|less|fewer|jump\w*|surg\w*|"
                   r"slump\w*|climb\w*|plung\w*|soar\w*|highest|lowest|record|first\s+time|times|"
                   # a run counted since then ("the 27th consecutive month … since May 2020")
                   r"consecutive|straight|in\s+a\s+row|running)\b", re.I)


def _since_counted(e: TimeExpr, sentence: str, ctx: TimeContext) -> bool:
    """'since 23 September 2022' of a flow counted to the article's date: a dated day or
    month before it, in a sentence with no word of change or comparison."""
    return e.span is not None and e.span.months <= 1 and ctx.today is not None and e.span.start < ctx.today \
        and _SINCE_BEFORE.search(sentence, max(0, e.start - 12), e.start) is not None \
        and not _CHANGE_CUE.search(sentence)


def _leading_on(text: str) -> int:
    """The length of the 'on ' a day's expression opens with ("on 27 November"), which the
    release pattern reads as the end of the words before it."""
    return 3 if text[:3].lower() == "on " else 0


_FROM_TO_FIGURES = lazy(r"\bfrom\s+[^\s\d]{0,4}\d[^;:]{0,40}?\bto\s+[^\s\d]{0,4}\d", re.I)
_THIS_YEAR_AFTER = lazy(r"(?:,?\s+(?:of\s+)?)?(?:this|the\s+current)\s+year", re.I)


def _year_restated(found: list[TimeExpr], sentence: str, ctx: TimeContext) -> list[TimeExpr]:
    """'as of August 15 this year', 'in March of this year': 'this year' after a day or a month
    of the current year only restates its year; it is no time of its own."""
    kept = [found[0]]
    for e in found[1:]:
        a = kept[-1]
        if a.span is not None and a.span.months <= 1 and a.span.start.year == ctx.this_year and not a.base \
                and _THIS_YEAR_AFTER.fullmatch(sentence, a.end, e.end) and e.start >= a.end:
            a.end, a.text = e.end, sentence[a.start: e.end]
            continue
        kept.append(e)
    return kept


# "the same period of FY 2021-22", "the corresponding period of the last fiscal year", "the
# same period last fiscal year": the part of that year the statement covers, not the whole year
_SAME_PART_OF = lazy(r"\b(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?:period|months?|quarter|half|time(?:\s?frame|\s+period)?)\s+"
                     r"(?:(?:of|in|during)\s+)?(?:the\s+)?$", re.I)


def _same_part_of_year(found: list[TimeExpr], sentence: str) -> None:
    for e in found:
        m = _SAME_PART_OF.search(sentence, max(0, e.start - 50), e.start) if e.span is not None and e.span.months == 12 else None
        if m:
            e.shift, e.span = ("within", name(e.span)), None
            e.start, e.text = m.start(), sentence[m.start(): e.end]
            e.base = _is_base(sentence, e)


_COORDINATED_BASE = lazy(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:to\s+|with\s+|in\s+)?", re.I)
# "in fiscal 2017, which ended in March", "the 2023/24 season, which runs to June": a relative
# clause that says where a period begins or ends describes that period; its time is no figure's
_BOUNDARY_CLAUSE = lazy(r"\s*,?\s*(?:which|that)\s+(?:has\s+|had\s+|will\s+)?(?:end|begin|start|run|close|conclude)"
                        r"(?:s|d|ed|ing)?\s+(?:in|on|at|to|until|through|from)?\s*(?:the\s+end\s+of\s+)?", re.I)


def _bounded(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """Fold a time that only bounds the period before it into that period's expression."""
    kept = [found[0]]
    for e in found[1:]:
        a = kept[-1]
        m = _BOUNDARY_CLAUSE.fullmatch(sentence, a.end, e.start) if a.span is not None and e.span is not None and not e.base else None
        if m:
            if a.fiscal and a.span.months == 12 and e.span.months == 1 and _ENDING.search(m.group(0)) \
                    and a.span.end.month != e.span.end.month:
                a.span = _fiscal_year_ending(a, e)
            a.end, a.text = e.end, sentence[a.start: e.end]
            continue
        kept.append(e)
    return kept


def _in_year_of(a: TimeExpr, e: TimeExpr) -> Optional[Span]:
    """The part of the year `a` names (a month, a quarter), in the year `e` starts in: what
    "that of 2024" or a gapped "this year" stands for."""
    return parse(shift(a.period, "year", e.span.start.year - a.span.start.year) or "")


_BETWEEN_BEFORE = lazy(r"\bbetween\s+$", re.I)
# "and the first quarter of 2021", "and that of 2024" (the same part of another year)
_AND_THAT_OF = lazy(r"\s+and\s+(?P<that>(?:that|those)\s+of\s+)?", re.I)


def _two_ends(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """'between the first quarter of 2020 and the first quarter of 2021', 'between the first
    quarter of 2023 and that of 2024': two times of one length, the ends a change runs
    between; one expression whose first end is the base (`range_from`) and whose span runs
    to the second, as 'between 2019 and 2021' reads (tagged: no run of months summed)."""
    kept = [found[0]]
    for e in found[1:]:
        a = kept[-1]
        m = _AND_THAT_OF.fullmatch(sentence, a.end, e.start) if a.span is not None and e.span is not None \
            and not a.base and not e.base and a.range_from is None and _BETWEEN_BEFORE.search(sentence, max(0, a.start - 12), a.start) else None
        if m is not None:
            end = e.span
            if m.group("that") and e.span.months == 12 and a.span.months < 12:
                end = _in_year_of(a, e)
            if end is not None and end.months == a.span.months and end.start > a.span.end:
                a.span, a.range_from = Span(a.span.start, end.end), a.span
                a.end, a.text, a.tags = e.end, sentence[a.start: e.end], a.tags | {"two_ends"}
                continue
        kept.append(e)
    return kept


_ENDING = lazy(r"\b(?:end|close|conclude)", re.I)
# "the third quarter ended Sept 30, 2024", "the first half ending on 30 June 2023"
_ENDED_ON = lazy(r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending|closed)\s+(?:on\s+)?", re.I)


def _parts_ended_on_day(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """A quarter or half followed by the day it ended on is that many months ending with the
    day's month ("the first quarter ended Sept 30, 2024 (1QFY2025)" is July–September 2024,
    a company's own first quarter); the day closes it and dates no figure of its own."""
    kept = [found[0]]
    for e in found[1:]:
        a = kept[-1]
        if a.span is not None and e.span is not None and e.span.start == e.span.end and not a.base and not e.base \
                and a.span.months in (3, 6) and _ENDED_ON.fullmatch(sentence, a.end, e.start):
            a.span = month_span(*_months_back(e.span.end.year, e.span.end.month, a.span.months), e.span.end.year, e.span.end.month)
            a.end, a.text = e.end, sentence[a.start: e.end]
            continue
        kept.append(e)
    return kept


def _months_back(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) of the first of `months` months ending with that month."""
    first = year * 12 + month - months
    return first // 12, first % 12 + 1


def _fiscal_year_ending(fy: TimeExpr, month: TimeExpr) -> Span:
    """'fiscal 2017, which ended in March': the twelve months to that March where the
    calendar the sentence's places lend ends in another month (Japan's year, though
    U.S.-bound exports are its subject). Fiscal years are named by the year they start or
    end in: the month's own year decides when it is one of those, else the end year of a
    year named by its start."""
    label = int(_YEAR_DIGITS.search(fy.text).group(0)[-2:]) + (fy.span.end.year // 100) * 100 \
        if _YEAR_DIGITS.search(fy.text) else fy.span.end.year
    end_month, year = month.span.end.month, month.span.end.year
    if year not in (label, label + 1):
        year = label + 1 if end_month <= 6 else label
    return month_span(year - 1, end_month + 1, year, end_month) if end_month < 12 else month_span(year, 1, year, 12)


# what may stand between a year's name and the bracket that says its months: "2018/19
# agricultural year (July-June)", "the 2023/24 marketing season (October–September)"
_NAMED_YEAR_BRACKET = lazy(r"(?:[\s-]+(?:agri(?:cultural)?|marketing|crop|harvest|coffee|cocoa|sugar|cotton|cruise|tourist|"
                           r"fiscal|financial|budget|trade|season|year))*\s*\(\s*", re.I)
_COUNTED_MONTHS = lazy(r"(?:the\s+|its\s+)?(?:first|1st)\s+(?P<n>\w+)\s+months?$", re.I)
_OF_THE = lazy(r"\s*,?\s*(?:(?:of|in|for)\s+)?(?:the\s+)?", re.I)


def _bare_month_range(e: TimeExpr) -> bool:
    return e.span is not None and not e.base and e.span.start.day == 1 and len(_MONTH_RE.findall(e.text)) == 2 \
        and not _YEAR_DIGITS.search(e.text)


def _two_year_name(e: TimeExpr) -> bool:
    """A year named across two calendar years ("2018/19", "fiscal 2011-12") or by a fiscal calendar."""
    return e.span is not None and not e.base and e.span.months == 12 and e.span.start.day == 1 \
        and (e.fiscal or e.span.start.month != 1 or bool(_SPLIT_YEAR.search(e.text)))


_SPLIT_YEAR = lazy(r"(?:19|20)\d\d\s?[-–/]\s?['‘’]?\d{2,4}(?!\d)")


def _months_in(year: Span, months: Span) -> Span:
    """The bracket's months placed in the year named beside them: from its first month in
    the year the named year starts (or the next, when that month comes before its start)."""
    first = months.start.month
    y = year.start.year if first >= year.start.month else year.start.year + 1
    start = y * 12 + first - 1
    last = start + months.months - 1
    return month_span(y, first, last // 12, last % 12 + 1)


def _months_of_a_split_year(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """A range of months right before the fiscal year they are of ("between July and May
    FY21", "July-March FY2019") is those months of it, not the year nor the latest months."""
    merged: set[int] = set()
    for months, year in zip(found, found[1:]):
        if _bare_month_range(months) and _two_year_name(year) and _OF_THE.fullmatch(sentence, months.end, year.start):
            months.span, months.fiscal, months.end = _months_in(year.span, months.span), True, year.end
            months.text = sentence[months.start: months.end]
            merged.add(id(year))
    return [e for e in found if id(e) not in merged]


def _bracketed_months(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """A bracket of months glosses the span beside it: "the first 11 months (July-May) of the
    current fiscal year 2020-21" is July 2020 to May 2021, "the 2018/19 agricultural year
    (July-June)" is July 2018 to June 2019 (not the place's fiscal year nor the calendar's
    first months), and "the first 11 months (July-May)" with no year is those months."""
    kept: list[TimeExpr] = []
    i = 0
    while i < len(found):
        e = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _bare_month_range(b) and _NAMED_YEAR_BRACKET.fullmatch(sentence, e.end, b.start) \
                and CLOSE_BRACKET.match(sentence, b.end):
            close = CLOSE_BRACKET.match(sentence, b.end).end()
            counted = _COUNTED_MONTHS.search(e.text)
            n = _count(counted.group("n")) if counted else None
            if counted and n == b.span.months and OPEN_BRACKET.fullmatch(sentence, e.end, b.start):
                # "the first 11 months (July-May) [of <a year>]"
                c = found[i + 2] if i + 2 < len(found) else None
                if c is not None and _two_year_name(c) and _OF_THE.fullmatch(sentence, close, c.start):
                    e.span, e.fiscal, e.end = _months_in(c.span, b.span), e.fiscal or c.fiscal, c.end
                    e.text = sentence[e.start: e.end]
                    kept.append(e)
                    i += 3
                    continue
                e.span, e.end = b.span, close
                e.text = sentence[e.start: e.end]
                kept.append(e)
                i += 2
                continue
            if _two_year_name(e) and b.span.months == 12:
                e.span, e.end = _months_in(e.span, b.span), close
                e.text = sentence[e.start: e.end]
                kept.append(e)
                i += 2
                continue
        kept.append(e)
        i += 1
    return kept


# the words that may join the expressions of one name of a span ("the first half of the
# current winter season 2019/20"): no figure, no clause break, no comparison
_NAME_GAP = lazy(r"\s*(?:(?!(?:and|or|but|while|whereas|to|from|than|compared|against|versus|since|until|was|were|is|are|has|have|had)\b)"
                 r"[A-Za-z]+(?<!ed)\s+){0,5}", re.I)


_MONTHS_COUNTED = lazy(r"\b(?P<n>\w+)[- ]months?\b", re.I)


def _glossed_by_dated_bracket(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """A bracket that gives a span with its years ("(November 2019 to January 2020)", "(July
    2018 - June 2019)") right after a span named in words ("the first half of the current
    winter season 2019/20", "the 2018/19 season") says what that name means: the words and
    their pieces (a half of the calendar year, a season, a fiscal year) are one expression
    with the bracket's span. Only where the bracket overlaps what the words name (a bracket
    of another time is no gloss)."""
    out = list(found)
    for i, b in enumerate(found):
        if i == 0 or b.base or b.span is None or b.span.months < 2 or len(_YEAR_DIGITS.findall(b.text)) < 1 \
                or not OPEN_BRACKET.fullmatch(sentence, found[i - 1].end, b.start) and not _NAMED_YEAR_BRACKET.fullmatch(sentence, found[i - 1].end, b.start) \
                or not CLOSE_BRACKET.match(sentence, b.end) or len(_MONTH_RE.findall(b.text)) < 2:
            continue
        chain = [found[i - 1]]
        for a in reversed(found[: i - 1]):
            if not _NAME_GAP.fullmatch(sentence, a.end, chain[0].start):
                break
            chain.insert(0, a)
        counts = [_count(c.group("n")) for a in chain for c in _MONTHS_COUNTED.finditer(a.text)]
        if any(n != b.span.months for n in counts):
            continue  # "the past six months (January-December 2022)": a bracket of another length restates nothing
        if any(a.base or a.span is None and a.shift is None for a in chain) \
                or not any(a.span is not None and a.span.start <= b.span.end and b.span.start <= a.span.end for a in chain):
            continue
        head = chain[0]
        head.span, head.shift, head.fiscal = b.span, None, False
        head.end = CLOSE_BRACKET.match(sentence, b.end).end()
        head.text = sentence[head.start: head.end]
        drop = {id(a) for a in chain[1:]} | {id(b)}
        out = [e for e in out if id(e) not in drop]
    return out


_BARE_PART = lazy(r"(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:quarter|half|semester|trimester)|Q[1-4]|H[12])", re.I)
_COORDINATION = lazy(r"\s*(?:,|and|or|&|,\s*and)\s*", re.I)
_YEAR_TAIL = lazy(r"\s+(?:of\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?'?(?:19|20)?\d{2}(?:\s?[-–/]\s?'?\d{2,4})?$", re.I)


_BARE_YEAR = lazy(r"(?:19|20)\d\d")
_YEAR_DIGITS = lazy(r"(?:19|20)\d\d|'\d\d")
_AS_A_WHOLE = lazy(r"\s*(?:as\s+a\s+whole|overall|in\s+total|in\s+full)\b", re.I)
_FULL_YEAR = lazy(r"\b(?:full|whole|entire|complete)[- ](?:calendar\s+)?year\b", re.I)


def _month_series(found: list[TimeExpr], sentence: str) -> None:
    """'The highest number of tourists in September was registered in 2006 with 2,196,
    followed by 1,889 in 2007': the bare years after a month named without its year are
    that month of each year (not "in 2017 as a whole")."""
    month = None
    for e in found:
        if e.span is None:
            continue
        if e.span.months == 1 and e.span.start.day == 1 and _MONTH_RE.search(e.text) and not _YEAR_DIGITS.search(e.text) \
                and "release" not in e.tags:  # (the month a source spoke in names no month of the figures)
            month = e.span.start.month
        elif month and _BARE_YEAR.fullmatch(e.text) and not _AS_A_WHOLE.match(sentence, e.end) \
                and not any(f.span == e.span and _FULL_YEAR.search(f.text) for f in found if f is not e):
            # ("The January result comes on the heels of a record 2018, when remittances for the
            # full year reached US$5.47bn": a year the sentence restates as a whole is that year)
            y = e.span.start.year
            e.span = month_span(y, month, y, month)


def _months_of_a_named_year(found: list[TimeExpr]) -> None:
    """'In 2019, the country got $1.3 billion in February and $1.6 billion in January', 'But
    in 2018-19, it received … in July': months named without a year after a year the sentence
    states (calendar or fiscal, not a base) are those months of that year, not the latest."""
    year = None
    for e in found:
        if e.span is None:
            continue
        if not e.base and "deictic" not in e.tags and e.span.months == 12 and e.span.start.day == 1:
            year = e.span
        elif year is not None and "deictic" in e.tags and not e.base and e.span.months == 1 \
                and e.span.start.day == 1 and _MONTH_RE.fullmatch(e.text.strip()):
            m = e.span.start.month
            y = year.start.year if m >= year.start.month else year.start.year + 1
            e.span = month_span(y, m, y, m)


# between two items of a list of monthly figures: a figure, no other time, no comparison
# ("$1,101m in August, $855m in September and …")
_LIST_GAP = lazy(r"[\s,]*(?:and\s+)?(?:(?!\b(?:from|than|compared|against|versus|over|since|year|last|this)\b)[^.;:()\d]){0,30}?\d"
                 r"(?:(?!\b(?:from|than|compared|against|versus|over|since|year|last|this)\b)(?:[^.;:()]|\.(?=\d))){0,30}?\s(?:in|for|during)\s+", re.I)


def _months_of_a_list(found: list[TimeExpr], sentence: str) -> None:
    """'$1,015m in July, $1,101m in August, … and $1,144m in December last year', '5,000 in
    March 2011, 6,000 in April and 7,000 in May': a list of monthly figures whose year is
    stated once, at its end or its start, gives that year to every month of it (the months
    running forward within one year), not the latest such month by the article's date."""
    runs: list[list[TimeExpr]] = []
    for e in found:
        if runs and _LIST_GAP.fullmatch(sentence, runs[-1][-1].end, e.start):
            runs[-1].append(e)
        else:
            runs.append([e])
    for run in runs:
        if len(run) < 2 or any(e.base or e.span is None or e.span.months != 1 or e.span.start.day != 1 for e in run):
            continue
        bare = ["deictic" in e.tags and _MONTH_RE.fullmatch(e.text.strip()) is not None for e in run]
        dated = [i for i, b in enumerate(bare) if not b]
        months = [e.span.start.month for e in run]
        if len(dated) != 1 or dated[0] not in (0, len(run) - 1) or months != sorted(set(months)):
            continue
        year = run[dated[0]].span.start.year
        for e, b in zip(run, bare):
            if b:
                e.span = month_span(year, e.span.start.month, year, e.span.start.month)


def _share_years(found: list[TimeExpr], sentence: str, ctx: TimeContext) -> None:
    """'Q1 and Q2 of 2017-18': coordinated parts share the year the last one names."""
    for a, b in zip(found, found[1:]):
        if not _BARE_PART.fullmatch(a.text) or not _COORDINATION.fullmatch(sentence, a.end, b.start):
            continue
        tail = _YEAR_TAIL.search(b.text)
        if tail is None:
            continue
        shared = find(a.text + tail.group(0), ctx)
        if len(shared) == 1 and shared[0].span is not None:
            a.span, a.fiscal = shared[0].span, shared[0].fiscal


# "40,000 in March 2018 and 52,000 this year": a second figure coordinated after the first,
# whose time names only the year, leaves the part of the year unsaid (gapped) for the first's
_GAPPED_LINK = lazy(r"\s*,?\s*(?:and|but|while|whereas|against|versus|vs\.?|compared\s+(?:with|to))\s+"
                    r"(?:[^.;:()\n]|(?<=\d)\.(?=\d)){0,60}?\d(?:[^.;:()\n]|(?<=\d)\.(?=\d)){0,30}?\s+(?:in\s+|during\s+|for\s+)?$", re.I)
# "… and 520 are expected this year": a whole year's outlook, no part of it
_OUTLOOK_WORD = lazy(r"\b(?:will|would|expect\w*|forecast\w*|project\w*|target\w*|estimat\w*|plan\w*|aim\w*|likely)\b", re.I)
_THIS_YEAR_ONLY = lazy(r"(?:in\s+|during\s+|for\s+)?(?:this|the\s+current)\s+year", re.I)


def _gapped_part_of_year(found: list[TimeExpr], sentence: str, ctx: TimeContext) -> None:
    """A month or a part of an earlier year, then a figure coordinated with its own "this year"
    ("rose to 52,000 from 40,000 in March 2018 and to 61,000 this year" aside, "the deficit was
    $3 billion in June last year and $4 billion this year"): the second figure is for the same
    part of this year, unless that part has not ended by the article's date or the figure is an outlook."""
    for a, e in zip(found, found[1:]):
        if a.span is None or e.span is None or a.base or not 1 <= a.span.months < 12 or e.span.months != 12 \
                or e.span.start.year <= a.span.end.year or not _THIS_YEAR_ONLY.fullmatch(e.text) \
                or _MONTH_RE.search(sentence, a.end, e.start) or not _GAPPED_LINK.fullmatch(sentence, a.end, e.start):
            continue
        moved = _in_year_of(a, e)
        if moved is None or ctx.today is not None and moved.end > ctx.today or _OUTLOOK_WORD.search(sentence, a.end, e.start):
            continue
        e.span, e.tags = moved, (e.tags - {"deictic"}) | {"gapped"}


#: A time naming a document: "the trade report for the third quarter of 2023", "its bulletin
#: on Q3 2023", "the Q4 2022 report".
_DOCUMENT_BEFORE = lazy(r"\b(?:report|bulletin|release|survey|publication|statement|review|statistics)\s+"
                        r"(?:for|on|of|covering)\s+(?:the\s+)?$", re.I)
_DOCUMENT_AFTER = lazy(r"^\s*(?:[A-Z][\w-]*\s+){0,3}(?:report|bulletin|release|survey|publication)\b", re.I)


def _names_a_document(e: TimeExpr, sentence: str) -> bool:
    return bool(_DOCUMENT_BEFORE.search(sentence, max(0, e.start - 40), e.start)
                or _DOCUMENT_AFTER.match(sentence[e.end: e.end + 60]))
