"""The measure phrase 'by N%': a percentage that 'by' introduces measures a difference, the
size of a change or of a comparison ('production increased across the region, in the week
to Sunday, by 10.6%', 'smaller by 25.7% than a year before', 'an increase of 23.4% by EU
visitors and by 5.9% by the rest'), however far its verb or comparative stands: a growth.
roles.py reads the verb right before 'by'; this reads what it leaves a bare rate.

Not a measure: the agent of a passive ('approved by 65% of members', 'backed by 40%'), a
part of a whole ('by 30% of firms').

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import grammar, role_words
from factcheck.extract.kinds import K, R
from factcheck.extract.patterns import lazy
from factcheck.extract.frame.positions import claim_span
from factcheck.models import Claim

_BY_BEFORE = lazy(r"(?:(?P<aux>\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?)?(?P<before>\b[\w-]+))?\s*,?\s*\bby\s+"
                  r"(?:(?:about|around|nearly|almost|some|just|roughly|approximately|over|more\s+than|less\s+than|only)\s+)?[+\-−]?\s*$", re.I)
_WORD = lazy(r"[A-Za-z-]+")
# where the clause of the change begins: what stands before is another statement's
_SENTENCE_BREAK = lazy(r"[;:]|\.\s", re.I)
_COMPARATIVES = {"more": "up", "higher": "up", "greater": "up", "larger": "up", "bigger": "up", "above": "up",
                 "less": "down", "lower": "down", "fewer": "down", "smaller": "down", "below": "down"}


def _direction_back(sentence: str, start: int) -> Optional[str]:
    """The way the nearest verb, noun of change or comparative before the figure goes, within
    its sentence part (back to a semicolon, a colon or a full stop)."""
    left = sentence[max(0, start - 220): start]
    cut = list(_SENTENCE_BREAK.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    for w in reversed(_WORD.findall(left)):
        d = grammar.change_direction(w) or _COMPARATIVES.get(w.lower())
        if d:
            return d
    return None


def by_measures(claims: list[Claim]) -> None:
    """A percentage after 'by' that no reader framed (a rate) is a growth where a word of
    change or a comparative stands before it in its sentence part: its direction the nearest
    one's. With none, 'by' measures nothing ('exports covered imports by 9.3%', 'the highest
    rate was recorded in Madaba by 23.9%') and the rate stays. The agent of a passive verb ('approved by', 'backed by') and a
    part of a whole after it ('by 30% of firms') are left alone."""
    for c in claims:
        if c.kind != K.PERCENT or c.role != R.RATE or "point" in c.surface.lower():
            continue
        start, end = claim_span(c)
        m = _BY_BEFORE.search(c.sentence, max(0, start - 60), start)
        if m is None or role_words.PERCENT_OF.match(c.sentence, end):
            continue
        before = (m.group("before") or "").lower()
        if m.group("aux") and grammar.is_verbal(before) and not grammar.change_direction(before):
            continue  # a passive's agent: 'was approved by 65%' (not 'deepened by 23%')
        direction = _direction_back(c.sentence, start)
        if direction is None:
            continue  # no change or comparison to measure: 'exports covered imports by 9.3%'
        c.role, c.direction = R.GROWTH, "down" if c.value < 0 else direction
        c.context["change"] = c.direction
