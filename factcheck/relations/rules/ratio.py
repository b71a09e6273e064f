"""`ratio`: ratios defined by their parts. The coverage rate of imports by exports ("the
coverage rate ... increased from 54.8% in 2016 to 56.3% in 2017", "the export-import
ratio", "the ratio of non-oil exports to imports ... 43.9 percent") is exports ÷ imports
of its period, in percent."""

from __future__ import annotations

import re

from factcheck.matching import words
import factcheck.relations.vocabulary as vocab
from factcheck.relations.common import irrealis, is_level
from factcheck.relations.graph import AMOUNT_KINDS, CHANGE, GROWTH, PERCENT, Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation

#: The phrases that name the coverage rate; `num` and `den` keep the words that narrow
#: either side ("the ratio of non-oil exports to imports").
_COVERAGE = re.compile(
    r"\bcoverage\s+(?:rate|ratio)\b|\b(?:rate|ratio)\s+of\s+(?:import\s+)?coverage\b"
    r"|\bexports?[- ](?:to[- ])?imports?\s+(?:rate|ratio)\b"
    r"|\bratio\s+of\s+(?P<num>(?:[A-Za-z-]+\s+){0,2}?)exports?\s+to\s+(?P<den>(?:[A-Za-z-]+\s+){0,2}?)imports?\b",
    re.I)
#: How far before the rate its name may stand ("the coverage rate of imports by exports
#: increased from 54.8% in 2016 to 56.3% in 2017").
_REACH = 160


def _side(graph: Graph, rate: Node, concept: str, narrowing: str, unit: str) -> list[Node]:
    """The levels of exports (or imports) in `unit` of the rate's period and subject,
    narrowed as the phrase says ("non-oil")."""
    want = frozenset(words(narrowing)) - vocab.DEFAULT_MODIFIERS
    return [n for n in graph.concept(concept, unit, rate) if is_level(n) and n.exact and n.value > 0
            and n.modifiers - vocab.DEFAULT_MODIFIERS == want and n.topic == rate.topic
            and n.variant == rate.variant and not irrealis(graph, n)]


@rule("ratio")
def coverage_rate(graph: Graph, ctx: Context):
    for rate in graph.nodes:
        if rate.kind != PERCENT or rate.role in (GROWTH, CHANGE) or rate.claim.base_period or not rate.sure_period:
            continue
        text = rate.claim.sentence[max(0, rate.local[0] - _REACH): rate.local[0]]
        named = list(_COVERAGE.finditer(text))
        if not named:
            continue
        m = named[-1]
        # one figure a side, in one currency ("SR26.8 billion ($7.13 billion)" is one
        # figure in two); otherwise which figures the rate is of is not clear
        pairs = []
        for unit in sorted(graph.units()):
            exports = _side(graph, rate, "export", m.group("num") or "", unit)
            imports = _side(graph, rate, "import", m.group("den") or "", unit)
            if exports and imports:
                pairs.append((exports, imports))
        if len(pairs) != 1 or len(pairs[0][0]) != 1 or len(pairs[0][1]) != 1:
            continue
        (export,), (import_,) = pairs[0]
        yield Relation("ratio", "share", [export, import_], rate, lambda v: v[0] / v[1] * 100,
                       "exports ÷ imports (the coverage rate)", "{0} ÷ {1}", slack=0.05,
                       result_text=lambda x: f"{x:.2f}%")


def _amounts_by_unit(graph: Graph, m: Node) -> dict[str, list[Node]]:
    """The amounts of the multiplier's sentence, by unit: figures a multiple may be of
    (levels and changes, not the converted restatement of another)."""
    out: dict[str, list[Node]] = {}
    for n in graph.sentence_of(m):
        if n is not m and n.kind in AMOUNT_KINDS and n.value and not n.claim.context.get("converted") \
                and n.claim.qualifier != "range":
            out.setdefault(n.unit, []).append(n)
    return out


@rule("times")
def multiple_of_two_figures(graph: Graph, ctx: Context):
    """"N times", "fourfold", "twice", "half": the ratio of the two amounts in one unit
    the sentence states ("exports of $23.6 billion, 2.2 times the $10.5 billion of 2021").
    The text rarely says which two figures the multiple is of, so a gap is a finding only
    when one slip of one printed number explains it; each unit's pair is read alone
    ("€645 million (US$699.7 million), about five times the 125.7 million euros
    (US$136.4 million)")."""
    for m in graph.nodes:
        if m.unit != "times" or not m.value or m.value == 1:
            continue
        for unit, found in _amounts_by_unit(graph, m).items():
            if len(found) > 2:
                # "grew by $13.1 billion, or 2.2 times, from $10.5 billion to $23.6 billion": of the levels
                found = [n for n in found if n.level]
            # a deficit nine times another is a ratio of two figures of one sign
            if len(found) != 2 or found[0].value == found[1].value or found[0].value * found[1].value < 0:
                continue
            big, small = sorted(found, key=lambda n: -abs(n.value))
            inputs = [big, small] if m.value > 1 else [small, big]
            yield Relation("times", "ratio_conversion", inputs, m, lambda v: v[0] / v[1],
                           "the ratio of the two figures", "{0} ÷ {1}", exact=False,
                           result_text=lambda x: f"{x:.3g} times")
