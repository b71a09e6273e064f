"""`sub-period`: a flow over a sub-period (a month, a quarter) never exceeds the same
flow over the period that contains it (the year, the first half)."""

from __future__ import annotations

from collections import defaultdict

from factcheck import timespan
import factcheck.relations.vocabulary as vocab
from factcheck.relations.graph import Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation
from factcheck.relations.common import MAX_GROUP, is_level


def is_flow(n: Node) -> bool:
    return bool(n.series & vocab.FLOW_HEADS or (n.head in vocab.FLOW_HEADS)) and not n.series & vocab.NET_HEADS \
        or n.concept in ("export", "import", "trade")


@rule("sub-period")
def sub_period(graph: Graph, ctx: Context):
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if is_level(n) and n.value > 0 and n.sure_period and n.series and is_flow(n) \
                and n.claim.qualifier in ("exact", "approx") and timespan.parse(n.period):
            groups[(n.series, n.variant, n.unit, n.kind, n.topic)].append(n)
    for members in groups.values():
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue
        for part in members:
            containers = [w for w in members if timespan.relate(part.period, w.period) == timespan.Relation.WITHIN]
            if not containers:
                continue
            # the smallest period that contains it
            whole = min(containers, key=lambda w: timespan.parse(w.period).months)
            yield Relation("sub-period", "sub_period", [part], whole, lambda v: v[0],
                           f"{part.claim.metric} in {part.period}, within {whole.period}", "{0}", compare=">=")
