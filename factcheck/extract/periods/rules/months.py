"""Rules of months: a month named ('in March', 'March 2024', 'last March', 'the first month of
this year') and runs of months, between two months named ('January–June', 'between March and
April') or from January to one ('by July 2019', 'until June 2024', 'to end July', 'since the
beginning of the year until last month'). Pure: no I/O.
"""

from __future__ import annotations

import re

from factcheck.timespan import Span, month_span
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import MONTH, Y4, month_of
from factcheck.extract.periods.rules.kit import T_MONTH, TWO_MONTHS, time_expr, tokens, rule


_MONTH_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_MONTH_ORDINALS.update(last=12, final=12)


@rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final)"
      rf"\s+month\s+of\s+(?:(?P<y>{Y4})|(?P<rel>this|last|the\s+current|the\s+previous)\s+year|the\s+year\s+(?P<y2>{Y4})"
      rf"|(?P<bare>the)\s+year\b(?!\s*(?:19|20)\d\d))(?!\d)",
      needs=(tokens("month"),))
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
    return time_expr(m, month_span(year, month, year, month))


_RESPECTIVELY = lazy(r"\brespectively\b", re.I)


@rule(rf"\b(?:(?P<kw>between|from)\s+)?(?:mid-?\s?)?(?P<m1>{MONTH})(?:\s+(?P<y1>{Y4}))?\s*(?P<sep>[-–](?:to|through|until)[-–]|-|–|—|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*"
      rf"(?:(?<=[a-z]\s)(?:the\s+)?end\s+of\s+(?:last\s+)?)?(?:mid-?\s?)?(?P<m2>{MONTH})(?:\s+(?P<last>2[89]|3[01])(?:st|th)?(?!\d))?(?!\s*\d{{1,2}}\b)(?:\s*,?\s*(?:(?:period\s+)?(?:of|in)\s+)?(?P<y2>{Y4})|\s+(?:(?:period\s+)?(?:of|in)\s+)?(?P<rel>last|this|the\s+previous|the\s+current)\s+year)?(?!\d)", needs=(TWO_MONTHS,))
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
        return time_expr(m, span, range_from=month_span(y1, a, y1, a), tags={"two_ends"} if a == b and y1 != y2 else set())
    return time_expr(m, span)


_AT_END_OF = lazy(r"\b(?:end|close)\s+of\s+(?:the\s+)?$", re.I)


@rule(rf"\bby\s+(?:the\s+end\s+of\s+|end[- ])?(?P<mon>{MONTH})(?!\.?\s*\d{{1,2}}\b)(?:,?\s+(?P<y>{Y4}))?(?![\w\d])",
      needs=(T_MONTH, tokens("by")))
def _by_month(m, ctx):
    """'the deficit expanded to 4.4 percent of GDP by July 2019', 'by end-June': the month
    named, tagged for the frame, which sums a flow from January to it (a stock is counted
    at that month's end)."""
    mon = month_of(m.group("mon"))
    if m.group("y"):
        return time_expr(m, month_span(int(m.group("y")), mon, int(m.group("y")), mon), tags={"by_month"})
    latest = ctx.latest(mon)
    return time_expr(m, latest, tags={"by_month", "deictic"}) if latest is not None else None


@rule(rf"\b(?:(?:accumulated|cumulative(?:ly)?)\s+(?:up\s+)?to|till|until|up\s+(?:un)?to|through)\s+(?:the\s+end\s+of\s+|end[- ])?(?P<mon>{MONTH})(?!\.?\s*\d{{1,2}}\b)"
      rf"(?:,?\s+(?P<y>{Y4})|\s+(?:of\s+)?(?P<rel>this|last|the\s+current)\s+year)?(?!\d|,\s*(?:{MONTH}|\d{{1,2}}\b(?![,.]\d)))",
      needs=(T_MONTH, tokens("till", "until", "up", "through", "accumulated", "cumulative", "cumulatively")))
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
    return time_expr(m, month_span(year, 1, year, mon), tags={"ytd"})


@rule(rf"\bto\s+(?:the\s+)?end(?:\s+of\s+|[- ])(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4}))?(?![\d,])", needs=(T_MONTH, tokens("end")))
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
        return time_expr(m, month_span(year, mon, year, mon))
    return time_expr(m, month_span(year, 1, year, mon), tags={"ytd"})


_FROM_END_OF = lazy(rf"\bfrom\s+(?:the\s+)?(?:end|close)(?:\s+of\s+|[- ]){MONTH}(?:,?\s+{Y4})?\s+$")


@rule(rf"\b(?:(?:since|from)\s+the\s+(?:beginning|start|outset)\s+of\s+(?:the\s+current\s+|the\s+|this\s+)(?:calendar\s+)?year"
      rf"|(?:so|thus)\s+far\s+(?:this|in\s+the)\s+year|this\s+year\s+so\s+far)\s*,?\s+"
      rf"(?:up\s+)?(?:until|till|to|through|thru)\s+(?:the\s+end\s+of\s+)?"
      rf"(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{Y4})|\s+(?:of\s+)?(?P<rel>this|the\s+current)\s+year)?(?![\s.]*\d{{1,2}}\b(?![.,]\d))"
      rf"|(?P<last>last|the\s+(?:previous|past))\s+month\b)",
      needs=(tokens("beginning", "start", "outset", "far"), tokens("until", "till", "to", "through", "thru")))
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
    return time_expr(m, month_span(last // 12, 1, last // 12, last % 12 + 1), tags={"ytd"})


@rule(rf"(?:\b(?:the\s+)?(?:end|close)\s+of\s+|\bend[- ]|\bmid[- ]|\bearly\s+|\blate\s+)?(?P<mon>{MONTH})(?:'s)?(?:\s*,?\s+(?:of\s+)?|(?=\d{{4}}))(?:(?P<y>{Y4})|(?P<rel>this|last|next|the\s+previous|the\s+same)\s+year)(?![\d%])", needs=(T_MONTH, Needs(("this", "last", "next", "previous", "same"), pattern=r"(?<!\d)(?:19|20)\d\d(?!\d)")))
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
    return time_expr(m, month_span(y, mon, y, mon))


@rule(rf"\b(?P<rel>last|this|next)\s+(?P<mon>{MONTH})(?!\s*\d)", needs=(T_MONTH, tokens("last", "this", "next")))
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
    return time_expr(m, month_span(y, mon, y, mon), tags={"deictic"})


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
      rf"|(?:^|(?<=,\s))(?:[Ee]arly|[Ll]ate)\s+(?P<mon3>{MONTH})(?=[,\s])", needs=(T_MONTH,))
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
    expr = time_expr(m, span, tags={"deictic"})
    if m.group("prep"):
        # the time expression starts at the month (or its "end of"), not at the preposition
        expr.start = m.start("mon") if not m.group(0)[m.end("prep") - m.start():].strip().lower().startswith(("end", "close", "mid", "early", "late", "the")) else m.end("prep") + 1
        expr.text = m.group(0)[expr.start - m.start():]
    elif m.group("mon2") and m.group(0)[:3].lower() == "the":
        expr.start, expr.text = m.start("mon2"), m.group("mon2")  # the time is the month, not its article
    return expr
