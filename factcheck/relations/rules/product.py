"""`product`: a count times a price or an average gives the total stated beside them
("1.2 million visitors spent 1,500 dollars each, 1.8 billion dollars in all"). The text
rarely says that the three belong together, so a gap is reported only when one slip of
one printed number explains it."""

from __future__ import annotations

import re

from factcheck.extract.patterns import lazy
from factcheck.relations.graph import AMOUNT_KINDS, COUNT, MONEY, RATE, Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation

# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_AVERAGE = lazy(r"\b(?:average|averag\w+|per\s+(?:capita|head|person|visitor|tourist|unit)|each|apiece)\b", re.I)


def _rate_parts(n: Node):
    """(numerator unit, denominator unit) of a per-unit figure: 'USD / barrel'."""
    if " / " in n.unit:
        num, _, den = n.unit.partition(" / ")
        return num.strip(), den.strip()
    if n.kind == MONEY and (n.level or n.role == RATE) and (_AVERAGE.search(n.before(40)) or _AVERAGE.search(n.after(25))
                                       or _AVERAGE.search(n.claim.metric or "")):
        return n.unit, "count"
    return None


_COUNTED = frozenset({"count", "person", "people", "visitor", "tourist", "passenger", "worker", "household",
                      "vehicle", "unit", "car", "trip", "night"})


@rule("product")
def count_times_average(graph: Graph, ctx: Context):
    for r in graph.nodes:
        parts = _rate_parts(r)
        if parts is None or not r.value or not r.exact:
            continue
        num, den = parts
        sentence = graph.sentence_of(r)
        # "USD / person": a count of people is a count all the same
        counts = [n for n in sentence if n is not r and (n.unit == den or n.kind == COUNT and den in _COUNTED)
                  and n.kind in AMOUNT_KINDS and n.value > 1]
        totals = [n for n in sentence if n is not r and n.unit == num and n.kind in AMOUNT_KINDS and n.value > r.value
                  and not n.claim.context.get("converted")]
        if len(counts) == 1 and not totals and not any(n.unit == num for n in sentence if n is not r):
            # "Expenditure of Turks abroad fell 15 percent to $1.13 billion. The average
            # expenditure of 1.69 million Turks visiting abroad was $668.": the total the
            # sentence before states, of any size (a dropped scale word is a slip to find)
            before = [n for n in graph.previous_sentence(r) if n.unit == num and n.kind in AMOUNT_KINDS
                      and n.level and n.exact and not n.claim.context.get("converted")]
            totals = before if len(before) == 1 else []
        if len(counts) != 1 or len(totals) != 1:
            continue
        yield Relation("product", "product", [counts[0], r], totals[0], lambda v: v[0] * v[1],
                       "count × average", "{0} × {1}", exact=False)
