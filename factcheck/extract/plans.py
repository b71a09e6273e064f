"""Changes measured from a plan: a budget, projection or target stated for a figure, then the
outturn and its change ("Customs duties were projected to yield $88,818,500, but have climbed
to $110,332,748, an increase of $21,514,248 or 30 percent"; "Fuel Tax was supposed to
contribute $8,848,140. However, so far, it has yielded $10,948,168, an increase of
$2,100,028"). The plan is the figure the change is compared with (`context["compared"]`); the
change and its restatement have no earlier time (`base_plan`), and, where the plan closes the
sentence before, say so (`plan_before`) for the level-change rule to pair them."""

from __future__ import annotations

import re

from factcheck.extract.kinds import AMOUNTS, R
from factcheck.extract.patterns import lazy
from factcheck.extract.frame.comparisons import _RESTATED_AFTER
from factcheck.extract.frame.positions import claim_span
from factcheck.models import Claim

# a level planned ("projected to yield", "budgeted at", "a target of", "was supposed to contribute")
_PLANNED_BEFORE = lazy(r"\b(?:project(?:ed|ion)|budget(?:ed)?|target(?:ed)?|planned|forecast|supposed\s+to|expected\s+to|"
                       r"earmarked|allocated|estimated\s+to)\b[^.;:\d]{0,30}$", re.I)
# the turn to what came in: "…, but has climbed to", "However, so far"
_CONTRAST_GAP = lazy(r"[^.;:\d]{0,12}\b(?:but|however|yet|whereas|while)\b[^;:\d]{0,60}$", re.I)
_CONTRAST_OPENING = lazy(r"^\W*(?:but|however|yet)\b", re.I)
_CHANGE_AFTER_OUTTURN = lazy(r"\s*,\s*(?:an?\s+)?(?:(?:increase|rise|decrease|decline|drop|fall|shortfall|excess)\s+of\s+)?$", re.I)
_DIGIT = lazy(r"\d")


def _measured_from(plan: Claim, outturn: Claim, change: Claim) -> bool:
    """A planned level, an outturn of its unit, and a change or growth right after the outturn."""
    return plan.role == R.LEVEL and plan.kind in AMOUNTS and outturn.role == R.LEVEL and outturn.unit == plan.unit \
        and change.role in (R.CHANGE, R.GROWTH) and not (change.role == R.CHANGE and change.unit != plan.unit) \
        and _PLANNED_BEFORE.search(plan.sentence, max(0, claim_span(plan)[0] - 50), claim_span(plan)[0]) is not None \
        and _CHANGE_AFTER_OUTTURN.fullmatch(outturn.sentence, claim_span(outturn)[1], claim_span(change)[0]) is not None


def _mark(plan: Claim, changes: list[Claim], across: bool) -> None:
    plan.context["compared"] = True
    first = changes[0]  # and its restatement in the other measure, "$21,514,248 or 30 percent"
    for c in changes[:2]:
        if c.role in (R.CHANGE, R.GROWTH) and (c is first or _RESTATED_AFTER.fullmatch(c.sentence, claim_span(first)[1], claim_span(c)[0])):
            c.context["base_plan"] = True
            if across:
                c.context["plan_before"] = True


def within_sentence(claims: list[Claim]) -> None:
    """Plan, contrast, outturn and change in one sentence."""
    for i in range(len(claims) - 2):
        plan, outturn, change = claims[i], claims[i + 1], claims[i + 2]
        if _measured_from(plan, outturn, change) \
                and _CONTRAST_GAP.fullmatch(plan.sentence, claim_span(plan)[1], claim_span(outturn)[0]):
            _mark(plan, claims[i + 2:], across=False)


def across_sentences(before: list[Claim], claims: list[Claim]) -> None:
    """A sentence that turns ("However", "But") from the plan the sentence before closes with."""
    if not before or len(claims) < 2 or not _CONTRAST_OPENING.match(claims[0].sentence):
        return
    previous = [c for c in before if c.sentence == before[-1].sentence and c.kind in AMOUNTS]
    if not previous:
        return
    plan = previous[-1]
    if _measured_from(plan, claims[0], claims[1]) and not _DIGIT.search(plan.sentence, claim_span(plan)[1]):
        _mark(plan, claims[1:], across=True)
