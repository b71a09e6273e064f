"""`share`: a share stated next to its part ("6.98 trillion yuan, accounting for 15.9
percent of the total") equals part ÷ whole, the whole named ("of China's foreign
trade"), the largest earlier figure of the part's kind ("of the total"), or implied by
"Among them, …"."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.matching import periods_agree, tokens
from factcheck.models import Kind, Qualifier, Role
from factcheck.relations.graph import AMOUNT_KINDS, Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.vocabulary import SHARE_VERBS
from factcheck.relations.relation import Relation
from factcheck.relations.rules.parts import implied_whole

_SHARE_VERB = re.compile(r"(?:" + "|".join(SHARE_VERBS) + r")\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?$", re.I)
_TOTAL = re.compile(r"(?:the\s+)?(?:total|whole|overall\s+\w+|country's\s+total|nation's\s+total)")


def _is_whole_candidate(n: Node, part: Node) -> bool:
    return (n is not part and n.unit == part.unit and n.kind == part.kind and n.value > part.value
            and periods_agree(n.claim.period, part.claim.period) is not False
            and n.role != Role.CHANGE.value and n.claim.qualifier == Qualifier.EXACT.value
            and not n.claim.context.get("converted"))


def _whole(graph: Graph, share: Node, part: Node) -> Optional[Node]:
    name = (share.claim.context.get("share_of") or "").lower()
    wt = tokens(name)
    if wt:
        # every figure whose metric is the named whole (or names it more closely); of
        # several (trade with the EU, with ASEAN, in all) the whole is the largest
        seen: dict[int, Node] = {}
        for w in wt:
            for n in graph.by_token(w, part.unit):
                t = tokens(n.claim.metric)
                if t and (t <= wt or wt <= t) and _is_whole_candidate(n, part):
                    seen[n.index] = n
        return max(seen.values(), key=lambda n: n.value) if seen else None
    if not _TOTAL.fullmatch(name) and name:
        return None
    implied = implied_whole(graph, part)
    if implied is not None and _is_whole_candidate(implied, part):
        return implied
    if name:
        # "... of the total": the largest earlier figure of this unit that measures the
        # same thing as the part (its head noun); with none, the whole is not stated
        earlier = [n for n in graph.same_head(part.head, part.unit)
                   if n.claim.span[0] < part.claim.span[0] and _is_whole_candidate(n, part)] if part.head else []
        return max(earlier, key=lambda n: n.value) if earlier else None
    return None


def _part(graph: Graph, share: Node) -> Optional[Node]:
    """The figure right before the share in its sentence (a converted amount skipped);
    none when another percentage stands between them: that one was the part's share."""
    for c in reversed(graph.sentence_of(share)):
        if c.claim.span[0] >= share.claim.span[0] or c.claim.context.get("converted"):
            continue
        return c if c.kind in AMOUNT_KINDS else None
    return None


@rule("share")
def share_of_whole(graph: Graph, ctx: Context):
    for p in graph.nodes:
        if p.kind != Kind.PERCENT.value or p.role == Role.GROWTH.value or p.claim.base_period \
                or p.claim.context.get("baseline_period") or not p.claim.context.get("local"):
            continue
        if not _SHARE_VERB.search(p.before(40)):
            continue
        part = _part(graph, p)
        if part is None or not part.value:
            continue
        whole = _whole(graph, p, part)
        if whole is None:
            continue
        yield Relation("share", "share", [part, whole], p, lambda v: v[0] / v[1] * 100,
                       f"{part.claim.metric or 'part'} ÷ {whole.claim.metric or 'whole'}", "{0} ÷ {1}",
                       slack=0.05, result_text=lambda x: f"{x:.2f}%")
