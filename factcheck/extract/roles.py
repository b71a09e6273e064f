"""The claim frame's roles: what each number is in its statement (level, change, growth,
share, rate, ratio, count, rank, span; models.Role) and which way a change goes. The words
around a figure decide (verbs and nouns of change, comparatives, verbs of proportion,
partitives, restatements in other terms); then a sentence's figures are read together
(lists that share a predicate, an amount and a percentage that restate one figure, the
other side of a comparison). The period of each figure is the `frame` package's.

Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import grammar, plans, qualifiers
from factcheck.extract.kinds import AMOUNTS, K, R
from factcheck.extract.patterns import CLOSE_BRACKET, lazy, triggered
from factcheck.models import Claim
# where a figure stands in its sentence, and the comparison and reached-level patterns that
# the time half reads too
from factcheck.extract.frame.comparisons import CLAUSE_OPENING, REACHED
from factcheck.extract.frame.positions import COMPARED_BEFORE, claim_span, compared_before
from factcheck.extract.vocabulary import LETTERS

@functools.cache
def frame_words(key: str) -> frozenset[str]:
    """The words of the frame lexicon's list `key` ("object" joins the two object lists)."""
    from factcheck.extract import lexicon

    table = lexicon.load("frame_words")
    if key == "object":
        return frozenset([*table.get("object_up", ()), *table.get("object_down", ())])
    return frozenset(table.get(key, ()))


NOUN_DIRECTION = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "decrease": "down", "decline": "down",
                   "drop": "down", "fall": "down", "reduction": "down"}
_CHANGE_NOUN = "|".join(NOUN_DIRECTION)  # "an increase in X (…)"
# Nouns of change name the figure beside them a change ("an increment of", "a 4% bump", "a
# slight deterioration of"), read by class (grammar.change_noun_direction: the lexicon's nouns
# and the nouns derived from its verbs), so the patterns take any word and look it up; a
# loss is the level of a negative result ("an investment loss of $0.3m"), not a change.
_LEVEL_NOUNS = frozenset({"loss", "losses"})


def _noun_direction(word: Optional[str]) -> Optional[str]:
    w = (word or "").lower()
    return None if w in _LEVEL_NOUNS else (NOUN_DIRECTION.get(w) or grammar.change_noun_direction(w))


@functools.cache
def _differences() -> dict[str, frozenset[str]]:
    from factcheck.extract import lexicon

    table = lexicon.load("changes")
    return {key: frozenset(table.get(key, ())) for key in ("nouns_either", "polarity_up", "polarity_down")}


def _difference(noun: Optional[str], adjective: Optional[str] = None) -> Optional[str]:
    """A noun of difference ('a variance of', '$11.3 million variation'; lexicon changes.yaml):
    the direction its adjective of polarity gives, else 'either' (a change of no stated side)."""
    words = _differences()
    if (noun or "").lower() not in words["nouns_either"]:
        return None
    adj = (adjective or "").lower()
    return "up" if adj in words["polarity_up"] else "down" if adj in words["polarity_down"] else "either"


_QUAL = r"(?:(?:about|around|nearly|almost|roughly|some|over|under|just|only|more\s+than|less\s+than|an\s+estimated|a\s+further|an\s+average\s+of)\s+)?"
_CHANGE_BEFORE = lazy(r"\b(?P<w>[A-Za-z]+)\s+(?:(?:sharply|slightly|further|marginally|by)\s+)?" + _QUAL + r"[$€£¥₹]?\s*$"
                            # (a noun's own phrase ends before a relative pronoun: "the end of the quarter
                            # which represented a decrease of 7,900" names the decrease, not the end)
                            # ("2009's increase of 84,000", "a seasonally adjusted increase in employment of 9,600":
                            # a possessive determines the noun too, and two words may modify it)
                            r"|(?:\b(?:an?|the)|['’]s)\s+(?:(?P<a>[a-z]+)\s+)?(?:[a-z-]+\s+)?(?P<n>[a-z]+)\s+(?:(?:in|of)\s+(?:(?!\b(?:which|who|that)\b)[^,;]){0,40}?\s+)?of\s+"
                            + _QUAL + r"[$€£¥₹]?\s*$", re.I)
# "made up", "summed up to": a particle that completes a verb of proportion or of a total
_NO_CHANGE_LEAD = lazy(r"\b(?:ma(?:de|ke|kes|king)|t(?:ook|ake|akes|aking|aken)|sum(?:s|med|ming)?|add(?:s|ed|ing)?)\s+up\b", re.I)
# "had already exceeded 100,000": a threshold passed, a level; "exceeded it by 5%" is a change
_THRESHOLD_VERB = lazy(r"(?:exceed|surpass|top|pass|cross|outstrip|outpace|beat)(?:s|es|ed|ped|ing|ping)?", re.I)
_BY_WORD = lazy(r"\bby\b", re.I)
_PASSIVE_CHANGE = lazy(r"\s*(?:[a-z][\w-]*\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been|are|is|will\s+be|would\s+be)\s+"
                             r"(?:\w+ly\s+)?(added|created|gained|lost|shed|cut|eliminated|axed|slashed)\b", re.I)
# Jobs are counted when they come or go: "35,200 jobs were found", "71,200 jobs were dissolved",
# "35,200 Jobs Added", "the 165,000 jobs the U.S. economy added in April"
_JOBS = r"(?:jobs|positions|posts|roles|vacancies|workers|employees|people)"
_JOB_EVENT = lazy(r"\s*" + _JOBS + r"?\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?"
                  r"(?P<p>found|created|generated|added|hired|filled|gained|lost|shed|cut|eliminated|dissolved|destroyed|axed|"
                  r"slashed|wiped\s+out|scrapped|abolished|terminated)\b|(?P<h>added|created|lost|shed|cut|eliminated|axed)\b"
                  r"|(?:that\s+|which\s+)?(?:the|its|their)\s+(?:(?!and\b|or\b|to\b)[A-Za-z.]+\s+){0,3}?"
                  r"(?P<r>added|created|lost|shed|cut|generated|eliminated)\b)", re.I)
_JOB_DOWN = frozenset({"lost", "shed", "cut", "eliminated", "dissolved", "destroyed", "axed", "slashed", "wiped", "scrapped",
                       "abolished", "removed", "terminated"})
# "154,000 more people finding work", "279,000 more jobs": a count of more (or fewer) of them
# ("5,550, or 18 percent, fewer passengers", "NOK 52 million (6%) less": the change restated as a
# percentage between the amount and its comparative)
_APPOSED_PERCENT = (r"(?:\s*,?\s*or\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s*,"
                    r"|\s*\(\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*\))?")
_MORE_OF = lazy(_APPOSED_PERCENT + r"\s*(?P<w>more|additional|extra|fewer|less)\s+(?!than\b)[a-z]", re.I)
# "a $3.8 billion decrease", "an 80% year-over-year rise in income": a figure premodifying a
# noun of change (an adverbial of the base may stand between them)
_CHANGE_NOUN_AFTER = lazy(r"\s*(?:\([^()]{0,40}\)\s*)?"
                          # "a 0.3 point or two per cent decrease": the same change restated before its noun
                          r"(?:points?\s+)?(?:or\s+(?:[\w.,-]+\s+){1,3}?(?:%|per\s?cent|percent|points?|pp)\s+"
                          # "a $4.7 billion or 19.4% rise"
                          r"|or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent|pp)\s+)?"
                          # "82 percent and 10 percent drops": coordinated figures share their noun
                          r"(?:and\s+\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+)?"
                          r"(?:(?:year[- ](?:on|over)[- ]year|on[- ]year|y-?o-?y|annual|annualised|annualized|"
                          r"month[- ](?:on|over)[- ]month|quarter[- ](?:on|over)[- ]quarter|monthly|quarterly|sequential)\s+"
                          # "a 4.2 per cent year-on-year (y-o-y) increase": the adverbial's abbreviation in brackets
                          r"(?:\([^()\d]{1,12}\)\s*)?)?"
                          r"([a-z]+)\b", re.I)
# "a 1.2% population increase", "a 10% price cut": after an article, a figure premodifying a
# noun of change across one noun or adjective of its own
_ARTICLE_BEFORE = lazy(r"\ban?\s+(?:[a-z]+\s+)?$", re.I)
_MODIFIED_CHANGE_NOUN_AFTER = lazy(r"\s+[a-z]+\s+([a-z]+)\b", re.I)
# "resulting in an increase of 6%", "remained in a decline of 31.5 percent": a noun of
# change whose 'of' complement is the figure (whatever its sentence makes its subject)
_CHANGE_NOUN_OF_BEFORE = lazy(r"\b(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?P<n>[a-z]+)\s+of\s+" + _QUAL + r"[+\-−]?\s*$", re.I)
# "or 14.4 % less", "3.7% lower year-on-year", "over three per cent higher than": a percentage
# before a comparative is a change between two readings ("a 10% down payment" is no change)
_PERCENT_COMPARATIVE = lazy(r"\s*\)?\s*"
                            # "23% ($45.7 million) higher": the change restated as an amount in brackets
                            r"(?:\(\s*[^()\d]{0,6}\d[^()]{0,30}\)\s*)?"
                            # "16.9 percent or 33.3 million USD more than": the change restated as an amount first
                            r"(?:,?\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[^\s\d]{0,4}\s?\d[\d.,]*(?:\s+[A-Za-z.$€£]+){0,3}?\s+)?"
                            r"(?P<w>higher|lower|more|less|fewer|greater|smaller|bigger|larger|up|down|above|below|ahead|behind|in\s+excess\s+of)\b(?!\s+(?:payment|to\s+earth)\b)", re.I)
_APPOSED_GROWTH = lazy(r"\s*(?:,\s*)?(?:or|\(\s*(?:or\s+)?)\s*(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[+\-−]?\d[\d.,]*\s?"
                        r"(?:%|per\s?cent\b|percent\b|pct\b|pc\b)\s*\)?\s*(?P<c2>,\s*)?(?P<w>higher|lower|more|less|up|down|above|below|ahead|behind)\b", re.I)
# "which is 147,000, or 0.2% more than": a relative or a demonstrative restates the level
# named before, so the figure after it is the change
_RESTATING_LEAD = lazy(r"\b(?:which|that)\s+(?:is|was|are|were)\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[^\s\d]{0,4}\s*$", re.I)
# "34 million dollars, or almost 19 percent, more than": the percentage restating an amount,
# set off by commas, before the comparative they share
_APPOSED_PERCENT_COMPARATIVE = lazy(r"\s*\)?\s*,\s*(?P<w>higher|lower|more|less|fewer|greater|smaller|above|below)\b", re.I)
_OR_BEFORE = lazy(r"(?:,\s*or|\(\s*or|\bor)\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
# verbs that state a total: the figure after them is a level, whatever restates it as a change
_TOTALLING = r"totall?ed|amounted\s+to|stood\s+at|equall?ed|came\s+(?:in\s+)?(?:to|at)|reali[sz]ed"
# "sales separately, at 3,932 units, or 45.7 percent more than in 2022": a level stated, then its change
# ("imported goods worth €309 million or 12.3 percent more than": the value of what was traded)
_LEVEL_LEAD = lazy(rf"\b(?:at|to|of|was|were|is|are|reached|hit|worth|{_TOTALLING})\s+"
                   r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[^\s\d]{0,4}\s*$", re.I)
# "would have been around €11.4 billion, or 27.3% more year-on-year": a level supposed, then its change
_MODAL_LEVEL_LEAD = lazy(r"\b(?:would|could|might|will|should|may)\s+(?:have\s+)?be(?:en)?\s+"
                         r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|approximately\s+)?[^\s\d]{0,4}\s*$", re.I)
# "imports totaled 34.46 billion Euro or 34.1 percent more": a verb of totalling states the
# level; the percentage after it is its change
_TOTALLING_LEAD = lazy(rf"\b(?:{_TOTALLING})\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|approximately\s+)?[^\s\d]{{0,4}}\s*$", re.I)
_COMPARATIVE_UP = frozenset({"higher", "more", "greater", "bigger", "larger", "up", "above", "ahead", "in excess of"})
# "GDP growth for Q3 is at 7.2 percent", "the growth rates for Q1 and Q2 were 5.7 percent and
# 6.5 percent", "expected to grow at 2.5%": a percentage that complements growth is a growth,
# unless a rate in its own right is named between them ("growth slowed as inflation hit 3%")
_GROWTH_BEFORE = lazy(r"\b(?:growth|(?P<verb>grow|grows|grew|grown|growing|expand|expands|expanded|expanding))\b(?P<gap>[^.;:]{0,130})$", re.I)
_NOT_GROWTH_GAP = lazy(r"\b(?:inflation|unemployment|jobless|interest|yields?|margins?|share|proportion|tax|tariffs?|ratio|"
                       r"accounted|accounting|accounts|of\s+(?:the\s+)?total|of\s+all)\b|(?:%|\bper\s?cent\b|\bpercent\b|\bpc\b)(?!\s*(?:,|and\b|in\s+(?:19|20)\d\d\b))", re.I)
_CHANGE_IN_BRACKET = lazy(r"\b(" + _CHANGE_NOUN + r")s?\s+in\s+[^()\d;]{1,60}?\(\s*"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥₹]?\s*[+\-−]?\s*$", re.I)
# "a 19.9 percent increase in visitor arrivals (8,472)": the change has its size already,
# so the bracketed figure after the series is the series' level
_SIZED_CHANGE_NOUN = lazy(r"(?:%|\bper\s?cent|\bpercent|\bpc)\s*$", re.I)
_MORE_THAN_AFTER = lazy(# "$34 million, or almost 19 percent, more than": the change restated in relative terms first
                        _APPOSED_PERCENT +
                        r"\s+(?P<w>more|less|fewer|higher|lower|above|below)\s+than\b"
                        # "the surplus was CZK 18.6 billion lower.", "$2 billion higher year-on-year"
                        r"|\s+(?P<w2>higher|lower)(?=\s*(?:[.,;)]|$|year|on\s|compared|from\s|in\s|against\s|and\s))"
                        # "or 98.5 million dollars fewer.", "1.8 million tons less compared with"
                        r"|\s+(?P<w3>fewer|less|more)(?=\s*(?:[.,;)]|$|compared\b))"
                        # "$40 million above the $219 million budget", "25 sales below the all-time high"
                        r"|\s+(?P<w4>above|below)(?=\s+(?:the|its|their|last|a|an)\s(?!sea\b|ground\b))", re.I)
# "+137,000", "$-5bn", "-RM775.6 million", "- Rs 40 crore": a sign before or after a currency
# written as a symbol or as letters
_SIGNED = lazy(r"(?:[€$£¥₹]|[A-Z][A-Za-z]{0,2}[$¢]?)?\s?[+\-−]\s?(?:[€$£¥₹]|[A-Z][A-Za-z]{0,2}[$¢]?\.?)?\s?\d")
_SIGN_BEFORE = lazy(r"(?<![\w-])[-−]\s?$")
# "| + 244.263 |": a sign alone at the head of a table cell, a space from its figure (which the
# number reader leaves unsigned), marks the column of changes
# (not a dash that opens a line: "- 3,019 people were self-employed" is an item of a list)
_CELL_SIGN_BEFORE = lazy(r"\|\s*([+\-−])\s+$")
_NET = lazy(r"\b(?:net|balance|surplus|deficit|profits?|loss(?:es)?|earnings|income|flows?|position|result)\b", re.I)
_BALANCE = lazy(r"\b(?:balance|surplus|deficit|goods|services|income|account)\b", re.I)
#: An amount in brackets right after another: "a surplus of CZK 62.2bn (CZK +6.2bn)",
#: "exports of $4.1 billion (+$0.3 billion)": signed, the bracket is the change of the
#: level before it, even of a balance (whose own sign a bracket after a noun carries).
_BRACKET_AFTER_AMOUNT = lazy(r"\d(?:\s?(?:[A-Za-z]{1,8}|%))?\s*\(\s*$")
# "accounting for eight per cent", "made up 28.3 percent of sales", "taking up three and one
# per cent respectively": verbs of proportion state a share
_SHARE_AFTER = lazy(r"\s*(?:market\s+)?share\b", re.I)  # "a 28.3% share"
_NEGATIVE_GROWTH = lazy(r"\bnegative\s+(?:growth|change|increase)\s+(?:of\s+|at\s+|by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
_WORDED_SIGN_BEFORE = lazy(r"\(\s*(plus|minus)\s+(?:by\s+|of\s+)?$", re.I)
_SIGN_BEFORE_PERCENT = lazy(r"(?:^|\(|\s)\s*([+\-−])\s?\d")
_PROPORTION_VERB = lazy(r"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|ke|kes|king)\s+up|represent(?:s|ed|ing)?|"
                        r"comprise[sd]?|comprising|constitut(?:e|es|ed|ing)|tak(?:e|es|ing)\s+up|took\s+up|"
                        r"contribut(?:e|es|ed|ing)|correspond(?:s|ed|ing)?\s+to|responsible\s+for|"
                        # "the European Union took 12 percent", "the group owns 35%", "captured 40% of
                        # the market": verbs of taking or holding a part
                        r"t(?:ake|akes|aking|ook)|captur(?:e|es|ed|ing)|garner(?:s|ed)?|w(?:on|ins)|"
                        r"command(?:s|ed)?|absorb(?:s|ed)?|own(?:s|ed)?|hold(?:s|ing)?|held|control(?:s|led)?)\s+"
                        r"(?:(?:about|around|nearly|almost|over|some|just|only|roughly|more\s+than|less\s+than|"
                        r"an\s+estimated)\s+)?(?:(?:[a-z]+|\d+(?:\.\d+)?)\s+(?:and|or|to)\s+)?$", re.I)
# "the leading export (41%), followed by iron (33.4%)", "San Salvador leads with 20.6%, followed
# by San Miguel at 11.1%", "(55.6 percent) stayed in hotels, followed by villas (14 percent)":
# a percentage that a ranked next member follows heads a distribution of one whole
_FOLLOWED_BY_AFTER = lazy(r"\s*\)?[^.;:\d%()]{0,60}?,?\s*followed\s+(?:closely\s+)?by\s+[^.;:\d%]{1,60}?"
                          r"(?:\(|\bat\b|\bwith\b|[-–—:])\s*(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
                          r"\d[\d.,]*\s*(?:%|per\s?cent|percent)", re.I)
# "made up the remaining 43%", "the other 12% went to Asia": the rest of a whole
_REMAINING_BEFORE = lazy(r"\bthe\s+(?:remaining|other)\s+" + r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I)
# "with three-quarters having student visas", "about half were women": a fraction in words
# that is no change is a part of a whole, named or not
_WORD_FRACTION = lazy(r"\b(?:half|thirds?|quarters?|fifths?|tenths?|fourths?)$", re.I)
_SHARE_WORDS = lazy(r"\b(?:share|proportion|percentage|portion|fraction|stake)\b", re.I)
_APPROX = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?"
# "94.8 percent (2.1 billion dollars) corresponded to international tourists", "24 percent
# went to Europe": a verb of proportion after the figure, past an apposed amount
_PROPORTION_AFTER = lazy(r"\s*(?:,\s*)?(?:\([^()]{0,50}\)\s*,?\s*)?(?:account(?:s|ed)?\s+for|correspond(?:s|ed)?\s+to|"
                         r"(?:was|were|is|are)\s+(?:accounted\s+for\s+by|attributable\s+to|destined\s+for))\b", re.I)
# "The share of EU member states was 81% in exports", "its proportion of the total stood at
# 12%": a noun of proportion heads the clause whose figure it is
_SHARE_SUBJECT = lazy(r"\b(?:share|proportion|percentage|portion|distribution|breakdown)\b(?!\s+(?:prices?|index|capital|markets?|buy-?backs?)\b)(?:\s+of\b)?[^.;:\d%]{0,80}?\b(?:was|were|is|are|stood\s+at|reached|"
                      r"amounted\s+to|came\s+to|at|(?:recorded|registered|posted|held|had)(?:\s+an?)?)\s+" + _APPROX + "$", re.I)

# "with shares of 3.9%, 3.7% and 3.7%", "The largest proportion of inbound tourists were aged
# 25 to 44 (56.4 per cent)", "in the following proportions: cereals (87%)": a noun of
# proportion that the figure completes, or that its clause names before the bracketed figure
_PERCENT_WORD = lazy(r"\bper\s?cent\b|\bpercent\b", re.I)  # another percentage in the gap is the noun's
_SHARE_NOUN_OF = lazy(r"\b(?:shares|proportions|percentages)\s+of\s+" + _APPROX + "$", re.I)
_SHARE_NOUN_BRACKET = lazy(r"\b(?:shares?|proportions?|distribution|breakdown)\b(?!\s+(?:prices?|index|capital|markets?|buy-?backs?)\b)"
                           r"(?P<gap>(?:[^.;%()]|(?<=\d)\.(?=\d)){0,100})\(\s*" + _APPROX + "$", re.I)


# "The average stay fell … from 9.1 to 8.3 days", "average length of stay by all visitors was
# 8.47 days": how long visitors stay on average, a level of the tourism statistics
# "exports in the total foreign trade amount rose from 43.1% to 43.7%", "fuel in total imports
# was 21%": a series named as part of a total (not a rate: "the rate of total unemployment")
_IN_TOTAL = lazy(r"\b(?:in|of)\s+(?:the\s+)?(?:total|overall)\s+[a-z]", re.I)


def _part_in_total(metric: Optional[str]) -> bool:
    return bool(metric) and bool(_IN_TOTAL.search(metric)) \
        and not any(w in frame_words("rate_nouns") or w in frame_words("growth_nouns") for w in metric.lower().split())


_AVERAGE_STAY = lazy(r"\baverage\s+(?:length\s+of\s+)?stay\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,140}$", re.I)
_MORE_IN_SURFACE = lazy(r"\s(?P<w>more|additional|fewer)\s")
_NEW_CLAUSE_END = lazy(r"[.;:]\s*$")
_ADDED_BEFORE = lazy(r"\b(?:an?|the)\s+(?:additional|extra)\s+" + _QUAL + r"[$€£¥₹]?\s*$", re.I)
# what closes an apposition opened before the amount: its pair of dashes or its bracket
_APPOSITION_CLOSES = {"(": lazy(r"\s*\)"), "–": lazy(r"\s*–"), "—": lazy(r"\s*—"), "-": lazy(r"\s+-\s")}
_LETTERS = lazy(r"[A-Za-z]+")
_JOBS_WORD = lazy(_JOBS, re.I)


def _plain_change_noun(word: str) -> Optional[str]:
    """The direction of a plain noun of change, singular or plural ("increases", "drops"):
    these name an amount set beside them; "expansion", "growth" and their like also name
    projects and programmes ("the expansion of the Tengiz project ($38 billion)")."""
    w = word.lower()
    return NOUN_DIRECTION.get(w) or (NOUN_DIRECTION.get(w[:-1]) if w.endswith("s") else None)


def _particle_lead(window: str, lead: re.Match) -> bool:
    before = _LETTERS.findall(window[: lead.start("w")][-20:]) if lead.group("w") else []
    return bool(before) and qualifiers.particle_of_verb(before[-1], lead.group("w"))


def assign_role(c: Claim) -> None:
    """What the number is in its statement (models.Role), and the direction of a change."""
    change = c.context.get("change")
    local = claim_span(c)
    right = c.sentence[local[1]:] if local[1] else ""
    signed = _SIGNED.match(c.surface) is not None
    bracketed_change = signed and _BRACKET_AFTER_AMOUNT.search(c.sentence, max(0, local[0] - 16), local[0]) is not None
    if change and signed and _BALANCE.search(c.metric or "") and c.kind == K.MONEY and not bracketed_change:
        change = None  # "goods (€ +16.0 billion)": a balance carries its own sign; it is a level
        c.context.pop("change", None)
    if change and c.kind in AMOUNTS and _AGENT_BY.search(c.sentence, max(0, local[0] - 40), local[0]):
        change = None  # "the rise was led by $24 billion of intermediate goods": the agent of a change, a level
        c.context.pop("change", None)
    gap = c.kind in AMOUNTS and _gap_between_series(c)
    if gap:
        change = None
        c.context.pop("change", None)
    more = None if gap else _MORE_THAN_AFTER.match(right)
    if more and c.kind in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENTAGE_POINT):
        # "$9.2 billion more than in May": an absolute change, not a level
        word = more.group("w") or more.group("w2") or more.group("w3") or more.group("w4")
        change = "up" if word.lower() in ("more", "higher", "above") else "down"
        c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        passive = _PASSIVE_CHANGE.match(right)
        if passive:
            # "88,000 jobs were added", "3,000 posts will be cut"
            change = "up" if passive.group(1).lower() in frame_words("object_up") else "down"
            c.context["change"] = change
    if not change and c.kind == K.COUNT and _JOBS_WORD.search(c.surface + right[:12]):
        event = _JOB_EVENT.match(right) or _JOB_EVENT.match(c.surface[len(re.match(r"[\d,.\s]*(?:more\s+)?", c.surface).group(0)) - 1:])
        if event:
            word = (event.group("p") or event.group("h") or event.group("r")).lower()
            change = "down" if word in _JOB_DOWN or word in frame_words("object_down") else "up"
            c.context["change"] = change
    if not change and c.kind in (K.COUNT, K.MONEY, K.MEASURE):
        more = _MORE_OF.match(right) or _MORE_IN_SURFACE.search(c.surface)
        if more:
            change = "down" if more.group("w").lower() in ("fewer", "less") else "up"
            c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        cell = _CELL_SIGN_BEFORE.search(c.sentence, max(0, local[0] - 8), local[0])
        if cell:
            change = c.context["change"] = "up" if cell.group(1) == "+" else "down"
    if not change and c.kind in AMOUNTS \
            and (signed and not _BALANCE.search(c.metric or "")
                 and not _NET.search(c.sentence, max(0, local[0] - 60), local[0])
                 or bracketed_change or (c.metric or "").lower().split()[:1] == ["change"]):
        # "+137,000", "change in total nonfarm payroll employment": signed or named as a change
        # (a balance carries its own sign: "goods (€ +16.0 billion)")
        change = "down" if c.value < 0 else "up"
        c.context["change"] = change
    if not change and c.kind == K.COUNT and c.value < 0:
        change = "down"  # "Fulltime employment stood at -44.8k": no count of things is below zero; it fell
        c.context["change"] = change
    if not change and c.kind == K.MONEY and c.value < 0 and _SIGN_BEFORE.search(c.sentence, 0, local[0]) \
            and not _BALANCE.search(c.metric or "") and not _NET.search(c.sentence, max(0, local[0] - 60), local[0]):
        # "lower exports in Kedah (-RM730.3 million)": the sign read from before the amount makes
        # it a change, unless the amount is a balance or a net figure, which may be below zero
        change = "down"
        c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        # "reflected an increase in consumer goods ($2.4 billion)": the bracketed amount is the change
        # (every match holds the bracket: a window without one is not searched)
        bracket = _CHANGE_IN_BRACKET.search(c.sentence, max(0, local[0] - 90), local[0]) \
            if "(" in c.sentence[max(0, local[0] - 90): local[0]] else None
        if bracket and _SIZED_CHANGE_NOUN.search(c.sentence, max(0, bracket.start() - 12), bracket.start()):
            bracket = None
        if bracket:
            change = NOUN_DIRECTION[bracket.group(1).lower()]
            c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        after = _CHANGE_NOUN_AFTER.match(right)
        if after and (noun_change := _noun_direction(after.group(1)) or _difference(after.group(1))):
            # "a $3.8 billion decrease in exports": the amount premodifies a noun of change
            change = noun_change
            c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        noun = grammar.CHANGE_NOUN_IS_AMOUNT.search(c.sentence, max(0, local[0] - 70), local[0])
        if noun and (noun_change := _noun_direction(noun.group("n"))):
            # "the decrease was 902", "the rise in exports amounted to $5 million": a noun of
            # change as the subject of a verb of being names the amount a change
            change = noun_change
            c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        apposed = grammar.CHANGE_NOUN_APPOSED_AMOUNT.search(c.sentence, max(0, local[0] - 70), local[0])
        if apposed and (noun_change := _plain_change_noun(apposed.group("n"))) \
                and (apposed.group("p") == ":" or _APPOSITION_CLOSES[apposed.group("p").strip()].match(right)):
            change = noun_change
            c.context["change"] = change
    added = _ADDED_BEFORE.search(c.sentence, max(0, local[0] - 30), local[0]) if not change and c.kind in (K.COUNT, K.MONEY, K.MEASURE) else None
    if added and c.sentence[: added.start()].strip(" ,\"“‘'(").rstrip() and not _NEW_CLAUSE_END.search(c.sentence, 0, added.start()):
        # "allocates an additional $17 million", "saw an extra 2,858 visitors": an amount added
        # to what there was is a change, upward; opening its sentence or clause ("An additional
        # 70,940 came from Zimbabwe") it is one more part of a list
        change = c.context["change"] = "up"
    if not change and c.kind in AMOUNTS:
        # "were up $1.1 billion", "the deficit increased $5.1 billion", "fell $735m", "an increase
        # of $4 billion": an amount right after a verb or noun of change is the change itself
        lead = _CHANGE_BEFORE.search(c.sentence[: local[0]][-60:])
        window = c.sentence[: local[0]][-60:]
        if lead and not _NO_CHANGE_LEAD.search(window, max(0, lead.start() - 12)) \
                and not (_THRESHOLD_VERB.fullmatch(lead.group("w") or "") and not _BY_WORD.search(lead.group(0))) \
                and not _particle_lead(window, lead):
            # ("made up USD 1.2 million", "had exceeded 100,000": a whole's part, a threshold
            # passed; "the defence gave up 517 yards": the particle of another verb)
            word = (lead.group("w") or "").lower()
            # a verb or particle right before the figure; a noun only before 'of' ("the lifting
            # of 1 million barrels" is no change, nor is "a growth over $5bn")
            change = grammar.change_direction(word) or grammar.particle_direction(word) or NOUN_DIRECTION.get(word) \
                if word else _noun_direction(lead.group("n")) or _difference(lead.group("n"), lead.group("a"))
            if change and not word and _difference(lead.group("n")) \
                    and _PLAN_WORDS.search(re.split(r"[.;]", right, maxsplit=1)[0][:90]):
                # "a positive variance of $27.9 million over the budgeted surplus": measured
                # against a plan, no earlier time; with no side named ("a favourable variance …
                # compared to budgeted outturn") the figure is left a level, its base unknown
                c.context["base_plan"] = True
                change = None if change == "either" else change
            if change:
                c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        apposed = _APPOSED_GROWTH.match(right)
        # (after a verb of being, "at 3,932 units, or 45.7 percent more than in 2022" and
        # "amounted to €3.1 billion or 1.7% more than a year ago" state a level, then its
        # change; "was 34 million, or 19 percent, more" and "which is 147,000, or 0.2% more"
        # state the change twice)
        if apposed and (not _LEVEL_LEAD.search(c.sentence, max(0, local[0] - 30), local[0])
                        and not _MODAL_LEVEL_LEAD.search(c.sentence, max(0, local[0] - 40), local[0]) or apposed.group("c2")
                        or _RESTATING_LEAD.search(c.sentence, max(0, local[0] - 30), local[0])):
            # "€2.5 billion or 15 per cent up on last year", "€900 million (16 per cent) higher
            # than": an amount restated as a percentage change is a change
            change = "up" if apposed.group("w").lower() in _COMPARATIVE_UP else "down"
            c.context["change"] = change
    if not change and c.kind in AMOUNTS and not gap:
        change = _verb_before_by(c)
        if change:
            c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        words = _LETTERS.findall(c.sentence[: local[0]][-40:])
        at = next((i for i in range(len(words) - 1, max(-1, len(words) - 4), -1) if words[i].lower() in frame_words("object")), None)
        verb = words[at].lower() if at is not None else None
        # every word between the verb and the amount qualifies it ("added about 3,000"); in "gained
        # 10.8 percent to ¥79 trillion" the verb's object is the percentage and the amount its destination
        between = c.sentence[: local[0]][-40:].rsplit(words[at], 1)[-1] if verb else ""
        if verb and all(w.lower() in grammar.closed("qual") for w in words[at + 1:]) \
                and not any(ch.isdigit() for ch in between):
            change = "up" if verb in frame_words("object_up") else "down"
            c.context["change"] = change
    if change and c.kind == K.PERCENT and _rate_compared(c):
        change = None  # "up from the previous month's rate of 7.5 percent": the rate's earlier reading
        c.context.pop("change", None)
        if c.metric:
            c.metric = _GROWTH_SUFFIX.sub("", c.metric) or None  # the rate's series, not its change
    if c.kind == K.PERCENT and _NEGATIVE_GROWTH.search(c.sentence, max(0, local[0] - 40), local[0]):
        change = c.context["change"] = "down"  # "recorded negative growth of nearly 40 percent"
    if not change and c.kind == K.PERCENT:
        change = _percent_change(c, right)
        if change:
            c.context["change"] = change
    metric_words = (c.metric or "").lower().split()
    last = metric_words[-1] if metric_words else ""
    if c.kind == K.DURATION and _AVERAGE_STAY.search(c.sentence, max(0, local[0] - 170), local[0]):
        c.role = R.LEVEL  # "the average length of stay was 8.47 days": a measured level, no span of its own
    elif c.kind in (K.YEAR_RANGE, K.DURATION):
        c.role = R.SPAN
    elif c.kind == K.ORDINAL:
        c.role = R.RANK if c.context.get("ordinal_role") == "rank" else R.COUNT
    elif c.kind == K.MULTIPLIER:
        c.role = R.RATIO
    elif c.kind == K.PERCENTAGE_POINT:
        c.role = R.CHANGE
    elif c.kind == K.PERCENT:
        if change:
            c.role = R.GROWTH
        elif c.context.get("share_of") or c.context.get("baseline_period") or _SHARE_WORDS.search(c.metric or "") \
                or _part_in_total(c.metric) or _WORD_FRACTION.search(c.surface) \
                or _SHARE_AFTER.match(right) \
                or _PROPORTION_VERB.search(c.sentence, max(0, local[0] - 40), local[0]) \
                or _PROPORTION_AFTER.match(right) \
                or _REMAINING_BEFORE.search(c.sentence, max(0, local[0] - 30), local[0]) \
                or grammar.FRONTED_PARTITIVE.search(c.sentence, max(0, local[0] - 110), local[0]) \
                or _SHARE_SUBJECT.search(c.sentence, max(0, local[0] - 110), local[0]) \
                or _OF_WHOLE_AFTER.match(right) or _distribution(c) or _part_of_population(c, right) \
                or _followed_by_share(c, right) or _share_noun_before(c) \
                or _OF_WHICH_BEFORE.search(c.sentence, max(0, local[0] - 30), local[0]):
            c.role = R.SHARE
        elif last in frame_words("growth_nouns"):
            c.role = R.GROWTH
        elif _TWO_TERM_RATIO.search(c.metric or "") and "gdp" not in metric_words:
            c.role = R.RATIO  # "the export-import ratio was 105%": one quantity over another, both named
        else:
            c.role = R.RATE
    elif change:
        c.role = R.CHANGE
    elif c.kind != K.MONEY and "/" in (c.unit or "") and (c.unit or "").rsplit("/", 1)[1].strip() in _TIME_DENOMINATORS \
            and (_PER_TIME_SURFACE.search(c.surface) or _OF_STUFF_PER_DAY.match(c.sentence, claim_span(c)[1])) \
            and "average" not in (c.metric or "").lower():
        # "4.3 million barrels per day", "5,000 visitors a day": a flow's level, stated per unit
        # of time (money per day or month is a price, a wage or an allowance: a rate)
        c.role = R.LEVEL
    elif "/" in (c.unit or "") or c.kind in (K.MONEY, K.COUNT) and _per_unit(c):
        c.role = R.RATE
    else:
        c.role = R.LEVEL
    if c.role in (R.GROWTH, R.CHANGE):
        if change == "up" and c.value < 0:
            c.direction = "down"  # "GDP growth was -1.3%", "rents were -0.4%": the printed sign decides
        elif change in ("up", "down"):
            c.direction = change
        elif c.value < 0:
            c.direction = "down"
        elif last in frame_words("growth_nouns"):
            c.direction = grammar.change_direction(last) or ("down" if last in ("decline", "drop", "fall", "decrease", "contraction", "slump", "depreciation") else "up")
        else:
            c.direction = None
    else:
        c.direction = None


# "from the previous month's rate of 7.5 percent", "than the group's average rate of 8.5 per
# cent": a rate named as the other side of a comparison (not "at a rate of": a change's pace)
_RATE_COMPARED = lazy(r"\b(?:from|than|against|versus|compared\s+(?:to|with))\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                      r"(?P<gap>(?:[\w’'-]+\s+){0,4}?)(?:rate|rates|inflation|unemployment|yield|occupancy)\s+(?:of|at)\s+"
                      + r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?$", re.I)


def _rate_compared(c: Claim) -> bool:
    at = claim_span(c)[0]
    m = _RATE_COMPARED.search(c.sentence, max(0, at - 90), at)
    return m is not None and not _changes_or_rates([w.lower() for w in LETTERS.findall(m.group("gap"))])


_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ORDINAL = lazy(r"\b(?:\d{1,2}(?:st|nd|rd|th)|[QH][1-4]|[1-4][QH])\b", re.I)  # "the 1st three months", "in Q4 2022"
_AS_WELL = lazy(r"\bas\s+well\b", re.I)
_BY_END = lazy(r"\bby\s+" + _QUAL + r"[+\-−]?\s*[$€£¥₹]?\s*$", re.I)
_QUOTED_NAME = lazy(r"[‘“\"][^‘’“”\"]{1,80}[’”\"]|(?<!\w)'[^'\d]{1,80}'(?!\w)")
_CLAUSE_STOP = frozenset({"and", "but", "while", "whereas", "which", "that", "who", "as", "when"})
# participles whose 'by' names an agent, not the size of a change ("the rise was led by $24 billion of …")
_AGENTIVE = frozenset({"led", "driven", "caused", "fuelled", "fueled", "powered", "dominated", "offset", "helped",
                       "supported", "accompanied", "followed", "underpinned", "spurred", "propelled", "explained",
                       "headed", "topped", "matched", "financed", "funded", "backed", "made"})
_AGENT_BY = lazy(r"\b(?:" + "|".join(sorted(_AGENTIVE)) + r")\s+by\s+" + _QUAL + r"[$€£¥₹]?\s*$", re.I)
# Verbs that compare with a base ("exceeds last year's $32.3 million by 5%"), by the side
# the difference falls on; their object is the base figure, 'by' names the difference
_COMPARE_ABOVE = (r"exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|outpac(?:e|es|ed|ing)|"
                  r"overshot|overshoot(?:s|ing)?|beat(?:s|ing)?|outperform(?:s|ed|ing)?|outdid|outdo(?:es|ing)?|outrun(?:s|ning)?|outran")
_COMPARE_BELOW = (r"f(?:e|a)ll(?:s|ing)?\s+short\s+of|miss(?:es|ed|ing)?|"
                  r"undershot|undershoot(?:s|ing)?|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|underperform(?:s|ed|ing)?")
# the verb, its base figure, then 'by' and the difference
_COMPARISON_BY = lazy(r"\b(?:(?P<up>" + _COMPARE_ABOVE + r")|(?P<down>" + _COMPARE_BELOW + r"))\b(?:[^;:.!?]|(?<=\d)\.(?=\d)){0,110}?\d"
                      r"(?:[^;:.!?]|(?<=\d)\.(?=\d)){0,40}?\s$", re.I)


# the base named by words, not by a figure: "surpassing the estimate by", "less than the budget by"
_COMPARISON_NAMED_BY = lazy(r"\b(?:(?P<up>" + _COMPARE_ABOVE + r"|above|(?:more|higher|greater)\s+than)|(?P<down>" + _COMPARE_BELOW
                            + r"|below|(?:less|lower|fewer)\s+than))\s+(?:[\w'’-]+\s+){1,5}?$", re.I)
# An amount that one series exceeds another by is the level of a gap ("deaths exceeded births
# by 161,000", "revenues fell short by $17m"), not a change over time ("exceeded last year's
# total by $3m") nor against a plan ("exceeded budget levels by $12 million", as desks read it)
# asked before every amount: run only in a sentence that holds one of its verbs
_GAP_BASE = triggered(lazy(r"\b(?:" + _COMPARE_ABOVE + r"|" + _COMPARE_BELOW + r"|f(?:e|a)ll(?:s|en|ing)?\s+short)\b(?P<base>[^;:.!?\d]{0,60}?)\s+by\s+"
                           + _QUAL + r"[$€£¥₹]?\s*$", re.I),
                      ("exceed", "surpass", "outstrip", "outpac", "oversho", "beat", "short", "miss", "undersho", "trail", "lag"))
_TIME_WORDS = lazy(r"\b(?:year|years|month|months|quarter|period|week|last|previous|prior|earlier|ago|before|since|"
                   r"january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"in|during|on|over|at|when)\b|(?:19|20)\d\d|'s\b", re.I)
_PLAN_WORDS = lazy(r"\b(?:budget(?:ed)?|estimates?|estimated|projections?|projected|forecasts?|targets?|plan(?:ned)?|approved|"
                   r"expectations?|expected|allocation|allocated)\b", re.I)


def _gap_between_series(c: Claim) -> bool:
    """An amount by which one series exceeds another or a plan (see _GAP_BASE)."""
    local = claim_span(c)
    m = _GAP_BASE.search(c.sentence, max(0, local[0] - 100), local[0])
    if m is None:
        return False
    return not _PLAN_WORDS.search(m.group("base")) and not _TIME_WORDS.search(m.group("base"))


def _verb_before_by(c: Claim) -> Optional[str]:
    """'fell in February compared to January, by 7,452 people', 'climbed during the period by
    38.2%': 'by' names the size of a change whose verb stands earlier in the clause, past
    adverbials of time and comparison. The direction of that verb, else None ('driven by',
    'multiplied by': an agent or a factor, no change)."""
    return _direction_before_by(c.sentence[: claim_span(c)[0]], c.kind)


_CHANGE_NOUN_IN_BY = lazy(r"\b(?:an?|the|its|their)\s+(?:[a-z-]+\s+)?(?P<n>[a-z]+)\s+in\s+(?P<series>[^.;:\d%()]{1,110}?)\s+by\s+"
                          + _QUAL + r"[+\-−]?\s*[$€£¥₹]?\s*$", re.I)
# "rose in technicians by 10,200 or 13.5%, in service workers (with shop staff) by 7,200": a
# later item of a list of sizes after 'by', each of the one verb of change before the first
# ("by 953 million USD (25.2 percent), and import by", "dropped by only .9% and United States by")
_LISTED_BY = lazy(r"\bby\s+" + _QUAL + r"[+\-−]?\s*[$€£¥₹]?\s*[\d.]?\d[\d.,]*(?:\s*(?:%|per\s?cent|percent|[A-Za-z]+)){0,2}"
                  r"(?:\s*,?\s*or\s+[\d.,]+\s*(?:%|per\s?cent|percent)|\s*\(\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*\))?"
                  r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[^\d;:()]|\([^\d;:()]*\)){1,100}$", re.I)


def _direction_before_by(left: str, kind: str) -> Optional[str]:
    by = _BY_END.search(left, max(0, len(left) - 40))
    if by is None:
        return None
    listed = _LISTED_BY.search(left, max(0, by.start() - 200), by.start())
    if listed is not None:
        return _direction_before_by(left[: listed.start()] + "by ", kind)
    compared = _COMPARISON_BY.search(left, max(0, by.start() - 130), by.start()) \
        or kind == K.PERCENT and _COMPARISON_NAMED_BY.search(left, max(0, by.start() - 70), by.start())
    if compared:
        # "exceeds last year's US$32.3 million by five percent", "surpassing the estimate by
        # 4.5%", "below 2015 by 4%": the verb or comparative, its base, then 'by'
        return "down" if compared.group("down") else "up"
    # (a year or an ordinal is no figure the segment stops at: "climbed up in the 1st three months of 2018 by")
    noun = _CHANGE_NOUN_IN_BY.search(left, max(0, by.start() - 140), by.end())
    if noun and (direction := _noun_direction(noun.group("n"))) in ("up", "down") \
            and not any(grammar.is_verbal(w) and not w[0].isupper() for w in LETTERS.findall(noun.group("series"))):
        # "a rise in the number of American guests, GCC and other Arabs by 23.5 per cent": a noun
        # of change whose series, coordinated or not, stands between it and its 'by'
        return direction
    segment = _ORDINAL.sub("N", _YEAR.sub("Y", left[max(0, by.start() - 90): by.start()].rstrip()))
    segment = _AS_WELL.sub(" ", segment)  # "increased as well, by 9%": an adverb, no clause's 'as'
    # "rose the most on 2011 (by 36%)", "declined … in comparison with December 2014: by 18.9%"
    segment = segment[:-1] if segment.endswith(("(", ":")) else segment
    segment = re.split(r"[;:()]|\d", segment)[-1]  # not past another figure
    # a quoted name is one noun, whatever its words ("led by 'Technicians and associate
    # professionals' by 10,200"): its 'and' joins no clauses
    segment = _QUOTED_NAME.sub(" name ", segment)
    words = LETTERS.findall(segment)
    for k, w in enumerate(reversed(words[-12:])):
        low = w.lower()
        direction = grammar.change_direction(low)
        if direction:
            return direction
        if k == 0 and (grammar.is_verbal(low) or low in _AGENTIVE):
            return None  # "driven by", "multiplied by", "led by"
        if low in _CLAUSE_STOP:
            return None
    return None


# "average expenditure per person every night stood at 161 US dollars", "a daily arrival
# average of 5,159", "average hourly earnings rose to $25.25": an amount per person, per
# day or on average is a rate, not a level (words of the figure's own noun phrase: no
# other figure, clause or verb of a level between them)
_PER_UNIT = lazy(r"\b(?:average|mean|median|per\s+(?:capita|head|person|visitor|tourist|guest|night|day|week|month|hour|"
                 r"employee|worker|household|student|patient|passenger)|hourly|daily|nightly|weekly|every\s+night|a\s+day)\b"
                 r"(?:[^;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,70}$", re.I)
# "the average growth rate for the 18 countries": the figure is what the average is over
_OVER_WHAT = lazy(r"\b(?:for|among|across|in|between)\s+(?:the\s+|all\s+|its\s+)?$", re.I)


_TIME_DENOMINATORS = frozenset({"day", "week", "month", "quarter", "year", "annum"})
# the figure itself is stated per unit of time ("barrels a day", "bpd"), not an average of a daily series
# ... or after what it measures ("30,000 tonnes of cocoa a day", "1.8 million barrels of crude daily")
_OF_STUFF_PER_DAY = lazy(r"\s+of(?:\s+[a-z]+){1,3}\s+(?:(?:per|a|an|every|each)\s+day\b|daily\b)", re.I)
_PER_TIME_SURFACE = lazy(r"(?:\bper|\ba|\ban|/|\bevery|\beach)\s*(?:day|week|month|quarter|year|annum)\b|\bb/?pd\b|\bbbl/d(?:ay)?\b|\bannually\b", re.I)


def _per_unit(c: Claim) -> bool:
    local = claim_span(c)
    return bool(_PER_UNIT.search(c.sentence, max(0, local[0] - 90), local[0])) \
        and not _OVER_WHAT.search(c.sentence, max(0, local[0] - 20), local[0])


# an economy (its output) and a verb of its pace, then the percentage it came to
_ECONOMY_PACE = lazy(r"\b(?:economy|economies|GDP|gross\s+domestic\s+product)\b(?P<gap>[^.;:\d%]{0,60}?)\b(?:slow(?:ed|s|ing)?|"
                     r"decelerat(?:ed|es|ing)|accelerat(?:ed|es|ing)|pick(?:ed|s|ing)?\s+up|eas(?:ed|es|ing)|moderat(?:ed|es|ing)|"
                     r"quicken(?:ed|s|ing)?|rebound(?:ed|s|ing)?)\s+(?:down\s+|back\s+)?to\s+" + _QUAL + r"[+\-−]?\s*$", re.I)


def _percent_change(c: Claim, right: str) -> Optional[str]:
    """The direction of a percentage that the words around it make a change, else None."""
    if c.context.get("share_of") or c.context.get("baseline_period") or _SHARE_AFTER.match(right):
        return None
    local = claim_span(c)
    sign = _SIGN_BEFORE_PERCENT.search(c.sentence[max(0, local[0] - 4): local[0]] + c.surface[:2])
    if sign and (sign.group(1) == "+" or sign.group(0).startswith("(")):
        # "435.2 billion Dirhams (+ 6.4%)", "(-0.27%)": a signed percentage is a change
        return "up" if sign.group(1) == "+" else "down"
    worded = _WORDED_SIGN_BEFORE.search(c.sentence, max(0, local[0] - 16), local[0])
    if worded:
        return "up" if worded.group(1).lower() == "plus" else "down"  # "(plus by 5%)": the sign in words
    noun = grammar.CHANGE_NOUN_IS.search(c.sentence, max(0, local[0] - 80), local[0])
    if noun:
        # "the actual volume increase was 0.85%": a noun of change names the percentage
        return grammar.change_direction(noun.group(1)) or _noun_direction(noun.group(1)) or "up"
    after = _CHANGE_NOUN_AFTER.match(right)
    if after and (noun_change := _noun_direction(after.group(1))):
        return noun_change
    modified = _MODIFIED_CHANGE_NOUN_AFTER.match(right)
    if modified and _ARTICLE_BEFORE.search(c.sentence, max(0, local[0] - 30), local[0]) \
            and (noun_change := _noun_direction(modified.group(1))):
        return noun_change
    of = _CHANGE_NOUN_OF_BEFORE.search(c.sentence, max(0, local[0] - 60), local[0])
    if of and (noun_change := _noun_direction(of.group("n"))):
        return noun_change
    to = _CHANGE_NOUN_TO.search(c.sentence, max(0, local[0] - 110), local[0])
    if to and (noun_change := _noun_direction(to.group("n"))) and not _FIGURE_IN_GAP.search(to.group("gap") or "") \
            and not any(w.lower() in frame_words("rate_nouns") or _SHARE_WORDS.fullmatch(w) for w in LETTERS.findall(to.group(0))):
        # "bringing the contraction in January-November to 4.1 percent": the size a change
        # came to ("the fall in the jobless rate to 5.1%" names the rate reached)
        return noun_change
    at = _CHANGE_NOUN_AT.search(c.sentence, max(0, local[0] - 100), local[0])
    if at:
        # "recorded year-on-year decreases, at 7.4% and 12.3% respectively": the noun of
        # change, then the figures it is measured at
        return _MEASURED_NOUN_DIRECTION[at.group(1).lower()]
    comparative = _PERCENT_COMPARATIVE.match(right)
    if comparative is None and _OR_BEFORE.search(c.sentence, max(0, local[0] - 20), local[0]):
        comparative = _APPOSED_PERCENT_COMPARATIVE.match(right)
    if comparative:
        return "up" if " ".join(comparative.group("w").lower().split()) in _COMPARATIVE_UP else "down"
    metric_words = (c.metric or "").lower().split()
    if metric_words and metric_words[-1] in frame_words("rate_nouns") and metric_words[-2:] != ["growth", "rate"]:
        return None  # "the unemployment rate … growth … 5%": a rate named as the figure's own
    by = _verb_before_by(c) or _bracketed_after_compared(c)
    if by:
        return by
    if _ECONOMY_PACE.search(c.sentence, max(0, local[0] - 110), local[0]):
        # "the economy slowed down to 3.5 percent": the pace an economy moves at is its growth
        return "down" if c.value < 0 else "up"
    growth = _GROWTH_BEFORE.search(c.sentence, max(0, claim_span(c)[0] - 150), claim_span(c)[0])
    if growth and not _NOT_GROWTH_GAP.search(growth.group("gap")) \
            and not (growth.group("verb") and REACHED.search(growth.group("gap"))):
        # ("the occupancy rate grew to 57.8%": the verb's 'to' names the level reached; "growth
        # slowed to 3.5%" names the growth itself)
        return "down" if c.value < 0 else "up"
    return None


# "rose the most compared to 2011 (by 36%)", "a decline compared with 2022 (6.9%)": the base,
# then the size of the change alone in a bracket (the change's words before the comparison)
_COMPARED_THEN_BRACKET = lazy(r"(?P<before>[^.;:()\d]{1,80}?)\b(?:as\s+)?(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|"
                              r"relative\s+to)\s+[^.;:()\d]{0,30}?(?:(?:19|20)\d\d[^.;:()\d]{0,20})?\(\s*(?:by\s+)?"
                              + _QUAL + r"$", re.I)

_COMPARISON_WORD = lazy(r"compar|relative", re.I)


def _compared_then_bracket(sentence: str, at: int) -> Optional[re.Match]:
    """_COMPARED_THEN_BRACKET's match in the 150 characters before `at`. The pattern tries
    up to 80 characters of words at each of 150 openings; but its one bracket is the last
    before the figure, and no stop or other bracket comes before that in a match: it is
    tried only after the last of these, and only where a word of comparison is."""
    start = max(0, at - 150)
    bracket = sentence.rfind("(", start, at)
    if bracket < 0:
        return None
    start = max(sentence.rfind(stop, start, bracket) for stop in ".;:()") + 1 or start
    if not _COMPARISON_WORD.search(sentence, start, bracket):
        return None
    return _COMPARED_THEN_BRACKET.search(sentence, start, at)


def _bracketed_after_compared(c: Claim) -> Optional[str]:
    """The direction of the change a percentage bracketed alone after its base gives the
    size of: the last word of change before the comparison, else None."""
    at, end = claim_span(c)
    match = _compared_then_bracket(c.sentence, at)
    if match is None or not CLOSE_BRACKET.match(c.sentence, end):
        return None  # "an improvement compared to previous years (85.2% in 2022, …)": the base's own readings
    for w in reversed(LETTERS.findall(match.group("before"))[-6:]):
        direction = grammar.change_direction(w.lower()) or _noun_direction(w)
        if direction in ("up", "down"):
            return direction
    return None


# nouns of change a percentage is measured at or listed after: "decreases, at 7.4%", "an 11%
# increase from 2023, 45% from 2022" ("growth" and "contraction" too, "reduction" not)
_MEASURED_NOUN_DIRECTION = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "growth": "up",
                            "decrease": "down", "decline": "down", "drop": "down", "fall": "down", "contraction": "down"}
_MEASURED_CHANGE_NOUN = "|".join(_MEASURED_NOUN_DIRECTION)
# "bringing the contraction in the five months to 4.2%", "took the overall increase to 12%": a
# noun of change, its series or time, then 'to' and its size
# (a verb that carries the change to its new size leads: "continued their relative decline to
# 13.8%" names the level the subject declined to)
_CHANGE_NOUN_TO = lazy(r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|lift|lifts|lifting|lifted|"
                       r"put|puts|putting|rais(?:e|es|ed|ing))\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?(?P<n>[a-z]+)\s+"
                       r"(?:(?:in|of|for|over|during)\s+(?P<gap>[^.;:%()]{1,60}?)\s+)?to\s+" + _QUAL + r"[+\-−]?\s*$", re.I)
_CHANGE_NOUN_AT = lazy(r"\b(" + _MEASURED_CHANGE_NOUN + r")(?:s|es)?\s*,?\s*at\s+"
                       r"(?:[-+]?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*(?:,|and|,\s*and)\s*)*$", re.I)
_GAP_CHANGE_NOUN = r"\s+(?:" + _MEASURED_CHANGE_NOUN + r")\b"
# "a growth of 9% compared to the same period in 2023, 26% compared to 2022, and 31%", "an
# 11% increase from 2023, 45% from 2022": each member may carry its own base
_LIST_GAP = lazy(r"(?:" + _GAP_CHANGE_NOUN + r")?"
                 r"(?:\s*(?:(?:as\s+)?compared\s+(?:to|with)|from|over|on|against|versus|vs\.?|in|for|to)\s+[^,;.]{1,40}?)?"
                 # ("an increase of 570% in revenue and an astonishing 542% in volume": a gapped
                 # member may keep its article and one adjective)
                 r"\s*(?:,|;|,?\s*and|,?\s*or)\s*(?:by\s+)?(?P<kept>an?\s+(?:[a-z]+\s+)?)?", re.I)
_COMPARED_GAP = lazy(r"\s*(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?|against|over)\s", re.I)


_AND_GAP = re.compile(r"\s*,?\s*and\s+")
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.I)


def list_roles(claims: list[Claim]) -> None:
    """A list of percentages shares its predicate ('growth … is estimated to be 3 percent, 3
    percent, 5.1 percent and 4.3 percent respectively', 'grow at 2.5% in 2025, 1.6% in 2026',
    'up by 4.6 percent to 538,822 cars and by 6.7 percent to …'): a bare member after a
    growth is a growth too."""
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        if c.kind != K.PERCENT or c.role != R.RATE or c.context.get("share_of"):
            continue
        words = (c.metric or "").lower().split()
        if words and words[-1] in frame_words("rate_nouns") and words[-2:] != ["growth", "rate"]:
            continue  # "exports grew 5%, inflation 3%": a rate of its own
        prev = next((q for q in reversed(claims[:i]) if q.kind == K.PERCENT), None)
        if prev is None or prev.role != R.GROWTH:
            continue
        start = claim_span(p)[1] if p is not prev else claim_span(prev)[1]
        gap = c.sentence[start: claim_span(c)[0]]
        if p is not prev and not re.fullmatch(r"\s*(?:to\s+)?", c.sentence[claim_span(prev)[1]: claim_span(p)[0]]):
            continue  # only a level the growth reached may stand between them
        listed = _LIST_GAP.fullmatch(gap)
        # the words between the members, but the leading noun of change ("an 11% increase from
        # 2023, 45% from 2022") and the article and adjective the member keeps: no verb among them
        core = gap[: listed.start("kept")] if listed and listed.group("kept") else gap
        words = LETTERS.findall(re.sub("^" + _GAP_CHANGE_NOUN, "", core, flags=re.I))
        if listed and not any(grammar.is_verbal(w) for w in words if w.lower() != "compared"):
            c.role, c.direction = R.GROWTH, prev.direction
            c.context["change"] = prev.context.get("change") or prev.direction
            if c.metric is None and prev.metric and _COMPARED_GAP.match(gap):
                c.metric = prev.metric  # gapping: "32% compared to 2019, 19% compared to 2022"
    _ranked_lists(claims)
    _share_lists(claims)
    _distribution_lists(claims)
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        if not CLOSE_BRACKET.match(c.sentence, claim_span(c)[1]):
            continue  # "rose 8% ($4.2 billion in total)": more than the figure in the bracket
        if c.role == R.LEVEL and c.kind in AMOUNTS and p.role == R.GROWTH \
                and _BRACKET_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]):
            # "it increased by 5.5% (EUR 351 million)": the amount bracketed after a growth is
            # the same change in absolute terms, and a percentage bracketed after a change the
            # same change in relative terms
            c.role, c.direction = R.CHANGE, p.direction
            c.context["change"] = p.context.get("change") or p.direction
            if not c.metric and p.metric:
                c.metric = _GROWTH_SUFFIX.sub("", p.metric)  # the series whose change it is
        elif c.role == R.RATE and c.kind == K.PERCENT and p.role == R.CHANGE and p.kind in AMOUNTS \
                and _BRACKET_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]):
            # "rose by 1.8 billion USD (27.5 percent)": the same change in relative terms
            c.role, c.direction = R.GROWTH, p.direction
            c.context["change"] = p.context.get("change") or p.direction
    _restatements(claims)
    _compared_objects(claims)
    plans.within_sentence(claims)
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        amounts = c.role == R.LEVEL and p.role == R.CHANGE and c.kind in AMOUNTS
        # "rose the most in Russia (by 36%), followed by the Dutch (26%)": bracketed growths too
        percents = c.role == R.RATE and p.role == R.GROWTH and c.kind == K.PERCENT \
            and CLOSE_BRACKET.match(p.sentence, claim_span(p)[1])
        if amounts and c.unit != p.unit and _AND_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]) \
                and _RESPECTIVELY_AFTER.match(c.sentence, claim_span(c)[1]):
            # "the increase of USD 309.2 million and 1.4 million tons respectively": the change
            # noun governs every amount its "respectively" pairs off, in whatever unit
            c.role, c.direction = p.role, p.direction
            c.context["change"] = p.context.get("change") or p.direction
            continue
        if not (amounts or percents) or c.unit != p.unit:
            continue
        if _NAMED_LIST_GAP.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]):
            c.role, c.direction = p.role, p.direction
            c.context["change"] = p.context.get("change") or p.direction


# "by $17.7 million or 12.2%", "an increase of 3.3 billion riyals, equivalent to 8.6 percent",
# "US$14.79 million, an equivalent of 33%", "by five percent or US$1.74 million": an amount
# and a percentage joined as two statements of one figure, in absolute and relative terms
_RESTATED_GAP = lazy(r"\s*,?\s*(?:or|i\.e\.|(?:that\s+is|which\s+is)|(?:equivalent|equal|equating|amounting|corresponding)\s+to|"
                     r"an?\s+(?:equivalent|increase|decrease|rise|fall|drop|decline|growth)\s+of)\s*,?\s*"
                     r"(?:about|around|some|nearly|almost|roughly|approximately)?\s*", re.I)
_COMPARATIVE_AFTER = lazy(r"\s+(more|fewer|less|higher|lower)\b(?!\s+than\b)", re.I)
# "decreased by 3 percent, equivalent to Rs 38 billion": "to" closing a restatement, not a level reached
_EQUIVALENT_TO = lazy(r"\b(?:equivalent|equal|equating|corresponding)\s+to\s*$", re.I)
# "or 45.7 percent of the total", "(7.5% of all trade)": the percentage names its whole
PERCENT_OF = lazy(r"\s*\)?\s*of\b", re.I)
_CLAUSE_START = lazy(r"[;:]|\.\s|,\s*(?:and|but|while|whereas|which|who)\b", re.I)


def _clause_words_before(c: Claim) -> list[str]:
    """The words of the clause that leads up to a figure, lower-cased."""
    left = c.sentence[: claim_span(c)[0]]
    starts = [m.end() for m in _CLAUSE_START.finditer(left)]
    return [w.lower() for w in LETTERS.findall(left[starts[-1] if starts else 0:])]

_COMPARISON_VERB_BEFORE = lazy(r"\b(?:" + _COMPARE_ABOVE + "|" + _COMPARE_BELOW + r")\b(?:[^;:()\d]|\([^()\d]{0,40}\)){0,90}$", re.I)
_BY_NEXT = lazy(r"\s*(?:\([^()]{0,40}\)\s*)?by\s", re.I)


def _compared_objects(claims: list[Claim]) -> None:
    """'exceeds the year-to-date projection of US$144.2 million by US$17.7 million': the
    object of a verb of comparison, with the difference after 'by', is the figure compared
    with (the base), not the level reached."""
    for i in range(len(claims) - 1):
        c = claims[i]
        if c.role != R.LEVEL or c.kind not in AMOUNTS:
            continue
        local = claim_span(c)
        if _BY_NEXT.match(c.sentence, local[1]) and _COMPARISON_VERB_BEFORE.search(c.sentence, max(0, local[0] - 90), local[0]):
            c.context["compared"] = True


# (its own time between them: "or Vt3 million from Vt20 million" is the change from that level)
_FROM_EARLIER_LEVEL = lazy(r"\s+(?:in|during|for)\s+[^,;:()\d]{0,20}?\d{4}\s+from\s+(?:about\s+|around\s+|some\s+)?[^\s\d]{0,4}\d", re.I)


# "Curaçao (1,965 visitors; 14.4 percent)", "Italy (€3.1 million/6.4%)", "fees (1.9%, €53
# million)": an amount and a percentage side by side in one bracket restate one figure
_IN_BRACKET_GAP = lazy(r"\s*[;/,]\s*")


def _same_bracket(p: Claim, c: Claim) -> bool:
    """`p` and the figure after it, `c`, stand alone together inside one bracket."""
    left = p.sentence[: claim_span(p)[0]]
    return left.rfind("(") > left.rfind(")") and bool(CLOSE_BRACKET.match(c.sentence, claim_span(c)[1]))


def _restatements(claims: list[Claim]) -> None:
    """An amount and a percentage joined by 'or', 'equivalent to', 'an equivalent of' restate
    one figure. A change restated is a change in the other terms with the same direction (an
    amount after a growth, a percentage after a change); a level restated as a bare
    percentage, with no word of change or of a rate before it in its clause, is that level's
    part of a whole ('contributed US$30.14 million or 67%', 'a turnover of $2.19 billion
    (7.5%)'); after a verb of change it is the change in relative terms ('decreased to 21.5
    billion riyals, or 16.5 percent')."""
    for i in range(1, len(claims)):
        c, p = claims[i], claims[i - 1]
        gap = c.sentence[claim_span(p)[1]: claim_span(c)[0]]
        bracket = _BRACKET_GAP.fullmatch(gap)
        inner = _IN_BRACKET_GAP.fullmatch(gap) and _same_bracket(p, c)
        if not (bracket or inner or _RESTATED_GAP.fullmatch(gap)):
            continue
        pair = {c.kind, p.kind}
        if K.PERCENT not in pair or not pair & set(AMOUNTS):
            continue
        amount, percent = (p, c) if c.kind == K.PERCENT else (c, p)
        if percent.context.get("share_of") or percent.role == R.SHARE:
            continue
        comparative = _COMPARATIVE_AFTER.match(c.sentence, claim_span(c)[1]) if c is percent and not bracket else None
        if comparative and amount.role in (R.LEVEL, R.CHANGE) and percent.role in (R.RATE, R.GROWTH):
            # "267, or 31.2 percent fewer Canadians": one change, counted and in relative terms
            direction = "up" if comparative.group(1).lower() in ("more", "higher") else "down"
            start = claim_span(amount)[0]
            stated = amount.role == R.LEVEL and (_MODAL_LEVEL_LEAD.search(c.sentence, max(0, start - 40), start)
                                                 or _TOTALLING_LEAD.search(c.sentence, max(0, start - 40), start))
            # ("would have been around €11 billion, or 27% more year-on-year": a level supposed, then its change)
            for claim, role in ((percent, R.GROWTH),) if stated else ((amount, R.CHANGE), (percent, R.GROWTH)):
                claim.role, claim.direction = role, direction
                claim.context["change"] = direction
            continue
        if amount.role == R.CHANGE and percent.role == R.RATE and c is percent:
            percent.role, percent.direction = R.GROWTH, amount.direction
            percent.context["change"] = amount.context.get("change") or amount.direction
            if amount.context.get("base_plan"):
                percent.context["base_plan"] = True  # the same difference from a plan
        elif percent.role == R.GROWTH and amount.role == R.LEVEL and c is amount and not bracket \
                and (not REACHED.search(gap) or _EQUIVALENT_TO.search(gap)) \
                and not _FROM_EARLIER_LEVEL.match(c.sentence, claim_span(c)[1]):
            amount.role, amount.direction = R.CHANGE, percent.direction
            amount.context["change"] = percent.context.get("change") or percent.direction
            if (not amount.metric or amount.metric.lower() in ("equivalent", "equal")) and percent.metric:
                amount.metric = _GROWTH_SUFFIX.sub("", percent.metric)  # the series whose change it restates
        elif percent.role == R.GROWTH and amount.role == R.LEVEL and c is amount and not bracket:
            # "fell by 3.8 percent, or 3,293 tons in 2005 from 3,427 tonnes in 2004": the amount
            # set against an earlier one is the later level of the series, and so is that one
            series = _GROWTH_SUFFIX.sub("", percent.metric or "")
            for level in claims[i: i + 2]:
                if not level.metric and series and level.kind == amount.kind:
                    level.metric = series
        elif amount.role == R.LEVEL and percent.role == R.RATE and (c is percent or inner) \
                and not PERCENT_OF.match(c.sentence, claim_span(percent)[1]) and not (amount.unit or "").count("/"):
            words = _clause_words_before(amount)
            verb = next((grammar.change_direction(w) for w in reversed(words) if grammar.change_direction(w)), None)
            if verb and REACHED.search(c.sentence[: claim_span(amount)[0]][-14:]):
                percent.role, percent.direction = R.GROWTH, verb  # "decreased … to 21.5 billion riyals, or 16.5 percent"
                percent.context["change"] = verb
            elif not _changes_or_rates(words) and not _BY_END.search(c.sentence, max(0, claim_span(amount)[0] - 30), claim_span(amount)[0]):
                percent.role = R.SHARE  # ("and imports by $896 million (30.5 percent)": a gapped change, no part)
        elif amount.role == R.LEVEL and percent.role == R.RATE and c is amount \
                and PERCENT_OF.match(c.sentence, claim_span(c)[1]) and _OF_WHOLE_AFTER.match(c.sentence, claim_span(c)[1]):
            percent.role = R.SHARE  # "40-45 per cent or $203.87m of the total remittances"


# "contributed the most to total imports at 32.8 percent", "the countries that contributed
# the largest number of tourists were the United States, with 46%", "exported most goods to
# Switzerland (21.7%)": a verb of contribution or a superlative of distribution, then the
# member it names and its part
_DISTRIBUTION_BEFORE = lazy(r"\b(?:contribut(?:e|es|ed|ing)|most|the\s+(?:largest|biggest|greatest|highest)\s+(?:number|share|portion|part|proportion)|"
                            # "the main trade partners continue to be Turkey with 16.7%", "the main
                            # contributors to imports were manufactured goods (33.2 per cent)"
                            r"(?:main|largest|biggest|top|leading|major|principal|key)\s+(?:[a-z]+\s+){0,2}?(?:partners?|destinations?|markets?|"
                            r"sources?|contributors?|suppliers?|buyers?|customers?|origins?|products?|items?|commodities|categories)|"
                            r"the\s+bulk|the\s+majority)\b(?P<gap>[^.;:\d%]{0,80}?)(?:\bwith|\bat|\()\s*" + _APPROX + "$", re.I)
# "21.4 percent of the total", "9.9 percent of all imports": a part of a whole named as such
# (past an amount that restates it, "89% ($17.2 million) of the total"; or a whole that a
# name owns, "(~90%) of Canada's production")
# ("39% of which is financed by borrowing", "88% of this is derived from oil": a relative or
# demonstrative pronoun names the whole before it)
_OF_WHOLE_AFTER = lazy(r"\s*(?:\([^()]{1,40}\)\s*)?\)?\s*of\s+(?:the|its|their|all|total|overall|which|whom|this|these|those|them|"
                       r"(?-i:[A-Z])[\w.-]*['’]s)\b", re.I)
# "worth $16.2 billion, of which 67.7 percent comprised imports": the whole named first
_OF_WHICH_BEFORE = lazy(r"\bof\s+(?:which|whom)\s*,?\s*" + _APPROX + "$", re.I)


# "Half of all the travellers were American or British: 31.9% were British, and 19.5% were
# American", "45 percent came by air": a percentage that is the subject of its clause counts
# part of a population (not "5% was recorded", "3% is expected": a rate reported)
_CLAUSE_OPEN = lazy(r"(?:^|[:;,.]\s*|\b(?:and|while|whereas|but|with)\s+)(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+|over\s+|only\s+)?$", re.I)
_SUBJECT_VERB_AFTER = lazy(r"\s*(?:of\s+(?:them|these|those)\s+)?(?:were|was|are|is|came|come|arrived|went|travell?ed|stayed|lived|live|"
                           r"worked|work|said|say|chose|opted|preferred|originated)\b(?!\s+(?:up|down|higher|lower|recorded|reported|"
                           r"registered|expected|forecast|projected|estimated|seen|posted|achieved|the\b|an?\b|at\b|in\s+line))", re.I)
# "more than half the international tourists (54.7 percent) were from Asia": a fraction in words
# restated in figures
_FRACTION_BRACKET = lazy(r"\b(?:half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|the\s+majority|most)\s+(?:of\s+)?"
                         r"(?:the|all|its|their|all\s+the)\s+[^()\d;]{1,60}\(\s*$", re.I)


def _part_of_population(c: Claim, right: str) -> bool:
    local = claim_span(c)
    return bool(_FRACTION_BRACKET.search(c.sentence, max(0, local[0] - 90), local[0])) \
        or bool(_CLAUSE_OPEN.search(c.sentence, max(0, local[0] - 16), local[0])
                and _SUBJECT_VERB_AFTER.match(right))


def _followed_by_share(c: Claim, right: str) -> bool:
    """The head of a ranked distribution (_FOLLOWED_BY_AFTER), unless a word of change or of a
    rate in its clause makes the percentages changes or rates ('rose most in May (9%),
    followed by June (7%)', 'the jobless rate was highest in the north (9.1%), followed by')."""
    m = _FOLLOWED_BY_AFTER.match(right)
    if m is None:
        return False
    return not _changes_or_rates(_clause_words_before(c) + [w.lower() for w in LETTERS.findall(m.group(0))])


def _share_noun_before(c: Claim) -> bool:
    """A noun of proportion the figure completes ('shares of 6.5%') or that names the part its
    clause brackets ('the largest share of arrivals were aged 25 to 44 (42%)'), with no word
    of change or of a rate between them."""
    local = claim_span(c)
    if _SHARE_NOUN_OF.search(c.sentence, max(0, local[0] - 30), local[0]):
        return True
    m = _SHARE_NOUN_BRACKET.search(c.sentence, max(0, local[0] - 130), local[0])
    return m is not None and not _PERCENT_WORD.search(m.group("gap")) \
        and not _changes_or_rates([w.lower() for w in LETTERS.findall(m.group("gap"))])


def _distribution(c: Claim) -> bool:
    local = claim_span(c)
    m = _DISTRIBUTION_BEFORE.search(c.sentence, max(0, local[0] - 120), local[0])
    if m is None:
        return False
    words = [w.lower() for w in LETTERS.findall(m.group("gap"))] + [w.lower() for w in LETTERS.findall(c.sentence[max(0, m.start() - 30): m.start()])[-3:]]
    return not _changes_or_rates(words)  # "contributed to growth at 5%", "rose the most, at 25%"


def _changes_or_rates(words: list[str]) -> bool:
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


# ("from $11.7 billion in 2019 to $12.9 billion": a bare year may stand between them)
_FROM_TO_LEVEL = lazy(r"(?:\s+(?:in|for)\s+[^,;()\d]{0,30}?(?:(?:19|20)\d\d)?)?\s+to\s+(?:about\s+|around\s+|nearly\s+)?[^\s\d]{0,4}\s?\d", re.I)
# "export-import ratio", "loan-to-deposit ratio", "ratio of non-oil exports to imports": a
# ratio whose two terms are named (a 'dependence ratio' of one term is a share)
_TWO_TERM_RATIO = lazy(r"\b[a-z]+\s?[-–]\s?(?:to-)?[a-z]+\s+ratio\b|\bratio\s+of\s+.+\s+to\s+", re.I)
_GROWTH_SUFFIX = lazy(r"\s+(?:growth|decline)$")
# ("$751 million or (21%)": the 'or' of a restatement may stand before the bracket too)
_BRACKET_GAP = lazy(r"\s*(?:,?\s*or\s*)?\(\s*(?:or\s+|about\s+|around\s+|some\s+|nearly\s+)?")


# "rose the most (by 36%), followed by the Dutch (26%), Germans (7%) and Croatians (2%)": the
# members a ranked list names after its head, each with its figure in brackets or after
# 'at', 'with' or a dash (the first after 'followed by', the rest after a comma or 'and'); no
# figure stands in a member's name, though a digit may ("B2Gold")
_MEMBER = r"(?:[^.;:\d%()]|(?<=[A-Za-z])\d){1,60}?(?:\(|\bat\b|\bwith\b|[-–—:])\s*" + _APPROX
_FOLLOWED_GAP = lazy(r"\s*\)?\s*,?\s*followed\s+(?:closely\s+)?by\s+" + _MEMBER, re.I)
_NEXT_MEMBER_GAP = lazy(r"\s*\)?\s*(?:,\s*(?:and\s+)?|and\s+)" + _MEMBER, re.I)
# "This was followed by timber at 21%": a sentence that continues the ranked list before it
# ("These nationalities were followed by": a demonstrative may lead its noun)
_FOLLOWED_OPENING = lazy(r"\s*(?:(?:it|they|(?:this|that|these|those)(?:\s+[a-z]+){0,2})\s+(?:was|were|is|are)\s+(?:then\s+|closely\s+)?)?followed\s+"
                         r"(?:closely\s+)?by\s+" + _MEMBER + "$", re.I)


def _take_role(c: Claim, head: Claim) -> None:
    c.role, c.direction = head.role, head.direction
    if head.role == R.GROWTH:
        c.context["change"] = head.context.get("change") or head.direction
    c.context["ranked"] = True


def _ranked_lists(claims: list[Claim]) -> None:
    """The bare percentages of a ranked list after 'followed by' take the role of its head,
    a share or a growth, unless a rate is named between them ('followed by the jobless
    rate at 5%')."""
    for i in range(1, len(claims)):
        c = claims[i]
        if c.kind != K.PERCENT or c.role != R.RATE or c.context.get("change") or c.context.get("share_of"):
            continue
        head = next((q for q in reversed(claims[:i]) if q.kind == K.PERCENT), None)
        if head is None or head.role not in (R.SHARE, R.GROWTH):
            continue
        gap = c.sentence[claim_span(head)[1]: claim_span(c)[0]]
        if not (_FOLLOWED_GAP.fullmatch(gap) or head.context.get("ranked") and _NEXT_MEMBER_GAP.fullmatch(gap)):
            continue
        if any(w in frame_words("rate_nouns") for w in _clause_words_before(head) + [w.lower() for w in LETTERS.findall(gap)]):
            continue  # ("food inflation had the highest increase, 15%, followed by …": rates of their own)
        _take_role(c, head)


def ranked_list_continued(claims: list[Claim], before: list[Claim]) -> None:
    """'Tin accounted for 48% of exports. It was followed by timber at 21%': the first
    percentage of a sentence that opens with 'followed by' takes the role of the last
    percentage of the sentence before, a share or a growth."""
    first = next((c for c in claims if c.kind == K.PERCENT), None)
    if first is None or first.role != R.RATE or first.context.get("change") or not before \
            or not _FOLLOWED_OPENING.match(first.sentence[: claim_span(first)[0]]):
        return
    head = next((q for q in reversed(before) if q.kind == K.PERCENT and q.sentence == before[-1].sentence), None)
    if head is not None and head.role in (R.SHARE, R.GROWTH):
        _take_role(first, head)


# Where one member of an enumeration ends and the next begins
_LIST_JOINT = lazy(r",|;|\band\b|\bwhile\b|\bwhereas\b|\bfollowed\s+by\b|\bthen\b|\bnext\b", re.I)


def _share_lists(claims: list[Claim]) -> None:
    """'accounting for 68 percent of arrivals, followed by Canada with 16 percent and the
    United Kingdom 8 percent', 'was 81% in exports and 79% in imports', 'Of the visitors,
    75.9 percent arrived by air and 24.1 percent by land': the bare percentages that
    enumerate after a share divide the same whole, so they are shares too. The member after
    the last joint must carry no verb of its own (a verb there starts a statement of its own:
    'and the jobless rate was 5%'), and no word of change or of a rate may stand between."""
    for i in range(1, len(claims)):
        c = claims[i]
        if c.kind != K.PERCENT or c.role != R.RATE or c.context.get("change"):
            continue
        prev = next((q for q in reversed(claims[:i]) if q.kind in (K.PERCENT, K.PERCENTAGE_POINT)), None)
        if prev is None or prev.role != R.SHARE:
            continue
        gap = c.sentence[claim_span(prev)[1]: claim_span(c)[0]]
        joints = list(_LIST_JOINT.finditer(gap))
        if not joints or len(gap) > 160:
            continue
        words = [w.lower() for w in LETTERS.findall(gap)]
        if _changes_or_rates(words):
            continue
        last = LETTERS.findall(gap[joints[-1].end():])
        if any(grammar.is_verbal(w) and not w[0].isupper() for w in last):  # "the United Kingdom" is a name
            continue
        c.role = R.SHARE


# Where one member of a verbless enumeration ends and the next begins
_MEMBER_JOINT = lazy(r"[,;]|\band\b|&", re.I)
_DISTRIBUTION_MAX = 100.5  # the parts of one whole, printed rounded, add up to it at most


_ABBREVIATION = lazy(r"\b(?:[A-Z]\.){2,}")


def _member_gap(gap: str) -> bool:
    """The words between two figures of a list name the next member and nothing else: a
    joint, a few words, no figure, no verb, no word of change or of a rate."""
    gap = _ABBREVIATION.sub("A", gap)  # "B.C.", "U.S.": a name's stops end no member
    if len(gap) > 80 or any(ch.isdigit() or ch in ".%" for ch in gap) or not _MEMBER_JOINT.search(gap):
        return False
    words = LETTERS.findall(gap)
    # (by form alone "diving", "processed" name members: only a verb of the closed classes
    # or of change starts a clause of its own)
    return len(words) <= 8 and not any(w.lower() in grammar.closed("aux") or w.lower() in grammar.closed("verb")
                                       for w in words) \
        and not _changes_or_rates([w.lower() for w in words])


_COLON_LEAD = lazy(r"(?:^|[.;]\s)(?P<lead>[^.;:]{1,160}):[^:;]*$")


def _colon_lead_words(first: Claim) -> list[str]:
    """The words of the lead a colon ends before a list ('Here is the unemployment rate for
    major worker groups: adult men, 4.7%; …'): it names what each member measures."""
    m = _COLON_LEAD.search(first.sentence[: claim_span(first)[0]])
    return [w.lower() for w in LETTERS.findall(m.group("lead"))] if m else []


def _distribution_lists(claims: list[Claim]) -> None:
    """'Italy (12.12 percent), Croatia (10.53 percent) and Slovenia (8.56 percent)', '13.62%
    to Sudan, 3.64% to India and 2.67% to the United States', 'vacation (49.1 percent) and
    diving (37.9 percent)': percentages that enumerate members, each with its own, where no
    word of change or of a rate governs the list, divide one whole: they are shares. Three
    members at least (two where each stands in brackets), together no more than the whole;
    a list under a rate ('inflation in Lima (3.1%), Cusco (2.5%)') or a change ('increases
    in A (7%), B (31%)') keeps its own reading."""
    runs, run = [], []
    for c in claims:
        if c.kind != K.PERCENT:
            continue
        if run and _member_gap(c.sentence[claim_span(run[-1])[1]: claim_span(c)[0]]) and c.sentence == run[-1].sentence:
            run.append(c)
        else:
            if len(run) > 1:
                runs.append(run)
            run = [c]
    if len(run) > 1:
        runs.append(run)
    for run in runs:
        members = [c for c in run if c.role == R.RATE and not c.context.get("change")]
        bracketed = all(c.sentence[: claim_span(c)[0]].rstrip().endswith("(") for c in run)
        enough = len(run) >= (2 if bracketed else 3)
        governing = _governing_change(run[0]) if members and enough else None
        if governing and all(c.role in (R.RATE, R.GROWTH) for c in run):
            # "the largest increases were in forestry (10.7%), water (6.4%) and mining (7.4%)":
            # a word of change governs the list, every member grew (or fell) by its figure
            for c in members:
                c.role, c.direction = R.GROWTH, governing
                c.context["change"] = governing
            continue
        if len(members) != len(run) and any(c.role != R.SHARE for c in run if c not in members):
            continue  # a growth or a rate among them: not one whole's parts
        if not enough or not members:
            continue
        if sum(c.value for c in run) > _DISTRIBUTION_MAX or any(c.value <= 0 for c in run):
            continue
        first, last = run[0], run[-1]
        if not LETTERS.search(first.sentence, 0, claim_span(first)[0]):
            continue  # no member named before the first figure: a fragment of a sentence cut short ("B.C. (2.7 per cent), …")
        if _changes_or_rates(_clause_words_before(first) + _colon_lead_words(first)):
            continue
        # (the rest of the clause: "… (7.5%) were the key drivers of the non-food inflation")
        after = re.split(r"[.;:]", last.sentence[claim_span(last)[1]:], maxsplit=1)[0][:90]
        if _changes_or_rates([w.lower() for w in LETTERS.findall(after)]):
            continue
        if any((c.metric or "").lower().split()[-1:] and (c.metric or "").lower().split()[-1] in frame_words("rate_nouns") for c in run):
            continue
        for c in members:
            c.role = R.SHARE


_TO_FIRST = lazy(r"\s*(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[^\w\s]{0,4}\s*", re.I)
_NO_FIGURE_BUT_YEARS = lazy(r"(?:[^\d%]|(?<!\d)(?:19|20)\d\d(?!\d))*")


def _governing_change(first: Claim) -> Optional[str]:
    """The direction of a word of change ('increases were recorded in', 'the largest growth
    was in', 'the greatest drop was in') that governs a verbless list from before its first
    member, in the same clause with no figure, share or rate between them; else None."""
    left = first.sentence[: claim_span(first)[0]]
    starts = [m.end() for m in _CLAUSE_START.finditer(left)]
    clause = left[starts[-1] if starts else 0:]
    if _FIGURE_IN_GAP.search(_YEAR.sub("", left)) or any(w.lower() in frame_words("rate_nouns") for w in LETTERS.findall(left)):
        return None  # ("42.4% of the total increase was in winter, 26.2% in summer": parts of another figure's whole;
        # "food inflation, which had the highest increase of 15%, followed by …": rates)
    lead = _COLON_LEAD.search(left)
    if lead and starts and left[starts[-1] - 1] == ":":
        clause = lead.group("lead") + " " + clause  # "Increases were recorded in these markets: A (7%), …"
    words = list(LETTERS.finditer(clause))
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group(0).lower()
        if w in frame_words("rate_nouns") or _SHARE_WORDS.fullmatch(w):
            return None  # "the jobless rate rose most in Oruro (9.1%)", "its share grew in …"
        direction = grammar.change_direction(w) or _noun_direction(w)
        if direction in ("up", "down"):
            rest = clause[words[k].end():]
            if _TO_FIRST.fullmatch(rest):
                return None  # "prices rose to $5 in Lima, $6 in Cusco": the levels reached
            return direction if _NO_FIGURE_BUT_YEARS.fullmatch(rest) else None
    return None


# "rose in Sarawak by RM740.6 million, Negeri Sembilan (RM369.3 million), and Perlis (…)":
# the places of a list after a change each carry their own bracketed change
_NAMED_LIST_GAP = lazy(r"\s*\)?\s*(?:,|;|,?\s*and|,?\s*followed\s+by)\s*(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}\(\s*", 0)


_OVER = lazy(r"over\b", re.I)
# A change followed at once by 'from' and a figure (no comma, no 'up'): the level it started
# from ("a $3 million rise from $20 million"); "added 200,000 jobs, up from 150,000" compares
# two changes
# (after "or 12%," too: "up 247,736,000 bus, or 12%, from 2,061,939,000": the change restated in relative terms first)
_CHANGE_FROM = lazy(r"(?:\s*,?\s*or\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s*,?)?"
                    r"[\s-]*(?:(?!up\b|down\b)[a-z]+\s+){0,2}?from\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?"
                    r"[^\s\d]{0,4}\s?", re.I)


_LEVEL_NOT_CHANGE = 5  # a figure compared with a change, this many times its size, is a level
# "to 6.7 percent of GDP from 7.5 percent", "2.0 percent of GDP, up from 0.9 percent": the
# earlier reading of a part or a rate, set against the later one by 'from' (its whole named
# or not between them); no other figure or clause stands between
_FROM_EARLIER_READING = lazy(r"(?:\s+of\s+[^\d;:.,()]{1,40}?)?\s*,?\s*(?:(?:up|down)\s+)?from\s+"
                             r"(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


def _from_earlier_reading(claims: list[Claim], i: int) -> bool:
    """A percentage after 'from' that restates, for an earlier time, the share or rate just
    before it takes that figure's role, whatever growth its inherited metric names: the change
    is the distance between the two readings, neither reading is it."""
    c, p = claims[i], claims[i - 1] if i else None
    if p is None or c.kind != K.PERCENT or p.kind != K.PERCENT or c.role != R.GROWTH or p.role not in (R.SHARE, R.RATE):
        return False
    if not _FROM_EARLIER_READING.fullmatch(c.sentence, claim_span(p)[1], claim_span(c)[0]):
        return False
    c.role, c.direction = p.role, None
    c.context.pop("change", None)
    return True


# "an increase of 11.4%, compared to 9.1% during January 2019", "by 21.2% to 13,837 MD against
# 20.2% a year before": after the growth's last figure (a level it reached may stand between),
# a word of comparison alone, then the other side
_AGAINST_TAIL = lazy(r"(?:(?!\b(?:above|below|higher|lower|more|less|greater|smaller|ahead|behind|over|from|at)\b)(?:[^\d%;:()]|(?<=[A-Za-z])\d+|(?<!\d)(?:19|20)\d\d(?!\d)))*?"
                     r"\b(?:(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|(?:as\s+)?against|versus|vs\.?|than)\s+"
                     r"(?:an?\s+|the\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
# a figure standing alone (not a year, nor the digit of a name such as "Q2")
_FIGURE_IN_GAP = lazy(r"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*(?![\w-])")


def _compared_growth(prev: Claim, c: Claim) -> bool:
    """A bare percentage set against a growth by 'compared to', 'against', 'versus', 'than',
    with only a level the growth reached between them (no comparative: '7.3% above the 53.9%'
    names the level compared with) and no rate or share named as its own."""
    gap = c.sentence[claim_span(prev)[1]: claim_span(c)[0]]
    figures = list(_FIGURE_IN_GAP.finditer(gap))
    if "%" in gap or "per cent" in gap.lower() or "percent" in gap.lower():
        return False
    tail = gap[figures[-1].end():] if figures else gap
    if figures and not REACHED.search(gap[: figures[0].start()].rstrip("$€£¥₹")):
        return False  # another figure stands between that is no level reached
    if not _AGAINST_TAIL.fullmatch(tail):
        return False
    words = [w.lower() for w in LETTERS.findall(gap)] + (c.metric or "").lower().split()
    return not any(w in frame_words("rate_nouns") or _SHARE_WORDS.fullmatch(w) for w in words)


def comparison_roles(claims: list[Claim]) -> None:
    """'employers added 332,000 jobs, compared with the 236,000 initially reported': the
    figure a change is compared with is a change too (an earlier estimate, another
    period's change), whatever its own words say."""
    compared_share = False
    for i, c in enumerate(claims):
        if _from_earlier_reading(claims, i):
            continue
        if c.role == R.CHANGE and REACHED.search(c.sentence[: claim_span(c)[0]][-12:]) and i \
                and claims[i - 1].unit == c.unit and claims[i - 1].role == R.CHANGE:
            # "an increase in the goods deficit of $4 billion to $69.7 billion": the figure
            # after "to" is the level the change reached, not a second change
            c.role, c.direction = R.LEVEL, None
            c.context.pop("change", None)
            continue
        if c.kind == K.PERCENT and c.role == R.RATE and i and compared_before(c.sentence[: claim_span(c)[0]][-40:]):
            prev = next((p for p in reversed(claims[:i]) if p.kind == K.PERCENT), None)
            if prev is not None and prev.role == R.SHARE:
                c.role = R.SHARE  # "a 28.3% share compared to 29% in 2021": the other side is a share too
                compared_share = True
            elif prev is not None and prev.role == R.GROWTH and _compared_growth(prev, c):
                # "an increase of 11.4%, compared to 9.1% a year before": the other side of a
                # growth is the growth of another time or place
                c.role = R.GROWTH
                c.direction = "down" if c.value < 0 else prev.direction
                c.context["change"] = c.direction
            continue
        compared = COMPARED_BEFORE.search(c.sentence[: claim_span(c)[0]][-40:]) if c.role == R.LEVEL else None
        if compared is None:
            continue
        if _OVER.match(compared.group(0)):
            continue  # "an increase of 70,688 visitors over the 715,891 recorded": the level a change is measured from
        if _FROM_TO_LEVEL.match(c.sentence, claim_span(c)[1]):
            continue  # "by 17.3 percent (P924.8 million) from P5.3 billion in October to P4.4 billion": two levels
        prev = next((p for p in reversed(claims[:i]) if p.unit == c.unit), None)
        if prev is not None and _MORE_THAN_AFTER.match(c.sentence, claim_span(prev)[1]):
            continue  # "770,000 more than the 11.07 million seen in 2018": the level compared with
        restated = i >= 2 and prev is claims[i - 2] and claims[i - 1].kind == K.PERCENT
        if (prev is claims[i - 1] or restated) and _CHANGE_FROM.fullmatch(c.sentence, claim_span(prev)[1], claim_span(c)[0]):
            continue  # "grew $457 million from $1.293 billion", "a 37-person jump from the 934": where it started
        if prev is not None and prev.role == R.CHANGE and c.value > _LEVEL_NOT_CHANGE * abs(prev.value):
            continue  # "down 10,910,000 bus … compared with 2,326 million bus": a level, orders above the change
        if prev is not None and prev.role == R.CHANGE:
            c.role = R.CHANGE
            c.context["change"] = c.context.get("change") or prev.context.get("change")
    if compared_share:
        _share_lists(claims)  # "compared with 87% a month before and 86% a year before": the rest of that side


_VALENCE_WORD = lazy(r"\b[A-Za-z]+\b")
# "an improvement in the deficit": the nouns a word of valence governs after "in" or "of"
_GOVERNED_NOUNS = lazy(r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\b")
_CHANGE_WORD_END = lazy(r"\b(?:growth|decline)$")
_CLAUSE_BREAK = lazy(r"[;:]|\b(?:while|whereas|but|and)\b", re.I)


def valence_of_burdens(claims: list[Claim]) -> None:
    """'The deficit deteriorated by 25.9%', 'a worsening of $751 million in the loss': a verb
    or noun of valence (better or worse, frame_words.yaml) gives a change the direction of its
    quantity's value, so of a burden (a deficit, a loss, debt: worse the larger) a worsening
    is a rise and an improvement a fall. The quantity is the last burden or balance noun of
    the clause before the valence word, or the one it governs after 'in'/'of' ('an improvement
    in the deficit'); a balance or surplus, or no such noun, keeps the word's plain reading."""
    worse, better = frame_words("valence_worse"), frame_words("valence_better")
    burdens, balances = frame_words("burden_nouns"), frame_words("balance_nouns")
    for c in claims:
        if c.role not in (R.CHANGE, R.GROWTH) or c.direction not in ("up", "down", None):
            continue
        start = claim_span(c)[0]
        words = list(_VALENCE_WORD.finditer(c.sentence, max(0, start - 70), start))
        at = next((k for k in range(len(words) - 1, -1, -1) if words[k].group(0).lower() in worse | better), None)
        if at is None:
            continue
        valence = words[at].group(0).lower()
        if any(grammar.change_direction(w.group(0)) or grammar.change_noun_direction(w.group(0))
               for w in words[at + 1:]) or _CLAUSE_BREAK.search(c.sentence, words[at].end(), start):
            continue  # another change word, or another clause, between the valence word and the figure
        plain = "down" if valence in worse else "up"
        if c.direction not in (plain, None):
            continue  # a printed sign or a word nearer the figure decided otherwise
        governed = _GOVERNED_NOUNS.match(c.sentence[words[at].end(): start])
        nouns = governed.group(1).split() if governed else []
        if not any(n.lower() in burdens | balances for n in nouns):
            head = c.sentence[: words[at].start()]
            head = head[max((m.end() for m in CLAUSE_OPENING.finditer(head)), default=0):]
            nouns = re.findall(r"[A-Za-z]+", head)
        quantity = next((n.lower() for n in reversed(nouns) if n.lower() in burdens | balances), None)
        if quantity is None or quantity in balances and not _burden_balance(nouns, quantity):
            continue
        c.direction = c.context["change"] = "up" if valence in worse else "down"
        if c.metric and c.kind == K.PERCENT:
            # the growth or decline a percentage's metric was named with follows the direction
            c.metric = _CHANGE_WORD_END.sub("growth" if c.direction == "up" else "decline", c.metric)


def _burden_balance(nouns: list[str], quantity: str) -> bool:
    """'a deficit balance of Vt2.9 billion': a balance named by its burden is the burden."""
    low = [n.lower() for n in nouns]
    k = len(low) - 1 - low[::-1].index(quantity)
    return k > 0 and low[k - 1] in frame_words("burden_nouns")


# "…, or a difference of 2,486", "— a variation of $3 million": a noun of difference apposed
# to the clause before it (after a dash, a comma or a bracket, 'or', 'i.e.', 'that is')
_APPOSED_DIFFERENCE = lazy(r"(?:[—–,;(]|\s-)\s*(?:or\s+|i\.\s?e\.,?\s+|that\s+is,?\s+)?(?:an?|the)\s+(?:[a-z-]+\s+)?"
                           r"(?P<n>[a-z]+)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?[$€£¥₹]?\s*$", re.I)


def apposed_differences(claims: list[Claim]) -> None:
    """"Arrivals rose by 7.1 per cent, to 36,757 from 34,335 — or a difference of 2,486": a
    difference of no stated side apposed to a clause that tells a change restates that change,
    and goes its way. The changes told before it in the sentence (else its verbs of change)
    must agree; with none, or with a rise and a fall ("exports rose 5% while imports fell 3%, a difference of …"), the
    side stays unknown."""
    for i, c in enumerate(claims):
        if c.role != R.CHANGE or c.context.get("change") != "either":
            continue
        apposed = _APPOSED_DIFFERENCE.search(c.sentence, max(0, claim_span(c)[0] - 60), claim_span(c)[0])
        if apposed is None or _difference(apposed.group("n")) != "either":
            continue
        sides = {p.direction for p in claims[:i] if p.role in (R.CHANGE, R.GROWTH)}
        words = {grammar.change_direction(w) for w in _LETTERS.findall(c.sentence[: apposed.start()])} - {None}
        if not sides and len(words) == 1:
            sides = words  # "fell to 96,000 from 100,000, a difference of 4,000": the verb's way
        if len(sides) == 1 and None not in sides and (not words or words == sides):
            c.direction = c.context["change"] = next(iter(sides))


# "75 per cent of the export activity stopped", "a third of the jobs were lost": the part of
# a whole that ceased (a verb of cessation, or a passive verb of loss, ending its clause or
# followed by a time or a cause) is how far the whole fell
_PART_CEASED = lazy(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,4}?"
                    r"(?:(?:stopped|ceased|halted|disappeared|vanished|evaporated|dried\s+up)"
                    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:lost|destroyed|eliminated|wiped\s+out|shut\s+down|wiped\s+off))"
                    # (a place after the verb makes another sense: "20% of the flights stopped in Dubai")
                    r"(?=\s*(?:[,.;)”\"]|$)|\s+(?:after|when|because|following|during|since|due|last|this|completely|"
                    r"entirely|altogether|overnight)\b|\s+in\s+(?:(?:19|20)\d\d|the\s+(?:first|second|third|fourth|last|past|same)\b|"
                    r"(?-i:[A-Z][a-z]+)\s+(?:19|20)\d\d))", re.I)


def ceased_parts(claims: list[Claim]) -> None:
    """A percentage of a whole that ceased or was lost is the whole's fall in relative terms
    ("75 per cent of the export activity stopped after it decreased from 227,000 tons to
    59,000 tons"), not a part that stands ("75 per cent of the exports went to China",
    "40 per cent of smokers stopped smoking": the verb's own object, no cessation of the whole)."""
    for c in claims:
        if c.kind == K.PERCENT and c.role in (R.SHARE, R.RATE) and _PART_CEASED.match(c.sentence, claim_span(c)[1]):
            c.role, c.direction = R.GROWTH, "down"
            c.context["change"] = "down"
            c.context.pop("share_of", None)
