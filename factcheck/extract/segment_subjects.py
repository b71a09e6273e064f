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
from factcheck.models import Claim, Kind as K

# verbs by which a segment reports a series it owns
_RECORDING_VERBS = "saw|recorded|posted|registered|reported|logged|booked|witnessed"
_SEGMENT_SUBJECT = re.compile(
    r"\b(?P<seg>(?:(?!(?:the|a|an|its|their|this|that|and|or|while|whereas|but|of|in|for)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:sector|segment|industry|division|market))"
    r"\s*(?:[–—]\s*[^–—.;]{0,160}?[–—]\s*|\([^()]{0,120}\)\s*|,\s*(?:which|that|where)\b[^,;.]{0,120},\s*)?"
    r"(?:" + _RECORDING_VERBS + r")\s+(?:its\s+|their\s+)?"
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


# "the oil and gas sector had suffered a deficit of $0.68 billion …, reaching $1.27 billion and
# imports at $1.95 billion", "In the mining sector, exports reached …": a sector that is its
# clause's subject (or a fronted "In the … sector,") owns the bare flows its sentence states
_SECTOR_NOUNS = ("sector", "segment", "industry")
_SECTOR_SUBJECT = re.compile(
    r"(?:^|\bthat\s+|^In\s+|[.;]\s+In\s+)(?:the|its|their)\s+"
    r"(?P<seg>(?:(?!(?:the|a|an|its|their|this|that|or|while|whereas|but|of|in|for|to|from|by)\b)[a-z][\w-]*\s+){1,4}?)"
    r"(?:" + "|".join(_SECTOR_NOUNS) + r")\b"
    r"(?P<after>\s*,|\s+(?:(?:had|has|have|was|were)\s+)?(?:" + _RECORDING_VERBS
    + r"|suffered|ran|showed|earned|generated|had|has|incurred)\b)", re.I)
_BARE_FLOW = re.compile(r"(?:exports?|imports?|deficit|surplus|trade\s+(?:deficit|surplus|balance)|balance|revenues?|"
                        r"sales|output|production)", re.I)
_CONTRAST = re.compile(r";|\b(?:while|whereas|but)\b", re.I)
_ANOTHER_SECTOR = re.compile(r"\b(?:" + "|".join(_SECTOR_NOUNS) + r")\b", re.I)


def sector_flows(claims: list[Claim]) -> None:
    """Prefix a subject sector to the bare money flows (and their rates) of its sentence
    ('exports' → 'oil and gas exports'), up to a contrast (';', 'while', 'whereas', 'but'),
    which may open another subject's clause. Money only: a physical output names its good
    ('produced 667,173 tonnes of copper'), which the sector would hide."""
    if not claims:
        return
    sentence = claims[0].sentence
    if not any(w in sentence.lower() for w in _SECTOR_NOUNS):
        return
    m = _SECTOR_SUBJECT.search(sentence)
    if m is None or m.group("after").strip() == "," and not m.group(0).lstrip(".; ").lower().startswith("in "):
        return
    if any(claim_span(c)[0] < m.start() for c in claims):
        return  # a figure before it: the sector is not the sentence's one subject
    segment = " ".join(m.group("seg").lower().split())
    stop = _CONTRAST.search(sentence, m.end())
    end = stop.start() if stop else len(sentence)
    # "…, and the property sector a surplus of 21.7 million": another sector's gapped clause
    other = _ANOTHER_SECTOR.search(sentence, m.end(), end)
    end = other.start() if other else end
    for c in claims:
        metric = (c.metric or "").strip()
        if c.kind in (K.MONEY, K.PERCENT) and m.end() <= claim_span(c)[0] < end and _BARE_FLOW.fullmatch(metric) \
                and segment not in metric.lower():
            c.metric = f"{segment} {metric}"
