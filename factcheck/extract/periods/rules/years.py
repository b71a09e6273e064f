"""Rules of years: a year ('2024', 'CY21', 'the full year', 'for the year'), a range of years
('between 2019 and 2023'), a window of years ('in the last 30 years'), a year's edges ('at the
end of 2016', 'by year-end', 'at the turn of 2011'), its seasons ('last summer'), the year so
far ('year to date', 'has so far'), and the deictic 'last year', 'this month', 'next quarter'.
Pure: no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.timespan import Span, month_span, parse
from factcheck.extract.patterns import lazy
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import MONTH, Y4, _N, _count, _year
from factcheck.extract.periods.rules.fiscal import _FISCAL_TALK, _fiscal_year_to_date, _relative_fiscal_year
from factcheck.extract.periods.rules.kit import T_YEAR, YEAR_PAIR, time_expr, tokens, rule


@rule(rf"\b(?:in|over|during|within)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+(?P<n>{_N})\s+years\b"
      rf"|\bin\s+the\s+space\s+of\s+(?P<n2>{_N})\s+years\b"
      rf"|(?<=\d|%)\s+(?:in|over)\s+(?P<n3>{_N})\s+years\b|(?:percent|per\s+cent)\s+(?:in|over)\s+(?P<n4>{_N})\s+years\b",
      needs=(tokens("years"),))
def _years_window(m, ctx):
    """'grew 65% in the last 30 years', 'an increase of 26% in ten years', 'in the space of
    three years': a change measured across a window of years that ends at the statement's
    own period, so its base is that period n years back (its period is the statement's)."""
    n = _count(next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")) if g))
    if not n or n < 2 or ctx.future:
        return None
    e = time_expr(m, None, shift=("year", -n), tags={"base", "years_window"})
    if m.group("n3") or m.group("n4"):
        # the figure before it is no part of the expression
        lead = re.match(r"(?:percent|per\s+cent)?\s+", m.group(0), re.I)
        e.start += lead.end()
        e.text = m.group(0)[lead.end():]
    return e


@rule(rf"\b(?:(?P<kw>between|from)\s+)(?P<y1>{Y4})\s+(?:and|to|through|until)\s+(?P<y2>{Y4})(?![\d%])"
      rf"|(?<![(\d])(?P<y3>{Y4})\s?[-–]\s?(?P<y4>{Y4})(?![\d)%])", needs=(YEAR_PAIR,))
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
        return time_expr(m, ctx.fiscal().year_of(y1), fiscal=True)
    return time_expr(m, month_span(y1, 1, y2, 12), range_from=month_span(y1, 1, y1, 12))


_DIGIT = re.compile(r"\d")


@rule(r"\b(?:the\s+)?(?P<fiscal>(?:fiscal|financial)\s+)?(?:year[- ]to[- ]date|(?:so|thus)\s+far\s+(?:this|in\s+the)\s+(?P<fiscal2>(?:fiscal|financial)\s+)?year|this\s+year\s+so\s+far|year\s+so\s+far|so\s+far\s+in\s+(?P<y>(?:19|20)\d{2})|YTD)\b"
      # "since the beginning of the year", "from the start of this year": the same span, told
      # from its start (with an end of its own, "… until August 20", another rule reads it)
      r"|\b(?P<since>since|from)\s+the\s+(?:beginning|start|turn)\s+of\s+(?:(?:the|this)\s+(?:calendar\s+)?year|(?P<y3>(?:19|20)\d{2}))\b"
      r"(?!\s+(?:up\s+)?(?:until|till|to|through)\b)",
      needs=(tokens("date", "far", "ytd", "beginning", "start", "turn"),))
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
    return time_expr(m, month_span(year, 1, year, last), tags={"ytd", "deictic"})


@rule(r"(?<=\bhas\s)(?:so|thus)\s+far\b(?!\s*(?:this|in|into|during|as|from|since|than|the|,?\s*(?:so\s+)?good))"
      r"|(?<=\bhave\s)(?:so|thus)\s+far\b(?!\s*(?:this|in|into|during|as|from|since|than|the))", needs=(tokens("far"),))
def _so_far(m, ctx):
    """'Zimbabwe has so far exported …' (a present perfect): the period still running when the article was
    written, whose unit (a season, a campaign, a year) the text leaves unsaid; named by
    the year it runs in, the article's."""
    if ctx.today is None:
        return None
    return time_expr(m, month_span(ctx.today.year, 1, ctx.today.year, 12), tags={"deictic"})


# "The report said on an annual basis, total trade was N52,387.30 billion": a fronted "on an
# annual basis" set off by its comma, in a sentence that states no change, gives the year's
# totals (after a quarter was spoken of); with a change ("On an annual basis, prices rose
# 5%") it says year on year, anaphora._rate_basis (tried after this one)
_STATES_A_CHANGE = re.compile(r"\b(?:rose|rise|rising|fell|fall|falling|grew|growth|increas\w*|decreas\w*|declin\w*|"
                              r"drop\w*|jump\w*|climb\w*|slid|up|down|per\s?cent|percent)\b|%", re.I)


@rule(r"\bon\s+an?\s+(?:annual|yearly|full[- ]year)\s+basis(?=\s*,)", needs=(tokens("annual", "yearly", "full"),))
def _annual_totals(m, ctx):
    """'On an annual basis, exports were …': the year of the text's topic, whose totals the
    clause states."""
    if _STATES_A_CHANGE.search(m.string):
        return None
    stated = T_YEAR.regex.findall(m.string, 0, m.start())
    year = int(stated[-1]) if stated else ctx.topic_year or ctx.this_year
    return time_expr(m, month_span(year, 1, year, 12)) if year else None


@rule(r"\b(?P<rel>last|this|next|the\s+current|the\s+past|the\s+coming)\s+(?P<unit>year|month|quarter)\b", needs=(tokens("year", "month", "quarter"), tokens("last", "this", "next", "current", "past", "coming")))
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
            return time_expr(m, fiscal, fiscal=True, tags={"deictic"})  # "115.2 trillion yen in the current year" of a budget
    if unit == "year":
        # "last year" is the year before the one the article was written in (its date, or the
        # year its past-tense statements imply), not before the year the text last spoke of
        now = today.year if today else ctx.year or ctx.this_year
        if now is None:
            return None
        y = now + n
        # "over the past year": last year for a level, the twelve months to now for a change
        return time_expr(m, month_span(y, 1, y, 12), tags={"deictic", "window"} if rel == "past" else {"deictic"})
    if today is None:
        return None
    months = 1 if unit == "month" else 3
    first = today.year * 12 + (today.month - 1) // months * months + n * months
    last = first + months - 1
    return time_expr(m, month_span(first // 12, first % 12 + 1, last // 12, last % 12 + 1), tags={"deictic"})


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
      needs=(tokens("summer", "winter", "spring", "autumn", "fall"),))
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
        return time_expr(m, month_span(y, first, y + (first + 2 > 12), (first + 1) % 12 + 1))
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
    return time_expr(m, month_span(y, first, y + (first + 2 > 12), (first + 1) % 12 + 1), tags={"deictic"})


@rule(rf"\b(?:at\s+)?the\s+turn\s+of\s+(?:the\s+year\s+)?(?P<y>{Y4})\b", needs=(tokens("turn"), T_YEAR))
def _turn_of_year(m, ctx):
    """'at the turn of 2011': the last day of 2010, the point a stock is counted at."""
    y = int(m.group("y")) - 1
    return time_expr(m, Span(date(y, 12, 31), date(y, 12, 31)))


@rule(r"\b(?:at|as\s+(?:of|at)|on)\s+the\s+(?P<edge>end|close|start|beginning|outset)\s+of\s+"
      rf"(?:(?P<rel>the|this|the\s+current|last|the\s+previous|the\s+past)\s+year|(?P<y>{Y4}))\b"
      r"(?!\s*[-–/]\s*\d|\s+(?:fiscal|financial|budget|season|marketing|academic|school))",
      needs=(tokens("end", "close", "start", "beginning", "outset"),))
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
        named = T_YEAR.regex.findall(m.string, 0, m.start())
        y = int(named[-1]) if named else (ctx.topic_year or ctx.this_year) if m.group("edge").lower() in ("end", "close") \
            else ctx.this_year
    else:
        y = ctx.this_year
    if y is None:
        return None
    day = date(y, 12, 31) if m.group("edge").lower() in ("end", "close") else date(y, 1, 1)
    return time_expr(m, Span(day, day))


@rule(r"\b(?:by|before)\s+(?:the\s+)?(?:year[- ]?end|end\s+of\s+the\s+year)\b|\bbefore\s+the\s+year\s+(?:ends|is\s+out|closes)\b",
      needs=(tokens("year", "yearend", "year-end"),))
def _by_year_end(m, ctx):
    """'exports will reach nearly $50 billion by year-end', '$600 million more will be
    withdrawn before the year ends': a deadline that sums a flow to the close of the year running
    (the year the sentence named before, else the article's), as 'by the end of
    2022' does; the time of an outlook, which the sentences after it do not continue."""
    named = T_YEAR.regex.findall(m.string, 0, m.start())
    y = int(named[-1]) if named else ctx.this_year
    return time_expr(m, month_span(y, 1, y, 12), tags={"irrealis"}) if y else None


_NAME_BEFORE_YEAR = lazy(r"\b(?:Act|Law|Bill|Code|Decree|Ordinance|Regulations?|Vision|Agenda|Expo)\s+(?:of\s+)?$", 0)
_NAME_AFTER_YEAR = lazy(r"\s+(?:Act|Law|Bill|Decree|Ordinance|Regulations?)\b", 0)


@rule(rf"(?:\b(?:the\s+)?(?:end|close|start|beginning|middle)\s+of\s+(?:the\s+)?|\b(?:end|mid|start)[- ]|\b(?:calendar\s+)?(?:year\s+))?(?<![\d,.$€£¥-])\b(?P<y>{Y4})\b"
      r"(?!\s*(?:%|percent|per\s*cent|million|billion|trillion|crore|lakh|tonnes|people|units)\b)(?![-–]\d|,\d|\.\d|\s*(?:[-–]|to)\s*(?:19|20)\d\d)", needs=(T_YEAR,),
      opening=True)
def _year_rule(m, ctx):
    """'2024', 'in 2024', 'the end of 2023', "2024's"."""
    if _NAME_BEFORE_YEAR.search(m.string, max(0, m.start() - 12), m.start()) or _NAME_AFTER_YEAR.match(m.string, m.end()):
        return None  # "the NRF Act 2021", "Vision 2030", "the 2019 Act": a year inside a name
    y = int(m.group("y"))
    return time_expr(m, month_span(y, 1, y, 12))


@rule(r"\bCY\s?['’]?(?P<y>\d{4}|\d{2})(?!\d)", flags=0, needs=(Needs(subs=("cy",)),))
def _calendar_year_code(m, ctx):
    """'CY21', 'CY2021': a calendar year, named so beside fiscal years."""
    y = _year(m.group("y"))
    return time_expr(m, month_span(y, 1, y, 12))


@rule(r"\b(?:the\s+)?(?:full|whole|entire)[- ](?:calendar\s+)?year\b(?!\s*(?:of\s+)?(?:19|20)\d\d)"
      r"|\b(?:the\s+)?(?:whole|entirety|total)\s+of\s+the\s+year\b|\bthe\s+year\s+as\s+a\s+whole\b",
      needs=(tokens("full", "whole", "entire", "entirety", "total"),))
def _full_year(m, ctx):
    """'full-year figures', 'for the whole year', 'for the total of the year', 'the year as a
    whole' (after a quarter or a month was spoken of):
    the year of the text's topic, which in a later article is not the year it appeared."""
    stated = T_YEAR.regex.findall(m.string, 0, m.start())  # "In 2022, … for the entire year"
    year = int(stated[-1]) if stated else ctx.topic_year or ctx.this_year
    return time_expr(m, month_span(year, 1, year, 12)) if year else None


@rule(r"(?<=\bfor\s)the\s+year\b(?!\s*(?:of\s+)?(?:19|20)\d\d)"
      r"(?!\s+(?:ended|ending|to|so|through|thru|until|till|up|beginning|starting|earlier|before|ago|after|ahead|as|of|"
      r"under|in|on|over|that|which|when|prior|previous|preceding|last|next))",
      needs=(tokens("year"), T_YEAR))
def _for_the_year(m, ctx):
    """'in December 2017, and a total of 511,147 for the year': after a month or quarter of a
    year the sentence names, 'for the year' is that whole year (only then: alone it may be a
    fiscal year)."""
    stated = T_YEAR.regex.findall(m.string, 0, m.start())
    if not stated:
        return None
    year = int(stated[-1])
    return time_expr(m, month_span(year, 1, year, 12))
