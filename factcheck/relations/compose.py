"""Compositions by definition (trade = exports + imports, surplus = exports − imports,
and their changes): which figures of the text may stand for each side, and the identity
over them. The `parts-total` rule tests them; the `level-change` rules reuse them for the
changes of the sides."""

from __future__ import annotations

import re

import factcheck.relations.vocabulary as vocab
from factcheck.relations.common import another_time, is_change, is_level, signed, subject_of
from factcheck.relations.graph import Graph, Node, is_compared, periods_equal
from factcheck.relations.interval import Linear
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
    # a budget balance is struck after grants: "revenue and grants" is its revenue side
    wants = (want, want | {"grant"}) if concept == "revenue" else (want,)
    fits = [n for n in graph.concept(concept, total.unit, total, near=relaxed)
            if same_role(n) and n.modifiers - default in wants and n.kind == total.kind
            and n.variant == total.variant
            and subject_of(graph, n) == subject and (periods_equal(n, total) or relaxed and n.period is None)
            # "widened to $4 billion, from a deficit of $3.66 billion a year earlier": the figure
            # a change is measured from is of the base period, whatever the frame's period says
            and is_compared(n) == is_compared(total)]
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
            if total.modifiers & vocab.ADJUSTED_BALANCES or _struck_around_an_item(total):
                continue  # a primary or structural balance leaves interest or the cycle out of its sides
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
            if another_time(total):
                continue  # "shrank to $169 million, an improvement on September, when the deficit was $1 billion"
            if name in _BALANCES and _another_balance_beside_the_sides(graph, total, options):
                continue
            if name in _BALANCES and _partner_the_sides_lack(graph, total, options):
                continue  # "the balance with EU28 countries ended in a surplus of …": not the whole trade's
            if name not in _BALANCES and _measures_another_thing(total):
                continue  # a trade total is a turnover: "$1.9 billion in profits" is its balance, if anything
            if relaxed and _one_statement(total, options):
                # "the merchandise trade deficit ... merchandise exports ... imports": one
                # paragraph, one period, one figure each; the goods one side leaves unsaid
                # are the goods the others name
                relaxed = False
            if _another_item_beside_the_total(graph, total, sides, options) or _adjusted_rival(graph, total):
                relaxed = True  # what the total's words also take away or add: a candidate
            if _period_carried_across(graph, total, options):
                relaxed = True
            readings = [list(zip(combo, [s for _, s in sides])) for combo in itertools.product(*options)]
            # an identity with a side eliminated leans on the frame's reading of three figures
            # at once: a candidate that only a slip breaks
            out.append((total, readings, relaxed or eliminated is not None))
    return out


_BALANCES = frozenset({"surplus", "deficit", "balance"})
#: A balance struck with one partner: "the balance with EU28 countries", "a deficit with China of"
#: (a balance "with the world" or "with all partners" is the whole trade's).
_WITH_PARTNER = re.compile(r"\b(?:balance|surplus|deficit|trade)\s+with\s+(?!(?:the\s+)?(?:world|rest\s+of|all|other)\b)"
                           r"(?:the\s+)?(?P<partner>[\w-]+)", re.I)


def _partner_the_sides_lack(graph: Graph, total: Node, options: list[list[Node]]) -> bool:
    """The balance is with a partner its clause names, some candidate side's sentence never
    names that partner, and the text also gives a balance of the same time with no partner
    (the whole trade's, whose sides these are). An article about one partner's trade alone
    ("the deficit with CARICOM … total imports were …") keeps its identity."""
    partner = _partner(total)
    if partner is None:
        return False
    whole = [b for name in _BALANCES for b in graph.by_concept_name.get(name, [])
             if b is not total and is_level(b) and b.unit == total.unit and periods_equal(b, total) and _partner(b) is None]
    if not whole:
        return False
    return any(partner not in n.claim.sentence.lower() for side in options for n in side)


def _partner(n: Node):
    """The partner a balance's clause names ("the balance with EU28 countries" → eu28), if any."""
    named = list(_WITH_PARTNER.finditer(n.claim.sentence[max(0, n.local[0] - 120): n.local[0]]))
    return named[-1].group("partner").lower() if named else None


def _another_balance_beside_the_sides(graph: Graph, total: Node, options: list[list[Node]]) -> bool:
    """The year closed with a surplus of 3.08 million, the difference between an income of 205.66
    million and an expenditure of 202.58 million; later paragraphs give the deficits of its
    sectors, of the same year. Of several balances of one period, the sides make the one stated
    beside them; a balance away from them is of another whole, when the text states two or more
    other balances of the period (sectors, segments)."""
    if any(total.paragraph == n.paragraph for o in options for n in o):
        return False
    rivals = [n for name in _BALANCES for n in graph.by_concept_name.get(name, [])
              if n is not total and n.unit == total.unit and n.period == total.period and n.role == total.role
              and n.subject == total.subject and n.modifiers == total.modifiers and n.variant == total.variant
              and not n.interval.meets(total.interval)]
    # (two or more: a restatement printed apart, or one slip, makes only one)
    return len({round(n.value, 6) for n in rivals}) >= 2


def _another_item_beside_the_total(graph: Graph, total: Node, sides, options: list[list[Node]]) -> bool:
    """"Current expenditure is $213,101 million while interest expenditure is $6,204
    million, giving a current balance of $19,017 million": the total's own sentence states
    a further figure of one side's kind that the sides chosen leave out; its words may
    count it too (revenue less both expenditures), so the two-sided identity is a candidate."""
    chosen = {id(n) for o in options for n in o}
    kinds = {concept for concept, _ in sides}
    return any(n.concept in kinds and id(n) not in chosen and n.unit == total.unit and n.role == total.role
               and not is_compared(n) and periods_equal(n, total)
               for n in graph.sentence_of(total) if n is not total)


#: Words that say a balance is struck before or after some item: "the deficit before the
#: transfer to the Future Generations Fund", "the balance excluding grants".
_ADJUSTING = frozenset({"before", "after", "excluding", "including", "exclude", "include", "ex"})


#: What says, right after a balance, that it is struck before or after an item its two sides
#: do not show: "a deficit of KD 7.9 billion after deducting the amount allocated for the
#: Future Generations Fund", "a surplus of $2bn before transfers to the provinces".
_AROUND_AN_ITEM = re.compile(r"^[\s,]*(?:(?:after|before)\s+(?:(?:the|any|a)\s+)?(?:deduct|transfer|allocat|subtract|"
                             r"contribution|appropriation|provision|settlement|withdraw|grant|payment)\w*"
                             r"|net\s+of\b|exclusive\s+of\b)", re.I)


def _struck_around_an_item(total: Node) -> bool:
    """A balance whose own words, right after it, say it is struck before or after an item
    (a transfer, an allocation, a deduction): not the plain difference of its sides."""
    return _AROUND_AN_ITEM.match(total.after(60)) is not None


def _adjusted_rival(graph: Graph, total: Node) -> bool:
    """"a deficit of 6.556 billion dinars ... the 5 billion-dinar deficit before the transfer
    to the Future Generations Fund": the text states the balance of the period before or
    after an item too, with another value, so which one its sides make is a reading."""
    return any(n is not total and n.unit == total.unit and n.role == total.role and periods_equal(n, total)
               and n.modifiers > total.modifiers and n.modifiers & _ADJUSTING and n.variant == total.variant
               and not n.interval.meets(total.interval)
               for name in _BALANCES for n in graph.by_concept_name.get(name, []))


# "foreign trade generated $1.9 billion in profits": the figure is an amount of what follows
# "in", which its subject yielded, not the subject's own total
_IN_WHAT_IT_YIELDED = re.compile(r"^\s+in\s+(?:net\s+)?(?:profits?|earnings|income|revenues?|proceeds|receipts|"
                                 r"taxes|duties|fees|royalties|savings|losses|surplus(?:es)?|gains)\b", re.I)


def _measures_another_thing(total: Node) -> bool:
    return _IN_WHAT_IT_YIELDED.match(total.after(25)) is not None


def _reexports(graph: Graph, total: Node) -> list[Node]:
    """Re-exports of the total's period: where a text states them, trade is exports,
    re-exports and imports (exports then mean domestic exports)."""
    subject = subject_of(graph, total)
    return [n for n in graph.concept("export", total.unit, total) if "re" in n.modifiers and is_level(n) == is_level(total)
            and n.modifiers - {"re"} <= total.modifiers and n.variant == total.variant
            and subject_of(graph, n) == subject and periods_equal(n, total)][:1]


def _period_carried_across(graph: Graph, total: Node, options: list[list[Node]]) -> bool:
    """"a deficit of $6.34 billion in 2014, and $4.87 billion in 2021. The bank reported that
    imports amounted to $11.09 billion, while exports reached $4.36 billion": sides dated only
    by a year carried over from the total's sentence, which states the total's series for more
    than one year, may be of another year than the total, so the reading is a candidate that
    only a slip breaks
    ("Trade reached 43.85 trillion yuan in 2024. Exports rose to ..." carries its one year)."""
    carried = any(not p.sure_period and p.sentence != total.sentence for o in options for p in o)
    # (a comparison base is no year the series is stated for: "rose to $18.7 billion from $33.9 billion")
    years = {n.period for n in graph.sentence_of(total)
             if n.period and is_level(n) and n.concept == total.concept and not is_compared(n)}
    return carried and len(years) > 1


def _one_statement(total: Node, options: list[list[Node]]) -> bool:
    """One figure for each side, all of the total's paragraph and of its stated period."""
    return total.sure_period and all(
        len(o) == 1 and o[0].paragraph == total.paragraph and o[0].period is not None
        and periods_equal(o[0], total) for o in options)


def composition(total: Node, parts: list[tuple[Node, int]], exact: bool, sign: int = 1) -> Relation:
    """sign: −1 when the total is the size of a balance its words call negative."""
    signs = [s for _, s in parts]

    def times(s: int) -> str:
        return f"{abs(s)} × " if abs(s) != 1 else ""

    label = " ".join(f"{'' if i == 0 and s > 0 else ('+ ' if s > 0 else '− ')}{times(s)}{_name(p)}"
                     for i, (p, s) in enumerate(parts)).strip()
    template = " ".join(f"{'' if i == 0 and s > 0 else ('+ ' if s > 0 else '− ')}{times(s)}{{{i}}}"
                        for i, s in enumerate(signs)).strip()
    # changes carry their direction: "exports fell $1.1bn" is −1.1 in the sum
    k = tuple(s * signed(p) for p, s in parts)
    kt = signed(total) * sign
    if sign < 0:
        label, template = f"−({label})", f"−({template})"
    return Relation("parts-total", "sum" if all(s > 0 for s in signs) else "difference",
                    [p for p, _ in parts], total, Linear(k, kt),
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
