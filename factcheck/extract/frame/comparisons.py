"""The other side of a comparison: which figures of a sentence are set against each other,
the base period of a change, growth or share, a plan or forecast as the other side, levels
a change runs from and to, and the wholes of shares. Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck import timespan
from factcheck.extract import grammar, lexicon
from factcheck.extract.periods import TimeExpr, shift
from factcheck.extract.kinds import K, R
from factcheck.models import Claim
from factcheck.extract.patterns import OPEN_BRACKET, lazy, lowered, triggered
from factcheck.extract.frame.positions import claim_span, compared_before
from factcheck.extract.vocabulary import LETTERS


# (never "thanks to 304", "due to 5,000": a cause, not a level reached)
REACHED = lazy(r"(?<!thanks )(?<!due )(?<!owing )\bto\s+(?:a\s+(?:total|level|record|high|low)\s+of\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
# "totalling $27.07 billion against $31.53 billion", "$710 million (against $955 million)":
# a level set right against another with no time of its own is the other side, the base's
_AGAINST_LEVEL = lazy(r"(?:\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to))\s+(?:an?\s+|the\s+)?$", re.I)
STOCK_WORDS = frozenset(("outstanding", "stock", "stocks", "reserves", "debt", "deposits", "holdings",
                          "portfolio", "backlog", "inventory", "inventories"))
CLAUSE_OPENING = lazy(r"[;:]|\b(?:while|whereas|but)\b", re.I)


def _levels_reached_within(claims: list[Claim], sentence: str) -> None:
    """"the deficit for January to August 2021 deteriorated by 25.9% to 852 billion in 2021":
    the level a change reached is the change's own span; a whole year named after it that
    contains that span only says which year the span is of."""
    for c, nxt in zip(claims, claims[1:]):
        if c.role in (R.GROWTH, R.CHANGE) and nxt.role == R.LEVEL and c.period and nxt.period \
                and timespan.within(c.period, nxt.period) and timespan.parse(nxt.period).months == 12 \
                and _TO_BETWEEN.fullmatch(sentence, claim_span(c)[1], claim_span(nxt)[0]):
            nxt.period = c.period
            nxt.context.pop("period_inherited", None)


def _shares_of_dated_wholes(claims: list[Claim], sentence: str, exprs: list[TimeExpr], reference: Optional[str]) -> None:
    """"about 14.8% of 2019 arrivals", "33% of 2019 visitor levels": a share of a whole dated
    by a base time is measured against that time (a recovery ratio)."""
    for c in claims:
        if c.role != R.SHARE or c.base_period:
            continue
        end = claim_span(c)[1]
        whole = next((x for x in exprs if x.base and x.start >= end and _SHARE_OF.fullmatch(sentence, end, x.start)), None)
        period = whole.resolve(reference if whole and whole.shift else None) if whole else None
        if period is None:
            period = _earlier_whole_period(c, sentence, exprs)
        if period and period != c.period:
            c.base_period = period
            c.context["baseline_period"] = period


# "86% of the peak departures recorded in February 2018", "90% of those recorded in 2019": a
# share of a whole whose own clause dates it (a participle of record, then its time); also a
# whole dated by a prepositional phrase of its own ("93% of the numbers for the same month in
# 2019", "of stopover arrivals in 2019") or by a possessive year ("85% of 2019's numbers"). A
# few words of a noun phrase only, never a verb of its own ("of GDP is forecast for 2017")
_SHARE_OF_RECORDED = lazy(r"\s+of\s+(?:(?:the|those|that|its|their)\s+)?"
                          r"(?:(?!(?:is|was|are|were|will|would|when|while|and|but|which|that)\b)[a-z][\w-]*\s+){0,4}?"
                          r"(?:(?:recorded|registered|reported|counted|seen|reached|posted|achieved|made|earned)\s+)?"
                          r"(?:in|during|for|over)\s+(?:the\s+)?", re.I)
_SHARE_OF_POSSESSIVE = lazy(r"\s+of\s+", re.I)
_POSSESSIVE_AFTER = lazy(r"['’]s\s+[a-z]", re.I)


def _earlier_whole_period(c: Claim, sentence: str, exprs: list[TimeExpr]) -> Optional[str]:
    """The period of the whole a share is of, when the whole's own clause dates it before the
    share's period (a recovery ratio: its base), else None."""
    end = claim_span(c)[1]
    x = next((x for x in exprs if x.start >= end), None)
    if x is None or not c.period or c.context.get("period_inherited") or c.context.get("compared"):
        return None  # "against 0.7 per cent of the GDP in the same period of last year": its own time
    if not (_SHARE_OF_RECORDED.fullmatch(sentence, end, x.start)
            or _SHARE_OF_POSSESSIVE.fullmatch(sentence, end, x.start) and _POSSESSIVE_AFTER.match(sentence, x.end)):
        return None
    period = x.resolve(c.period)  # "the same months in 2018": the share's months, that year
    if period and _WHOLE_YEAR.fullmatch(period) and not _WHOLE_YEAR.fullmatch(c.period) and period < c.period[:4]:
        # "95% of 2019's visitation" of November 2023: that November, as a change against a
        # bare year compares like spans
        period = shift(c.period, "year", int(period) - int(c.period[:4])) or period
    return period if timespan.before(period, c.period) else None


# "only 2% of the 664,784 visitors that arrived in 2019", "13.3% of the 1.6 million who came
# in 2019": a share of a level dated earlier than the share is a recovery ratio, measured
# against that level's period
_SHARE_OF = lazy(r"\s+of\s+(?:the\s+|a\s+)?(?:more\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?")


def _shares_of_earlier_levels(claims: list[Claim], sentence: str) -> None:
    for c, whole in zip(claims, claims[1:]):
        if c.role != R.SHARE or c.base_period or not c.period or whole.role != R.LEVEL or not whole.period:
            continue
        if not _SHARE_OF.fullmatch(sentence, claim_span(c)[1], claim_span(whole)[0]):
            continue
        if timespan.before(whole.period, c.period):
            c.base_period = whole.period
            c.context["baseline_period"] = whole.period


_YEARLY_COMPARISON = lazy(r"\b(?:on\s+an?\s+(?:yearly|annual|year-on-year)\s+basis|year[- ]on[- ]year|y-o-y)\b", re.I)
_FROM_BEFORE = lazy(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
_FROM_BETWEEN = lazy(r"\s*,?\s+from\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?", re.I)
_TO_BEFORE = lazy(r"\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
_TO_BETWEEN = lazy(r"\s*,?\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?", re.I)


# a figure revised, or a plan, forecast or target: a change between two statements of one time,
# or one still to come
_REVISED = lazy(r"\b(?:revis\w*|re-?estimat\w*|amend\w*|adjust\w*|upgrad\w*|downgrad\w*|forecast\w*|estimates?|project\w*|"
                r"expected|predicted|anticipated|will|would|"
                r"targets?|outlook|budget(?:ed|s)?)\b", re.I)


def _from_levels(claims: list[Claim], sentence: str, own_expr: dict[int, int], attached_to: dict[int, int]) -> None:
    """The first of a pair "from X to Y" (or "to Y from X", or "up 3.9 percent from X") with
    no time of its own is the base's: the sentence's one base, else (marked an undated
    comparand) the base implied_bases gives the sentence's changes."""
    if len(claims) < 2 or "from" not in lowered(sentence):
        return  # every pair read below is joined by "from" (most sentences: no search for their bases)
    bases = {(c.period, c.base_period) for c in claims if c.base_period and c.period}
    if not bases and _YEARLY_COMPARISON.search(sentence):
        # "On a yearly basis, revenue fell in February, from €52.7m to €52.4m": the pair spans a year
        bases = {(c.period, shift(c.period, "year", -1)) for c in claims if c.role == R.LEVEL and c.period}
        bases = {(p, b) for p, b in bases if b}
    if len(bases) > 1:
        return  # several: which one the pair spans is not said
    period, base = next(iter(bases)) if bases else (None, None)

    if base is None and _REVISED.search(sentence):
        return  # "a revised 2023/24 budget from K3.79 trillion to K4.33 trillion": one year, two plans

    def date(c: Claim) -> None:
        if base is None:
            c.context["undated_comparand"] = True  # "Re-entry approvals rose to 23,644 from 22,647"
        else:
            c.period = base
            c.context.pop("period_inherited", None)

    for k, c in enumerate(claims[:-1]):
        nxt = claims[k + 1]
        if k in attached_to or k + 1 in attached_to or c.period is None or nxt.period != c.period \
                or period is not None and c.period != period:
            continue
        if c.role in (R.CHANGE, R.GROWTH) and nxt.role in _STATED_ROLES and not nxt.base_period \
                and _FROM_BETWEEN.fullmatch(sentence, claim_span(c)[1], claim_span(nxt)[0]) \
                and not (k + 2 < len(claims) and _TO_BETWEEN.fullmatch(sentence, claim_span(nxt)[1], claim_span(claims[k + 2])[0])):
            # "up 3.9 percent from $10.56 billion": the level the change is measured from
            if base is None or c.base_period == base:
                date(nxt)
            continue
        if c.role not in _STATED_ROLES or c.base_period or nxt.unit != c.unit or nxt.role != c.role:
            continue
        if _FROM_BEFORE.search(sentence, max(0, claim_span(c)[0] - 20), claim_span(c)[0]) \
                and _TO_BETWEEN.fullmatch(sentence, claim_span(c)[1], claim_span(nxt)[0]):
            date(c)
        elif not nxt.base_period and REACHED.search(sentence, max(0, claim_span(c)[0] - 30), claim_span(c)[0]) \
                and _FROM_BETWEEN.fullmatch(sentence, claim_span(c)[1], claim_span(nxt)[0]):
            # "…, to $8.975 billion from $1.004 billion": the same pair, the other way round
            date(nxt)


_STATED_ROLES = (R.LEVEL, R.RATIO, R.RATE, R.SHARE)
# "… $6.50 billion in exports compared with $4.72 billion in imports": a figure that names
# its own series is another quantity, not the same one at another time
_OWN_SERIES_AFTER = lazy(r"\s+(?:in|of|for|from)\s+(?!the\s+(?:same|previous|preceding|corresponding)\b)[a-z]", re.I)


def _undated_comparands(claims: list[Claim], sentence: str, attached_to: dict[int, int]) -> None:
    """Mark a level set against the level before it ("$27.07 billion against $31.53
    billion") with no time of its own: it is dated by the article's base in implied_bases."""
    for k in range(1, len(claims)):
        c, first = claims[k], claims[k - 1]
        if c.role not in _STATED_ROLES or first.role != c.role or k in attached_to or c.unit != first.unit \
                or not c.period or c.period != first.period or c.base_period:
            continue
        s = claim_span(c)[0]
        if _AGAINST_LEVEL.search(sentence, max(0, s - 25), s) and not _OWN_SERIES_AFTER.match(sentence, claim_span(c)[1]):
            c.context["undated_comparand"] = True


# "13,313 tourists (10,149 tourists in 2015)", "2,388,144 cars (2016: 2,514,764)", "78,122
# tourists (last year the figure was 56,364)": a bracket right after a figure, holding another
# of its measure
_BRACKET_AFTER_FIGURE = lazy(r"\s*(?:[a-z]+\s+){0,6}?\(\s*[^()]{0,40}$", re.I)
_WHOLE_YEAR = lazy(r"\d{4}")
_PART_OF_A_YEAR = lazy(r"\d{4}-(?:\d{2}|Q[1-4]|H[12])(?:/\d{4}-\d{2})?")


def _bracketed_comparands(claims: list[Claim], sentence: str) -> None:
    """'in July – 28,053 tourists (19,257 tourists last year)': a figure bracketed after another
    of its measure, dated by a whole year only, is that figure's part of the year in that year
    (July 2015), not the year's total."""
    for k in range(1, len(claims)):
        c, first = claims[k], claims[k - 1]
        if c.unit != first.unit or c.kind != first.kind or c.value == first.value or not c.period or not first.period \
                or not _WHOLE_YEAR.fullmatch(c.period) or not _PART_OF_A_YEAR.fullmatch(first.period):
            continue
        s, e = claim_span(c)[0], claim_span(first)[1]
        if not _BRACKET_AFTER_FIGURE.fullmatch(sentence, e, s) or ")" not in sentence[claim_span(c)[1]:]:
            continue
        years = int(c.period) - int(first.period[:4])
        if years < 0:
            c.period = shift(first.period, "year", years) or c.period


def _range_ends(claims: list[Claim], sentence: str, exprs: list[TimeExpr], own_expr: dict[int, int]) -> None:
    """'doubled between 1991 and 2021, from 113,000 to 229,000': the levels a range of years
    runs from and to are its first and last years', and a change over the range is its
    last year's, against its first (the base already)."""
    from factcheck.timespan import month_span, name

    ranged = {k: exprs[i] for k, i in own_expr.items() if exprs[i].range_from is not None and exprs[i].span is not None}
    for k, e in ranged.items():
        c = claims[k]
        # the last year of a range of years, the last month of a range of months
        # (as long as its first end: "between the first quarter of 2020 and that of 2021" ends with a quarter)
        first = e.span.end.year * 12 + e.span.end.month - e.range_from.months
        last = str(e.span.end.year) if e.range_from.months == 12 else name(month_span(first // 12, first % 12 + 1,
                                                                                      e.span.end.year, e.span.end.month))
        if c.role in (R.GROWTH, R.CHANGE) and c.base_period == name(e.range_from) \
                and (c.unit or "").endswith(" / year"):
            # "a growth of 218 people per annum over 1996-2003": an average yearly change over
            # the range, whose period is the range itself
            c.period, c.base_period = name(e.span), None
            c.context["over_span"] = True  # no base implied either
        elif c.role in (R.GROWTH, R.CHANGE) and c.base_period == name(e.range_from):
            reached = [j for j in range(k + 1, min(k + 2, len(claims))) if ranged.get(j) is e and claims[j].role in (R.LEVEL, R.RATE)
                       and _TO_BEFORE.search(sentence, max(0, claim_span(claims[j])[0] - 20), claim_span(claims[j])[0])
                       and claim_span(claims[j])[0] - claim_span(c)[1] < 40]
            ends = any(ranged.get(j) is e and claims[j].role in (R.LEVEL, R.RATE)
                       and _FROM_BEFORE.search(sentence, max(0, claim_span(claims[j])[0] - 20), claim_span(claims[j])[0]) for j in ranged)
            if e.range_from.months < 12 and "two_ends" not in e.tags and (_counted_over_time(c)
                                             or not (reached or ends or (c.unit or "").endswith("point")
                                                     or _NEVER_SUMMED.intersection(_series_words(c)))):
                # "remittances up 25.8% between January and February", "exports rose 12% to $3.1
                # billion between January and June": a flow's change over a run of months, or a
                # change that states no level it reached, no points and no stock, is the run's
                # total against the same run a year before; "eased 0.2 points to 6.2% between
                # March and April" is a change from one month's level to the next's
                c.base_period = c.context["baseline_period"] = shift(name(e.span), "year", -1)
                continue
            c.period = last
            for j in reached:
                claims[j].period = last  # the level the change reaches is the last month's too
        elif c.role == R.LEVEL and k + 1 < len(claims) and ranged.get(k + 1) is e and claims[k + 1].role == R.LEVEL \
                and _FROM_BEFORE.search(sentence, max(0, claim_span(c)[0] - 20), claim_span(c)[0]) \
                and _TO_BETWEEN.fullmatch(sentence, claim_span(c)[1], claim_span(claims[k + 1])[0]):
            c.period, claims[k + 1].period = name(e.range_from), last
            c.context.pop("undated_comparand", None)  # dated by the range, not by the article's base
        elif c.role == R.LEVEL and "two_ends" in e.tags:
            # "between the first quarter of 2020 and that of 2021 – from 102bn CFA francs (€156m)
            # to 32.2bn CFA francs (€49m)": the level after 'from' is the first end's, the one
            # after 'to' the last's, and a bracket restating either is as its figure
            s = claim_span(c)[0]
            if _FROM_BEFORE.search(sentence, max(0, s - 20), s):
                c.period = name(e.range_from)
            elif _TO_BEFORE.search(sentence, max(0, s - 20), s):
                c.period = last
            elif k > 0 and ranged.get(k - 1) is e and OPEN_BRACKET.fullmatch(sentence, claim_span(claims[k - 1])[1], s):
                c.period = claims[k - 1].period
            else:
                continue
            c.context.pop("undated_comparand", None)


@functools.cache
def _flow_words() -> frozenset:
    # a balance of flows (a budget's or trade's deficit) is summed over time as they are
    return frozenset(lexicon.load("metric_words")["flow_heads"]) | {"deficit", "surplus"}


def _series_words(c: Claim) -> list[str]:
    """The words that name a claim's series: its metric's or, when that is empty, those of its
    clause before the figure."""
    return LETTERS.findall((c.metric or "").lower()) or _clause_words_before(c)


def _held_at_a_day(c: Claim) -> bool:
    """Whether a claim's series is a stock (reserves, debt, deposits)."""
    return bool(STOCK_WORDS.intersection(_series_words(c)))


# series read at a moment rather than summed over a span: a rate, a price, an index, the
# number of people without work (what a change "between June and July" goes from and to)
MOMENT_WORDS = frozenset(("inflation", "index", "indices", "price", "prices", "rate", "rates", "cpi", "unemployment",
                          "unemployed", "jobless", "yield", "yields"))
# a stock counted at a day or a series read at a moment: its change between two months goes
# from one month's level to the next's ("non-food inflation rose 1.6 per cent between June and
# July" is July's against June's), never the two months summed
_NEVER_SUMMED = STOCK_WORDS | MOMENT_WORDS


def _clause_words_before(c: Claim) -> list[str]:
    """The words of the figure's clause before it: what names its series when its metric is empty."""
    before = c.sentence[: claim_span(c)[0]]
    opening = [m.end() for m in CLAUSE_OPENING.finditer(before)]
    return LETTERS.findall(before[opening[-1] if opening else 0:].lower())


def _counted_over_time(c: Claim) -> bool:
    """Whether a claim's series is a flow (exports, revenue, a deficit), summed over a span,
    rather than a stock counted at a day (debt, reserves, a population)."""
    words = LETTERS.findall((c.metric or "").lower())
    flows = _flow_words()
    if words and not STOCK_WORDS.intersection(words) and not any(w in flows or w.endswith("s") and w[:-1] in flows for w in words):
        words = []  # a metric that names no series ("a historic record"): the clause's words say which
    if not words and (c.role == R.GROWTH or c.role in (R.LEVEL, R.CHANGE) and c.kind != K.PERCENT):
        # the series is named later (metrics.py): "trade turnover as of August 15 reached $12.2
        # billion, an increase of 28.8%" names it in the words of its clause before the figures
        words = _clause_words_before(c)
        if STOCK_WORDS.intersection(words):
            return False  # "outstanding loans as of June 30": a stock of a flow's series
    if c.role == R.SHARE:
        # "the deficit expanded to 4.4 percent of GDP by July": a share names its whole; the
        # part is the clause's subject, before the figure
        start = claim_span(c)[0]
        words += LETTERS.findall(c.sentence[max(0, start - 80): start].lower())
    return any(w in flows or w.endswith("s") and w[:-1] in flows for w in words)


# ("9,600 (+0.5%) in Q3 2015": a bracketed figure may carry its sign)
_ALTERNATIVE = lazy(r"\s*(?:,\s*)?(?:or|\(|,)\s*[+\-−]?\s*(?:about\s+|around\s+|some\s+)?$", re.I)


# "compared to 138.6 million kg at $5.57 per kg last year": the price or worth of the
# quantity on the other side is on that side too
_PRICED_AT = lazy(r"\s*,?\s*(?:at|worth|valued\s+at)\s+(?:an?\s+(?:average\s+)?(?:price\s+)?of\s+)?", re.I)


def _compared_sides(claims: list[Claim], sentence: str) -> set[int]:
    """Indexes of the claims on the other side of a comparison: 'from $173 million or 12
    cents a share a year ago' (a figure restated in other terms stays on its side)."""
    out: set[int] = set()
    for k, c in enumerate(claims):
        s = claim_span(c)[0]
        if compared_before(sentence[:s][-40:]) or (
                k - 1 in out and (_ALTERNATIVE.fullmatch(sentence[claim_span(claims[k - 1])[1]: s])
                                  or _PRICED_AT.fullmatch(sentence, claim_span(claims[k - 1])[1], s)
                                  or _coordinated_comparand(claims[k - 1], c, sentence))):
            out.add(k)
    return out


# "against 231,496 tons in the same period in 2023 and 299,583 tons in the fourth quarter of
# 2023": the figure coordinated with the other side, past that side's own time, is another
# other side (no figure between them but years)
_DATED_AND = lazy(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:in|during|for|over|at)\s+(?:[^\d;:()]|(?<!\d)(?:19|20)\d\d(?!\d)){2,60}?"
                  r"\s(?:and|as\s+well\s+as)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


def _coordinated_comparand(before: Claim, c: Claim, sentence: str) -> bool:
    return before.unit == c.unit and before.role == c.role \
        and _DATED_AND.fullmatch(sentence, claim_span(before)[1], claim_span(c)[0]) is not None


def _timeless(c: Claim, sentence: str) -> bool:
    if c.kind == K.ORDINAL and c.context.get("ordinal_role") == "streak":
        # "a sixth consecutive monthly increase", "for the second straight year": a run counted to
        # the period the text reports, dated by the run's last unit, as the figure it qualifies is
        return False
    if c.kind == K.ORDINAL and c.context.get("ordinal_role") == "rank":
        start, end = claim_span(c)
        return bool(_EPITHET_OWNER.search(sentence, 0, start) or _WORLD_RANKING.match(sentence, start, end + 40)
                    or _standing_superlative(sentence, start))
    if _SINCE_FOUNDING.search(sentence) and not _A_DATE.search(sentence):
        # "Since its inception, the Fund has accounted for G$408.9B from 24 lifts": a running
        # total since an undated founding is no figure of the text's period
        return True
    if c.kind == K.MONEY and _RATE_NOTE.search(sentence, max(0, claim_span(c)[0] - 16), claim_span(c)[0]) \
            and not _A_DATE.search(sentence):
        # "($1 = 544.4600 CFA francs)", "($1 – 437.62 drams)": a conversion note, the rate the
        # desk used to convert, is no figure of the period the text reports
        return True
    if c.kind == K.PERCENT and _standing_share(sentence, *claim_span(c)):
        return True
    # ("the average length of stay was 8.47 days": a measured level, roles.py, dated as levels are;
    # "1.7 times higher than the same period in 2022", "about five times the export value": a
    # multiplier sets two figures of the text's time side by side, and is dated as they are)
    return c.kind in (K.ORDINAL, K.DURATION, K.YEAR_RANGE) and not (c.kind == K.DURATION and c.role == R.LEVEL)


# A standing fact about an economy, stated in the present simple with no time of its own, is
# background, not a figure of the period the text reports: the weight of a sector in the whole
# economy or in a world total ("Remittances represent about 20 per cent of the country's GDP",
# "Tourism ..., contributing to 13% of total GDP", "Madagascar, which dominates over 80% of
# global supply"), and a place among the world's or a continent's producers ("Mali is the
# third biggest gold producer in Africa"). Only the present (or its participle) of a verb of
# constituting, right before the share, and a whole that is an economy's or the world's;
# a share restating an amount before it ("K72.0 billion, representing 22.0 percent of GDP",
# "revenues totaled €2.715 billion, ..., representing 36.4% of GDP") and a sentence that
# names a time, looks ahead or reports a change are the text's own.
_CONSTITUTES = lazy(r"\b(?:represents?|representing|accounts?\s+for|accounting\s+for|contribut(?:es|ing)(?:\s+to)?|"
                    r"makes?\s+up|making\s+up|supplies|supplying|dominates?|dominating|sustains?|employs?)\s+"
                    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|approximately|close\s+to|just\s+over|"
                    r"just\s+under|up\s+to)\s+)?$", re.I)
_AMOUNT_JUST_BEFORE = lazy(r"(?:\d|%|\b(?:percent|cent|thousand|million|billion|trillion|bn|mn|m))\s*\)?\s*,?\s*(?:which\s+)?$", re.I)
_ECONOMY_WHOLE = lazy(r"\s*(?:\([^()]{0,30}\)\s*)?of\s+(?:(?:the|its|their|total|[A-Z][\w-]*['’]s?|(?:[\w-]+\s+){0,3}?[\w-]+['’]s)\s+)*"
                      r"(?:GDP\b|gross\s+domestic\s+product|national\s+(?:wealth|income|output|economy)|economy\b|"
                      r"(?:global|world(?:['’]s)?)\s+[a-z]+)", re.I)
_TIMED_OR_CHANGING = lazy(r"\b(?:year|years|month|months|(?<!\ba\s)(?<!one\s)(?<!three\s)quarters?|(?:first|second)\s+half|period|annual|annually|so\s+far|to\s+date|will|"
                          r"would|expected|forecast|projected|targets?|plans?|budget|deficit|increase|decrease|rise|fall|growth)\b", re.I)
_DIGIT = re.compile(r"\d")
_RATE_NOTE = lazy(r"[(\[]\s*(?:US\s?\$|\$|USD\s?|€|EUR\s?|£|GBP\s?)\s?1\s*(?:=|–|-|—)\s*$", re.I)
_STANDING_RANK = lazy(r"\b(?:is|are|remains)\s+(?:still\s+)?(?:the\s+)?$", re.I)
_SUPERLATIVE_IN_WORLD = lazy(r"\w+[\s-]+(?:largest|biggest|leading|top)\b[^,;.]{0,80}?\b(?:in|on)\s+(?:the\s+)?"
                             r"(?:world|Africa|Europe|Asia|Latin\s+America|the\s+Americas|continent|region)\b", re.I)


def _standing_share(sentence: str, start: int, end: int) -> bool:
    verb = _CONSTITUTES.search(sentence, max(0, start - 60), start)
    return verb is not None and _ECONOMY_WHOLE.match(sentence, end) is not None \
        and not _AMOUNT_JUST_BEFORE.search(sentence, max(0, verb.start() - 40), verb.start()) \
        and not (verb.group(0).lower().split()[0].endswith("ing") and _DIGIT.search(sentence, 0, verb.start())) \
        and _no_time_or_change(sentence)


def _standing_superlative(sentence: str, start: int) -> bool:
    return _STANDING_RANK.search(sentence, max(0, start - 30), start) is not None \
        and _SUPERLATIVE_IN_WORLD.match(sentence, start) is not None and _no_time_or_change(sentence)


def _no_time_or_change(sentence: str) -> bool:
    """The sentence names no date or time, looks nowhere ahead and reports no change: what a
    standing fact's sentence must be."""
    return not _A_DATE.search(sentence) and not _TIMED_OR_CHANGING.search(sentence)


_SINCE_FOUNDING = lazy(r"\bsince\s+(?:its|their|the(?:\s+[\w-]+['’]s)?)\s+(?:inception|creation|establishment|founding|launch)\b", re.I)
_A_DATE = lazy(r"\b(?:19|20)\d\d\b|(?-i:\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")


# "ranked 3rd worldwide", "third on the world rankings": a place in an outside league table,
# dated by the table, not by the text's figures
_WORLD_RANKING = lazy(r"\S+(?:\s+[a-z]+){0,2}?\s+(?:worldwide|globally|in\s+the\s+world|"
                      r"(?:on|in)\s+(?:the\s+)?(?:world|global)\s+(?:rankings?|league|table|index))\b", re.I)
# A rank is a position among the figures of the time the text is about ("France ranked
# second", "Porec was third with 3.5 million bed nights") and takes that time as they do; an
# owner's epithet ("Africa's fourth-largest economy", "its second largest trading partner")
# names the owner in passing, at no time. Event counts and anniversaries keep no inherited year.
_EPITHET_OWNER = lazy(r"(?:\b(?!(?:it|that|there|what|here|he|she)['’])\w+['’]s?|\b(?:its|their|his|her|our|my|your))"
                      r"\s+(?:former\s+|new\s+|current\s+)?$", re.I)


def _compared(c: Claim) -> bool:
    """Claims that have a base: changes, growths, shares of a baseline."""
    return bool(c.context.get("change")) or c.role in (R.CHANGE, R.GROWTH) \
        or bool(c.context.get("baseline_period"))


# The other side of a comparison may be a plan, not an earlier time: "11.5% below the
# initial budget", "$492.7 million up from the budget estimate", "38.2% higher than the
# target", "36 million less than anticipated", "surpassing the estimate by 4.5%". Such a
# change has no base period (a plan dated to another year, "the 2018 approved budget",
# "the $219 million budget for FY2020", is an earlier time and keeps it; "budget deficit" is
# no plan).
# ("down 644 million from monthly targets", "exceeded the state's forecast by": a plan's
# frequency or owner may premodify it)
_PLAN_NOUN = (r"(?:the\s+|its\s+|their\s+|what\s+(?:was|had\s+been)\s+)?(?:(?:initial|original|approved|revised|earlier|previous|"
              r"official|[A-Za-z]+['’]s|budgeted|planned|projected|forecast|estimated|budget|monthly|quarterly|annual|yearly|full-year)\s+)*"
              r"(?:budget(?:ed)?|estimates?|targets?|projections?|forecasts?|plan|(?:figure|amount|sum)\s+(?:estimated|budgeted|projected|planned)"
              r"|anticipated|expected|planned|projected|predicted|estimated)\b"
              r"(?!\s+(?:deficit|surplus|balance|gap|shortfall|year|period)\b|['’]s|\s+(?:for|of)\s+(?:the\s+)?(?:FY|fiscal|financial|[12]\d{3}))")
_PLAN_COMPARATOR = (r"(?:than|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|from|over|above|below|in\s+excess\s+of|"
                    r"short\s+of|against|versus|vs\.?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|miss(?:es|ed|ing)?|"
                    r"overshot|undershot)")
# every plan noun holds one of these: a sentence without any is compared with no plan
# (most are, and both patterns below are costly to try at each position)
_PLAN_WORDS = ("budget", "estimat", "target", "project", "forecast", "plan", "anticipat", "expect", "predict")
# after the figure: a restatement ("or 18%", "(11.2%)", "i.e. EUR 414.6 million") and a
# comparative or a verb of being may stand between
_PLAN_AFTER = triggered(lazy(r"(?:\s*,?\s*(?:or|i\.\s?e\.?|\()\s*[^\s\d()]{0,4}\s?[\d.,]+\s?(?:%|per\s?cent|percent|[A-Za-z$€£]+(?:\s+[A-Za-z]+)?)?\s*\)?)?"
                   r"\s*,?\s*(?:(?:higher|lower|more|less|fewer|greater|up|down|above|below)\s+)?(?:[a-z]+ed\s+)?"
                   # "a 35% increase from the original forecast": the noun of change between
                   r"(?:(?:increase|rise|decrease|decline|drop|fall|reduction|gain|growth|jump|shortfall|overrun)\s+)?"
                   + _PLAN_COMPARATOR + r"\s+" + _PLAN_NOUN, re.I), _PLAN_WORDS)
# before it: "exceeded budget levels by over", "compared to the initial budget of 3.9 billion,
# representing a decrease of"
_PLAN_BEFORE = triggered(lazy(r"\b" + _PLAN_COMPARATOR + r"\s+" + _PLAN_NOUN + r"(?:\s+(?:levels?|figures?|outturn))?"
                    r"(?:\s+of\s+[^\s\d]{0,4}\s?[\d.,]+(?:\s+[A-Za-z]+){0,3}?)?(?:\s+for\s+(?:the\s+)?(?:FY|fiscal|financial\s+year)?\s?[\d/-]{4,9})?"
                    r"(?:\s*,?\s*(?:representing|resulting\s+in|amounting\s+to|i\.\s?e\.|that\s+is)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:of\s+)?"
                    r"|\s+by\s+)(?:over\s+|about\s+|around\s+|nearly\s+|some\s+|just\s+|almost\s+|more\s+than\s+)?[^\s\d]{0,4}\s?$", re.I), _PLAN_WORDS)


def _against_plan(c: Claim, sentence: str, exprs: list[TimeExpr]) -> bool:
    s, e_ = claim_span(c)
    m = _PLAN_AFTER.match(sentence, e_)
    if m is None:
        m = _PLAN_BEFORE.search(sentence, max(0, s - 120), s)
    # a time inside the comparison dates the plan's year ("the 2018 approved budget"), unless
    # it is the figure's own ("the projection of 130,000 visitors for fiscal 2022 by 83,000")
    return m is not None and not any(m.start() <= x.start < m.end() and x.period != c.period for x in exprs)


_PREMODIFIED_CHANGE = lazy(r"\s*(?:increase|rise|growth|gain|jump|surge|decline|decrease|drop|fall|contraction|expansion|change)\s+"
                          r"(?:of|by)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?", re.I)


def _names_base(exprs: list[TimeExpr], period: str) -> bool:
    """The sentence names `period` itself, not by a word relative to now, as a base."""
    return any(x.base and x.span is not None and "deictic" not in x.tags and x.period == period for x in exprs)


_OR_BETWEEN = lazy(r"\s*,?\s*or\s+")


def _restates(claims: list[Claim], k: int, at: int, sentence: str) -> bool:
    """Claim k restates the figure right before it, which stands at `at`: "a monthly growth
    of 1.5 percent or 585 million euros"."""
    if k == 0 or claim_span(claims[k - 1])[0] != at:
        return False
    return bool(_OR_BETWEEN.fullmatch(sentence, claim_span(claims[k - 1])[1], claim_span(claims[k])[0]))


def _base(k: int, c: Claim, claims: list[Claim], sentence: str, exprs: list[TimeExpr], spans, attached: dict[int, int],
          own_expr: dict[int, int]) -> Optional[str]:
    if c.context.get("baseline_period") and not exprs:
        return c.context["baseline_period"]
    s, e_ = claim_span(c)
    clause = grammar.clause_of(spans, s)
    period = c.period

    def resolved(i: int) -> Optional[str]:
        x = exprs[i]
        if "year_end" in x.tags:
            # the last reading of that year: December
            year = x.span.end.year if x.span is not None else int(period[:4]) - 1 if period else None
            return f"{year}-12" if year else None
        if x.shift and x.shift[0] == "to_year":
            from factcheck.timespan import shift_years
            if period is None:
                return str(x.shift[1])
            return shift_years(period, x.shift[1] - int(period[:4]))
        return x.resolve(period)

    # (a base that dates the other side's figure by premodifying its noun, "compared to the
    # September 2017 figure of 2,045", stays the base of the changes measured against it)
    bases = [i for i, x in enumerate(exprs) if (x.base or "rate" in x.tags) and (i not in attached or "premodifies_figure" in x.tags)]
    # 0. a base premodifying the noun of change that governs the number: "a month-on-month
    # increase of 5.3 percent and a year-on-year growth of 12.3 percent"
    premodifying = {i for i in bases if _PREMODIFIED_CHANGE.match(sentence, exprs[i].end)}
    for i in premodifying:
        m = _PREMODIFIED_CHANGE.match(sentence, exprs[i].end)
        if m.end() == s or _restates(claims, k, m.end(), sentence):
            r = resolved(i)
            if r:
                return r
    # 1. a base in the number's own clause, the nearest after it first (one that premodifies
    # a later number's noun of change is that number's)
    same = [i for i in bases if grammar.clause_of(spans, exprs[i].start) == clause]
    after = [i for i in same if exprs[i].start >= e_ and i not in premodifying]
    # … unless the figure right after the number is the other side, dated by its own time:
    # "29.3 percent higher than February's $1.56 billion and 8.5 percent higher than … last
    # year": February is the base of the first, 'last year' of the second
    nxt = k + 1
    own = [i for i, k2 in attached.items() if k2 == nxt]
    if own and (c.kind == K.PERCENT or claims[nxt].unit == c.unit):
        # (the other side's possessive time stands before it: "than February's $1.56 billion")
        start = min(claim_span(claims[nxt])[0], exprs[own[0]].start)
        r = resolved(own[0]) if compared_before(sentence[:start][-40:]) \
            and not any(e_ <= exprs[i].start < start for i in after) else None
        if r and r != period:
            return r
    # "an increase of 3.3 billion riyals, equivalent to 8.6 percent, compared to the second
    # quarter of 2020": a comparison set off by a comma right after the change, or after the
    # change's restatement, is its base (the clause split at the comma would leave the base
    # to a figure of another clause)
    if not after:
        restated = [i for i in bases if exprs[i].start >= e_ and i not in premodifying
                    and _RESTATED_THEN_BASE.fullmatch(sentence, e_, exprs[i].start)]
        if restated:
            r = resolved(restated[0])
            if r:
                return r
    # (of those before it, the nearest: "a monthly growth of 1.5 percent or 585 million euros
    # and an annual growth of 1.4 percent or 546 million euros")
    before = sorted((i for i in same if exprs[i].start < s), key=lambda i: -exprs[i].start)
    for i in after + before + [i for i in same if i not in after and i not in before]:
        r = resolved(i)
        if r:
            return r
    # 2. the period of the other side of a comparison: "from $70.8 billion in August"
    for i, k2 in sorted(attached.items(), key=lambda kv: abs(claim_span(claims[kv[1]])[0] - s)):
        other = claims[k2]
        if other is c or other.unit != c.unit and c.kind != K.PERCENT:
            continue
        # ("a 1.2% reduction relative to July 2024 (US$5,067.79Mn)": the other side's time is
        # itself set after the comparison word, its figure after it)
        if compared_before(sentence[: claim_span(other)[0]][-40:]) \
                or exprs[i].base and _FIGURE_AFTER_BASE.fullmatch(sentence, exprs[i].end, claim_span(other)[0]):
            r = resolved(i)
            if r and r != period:
                return r
    # 3. a base elsewhere in the sentence (the main clause's "from a year earlier")
    for i in bases:
        r = resolved(i)
        if r:
            return r
    # 4. a change across a range of years: "between 2019 and 2023"
    if k in own_expr and exprs[own_expr[k]].range_from is not None:
        from factcheck.timespan import name
        return name(exprs[own_expr[k]].range_from)
    return c.context.get("baseline_period")


# the other side's figure right after its time, bracketed or after a comma or a possessive
_FIGURE_AFTER_BASE = lazy(r"(?:['’]s)?\s*[(,]?\s*(?:of\s+|at\s+|when\s+it\s+(?:was|stood\s+at)\s+)?", re.I)


_RESTATED_THEN_BASE = lazy(r"(?:\s*,\s*(?:or\s+|equivalent\s+to\s+|equal\s+to\s+|i\.e\.\s+)?[+\-−]?[\d.,]+\s*(?:%|per\s?cent|percent))?"
                           r"\s*,\s*(?:as\s+)?(?:compared\s+(?:to|with)|against|versus|relative\s+to|over|from)\s+(?:the\s+)?", re.I)


# "…was NPR 543 billion, which increased by NPR 200 billion": a relative clause whose verb
# of change has the level before it for antecedent (adverbs allowed before and after the verb)
# ("was $5.4 billion in 2012, which then fell": the level's own time between them)
_WHICH_CHANGED = lazy(r"(?:\s+(?:in|during|for|over)\s+[^,;()\d]{0,30}?(?:19|20)\d\d(?:[/-]\d{2,4})?)?"
                      r"\s*,?\s*(?:which|that)\s+(?:has\s+|had\s+|then\s+|subsequently\s+|later\s+)?(?:[a-z]+ly\s+)?"
                      r"(?P<v>[a-z]+)\s+(?:[a-z]+ly\s+)?(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?$", re.I)
_RESTATED_AFTER = lazy(r"\s*(?:\(|,?\s*or\s+)\s*$", re.I)


def _changes_of_antecedents(claims: list[Claim], sentence: str, exprs: list[TimeExpr]) -> None:
    """"In 2012 exports were $5.4 billion, which rose by $2 billion (37 percent) in 2018": a
    change told in a relative clause runs from its antecedent, the level before it, so the
    level's earlier time is the change's base, and the base of the figure that restates it
    in a bracket or after 'or'. A base the sentence names after the change stays."""
    for k, c in enumerate(claims):
        if k == 0 or c.role not in (R.CHANGE, R.GROWTH) or not c.period:
            continue
        level = claims[k - 1]
        if level.role != R.LEVEL or not level.period or not timespan.before(level.period, c.period) \
                or (level.unit != c.unit and c.kind != K.PERCENT):
            continue
        which = _WHICH_CHANGED.fullmatch(sentence, claim_span(level)[1], claim_span(c)[0])
        if which is None or not grammar.change_direction(which.group("v")):
            continue
        if any(x.base and x.start >= claim_span(c)[1] for x in exprs):
            continue
        restating = [c]
        for nxt in claims[k + 1:]:
            if nxt.role not in (R.CHANGE, R.GROWTH) \
                    or not _RESTATED_AFTER.fullmatch(sentence, claim_span(restating[-1])[1], claim_span(nxt)[0]):
                break
            restating.append(nxt)
        for r in restating:
            r.base_period = level.period
            r.context["baseline_period"] = level.period
