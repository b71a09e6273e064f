"""`point-change`: the difference of two rates in percentage points ("fell 0.3 percentage
points to 4.1% from 4.4%"), with both rates in its sentence or the earlier one stated for the
base period elsewhere."""

from __future__ import annotations

from typing import Optional

from factcheck import timespan
from factcheck.relations.common import from_to, irrealis, sign
from factcheck.relations.graph import CHANGE, GROWTH, PERCENT, PERCENTAGE_POINT, RATE, SHARE, Graph, Node, is_compared
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation


def _pp(v: float) -> str:
    return f"{v:+.2f} percentage points"


@rule("point-change")
def point_change(graph: Graph, ctx: Context):
    """'fell 0.3 percentage points to 4.1% from 4.4%': the change of a rate in points."""
    for d in graph.nodes:
        if d.kind != PERCENTAGE_POINT or not d.exact or sign(d) is None:
            continue
        pair = from_to(graph, d, "percent", frozenset({PERCENT}))
        if pair is None:
            yield from _points_against_earlier(graph, d)
            continue
        old, new = pair
        s = sign(d)
        yield Relation("point-change", "point_change", [old, new], d, lambda v, s=s: (v[1] - v[0]) * s,
                       "later − earlier rate", "{1} − {0}" if s > 0 else "{0} − {1}", result_text=_pp)


def _points_against_earlier(graph: Graph, d: Node):
    """'The unemployment rate decreased 0.1 pts to 5.7%' against the rate of the base
    period stated elsewhere ('5.8% last month'): later − earlier = the change in points.
    The earlier rate must be one figure of the same series, variant and subject, and no
    forecast; stated in another paragraph it may since have been revised (and a period
    carried over may be another), so the identity is then a candidate that only a slip
    breaks."""
    base = d.claim.base_period
    if not base or not d.series:
        return
    earlier = timespan.canonical(base)
    new = _rate_changed(graph, d)
    given = None
    if new is not None and new.period == earlier != d.period and new.sure_period:
        # "was 2.7 percentage points less than the rate of 13.6 per cent recorded for 2020":
        # the sentence states the rate it is measured from; the later one stands elsewhere
        given, new = new, None
    apart = new is None
    if apart:
        new = _rate_of_period(graph, d)
    if new is None or new.period is None or new.period != d.period or is_compared(new):
        return
    olds = [given] if given is not None and given.role == new.role else [
        n for n in graph.series(new, new.role) if n is not new and n.period == earlier and n.exact
        and n.topic == new.topic and n.variant == new.variant and not irrealis(graph, n)
        and (n.role != GROWTH or sign(n) == 1)]
    if len({round(n.value, 6) for n in olds}) != 1:
        return
    old = olds[0]
    s = sign(d)
    yield Relation("point-change", "point_change", [old, new], d, lambda v, s=s: (v[1] - v[0]) * s,
                   f"{new.claim.metric} in {new.period} − in {earlier} (line {old.claim.line})",
                   "{1} − {0}" if s > 0 else "{0} − {1}", result_text=_pp,
                   exact=new.sure_period and abs((old.paragraph or 0) - (new.paragraph or 0)) <= 1
                   and not (apart and abs((new.paragraph or 0) - (d.paragraph or 0)) > 1))


def _rate_of_period(graph: Graph, d: Node) -> Optional[Node]:
    """The rate a change in points is of when its sentence states none: the one rate of the
    change's series, subject and variant for its period, wherever the article states it
    ("Unemployment stood at 9.0 per cent in the fourth quarter. That is 1.2 percentage
    points below the 10.2 per cent of a year earlier"). A growth rate is a rate too ("GDP
    grew 2.01% ..., 0.12 points faster than the 1.89% of a year before"), when its value
    carries its sign (a fall's "3%" read as +3 would turn the difference round)."""
    if not d.sure_period or not d.series:
        return None
    found = [n for role in (RATE, SHARE, GROWTH) for n in graph.series_nodes(d.series, role, "percent")
             if n.period == d.period and n.sure_period and n.exact and n.topic == d.topic and n.variant == d.variant
             and (n.role != GROWTH or sign(n) == 1) and not n.claim.context.get("converted")
             and not irrealis(graph, n)]
    if len({(n.role, round(n.value, 6)) for n in found}) != 1:
        return None
    return min(found, key=lambda n: abs((n.paragraph or 0) - (d.paragraph or 0)))


def _rate_changed(graph: Graph, d: Node) -> Optional[Node]:
    """The rate a change in points is of: the one rate of the change's series in its
    sentence, else the one of its period there ("57.0% …, a decrease of 5.2 percentage
    points from January 2017, when it was 62.2%": the earlier rate stated beside it)."""
    rates = [n for n in graph.sentence_of(d) if n.kind == PERCENT and n.role not in (GROWTH, CHANGE)
             and n.series == d.series and n.exact and not n.claim.context.get("converted")]
    if len(rates) > 1:
        rates = [n for n in rates if n.period == d.period]
    return rates[0] if len(rates) == 1 else None
