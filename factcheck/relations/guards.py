"""Guards over the identities the rules found: classes of pairing a linguist would say the
text does not make, recognised after every rule has run (each a small pure function)."""

from __future__ import annotations

import re

from factcheck.relations.graph import Node
from factcheck.relations.relation import Relation

#: The identities between a change and the two levels it is measured between.
_CHANGE_KINDS = frozenset({"percent_change", "difference"})
WIDE = True


def _one_figure(a: Node, b: Node) -> bool:
    """Two figures the frame reads as one (series, subject, period, role): two statements
    of it that disagree, which is a slip to flag, not two items of a list."""
    return (a.series, a.subject, a.period, a.role) == (b.series, b.subject, b.period, b.role)


def _paired(r: Relation) -> bool:
    if WIDE:
        return r.compare == "=" and bool(r.inputs) and r.rule != "parts-total"
    return r.rule == "level-change" and r.kind in _CHANGE_KINDS and len(r.inputs) == 2


def levels_a_sibling_owns(relations: list[Relation]) -> list[Relation]:
    """Parallel items of one sentence ("a 14.2% increase in food (US$2.26 billion, against
    US$1.98 billion) and +7.23% in capital goods (...)", "82 percent and 10 percent drops
    ... from the latter and ... from the former", "1,992, or 27.6 percent fewer visitors —
    1,725, or 27.2 percent fewer Americans and 267, or 31.2 percent fewer Canadians"): when
    a change fails against two levels that another change of the same sentence fits
    exactly, the levels are that other item's, paired out of order by the frame, not a
    slip of the first. The failing pairing is dropped; the change keeps any other."""
    held: dict[tuple, list[Relation]] = {}
    for r in relations:
        if r.holds and _paired(r):
            held.setdefault((r.rule, r.kind, *map(id, r.inputs)), []).append(r)
    out = []
    for r in relations:
        if not r.holds and _paired(r) and not names_its_base(r.result, r.inputs[0]):
            owners = held.get((r.rule, r.kind, *map(id, r.inputs)), [])
            if any(o.result is not r.result and o.result.sentence == r.result.sentence for o in owners):
                continue
        out.append(r)
    return out


# after a change, its companions ("or 18%", "($18.4 million)") and a word that names the
# level it is measured from: "$18.4 million or 18% above the budgeted outturn of $93.7"
_BASE_NAMED = re.compile(r"(?:[\s,()]*(?:or|by|\$|[A-Z]{0,3}\$?[\d.,]+\s*(?:%|per\s*cent|percent|million|billion|"
                         r"thousand|m|bn|k)?))*[\s,]*\b(?:above|below|over|under|from|against|than|compared\s+(?:to|with)|"
                         r"versus|vs\.?)\b[^\d]*", re.I)


def names_its_base(change: Node, base: Node) -> bool:
    """The text itself sets the change against this level: it follows the change in its
    sentence, with only the change's companions and a word of comparison between them
    ("$18.4 million or 18% above the budgeted outturn of $93.7"). Such a pairing is the
    writer's, and its failure a slip to flag, whatever another item of the sentence fits."""
    if base.sentence != change.sentence or base.local[0] < change.local[1]:
        return False
    return _BASE_NAMED.fullmatch(change.claim.sentence[change.local[1]: base.local[0]]) is not None
