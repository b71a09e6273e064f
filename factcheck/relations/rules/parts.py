"""`parts-total`: parts and their total. Compositions by definition (exports + imports =
trade, exports − imports = surplus) must hold exactly; named parts of a whole ("visitors
by air", "by rail" of "visitors"; "Among them, …") can never add up to more than it, and
a gap that one slip of one number explains exactly is that slip; shares of one whole
cannot add up to over 100 percent."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import Optional

from factcheck.models import Finding
import factcheck.relations.table as table
import factcheck.relations.vocabulary as vocab
from factcheck.relations.graph import GROWTH, PERCENT, Graph, Node, periods_equal
from factcheck.relations.registry import Context, rule
import factcheck.relations.breakdown as breakdown
import factcheck.relations.listings as listings
import factcheck.relations.demography as demography
import factcheck.relations.layout as layout
import factcheck.relations.partners as partners
import factcheck.relations.partitive as partitive
import factcheck.relations.revenue as revenue
from factcheck.relations.common import balance_sign, is_level, subject_of
from factcheck.relations.compose import composition, compositions, readings
from factcheck.relations.interval import Linear
from factcheck.relations.relation import Relation


@rule("parts-total")
def parts_and_totals(graph: Graph, ctx: Context):
    sums: set[tuple] = set()  # the parts and wholes found so far, so a candidate restates none
    for item in _definite_parts(graph):
        if isinstance(item, Relation):
            sums.add(_key(item))
        yield item
    for r in itertools.chain(listings.list_after_whole(graph), listings.items_after_whole(graph),
                             revenue.revenue_lines(graph), layout.announced_lists(graph),
                             layout.totals_after_lists(graph), layout.lists_beside_whole(graph)):
        if _key(r) not in sums:
            sums.add(_key(r))
            yield r


def _definite_parts(graph: Graph):
    for total, options, relaxed in compositions(graph, unambiguous=False):
        # a reading with goods taken for granted is a candidate, not a definition
        yield from readings([composition(total, parts, exact=not relaxed, sign=balance_sign(graph, total))
                             for parts in options])
    yield from balance_splits(graph)
    yield from complement_splits(graph)
    yield from demography.population_accounts(graph)
    yield from breakdown.dropped_signs(graph)
    yield from breakdown.named_parts(graph)
    yield from partners.partner_parts(graph)
    yield from listings.among_them(graph)
    yield from partitive.partitive_parts(graph)
    yield from listings.continued_list(graph)
    yield from listings.enumerated_parts(graph)
    yield from listings.accumulated_total(graph)
    yield from listings.said_together(graph)
    yield from listings.listed_changes(graph)
    yield from listings.split_pair(graph)
    yield from listings.residual_breakdown(graph)
    yield from table.total_relations(graph)
    yield from shares_over_100(graph)


def _key(r: Relation) -> tuple:
    return frozenset(id(n) for n in r.inputs), id(r.result), r.compare


_BALANCES = ("surplus", "deficit", "balance")


def _signed(graph: Graph, n: Node) -> int:
    return -1 if n.concept == "deficit" else balance_sign(graph, n)


def _one_figure(fits: list[Node], total: Node) -> Optional[Node]:
    """The one value a side of a balance has, in its statement nearest the total; None where
    the text gives none or two (it names two series alike)."""
    if len({round(n.value, 6) for n in fits}) != 1:
        return None
    return min(fits, key=lambda n: abs(n.claim.span[0] - total.claim.span[0]))


def _sides_make_total(graph: Graph, sides: list[Node], total: Node, **kwargs) -> Relation:
    """Two sides of a balance, each signed by its word against the total's, add up to it."""
    signs = tuple(_signed(graph, n) * _signed(graph, total) for n in sides)
    op = "+" if signs[1] > 0 else "−"
    return Relation("parts-total", "sum", sides, total, Linear(signs),
                    f"{sides[0].claim.metric or sides[0].concept} {op} {sides[1].claim.metric or sides[1].concept}",
                    ("{0} " if signs[0] > 0 else "−{0} ") + op + " {1}", **kwargs)


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
                side = _one_figure(fits, total)
                if side is None:
                    break
                sides.append(side)
            else:
                yield _sides_make_total(graph, sides, total)


#: Words by which a balance names everything but a category ("the non-oil balance", "the
#: deficit excluding energy"): with the category's own balance, the two sides of the whole.
_ALL_BUT = frozenset({"non", "excluding"})


def complement_splits(graph: Graph):
    """A balance struck without a category and the category's own balance make the whole
    balance, each signed by its word: "a non-oil and gas surplus of 7.31 and an oil and gas
    deficit of 3.08 left a trade surplus of 4.23"; "the deficit excluding energy (7.0) and
    the energy deficit (4.2) make the 11.2 deficit". It leans on the frame's reading of
    three balances' words at once ("oil and gas and non-oil and gas exports" may come out
    as the non-oil ones): holding, it vouches for none of them when another identity's
    suspect is chosen."""
    balances = [n for name in _BALANCES for n in graph.by_concept_name.get(name, []) if is_level(n)]
    for total in balances:
        if total.modifiers & _ALL_BUT:
            continue

        def beside(n: Node) -> bool:
            return (n is not total and n.unit == total.unit and n.variant == total.variant
                    and subject_of(graph, n) == subject_of(graph, total) and periods_equal(n, total))

        sides = [n for n in balances if beside(n) and n.modifiers > total.modifiers]
        seen: set[frozenset] = set()
        for rest in sides:
            extra = rest.modifiers - total.modifiers
            category = extra - _ALL_BUT
            if not extra & _ALL_BUT or not category or category in seen:
                continue
            seen.add(category)
            without = _one_figure([n for n in sides if n.modifiers - total.modifiers == extra], total)
            own = _one_figure([n for n in sides if n.modifiers - total.modifiers == category], total)
            if without is not None and own is not None:
                yield _sides_make_total(graph, [without, own], total, vouches=False)


# A share of a benchmark measures attainment against it, each figure against its own ("Revenue
# collection was 94 percent of the target, of which tax collections reached 96.7 percent of the
# target"): such shares split nothing, so they never add up to a whole.
_BENCHMARK = re.compile(r"\b(?:targets?|goals?|plans?|projections?|forecasts?|estimates?|quotas?|"
                        r"capacity|objectives?|benchmarks?|thresholds?)$", re.I)


# A percentage of the economy's output scales a stock or another flow by its size: debts,
# balances, budgets and external flows are no parts of GDP ("external debt ... 55 percent of
# GDP, the internal debt ... 53 percent of GDP"), only its sectors and uses are.
_OUTPUT = re.compile(r"\b(?:gdp|gnp|gni|gross\s+(?:domestic|national)\s+(?:product|income))$", re.I)
_NO_PART_OF_OUTPUT = re.compile(r"\b(?:debts?|deficits?|surplus|revenues?|spending|expenditures?|budget|borrowing|"
                                r"reserves|assets|liabilities|loans|deposits|credit|exports?|imports?|trade|"
                                r"remittances|aid|arrears)\b", re.I)


def _scales_by_output(whole: str, n: Node) -> bool:
    return bool(_OUTPUT.search(whole.strip()) and _NO_PART_OF_OUTPUT.search(n.claim.metric or ""))


def shares_over_100(graph: Graph):
    by_whole: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        whole = n.claim.context.get("share_of")
        if n.kind == PERCENT and whole and n.exact and n.role != GROWTH and not _BENCHMARK.search(whole.strip()) \
                and not _scales_by_output(whole, n):
            by_whole[(whole.lower(), n.period, n.sentence)].append(n)
    for (whole, _, _), parts in by_whole.items():
        parts = [p for p in parts if 0 < p.value <= 100]  # a share is a percentage of its whole
        if len(parts) >= 2:
            total = sum(p.value for p in parts)
            if total > 100 + sum((p.claim.precision or 0) / 2 for p in parts):
                yield Finding("parts-total", [p.id for p in parts],
                              f"shares of {whole} add up to {total:g}%: " + " + ".join(f"{p.value:g}%" for p in parts)
                              + ", over 100%", kind="sum")
