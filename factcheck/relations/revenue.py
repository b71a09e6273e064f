"""Budget revenue by its definitions, across sentences: tax and non-tax revenue make
domestic revenue (and revenue, oil and non-oil revenue too), and domestic revenue and
grants make "revenue and grants" ("total
revenue and grants amounted to MK1.45 trillion ... domestic revenues MK1.18 trillion ...
tax revenue MK1.03 trillion while other revenue (non-tax) MK151.8 billion ... grants
MK273.40 billion"). Helpers of the `parts-total` rule.

A text may count other receipts (capital revenue, a fund's transfers) in its own lines, so
each identity is a candidate: only a slip of one printed number that restores it breaks it."""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

import factcheck.relations.vocabulary as vocab
from factcheck.relations.breakdown import conjuncts, sum_of
from factcheck.relations.common import is_level, subject_of
from factcheck.relations.graph import MONEY, Graph, Node

TAX, NON_TAX, GRANTS, DOMESTIC, WITH_GRANTS = "tax", "non-tax", "grants", "domestic revenue", "revenue and grants"
OIL, NON_OIL, REVENUE = "oil revenue", "non-oil revenue", "revenue"

#: Words of a budget line that say whose or how much it is, not which line.
_OWNERS = vocab.BUDGET_OWNER_WORDS | {"total", "overall", "state", "central"}
#: Each line by the words that name it (lemmas, owners left out); what else a figure's
#: words say (a projection, a revision) must be the same for every line of one identity.
_LINES = (
    (NON_TAX, (frozenset({"non", "tax", "revenue"}), frozenset({"non", "tax"}), frozenset({"other", "revenue"}))),
    (TAX, (frozenset({"tax", "revenue"}), frozenset({"tax"}))),
    (WITH_GRANTS, (frozenset({"revenue", "grant"}),)),
    (DOMESTIC, (frozenset({"domestic", "revenue"}),)),
    (GRANTS, (frozenset({"grant", "revenue"}), frozenset({"grant"}))),  # "revenue: grants", "grants"
    (NON_OIL, (frozenset({"non", "oil", "revenue"}),)),
    (OIL, (frozenset({"oil", "revenue"}),)),
    (REVENUE, (frozenset({"revenue"}),)),
)
#: total = the sum of its lines, by definition: each breakdown's first reading the text
#: states (domestic revenue stated, grants are summed with it, not with its own lines).
_IDENTITIES = (
    (DOMESTIC, ((TAX, NON_TAX),)),
    (WITH_GRANTS, ((DOMESTIC, GRANTS), (REVENUE, GRANTS), (TAX, NON_TAX, GRANTS))),
    # revenue alone may or may not count grants and capital receipts: the text decides
    (REVENUE, ((TAX, NON_TAX),)),
    (REVENUE, ((OIL, NON_OIL),)),
)


def _line(n: Node) -> Optional[tuple[str, frozenset]]:
    """Which budget line a figure is, and the words left over (a projection, a revision)."""
    words = n.series - _OWNERS
    for name, forms in _LINES:
        for form in forms:
            if form <= words and (name != WITH_GRANTS or len(conjuncts(n)) >= 2):
                return name, words - form
    return None


def revenue_lines(graph: Graph):
    """Each identity of one period, unit, subject and qualifier whose lines the text states
    with one value each."""
    groups: dict[tuple, dict[str, dict]] = defaultdict(lambda: defaultdict(dict))
    for n in graph.nodes:
        if n.kind != MONEY or not is_level(n) or n.period is None or n.claim.qualifier not in ("exact", "approx"):
            continue
        line = _line(n)
        if line:
            name, rest = line
            # budget lines are mostly estimates and projections, which add up like outturns;
            # a line stated twice with two values leaves its group alone
            key = (n.unit, n.period, subject_of(graph, n), n.variant, rest, graph.future(n))
            groups[key][name].setdefault(round(n.value, 6), n)
    for lines in groups.values():
        one = {name: next(iter(by_value.values())) for name, by_value in lines.items() if len(by_value) == 1}
        if any(len(by_value) > 1 for by_value in lines.values()):
            continue  # two values of one line: which goes with which is a guess
        for total, readings in _IDENTITIES:
            parts = next((r for r in readings if all(p in one for p in r)), None)
            if total not in one or parts is None:
                continue
            yield sum_of([one[p] for p in parts], one[total], exact=False, names=list(parts))
