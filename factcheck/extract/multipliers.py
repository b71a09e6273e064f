""""N times" and "twice": a multiplier when it compares ("three times the outlay",
"grew nine times"), a count of repeated events when a verb of occurrence governs it
("met 40 times").
"""

from __future__ import annotations

import re

from factcheck.extract.patterns import lazy
from factcheck.extract.qualifiers import qualifier_left_of


# "N times" is a multiplier when it compares (what follows names the base: "three times
# the outlay", "12 times that of", "nine times of what it was", "30 times compared with")
# and a count of repeated events when a verb of occurrence governs it ("met 40 times",
# "visited Russia 11 times"). Strong markers compare whatever precedes; weak ones ("the",
# "over", a possessive) yield to a verb of occurrence ("met 40 times over the decade").
COMPARATIVE_AFTER_TIMES = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|"
    r"than|what|that\s+of|those\s+of|of|as\s+(?:\w+\s+)?as|compared|relative|year[- ]on[- ]year|"
    r"the\s+(?:size|level|amount|number|figure|rate|average|value|volume|total|price|cost)s?\b)\b",
    re.I,
)
_WEAK_AFTER_TIMES = re.compile(r"\s+(?:as|the|that|over|its|their|his|her|[A-Z][a-z]+['’]s|those)\b")
# "an increase of 30 times", "grew by almost nine times": the number measures a change.
_MULTIPLIER_LEFT = re.compile(
    r"(?:\b(?:increase|rise|growth|jump|surge|expansion|leap|decrease|decline|drop|fall|reduction|"
    r"contraction)s?\s+(?:of|by)|\b(?:increased|grew|rose|expanded|multiplied|jumped|surged|soared|"
    r"swelled|ballooned|shrank|decreased|declined|differ|differs|differed|diverge[sd]?)(?:\s+by)?|\b(?:up|down)\s+by|\b(?:is|are|was|were|be)"
    r"(?:\s+(?:now|still|already|about|roughly|nearly|almost|around))?)\s+$",
    re.I,
)
# Verbs of occurrence: what they govern happens N times.
_OCCURRENCE_LEFT = lazy(
    r"\b(?:me[te]t?s?|meeting|visit(?:s|ed|ing)?|travel(?:l)?(?:s|ed|ing)?|been|went|gone|go(?:es)?|"
    r"call(?:s|ed)|phon(?:e|ed)|sp[oe]ken?|spoke|talk(?:s|ed)|h[oe]ld|won|wins?|los[te]|play(?:s|ed)|"
    r"attempt(?:s|ed)|tri(?:ed|es)|fail(?:s|ed)|happen(?:s|ed)|occur(?:s|red)|str(?:uck|ikes?)|"
    r"appear(?:s|ed)|tour(?:s|ed)|return(?:s|ed)|came|come|stay(?:s|ed)|repeat(?:s|ed)|vot(?:es|ed)|"
    r"scor(?:es|ed)|fired|launch(?:es|ed)|postpon(?:es|ed)|delay(?:s|ed)|chang(?:es|ed)|revis(?:es|ed)|"
    r"rais(?:es|ed)|cut|hik(?:es|ed)|lower(?:s|ed)|interven(?:es|ed)|convened?|gathered|sat|crashed|"
    r"erupted|flooded|used|done|did|does|do)\b(?:\s+[\w'’-]+){0,3}\s+$",
    re.I,
)


def times_is_multiplier(sentence: str, start: int, pos: int) -> bool:
    """'N times' at sentence[start:pos]: a multiplier, or a count of repeated events?"""
    _, qstart = qualifier_left_of(sentence, start)
    left = sentence[:qstart]
    if COMPARATIVE_AFTER_TIMES.match(sentence, pos) or _MULTIPLIER_LEFT.search(left):
        return True
    if _WEAK_AFTER_TIMES.match(sentence, pos):
        return not _OCCURRENCE_LEFT.search(left)
    return False
