"""`parts-total`: parts and their total. Compositions by definition (exports + imports =
trade, exports − imports = surplus) must hold exactly; named parts of a whole ("visitors
by air", "by rail" of "visitors"; "Among them, …") can never add up to more than it, and
a gap that one slip of one number explains exactly is that slip; shares of one whole
cannot add up to over 100 percent."""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck.models import Finding
import factcheck.relations.table as table
import factcheck.relations.vocabulary as vocab
from factcheck.relations.graph import GROWTH, PERCENT, Graph, Node, periods_equal
from factcheck.relations.registry import Context, rule
import factcheck.relations.rules.breakdown as breakdown
from factcheck.relations.rules.common import is_change, is_level, signed, subject_of
from factcheck.relations.relation import Relation

_NAMES = {"export": "exports", "import": "imports"}


def _parts(graph: Graph, total: Node, concept: str, relaxed: bool = False) -> list[Node]:
    """The figures of `concept` that may compose `total`: same modifiers, variant, unit,
    subject and period; those of the total's paragraph first; one per distinct value.
    relaxed: modifiers compared without the default ones (customs "exports" are exports
    of goods, but the text may also mean goods and services), and undated figures of
    nearby paragraphs (an article that gives no date)."""
    subject = subject_of(graph, total)
    default = vocab.DEFAULT_MODIFIERS if relaxed else frozenset()
    want = total.modifiers - default
    same_role = is_level if is_level(total) else is_change
    fits = [n for n in graph.concept(concept, total.unit, total, near=relaxed)
            if same_role(n) and n.modifiers - default == want and n.kind == total.kind
            and n.variant == total.variant
            and subject_of(graph, n) == subject and (periods_equal(n, total) or relaxed and n.period is None)]
    # "imports were US$126.37 billion, including US$43.95 billion made by the domestic sector
    # and US$82.42 billion by the FDI sector": figures that break one down are not readings of it
    fits = [n for n in fits if not _subordinate(graph, n)] or fits
    for tier in ([n for n in fits if n.paragraph == total.paragraph], fits):
        if tier:
            by_value: dict[float, Node] = {}
            for n in sorted(tier, key=lambda n: abs(n.claim.span[0] - total.claim.span[0])):
                by_value.setdefault(round(n.value, 6), n)
            return list(by_value.values())
    return []


_INCLUDING = re.compile(r"\b(?:including|includ(?:es|ed)|of\s+which|among\s+(?:them|which)|comprising|consisting\s+of)\b", re.I)


def _subordinate(graph: Graph, n: Node) -> bool:
    """A figure that the sentence gives as part of one before it ('..., including X')."""
    sentence = graph.sentence_of(n)
    i = sentence.index(n)
    before = [m for m in sentence[:i] if m.unit == n.unit and m.kind == n.kind]
    return bool(before) and bool(_INCLUDING.search(n.claim.sentence[before[0].local[1]: n.local[0]]))


#: Candidates per part beyond which a composition is left alone.
MAX_CANDIDATES = 3


def compositions(graph: Graph, unambiguous: bool = True):
    """(total, [(part, sign), ...]) for every composition by definition the text states;
    with unambiguous=False, every reading when the text has several candidate parts."""
    found = graph.memo("compositions", lambda: _compositions(graph))
    return [(t, r, relaxed) for t, r, relaxed in found if not unambiguous or (not relaxed and len(r) == 1)]


def _compositions(graph: Graph):
    import itertools

    out = []
    for name, parts, eliminated in [(n, p, None) for n, p in vocab.COMPOSITIONS] + list(vocab.DERIVED_COMPOSITIONS):
        for total in graph.by_concept_name.get(name, []):
            if not (is_level(total) or is_change(total)):
                continue  # levels compose, and so do their changes
            if eliminated and _parts(graph, total, eliminated, relaxed=True):
                continue  # the side is stated: the identities by definition relate it
            sides = parts
            options = [_parts(graph, total, concept) for concept, _ in sides]
            relaxed = not all(options)
            if relaxed:
                options = [_parts(graph, total, concept, relaxed=True) for concept, _ in sides]
            again = _reexports(graph, total) if name == "trade" and eliminated is None else []
            if again:
                # Dubai's, Hong Kong's, Singapore's trade: exports + re-exports + imports
                options, sides = options + [again], (*sides, ("export", 1))
            if not all(options) or any(len(o) > MAX_CANDIDATES for o in options):
                continue
            if relaxed and _one_statement(total, options):
                # "the merchandise trade deficit ... merchandise exports ... imports": one
                # paragraph, one period, one figure each; the goods one side leaves unsaid
                # are the goods the others name
                relaxed = False
            readings = [list(zip(combo, [s for _, s in sides])) for combo in itertools.product(*options)]
            # an identity with a side eliminated leans on the frame's reading of three figures
            # at once: a candidate that only a slip breaks
            out.append((total, readings, relaxed or eliminated is not None))
    return out


def _reexports(graph: Graph, total: Node) -> list[Node]:
    """Re-exports of the total's period: where a text states them, trade is exports,
    re-exports and imports (exports then mean domestic exports)."""
    subject = subject_of(graph, total)
    return [n for n in graph.concept("export", total.unit, total) if "re" in n.modifiers and is_level(n) == is_level(total)
            and n.modifiers - {"re"} <= total.modifiers and n.variant == total.variant
            and subject_of(graph, n) == subject and periods_equal(n, total)][:1]


def _one_statement(total: Node, options: list[list[Node]]) -> bool:
    """One figure for each side, all of the total's paragraph and of its stated period."""
    return total.sure_period and all(
        len(o) == 1 and o[0].paragraph == total.paragraph and o[0].period is not None
        and periods_equal(o[0], total) for o in options)


def _composition(total: Node, parts: list[tuple[Node, int]], exact: bool) -> Relation:
    signs = [s for _, s in parts]

    def times(s: int) -> str:
        return f"{abs(s)} × " if abs(s) != 1 else ""

    label = " ".join(f"{'' if i == 0 and s > 0 else ('+ ' if s > 0 else '− ')}{times(s)}{_name(p)}"
                     for i, (p, s) in enumerate(parts)).strip()
    template = " ".join(f"{'' if i == 0 and s > 0 else ('+ ' if s > 0 else '− ')}{times(s)}{{{i}}}"
                        for i, s in enumerate(signs)).strip()
    # changes carry their direction: "exports fell $1.1bn" is −1.1 in the sum
    k = tuple(s * signed(p) for p, s in parts)
    kt = signed(total)
    return Relation("parts-total", "sum" if all(s > 0 for s in signs) else "difference",
                    [p for p, _ in parts], total, lambda v, k=k, kt=kt: sum(x * c for x, c in zip(v, k)) * kt,
                    label, template, exact=exact)


def _name(p: Node) -> str:
    name = _NAMES.get(p.concept, p.concept)
    return f"re-{name}" if p.concept == "export" and "re" in p.modifiers else name


def readings(relations: list[Relation]) -> list[Relation]:
    """Several readings of one identity (the text has more than one candidate figure):
    the one that holds, if any; else all, each a candidate that only a slip can break."""
    if len(relations) == 1 or not relations:
        return relations
    held = [r for r in relations if r.run().holds and r.decided]
    if held:
        return held[:1]
    for r in relations:
        r.exact = False
    return relations


@rule("parts-total")
def parts_and_totals(graph: Graph, ctx: Context):
    for total, options, relaxed in compositions(graph, unambiguous=False):
        # a reading with goods taken for granted is a candidate, not a definition
        yield from readings([_composition(total, parts, exact=not relaxed) for parts in options])
    yield from balance_splits(graph)
    yield from breakdown.dropped_signs(graph)
    yield from breakdown.named_parts(graph)
    yield from breakdown.among_them(graph)
    yield from breakdown.enumerated_parts(graph)
    yield from breakdown.listed_changes(graph)
    yield from breakdown.split_pair(graph)
    yield from table.total_relations(graph)
    yield from shares_over_100(graph)


_BALANCES = ("surplus", "deficit", "balance")


def _signed(n: Node) -> int:
    return -1 if n.concept == "deficit" else 1


def balance_splits(graph: Graph):
    """The goods balance and the services balance make the balance of goods and services,
    each signed by its word: "a goods deficit of 63.7 and a services surplus of 18.0 left
    a total deficit of 45.7"."""
    for total in (n for name in _BALANCES for n in graph.by_concept_name.get(name, [])):
        if not is_level(total):
            continue
        for split in vocab.SPLITS:
            if set(split) & total.modifiers:
                continue  # the services surplus is a side, not a total of sides
            sides = []
            for word in split:
                want = total.modifiers | {word}
                # "the total trade deficit excluding precious metals narrowed to £13.1 billion as
                # the goods deficit narrowed to ...": the sentence says once what the parts share
                fits = [n for name in _BALANCES for n in graph.concept(name, total.unit, total)
                        if n is not total and is_level(n) and (n.modifiers == want or n.sentence == total.sentence
                                            and word in n.modifiers and n.modifiers <= want)
                        and n.variant == total.variant
                        and subject_of(graph, n) == subject_of(graph, total) and periods_equal(n, total)]
                if len({round(n.value, 6) for n in fits}) != 1:
                    break
                sides.append(min(fits, key=lambda n: abs(n.claim.span[0] - total.claim.span[0])))
            else:
                signs = tuple(_signed(n) * _signed(total) for n in sides)
                names = [f"{n.claim.metric or n.concept}" for n in sides]
                yield Relation("parts-total", "sum", sides, total, lambda v, s=signs: sum(x * k for x, k in zip(v, s)),
                               f"{names[0]} {'+' if signs[1] > 0 else '−'} {names[1]}",
                               "{0} " + ("+" if signs[1] > 0 else "−") + " {1}" if signs[0] > 0 else
                               "−{0} " + ("+" if signs[1] > 0 else "−") + " {1}")


def shares_over_100(graph: Graph):
    by_whole: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        whole = n.claim.context.get("share_of")
        if n.kind == PERCENT and whole and n.exact and n.role != GROWTH:
            by_whole[(whole.lower(), n.period, n.sentence)].append(n)
    for (whole, _, _), parts in by_whole.items():
        parts = [p for p in parts if 0 < p.value <= 100]  # a share is a percentage of its whole
        if len(parts) >= 2:
            total = sum(p.value for p in parts)
            if total > 100 + sum((p.claim.precision or 0) / 2 for p in parts):
                yield Finding("parts-total", [p.id for p in parts],
                              f"shares of {whole} add up to {total:g}%: " + " + ".join(f"{p.value:g}%" for p in parts)
                              + ", over 100%", kind="sum")
