"""What a figure measures, in words: the noun phrases before and after it, the verbs of
statistical statements, the tidying of a phrase into a metric, and the direction a
sentence gives a change. The places and organisations a sentence names are placenames.py's.
Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import grammar
from factcheck.extract.patterns import built, ends_with, lazy, triggered
from factcheck.extract.placenames import subjects

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                "those", "total", "overall", "combined", "some", "all"}
_STOP = {
    "of", "in", "at", "to", "for", "from", "with", "by", "on", "and", "or", "that", "which", "who",
    "were", "was", "have", "has", "had", "are", "is", "will", "would", "could", "should", "may",
    "might", "be", "been", "being", "as", "than", "while", "since", "during", "including", "into",
    "across", "between", "among", "per", "each", "a", "an", "the", "this", "these", "those", "its",
    "their", "his", "her", "over", "under", "up", "down", "last", "next", "year", "so", "but", "if",
    "when", "where", "after", "before", "via", "amid", "through", "toward", "towards", "against",
    "compared", "according", "respectively", "now", "also", "only", "nearly", "about", "around",
    "more", "less", "than", "some", "such", "both", "all", "not", "no",
}
VERBS = (
    r"rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|"
    r"increased|increase|increases|increasing|decreased|decrease|decreases|decreasing|declined|"
    r"decline|declines|declining|dropped|drop|drops|dropping|climbed|climb|climbs|climbing|jumped|"
    r"jump|jumps|jumping|surged|surge|surges|surging|slipped|slip|slips|slid|slide|slides|plunged|"
    r"plunge|plunges|soared|soar|soars|expanded|expand|expands|expanding|contracted|contract|"
    r"contracts|shrank|shrink|shrinks|reached|reach|reaches|reaching|hit|hits|hitting|stood|stand|"
    r"stands|standing|totall?ed|total|totals|totall?ing|amounted|amount|amounts|amounting|was|were|"
    r"is|are|be|been|came|comes|coming|recorded|recording|registered|register|"
    r"registers|exceeded|exceed|exceeds|exceeding|topped|top|tops|surpassed|surpass|surpasses|crossed|accounted|accounts|accounting|"
    r"made|makes|making|represented|represents|hold|holds|held|holding|recovering|recovered|"
    r"recover|recovers|rebounded|rebound|edged|edge|eased|ease|eases|easing|widened|narrowed|"
    r"gained|gain|gains|lost|lose|loses|added|add|adds|saw|see|sees|posted|post|posts|"
    r"generated|generate|generates|earned|earn|earns|attracted|attract|attracts|received|receive|"
    r"receives|raised|raise|raises|cut|cuts|doubled|tripled|valued|worth|estimated|projected|"
    r"forecast|expected|set|sets|ended|end|ends|closed|close|closes|finished|stayed|remained|"
    r"remain|remains|slowed|slow|slows|accelerated|accelerate|quickened|hovered|dipped|dip|dips|"
    r"tumbled|tumble|sank|sink|rallied|spent|spend|spends|invested|invest|invests|exported|went|goes|moved|"
    r"ticked|inched|crept|"
    r"imported|sold|sell|sells|bought|buy|buys|produced|produce|produces|reported|reports|report|showed|shows"
)
_VERB_RE = re.compile(rf"\b(?:{VERBS})\b", re.I)


def _expand(alternative: str) -> set[str]:
    """'totall?ed' → {'totaled', 'totalled'} (the only regex syntax VERBS uses)."""
    m = re.search(r"(.)\?", alternative)
    if not m:
        return {alternative}
    head, tail = alternative[: m.start()], alternative[m.end():]
    return _expand(head + m.group(1) + tail) | _expand(head + tail)


# A word set answers "is this a verb?" far faster than the alternation regex.
VERB_WORDS = frozenset(w for alt in VERBS.split("|") for w in _expand(alt.strip()))
_WORDS_RE = re.compile(r"[A-Za-z]+")


def last_verb(text: str) -> Optional[re.Match]:
    last = None
    irregular = grammar.closed("verb")
    for m in _WORDS_RE.finditer(text):
        low = m.group(0).lower()
        if low in VERB_WORDS or low in irregular:
            last = m
    return last
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|[,;:()—–\"“”]")


def lower_opening(phrase: str) -> str:
    """A phrase whose first word is capitalised only because it opens a line, a label or a
    quotation ("Capital expenditure", "Revenues from exports of") with that capital
    lowered; a name ("Japan", "GDP") kept."""
    first = phrase.split(None, 1)[0] if phrase.strip() else ""
    word = first.strip(",;:")
    if word[:1].isupper() and word[1:].islower() and not subjects(word):
        return first.lower() + phrase[len(first):]
    return phrase


def clean_phrase(words: list[str]) -> str:
    while words and words[0].lower() in _DETERMINERS | {"and", "with", "of"}:
        words = words[1:]
    while words and words[-1].lower() in _STOP:
        words = words[:-1]
    out = " ".join(words)
    out = _POSSESSOR_FIRST.sub("", out)  # "China's exports" → "exports"
    return out.strip(" ,;:")


_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_PARTIES = re.compile(rf"\s+(?:between|with|among|and|to|from|in|into)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s+countries)?\s*$")


# an auxiliary or linking verb that ends a subject's verb group ("exports were", "it has"), and
# a participle or adjective after "is"/"was" ("is estimated", "was seen to"): one list each,
# for the pattern and for the last words it can end in
_AUXILIARIES = ("is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                "should", "may", "might", "remains", "remained", "stays", "stayed", "seems", "seemed")
_AFTER_BE = (*grammar.FORECAST_PARTICIPLES, "seen", "set", "likely", "pegged", "put", "thought", "believed", "reported",
             "said", "bound", "poised", "due", "slated")
_AUXILIARY_END = re.compile(r",?\s+(?:expected|forecast|projected|set|likely|seen|poised|due|slated)\s+to\s*$"  # "revenues, expected to climb"
                            r"|\s+(?:continued|continues|continue|began|begins|started|starts|kept|keeps)\s+to\s*$"  # "the surplus continued to rise"
                            r"|\s+(?:" + "|".join(_AUXILIARIES) + r"|(?:is|are|was|were|been)\s+(?:" + "|".join(_AFTER_BE)
                            + r")(?:\s+to)?|came\s+in)\s*$", re.I)
# its last words (the search tries every position of a long text otherwise)
_AUXILIARY_END = ends_with(_AUXILIARY_END, ("to", "in", *_AUXILIARIES, *_AFTER_BE))
_VERB_GROUP_ADVERB = re.compile(r"(\s(?:has|had|have|was|were|is|are|will))\s+(?:also|further|again|already|still|just|only|"
                                r"even|slightly|significantly|sharply|steadily|substantially|considerably|marginally|now|"
                                # "have reportedly amounted", "was officially put": an -ly adverb (not an
                                # adjective of time: "monthly", "early")
                                r"(?!(?:monthly|weekly|daily|yearly|quarterly|early|only|family|supply|July|Italy|rally)\b)"
                                r"[a-z]{3,}ly)\s*$", re.I)
# (the `$`-anchored strippers of _subject_before run only where the text ends in their last
# word, patterns.EndsWith: Python's engine tries such a pattern at every position otherwise)
_VERB_GROUP_ADVERB = ends_with(_VERB_GROUP_ADVERB, ("also", "further", "again", "already", "still", "just", "only", "even",
                                                    "now", "ly"))
# "The tax burden, for its part, will increase", "Exports, meanwhile, rose": a discourse
# adverbial between commas after the subject
_DISCOURSE_ASIDE_END = re.compile(r"\s*,\s*(?:for\s+(?:its|their|his|her|our|my)\s+part|however|meanwhile|in\s+turn|"
                                  r"on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|too|therefore|though|"
                                  r"in\s+particular|as\s+a\s+result|moreover|furthermore|likewise|similarly|"
                                  r"nonetheless|nevertheless|instead|in\s+addition|additionally|consequently|"
                                  r"(?:according\s+to|says|said)\s+[^,;()\d]{1,40})\s*,\s*$", re.I)
_DISCOURSE_ASIDE_END = ends_with(_DISCOURSE_ASIDE_END, (",",))
# "The budget, initially set at 11,694.4 billion, was re-evaluated to": a participle of the
# subject's first figure between commas; "The budget, initially set at": its opening
_FIGURE_ASIDE_END = re.compile(r"\s*,\s*(?:(?:initially|originally|previously|first|earlier|officially)\s+)?"
                               r"(?:set|put|estimated|projected|pegged|fixed|valued|budgeted|forecast|planned)\s+at\s+"
                               r"[^,;()]{1,40},\s*$|\s*,\s*(?:initially|originally|previously|first|earlier|officially)\s*$", re.I)
_FIGURE_ASIDE_END = ends_with(_FIGURE_ASIDE_END, (",", "initially", "originally", "previously", "first", "earlier", "officially"))
# "The trade balance was negative and amounted to": a predicate adjective coordinated
# before the verb that states the figure
_COPULA_AND_END = re.compile(r"\s+(?:was|were|is|are|remained|remains|stayed|stays)\s+(?:again\s+|still\s+)?"
                             r"[a-z]{3,}\s+and\s*$", re.I)
_COPULA_AND_END = ends_with(_COPULA_AND_END, ("and",))
_PRE_VERB_ADVERB = ends_with(re.compile(r"\s+(?:almost|nearly|roughly|about|also|further|again)\s*$", re.I),
                             ("almost", "nearly", "roughly", "about", "also", "further", "again"))
_REPORTING = frozenset({"said", "says", "say", "noted", "notes", "added", "adds", "told", "tells", "showed", "shows",
                        "announced", "announces", "stated", "states", "estimated", "estimates", "reported", "reports",
                        "revealed", "reveals", "indicated", "indicates", "confirmed", "confirms", "that"})
_TIME_PP = lazy(  # lazy for its gate: each match begins at a space or a comma
    r"(?:\s*,)?\s+(?:in|during|for|over|by)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)\s+(?:of\s+)?)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+)?(?:19|20)\d{2}\s*,?\s*$"
    r"|\s+(?:last|this)\s+(?:year|month|quarter)\s*,?\s*$"
    # "Total exports of goods in January–May were", "imports … for this period amounted to"
    r"|\s+(?:in|during|for|over)\s+(?:the\s+)?(?:period\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s*[-–]\s*|\s+to\s+)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d{2})?\s*,?\s*$"
    r"|\s+(?:in|during|for|over)\s+(?:this|that|the)\s+(?:same\s+|whole\s+|reporting\s+)?period(?:\s+under\s+review)?\s*,?\s*$")


# "trade with countries along the Belt and Road Initiative": a prepositional phrase that
# names someone (a capitalised word) before the verb belongs to the subject, not the metric
_PARTIES_LOOSE = re.compile(r"\s+(?:between|with|among|to|from)\s+(?:[a-z][\w'’-]*\s+){0,4}(?:the\s+)?[A-Z][^,;\d]*$")


# the figures a verb may pass on its way to this one: the change on the way to a level
# ("edged 0.4 percent at 1.21 trillion", "increased $2.6 billion to $63.7 billion") and a
# restatement ("increased $13.3 billion or 7.4 percent")
_CHANGE_THEN_LEVEL = re.compile(r"\d[^,;\d]{0,30}\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?"
                                r"(?:(?:a|an|the)\s+)?(?:(?:record|new|fresh)\s+)?(?:high\s+of\s+|low\s+of\s+)?$"
                                r"|\d[^,;]{0,25}\b(?:or|\()\s*(?:about\s+|around\s+|some\s+)?$", re.I)


# "policy spending, which accounts for …, will be", "the foreign-invested sector, including crude
# oil, accounted for": a clause or phrase set off by commas between the subject and its verb
_ADVERBIAL_START = re.compile(r"\s*(?:but|and|while|whereas|although|though|according|compared|as|with|at|in|on|by|"
                              r"for|from|after|before|despite|unlike|however|meanwhile)\b", re.I)
# a contrasting clause with a subject of its own, words without a figure then a verb of
# change ("while non-oil revenues increased by 6%")
_CONTRASTED_CLAUSE = re.compile(r"\s*(?:while|whereas|but)\s+((?:[A-Za-z][\w'’-]*\s+){1,5}?(?:[a-z]+ed|rose|fell|grew)\b.*)$", re.I)
_ADVERBIAL_THEN_PAIR = re.compile(r"(?:[^,;:\d()]|(?:19|20)\d\d){0,60}?\s*(?:,|--|—|–)\s*from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
                                  r"[^\s\d]{0,4}\s?")
# (a year after the percentage is no other figure: "up 3% compared with 2023")
_PERCENT_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage\s+points?\b)[^\d]*(?:(?<!\d)(?:19|20)\d\d(?!\d)[^\d]*)*$", re.I)
# the nouns of change a series follows after "in" ("a 5% rise in exports", "a 1 percent
# improvement in cocoa exports"): any noun of change of the lexicon (grammar.change_noun_alternation)
_PERCENT_CHANGE_IN = built(lambda: r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pc\b)\s+(?:[a-z]+\s+)?"
                           r"(?:" + grammar.change_noun_alternation() + r")\s+in\s+(?P<np>[^,;()\d]+)$", re.I)
# "reported a modest growth in cargo throughput for 2024", "recorded growth of 21 per cent in
# the tonnage handled": a noun of change whose series follows its "in", at the end of the
# clause a participle then continues (a year may close the series' phrase; no other figure)
_CHANGE_IN_SERIES_END = built(lambda: r"\b(?:" + grammar.change_noun_alternation() + r")"
                              r"(?:\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?[\d.,]+\s*(?:%|per\s*cent\b|percent\b|pc\b))?"
                              r"\s+in\s+(?P<np>(?:[^,;()\d]|(?<!\d)(?:19|20)\d\d(?!\d))+)$", re.I)
_OF_NOUN = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:same|previous|last|first|year|month|quarter|period)\b)(?:the\s+)?([a-z][^,;()\d]*)")
# "…, driven by a rise in oil prices": a noun of change that says why, not what moved
# ("Imports fell at a slower pace compared with the drop in exports, totalling …": the other
# side of a comparison names another series)
_CAUSE_BEFORE = re.compile(r"\b(?:by|amid|despite|after|following|to|thanks\s+to|owing\s+to|due\s+to|because\s+of|"
                           r"on\s+the\s+back\s+of|compared\s+(?:with|to)|than|against|versus|unlike|relative\s+to|"
                           r"in\s+contrast\s+(?:with|to)|as\s+opposed\s+to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PARTICIPLE_HOW_MUCH = re.compile(r",\s*(?:reaching|totall?ing|amounting\s+to|standing\s+at|hitting)(?P<tail>\s+(?:a|the)\s+"
                                  r"(?:combined\s+|new\s+|record\s+)?(?:total|level)\s+of\s+"
                                  r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+|more\s+than\s+)?)[^\s\d]{0,4}\s*$", re.I)
_LEVEL_PARTICIPLES = frozenset({"totaling", "totalling", "reaching", "amounting", "standing", "hitting", "coming"})
# "The surplus rose for a second month, registering 44 billion riyals": a participle of
# recording right before its figure states a level too ("registering a rise of 5%" names
# its object instead)
_RECORDING_PARTICIPLES = frozenset({"registering", "recording", "posting"})
_CHANGE_STATED_BEFORE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b|pc\b)(?:\s+(?:compared|against|versus|year|over)\b[^,;\d]*"
                                   r"(?:(?:19|20)\d\d[^,;\d]*)?)?\s*,\s*$", re.I)
_FROM_ONLY = re.compile(r"\s+from\s+(?:(?:about|around|nearly|almost|some|over|roughly|just)\s+)?[^\s\d]{0,4}\s*")
_A_YEAR_IN = re.compile(r"(?<![\d.,$€£¥])(?:19|20)\d\d(?![\d%.,])")
# a verb of continuing or starting before a verb of change: "kept falling", "continued to rise"
_CONTINUING_END = re.compile(r"\s+(?:kept(?:\s+on)?|went\s+on|continued(?:\s+to)?|began(?:\s+to)?|started(?:\s+to)?)\s+$", re.I)


def _change_verb(clause: str) -> Optional["_Span"]:
    """The first verb of change in a clause the verb lexicon reads none in ("Copper shipments
    weakened in August"), or None."""
    for m in re.finditer(r"[A-Za-z]+", clause):
        if m.group(0).lower().endswith(("ed", "ing")) and grammar.change_direction(m.group(0)):
            return _Span(m.start(), m.end())
    return None


_BY_ONLY = re.compile(r"\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|over|roughly|just)\s+)?(?:[A-Z]{0,3}[^\s\w]{0,2})\s*")
_APPROX_ONLY = re.compile(r"\s+(?:(?:about|around|nearly|almost|some|over|roughly|just)\s+)?[^\s\d]{0,4}\s*")
_ADVERBS_THEN_PAIR = re.compile(r"(?:\s+(?:only|just|[a-z]+ly))+\s*,\s*(?:from|by|to)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?")
# "The deficit for the year, which ended on June 30, 2021, was": the comma of a date is no
# end of the clause; "production as reported by the Institute, was": a participle after "as"
_RELATIVE_END = re.compile(r"(?:,|\s+as)\s*(?:which|who|including|excluding|led\s+by|driven\s+by|such\s+as|according\s+to|to\s+be|"
                           r"[a-z]+ed\s+(?:by|to|in|at|on|for|from|with))\b(?:[^,;]|,\s*(?=(?:19|20)\d\d\b))*,\s*$")
_RELATIVE_END = ends_with(_RELATIVE_END, (",",))
# "Exports to the US – 11.9 percent of the total – plunged": an aside between dashes
_DASH_ASIDE_END = ends_with(re.compile(r"\s+[–—-]\s+[^–—;]{1,80}?\s+[–—-]\s*$"), ("-", "–", "—"))
# "Imports of intermediate goods, which include fuel, metals and parts, rose": a relative
# clause whose own list has commas (no figure in it)
_RELATIVE_LIST_END = ends_with(re.compile(r",[”\"’']?\s*(?:which|who)\s+[^;()\d]{1,120}?,\s*$"), (",",))
# "The average price of wheat, another good Brazil imports, fell": an apposition between subject and verb
_VERB_ADVERBIALS = re.compile(r"^(?:\s+for\s+(?:the\s+|a\s+)?\w+\s+(?:consecutive|straight|successive|running)\s+"
                              r"(?:months?|quarters?|years?|weeks?|times?)"
                              r"|\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                              r"(?:,?\s+(?:19|20)\d\d)?)+\s*,?(?=\s+(?:by|to|at)\b)")
_INNER_CLAUSE = re.compile(r"(?<=[a-z])(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\bfor)(?<!\bfrom)(?<!\bwith)"
                           r"\s+(?:which\s+(?!is\b|was\b|are\b|were\b)[a-z][^,;()]{2,80}"
                           r"|(?:over|in|during)\s+the\s+(?:specified|reviewed|reporting|review|corresponding|given)\s+period"
                           r"(?:\s+compared\s+(?:to|with)\s+[^,;()\d]{0,30}(?:(?:19|20)\d\d)?)?"
                           r"|compared\s+(?:to|with)\s+(?:the\s+)?(?:same\s+period\s+(?:of|in)\s+|[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?\s+)?(?:19|20)\d\d)\s*$")
_INNER_CLAUSE = triggered(_INNER_CLAUSE, ("which", "period", "compared"))  # one of its three phrases' words
# "Cash remittances, or transfers through banks, totaled": "or" restates the subject
# "The deficit with China, Nepal's second-largest trading partner, stood at": an apposition
# opened by a possessor names the party, not the series
_APPOSITION_END = ends_with(re.compile(r"(?<=[A-Za-z]),\s*(?:another|a|an|one|the|or|i\.e\.|its|their|[A-Z][\w.-]*['’]s)\s+[^,;()\d]{1,60},\s*$"),
                            (",",))
_ROLE_OBJECT = re.compile(r"(?:(?:annual|average|negative|positive|real|nominal)\s+)?(?:growth(?:\s+rate)?|rate\s+of\s+growth|"
                          r"increase|rise|decline|share|proportion)", re.I)


def _change_in_series(clause: str) -> Optional[str]:
    """The series a noun of change closing the clause names after its "in" (_CHANGE_IN_SERIES_END),
    unless the change is a cause ("driven by a rise in oil prices"), else None."""
    clause = clause.rstrip().rstrip(",")
    change = _CHANGE_IN_SERIES_END.search(clause[-200:])
    if change is None:
        return None
    before = clause[-200:][: change.start()]
    if _CAUSE_BEFORE.search(before):
        return None
    text = change.group("np")
    np = noun_phrase_after(text)
    of = _OF_NOUN.match(text, text.find(np) + len(np)) if np and np in text else None
    more = noun_phrase_after(of.group(1)) if of else None
    # "growth in the tonnage of cargo handled": the noun after "of" tells the series apart
    # from other tonnages (vessel tonnage); without it the part would read as their whole
    return f"{np} of {more}" if more else np


class _Span:
    """A (start, end) pair that reads like a regex match, for the verb found by position."""

    def __init__(self, start: int, end: int):
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


# "China's exports", and "the Gulf country's nominal GDP", "the Pacific island nation's
# exports": a place named by what it is, after an adjective of its region, owns the series
_POSSESSOR_FIRST = re.compile(r"^(?:[A-Z][\w.-]*|(?:[A-Z][\w.-]*\s+){1,2}(?:[a-z]+\s+)?"
                              r"(?:country|nation|kingdom|island|state|republic|emirate|sultanate|territory))['’]s\s+")
_DETERMINER_END = ends_with(re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.I),
                            ("the", "a", "an", "its", "their", "this", "that"))
_OBJECT_OF = re.compile(r"\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:record\s+|new\s+|total\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s+(?:of|at)\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"\s*\([^()]{0,80}\)")


#: Nouns of what holds a balance of its own: "the services sector", "the current account",
#: "the state budget" (a one-word "balance" or "sector" names none of them).
_BALANCE_HOLDERS = {"balance": 2, "account": 2, "sector": 2, "budget": 1}


def _balance_holder(subject: Optional[str]) -> Optional[str]:
    """The words a surplus or deficit takes from the subject that posted it: "primary
    balance", "travel account", "state budget"; a sector by what it is of ("the oil and gas
    sector" → "oil and gas": its deficit is the balance of its exports and imports)."""
    if subject and " of " in subject:
        # "the current account of the balance of payments": the head before its "of" phrase
        subject = subject.split(" of ", 1)[0]
    words = subject.split() if subject else []
    if not words or len(words) < _BALANCE_HOLDERS.get(words[-1].lower(), len(words) + 1):
        return None
    return " ".join(words[:-1]) if words[-1].lower() == "sector" else subject


@functools.lru_cache(maxsize=4096)
def noun_phrase_before(left: str, max_words: int = 5) -> Optional[str]:
    """The noun phrase heading the verb that introduces the number:
    'bilateral trade rose to' → 'bilateral trade'; 'with total tourism spending reaching' →
    'total tourism spending'."""
    left = left[-160:]  # the verb governing the number is near it
    how_much = _PARTICIPLE_HOW_MUCH.search(left) if "total" in left[-40:] or "level" in left[-40:] else None
    if how_much:
        # "…, reaching a total of": the noun only says how much; the participle states the figure
        left = left[: how_much.start("tail")] + " "
    # The verb slot is open: a verb of any form right before the number heads it
    # ("Exports skidded 11.3%"); else the last verb the lexicon knows.
    slot = grammar.verb_slot(left)
    verb = _Span(*slot) if slot else last_verb(left)
    if verb is None:
        return None
    if _DETERMINER_END.search(left, 0, verb.start()):
        return None  # "the top 10", "a rise": after a determiner the word is a noun, not the verb
    participle = left[verb.start(): verb.end()].lower()
    if (participle in _LEVEL_PARTICIPLES or participle in _RECORDING_PARTICIPLES and _APPROX_ONLY.fullmatch(left, verb.end())
            # "… dropped by 0.1 per cent compared with 2023, decreasing from JD4.4 billion": a
            # participle of change after its clause's own percentage states the pair of levels
            # of that clause's subject (after a noun, "capital spending, dropping from", or
            # "growth of 21 per cent in the tonnage, rising from", of that noun)
            or participle.endswith("ing") and grammar.change_direction(participle) and _FROM_ONLY.fullmatch(left, verb.end())
            and (_CHANGE_STATED_BEFORE.search(left[: verb.start()]) or _change_in_series(left[: verb.start()]))
            # "Thai exports kept contracting in May, dropping 5% year-on-year": a participle of
            # change right before its own figure states the change of the main clause's subject
            or participle.endswith("ing") and grammar.change_direction(participle) and _BY_ONLY.fullmatch(left, verb.end())) \
            and left[: verb.start()].rstrip().endswith(","):
        # "Imports also decreased, but more slowly than exports, totalling $27 billion": a
        # participle set off by a comma states a level of the main clause's subject
        # the main clause: the last comma-delimited stretch that is not an adverbial or a
        # coordinated aside ("According to the report, exports fell 3%, reaching …")
        clauses = [c for c in left[: verb.start()].split(",") if c.strip() and not _ADVERBIAL_START.match(c)]
        main = clauses[-1] if clauses else ""
        contrast = _CONTRASTED_CLAUSE.match(left[: verb.start()].rstrip().rstrip(",").rsplit(",", 1)[-1])
        if contrast and last_verb(contrast.group(1)):
            # "oil revenues reached $395 billion, while non-oil revenues increased by 6
            # percent, recording $252 billion": the clause right before the participle is a
            # main clause of its own (a subject, then a verb the lexicon knows), not an aside
            # ("but at a slower pace compared to exports")
            main = contrast.group(1)
        # "Oil revenues accounted for 57% of income, totaling …", "exports fell 3%, reaching
        # …": a percentage in the clause is its subject's share or change, and the level the
        # participle states is the subject's too (another figure may be a series of its own)
        series = _change_in_series(main)
        if series:
            # "The port reported a modest growth in cargo throughput, reaching …": the level
            # the participle states is that of the series the clause's noun of change names,
            # not of its subject (the reporter)
            return series
        figure = _DIGIT.search(main)
        if figure and _PERCENT_FIGURE.match(main, figure.start()):
            change = _PERCENT_CHANGE_IN.match(main, figure.start())
            if change:
                # "The agency reported a 17.1% downturn in commodity exports, amounting to …":
                # the noun of change names its series after "in"; the reporter is no series
                return noun_phrase_after(change.group("np"))
            main = main[: figure.start()]
        # a year is no figure of the clause ("Exports kept falling in 2024, sliding 7%")
        # (only for a change the participle states itself: a level participle after a clause with a
        # year, "remained unchanged in 1999 …, amounting to $1.58 billion in exports", names its own)
        own_change = bool(participle.endswith("ing") and grammar.change_direction(participle)
                          and _BY_ONLY.fullmatch(left, verb.end()))
        main_verb = None if _DIGIT.search(_A_YEAR_IN.sub(" ", main) if own_change else main) \
            else last_verb(main) or _change_verb(main)
        if main_verb is None:
            return None
        # "Vehicle exports kept falling in March, sliding 7%": a verb of continuing before the
        # verb of change belongs to its group, not between a subject and its verb
        head = _CONTINUING_END.sub(" ", main[: main_verb.start()])
        return noun_phrase_before(head + main[main_verb.start(): main_verb.end()] + " ")
    # "dropped for the fifth consecutive month in May, by 5%": adverbials of duration and
    # time between the verb and its figure
    between = _VERB_ADVERBIALS.sub(" ", left[verb.end():])
    # "reported a net profit of EUR4.1 billion": the object names the figure
    # "projected total expenditure at Rs 24.57 lakh crore", "put the revenue receipts at"
    # "posted a trade deficit (FOB/CIF) of": a bracketed qualifier after the object's noun
    obj = _OBJECT_OF.fullmatch(_BRACKETED.sub("", between) if "(" in between else between)
    if obj and not _VERB_RE.search(obj.group(1)) and not grammar.is_rate_phrase(between) \
            and obj.group(1).lower() not in _STATES \
            and not all(w.lower() in grammar.closed("prep", "qual") for w in obj.group(1).split()):
        named = clean_phrase(obj.group(1).split()) or None
        if named and named.lower() in ("surplus", "deficit"):
            # "The primary balance posted a surplus of", "the travel account recorded a surplus
            # of", "the state budget showed a deficit of": the balance of the account the
            # subject names (a bare "surplus" would be the trade balance's or any other's)
            subject = noun_phrase_before(left[: verb.start()] + " is ")
            held = _balance_holder(subject)
            if held:
                return f"{held} {named.lower()}"
        if named and _ROLE_OBJECT.fullmatch(named):
            # "net national income registered a growth rate of 10 percent": the object only
            # says what the number is; the subject names the series
            subject = noun_phrase_before(left[: verb.start()] + " is ")
            return f"{subject} {'growth' if 'growth' in named.lower() else named.lower()}" if subject else named
        return named
    if _ADVERBS_THEN_PAIR.fullmatch(between) or _ADVERBIAL_THEN_PAIR.fullmatch(between):
        # "will rise only marginally, from 28.6 trillion yen to", "more than doubled over the
        # same period, from 88,100 to": adverbials, then the pair
        between = " "
    if "," in between or ";" in between or len(between.split()) > 6 or (
            _DIGIT.search(between) and not _CHANGE_THEN_LEVEL.search(between)):
        # another figure between ("rose by 7.1 percent and imports by …" is gapped), unless
        # it is the change on the way to this level ("edged 0.4 percent to 1.21 trillion")
        return None
    # (the subject before the verb group is read by phrase: a sentence's figures after one
    # verb, "exports rose 5% to $3 billion", ask it of the same words)
    return _subject_before(left[: verb.start()])


@functools.lru_cache(maxsize=4096)
def _subject_before(head: str) -> Optional[str]:
    """The noun phrase that heads a verb group, read from the text before it (`head`)."""
    # "The deal is worth", "exports have risen": the verb group starts at its auxiliary
    while True:
        # "has also increased", "have further risen": an adverb inside the verb group
        head = _VERB_GROUP_ADVERB.sub(r"\1", head)
        head = _PRE_VERB_ADVERB.sub("", head)  # "almost tripled", "nearly halved"
        aux = _AUXILIARY_END.search(head)
        if not aux:
            stripped = _FIGURE_ASIDE_END.sub("", _COPULA_AND_END.sub("", _DISCOURSE_ASIDE_END.sub("", head)))
            if stripped == head:
                break
            head = stripped
            continue
        head = head[: aux.start()]
    # "Coal production in 1957 reached": a time phrase between subject and verb; "policy
    # spending, which accounts for over 70 percent of the budget, will be": a relative clause
    head = _TIME_PP.sub("", head)
    head = _DASH_ASIDE_END.sub(" ", head)
    head = _RELATIVE_END.sub("", head)
    head = _RELATIVE_LIST_END.sub("", head)
    head = _APPOSITION_END.sub(" ", head)
    # "exports which mainly comprise copper rose", "exports over the period compared to
    # January-May 2022 fell": a relative clause or a comparison between subject and verb
    head = _INNER_CLAUSE.sub("", head) if _INNER_CLAUSE.may_match(head) else head
    # "trade between China and Russia rose", "trade with the EU reached": the parties
    # are the subject; the metric is the noun phrase before them.
    found = [m for m in (_PARTIES.search(head), _PARTIES_LOOSE.search(head)) if m and subjects(m.group(0))]
    parties = min(found, key=lambda m: m.start()) if found else None  # the whole phrase, not its tail
    if parties and head[: parties.start()].strip():
        head = head[: parties.start()]
    # "The GDP at constant (2011-12) prices", "Total imports of goods (from EU member states
    # and from third countries) for this period amounted to"
    head = _BRACKETED.sub("", head)
    head = _TIME_PP.sub("", head)
    phrase = grammar.subject_phrase(head)
    if not phrase:
        return None
    return clean_phrase(phrase.split()) or None


# Words of the verb list that are nouns or adjectives after a possessive or determiner:
# "China's total trade volume", "a record high", "the top exporter".
_NOUNS_TOO = frozenset({"total", "record", "top", "report", "post", "set", "end", "close", "cut", "hit", "rise", "fall",
                        "increase", "decline", "drop", "growth", "gain", "sales", "exports", "imports", "trade", "output",
                        "surplus", "deficit", "balance", "spending", "investment"})


# "remained steady at 5.7%": a state, not what is measured
_STATES = frozenset({"steady", "unchanged", "flat", "stable", "constant", "firm", "higher", "lower", "high", "low",
                     "level", "close", "put", "pegged", "seen", *grammar.FORECAST_PARTICIPLES})


_LETTER = re.compile(r"[A-Za-z]")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}")


def noun_phrase_after(right: str, max_words: int = 6) -> Optional[str]:
    """'of the domestic market share.' → 'domestic market share'."""
    tokens = _WORD.findall(right)
    words: list[str] = []
    for tok in tokens:
        if not _LETTER.match(tok):
            break
        low = tok.lower()
        if words and (low in _STOP or (_VERB_RE.fullmatch(tok) and low not in _NOUNS_TOO)
                      or (low.endswith("ed") and len(low) > 4 and not grammar._ATTRIBUTIVE_PARTICIPLE(low))):
            break
        if not words and low in _DETERMINERS:
            continue
        if _YEAR_TOKEN.fullmatch(tok):
            break
        words.append(tok)
        if len(words) >= max_words:
            break
    phrase = clean_phrase(words)
    return phrase or None


_SAYING_ADD = frozenset({"add", "adds", "added", "adding"})  # before 'that', 'add' reports speech


def direction(text: str, window: Optional[int] = None) -> Optional[str]:
    """'up' or 'down' from the last word of change in the text: a verb of change in any
    form ('slumped', 'edged'), a particle ('up', 'lower') or a noun ('growth', 'decline');
    the lexicon is extract/lexicon/frame_words.yaml. With `window`, only the last that many
    characters are read, from a word's start: a word cut by the window is no word ('incr|eases'
    is not 'eases', a fall)."""
    if window is not None and len(text) > window:
        cut = len(text) - window
        while cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum():
            cut += 1
        text = text[cut:]
    words = _WORDS_RE.findall(text)
    table = _direction_words()
    for i in range(len(words) - 1, -1, -1):
        hit = table.get(words[i].lower())
        if hit is None:
            continue
        found, particle = hit
        if particle and i and words[i - 1].lower() in _phrasal_not_change():
            continue  # "making up 14 per cent": composition, not a rise
        if i + 1 < len(words) and words[i + 1].lower() == "that" and words[i].lower() in _SAYING_ADD:
            continue  # "adding that gold had contributed 5.7 percent": a verb of saying, not a rise
        return found
    return None


@functools.cache
def _direction_words() -> dict[str, tuple[str, bool]]:
    """grammar.direction_words with the nouns of change: a verb's or a particle's reading
    first, a noun's where the word is neither (most words of a window are none: one
    look-up each, not three)."""
    table = dict(grammar.direction_words())
    for word, way in _NOUN_DIRECTIONS.items():
        table.setdefault(word, (way, False))
    return table


@functools.cache
def _phrasal_not_change() -> frozenset[str]:
    from factcheck.extract import lexicon

    return frozenset(lexicon.load("frame_words").get("phrasal_not_change") or ())


_NOUN_DIRECTIONS = {"growth": "up", "increase": "up", "rise": "up", "gain": "up", "jump": "up", "surge": "up",
                    "expansion": "up", "decline": "down", "decrease": "down", "drop": "down", "fall": "down",
                    "contraction": "down", "slump": "down"}
