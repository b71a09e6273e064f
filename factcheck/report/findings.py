"""Which claims are findings, how severe, under which rule: shared by every format that
reports findings (terminal, HTML, SARIF, GitHub), so that they all agree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from factcheck.models import REJECTED, SETTLED, Claim, ClaimFile, FailOn, Verdict
from factcheck.summary import counts_toward

#: What each rule checks, for SARIF's rule metadata and the HTML legend. Rule ids come
#: from the claim files (`check.rules`); an id not listed here is still reported.
RULES = {
    "reference": "The figure disagrees with a curated reference value for the same metric, subject and period.",
    "repeat": "The same figure (metric, subject, period) is stated twice with different values.",
    "parts-total": "Parts and their total disagree (exports + imports = trade, shares over 100%).",
    "share": "A share stated next to its part and whole does not equal part ÷ whole.",
    "level-change": "A level and its stated change disagree with the earlier level.",
    "baseline": "A level stated as a percentage of a baseline implies a baseline that disagrees with its reference.",
    "fx-rate": "Currency conversions in one article imply exchange rates that disagree.",
    "scale": "A figure is a thousand times off what its own arithmetic implies (billion for trillion).",
    "dates": "A year range, anniversary or age disagrees with the span or start year it names.",
    "misprint": "One figure is printed twice, once with a misprint (a scale word, a decimal point, two digits swapped).",
    "review": "A reviewer marked the claim disputed or false.",
}


def is_finding(c: Claim) -> bool:
    """Flagged and not settled by a review, or reviewed as wrong."""
    if c.review.status in REJECTED:
        return True
    return c.flagged and c.review.status not in SETTLED


def is_settled_flag(c: Claim) -> bool:
    """Flagged, but a reviewer verified or ignored it: the baseline."""
    return c.flagged and c.review.status in SETTLED


def rule_ids(c: Claim) -> list[str]:
    """The claim's rules, the reference comparison first when a reference contradicts it."""
    ids = list(c.check.rules)
    if c.check.verdict == Verdict.CONTRADICTED.value and c.check.reference and "reference" not in ids:
        ids.insert(0, "reference")
    if not ids and c.review.status in REJECTED:
        ids.append("review")
    if not ids:
        ids.append(c.check.verdict)
    return ids


def rule_description(rule: str) -> str:
    return RULES.get(rule, f"factcheck rule '{rule}'.")


def level(c: Claim, fail_on: FailOn) -> str:
    """'error' when the claim fails the run at this --fail-on, else 'warning'; 'note' for a
    flag a review settled."""
    if is_settled_flag(c):
        return "note"
    return "error" if counts_toward(c.check.verdict, c.review.status, fail_on) else "warning"


def reasons(c: Claim) -> list[str]:
    """Why it is a finding: the review decision first, then the checker's reasons."""
    out = list(c.check.reasons)
    if c.review.status in REJECTED:
        who = f" by {c.review.by}" if c.review.by else ""
        out.insert(0, f"reviewed as {c.review.status}{who}" + (f": {c.review.note}" if c.review.note else ""))
    if c.check.verdict == Verdict.CONTRADICTED.value and c.check.expected and not any(c.check.expected in r for r in out):
        out.append(f"reference {c.check.expected} ({c.check.reference})")
    return out


@dataclass
class Located:
    cf: ClaimFile
    claim: Claim

    @property
    def path(self) -> str:
        """The article's path (where an editor reads the sentence), else the claim file's."""
        return str(self.cf.article.get("path") or self.cf.path or self.cf.id)


def findings(files: list[ClaimFile], include_settled: bool = False) -> Iterator[Located]:
    for cf in files:
        for c in cf.claims:
            if is_finding(c) or (include_settled and is_settled_flag(c)):
                yield Located(cf, c)


def source_url(c: Claim) -> Optional[str]:
    """The reference's URL, from the source line the checker wrote ('Publisher, title, URL')."""
    import re

    m = re.search(r"https?://\S+", c.check.source or "")
    return m.group(0).rstrip(").,;") if m else None
