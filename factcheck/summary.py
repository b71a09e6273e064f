"""RunSummary: counts by verdict and review status, file errors; the one exit decision."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from factcheck.errors import FactcheckError
from factcheck.models import REJECTED, SETTLED, ClaimFile, FailOn, Verdict


def counts_toward(verdict: str, review_status: str, fail_on: FailOn, counted: "set[str] | None" = None) -> bool:
    """Does a claim count toward --fail-on? Reviewed as verified/ignored: no (the review
    is the baseline); reviewed as disputed/false: always (unless --fail-on never).
    `counted`: fail_on.verdicts(), when the caller asks of many claims."""
    if fail_on is FailOn.NEVER:
        return False
    if review_status in SETTLED:
        return False
    if review_status in REJECTED:
        return True
    return verdict in (fail_on.verdicts() if counted is None else counted)


@dataclass
class RunSummary:
    files: list[ClaimFile] = field(default_factory=list)
    errors: list[FactcheckError] = field(default_factory=list)
    #: Reference problems skipped under --allow-partial-references: the run says so.
    skipped_references: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, files: Iterable[ClaimFile], errors: Iterable[FactcheckError] = (),
           skipped_references: Iterable[str] = ()) -> "RunSummary":
        return cls(list(files), list(errors), list(skipped_references))

    @property
    def verdicts(self) -> Counter:
        return Counter(c.check.verdict for f in self.files for c in f.claims)

    @property
    def reviews(self) -> Counter:
        return Counter(c.review.status for f in self.files for c in f.claims)

    def failing(self, fail_on: FailOn) -> int:
        counted = fail_on.verdicts()
        return sum(1 for f in self.files for c in f.claims
                   if counts_toward(c.check.verdict, c.review.status, fail_on, counted))

    def exit_code(self, fail_on: FailOn) -> int:
        """2 on any file or usage error, 1 if any claim counts toward the threshold, else 0."""
        if self.errors:
            return 2
        return 1 if self.failing(fail_on) else 0

    def to_dict(self, fail_on: FailOn) -> dict:
        verdicts = self.verdicts
        return {
            "articles": len(self.files),
            "claims": sum(len(f.claims) for f in self.files),
            "verdicts": {v.value: verdicts.get(v.value, 0) for v in Verdict},
            "reviews": dict(sorted(self.reviews.items())),
            "flagged": verdicts.get(Verdict.CONTRADICTED.value, 0) + verdicts.get(Verdict.INCONSISTENT.value, 0),
            "fail_on": fail_on.value,
            "failing": self.failing(fail_on),
            "errors": [e.message for e in self.errors],
            **({"skipped_references": list(self.skipped_references)} if self.skipped_references else {}),
            "exit_code": self.exit_code(fail_on),
        }
