"""Roles a percentage takes from what it is predicated of, read after roles.py has framed each
figure on its own: the noun of change a percentage completes as its subject complement or
its 'of' complement ('the percentage change was 27%', 'differences of 43% and 19%'), with
the bare percentages coordinated after it; and the earlier reading of a share, set against
it in a relative or temporal clause ('8% of arrivals, compared to 2019 which stood at 11%',
'1% of the total, which was 4% in 2019').

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

_APPROX = r"(?:(?:about|around|nearly|almost|some|just|roughly|approximately|over|under)\s+)?"
# the nouns of change, singular and plural, and the way each goes ('change' and 'difference'
# go neither way: the sign of the figure says)
_NOUN_DIRECTION = {"change": None, "difference": None, "variation": None, **role_words.NOUN_DIRECTION}
_NOUNS = "|".join(_NOUN_DIRECTION)
# a noun of change (two modifiers at most: 'the corresponding percentage changes'), what it is
# a change in, then a copula or 'of' and the figure: the figure is the size of that change
# ('a change of 4%' only right after the noun: 'the change in rules means a rate of 4%' is
# the rate's)
_CHANGE_PREDICATE = lazy(r"\b(?P<n>" + _NOUNS + r")(?:s|es)?"
                         r"(?:(?:\s+(?:in|of|for|between)\s+(?:the\s+|its\s+|their\s+)?(?P<pp>[a-z][a-z -]{0,50}?))?"
                         r"\s*,?\s*(?:was|were|is|are|has\s+been|have\s+been|stood\s+at|came\s+to|amounted\s+to)\s+|\s+of\s+|\s*:\s*)"
                         + _APPROX + r"[+\-−]?\s*$", re.I)
_WORD = lazy(r"[a-z-]+", re.I)
_SHARE_WORD = lazy(r"share|proportion|percentage|portion|fraction|stake|ratio", re.I)
_NEW_PHRASE = frozenset({"a", "an", "that", "which", "who", "as", "when", "where", "while", "and", "but", "or"})


def _changed_series(phrase: Optional[str]) -> bool:
    """The words after 'change in' name what changed ('the change in ferry fares'): no
    article, conjunction or verb opening another phrase, and no rate or share the figure
    could be the size of ('the change in the jobless rate was 5%')."""
    words = [w.lower() for w in _WORD.findall(phrase or "")]
    if any(w in _NEW_PHRASE or grammar.is_verbal(w) for w in words):
        return False
    return not (words and (words[-1] in role_words.frame_words("rate_nouns") or _SHARE_WORD.fullmatch(words[-1])))


# bare members coordinated after the first: ', 27%, and 22%', ' and 19%'
_MEMBER_GAP = lazy(r"\s*(?:,\s*(?:and\s+)?|,?\s*and\s+)" + _APPROX)


def _points(c: Claim) -> bool:
    return "point" in c.surface.lower() or "pp" in (c.unit or "").lower()


def _direction(noun: str, c: Claim) -> Optional[str]:
    direction = _NOUN_DIRECTION[noun.lower()]
    if direction is None and c.value < 0:
        return "down"
    return direction or c.direction


def change_complements(claims: list[Claim]) -> None:
    """'The change in sales was 27%', 'a difference of 19%', 'the increases were 12% and 9%':
    a percentage that completes a noun of change is that change in relative terms (a growth,
    its direction the noun's, or for 'change' and 'difference' the sign's); bare percentages
    coordinated after it are members of the same predicate. A percentage 'of' a whole after
    it stays a share; a figure read as a level, change or ratio keeps its role."""
    i = 0
    while i < len(claims):
        c = claims[i]
        i += 1
        if c.kind != K.PERCENT or c.role not in (R.RATE, R.SHARE) or _points(c):
            continue
        start, end = claim_span(c)
        left = c.sentence[max(0, start - 110): start]
        m = _CHANGE_PREDICATE.search(left)
        if m is None or role_words.PERCENT_OF.match(c.sentence, end) or not _changed_series(m.group("pp")):
            continue
        noun = m.group("n")
        members = [c]
        while i < len(claims):
            n = claims[i]
            if n.kind != K.PERCENT or n.role not in (R.RATE, R.SHARE) or _points(n) \
                    or not _MEMBER_GAP.fullmatch(c.sentence[claim_span(members[-1])[1]: claim_span(n)[0]]) \
                    or role_words.PERCENT_OF.match(n.sentence, claim_span(n)[1]):
                break
            members.append(n)
            i += 1
        for member in members:
            member.role, member.direction = R.GROWTH, _direction(noun, member)
            member.context.pop("share_of", None)
            if member.direction:
                member.context["change"] = member.direction


# a figure's own earlier reading, set against it: 'compared to 2019 which stood at',
# '(,) which was … in 2019', 'against 2019 when it was', 'down from 2019, when the figure stood at'
_YEARISH = r"(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+same\s+period\s+(?:of|in)\s+(?:19|20)\d\d)"
_EARLIER_READING = lazy(r"\s*(?:of\s+[^.;:,\d%()]{1,60}?)?\s*,?\s*"
                        r"(?:(?:(?:as\s+)?compared\s+(?:to|with)|against|versus|vs\.?|(?:up|down)\s+from|from)\s+(?P<year>" + _YEARISH + r")\s*,?\s*)?"
                        r"(?:which|when\s+(?:it|the\s+(?:figure|share|proportion|percentage))|where\s+it)\s+"
                        r"(?:was|stood\s+at|had\s+been|amounted\s+to|were)\s+" + _APPROX, re.I)
_TIME_AFTER = lazy(r"\s+(?:in|during|for)\s+" + _YEARISH + r"|\s+" + _YEARISH, re.I)
_COMPARATIVE_AFTER = lazy(r"\s*(?:percentage\s+points?\s+)?(?:more|less|fewer|higher|lower|above|below|up|down|greater|smaller)\b", re.I)


def earlier_shares(claims: list[Claim]) -> None:
    """'passengers from the region made up 8%, compared to 2019 which stood at 11%', 'Italy's
    share stood at 1%, which was 4% in 2019': a percentage a relative or temporal clause sets
    against a share, as the same part at another time (a year in the clause or right after the
    figure), is a share too. A comparative after it ('which was 3% more') makes it a change."""
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        if c.kind != K.PERCENT or c.role != R.RATE or p.kind != K.PERCENT or p.role != R.SHARE:
            continue
        end = claim_span(c)[1]
        m = _EARLIER_READING.fullmatch(c.sentence, claim_span(p)[1], claim_span(c)[0])
        if m is None or _COMPARATIVE_AFTER.match(c.sentence, end):
            continue
        if m.group("year") or _TIME_AFTER.match(c.sentence, end):
            c.role = R.SHARE

