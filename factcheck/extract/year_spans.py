"""A span of years in brackets after a name: a life, a reign, an era ("(1939–1945)",
"(221 BC–AD 9)"); a fiscal year's "(2023-24)" after a figure is its period, no span.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K, Q
from factcheck.extract.mention import Mention


YEAR_RANGE = re.compile(
    r"\((?:(?:from|between)\s+)?(?:c\.\s*|circa\s+)?(?P<a>\d{1,4})\s*(?P<era1>AD|CE|BC|BCE)?\s*"
    r"(?:-|–|—|to|and)\s*(?P<b>\d{1,4})\s*(?P<era>AD|CE|BC|BCE)?(?:\s+inclusive)?(?:\)|(?P<label>:))",
    re.I,
)
_ERA_WORDS = re.compile(
    r"\b(?:dynast(?:y|ies)|period|era|reign|empire|kingdom|plans?|war|rule|lived|life|born|centur(?:y|ies)|"
    r"republic|regime|presidency|administration|term|tenure|years?|age|epoch|occupation|revolution)\b",
    re.I,
)

_FIGURE_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|trillion|bn|mn|percent|per\s?cent))\s*$", re.I)


def read_year_range(sentence: str, m: re.Match) -> Optional[Mention]:
    """"(1939–1945)" after a name: a span of years; None where the brackets give a figure's
    fiscal year or a span no era words or name frame."""
    a, b = int(m.group("a")), int(m.group("b"))
    raw_b = m.group("b")
    before = sentence[max(0, m.start() - 60): m.start()]
    era_context = bool(_ERA_WORDS.search(before)) or bool(m.group("era") or m.group("era1"))
    if len(m.group("a")) == 4 and len(raw_b) == 2:
        if not era_context:
            return None  # "(2023-24)": a fiscal year, an anchor
        b = a // 100 * 100 + b
        if b <= a:
            b += 100
    bc = (m.group("era") or m.group("era1") or "").upper() in ("BC", "BCE")
    if bc:
        a, b = -a, -b
        if b <= a and (m.group("era1") or "").upper() not in ("BC", "BCE"):
            b = -b  # "(221 BC-AD 9)" style spans are rare; keep AD end
    if b <= a:
        return None
    if b == a + 1 and not era_context and _FIGURE_BEFORE.search(before):
        return None  # "a budget of 267.5 billion (2022-2023)": the figure's fiscal year, an anchor
    if not (a >= 1000 or era_context or re.search(r"[A-Z][\w-]*\s*$", before)):
        return None
    if b > 2200:
        return None
    # "(2001 to 2004: 400 per year)": a span labelling the figure after it, which stays its own
    start, end = (m.start() + 1, m.start("label")) if m.group("label") else m.span()
    return Mention(
        start=start, end=end, value=float(a), end_value=float(b), unit="year",
        kind=K.YEAR_RANGE, qualifier=Q.RANGE, precision=1.0, raw=sentence[start:end],
    )
