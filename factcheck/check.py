"""Check claims against reference values: match by metric, subject, period and unit
dimension; compare aware of rounding, qualifier and tolerance. Pure: no I/O."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.matching import match
from factcheck.models import Article, Check, Claim, Finding, Kind, Qualifier, Reference, Verdict
from factcheck.quantities import format_quantity, percent_diff


def expected_text(ref: Reference) -> str:
    if ref.end is not None and ref.unit_code == "year":
        return format_quantity(ref.value, "year", ref.end)
    return format_quantity(ref.value, ref.unit_code)


def claimed_text(claim: Claim) -> str:
    return format_quantity(claim.value, claim.unit, claim.end)


def tolerance(claim: Claim, ref: Reference, ref_value: float) -> float:
    """What a difference may be and still support the claim: the rounding the claim's
    surface implies, or the reference's own tolerance, whichever is larger."""
    own = (claim.precision or 0.0) / 2.0
    given = 0.0
    if ref.tolerance_abs is not None:
        given = ref.tolerance_abs
    elif ref.tolerance_rel is not None:
        given = abs(ref_value) * ref.tolerance_rel
    return max(own, given, abs(ref_value) * 1e-9)


def compare(claim: Claim, ref: Reference) -> Check:
    from factcheck.extract.units import convert

    ref_value = convert(ref.value, ref.unit_code, claim.unit)
    ref_end = None if ref.end is None else convert(ref.end, ref.unit_code, claim.unit)
    expected = expected_text(ref)
    source = _source_line(ref)
    if ref_value is None:
        return Check(Verdict.UNVERIFIED.value, ref.id, expected, [f"cannot compare {claim.unit} with {ref.unit_code}"], source=source)
    tol = tolerance(claim, ref, ref_value)
    c = claim.value
    q = claim.qualifier
    if claim.kind == Kind.YEAR_RANGE.value or (claim.end is not None and ref_end is not None):
        ok = abs(c - ref_value) <= tol and abs((claim.end or c) - (ref_end if ref_end is not None else ref_value)) <= tol
        reason = None if ok else f"{claimed_text(claim)} differs from reference {expected} ({_cited(ref)})"
    elif q == Qualifier.RANGE.value and claim.end is not None:
        ok = c - tol <= ref_value <= claim.end + tol
        reason = None if ok else f"reference {expected} is outside the stated range {claimed_text(claim)} ({_cited(ref)})"
    elif q == Qualifier.MORE_THAN.value:
        ok = ref_value > c or _at_bound(c, ref, ref_value)
        reason = None if ok else f"'{claim.surface}' but the reference is {expected} ({_cited(ref)})"
    elif q == Qualifier.AT_LEAST.value:
        ok = ref_value >= c - tol
        reason = None if ok else f"'{claim.surface}' but the reference is {expected} ({_cited(ref)})"
    elif q == Qualifier.LESS_THAN.value:
        ok = ref_value < c or _at_bound(c, ref, ref_value)
        reason = None if ok else f"'{claim.surface}' but the reference is {expected} ({_cited(ref)})"
    elif q == Qualifier.AT_MOST.value:
        ok = ref_value <= c + tol
        reason = None if ok else f"'{claim.surface}' but the reference is {expected} ({_cited(ref)})"
    else:
        if q == Qualifier.APPROX.value:
            tol = max(tol, claim.precision or 0.0, abs(c) * 0.05)
        ok = abs(c - ref_value) <= tol
        reason = None if ok else (
            f"{claimed_text(claim)} differs from reference {expected} ({percent_diff(c, ref_value)}; {_cited(ref)})")
    if ok:
        return Check(Verdict.SUPPORTED.value, ref.id, expected, [], source=source)
    return Check(Verdict.CONTRADICTED.value, ref.id, expected, [reason], source=source)


def _at_bound(bound: float, ref: Reference, ref_value: float) -> bool:
    """'more than 2.87 million tourists' against a published 2.87 million: a reference that
    prints the bound itself is rounded like it and cannot tell a strict bound wrong; only one
    that declares itself exact (a tolerance of 0: '40 times') settles the boundary."""
    if ref.tolerance_abs == 0 or ref.tolerance_rel == 0:
        return False
    return abs(ref_value - bound) <= abs(bound) * 1e-9


def _cited(ref: Reference) -> str:
    """Who says so, short enough for a reason: 'Eurostat, dataset ESTAT.NAMA_10_GDP'."""
    s = ref.source
    parts = [str(s.get("publisher") or ref.id)]
    if s.get("dataset"):
        parts.append(f"dataset {s['dataset']}")
    if ref.status:
        parts.append(ref.status)
    return ", ".join(parts)


def _source_line(ref: Reference) -> str:
    s = ref.source
    parts = [str(s.get("publisher"))]
    if s.get("title"):
        parts.append(str(s["title"]))
    parts.append(str(s.get("url")))
    return ", ".join(parts)


# Forecasts, targets and plans. Not "estimated": statistical offices call their
# preliminary figures estimates ("exports are estimated to be USD 493.19 billion"), and
# not the month "May" (the modal is lower-case).
_PROJECTION = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|shall|expect\w*|forecast\w*|project(?:s|ed|ing|ion|ions)?|"
    r"predict\w*|target\w*|aim(?:s|ed|ing)?\s+to|plan(?:s|ned)?\s+to|set\s+to|likely\s+to|on\s+track\s+to|"
    r"goal\s+of|estimated\s+to\s+(?:reach|rise|grow|fall|hit|top|exceed))\b", re.I)


def is_projection(claim: Claim) -> bool:
    """The words just before the number make it a forecast, target or estimate."""
    local = claim.context.get("local")
    if local:
        before = claim.sentence[max(0, local[0] - 70): local[0]]
    else:
        at = claim.sentence.find(claim.surface)
        before = claim.sentence[max(0, at - 70): max(at, 0)]
    return bool(_PROJECTION.search(before))


def check_claims(claims: list[Claim], references: list[Reference], article: Optional[Article] = None,
                 findings: Optional[list[Finding]] = None) -> list[Claim]:
    """Give every claim its Check: reference verdict first, then consistency findings."""
    from factcheck.revisions import vintage_for

    as_of = None
    if article is not None:
        as_of = article.date or (f"{article.year}-12" if article.year else None)
    article_date = article.date if article is not None else None
    for claim in claims:
        m = match(claim, references, as_of, weak=True)
        if m.reference is not None and not m.exact:
            # a reference that only may be the claim's ('May' for the eleven months to May,
            # 'exports' in a text naming no country): the figure agreeing shows it is; a
            # difference shows nothing, not even that the reference is the claim's
            check = compare(claim, vintage_for(claim, m.reference, article_date)[0])
            claim.check = check if check.verdict == Verdict.SUPPORTED.value else Check()
        elif m.reference is not None and is_projection(claim):
            # "visitor numbers will reach 35 million": a forecast is not contradicted by the
            # outcome; a reference that states the same figure (the budget's own projection)
            # supports it
            claim.check = compare(claim, m.reference)
            if claim.check.verdict != Verdict.SUPPORTED.value:
                claim.check = Check(Verdict.UNVERIFIED.value, m.reference.id, expected_text(m.reference),
                                    [f"a projection; the reference value is {expected_text(m.reference)}"],
                                    source=_source_line(m.reference))
        elif m.reference is not None:
            # a revised figure: the latest value, or the one published at the article's date
            ref, which = vintage_for(claim, m.reference, article_date)
            claim.check = compare(claim, ref)
            if claim.check.verdict == Verdict.CONTRADICTED.value and m.metric < 3:
                # the claim names a less specific series ("exports" for "merchandise exports"),
                # or a narrower one ("trade with Belt and Road countries" for "trade"):
                # agreement supports it, a difference may be the rest of the series
                wider = "more specific" if m.metric < 2 else "wider"
                claim.check = Check(Verdict.UNVERIFIED.value, ref.id, claim.check.expected,
                                    [f"the reference is for {ref.metric}, a {wider} series; "
                                     + claim.check.reasons[0]], source=claim.check.source)
            if which:
                claim.check.reasons.append(which)
        elif m.ambiguous:
            ids = ", ".join(r.id for r in m.ambiguous[:4])
            claim.check = Check(Verdict.UNVERIFIED.value, None, None,
                                [f"ambiguous: several references fit ({ids}); state the period or subject"])
        else:
            claim.check = Check()
    from factcheck.relations import apply_findings, run_rules

    if findings is None:
        findings = run_rules(claims, article, references)
    apply_findings(claims, findings)
    return claims
