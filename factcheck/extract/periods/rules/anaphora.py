"""Rules of times told by the statement's own period rather than by the calendar: 'a year
earlier', 'the same period last year', 'the previous quarter', 'the following year', 'year on
year', 'in this period', 'the month under review'. Each reads a shift of that period (resolved
in the frame package), or the period the text named last. Pure: no I/O.
"""

from __future__ import annotations

import re

from factcheck.timespan import month_span, parse
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import MONTH, Y4, month_of
from factcheck.extract.periods.rules.kit import T_MONTH, time_expr, tokens, rule


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
      needs=(tokens("earlier", "ago", "previous", "prior", "preceding", "same", "corresponding", "comparable", "comparative", "similar", "before", "like", "time",
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
        return time_expr(m, None, shift=("to_year", int(year)), tags=tags)
    if m.group("this") or m.group("this2"):
        # "from 8.5 million in January–June 2017 to 10.5 million in the same period this year"
        return time_expr(m, None, shift=("to_year", ctx.this_year)) if ctx.this_year else None
    unit = m.group("unit") or m.group("unit2") or m.group("unit3")
    text = m.group(0).lower()
    if unit:
        return time_expr(m, None, shift=(unit.lower(), -1))
    if ("period" in text and "year" not in text or "reading" in text) and "same" not in text:
        return time_expr(m, None, shift=("period", -1))
    if text.endswith("season"):
        return time_expr(m, None, shift=("season", -1), tags=tags)
    if re.search(r"\b(?:entire|whole|full)\s", text):
        return time_expr(m, None, shift=("whole_year", -1), tags=tags)
    return time_expr(m, None, shift=("year", -1), tags=tags)


_YEAR_BEFORE = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@rule(rf"\b(?:the\s+)?(?:same|corresponding|comparable|like)\s+{_SPAN_LENGTH}(?:period|months|time\s?frame)\s+(?:to|ending|ended|through|up\s+to)\s+"
      rf"(?:(?:the\s+)?end\s+(?:of\s+)?|end-)?(?P<mon>{MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>{Y4})(?!\d)",
      needs=(T_MONTH, tokens("same", "corresponding", "comparable", "like")))
def _same_span_to(m, ctx):
    """'in the same period to January 2023', 'the corresponding 12-month period ending June
    2019': the statement's span, as long as it is, ending with the month named."""
    return time_expr(m, None, shift=("to_end", f"{int(m.group('y')):04d}-{month_of(m.group('mon')):02d}"))


@rule(r"\bthe\s+(?P<next>next)\s+year\b(?!['’]s)|\bthe\s+(?:following|subsequent|succeeding)\s+year\b"
      r"|\b(?:a|one)\s+year\s+later\b|\bthe\s+year\s+after\b(?!\s+(?:next|that|this))",
      needs=(tokens("following", "subsequent", "succeeding", "later", "after", "next"),))
def _sequel(m, ctx):
    """'the following year', 'a year later': the year after the one the narrative named last
    (resolved in the frame package), not after the article's. 'The next year' only after a year the
    sentence names ("from 566 billion in 2012 to 637 billion the next year"); alone it is
    'next year', the year after now."""
    if m.group("next") and not _YEAR_BEFORE.search(m.string, 0, m.start()):
        return None
    return time_expr(m, None, shift=("year", 1), tags={"sequel"})


@rule(r"\b(?:the\s+)?(?:month|quarter|year|period|half[- ]year|half|week|fortnight|semester)\s+under\s+(?:review|consideration|report)\b"
      r"|\bthe\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:review|reporting|report|reference|analy[sz]ed)\s+(?:period|month|quarter|year)\b",
      needs=(tokens("review", "consideration", "report", "reporting", "reference", "analyzed", "analysed"),))
def _under_review(m, ctx):
    """'the month under review', 'the reporting period': the period the report is about,
    named before (a headline's "narrows in April"); dated by the frame from the text's topic.
    'The 2018 review period' names its year: the topic only where it falls in that year."""
    if m.group("year"):
        y = int(m.group("year"))
        return time_expr(m, month_span(y, 1, y, 12), tags={"review"})
    return time_expr(m, None, shift=("period", 0), tags={"review"})


# "In this period, the trade deficit decreased …", "In the same period, imports …": a period
# pointed back to by a demonstrative (not "the same period last year", "this period of 2023",
# "the period from …", which name their own)
# "for the period" as much as "for that period": a bare "the period" (no months, years, "of" or
# "from" after it) points back as a demonstrative does
THIS_PERIOD = (r"\b(?:in|during|for|over|throughout|within)\s+(?:(?:this|that|the\s+same)\s+(?:period|time(?:\s?frame)?)|the\s+period(?!(?-i:\s+[A-Z])))\b"
               r"(?!\s*(?:of|last|this|next|a\s+year|the\s+(?:previous|preceding|prior|year)|in|from|to|between|ending|ended|before|after|"
               r"earlier|prior|ago|under|,?\s*(?:19|20)\d\d|-))")


@rule(THIS_PERIOD, needs=(tokens("period", "time", "timeframe"),))
def _this_period(m, ctx):
    """'in this period', 'during the same period': the period the text named last (its topic;
    `reading` keeps it only in a sentence that names no other time)."""
    topic = parse(ctx.topic) if ctx.topic else None
    return time_expr(m, topic, tags={"demonstrative"}) if topic is not None else None


@rule(r"\b(?:in|during|for|over)\s+the\s+(?:month|quarter)\b(?!\s*(?:of|to|ending|ended|before|after|earlier|prior|ahead|just|under|-))",
      needs=(tokens("month", "quarter"),))
def _the_unit(m, ctx):
    """'fell in the month', 'over the quarter': the month or quarter the report is about, the
    last such part of a year-so-far the text spoke of before (resolved in the frame package)."""
    return time_expr(m, None, shift=("period", 0), tags={"review", "unit"})


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
    return time_expr(m, None, shift=(unit, -1), base=True, tags={"rate"})
