"""Guards over the identities the rules found: classes of pairing a linguist would say the
text does not make, recognised after every rule has run (each a small pure function)."""

from __future__ import annotations

import re

from factcheck.relations.graph import Node
from factcheck.relations.relation import Relation


def _paired(r: Relation) -> bool:
    """An identity that pairs a figure with figures the frame found for it by their place
    in the text (a change and its levels, a share and its part and whole, a restatement
    and the figure it restates). Not a composition (parts-total): its parts are the
    whole's by definition, and two statements of that whole that disagree are a slip."""
    return r.compare == "=" and bool(r.inputs) and r.rule != "parts-total"


def inputs_a_sibling_owns(relations: list[Relation]) -> list[Relation]:
    """Parallel items of one sentence ("a 14.2% increase in food (US$2.26 billion, against
    US$1.98 billion) and +7.23% in capital goods (...)", "82 percent and 10 percent drops
    ... from the latter and ... from the former", "1,992, or 27.6 percent fewer visitors —
    1,725, or 27.2 percent fewer Americans and 267, or 31.2 percent fewer Canadians"): when
    a change fails against two levels that another change of the same sentence fits
    exactly, the levels are that other item's, paired out of order by the frame, not a
    slip of the first. The failing pairing is dropped; the change keeps any other. So for
    every identity of one figure against others (a share against its part and whole, a
    figure against the one it restates): the inputs one item of a sentence fits are that
    item's."""
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
_BASE_NAMED = re.compile(r"(?:[\s,()]*(?:or|by|\$|[A-Z]{0,3}\$?[\d.,]++\s*(?:%|per\s*cent|percent|million|billion|"
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
