"""`span-average`: a rate per day, month or year is the total over the span it is the
average of ("97,165 tourists arrived between April 1 and 18, an average of 5,398 a day";
"exports of $144.39 million in 2019, a monthly average of $12.03 million"). The span is
the one the sentence states ("over three months"), else the period of the total. Which
total the average is of the text only suggests, so a gap is a finding only when one
slip of one printed number explains it."""

from __future__ import annotations

import re
from typing import Optional

from factcheck import timespan
from factcheck.extract.patterns import lazy
from factcheck.quantities import rate_parts
from factcheck.relations.graph import AMOUNT_KINDS, COUNT, DURATION, Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation

#: The words that make a per-day (month, year) figure an average over a span.
_AVERAGE = lazy(r"\b(?:average|averag\w+|daily|monthly|annual(?:ly)?|yearly|run[- ]rate|per\s+(?:day|month|year|annum)"
                r"|a\s+(?:day|month|year)|each\s+(?:day|month|year))\b", re.I)
_TIME_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
               "year": "year", "years": "year"}


def _span_length(period: Optional[str], unit: str) -> Optional[float]:
    """How many days (weeks, whole months, whole years) the period spans."""
    span = timespan.parse(period) if period else None
    if span is None:
        return None
    days = (span.end - span.start).days + 1
    if unit == "day":
        return float(days)
    if unit == "week":
        return days / 7 if days % 7 == 0 else None
    whole_months = span.start.day == 1 and timespan.parse(span.end.isoformat()[:7]).end == span.end
    if not whole_months:
        return None
    months = span.months
    if unit == "month":
        return float(months)
    return months / 12 if unit == "year" and months % 12 == 0 else None


def _stated_span(sentence: list[Node], unit: str) -> list[float]:
    """The durations in `unit` the sentence states ("over three months", "10 days")."""
    return [n.value for n in sentence if n.kind == DURATION and _TIME_UNITS.get(n.unit) == unit and n.value > 0]


@rule("span-average")
def average_over_span(graph: Graph, ctx: Context):
    for r in graph.nodes:
        num, den = rate_parts(r.unit)
        per = _TIME_UNITS.get(den.strip())
        if per is None or not r.value or not (_AVERAGE.search(r.before(50)) or _AVERAGE.search(r.claim.surface)
                                              or _AVERAGE.search(r.after(12))):
            continue
        num = num.strip()
        sentence = graph.sentence_of(r)
        totals = _totals(sentence, r, num) or _totals(graph.previous_sentence(r, same_paragraph=False), r, num)
        if len({round(t.value, 6) for t in totals}) != 1:
            continue
        total = totals[0]
        stated = _stated_span(sentence, per)
        length = stated[0] if len(stated) == 1 else None if stated else _span_length(total.period or r.period, per)
        if not length or length == 1:
            continue
        # an average of a count is rounded like any figure, though a count of things is not
        slack = (r.claim.precision or 1.0) / 2 if r.kind == COUNT else 0.0
        yield Relation("span-average", "average", [total], r, lambda v, k=length: v[0] / k,
                       f"the total over {length:g} {per}s", "{0} ÷ " + f"{length:g}", exact=False, slack=slack)


def _totals(sentence: list[Node], r: Node, unit: str) -> list[Node]:
    """The amounts in `unit` a rate `r` may be the average of: of its period (or of none),
    larger than it, not a converted restatement."""
    return [n for n in sentence if n is not r and n.unit == unit and n.kind in AMOUNT_KINDS and n.value
            and abs(n.value) > abs(r.value) and (n.value > 0) == (r.value > 0)
            and not n.claim.context.get("converted")
            and (r.period is None or n.period is None or n.period == r.period)]
