"""A sentence's time expressions read against the text's own period (the topic): a month
under review, a year to date continued or closed, a fiscal year so far, the end of last
year as a base, a part of a year named before its years. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck import timespan
from factcheck.extract.periods import TimeExpr, shift
from factcheck.extract.periods.expressions import MONTH
from factcheck.extract.patterns import lazy, triggered
from factcheck.extract.vocabulary import LETTERS


# (asked of most sentences, which name none of its words: a look for each word is cheaper
# than trying the alternation at every letter its words open with)
_IRREALIS = triggered(lazy(r"\b(?:will|would|aims?|plans?|expects?|targets?|hopes?|seeks?|wants?|intends?|could|may|might)\b", re.I),
                      ("will", "would", "aim", "plan", "expect", "target", "hope", "seek", "want", "intend", "could", "may", "might"))


# "(increased by 55.36 percent year-on-year) increasing from $33.9 billion to $52.6 billion":
# the level a change starts from, with no time of its own, stands at the change's base
_A_YEAR = lazy(r"(?<![\w$€£¥.,-])(?:19|20)\d\d(?![\w%-]|[.,]\d)")
# a year outdone or matched ("beating the 2011 results", "on par with 2011") is a base too,
# and so is the year of a figure compared with ("compared with 548,858 units in 2009", "up
# from EUR21.7 billion in 2007"), of the same part of it ("than in the same month of 2018")
# or of a month of it ("a 32% increase from September 2021", "versus November 2019")
_COMPARED_WITH_YEAR = lazy(r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than(?:\s+in)?|against|"
                           r"versus|vs\.?|over|on|(?<!\bstarting\s)(?<!\bbeginning\s)(?<!\beffective\s)from|(?:on\s+)?par\s+with|"
                           r"(?:beat|exceed|surpass|outstrip|outpace|top)(?:s|ed|ped|ing|ping)?)\s+"
                           r"(?:(?:(?:the\s+)?\S*\d\S*\s+)?(?:[a-z]+\s+){0,3}?(?:in|during)\s+)?"
                           r"(?:(?:in\s+)?the\s+(?:same|corresponding)\s+(?:period|month|quarter|half|months|time)\s+(?:of|in|last)\s+)?"
                           r"(?:the\s+(?:year\s+)?|" + MONTH + r"(?:\s*[-–]\s*" + MONTH + r")?\s+)?$", re.I)
# a year's figure set in brackets beside this year's, the base it is compared with: "(10,149
# tourists in 2015)", "(in August 2015, the capital …)", and "(2016: 2,514,764)" (read with the colon after it)
_BRACKETED_YEAR = lazy(r"\(\s*(?:(?:[^()\d]*\d[^()]*?\s+)?in\s+(?:" + MONTH + r"\s+)?)?$")


def _named_as_base(text: str, at: int) -> bool:
    """Whether the year named at `at` is a comparison base."""
    bracket = _BRACKETED_YEAR.search(text, max(0, at - 40), at)
    return bool(_COMPARED_WITH_YEAR.search(text, max(0, at - 80), at)
                or bracket and (bracket.end() - bracket.start() > 1 or text.startswith(":", at + 4)))


def year_after_base(text: str) -> Optional[int]:
    """An undated text whose latest year is named only as a comparison base ("a deficit up
    49.9% compared to 2019", "12% more than in 2019") is about the year after it: a year's
    figures are compared with the year before. None where the text states that year as a
    figure's own, or names none."""
    years = [(int(m.group(0)), m.start()) for m in _A_YEAR.finditer(text)]
    if not years:
        return None
    latest = max(y for y, _ in years)
    if all(_named_as_base(text, at) for y, at in years if y == latest):
        return latest + 1
    return None


def flow_year(day: str) -> str:
    """The year whose flow a stock counted at a turn of the year closes: 2019-01-01 → 2018,
    2010-12-31 → 2010."""
    return day[:4] if day.endswith("-12-31") else str(int(day[:4]) - 1)


_END_OF = lazy(r"(?:the\s+)?end(?:\s+of\s+|[- ])", re.I)
_MID = lazy(r"mid[- ]", re.I)
_AS_OF_END = lazy(r"\bas\s+(?:of|at)\s+$", re.I)


_REVIEW_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "semester": 6, "year": 12}


def _under_review(exprs: list[TimeExpr], topic: Optional[str], main: Optional[str] = None) -> None:
    """'the month under review' is the period the text named before ("Trade deficit
    narrows in April … the balance narrowed to $178.1 million in the month under review
    from $204.6 million in March"), not the other period the sentence names. When the text
    last named a part of its main period ("Over the first four months … In March-April …
    Over the report period, major partners were"), the report is still about the whole,
    unless that part is the year so far."""
    if not topic or not any("review" in e.tags for e in exprs):
        return  # the topic is parsed only for a sentence that has such a phrase
    span = timespan.parse(topic)
    whole = timespan.parse(main) if main and main != topic else None
    if span is not None and whole is not None and not (whole.start <= span.start and span.end <= whole.end):
        whole = None
    if span is not None and whole is not None and whole.months == 12 and span.start == whole.start and span.months > 1:
        # "Under the 2013 budget … a surplus in January-August 2013 … Expenditures rose by 7.6% in
        # the reporting period": a year so far is what the report covers; its year is the plan's
        whole = None
    for e in exprs:
        if "review" not in e.tags or span is None:
            continue
        if e.span is not None and not (e.span.start <= span.start and span.end <= e.span.end):
            continue  # "the 2018 review period" while the topic is another year's: that year
        unit = next((w for w in LETTERS.findall(e.text.lower()) if w in _REVIEW_UNIT_MONTHS), None)
        fits = whole is not None and (unit is None or whole.months == _REVIEW_UNIT_MONTHS[unit])
        e.span, e.shift = (whole if fits else span), None
        # (named before it: "to 2,35,309 units during the month, when compared to 2,19,421 units in
        # December 2021" names the other side's month after it)
        named = next((x.span for x in exprs if "unit" in e.tags and unit and x is not e and not x.base and x.span is not None
                      and x.span.months == _REVIEW_UNIT_MONTHS[unit] and x.end <= e.start), None)
        if named is not None:
            e.span = named  # "its January report … a balanced budget for the month": the month it names
        elif "unit" in e.tags and unit and e.span.months > _REVIEW_UNIT_MONTHS[unit]:
            # "For the year to date, sales were down 5% … fleet sales fell in the month": its
            # last month, not the whole span again
            end = e.span.end
            first = end.year * 12 + end.month - _REVIEW_UNIT_MONTHS[unit]
            e.span = timespan.month_span(first // 12, first % 12 + 1, end.year, end.month)


def _continue_year_to_date(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """In a report on January–November, "revenue fell 5.1 per cent to RO 5.6 billion at the
    end of November" is the year to the end of November again, not November alone."""
    own = next((e.span for e in exprs if not e.base and _year_so_far_span(e.span)), None)
    ytd = own or (_year_so_far_span(timespan.parse(topic)) if topic and "/" in topic else None)
    if ytd is None:
        return
    for e in exprs:
        if e.span is not None and e.span.months == 1 and e.span.end == ytd.end and _END_OF.match(e.text):
            if ytd.start.month == 1 and ytd.start.day == 1:
                # counted from January: a flow's figure takes the year so far, a stock's ("reserves
                # stood at $8 billion at the end of October") stays the month's (the frame,
                # which knows the series, decides)
                e.tags = e.tags | {"year_so_far_unless_stock"}
            else:
                e.span = ytd
        elif e.span is not None and e.span.months == 1 and e.span.start.day == 1 and ytd.end < e.span.end \
                and (e.span.end.year, e.span.end.month) == (ytd.end.year, ytd.end.month) \
                and (_MID.match(e.text) or _AS_OF_END.search(sentence, max(0, e.start - 12), e.start)):
            e.span = ytd  # in a report on the year to April 15, "as of mid-April" is that span again
    # "cruise visitors increased to 541,405 through September 2024 from 504,322 in 2023", "from
    # 9,459 in 2023 to 11,999 in 2024", "232,916 visitors …, compared with 217,453 in 2018": in a
    # report on the year so far, a bare earlier year set against it is the same months of that
    # year, and so is the bare current year paired with it
    earlier = [e for e in exprs if _whole_year(e.span) and e.span.start.year < ytd.start.year and not e.tags & {"deictic", "year_end"}
               and (e.base or _FROM_FIGURE.search(sentence, max(0, e.start - 50), e.start))]
    if own is None and any(e not in earlier and not e.base and e.span is not None
                           and not (_whole_year(e.span) and e.span.start.year == ytd.start.year) for e in exprs):
        return  # the sentence names a time of its own ("in 2020", "in April alone"): not the year so far
    for e in earlier:
        e.span = timespan.month_span(e.span.start.year, 1, e.span.start.year, ytd.end.month)
    if earlier:
        for e in exprs:
            if not e.base and _whole_year(e.span) and e.span.start.year == ytd.start.year:
                e.span = ytd


# "the current fiscal year", "this financial year", "the ongoing fiscal year": the fiscal year now running
_CURRENT_FISCAL = lazy(r"(?:the\s+)?(?:current|this|ongoing|present)\s+(?:fiscal|financial)(?:\s+year)?$", re.I)


def _fiscal_year_so_far(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """In a report on the first eight months of the current fiscal year, "exports grew to
    $44 million during the current fiscal year" is that fiscal year so far, the only part of
    it there are figures for; a plan or forecast for the year keeps the whole year."""
    span = timespan.parse(topic) if topic and "/" in topic else None
    if span is None or not 1 < span.months < 12 or _IRREALIS.search(sentence) or _OUTLOOK.search(sentence):
        return
    for e in exprs:
        if e.fiscal and not e.base and e.span is not None and e.span.months == 12 and e.span.start == span.start \
                and _CURRENT_FISCAL.match(e.text):
            e.span = span


# "In 2014 it was US$135.7 million", "In 2014 was …": a sentence that restates the figure
# before for a bare earlier year
_RESTATED_FOR_YEAR = lazy(r"\s*In\s+(?:19|20)\d\d\s*,?\s+(?:(?:it|this|that|they|the\s+(?:figure|total|number|amount|value))\s+)?"
                          r"(?:was|were|stood|totall?ed|reached|amounted)\b", re.I)


_SINCE_BEFORE = lazy(r"\b(?:since|before|after|until|by)\s+(?:the\s+)?$", re.I)  # "a record since 2011": a whole year


# "prices rose 8.1% from the end of the previous year", "debt grew 4% compared with the end
# of 2023": a change since a year closed is measured from its last reading (December), and
# that year is no time of the figure's own
_FROM_END_OF = lazy(r"\b(?:from|since|compared\s+(?:to|with)|against|over|than(?:\s+at)?)\s+(?P<end>the\s+end\s+of\s+)?$", re.I)
_END_OF_TEXT = lazy(r"(?:the\s+)?end\s+of\s", re.I)


def _end_of_year_base(exprs: list[TimeExpr], sentence: str) -> None:
    for e in exprs:
        if not (e.shift == ("year", -1) or _whole_year(e.span)):
            continue
        m = _FROM_END_OF.search(sentence, max(0, e.start - 40), e.start)
        if m and (m.group("end") or _END_OF_TEXT.match(e.text)):
            e.base = True
            e.tags = e.tags | {"year_end"}


def _part_of_one_year(span) -> bool:
    """A run of whole months within one calendar year, shorter than the year: a month, a
    quarter, a half, January–September."""
    return span is not None and span.start.day == 1 and span.start.year == span.end.year and 1 <= span.months <= 11 \
        and span == timespan.month_span(span.start.year, span.start.month, span.end.year, span.end.month)


def _same_month_earlier(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """'Revenue in April rose to US$150 million … compared to the surplus of 66.9 million euros in
    2014', 'In April … US$150 million. In 2014 it was US$135.7 million': a bare earlier year set
    against one month is that month of the earlier year (a report on a month compares like
    with like, as one on the year so far does: see _continue_year_to_date)."""
    # (a whole month: not a day that falls on the first, nor the month a source spoke in)
    own = next((e.span for e in exprs if not e.base and e.span is not None and e.span.months == 1
                and e.span == timespan.month_span(e.span.start.year, e.span.start.month, e.span.start.year, e.span.start.month)
                and not e.tags & {"deictic", "release"}), None)
    month = own or (timespan.parse(topic) if topic and len(topic) == 7 and topic[4] == "-" else None)
    if month is None or month.months != 1:
        return
    restated = len(exprs) == 1 and _RESTATED_FOR_YEAR.match(sentence)
    earlier = [e for e in exprs if _whole_year(e.span) and e.span.start.year < month.start.year and "year_end" not in e.tags
               and "deictic" not in e.tags and (e.base and not _SINCE_BEFORE.search(sentence, max(0, e.start - 12), e.start)
                                                 or restated)]
    if own is None and any(e not in earlier and not e.base and e.span is not None for e in exprs):
        return  # the sentence names a time of its own: not the month reported
    for e in earlier:
        y = e.span.start.year
        e.span = timespan.month_span(y, month.start.month, y, month.start.month)
        if restated:
            e.tags = e.tags | {"comparand"}  # the other side of the comparison: the text stays on its month


# "in the same period", "over the same time", "the corresponding period": an anaphor to the
# span the text is about, said with no year of its own (a year said with it, "the same period
# of 2017", "the same period last year", is read by the grammar as a time expression of its own)
_BARE_SAME_PERIOD = triggered(lazy(r"\b(?:same|corresponding|comparable|similar)\s+(?:period|time(?:\s?frame)?)\b", re.I),
                              ("same", "corresponding", "comparable", "similar"))


def _years_of_the_same_period(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """'Last year, Romania had a budget surplus of RON 397 million in the same period', 'the
    average inflation rate stood at 1.2% compared to 2.5% in 2019 over the same period': in a
    text about a part of a year (a month, a quarter, January–September), a sentence that
    points back to "the same period" without giving it a year names whole years only to say
    which year's instance of that part a figure is: each whole year it names is that part of
    that year. (The part is the sentence's own, where it names one; else the text's.)"""
    m = _BARE_SAME_PERIOD.search(sentence)
    if m is None or any(e.start <= m.start() < e.end for e in exprs):
        return  # no bare anaphor: "the same period of 2017" carries its own year
    own = next((e.span for e in exprs if not e.base and e.span is not None and not _whole_year(e.span)), None)
    part = own or (timespan.parse(topic) if topic else None)
    if not _part_of_one_year(part):
        return  # a whole year, a span of days, or one across a turn of the year: no part to move
    for e in exprs:
        if _whole_year(e.span) and not e.fiscal and e.span.start.year <= part.start.year \
                and not e.tags & {"year_end", "release", "aside", "irrealis"} \
                and not _SINCE_BEFORE.search(sentence, max(0, e.start - 12), e.start):
            y = e.span.start.year
            e.span = timespan.month_span(y, part.start.month, y, part.end.month)


def _this_year_against_a_month(exprs: list[TimeExpr], sentence: str = "") -> None:
    """'This year, 9% more visitors came than in April 2019': "this year" set against one month
    of an earlier year is that month of this year (a comparison sets like against like); so is
    the other side named by its figure ("40 percent higher in August …, registering $1.7
    billion this year compared to $1.2 billion in August 2016"), where any other time the
    sentence names of its own is that very month."""
    compared = [e for e in exprs if e.span is not None and not e.base and sentence
                and _FROM_FIGURE.search(sentence, max(0, e.start - 50), e.start)]
    own = [e for e in exprs if not e.base and e.span is not None and e not in compared]
    bases = [e for e in exprs if e.base and e.span is not None] + compared
    this = [e for e in own if "deictic" in e.tags and _whole_year(e.span)]
    if len(this) != 1 or len(bases) != 1:
        return
    month = bases[0].span
    if month.months != 1 or month.start.day != 1 or month.start.year >= this[0].span.start.year:
        return
    y = this[0].span.start.year
    moved = timespan.month_span(y, month.start.month, y, month.start.month)
    if any(e is not this[0] and e.span != moved for e in own):
        return  # another time of its own
    this[0].span = moved


# a base that is the same part of another year ("the similar 2017 period", "the same period
# of 2017"); a year named as a period of the text's ("the 2017 period")
_SAME_PART_WORDS = lazy(r"\b(?:same|similar|corresponding|comparable|comparative|like)\b", re.I)
_THE_YEAR_PERIOD = lazy(r"\bthe\s+$", re.I)
_PERIOD_AFTER = lazy(r"\s+period\b", re.I)
_YEAR_NUMERAL = lazy(r"(?:19|20)\d\d")  # a year said by its number alone ("January to December 2011" is no part)


def _parts_named_by_their_years(exprs: list[TimeExpr], topic: Optional[str], sentence: str, today: Optional[str] = None) -> None:
    """In a text about a part of a year (January to October 2018), 'US$414.1 million in 2018,
    20.7 per cent above the similar 2017 period': a bare year compared with the same part of
    another year names that part of itself, not the whole year; and 'down from US$57.6 million
    in the 2017 period' is the same part of 2017. A year still running at the article's date
    set against the year before ("visitors from Europe increased by 3% in 2016 compared to 2015"
    in a report on January 2016, of February) is the year so far, and so is its base."""
    span = timespan.parse(topic) if topic else None
    if span is None or span.months >= 12 or span.start.year != span.end.year or span.start.day != 1:
        return
    comparing = any(e.base and e.span is None and e.shift and e.shift[0] in ("to_year", "within", "year")
                    and _SAME_PART_WORDS.search(e.text) for e in exprs)
    y0 = span.start.year
    if today and today[:4] == str(y0) and not _IRREALIS.search(sentence) and not _OUTLOOK.search(sentence):
        own = [e for e in exprs if not e.base and e.span is not None]
        bases = [e for e in exprs if e.base and e.span is not None]
        if len(own) == 1 and _bare_year(own[0], y0) and len(bases) == 1 and _bare_year(bases[0], y0 - 1):
            own[0].span = timespan.month_span(y0, 1, y0, span.end.month)
            bases[0].span = timespan.month_span(y0 - 1, 1, y0 - 1, span.end.month)
            return
    for e in exprs:
        if e.span is None or e.fiscal or not _whole_year(e.span) or "deictic" in e.tags or not _YEAR_NUMERAL.fullmatch(e.text):
            continue
        y = e.span.start.year
        named_period = _THE_YEAR_PERIOD.search(sentence, max(0, e.start - 4), e.start) and _PERIOD_AFTER.match(sentence, e.end)
        if named_period and y <= span.start.year or comparing and not e.base and y == span.start.year:
            e.span = timespan.month_span(y, span.start.month, y, span.end.month)


def _bare_year(e: TimeExpr, year: int) -> bool:
    return e.span is not None and not e.fiscal and _whole_year(e.span) and e.span.start.year == year \
        and _YEAR_NUMERAL.fullmatch(e.text) is not None


_FROM_FIGURE = lazy(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+[^\s\d,;]{0,4}\d[\d,.]*\s*(?:[a-z]+\s+){0,2}(?:in|during)\s+$", re.I)


def _year_so_far_span(span):
    """January to a month before December of one year, or None."""
    if span is None or span.start.month != 1 or span.start.day != 1 or span.start.year != span.end.year \
            or not 2 <= span.months <= 11:
        return None
    return span


def _whole_year(span) -> bool:
    return span is not None and span.months == 12 and span.start.month == 1 and span.start.day == 1


_YEAR_TO = lazy(r"(?:the\s+)?year\s+to\s+(?:the\s+end\s+of\s+|end[- ])?[A-Z]", re.I)


def _calendar_year_to(exprs: list[TimeExpr]) -> None:
    """'For the year to June, arrivals rose 11 percent … than the 1,254,488 in 2018': a
    'year to June' set against a calendar year is that year's January to June (the twelve
    months to June are compared with the twelve months before, never with a calendar year)."""
    for e in exprs:
        span = e.span
        if span is None or span.months != 12 or span.start.month == 1 or not _YEAR_TO.match(e.text):
            continue
        if any(x is not e and x.span is not None and x.span.months == 12 and x.span.start.month == 1
               and x.span.start.year == span.end.year - 1 for x in exprs):
            e.span = timespan.month_span(span.end.year, 1, span.end.year, span.end.month)


# "In the second quarter, …", "For the first half, …": a part of the year fronted without its year
_FRONTED_PART = lazy(r"\s*(?:(?:in|for|during|over|throughout)\s+)?$", re.I)
_PART_WITHOUT_YEAR = lazy(r"(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:quarter|half)$", re.I)


def _part_before_years(exprs: list[TimeExpr], sentence: str) -> None:
    """'In the second quarter, arrivals in 2019 totalled 261,704, against 4,583 in 2020': a part
    of the year fronted without its year is the topic the bare years after it narrow, so each
    of them is that quarter or half of its year (like against like, as in a table by quarter)."""
    if len(exprs) < 2:
        return
    part = exprs[0]
    span = part.span
    if span is None or part.fiscal or part.base or not _PART_WITHOUT_YEAR.match(part.text) \
            or span.start.year != span.end.year or span.months not in (3, 6) \
            or not _FRONTED_PART.fullmatch(sentence[: part.start]) or not sentence[part.end:].lstrip().startswith(","):
        return
    for e in exprs[1:]:
        if _whole_year(e.span) and not e.fiscal and not e.shift and not e.tags & {"deictic", "year_end"} \
                and e.text.strip().isdigit():
            y = e.span.start.year
            e.span = timespan.month_span(y, span.start.month, y, span.end.month)


def _month_closing_span(month: str, span: str) -> bool:
    """Whether `month` is the last month of the months `span` covers, a span of more than one
    month and less than a year: in a report on January–April 2022, "In April output rose 1.2%.
    Mining output fell 12.3% from the same period of 2021": "period" points back to the span
    the text is about, not to the month named last (that would be "the same month")."""
    if len(month) != 7 or month[4] != "-" or "/" not in span:
        return False
    whole, one = timespan.parse(span), timespan.parse(month)
    return whole is not None and one is not None and 1 < whole.months < 12 \
        and (whole.end.year, whole.end.month) == (one.end.year, one.end.month) and whole.start < one.start


def _anaphor_reference(e: TimeExpr, exprs: list[TimeExpr], reference: Optional[str]) -> Optional[str]:
    """What 'the same period of 2023' moves: the span named last before it in the sentence
    ("from 8.5 million in January–June 2017 to 10.5 million in the same period this year"),
    else the statement's reference period."""
    if "sequel" in e.tags:
        # "from 566.1 billion in 2012 … to 637.3 billion the next year": after the year named
        # last before it, base or not
        before = [x for x in exprs if x.end <= e.start and x.span is not None]
        return before[-1].period if before else reference
    if e.shift and e.shift[0] in ("to_year", "within", "to_end"):
        before = [x for x in exprs if x.end <= e.start and x.span is not None]
        # "in the month under review from $204.6 million in March 2022 and $346.9 million in
        # a corresponding month in 2021": it corresponds to the period under review
        before = [x for x in before if "review" in x.tags] or before
        if e.shift[0] == "within":
            # "between October and mid-February in the current financial year, … the
            # corresponding period of 2018-19": the part, not the year that frames it
            before = [x for x in before if x.span.months < 12] or before
        if before:
            return before[-1].period
    return reference


_OUTLOOK = triggered(lazy(r"\b(?:expected|forecasts?|forecast(?:ed|ing)|projected|projections?|predicted|estimated\s+to|target(?:ed)?|budgeted|set\s+to)\b", re.I),
                     ("expected", "forecast", "projected", "projection", "predicted", "estimated", "target", "budgeted", "set"))


# "Remittances are expected to cross $20 billion", "INDEC expects a surplus of $18 billion",
# "the Cayman Islands is on track to surpass 400,000 visitors": a forecast said of the figure,
# before it in its sentence (not an outcome set against one: "than expected", "as expected",
# "economists had expected")
_FORECAST_OF = lazy(r"\b(?:expects?|predicts|anticipates|"
                    r"(?:is|are)\s+(?:now\s+)?(?:expected|projected|forecast|predicted|likely|set|poised)\s+to(?!\s+have\b)|"
                    # "he projected exports will reach nearly US$50 billion": a past telling of what will be
                    r"(?:projected|predicted|forecast|expected|estimated)\s+(?:that\s+)?[^.;:]{0,40}?\bwill|"
                    r"(?:is|are)\s+on\s+(?:track|course)\s+to|aim(?:s|ing)?\s+to)\b[^.;:]*$", re.I)


def forecast_of(sentence: str, at: int) -> bool:
    """Whether the figure at `at` is forecast by the words before it in its sentence."""
    return _FORECAST_OF.search(sentence, max(0, at - 90), at) is not None


def forecast_year(topic: Optional[str], today: Optional[str]) -> Optional[str]:
    """The year a forecast that names no time of its own is for, in a text about a part of a
    year: that whole year (a month's, a quarter's or a year-to-date report: the calendar year;
    months counted from another month, a fiscal year so far: the twelve months from it).
    'Exports rose 10% in the first half … Remittances are expected to cross $20 billion' is
    the outlook for the year, not a figure of the half. None where the topic is a year or
    more, or its year is over by the article's date (the outlook is then for another)."""
    span = timespan.parse(topic) if topic else None
    if span is None or span.months >= 12 or span.start.day != 1:
        return None
    if span.start.month == 1 or span.months <= 3 and span.start.year == span.end.year:
        year = timespan.month_span(span.start.year, 1, span.start.year, 12)
    else:
        last = span.start.year * 12 + span.start.month - 1 + 11
        year = timespan.month_span(span.start.year, span.start.month, last // 12, last % 12 + 1)
    if today is not None and len(today) >= 7 and (year.end.year, year.end.month) < (int(today[:4]), int(today[5:7])):
        return None
    return timespan.name(year)


def _from_january(period: str, e: Optional[TimeExpr] = None) -> str:
    """January (or the month the expression is counted from: see _counted_in_fiscal_year) to
    the month or day `period` names."""
    span = timespan.parse(period)
    first = counted_from(e) if e is not None else None
    if span is not None and first is not None and span.months == 1 and span.start.day == 1 \
            and (first.year, first.month) < (span.start.year, span.start.month):
        return timespan.name(timespan.month_span(first.year, first.month, span.start.year, span.start.month))
    if span is not None and span.start == span.end:
        # "trade turnover as of August 15": from the first of January to that day
        return timespan.name(timespan.Span(span.start.replace(month=1, day=1), span.end))
    if span is None or span.months != 1:
        return period
    return timespan.name(timespan.month_span(span.start.year, 1, span.start.year, span.start.month))


_COUNTED_FROM = "counted_from:"
FISCAL_COUNT = "fiscal_count"


def counted_from(e: TimeExpr):
    """The first day of the (fiscal) year a 'by the end of May' is summed from, if not January's."""
    tag = next((t for t in e.tags if t.startswith(_COUNTED_FROM)), None)
    if tag is None:
        return None
    y, m = tag[len(_COUNTED_FROM):].split("-")
    return timespan.month_span(int(y), int(m), int(y), int(m)).start


# "by the end of May of the current financial year": the month, then the fiscal year it falls in
_OF_BETWEEN = lazy(r"\s*,?\s*(?:of|in)\s+", re.I)
# the month-to rules ("up to the end of April", "till June", "through August", "to end-July",
# "accumulated to September"), which sum from January
_MONTH_TO = lazy(r"(?:(?:accumulated|cumulative(?:ly)?)\s+(?:up\s+)?to|till|until|up\s+(?:un)?to|through|to\s+(?:the\s+)?end)\b", re.I)


def _counted_in_fiscal_year(exprs: list[TimeExpr], topic: Optional[str], sentence: str) -> None:
    """A flow summed to a month ("by the end of May", "up to the end of April") is counted
    from the start of the year the text counts in, which is not always January: "By the end
    of May of the current financial year" in Nepal (whose year opens in July) is July to May,
    and so is a bare "by the end of May" or "up to the end of April" in a report on that fiscal
    year so far (a topic such as 2023-07/2024-04, named as a part of a fiscal year; never a
    trailing window, "over the last 10 months"). The month of a "by" stays the expression's
    span (a stock is counted at that month's end); the frame sums a flow from the tag."""
    span = timespan.parse(topic) if topic and "/" in topic else None
    so_far = span if span is not None and span.start.month != 1 and span.start.day == 1 and 1 < span.months < 12 else None
    for e in exprs:
        if e.base or e.span is None:
            continue
        by = "by_month" in e.tags and e.span.months == 1 and e.span.start.day == 1
        to = "ytd" in e.tags and e.span.start.month == 1 and e.span.start.day == 1 and e.span.months < 12 \
            and _MONTH_TO.match(e.text) is not None
        if not (by or to):
            continue
        year = next((x for x in exprs if x.start >= e.end and x.fiscal and not x.base and x.span is not None
                     and x.span.months == 12 and _OF_BETWEEN.fullmatch(sentence, e.end, x.start)
                     and x.span.start < e.span.end <= x.span.end), None)
        if year is not None:
            first = year.span.start
            year.tags = year.tags | {"aside"}  # it names the month's year, no time of the figures
        elif so_far is not None and "fiscal_topic" in e.tags and so_far.start < e.span.end \
                and (e.span.end.year - so_far.start.year) * 12 + e.span.end.month - so_far.start.month < 12:
            first = so_far.start
        else:
            continue
        e.tags = e.tags | {FISCAL_COUNT}  # the sentences after it are on that fiscal year so far
        if by:
            e.tags = e.tags | {f"{_COUNTED_FROM}{first.year:04d}-{first.month:02d}"}
        else:
            e.span = timespan.month_span(first.year, first.month, e.span.end.year, e.span.end.month)


def _fiscal_so_far(topic: str, year: str) -> bool:
    """Whether `topic` is the opening months of a fiscal year that ends in calendar `year`
    ('2023-07/2024-04' for 2024): what 'this year' means in a report on it. `year` may be
    any period 'this year' resolved to (a span when the article is read late in a year)."""
    if not year.isdigit():
        return False
    span = timespan.parse(topic)
    return span is not None and span.start.month != 1 and span.end.year == int(year) \
        and span.start.year == span.end.year - 1 and 1 < span.months < 12


def _end_year(period: str) -> int:
    span = timespan.parse(period)
    return span.end.year if span is not None else int(period[:4])


def _part_of_year_after(reference: str, year) -> bool:
    """Whether `reference` is a part (not the whole) of a year that ends in the twelve months
    after `year`: what "against 7,326 million last year" is set against in a report on
    July–February of a fiscal year (whose "last year" is the fiscal year before, or the
    calendar year before the one February falls in): those months a year earlier."""
    ref = timespan.parse(reference)
    if ref is None or year is None or year.months != 12 or not ref.months < 12:
        return False
    after = timespan.parse(shift(timespan.name(year), "year", 1) or "")
    return after is not None and after.start <= ref.end <= after.end


def _year_so_far(topic: str) -> Optional[str]:
    """January to the end of the part of the year `topic` names, if the year is not over."""
    span = timespan.parse(topic)
    if span is None or span.start.year != span.end.year or span.end.month == 12 or span.end.month < 2:
        return None
    if span.start.month != 1 and span.months > 1:
        return None  # "April-June": a quarter, not a year to date
    return timespan.name(timespan.month_span(span.end.year, 1, span.end.year, span.end.month))


def part_of_running_year(year: str, topic: Optional[str], today: Optional[str], main: Optional[str]) -> Optional[str]:
    """The part of calendar year `year` the text reports when that is the year so far (its
    topic: January–July, the first quarter, the first half), where a bare "2011" can mean
    nothing more: the year had not ended by the article's month, or, in a text with no date,
    the span the text is about is that same part. (A single month the text names may be a
    release's or an aside's; a year so far is what a report on a running year covers.)
    "Exports reached … in January–July 2011. … The national office 2011 export index has
    increased …. Georgia's main partners are Turkey with 16.7%": the shares are
    January–July's, the only part of 2011 there were figures for. None otherwise."""
    if not year.isdigit() or not topic:
        return None
    span = timespan.parse(topic)
    if _year_so_far_span(span) is None or str(span.start.year) != year:
        return None
    if today:
        return topic if today[:4] == year else None
    return topic if main == topic else None
