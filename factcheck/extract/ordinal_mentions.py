"""Ordinals as quantities: a rank ("ranks 13th in the world", "ranked No. 3", "#1
export"), an event in a series ("the 11th visit", "its 80th anniversary") or a streak
("the third straight year"); never a period ("the second quarter") nor part of a name
("the 20th National Congress").
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K, Q
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import ORDINAL_DIGITS, ORDINAL_WORD, parse_ordinal
from factcheck.extract.patterns import lazy


# ("the third leading partner", "the second-leading cause", "the second top export": "leading"
# and "top" rank as a superlative does)
_SUPERLATIVE = re.compile(r"[\s-]+(?P<sup>(?:most|least)\s+[a-z]\w*|[a-z]+est|leading|top)\b", re.I)
# -est words that are not superlatives.
_NOT_SUPERLATIVE = {"latest", "interest", "west", "forest", "test", "request", "harvest", "protest",
                    "suggest", "rest", "honest", "modest", "earnest", "invest", "arrest", "contest",
                    "digest", "manifest", "nest", "quest", "chest", "guest", "crest", "midwest",
                    "northwest", "southwest", "conquest", "inquest", "unrest", "priest"}
# Words that may sit between an ordinal and its noun ("11th state visit") are adjectives
# or nouns, never function words: "the second of the year" has no noun of its own.
_ORD_CONTENT_WORD = (r"(?:(?!(?:of|the|a|an|in|to|for|and|or|at|on|by|with|from|than|as|is|was|"
                     r"that|this|its|their|his|her|since|after|before|amid|while|when)\b)[a-z][\w-]*)")
_ORD_GAP = _ORD_CONTENT_WORD + r"\s+"
# "third straight year", "fourth consecutive rate cut": the streak's noun runs to a function word.
_STREAK = re.compile(
    r"[\s-]+(?P<adj>consecutive|straight|successive|running)\s+"
    r"(?P<unit>[a-z][\w-]*(?:\s+" + _ORD_CONTENT_WORD + r"){0,2})\b",
    re.I,
)
# Nouns an ordinal numbers as an event in a series ("11th visit", "80th anniversary"):
# occurrences that recur ("the fifth wave", "the third round", "the second tranche").
# Not so the parts of one whole ("the second phase", "the third stage", "the first
# chapter"): like "the second half", they divide a whole and are labels, not counts.
_EVENT = re.compile(
    r"\s+(?:" + _ORD_GAP + r"){0,2}?(?P<noun>visits?|trips?|anniversary|time|tours?|meetings?|summits?|"
    r"editions?|terms?|place|position|sessions?|sittings?|plenum|rounds?|waves?|tranches?|instal(?:l)?ments?|batch(?:es)?|"
    r"payments?|pay-?outs?|disbursements?|flights?|deficits?|surplus(?:es)?|"
    r"iterations?|occasions?|outbreaks?|attempt|victory|win|title|medal|birthday|"
    r"congress|conference|forum|expo|games|championship|season|cut|hike|increase|reduction|rise|"
    r"decline|fall|drop|gain|loss|record|year|month|week|day|quarter)\b"
    # "an eighth month of decline": a period counted as one of a run of like periods, a streak
    r"(?P<row>\s+(?:in\s+a\s+row|in\s+succession|running|of\s+(?:decline|growth|contraction|expansion|deflation|"
    r"(?:increase|decrease|rise|fall|gain|loss|drop)(?:s|es)?)\b))?",
    re.I,
)
# "the second session of the 14th National People's Congress", "the fourth plenary session
# of the Central Committee": a body's sittings are numbered in its own calendar; the
# ordinal is part of the sitting's name.
_SITTING_OF_BODY = lazy(
    r"(?:\s+(?:plenary|full|annual|regular|ordinary|extraordinary|special)\s+(?:sessions?|meetings?))?"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s?\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|[a-z]+(?:th|st|nd|rd)\s+)?[A-Z]")
# Calendar divisions numbered by an ordinal are periods ("the second quarter", "the third
# year of the plan"), unless the ordinal counts a streak ("third year in a row").
_PERIOD_NOUNS = {"quarter", "year", "month", "week", "day", "half"}
# "ranks 13th in the world", "7th in Asia", "came third": a ranking position.
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|placed|came|finished|comes|coming|finishing|is|was|stood|stands|"
                          r"ranking)\s+(?:the\s+|at\s+|in\s+|as\s+)?$", re.I)
# "ranked fourth and fifth overall", "came second, third and sixth": ranks coordinated after the verb
_RANK_COORDINATED = lazy(rf"\b(?:rank(?:s|ed|ing)?|placed|came|finished|stood|stand)\s+(?:the\s+)?"
                         rf"(?:{ORDINAL_WORD}|{ORDINAL_DIGITS})(?:\s*,\s*(?:{ORDINAL_WORD}|{ORDINAL_DIGITS}))*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", re.I)
# and "third in global diamond production", "fourth in value", "the third out of four": a
# place within a measure or a count
_RANK_AFTER = re.compile(r"\s+(?:in|among|on|out\s+of)\s+(?:the\s+(?:world|country|region|list|league|rankings?|table|index)\b|"
                         r"(?:all\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b)|[A-Z]|(?:global|world|worldwide|regional|continental)\s+[a-z]|"
                         r"(?:terms\s+of\s+)?(?:value|volume|size|output|production|sales|revenues?|exports?|imports?|"
                         r"tonnage|capacity|population|area)\b|terms\s+of\b)"
                         # "Parex Bank eighth with 23.5 million euros": a place in a list, held with its figure
                         r"|\s+with\s+(?:[A-Z]{1,3}\$?\s?|[$€£¥]\s?)?\d")


# "comes in at number four", "ranked No. 3", "is number one": a ranking position printed as a
# cardinal after "number" (elsewhere "number 4" labels: "Article number 4", "bus number 9")
_RANK_NUMBER = lazy(r"\b(?:at|is|was|ranks?|ranked|ranking|to|climbed\s+to|rose\s+to|fell\s+to)\s+(?P<no>number|No\.)\s+$",
                    re.I)
# "Georgia's number one export product", "the former No. 1 tourist market", "Tahiti's N° 1
# market": a rank as a named owner's modifier (a label's number has no owner before it;
# "our No. 1 industry" is a speaker's praise)
_RANK_NUMBER_ATTRIBUTIVE = lazy(r"(?:\bthe|[A-Za-z]['’]s)\s+(?:former\s+|new\s+)?"
                                r"(?P<no>number|No\.|N[°º])\s*$", re.I)
# a rank printed with the number sign after a verb of ranking, or as a named owner's modifier
_RANK_HASH = lazy(r"(?:\b(?:at|is|was|are|were|ranks?|ranked|ranking|placed|climbed\s+to|rose\s+to|fell\s+to|"
                  r"dropped\s+to|moved\s+(?:up|down)\s+to)\s+|(?:\bthe|[A-Za-z]['’]s)\s+)(?P<no>#)$", re.I)
_NOUN_NEXT = re.compile(r"\s+[a-z]")
# "ranked first", "came first": the one first that is a ranking position
_RANK_FIRST = re.compile(r"\b(?:rank(?:s|ed)?|placed|came|finished|stood)\s+$", re.I)

# "In second was India", "Second is ferroalloys with USD 57 million": a position fronted
# before its copula at the opening of a clause (a ranked list told in prose)
_FRONTED_RANK = re.compile(r"\s+(?:place\s+)?(?:is|was|were|are|came|comes)\b", re.I)
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*|\b(?:while|and|but)\s+)(?:in\s+)?$", re.I)
_ANNIVERSARY_AFTER = re.compile(r"\s+(anniversary|birthday|jubilee)\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|its|their|our|a\s+record)\s+$", re.I)
_POSSESSED_NOUN = re.compile(r"\s+([a-z][a-z-]+)\b")


_NAME_AFTER_ORDINAL = re.compile(r"\s+[A-Z]|-[A-Z]")
_CENTURY_AFTER = re.compile(r"\s+centur(?:y|ies)\b", re.I)


def read_ordinal(sentence: str, m: re.Match) -> Optional[Mention]:
    raw = m.group(0)
    value = parse_ordinal(raw)
    left = sentence[: m.start()]
    if not value or value == 1 and not _RANK_FIRST.search(left, max(0, len(left) - 20)):
        return None  # "first" is a sequence word far more often than a count
    right = sentence[m.end():]
    if _NAME_AFTER_ORDINAL.match(right):
        return None  # a name: "15th Five-Year Plan", "20th CPC National Congress"
    if _CENTURY_AFTER.match(right):
        return None
    info: dict = {}
    end = m.end()
    sm = _SUPERLATIVE.match(right)
    st = _STREAK.match(right)
    em = _EVENT.match(right)
    if sm and sm.group("sup").lower() not in _NOT_SUPERLATIVE:
        info["noun"] = sm.group("sup")
        info["ordinal_role"] = "rank"
        end = m.end() + sm.end()
    elif st:
        unit = st.group("unit")
        info["noun"] = "consecutive " + unit
        info["ordinal_role"] = "streak"
        end = m.end() + st.end()
    elif em:
        noun, noun_end = em.group("noun"), em.end("noun")
        if noun.lower() in _PERIOD_NOUNS and not em.group("row"):
            if not (am := _ANNIVERSARY_AFTER.match(right, noun_end)):
                return None  # "the second quarter": a period, an anchor
            noun, noun_end = am.group(1), am.end(1)  # "our 50th year anniversary"
        if noun.lower().rstrip("s") in ("session", "meeting", "sitting", "plenum") \
                and _SITTING_OF_BODY.match(right, noun_end):
            return None  # "the second session of China's 12th National People's Congress": a calendar name
        info["noun"] = noun
        # "took second place", "came in the third position": a standing, not an occurrence
        info["ordinal_role"] = "streak" if em.group("row") else "rank" if noun.lower() in ("place", "position") else "event"
        end = m.end() + noun_end
    elif _RANK_BEFORE.search(left, max(0, len(left) - 40)) or _RANK_AFTER.match(right) or _FRONTED_RANK.match(right) \
            and _CLAUSE_OPENING.search(left, max(0, len(left) - 12)) \
            or re.search(r"(?:,|\band|\bor)\s*$", left[-6:]) and _RANK_COORDINATED.search(left, max(0, len(left) - 60)):
        info["ordinal_role"] = "rank"
        rm = _RANK_AFTER.match(right)
        if rm and re.match(r"\s+(?:in|among)\s+(?:the\s+)?(?!terms\s+of\b)[A-Za-z]", right):
            # include the frame of the ranking: "7th in Asia", "13th in the world"
            fm = re.match(r"\s+(?:in|among)\s+(?:the\s+)?[A-Za-z][\w-]*", right)
            end = m.end() + fm.end()
    elif _POSSESSIVE_BEFORE.search(left[-20:]) and (pm := _POSSESSED_NOUN.match(right)) \
            and pm.group(1).lower().rstrip("s") not in _PERIOD_NOUNS | {"quarter", "half", "time"}:
        # "won his eighth award", "her third child": an owner's count of occurrences
        info["noun"] = pm.group(1)
        info["ordinal_role"] = "event"
        end = m.end() + pm.end(1)
    elif "," in raw:
        # "the 10,000th call", "its 1,000,000th visitor": an ordinal of grouped thousands is a
        # milestone count, never a sequence word nor part of a name
        info["ordinal_role"] = "event"
    else:
        return None
    mention = Mention(m.start(), end, float(value), "count", K.ORDINAL,
                      Q.EXACT, precision=1.0, raw=raw, info=info)
    return mention


def _rank(no: re.Match, end: int, raw: str, value: float) -> Mention:
    return Mention(no.start("no"), end, float(value), "count", K.ORDINAL, Q.EXACT, precision=1.0,
                   raw=raw, info={"ordinal_role": "rank"})


def rank_after_number_sign(left: str, raw: str, value: float, end: int) -> Optional[Mention]:
    """A cardinal after the number sign of a rank: "reserves ranked at #17 in the world", "the
    country's #1 export"."""
    if not (left.endswith("#") and value == int(value) and 0 < value < 200):
        return None
    rank = _RANK_HASH.search(left, max(0, len(left) - 30))
    return _rank(rank, end, raw, value) if rank else None


def rank_after_number_word(left: str, right: str, raw: str, value: float, end: int) -> Optional[Mention]:
    """A cardinal after "number" or "No." that ranks: "China comes in at number four", "ranked
    No. 3", "Georgia's number one export product"."""
    if not (value == int(value) and 0 < value < 200):
        return None
    rank = _RANK_NUMBER.search(left, max(0, len(left) - 30))
    if rank is None and _NOUN_NEXT.match(right):
        rank = _RANK_NUMBER_ATTRIBUTIVE.search(left, max(0, len(left) - 30))
    return _rank(rank, end, raw, value) if rank else None
