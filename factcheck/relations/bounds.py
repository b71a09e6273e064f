"""When a figure printed as a bound ("more than $4.8 billion", "over 23 percent") may
confirm or break an identity it meets at its open end.

Read to its open end, a bound meets any figure beyond it: it can break an identity, never
confirm one. But a writer who gives a total of $4.79 billion as "more than $4.8 billion", or
restates "over $4.8 billion" as "more than $4.8 billion", prints the figure's own digits:
read as their rounding and the approximate band on the open side (interval.of_claim,
closed), the bound confirms what it meets. An identity that fails so read is broken only
by a gap no rounding or open end explains, one a scale word (or a change's sign) undone mends ("more
than $4.8 million" for a turnover of $4.79 billion); a figure a few percent or a few times
beyond the bound is what "more than" allows. Pure.
"""

from __future__ import annotations

from typing import Iterator, Optional

import factcheck.relations.slips as slips
from factcheck.relations.graph import BOUNDS, CHANGE, GROWTH, Node

#: Bounds from below and from above: an identity read closed has all its bounds one way,
#: so that each band lies on the side its words open ("more than 4.8" and "less than 5"
#: agree with anything between, and say nothing of one figure).
FROM_BELOW = frozenset({"more_than", "at_least"})
_FROM_ABOVE = frozenset({"less_than", "at_most"})
#: The slips a gap beyond a bound's band must be: a scale word, a digit group, or the sign
#: of a figure that has one (a change, a balance; a level of exports has none to drop).
_UNEXPLAINED = frozenset({"scale_word", "digit_group"})


def one_way(nodes: list[Node]) -> bool:
    """Some figure is a bound, and every bound is from one side."""
    qualifiers = {n.claim.qualifier for n in nodes} & BOUNDS
    return bool(qualifiers) and (qualifiers <= FROM_BELOW or qualifiers <= _FROM_ABOVE)


def read_closed(rel, outcome: bool) -> Optional[bool]:
    """The outcome of an identity with a bound, its bounds read closed, given its `outcome`
    read to their open ends: True when it holds so; False when only a scale word (or a
    change's sign) undone makes it hold, the relation left closed so that the repair names
    that slip (read to its open end, no slip can be told from the rest); None (the relation
    left as it was) when the open end explains the gap, or the identity fails at the open
    end for another reason than such a slip."""
    if not one_way(rel.nodes):
        return None
    rel.closed = True
    if rel.evaluate() is True:
        if outcome:
            return True
    elif any(rel.evaluate({id(n): value}) is True for n, value in _mended(rel)):
        return False
    rel.closed = False
    return None


def signed(n: Node) -> bool:
    """The figure's sign says something: a change, a growth, a balance."""
    return n.role in (CHANGE, GROWTH) or n.concept == "balance"


def _mended(rel) -> Iterator[tuple[Node, float]]:
    """Each figure of the identity with a scale word, digit group or sign undone."""
    scales = tuple(sorted({p.scale for n in rel.nodes if (p := slips.printed(n.claim.surface)) and p.scale}))
    for n in rel.nodes:
        if any(n is a for a in rel.anchors):
            continue
        for slip in slips.alternatives(n.claim, scales):
            if slip.factor is not None and (slip.kind in _UNEXPLAINED or slip.kind == "sign_dropped" and signed(n)):
                yield n, n.value * slip.factor
