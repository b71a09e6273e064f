"""The population account, by definition: births − deaths = the natural increase;
immigration − emigration = net migration; the natural increase and net migration make
the population's change (each side given as its balance or as its two flows). A helper
of the `parts-total` rule.

The last identity is a candidate, not a definition: statistics offices add corrections
(register clean-ups, a census's revision) that the text may leave unsaid, so its failure
is a finding only when one slip of one number explains it. The same holds for the two
balances, which an office may count over other people than the flows (citizens' moves,
asylum seekers)."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.relations.common import is_change, is_level, signed, subject_of
from factcheck.relations.graph import Graph, Node, periods_equal
from factcheck.relations.interval import Linear
from factcheck.relations.relation import Relation

#: Words that say how a figure of the account is counted, not which people it counts.
_NEUTRAL = frozenset({"number", "total", "registered", "recorded", "overall"})
#: Words of a balance that say it is a loss: "a natural decrease of 3,400" is −3,400.
_LOSS = frozenset({"decrease", "decline", "loss", "deficit"})
#: The words each item of the account may carry: a figure with any other word ("births to
#: teenage mothers", "deaths from Covid", "immigration of citizens", "net migration per
#: year") counts some of the people or at another rate, never the item itself.
_ITEMS = {
    "birth": (frozenset({"birth"}), frozenset({"birth", "live"})),
    "death": (frozenset({"death"}), frozenset({"death"})),
    "immigration": (frozenset(), frozenset({"immigration", "immigrant", "international"})),
    "emigration": (frozenset(), frozenset({"emigration", "emigrant", "international"})),
    # "natural decrease (deaths minus births)": the balance's definition in its name
    "natural": (frozenset({"natural"}), frozenset({"natural", "increase", "growth", "population", "change", "balance",
                                                   "birth", "death", "minus"}) | _LOSS),
    "net": (frozenset({"net"}), frozenset({"net", "migration", "immigration", "balance", "international",
                                             "population", "external", "gain"}) | _LOSS),
    "population": (frozenset({"population"}), frozenset({"population", "resident", "growth", "increase", "change",
                                                        "census"})),
}


def item_of(n: Node) -> Optional[str]:
    """Which item of the population account a count is, read off its series words; None
    for any other figure. Immigration and emigration need their own word and no other flow
    ("immigration" but not "immigration over emigration"); the population's change is a
    change (or a level named as growth) with no word of the natural balance."""
    words = n.series - _NEUTRAL
    if not words:
        return None
    found = []
    for item, (must, may) in _ITEMS.items():
        if must <= words and words <= may:
            found.append(item)
    if "immigration" in found and not words & {"immigration", "immigrant"}:
        found.remove("immigration")
    if "emigration" in found and not words & {"emigration", "emigrant"}:
        found.remove("emigration")
    if "net" in found and not words & {"migration", "immigration"}:
        found.remove("net")
    if "population" in found:
        if words & {"natural"} or not (is_change(n) or words & {"growth", "increase", "change"}):
            found.remove("population")
    return found[0] if len(found) == 1 else None


def _sign(n: Node) -> int:
    """+1, or −1 for a balance its words name a loss ("a natural decrease of 3,400") or a
    change its direction says fell."""
    named = set(re.findall(r"[a-z]+", (n.claim.metric or "").lower()))
    if n.value > 0 and (n.series | named) & _LOSS:
        return -1
    return signed(n)


def _one(cands: list[Node]) -> Optional[Node]:
    """The item's figure when the text gives one value for it (restatements agree)."""
    values = {round(n.value, 6) for n in cands}
    return cands[0] if len(values) == 1 else None


def _flows(cands: list[Node]) -> list[Node]:
    """The figures that state an item itself: its levels ("27,421 people immigrated");
    with none, a change with no base ("a natural increase of +750 over the period"), never
    one measured against another time ("immigration rose by 2,905 on last year")."""
    levels = [n for n in cands if is_level(n)]
    return levels or [n for n in cands if not n.claim.base_period and not n.claim.context.get("baseline_period")]


def population_accounts(graph: Graph):
    """The identities of the account over the figures of one subject and one period."""
    items: dict[str, list[Node]] = {}
    for n in graph.nodes:
        if n.kind != "count" or not (is_level(n) or is_change(n)) or n.period is None or graph.future(n):
            continue
        if n.claim.qualifier not in ("exact", "approx"):
            continue
        item = item_of(n)
        if item is not None:
            items.setdefault(item, []).append(n)
    if len(items) < 2:
        return
    anchors = items.get("population", []) + items.get("natural", []) + items.get("net", [])
    done: set[tuple] = set()
    for whole in anchors:
        def fits(m: Node) -> bool:
            return m is not whole and m.unit == whole.unit and m.variant == whole.variant \
                and subject_of(graph, m) == subject_of(graph, whole) and periods_equal(m, whole)

        got = {k: _one(_flows([m for m in v if fits(m)])) for k, v in items.items() if k != item_of(whole)}
        got = {k: m for k, m in got.items() if m is not None}
        kind = item_of(whole)
        if kind == "natural":
            sides = [[("birth", 1), ("death", -1)]]
        elif kind == "net":
            sides = [[("immigration", 1), ("emigration", -1)]]
        else:
            # each side once, as its balance where the text states it (as its flows
            # otherwise): the readings of one identity must not outvote each other
            natural = [("natural", 1)] if "natural" in got else [("birth", 1), ("death", -1)]
            net = [("net", 1)] if "net" in got else [("immigration", 1), ("emigration", -1)]
            sides = [natural + net]
        for side in sides:
            if not all(k in got for k, _ in side):
                continue
            parts = [got[k] for k, _ in side]
            key = (frozenset(id(p) for p in parts), id(whole))
            if key in done:
                continue
            done.add(key)
            k = tuple(s * _sign(p) for (_, s), p in zip(side, parts))
            label = " ".join(("+ " if c > 0 else "− ") + (p.claim.metric or name)
                             for (name, _), p, c in zip(side, parts, k)).lstrip("+ ")
            template = " ".join(("+ " if c > 0 else "− ") + f"{{{i}}}" for i, c in enumerate(k)).lstrip("+ ")
            relation = "sum" if kind == "population" else "difference"
            yield Relation("parts-total", relation, parts, whole, Linear(k, _sign(whole)), label, template, exact=False)
