"""Where a figure sits in its sentence, for the frame's rules: its local span, whether a
comparison word stands right before it, the brackets and the words between two figures.
Pure: no I/O.
"""

from __future__ import annotations

import functools
import re

from factcheck.extract import grammar
from factcheck.extract.periods import TimeExpr
from factcheck.extract.kinds import K
from factcheck.models import Claim
from factcheck.extract.patterns import lazy, triggered
from factcheck.extract.vocabulary import LETTERS


# A number introduced as the other side of a comparison: its own period is the base of
# the changes around it ("up from $70.8 billion in August").
COMPARED_BEFORE = triggered(lazy(r"\b(?:from|than|(?:as\s+)?compared\s+(?:with|to)|"
                             # "This compares with 252,300 in June 2022": the verb's present names the other side too
                             r"compares?\s+(?:with|to)|in\s+comparison\s+(?:with|to)|with\s+respect\s+to|versus|vs\.?|(?:as\s+)?against|over|"
                             # "$40 million above the $219 million budget for FY2020" (not "above 5%")
                             r"(?:above|below)(?=\s+the\b)|"
                             # "rose 0.5 percent after rising 0.2 percent in December"
                             r"(?:after|following)(?:\s+(?:a|an|rising|falling|growing|increasing|decreasing|declining|gains?|rises?|falls?|drops?|declines?)\b)*"
                             # "$689 million in 2016, after being estimated at $222 million in 2009"
                             r"(?:\s+(?:being|having\s+been|standing|totall?ing)(?:\s+(?:estimated|recorded|registered|put|valued|reported|assessed))?\s+at)?)"
                             r"\s+(?:a\s+revised\s+|an?\s+|the\s+)?"
                             # "from the revised figure of P5.925 billion": a noun that only names the figure
                             # "over the latest estimate for 2018 of $216,871 million": and the year it is for
                             # "over the record of 23,031", "from a peak of 1.2 million": an extreme
                             # reading named by its rank is a figure of that series too (not after
                             # above or below: "rose 4%, still below the peak of 9.1 million" is no base)
                             r"(?:(?:revised\s+|previous\s+|earlier\s+|provisional\s+|latest\s+|former\s+|all-time\s+)?"
                             r"(?:figure|level|total|value|tally|amount|sum|estimates?|outturn"
                             # "worsened to N$3.3 billion from the revised deficit of N$619 million recorded
                             # in March", "compared with a surplus of $243 million in June last year": a
                             # balance named by its sign is a figure of that series too
                             r"|deficit|surplus|shortfall"
                             r"|(?<!above the )(?<!below the )(?<!above a )(?<!below a )(?:record|peak|high|low))"
                             r"(?:(?:\s+for\s+(?:19|20)\d\d)?\s+of\s+"
                             # "compared to the value recorded in the corresponding quarter of
                             # last year (N7.5 trillion)": the time that names the other side
                             r"|\s+(?:recorded|registered|reported|posted)\s+(?:in|during|for|over|at)\s+))?"
                             r"(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I),
                          ("from", "than", "compar", "respect", "versus", "vs", "against", "over", "after", "following", "above", "below"))
PERIODIC_KINDS = {K.MONEY, K.PERCENT, K.PERCENTAGE_POINT, K.MEASURE}


@functools.lru_cache(maxsize=64)
def compared_before(tail: str) -> bool:
    """COMPARED_BEFORE asked of the 40 characters before a figure: a figure's time, its
    role and its neighbours' ask it of the same slice several times (kept for the last
    few figures only)."""
    return COMPARED_BEFORE.search(tail) is not None


claim_span = Claim.local.fget  # a plain function: called tens of times per claim


def _brackets(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost parenthesis of the sentence."""
    out, depth, start = [], 0, 0
    for m in _PAREN.finditer(sentence):  # only the brackets, not every character
        i = m.start()
        if m.group() == "(":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


_PAREN = re.compile(r"[()]")


def _within(inner: TimeExpr, outer: TimeExpr) -> bool:
    a, b = inner.span, outer.span
    return a is not None and b is not None and a != b and b.start <= a.start and a.end <= b.end


def _words_between_figures(sentence: str, a: int, b: int, claims: list[Claim]) -> list[str]:
    """The words from a to b outside the figures' own surfaces: in "238,000 arrivals and
    640,000 overnight stays in January", 'stays' is the noun a figure counts, no verb."""
    words = []
    for m in LETTERS.finditer(sentence, a, b):
        if not any(claim_span(c)[0] <= m.start() and m.end() <= claim_span(c)[1] for c in claims):
            words.append(m.group(0))
    return words


def _finite(word: str) -> bool:
    """A verb that makes a clause of its own ('were released', 'rose'), not a participle
    inside a noun phrase ('more people finding work in Q2')."""
    return grammar.is_verbal(word) and not word.lower().endswith("ing")
