"""Revised statistics: which published value a claim is compared with, and which
verdicts moved because a reference changed. Pure: no I/O.

A reference carries its current value (published `as_of`) and its earlier values in
`history`. A claim is compared with the latest value, unless its sentence says it
rests on preliminary figures ("according to preliminary data", "flash estimate"):
then with the value as published at the article's date, since that is what the
writer could know. Either way the reason says which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from factcheck.models import Claim, Reference
from factcheck.quantities import format_quantity

# Phrases that say a figure is an early release, not the final one.
PRELIMINARY = re.compile(
    r"\b(?:preliminary|provisional|flash|advance|initial|early|first)\s+(?:official\s+)?"
    r"(?:data|figures?|estimates?|statistics|numbers|readings?|results|count|calculations?)\b"
    r"|\b(?:preliminary|provisional)ly\b|\baccording\s+to\s+(?:preliminary|provisional)\b", re.I)


@dataclass(frozen=True)
class Vintage:
    value: float
    raw_value: float
    as_of: Optional[str]
    status: Optional[str]


def says_preliminary(claim: Claim) -> bool:
    return bool(PRELIMINARY.search(claim.sentence or ""))


def vintages(ref: Reference) -> list[Vintage]:
    """Every published value of a reference, newest first."""
    out = [Vintage(ref.value, ref.raw_value, ref.as_of, ref.status)]
    for h in ref.history:
        out.append(Vintage(h["value"], h.get("raw_value", h["value"]), h.get("as_of"), h.get("status")))
    return out


def as_published(ref: Reference, on: str) -> Optional[Vintage]:
    """The value that stood on a date: the newest published on or before it."""
    for v in vintages(ref):
        if v.as_of and v.as_of <= on:
            return v
    return None


def vintage_for(claim: Claim, ref: Reference, article_date: Optional[str]) -> tuple[Reference, Optional[str]]:
    """The reference as the claim should be compared with it, and a sentence saying
    which value that is (None when the reference was never revised)."""
    if not ref.history:
        return ref, None
    unit = ref.unit_code
    latest = f"{format_quantity(ref.value, unit)}, published {ref.as_of}" if ref.as_of else format_quantity(ref.value, unit)
    if says_preliminary(claim) and article_date:
        then = as_published(ref, article_date[:10])
        if then is None:
            return ref, (f"the article cites preliminary data, but no value had been published by its date "
                         f"({article_date[:10]}); compared with the latest ({latest})")
        if then.as_of == ref.as_of:
            return ref, f"compared with the value as published at the article's date ({latest}), as the article cites preliminary data"
        dated = replace(ref, value=then.value, raw_value=then.raw_value, as_of=then.as_of, status=then.status)
        return dated, (f"compared with the value as published at the article's date "
                       f"({format_quantity(then.value, unit)}, published {then.as_of}), as the article cites "
                       f"preliminary data; since revised to {latest}")
    first = vintages(ref)[-1]
    return ref, (f"compared with the latest value ({latest}); first published as "
                 f"{format_quantity(first.value, unit)}" + (f" on {first.as_of}" if first.as_of else ""))


# ----------------------------------------------------------------------------- moved verdicts


@dataclass(frozen=True)
class Before:
    verdict: str
    reference: Optional[str]
    expected: Optional[str]


def snapshot(claims: Iterable[Claim]) -> dict[str, Before]:
    return {c.id: Before(c.check.verdict, c.check.reference, c.check.expected) for c in claims}


def moved(before: dict[str, Before], claims: Iterable[Claim], lookup) -> list[str]:
    """One line per claim whose verdict changed, with the reference change that moved
    it: 'c-7975130c: supported → contradicted, cn-trade-2024 revised 2025-03-07: 5.98 →
    6.04 trillion CNY'. `lookup(id)` finds a reference."""
    lines = []
    for c in claims:
        old = before.get(c.id)
        if old is None or old.verdict == c.check.verdict:
            continue
        lines.append(f"{c.id}: {old.verdict} → {c.check.verdict}, {_cause(old, c, lookup)}")
    return lines


def _cause(old: Before, claim: Claim, lookup) -> str:
    for ref_id in dict.fromkeys(r for r in (claim.check.reference, old.reference) if r):
        ref = lookup(ref_id)
        if ref is not None and ref.history:
            return f"{ref.id} revised {ref.as_of or 'since'}: {revision_text(ref)}"
    if claim.check.reference and claim.check.reference != old.reference:
        if old.reference:
            return f"now matched to {claim.check.reference} (was {old.reference})"
        return f"new reference {claim.check.reference}"
    if old.reference and not claim.check.reference:
        return f"reference {old.reference} no longer applies"
    if old.expected != claim.check.expected and claim.check.reference:
        return f"{claim.check.reference} changed: {old.expected} → {claim.check.expected}"
    return "the reference data or the checker changed"


def revision_text(ref: Reference) -> str:
    """'5.98 → 6.04 trillion CNY': the previous and the current value, the shared unit once."""
    previous = ref.history[0]["value"]
    a, b = format_quantity(previous, ref.unit_code), format_quantity(ref.value, ref.unit_code)
    na, _, ua = a.partition(" ")
    nb, _, ub = b.partition(" ")
    if ua and ua == ub:
        return f"{na} → {nb} {ub}"
    return f"{a} → {b}"
