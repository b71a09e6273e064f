"""`baseline`: a level stated as a percentage of a baseline ("132 million … 97.2 percent
of 2019 levels") implies the baseline: reported always, and compared with a reference
for that period where one exists, and with the baseline level where the text states it
("809,238 tourists …, 107.5% of those of the same period of 2023" beside the 2023 figure)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from factcheck.models import Finding, Reference
from factcheck.quantities import format_quantity, percent_diff
from factcheck import timespan
from factcheck.relations.common import one_value
from factcheck.relations.graph import AMOUNT_KINDS, GROWTH, PERCENT, SHARE, Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation


def base_period(n: Node) -> Optional[str]:
    return n.claim.base_period or n.claim.context.get("baseline_period")


@rule("baseline")
def baseline_level(graph: Graph, ctx: Context):
    yield from _recoveries(graph)
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


def _recoveries(graph: Graph):
    """A level as a share of the same series' level at an earlier time, when the text states
    both ("arrivals in 2022 total 13,022, only 2% of the 664,784 visitors that arrived in
    2019"; "809,238 tourists …, 107.5% of the same period of 2023" and the 2023 figure
    elsewhere): level ÷ baseline level = the share. The baseline named right after the share
    is its own by the text's words; one found elsewhere must be of the level's very series,
    subject and unit at the base time."""
    for pct in graph.nodes:
        base = base_period(pct)
        if pct.kind != PERCENT or pct.role == GROWTH or not base or not pct.value or not pct.period \
                or base == pct.period or not (pct.role == SHARE or pct.claim.context.get("baseline_period")):
            continue
        level = _paired_level(graph, pct)
        if level is None or not level.value or not level.level or not timespan.same(level.period, pct.period):
            continue
        named = _named_after(graph, pct, level)
        baseline = named if named is not None and timespan.same(named.period, base) else _stated_baseline(graph, level, base)
        if baseline is None or not baseline.value:
            continue
        yield Relation("baseline", "share", [level, baseline], pct, lambda v: v[0] / v[1] * 100,
                       f"{level.claim.metric or 'level'} ÷ its {base} level", "{0} ÷ {1}", truncates=True,
                       result_text=lambda x: f"{x:.1f}%")


#: "2% of the 664,784 visitors", "13.3% of the more than 1.6 million who came": the whole
#: right after the share's "of"
_OF_AMOUNT = re.compile(r"^\s+of\s+(?:the\s+|a\s+)?(?:(?:more\s+than|about|around|nearly|almost|some|over)\s+)?$", re.I)


def _named_after(graph: Graph, pct: Node, level: Node) -> Optional[Node]:
    nxt = next((n for n in graph.sentence_of(pct) if n.claim.span[0] > pct.claim.span[0]), None)
    if nxt is None or nxt.kind != level.kind or nxt.unit != level.unit \
            or not _OF_AMOUNT.match(pct.claim.sentence[pct.local[1]: nxt.local[0]]):
        return None
    return nxt


def _stated_baseline(graph: Graph, level: Node, base: str) -> Optional[Node]:
    """The one value the text gives the level's own series at the base time."""
    found = [n for n in graph.nodes if n is not level and n.level and n.kind == level.kind and n.unit == level.unit
             and n.sure_period and timespan.same(n.period, base) and n.series and n.series == level.series
             and n.subject == level.subject and n.variant == level.variant]
    return one_value(found)


def _reference_for(level: Node, period: str, references: list[Reference]) -> Optional[Reference]:
    """The reference for the level's metric and subject in the baseline period: the same
    matching that checks claims, asked about another period."""
    from factcheck.matching import match

    return match(replace(level.claim, period=period), references).reference
