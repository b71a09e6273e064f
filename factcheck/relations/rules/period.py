"""`sub-period`: a flow over a sub-period (a month, a quarter) never exceeds the same
flow over the period that contains it (the year, the first half); and flows over
sub-periods that tile a period add up to the flow over it ("86,524 in January–March,
41,881 in April and 52,908 in May": 181,313 in the five months)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta
from typing import Optional

from factcheck import timespan
from factcheck.quantities import rate_parts
import factcheck.relations.vocabulary as vocab
from factcheck.relations.bounds import FROM_BELOW
from factcheck.relations.graph import AMOUNT_KINDS, CHANGE, GROWTH, Graph, Node, misdated_base
from factcheck.relations.layout import SCALE_SLIPS
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation
from factcheck.relations.common import MAX_GROUP, is_level


def is_flow(n: Node) -> bool:
    if rate_parts(n.unit)[1]:
        return False  # a figure per head or per day is an average: a month's may exceed the year's
    return bool(n.series & vocab.FLOW_HEADS or (n.head in vocab.FLOW_HEADS)) and not n.series & vocab.NET_HEADS \
        or n.concept in ("export", "import", "trade")


#: Words by which a metric names the span a figure covers, not what it measures: "exports,
#: season to date", "arrivals, rolling 12 months", "the twelve-month rolling deficit",
#: "collections so far this year", "remittances since January". The frame dates the figure
#: with that span; beside the month's figure of the same flow it is the whole, not another
#: series. (Only here: elsewhere two such figures of one span may well be two series.)
SPAN_WORDS = frozenset({"date", "season", "rolling", "trailing", "so", "far", "this", "since", "one", "two",
                        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})


def span_free(series: frozenset) -> frozenset:
    """A flow's series words without the words that name the span it covers."""
    return series - SPAN_WORDS if series & SPAN_WORDS and series - SPAN_WORDS else series


@rule("sub-period")
def sub_period(graph: Graph, ctx: Context):
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if is_level(n) and n.value > 0 and n.sure_period and n.series and is_flow(n) \
                and (n.claim.qualifier in ("exact", "approx") or _bound_from_below(n)) and timespan.parse(n.period) \
                and not _dated_by_base(graph, n) and not misdated_base(graph, n):
            groups[(span_free(n.series), n.variant, n.unit, n.kind, n.topic)].append(n)
    for members in groups.values():
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue
        yield from _tilings(members)
        for part in members:
            containers = [w for w in members if timespan.within(part.period, w.period) and not _other_movers(part, w)]
            if not containers:
                continue
            for whole in _smallest_containers(containers):
                yield Relation("sub-period", "sub_period", [part], whole, lambda v: v[0],
                               f"{part.claim.metric} in {part.period}, within {whole.period}", "{0}", compare=">=")
    yield from _outturns_within_plans(graph)
    yield from _nets_within(graph)


def _smallest_containers(containers: list[Node]) -> list[Node]:
    """The figures of the smallest period that contains a part, each statement of it once:
    a total the lead rounds ("US$1 billion in January–July") and the body prints in full
    ("US$1.094 billion") each bounds the month's figure, and a slip in either breaks it.
    Only restatements, which agree within their rounding: two different figures of one
    span are two series the frame named alike (total and domestic revenue), not one."""
    first = min(containers, key=lambda w: timespan.parse(w.period).months)
    out: dict[float, Node] = {}
    for w in containers:
        if timespan.same(w.period, first.period) and w.interval.meets(first.interval):
            out.setdefault(round(w.value, 6), w)
    return list(out.values())


#: Metric words that name a plan for a span, not what it saw: a forecast, a projection, a
#: budget's estimate, a target.
PLAN_WORDS = frozenset({"forecast", "forecasts", "projection", "projected", "projections", "target", "targets",
                        "expected", "planned", "plan", "budget", "budgeted", "estimate", "estimated", "estimates"})
#: Words that say which plan (the first, the revised one): no part of the series' name.
_PLAN_QUALIFIERS = frozenset({"revised", "approved", "initial", "original", "updated", "annual", "full", "year"})


def _outturns_within_plans(graph: Graph):
    """What a flow came to over part of a span against the plan for the whole span ("arrivals
    reached 803,000 in nine months; the year's forecast is 1.14 million"): most often below
    it, but the plan may be overtaken before the span ends, and a plan is no total of the
    months. A candidate, broken only by a slip that explains the gap, and only by an outturn
    more than twice its plan (no outturn, part of the span, doubles its plan: a scale word or
    a decimal point slipped)."""
    plans: dict[tuple, list[Node]] = defaultdict(list)
    outturns: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if not (is_level(n) and n.value > 0 and n.sure_period and n.series and is_flow(n)
                and n.claim.qualifier in ("exact", "approx") and timespan.parse(n.period)
                and not _dated_by_base(graph, n) and not misdated_base(graph, n)):
            continue
        words = span_free(n.series)
        key = (words - PLAN_WORDS - _PLAN_QUALIFIERS, n.unit, n.kind, n.topic)
        if not key[0]:
            continue
        (plans if words & PLAN_WORDS else outturns)[key].append(n)
    for key, wholes in plans.items():
        parts = outturns.get(key, [])
        if len(wholes) > 1 or not parts or len(parts) > MAX_GROUP:
            continue  # two plans of one span or more: which one the text weighs is unsaid
        whole = wholes[0]
        for part in parts:
            if timespan.within(part.period, whole.period) and not _other_movers(part, whole):
                yield Relation("sub-period", "sub_period", [part], whole, lambda v: v[0],
                               f"{part.claim.metric} in {part.period}, within the plan for {whole.period}", "{0}",
                               compare=">=", exact=False, slack=whole.value, vouches=False)


#: Heads of a net flow, the difference of two flows (a surplus, a deficit, a balance, a
#: profit): its months may have either sign, so a month's surplus may exceed the year's.
_NETS = frozenset({"surplus", "deficit", "balance", "net", "profit", "income", "loss"})
#: How far a month's net may outgrow the net of the period that holds it: the other months
#: may all but cancel the period's (a surplus of 0.5 over five months, 12 in one), so only
#: a gap no mix of signs makes is a slip — a scale word's thousandfold.
_NET_MARGIN = 100.0


def _nets_within(graph: Graph):
    """A net flow over a sub-period against the same net over the period that holds it:
    "a trade surplus of US$2.24 billion in May and US$9.8 billion in January–May", "the
    March deficit of £16.4bn; £151.9bn for the financial year". The other sub-periods may
    have had the other sign and all but cancelled the whole, so the month may exceed it
    many times, never a thousand-fold: a candidate bound, broken only by a scale word or
    digit group that explains the gap (a June deficit of "JD576 billion" beside the half
    year's "JD4.444 billion")."""
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if is_level(n) and n.value > 0 and n.sure_period and n.kind in AMOUNT_KINDS and n.series & _NETS \
                and not is_flow(n) and n.claim.qualifier in ("exact", "approx") and timespan.parse(n.period) \
                and not _dated_by_base(graph, n) and not misdated_base(graph, n):
            groups[(span_free(n.series), n.variant, n.unit, n.kind, n.topic)].append(n)
    for members in groups.values():
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue
        for part in members:
            containers = [w for w in members if timespan.within(part.period, w.period)]
            for whole in (_smallest_containers(containers) if containers else []):
                yield Relation("sub-period", "sub_period", [part], whole, lambda v: v[0],
                               f"{part.claim.metric} in {part.period}, within the net over {whole.period}", "{0}",
                               compare=">=", exact=False, vouches=False, only_slips=SCALE_SLIPS, margin=_NET_MARGIN)


#: Kinds of traveller a flow of arrivals or departures may count, which its sentence names
#: ("the annual gain in migrants …, 118,800 arrivals"; "visitor arrivals for September").
_MOVERS = {"migrant": "migrant", "migrants": "migrant", "migration": "migrant", "immigrants": "migrant",
           "emigrants": "migrant", "immigration": "migrant", "emigration": "migrant",
           "visitor": "visitor", "visitors": "visitor", "tourist": "visitor", "tourists": "visitor",
           "tourism": "visitor", "holidaymakers": "visitor"}


def _movers(n: Node) -> set[str]:
    return {_MOVERS[w] for w in re.findall(r"[a-z]+", n.claim.sentence.lower()) if w in _MOVERS}


def _other_movers(part: Node, whole: Node) -> bool:
    """"There were 118,800 arrivals in the September year" in a sentence on migrants, and
    "visitor arrivals for September rose to 217,000": one head noun, arrivals, for two kinds
    of traveller each sentence names, neither naming the other's; two series, not a month
    of the year's flow."""
    a, b = _movers(part), _movers(whole)
    return bool(a) and bool(b) and not a & b


def _bound_from_below(n: Node) -> bool:
    """"more than $2.8 billion in the year": a flow's bound from below holds its months as
    a year's figure does, read as the digits it prints (bounds.read_closed); a bound from
    above ("less than 40,000 in May") is no whole of anything."""
    return n.claim.qualifier in FROM_BELOW


#: "... to" right before a level: the level a change arrived at, of the change's period
_ARRIVED_AT = re.compile(r"\bto\s+(?:a\s+|an\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?\S{0,4}$", re.I)


def _dated_by_base(graph: Graph, n: Node) -> bool:
    """A level a change arrived at, dated with the period the change is measured from
    ("Compared to 2019, imports fell by 4.6 percent to US$16.5 billion", the base the
    first half of 2019: 16.5 is of the later period, not of 2019): the frame's period
    contradicts the sentence, so the figure bounds no sub-period."""
    if not _ARRIVED_AT.search(n.before(30)):
        return False
    return any(m is not n and m.role in (CHANGE, GROWTH) and m.local[1] <= n.local[0] and m.period != n.period
               and m.claim.base_period and timespan.relate(m.claim.base_period, n.period)
               in (timespan.Relation.EQUAL, timespan.Relation.WITHIN)
               for m in graph.sentence_of(n))


def _tiling(whole: Node, parts: list[Node]) -> Optional[list[Node]]:
    """Parts whose periods follow each other without gap or overlap from the start of the
    whole's period to its end (one part per period, else the text names two series)."""
    span = timespan.parse(whole.period)
    by_start: dict = defaultdict(list)
    for n in parts:
        by_start[timespan.parse(n.period).start].append(n)
    chain: list[Node] = []
    day = span.start
    while day <= span.end:
        starting = by_start.get(day, [])
        if not starting:
            return None
        ends = {timespan.parse(n.period).end for n in starting}
        if len(starting) > 1 and (len(ends) > 1 or len({round(n.value, 6) for n in starting}) > 1):
            return None  # two readings of one stretch of time
        chain.append(starting[0])
        day = timespan.parse(starting[0].period).end + timedelta(days=1)
    return chain if day == span.end + timedelta(days=1) and len(chain) >= 2 else None


def _tilings(members: list[Node]):
    exact = [n for n in members if n.exact]
    for whole in exact:
        inside = [n for n in exact if timespan.within(n.period, whole.period)]
        if len(inside) < 2:
            continue
        chain = _tiling(whole, inside)
        if chain is None:
            continue
        yield Relation("sub-period", "sum", chain, whole, lambda v: sum(v),
                       f"{whole.claim.metric} in " + " + ".join(n.period for n in chain),
                       " + ".join(f"{{{i}}}" for i in range(len(chain))))
