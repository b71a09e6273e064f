"""A change is later than what it is measured from. Pure: no I/O.

"has grown by a third, from 175,730 to 241,331, since 2004", "a decline of 3.6 percent
compared to the second quarter of this year": where the sentence names the base of its
change and no time of the change's own, a reading that dates the change at its base, or
before it (the period of the text before, carried on), is wrong: a change of a period
against that same or a later period is none. Its time is the text's main period, where
that is a span of the base's length after it; else, counted "since" the base, the like
span of the article's year; else the like span a year after the base; never past the
article's month, and nothing where the text gives no date. The level a "from X to Y" pair
reaches moves with it.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck import timespan
from factcheck.extract.kinds import R
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.periods import TimeExpr, shift
from factcheck.models import Claim


def _later_like(candidate: Optional[str], base: timespan.Span, today: Optional[timespan.Span]) -> bool:
    """A span of the base's length that begins after the base and not after the article's month."""
    span = timespan.parse(candidate)
    return span is not None and span.months == base.months and span.start > base.end \
        and (today is None or span.start <= today.end)


# "has grown by a third since 2004": a change counted from the base up to the time of writing
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
# "from 175,730 to 241,331": the level after "to" that follows a "from" figure
_TO_AFTER_FROM = re.compile(r"\bfrom\s+[^\s\d]{0,4}\d[\d.,]*(?:\s+[a-z]+){0,3}\s+to\s+[^\s\d]{0,4}$", re.I)
# the marks the first pass leaves on a claim's context for the second
_MARK = "dated_at_base"
_REACHED = "reached_after_base"


def changes_after_their_base(claims: list[Claim], sentence: str, exprs: list[TimeExpr]) -> None:
    """Mark a change or growth dated at its own base period, where the sentence names that
    period only as a base ("since" it, or "from", "compared with", "on", "than" it): its
    period is given by `date_after_bases` once the text's main period is known (not here,
    where the period given would become the topic of the sentences after it)."""
    for c in claims:
        if c.role not in (R.GROWTH, R.CHANGE) or not c.period or not c.base_period:
            continue
        own, base = timespan.parse(c.period), timespan.parse(c.base_period)
        if own is None or base is None or own.start > base.start:
            continue  # measured to a later time than its base, as a change is
        named = [e for e in exprs if e.base and e.span is not None and e.span.start <= base.start and base.end <= e.span.end]
        if not named or any(not e.base and e.period == c.period for e in exprs):
            continue  # the sentence names the period as a time of its own: the base is what is wrong
        since = any(_SINCE.search(sentence, max(0, e.start - 12), e.start) for e in named)
        c.context[_MARK] = "since" if since else "base"
        # "has grown by a third, from 175,730 to 241,331, since 2004": the level the change
        # reaches is of the change's own time; the level it is from keeps the base's
        for level in claims:
            if level.role == R.LEVEL and level.period == c.period and level.unit \
                    and _TO_AFTER_FROM.search(sentence, 0, claim_span(level)[0]):
                level.context[_REACHED] = (c, c.period)


def date_after_bases(claims: list[Claim], main: Optional[str], today: Optional[str]) -> None:
    """The period of each change `changes_after_their_base` marked: the text's main period
    where that is a span of the base's length after it; else, for a change dated at its base,
    counted "since" the base, the like span of the article's year, or else the like span a
    year after the base (a change dated before its base takes the main period or nothing).
    Never past the article's month, and nothing where the text gives no date."""
    now = timespan.parse(today)
    reached = [(c, *c.context.pop(_REACHED)) for c in claims if _REACHED in c.context]
    for c in claims:
        mark = c.context.pop(_MARK, None)
        if mark is None or now is None:
            continue
        own, base = timespan.parse(c.period), timespan.parse(c.base_period)
        if own is None or base is None or own.start > base.start:
            continue
        if own.start < base.start:
            # dated before its base, by a time the sentence gives for another of its figures
            # or carried on: only the text's main period is sure enough to put in its place
            ahead = None
        elif mark == "since":
            # up to the writing: the like span of the article's year, not the year after the base
            ahead = shift(c.base_period, "year", now.end.year - base.start.year)
        else:
            ahead = shift(c.base_period, "year", 1)
        period = next((p for p in (main, ahead) if _later_like(p, base, now)), None)
        if period is not None:
            c.period = period
    for level, change, was in reached:
        if level.period == was and change.period != was:
            level.period = change.period
