"""The arithmetic relations engine: the article's claims form a graph, and generic
identities are tested over it with the rounding each printed figure allows.

    graph.py     nodes (claim, interval, series, concept, subject, period, role) and indexes
    interval.py  the range a printed figure allows; identities evaluated over ranges
    relation.py  an identity over nodes; the number most likely wrong and its correction
    slips.py     realistic slips of a printed figure (shared with `factcheck eval`)
    vocabulary.py  compositions (trade = exports + imports), flows, generic words: data
    common.py    small predicates about a node that several rules share (level, change, forecast)
    compose.py   compositions by definition (trade = exports + imports) and their readings
    breakdown.py parts of a whole its names carry (by a modifier, X and non-X, signs)
    listings.py  parts of a whole the text lists ("Among them", after a colon, "together")
    rules/       one module per family of rules, each a small pure function with a stable id;
                 rules import the modules above, never one another

`analyse()` returns every identity tested (held or not) and the findings; `run_rules()`
only the findings. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from factcheck.models import Article, Claim, Finding, Reference, Verdict
from factcheck.quantities import format_quantity
from factcheck.relations.common import change_word_near, denied
from factcheck.relations.graph import Graph, first_body_line
from factcheck.relations.guards import inputs_a_sibling_owns
from factcheck.relations.registry import RULES, Context
from factcheck.relations.relation import Relation, repair
import factcheck.relations.ruleset as _ruleset  # noqa: F401  (registers the rules, in order)

__all__ = ["RULES", "Analysis", "analyse", "run_rules", "apply_findings", "Relation"]


@dataclass
class Analysis:
    graph: Graph
    relations: list[Relation] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def confirmed(self) -> list[Relation]:
        return [r for r in self.relations if r.holds and r.compare == "="]


def analyse(claims: list[Claim], article: Optional[Article], references: list[Reference],
            only: Optional[set[str]] = None) -> Analysis:
    as_of, headline_line = None, 1
    if article is not None:
        as_of = article.date or (str(article.year) if article.year else None)
        headline_line = first_body_line(article.text, article.body_start)
    graph = Graph.build([c for c in claims if not denied(c)], as_of, headline_line)
    ctx = Context(article, references)
    result = Analysis(graph)
    for rule_id, fn in RULES.items():
        if only and rule_id not in only:
            continue
        for item in fn(graph, ctx):
            if isinstance(item, Relation):
                if item.run().decided:
                    result.relations.append(item)
            else:
                result.findings.append(item)
    result.relations = inputs_a_sibling_owns(result.relations)
    by_node: dict[int, list[Relation]] = {}
    for r in result.relations:
        for n in r.nodes:
            by_node.setdefault(id(n), []).append(r)
    seen: set[tuple] = set()
    for r in result.relations:
        f = _finding(r, by_node)
        if f is None:
            continue
        key = (f.rule, tuple(sorted(f.claim_ids)), f.flag)
        if key in seen:
            continue  # the same identity found from two sides
        seen.add(key)
        r.finding = f
        result.findings.append(f)
    return result


def run_rules(claims: list[Claim], article: Optional[Article], references: list[Reference],
              only: Optional[set[str]] = None) -> list[Finding]:
    return analyse(claims, article, references, only).findings


_SLIP_NAMES = {"scale_word": "a scale word", "digit_group": "a digit group", "sign_dropped": "a sign",
               "decimal_point": "the decimal point", "zero_dropped": "a zero",
               "transposed": "two digits transposed",
               "mistyped": "a digit mistyped", "solved": None,
               "later_base": "the change divided by the later level, not the earlier"}


def _finding(r: Relation, by_node: dict[int, list[Relation]]) -> Optional[Finding]:
    ids = [n.id for n in (r.result, *r.inputs)]
    if r.holds:
        if r.by_rounding and r.exact:
            return Finding(r.rule, ids, f"{r.arithmetic()}: holds only within the rounding of the printed figures "
                                        f"({_q(r.result)} stated)", flag=False, kind=r.kind)
        return None
    fix = repair(r, by_node)
    if fix is None and not r.exact:
        return None  # a relation the text only suggests, and no single slip explains the gap
    worded = fix is not None and fix.kind == "sign_dropped" and _direction_by_word(fix.node)
    if fix is not None and fix.kind == "sign_dropped" and not r.exact:
        # a change read as a level: the frame's reading, more likely than a slip, unless
        # the identity is one by definition
        return None
    if r.compare == ">=" and r.note:
        reason = f"{r.arithmetic()}, more than the {_q(r.result)} {r.note}"
    elif r.compare == ">=" and r.kind == "comparison":
        reason = f"{r.arithmetic()}, more than the {_q(r.result)} the text ranks above it"
    elif r.compare == ">=":
        reason = f"{r.arithmetic()}, more than the {_q(r.result)} stated for the whole"
    else:
        reason = f"{r.arithmetic()}, but the article states {_q(r.result)}" + (f" ({r.note})" if r.note else "")
    correction = None
    if worded:
        # "fell 1 per cent to 1,896.8 from 1,878.4": the words say one way, the levels the
        # other; no printed sign to mend, so no correction, only the figure to look at
        said = fix.node.claim.direction or fix.node.claim.context.get("change")
        words = {"up": "its words say it rose, its levels that it fell",
                 "down": "its words say it fell, its levels that it rose"}.get(said, "its words go the other way")
        reason += f"; {words}: '{fix.node.claim.surface}' (line {fix.node.claim.line})"
        return Finding(r.rule, ids, reason, kind=r.kind, suspect=fix.node.id)
    if fix is not None:
        correction = f"{fix.node.claim.surface} → {fix.surface}"
        why = _SLIP_NAMES.get(fix.kind)
        reason += f"; most likely wrong: '{fix.node.claim.surface}' (line {fix.node.claim.line})" \
                  f", which would read '{fix.surface}'" + (f" ({why})" if why else "")
    # with no single slip to name, the conversion most others agree with is the yardstick:
    # the figures measured against it are flagged, not it
    yardstick = [] if fix or any(r.result is a for a in r.anchors) else [a.id for a in r.anchors]
    return Finding(r.rule, ids, reason, kind=r.kind, suspect=fix.node.id if fix else None,
                   correction=correction, corrected_value=fix.value if fix else None, yardstick=yardstick)


def _direction_by_word(n) -> bool:
    """A change or growth whose sign is a word the frame read ("negative growth of 7.26%"),
    not a printed sign. A figure with no sign and no word of change near it (a cell of a
    column of signed changes, "Swift 82 386 79%") reads as a rise only for want of a
    sign: a dropped minus sign is then a slip like any other."""
    from factcheck.relations.slips import printed

    p = printed(n.claim.surface)
    if n.role not in ("change", "growth") or p is not None and p.sign:
        return False
    return change_word_near(n.claim)


def _q(n) -> str:
    return format_quantity(n.value, n.unit, n.claim.end)


def apply_findings(claims: list[Claim], findings: list[Finding]) -> None:
    """A failed identity flags the claim most likely wrong, with its correction, and adds
    its reason to the other claims it involves; without a suspect it flags every claim it
    involves but its yardstick, except those a reference supports (the slip is then elsewhere). An
    informative finding adds its reason to its first claim."""
    by_id = {c.id: c for c in claims}
    for f in findings:
        involved = [by_id[cid] for cid in (f.claim_ids if f.flag else f.claim_ids[:1]) if cid in by_id]
        for c in involved:
            if f.reason not in c.check.reasons:
                c.check.reasons.append(f.reason)
            if f.rule not in c.check.rules:
                c.check.rules.append(f.rule)
            if f.flag and (f.suspect in by_id and c.id != f.suspect or c.id in f.yardstick):
                continue  # named in the reason; the suspect (or the figures off the yardstick) carries the flag
            if f.flag:
                if c.check.verdict in (Verdict.UNVERIFIED.value, Verdict.INCONSISTENT.value) or len(involved) == 1:
                    if c.check.verdict != Verdict.CONTRADICTED.value:
                        c.check.verdict = Verdict.INCONSISTENT.value
                if f.suspect == c.id and f.correction:
                    c.check.suspect = True
                    c.check.correction = c.check.correction or f.correction
            elif f.reference and c.check.verdict == Verdict.UNVERIFIED.value:
                c.check.verdict = Verdict.SUPPORTED.value
                c.check.reference = f.reference
                c.check.expected = f.expected
