"""One change with two coordinated bases (issue 8's class): "an increase of 23.4 percent from
the 47,595 recorded in June and the 58,711 reported in July". The change is measured from
the coordination, not from either figure alone: testing it against the first (or the second)
as its earlier level flags a change that is not one of them. The change is marked
(context "coordinated_bases"), and the relations engine tests it against no level.

A change with one base ("23.4 percent from the 58,711 recorded in July"), a from–to pair
("from 47,595 in June to 58,711 in July") and changes distributed by "respectively" ("rose
5% and 7% from 100 and 200 respectively": one base each) keep their bases.

Pure: no I/O.
"""

from __future__ import annotations

import re

from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K, R
from factcheck.models import Claim

__all__ = ["mark"]

# the words between a change and its base: "from the", "over", "compared with the",
# "against that of", after a few words at most ("… percent in August from the")
_TO_BASE = re.compile(
    r"[^.;:()\d]{0,30}?\b(?:from|over|on|against|than|compared\s+(?:with|to)|relative\s+to|versus)\s+"
    r"(?:(?:the|a|its|their|that\s+of|those\s+of)\s+)?(?:(?:about|around|nearly|some|roughly)\s+)?$", re.I)
# between the two bases: their own dating or verb ("recorded in June"), then "and" or "as well
# as" and the second base's article; no figure, clause stop or contrast between them
_AND_BASE = re.compile(
    r"(?![^.;:\d]*\b(?:respectively|while|whereas|but)\b)[^.;:()\d]{0,60}?\s(?:and|as\s+well\s+as)\s+"
    r"(?:(?:the|a|its|their|that\s+of|those\s+of)\s+)?(?:(?:about|around|nearly|some|roughly)\s+)?$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_CHANGE_ROLES = (R.GROWTH, R.CHANGE)
_LEVEL_KINDS = (K.MONEY, K.COUNT, K.MEASURE)


def _level(c: Claim) -> bool:
    return c.kind in _LEVEL_KINDS and c.role not in _CHANGE_ROLES


def mark(claims: list[Claim]) -> None:
    """Mark each change of one sentence whose base is two coordinated levels of one unit."""
    if len(claims) < 3:
        return
    ordered = sorted(claims, key=lambda c: claim_span(c)[0])
    for i, g in enumerate(ordered[:-2]):
        if g.role not in _CHANGE_ROLES:
            continue
        a, b = ordered[i + 1], ordered[i + 2]
        if not (_level(a) and _level(b) and a.unit == b.unit):
            continue
        sentence = g.sentence
        g_end, a_start = claim_span(g)[1], claim_span(a)[0]
        a_end, b_start = claim_span(a)[1], claim_span(b)[0]
        if not _TO_BASE.match(sentence[g_end:a_start]) or not _AND_BASE.match(sentence[a_end:b_start]):
            continue
        if _RESPECTIVELY.search(sentence, claim_span(b)[1]):
            continue
        g.context["coordinated_bases"] = True
