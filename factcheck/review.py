"""Review decisions: pure updates of a claim file's review blocks, and the walk over
flagged claims that the interactive `factcheck review` drives."""

from __future__ import annotations

import datetime as _dt
import getpass
import os
import subprocess
from dataclasses import dataclass
from typing import Callable, Optional

from factcheck.errors import UsageError
from factcheck.models import Claim, ClaimFile, Review, ReviewStatus, Verdict

DECISIONS = {
    "v": ReviewStatus.VERIFIED.value,
    "d": ReviewStatus.DISPUTED.value,
    "f": ReviewStatus.FALSE.value,
    "i": ReviewStatus.IGNORED.value,
}
KEYS_HELP = "[v]erified [d]isputed [f]alse [i]gnored [s]kip [n]ote [r]eference [b]ack [q]uit"


def reviewer() -> str:
    """git user.name, else the login name."""
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
        if name:
            return name
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except Exception:  # getpass raises several kinds where no login name exists
        return os.environ.get("USER") or "unknown"


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def parse_status(status: str) -> str:
    s = status.strip().lower()
    valid = [r.value for r in ReviewStatus]
    if s not in valid:
        raise UsageError(None, f"unknown review status '{status}' (one of: {', '.join(valid)})")
    return s


def apply_decision(cf: ClaimFile, claim_id: str, status: str, note: Optional[str] = None,
                   by: Optional[str] = None, at: Optional[str] = None) -> Claim:
    """Record a decision on one claim of a claim file (in memory). Raises UsageError for an unknown id."""
    status = parse_status(status)
    for c in cf.claims:
        if c.id == claim_id:
            previous = c.review.previous
            c.review = Review(status=status, by=by or reviewer(), at=at or now(),
                              note=note if note is not None else c.review.note, previous=previous)
            if status == ReviewStatus.UNREVIEWED.value:
                c.review = Review(previous=previous, note=note)
            return c
    raise UsageError(cf.path, f"no claim with id '{claim_id}'")


def to_review(cf: ClaimFile, include_unverified: bool = False, include_decided: bool = False) -> list[Claim]:
    """Flagged claims first, then (with include_unverified) the unverified ones, in text
    order; claims already decided are left out unless include_decided, so that a review
    resumes where it stopped."""
    flagged = [c for c in cf.claims if c.flagged]
    if include_unverified:
        flagged += [c for c in cf.claims if c.check.verdict == Verdict.UNVERIFIED.value]
    if not include_decided:
        flagged = [c for c in flagged if c.review.status == ReviewStatus.UNREVIEWED.value]
    return flagged


@dataclass
class Step:
    action: str  # 'decide', 'skip', 'back', 'note', 'quit'
    status: Optional[str] = None
    note: Optional[str] = None


def walk(items: list[tuple[ClaimFile, Claim]], ask: Callable[[ClaimFile, Claim, int, int], Step],
         save: Callable[[ClaimFile, Claim, str, Optional[str]], None]) -> int:
    """Walk claims one at a time; `ask` returns the reviewer's Step, `save` records at once
    (so quitting half way loses nothing). A note is saved when it is typed, with the
    claim's current status, so whatever key follows (skip, back, quit) keeps it; a later
    decision keeps it too. Returns the number of decisions."""
    i = 0
    decided = 0
    while 0 <= i < len(items):
        cf, claim = items[i]
        step = ask(cf, claim, i, len(items))
        if step.action == "quit":
            break
        if step.action == "back":
            i = max(0, i - 1)
            continue
        if step.action == "skip":
            i += 1
            continue
        if step.action == "note":
            save(cf, claim, claim.review.status, step.note or "")
            continue
        if step.action == "decide" and step.status:
            save(cf, claim, step.status, step.note)
            decided += 1
            i += 1
    return decided
