"""`baseline`: a level stated as a percentage of a baseline ("132 million … 97.2 percent
of 2019 levels") implies the baseline: reported always, and compared with a reference
for that period where one exists."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from factcheck.models import Finding, Reference
from factcheck.quantities import format_quantity, percent_diff
from factcheck.relations.graph import AMOUNT_KINDS, PERCENT, Graph, Node
from factcheck.relations.registry import Context, rule


def base_period(n: Node) -> Optional[str]:
    return n.claim.base_period or n.claim.context.get("baseline_period")


@rule("baseline")
def baseline_level(graph: Graph, ctx: Context):
    for pct in graph.nodes:
        base = base_period(pct)
        if pct.kind != PERCENT or not base or not re.search(r"level|share of", pct.claim.metric or ""):
            continue
        level = _paired_level(graph, pct)
        if level is None or not pct.value:
            continue
        implied = level.value / (pct.value / 100.0)
        implied_text = format_quantity(implied, level.unit, digits=4)
        ref = _reference_for(level, base, ctx.references)
        head = (f"{format_quantity(level.value, level.unit)} at {pct.value:g}% of {base} levels implies a {base} "
                f"level of {implied_text}")
        if ref is None:
            yield Finding("baseline", [pct.id, level.id], head + " (no reference for " + base + ")", flag=False)
            continue
        from factcheck.extract.units import convert

        ref_value = convert(ref.value, ref.unit_code, level.unit)
        if ref_value is None:
            continue
        rel = (level.claim.precision or 0) / 2 / level.value + (pct.claim.precision or 0) / 2 / pct.value if level.value else 0
        tol = max(implied * rel, abs(ref_value) * 0.01)
        ref_text = format_quantity(ref.value, ref.unit_code)
        if abs(implied - ref_value) <= tol:
            yield Finding("baseline", [pct.id, level.id], f"{head}, which agrees with the reference {ref_text} ({ref.id})",
                          flag=False, reference=ref.id, expected=ref_text)
        else:
            yield Finding("baseline", [pct.id], f"implied {base} level {implied_text} differs from reference "
                                                f"{ref_text} ({percent_diff(implied, ref_value)}; {ref.id})",
                          reference=ref.id, expected=ref_text)


def _paired_level(graph: Graph, pct: Node) -> Optional[Node]:
    sentence = graph.sentence_of(pct)
    levels = [n for n in sentence if n.kind in AMOUNT_KINDS and n.claim.span[0] < pct.claim.span[0]]
    if not levels:
        return None
    if re.search(r"\brespectively\b", pct.claim.sentence):
        pcts = [n for n in sentence if n.kind == PERCENT and base_period(n)]
        k = pcts.index(pct)
        return levels[k] if k < len(levels) and len(levels) == len(pcts) else None
    return levels[-1]


def _reference_for(level: Node, period: str, references: list[Reference]) -> Optional[Reference]:
    """The reference for the level's metric and subject in the baseline period: the same
    matching that checks claims, asked about another period."""
    from factcheck.matching import match

    return match(replace(level.claim, period=period), references).reference
