"""The segment a clause's subject names owns the series its verb of recording states.

Class: a sector, segment, industry, division or market as the subject of a verb that reports
a series ('saw', 'recorded', 'posted', 'registered'), with or without an aside between them:
'The investment sector – which is made up mostly of apartments – saw sales reach KD75
million', 'The manufacturing sector saw output rise 3.2 percent', 'the retail segment
recorded revenue of $4.5 million'. The figures' series is that segment's ('investment sector
sales'), not the whole's, which another sentence may state beside it. Pure: no I/O."""

from __future__ import annotations

import re

from factcheck.extract.frame.positions import claim_span
from factcheck.models import Claim

_SEGMENT_SUBJECT = re.compile(
    r"\b(?P<seg>(?:(?!(?:the|a|an|its|their|this|that|and|or|while|whereas|but|of|in|for)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:sector|segment|industry|division|market))"
    r"\s*(?:[–—]\s*[^–—.;]{0,160}?[–—]\s*|\([^()]{0,120}\)\s*|,\s*(?:which|that|where)\b[^,;.]{0,120},\s*)?"
    r"(?:saw|recorded|posted|registered|reported|logged|booked|witnessed)\s+(?:its\s+|their\s+)?"
    r"(?P<noun>[a-z][\w-]*)\b", re.I)


def name_segments(claims: list[Claim]) -> None:
    """Prefix the segment to the series of the figures its clause reports."""
    if not claims:
        return
    sentence = claims[0].sentence
    lowered = sentence.lower()  # the pattern ignores case, so the cheap gate must too ("the Retail Segment")
    if not any(w in lowered for w in ("sector", "segment", "industry", "division", "market")):
        return
    for m in _SEGMENT_SUBJECT.finditer(sentence):
        segment, noun = m.group("seg").strip().lower(), m.group("noun").lower()
        stop = sentence.find(";", m.end())
        clause_end = stop if stop >= 0 else len(sentence)
        for c in claims:
            start = claim_span(c)[0]
            metric = (c.metric or "").lower()
            if not m.end() <= start <= clause_end or not metric or segment in metric:
                continue
            if metric == noun or metric.startswith(noun + " "):
                c.metric = f"{segment} {c.metric}"
