"""The claim frame's roles, read one figure at a time: what each number is in its statement
(level, change, growth, share, rate, ratio, count, rank, span; models.Role) and which way a
change goes. The words around a figure decide (verbs and nouns of change, comparatives,
signs, verbs of proportion, partitives, restatements in other terms): `assign_role`. After
`sentence_roles` has read a sentence's figures together, two more readings of one figure's
own words run here: the valence of a burden ('the deficit worsened by 25.9%' is a rise) and
the part of a whole that ceased ('75 per cent of the export activity stopped' is a fall).
The words both readings share are `role_words`'; the period of each figure is the `frame`
package's.

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import grammar, qualifiers
from factcheck.extract.kinds import AMOUNTS, K, R
from factcheck.extract.patterns import CLOSE_BRACKET, lazy, triggered
from factcheck.extract.role_words import (APPOSED_PERCENT, APPROX, BY_END, COMPARE_ABOVE, COMPARE_BELOW, FIGURE_IN_GAP,
                                          GROWTH_SUFFIX, MEASURED_CHANGE_NOUN, MEASURED_NOUN_DIRECTION, MODAL_LEVEL_LEAD,
                                          MORE_THAN_AFTER, NOUN_DIRECTION, OF_WHOLE_AFTER, QUAL, SHARE_WORDS, TOTALLING, YEAR,
                                          changes_or_rates, clause_words_before, difference, frame_words, noun_direction)
from factcheck.models import Claim
# where a figure stands in its sentence, and the comparison and reached-level patterns that
# the time half reads too
from factcheck.extract.frame.comparisons import CLAUSE_OPENING, REACHED
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.vocabulary import LETTERS

_CHANGE_NOUN = "|".join(NOUN_DIRECTION)  # "an increase in X (…)"
_CHANGE_BEFORE = lazy(r"\b(?P<w>[A-Za-z]+)\s+(?:(?:sharply|slightly|further|marginally|by)\s+)?" + QUAL + r"[$€£¥₹]?\s*$"
                            # (a noun's own phrase ends before a relative pronoun: "the end of the quarter
                            # which represented a decrease of 7,900" names the decrease, not the end)
                            # ("2009's increase of 84,000", "a seasonally adjusted increase in employment of 9,600":
                            # a possessive determines the noun too, and two words may modify it)
                            r"|(?:\b(?:an?|the)|['’]s)\s+(?:(?P<a>[a-z]+)\s+)?(?:[a-z-]+\s+)?(?P<n>[a-z]+)\s+(?:(?:in|of)\s+(?:(?!\b(?:which|who|that)\b)[^,;]){0,40}?\s+)?of\s+"
                            + QUAL + r"[$€£¥₹]?\s*$", re.I)
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
_MORE_OF = lazy(APPOSED_PERCENT + r"\s*(?P<w>more|additional|extra|fewer|less)\s+(?!than\b)[a-z]", re.I)
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
_CHANGE_NOUN_OF_BEFORE = lazy(r"\b(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?P<n>[a-z]+)\s+of\s+" + QUAL + r"[+\-−]?\s*$", re.I)
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
# "sales separately, at 3,932 units, or 45.7 percent more than in 2022": a level stated, then its change
# ("imported goods worth €309 million or 12.3 percent more than": the value of what was traded)
_LEVEL_LEAD = lazy(rf"\b(?:at|to|of|was|were|is|are|reached|hit|worth|{TOTALLING})\s+"
                   r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[^\s\d]{0,4}\s*$", re.I)
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
# "94.8 percent (2.1 billion dollars) corresponded to international tourists", "24 percent
# went to Europe": a verb of proportion after the figure, past an apposed amount
_PROPORTION_AFTER = lazy(r"\s*(?:,\s*)?(?:\([^()]{0,50}\)\s*,?\s*)?(?:account(?:s|ed)?\s+for|correspond(?:s|ed)?\s+to|"
                         r"(?:was|were|is|are)\s+(?:accounted\s+for\s+by|attributable\s+to|destined\s+for))\b", re.I)
# "The share of EU member states was 81% in exports", "its proportion of the total stood at
# 12%": a noun of proportion heads the clause whose figure it is
_SHARE_SUBJECT = lazy(r"\b(?:share|proportion|percentage|portion|distribution|breakdown)\b(?!\s+(?:prices?|index|capital|markets?|buy-?backs?)\b)(?:\s+of\b)?[^.;:\d%]{0,80}?\b(?:was|were|is|are|stood\s+at|reached|"
                      r"amounted\s+to|came\s+to|at|(?:recorded|registered|posted|held|had)(?:\s+an?)?)\s+" + APPROX + "$", re.I)

# "with shares of 3.9%, 3.7% and 3.7%", "The largest proportion of inbound tourists were aged
# 25 to 44 (56.4 per cent)", "in the following proportions: cereals (87%)": a noun of
# proportion that the figure completes, or that its clause names before the bracketed figure
_PERCENT_WORD = lazy(r"\bper\s?cent\b|\bpercent\b", re.I)  # another percentage in the gap is the noun's
_SHARE_NOUN_OF = lazy(r"\b(?:shares|proportions|percentages)\s+of\s+" + APPROX + "$", re.I)
_SHARE_NOUN_BRACKET = lazy(r"\b(?:shares?|proportions?|distribution|breakdown)\b(?!\s+(?:prices?|index|capital|markets?|buy-?backs?)\b)"
                           r"(?P<gap>(?:[^.;%()]|(?<=\d)\.(?=\d)){0,100})\(\s*" + APPROX + "$", re.I)


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
_ADDED_BEFORE = lazy(r"\b(?:an?|the)\s+(?:additional|extra)\s+" + QUAL + r"[$€£¥₹]?\s*$", re.I)
# what closes an apposition opened before the amount: its pair of dashes or its bracket
_APPOSITION_CLOSES = {"(": lazy(r"\s*\)"), "–": lazy(r"\s*–"), "—": lazy(r"\s*—"), "-": lazy(r"\s+-\s")}
_JOBS_WORD = lazy(_JOBS, re.I)


def _plain_change_noun(word: str) -> Optional[str]:
    """The direction of a plain noun of change, singular or plural ("increases", "drops"):
    these name an amount set beside them; "expansion", "growth" and their like also name
    projects and programmes ("the expansion of the Tengiz project ($38 billion)")."""
    w = word.lower()
    return NOUN_DIRECTION.get(w) or (NOUN_DIRECTION.get(w[:-1]) if w.endswith("s") else None)


def _particle_lead(window: str, lead: re.Match) -> bool:
    before = LETTERS.findall(window[: lead.start("w")][-20:]) if lead.group("w") else []
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
    more = None if gap else MORE_THAN_AFTER.match(right)
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
        if after and (noun_change := noun_direction(after.group(1)) or difference(after.group(1))):
            # "a $3.8 billion decrease in exports": the amount premodifies a noun of change
            change = noun_change
            c.context["change"] = change
    if not change and c.kind in AMOUNTS:
        noun = grammar.CHANGE_NOUN_IS_AMOUNT.search(c.sentence, max(0, local[0] - 70), local[0])
        if noun and (noun_change := noun_direction(noun.group("n"))):
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
                if word else noun_direction(lead.group("n")) or difference(lead.group("n"), lead.group("a"))
            if change and not word and difference(lead.group("n")) \
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
                        and not MODAL_LEVEL_LEAD.search(c.sentence, max(0, local[0] - 40), local[0]) or apposed.group("c2")
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
        words = LETTERS.findall(c.sentence[: local[0]][-40:])
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
            c.metric = GROWTH_SUFFIX.sub("", c.metric) or None  # the rate's series, not its change
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
        elif c.context.get("share_of") or c.context.get("baseline_period") or SHARE_WORDS.search(c.metric or "") \
                or _part_in_total(c.metric) or _WORD_FRACTION.search(c.surface) \
                or _SHARE_AFTER.match(right) \
                or _PROPORTION_VERB.search(c.sentence, max(0, local[0] - 40), local[0]) \
                or _PROPORTION_AFTER.match(right) \
                or _REMAINING_BEFORE.search(c.sentence, max(0, local[0] - 30), local[0]) \
                or grammar.FRONTED_PARTITIVE.search(c.sentence, max(0, local[0] - 110), local[0]) \
                or _SHARE_SUBJECT.search(c.sentence, max(0, local[0] - 110), local[0]) \
                or OF_WHOLE_AFTER.match(right) or _distribution(c) or _part_of_population(c, right) \
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
    return m is not None and not changes_or_rates([w.lower() for w in LETTERS.findall(m.group("gap"))])
_ORDINAL = lazy(r"\b(?:\d{1,2}(?:st|nd|rd|th)|[QH][1-4]|[1-4][QH])\b", re.I)  # "the 1st three months", "in Q4 2022"
_AS_WELL = lazy(r"\bas\s+well\b", re.I)
_QUOTED_NAME = lazy(r"[‘“\"][^‘’“”\"]{1,80}[’”\"]|(?<!\w)'[^'\d]{1,80}'(?!\w)")
_CLAUSE_STOP = frozenset({"and", "but", "while", "whereas", "which", "that", "who", "as", "when"})
# participles whose 'by' names an agent, not the size of a change ("the rise was led by $24 billion of …")
_AGENTIVE = frozenset({"led", "driven", "caused", "fuelled", "fueled", "powered", "dominated", "offset", "helped",
                       "supported", "accompanied", "followed", "underpinned", "spurred", "propelled", "explained",
                       "headed", "topped", "matched", "financed", "funded", "backed", "made"})
_AGENT_BY = lazy(r"\b(?:" + "|".join(sorted(_AGENTIVE)) + r")\s+by\s+" + QUAL + r"[$€£¥₹]?\s*$", re.I)
# the verb, its base figure, then 'by' and the difference
_COMPARISON_BY = lazy(r"\b(?:(?P<up>" + COMPARE_ABOVE + r")|(?P<down>" + COMPARE_BELOW + r"))\b(?:[^;:.!?]|(?<=\d)\.(?=\d)){0,110}?\d"
                      r"(?:[^;:.!?]|(?<=\d)\.(?=\d)){0,40}?\s$", re.I)


# the base named by words, not by a figure: "surpassing the estimate by", "less than the budget by"
_COMPARISON_NAMED_BY = lazy(r"\b(?:(?P<up>" + COMPARE_ABOVE + r"|above|(?:more|higher|greater)\s+than)|(?P<down>" + COMPARE_BELOW
                            + r"|below|(?:less|lower|fewer)\s+than))\s+(?:[\w'’-]+\s+){1,5}?$", re.I)
# An amount that one series exceeds another by is the level of a gap ("deaths exceeded births
# by 161,000", "revenues fell short by $17m"), not a change over time ("exceeded last year's
# total by $3m") nor against a plan ("exceeded budget levels by $12 million", as desks read it)
# asked before every amount: run only in a sentence that holds one of its verbs
_GAP_BASE = triggered(lazy(r"\b(?:" + COMPARE_ABOVE + r"|" + COMPARE_BELOW + r"|f(?:e|a)ll(?:s|en|ing)?\s+short)\b(?P<base>[^;:.!?\d]{0,60}?)\s+by\s+"
                           + QUAL + r"[$€£¥₹]?\s*$", re.I),
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
                          + QUAL + r"[+\-−]?\s*[$€£¥₹]?\s*$", re.I)
# "rose in technicians by 10,200 or 13.5%, in service workers (with shop staff) by 7,200": a
# later item of a list of sizes after 'by', each of the one verb of change before the first
# ("by 953 million USD (25.2 percent), and import by", "dropped by only .9% and United States by")
_LISTED_BY = lazy(r"\bby\s+" + QUAL + r"[+\-−]?\s*[$€£¥₹]?\s*[\d.]?\d[\d.,]*(?:\s*(?:%|per\s?cent|percent|[A-Za-z]+)){0,2}"
                  r"(?:\s*,?\s*or\s+[\d.,]+\s*(?:%|per\s?cent|percent)|\s*\(\s*[\d.,]+\s*(?:%|per\s?cent|percent)\s*\))?"
                  r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[^\d;:()]|\([^\d;:()]*\)){1,100}$", re.I)


def _direction_before_by(left: str, kind: str) -> Optional[str]:
    by = BY_END.search(left, max(0, len(left) - 40))
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
    if noun and (direction := noun_direction(noun.group("n"))) in ("up", "down") \
            and not any(grammar.is_verbal(w) and not w[0].isupper() for w in LETTERS.findall(noun.group("series"))):
        # "a rise in the number of American guests, GCC and other Arabs by 23.5 per cent": a noun
        # of change whose series, coordinated or not, stands between it and its 'by'
        return direction
    segment = _ORDINAL.sub("N", YEAR.sub("Y", left[max(0, by.start() - 90): by.start()].rstrip()))
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
                     r"quicken(?:ed|s|ing)?|rebound(?:ed|s|ing)?)\s+(?:down\s+|back\s+)?to\s+" + QUAL + r"[+\-−]?\s*$", re.I)


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
        return grammar.change_direction(noun.group(1)) or noun_direction(noun.group(1)) or "up"
    after = _CHANGE_NOUN_AFTER.match(right)
    if after and (noun_change := noun_direction(after.group(1))):
        return noun_change
    modified = _MODIFIED_CHANGE_NOUN_AFTER.match(right)
    if modified and _ARTICLE_BEFORE.search(c.sentence, max(0, local[0] - 30), local[0]) \
            and (noun_change := noun_direction(modified.group(1))):
        return noun_change
    of = _CHANGE_NOUN_OF_BEFORE.search(c.sentence, max(0, local[0] - 60), local[0])
    if of and (noun_change := noun_direction(of.group("n"))):
        return noun_change
    to = _CHANGE_NOUN_TO.search(c.sentence, max(0, local[0] - 110), local[0])
    if to and (noun_change := noun_direction(to.group("n"))) and not FIGURE_IN_GAP.search(to.group("gap") or "") \
            and not any(w.lower() in frame_words("rate_nouns") or SHARE_WORDS.fullmatch(w) for w in LETTERS.findall(to.group(0))):
        # "bringing the contraction in January-November to 4.1 percent": the size a change
        # came to ("the fall in the jobless rate to 5.1%" names the rate reached)
        return noun_change
    at = _CHANGE_NOUN_AT.search(c.sentence, max(0, local[0] - 100), local[0])
    if at:
        # "recorded year-on-year decreases, at 7.4% and 12.3% respectively": the noun of
        # change, then the figures it is measured at
        return MEASURED_NOUN_DIRECTION[at.group(1).lower()]
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
                              + QUAL + r"$", re.I)

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
        direction = grammar.change_direction(w.lower()) or noun_direction(w)
        if direction in ("up", "down"):
            return direction
    return None
# "bringing the contraction in the five months to 4.2%", "took the overall increase to 12%": a
# noun of change, its series or time, then 'to' and its size
# (a verb that carries the change to its new size leads: "continued their relative decline to
# 13.8%" names the level the subject declined to)
_CHANGE_NOUN_TO = lazy(r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|lift|lifts|lifting|lifted|"
                       r"put|puts|putting|rais(?:e|es|ed|ing))\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?(?P<n>[a-z]+)\s+"
                       r"(?:(?:in|of|for|over|during)\s+(?P<gap>[^.;:%()]{1,60}?)\s+)?to\s+" + QUAL + r"[+\-−]?\s*$", re.I)
_CHANGE_NOUN_AT = lazy(r"\b(" + MEASURED_CHANGE_NOUN + r")(?:s|es)?\s*,?\s*at\s+"
                       r"(?:[-+]?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*(?:,|and|,\s*and)\s*)*$", re.I)


# "contributed the most to total imports at 32.8 percent", "the countries that contributed
# the largest number of tourists were the United States, with 46%", "exported most goods to
# Switzerland (21.7%)": a verb of contribution or a superlative of distribution, then the
# member it names and its part
_DISTRIBUTION_BEFORE = lazy(r"\b(?:contribut(?:e|es|ed|ing)|most|the\s+(?:largest|biggest|greatest|highest)\s+(?:number|share|portion|part|proportion)|"
                            # "the main trade partners continue to be Turkey with 16.7%", "the main
                            # contributors to imports were manufactured goods (33.2 per cent)"
                            r"(?:main|largest|biggest|top|leading|major|principal|key)\s+(?:[a-z]+\s+){0,2}?(?:partners?|destinations?|markets?|"
                            r"sources?|contributors?|suppliers?|buyers?|customers?|origins?|products?|items?|commodities|categories)|"
                            r"the\s+bulk|the\s+majority)\b(?P<gap>[^.;:\d%]{0,80}?)(?:\bwith|\bat|\()\s*" + APPROX + "$", re.I)
# "worth $16.2 billion, of which 67.7 percent comprised imports": the whole named first
_OF_WHICH_BEFORE = lazy(r"\bof\s+(?:which|whom)\s*,?\s*" + APPROX + "$", re.I)


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
    return not changes_or_rates(clause_words_before(c) + [w.lower() for w in LETTERS.findall(m.group(0))])


def _share_noun_before(c: Claim) -> bool:
    """A noun of proportion the figure completes ('shares of 6.5%') or that names the part its
    clause brackets ('the largest share of arrivals were aged 25 to 44 (42%)'), with no word
    of change or of a rate between them."""
    local = claim_span(c)
    if _SHARE_NOUN_OF.search(c.sentence, max(0, local[0] - 30), local[0]):
        return True
    m = _SHARE_NOUN_BRACKET.search(c.sentence, max(0, local[0] - 130), local[0])
    return m is not None and not _PERCENT_WORD.search(m.group("gap")) \
        and not changes_or_rates([w.lower() for w in LETTERS.findall(m.group("gap"))])


def _distribution(c: Claim) -> bool:
    local = claim_span(c)
    m = _DISTRIBUTION_BEFORE.search(c.sentence, max(0, local[0] - 120), local[0])
    if m is None:
        return False
    words = [w.lower() for w in LETTERS.findall(m.group("gap"))] + [w.lower() for w in LETTERS.findall(c.sentence[max(0, m.start() - 30): m.start()])[-3:]]
    return not changes_or_rates(words)  # "contributed to growth at 5%", "rose the most, at 25%"
# "export-import ratio", "loan-to-deposit ratio", "ratio of non-oil exports to imports": a
# ratio whose two terms are named (a 'dependence ratio' of one term is a share)
_TWO_TERM_RATIO = lazy(r"\b[a-z]+\s?[-–]\s?(?:to-)?[a-z]+\s+ratio\b|\bratio\s+of\s+.+\s+to\s+", re.I)


# --- run after sentence_roles has read the sentence's figures together (claims calls them in
# that order): two more readings of one figure's own words, on the roles the joint readings gave ---
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
