"""The words and phrase shapes that tell a figure's role, shared by the two readings of
roles, `roles` (one figure, from the words around it) and `sentence_roles` (a sentence's
figures together), and by `role_partners` and `measure_phrases`: the frame lexicon's word
lists; nouns of change and of difference, with the direction they give; whether words name a
change or a rate (a percentage near them is then no part of a whole); and the pieces of
phrase both readings match (qualifier slots, a comparative after an amount, verbs that
compare with a base, 'by' before a figure, 'of the total' after one, the words of the clause
that leads up to a figure).

Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import grammar
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.patterns import lazy
from factcheck.extract.vocabulary import LETTERS
from factcheck.models import Claim


@functools.cache
def frame_words(key: str) -> frozenset[str]:
    """The words of the frame lexicon's list `key` ("object" joins the two object lists)."""
    from factcheck.extract import lexicon

    table = lexicon.load("frame_words")
    if key == "object":
        return frozenset([*table.get("object_up", ()), *table.get("object_down", ())])
    return frozenset(table.get(key, ()))


# --- nouns of change and of difference, and the direction they give ---
NOUN_DIRECTION = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "decrease": "down", "decline": "down",
                   "drop": "down", "fall": "down", "reduction": "down"}
# Nouns of change name the figure beside them a change ("an increment of", "a 4% bump", "a
# slight deterioration of"), read by class (grammar.change_noun_direction: the lexicon's nouns
# and the nouns derived from its verbs), so the patterns take any word and look it up; a
# loss is the level of a negative result ("an investment loss of $0.3m"), not a change.
_LEVEL_NOUNS = frozenset({"loss", "losses"})


def noun_direction(word: Optional[str]) -> Optional[str]:
    w = (word or "").lower()
    return None if w in _LEVEL_NOUNS else (NOUN_DIRECTION.get(w) or grammar.change_noun_direction(w))


@functools.cache
def _differences() -> dict[str, frozenset[str]]:
    from factcheck.extract import lexicon

    table = lexicon.load("changes")
    return {key: frozenset(table.get(key, ())) for key in ("nouns_either", "polarity_up", "polarity_down")}


def difference(noun: Optional[str], adjective: Optional[str] = None) -> Optional[str]:
    """A noun of difference ('a variance of', '$11.3 million variation'; lexicon changes.yaml):
    the direction its adjective of polarity gives, else 'either' (a change of no stated side)."""
    words = _differences()
    if (noun or "").lower() not in words["nouns_either"]:
        return None
    adj = (adjective or "").lower()
    return "up" if adj in words["polarity_up"] else "down" if adj in words["polarity_down"] else "either"


# nouns of change a percentage is measured at or listed after: "decreases, at 7.4%", "an 11%
# increase from 2023, 45% from 2022" ("growth" and "contraction" too, "reduction" not)
MEASURED_NOUN_DIRECTION = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "growth": "up",
                           "decrease": "down", "decline": "down", "drop": "down", "fall": "down", "contraction": "down"}
MEASURED_CHANGE_NOUN = "|".join(MEASURED_NOUN_DIRECTION)


# --- words of change or of a rate, and of a share ---
def changes_or_rates(words: list[str]) -> bool:
    """Whether a word of change or of a rate is among the words: a percentage near them
    measures a change or a rate, no part of a whole. A rate noun that only modifies the noun
    after it names no rate ('the tax department contributed US$30.14 million or 67%',
    'interest payments'; not 'the tax rate', 'inflation rose', 'inflation expectations')."""
    rates = frame_words("rate_nouns")
    return any(grammar.change_direction(w) or w in frame_words("growth_nouns")
               or w in rates and not _modifies_next(words[i + 1] if i + 1 < len(words) else None)
               for i, w in enumerate(words))


def _modifies_next(word: Optional[str]) -> bool:
    """The word after a rate noun makes it a premodifier: a content word, no verb, no rate
    or growth noun, no word for the measured figure itself."""
    return bool(word) and word.isalpha() and not grammar.is_verbal(word) \
        and word not in grammar.closed("det", "prep", "conj", "aux", "rel", "qual", "report") \
        and word not in frame_words("rate_nouns") and word not in frame_words("growth_nouns") \
        and word not in _MEASURED_FIGURE_NOUNS


# nouns a rate noun before them still heads the meaning of ('inflation expectations', 'occupancy levels')
_MEASURED_FIGURE_NOUNS = frozenset({"level", "levels", "figure", "figures", "data", "number", "numbers", "statistics",
                                    "index", "indicator", "estimate", "estimates", "forecast", "forecasts",
                                    "expectation", "expectations", "target", "targets", "average", "outlook"})
SHARE_WORDS = lazy(r"\b(?:share|proportion|percentage|portion|fraction|stake)\b", re.I)


# --- pieces of phrase both readings match ---
QUAL = r"(?:(?:about|around|nearly|almost|roughly|some|over|under|just|only|more\s+than|less\s+than|an\s+estimated|a\s+further|an\s+average\s+of)\s+)?"
APPROX = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?"
YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a figure standing alone (not a year, nor the digit of a name such as "Q2")
FIGURE_IN_GAP = lazy(r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*(?![\w-])")
BY_END = lazy(r"\bby\s+" + QUAL + r"[+\-−]?\s*[$€£¥₹]?\s*$", re.I)
# the change restated as a percentage between an amount and its comparative ("5,550, or 18
# percent, fewer passengers", "NOK 52 million (6%) less")
APPOSED_PERCENT = (r"(?:\s*,?\s*or\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s*,"
                   r"|\s*\(\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*\))?")
MORE_THAN_AFTER = lazy(# "$34 million, or almost 19 percent, more than": the change restated in relative terms first
                       APPOSED_PERCENT +
                       r"\s+(?P<w>more|less|fewer|higher|lower|above|below)\s+than\b"
                       # "the surplus was CZK 18.6 billion lower.", "$2 billion higher year-on-year"
                       r"|\s+(?P<w2>higher|lower)(?=\s*(?:[.,;)]|$|year|on\s|compared|from\s|in\s|against\s|and\s))"
                       # "or 98.5 million dollars fewer.", "1.8 million tons less compared with"
                       r"|\s+(?P<w3>fewer|less|more)(?=\s*(?:[.,;)]|$|compared\b))"
                       # "$40 million above the $219 million budget", "25 sales below the all-time high"
                       r"|\s+(?P<w4>above|below)(?=\s+(?:the|its|their|last|a|an)\s(?!sea\b|ground\b))", re.I)
# verbs that state a total: the figure after them is a level, whatever restates it as a change
TOTALLING = r"totall?ed|amounted\s+to|stood\s+at|equall?ed|came\s+(?:in\s+)?(?:to|at)|reali[sz]ed"
# "would have been around €11.4 billion, or 27.3% more year-on-year": a level supposed, then its change
MODAL_LEVEL_LEAD = lazy(r"\b(?:would|could|might|will|should|may)\s+(?:have\s+)?be(?:en)?\s+"
                        r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|approximately\s+)?[^\s\d]{0,4}\s*$", re.I)
# Verbs that compare with a base ("exceeds last year's $32.3 million by 5%"), by the side
# the difference falls on; their object is the base figure, 'by' names the difference
COMPARE_ABOVE = (r"exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|outpac(?:e|es|ed|ing)|"
                 r"overshot|overshoot(?:s|ing)?|beat(?:s|ing)?|outperform(?:s|ed|ing)?|outdid|outdo(?:es|ing)?|outrun(?:s|ning)?|outran")
COMPARE_BELOW = (r"f(?:e|a)ll(?:s|ing)?\s+short\s+of|miss(?:es|ed|ing)?|"
                 r"undershot|undershoot(?:s|ing)?|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|underperform(?:s|ed|ing)?")
# "or 45.7 percent of the total", "(7.5% of all trade)": the percentage names its whole
PERCENT_OF = lazy(r"\s*\)?\s*of\b", re.I)
# "21.4 percent of the total", "9.9 percent of all imports": a part of a whole named as such
# (past an amount that restates it, "89% ($17.2 million) of the total"; or a whole that a
# name owns, "(~90%) of Canada's production")
# ("39% of which is financed by borrowing", "88% of this is derived from oil": a relative or
# demonstrative pronoun names the whole before it)
OF_WHOLE_AFTER = lazy(r"\s*(?:\([^()]{1,40}\)\s*)?\)?\s*of\s+(?:the|its|their|all|total|overall|which|whom|this|these|those|them|"
                      r"(?-i:[A-Z])[\w.-]*['’]s)\b", re.I)
GROWTH_SUFFIX = lazy(r"\s+(?:growth|decline)$")
CLAUSE_START = lazy(r"[;:]|\.\s|,\s*(?:and|but|while|whereas|which|who)\b", re.I)


def clause_words_before(c: Claim) -> list[str]:
    """The words of the clause that leads up to a figure, lower-cased."""
    left = c.sentence[: claim_span(c)[0]]
    starts = [m.end() for m in CLAUSE_START.finditer(left)]
    return [w.lower() for w in LETTERS.findall(left[starts[-1] if starts else 0:])]
