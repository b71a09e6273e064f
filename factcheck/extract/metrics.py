"""What one number measures: its metric, read with the shallow grammar of statistical
statements (grammar.py) and the context words (context.py); metric_tidy.py tidies the
string it reads. The metrics a sentence states once for several numbers ('rose 5% to $3bn',
'fell $735m (34%)', lists, converted amounts) are shared out by sentence_frame.py.
Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import context, grammar, placenames
from factcheck.extract.postmodified import post_modified_subject
from factcheck.extract.mention import Mention
from factcheck.extract.metric_tidy import strip_possessors
from factcheck.extract.kinds import K
from factcheck.models import Claim
from factcheck.extract.patterns import built, ends_with, lazy, triggered
from factcheck.extract.vocabulary import DOWN_WORDS, LETTERS, MONTH_NAME, SERIES_NOUN, is_series_noun, names_no_series, nominal, series_nouns



_PRIOR_BEFORE = lazy(r"\b(?:prior|previous|preceding)(?:\s+(?:reading|figure|print|month['’]?s?|quarter['’]?s?|estimate))?"
                    r"(?:\s+(?:of|at|was))?\s+(?:[+\-−]\s?)?$", re.I)
# ("increased 22% last January": 'last' names a month there, not the previous reading)
_LAST_AFTER = lazy(r"\s+(?:last|prior|previously)\b(?!\s+(?:year|month|quarter|week|fiscal|time|decade|season|summer|winter|spring|autumn|fall"
                   r"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[A-Z][a-z]+mas)))", re.I)


def is_prior(c: Claim) -> bool:
    """A figure given as the previous reading of the one a data release reports: 'vs
    previous 9.3k', 'prior of 64.7%', '5.8% last'."""
    local = c.local
    return bool(_PRIOR_BEFORE.search(c.sentence[max(0, local[0] - 30): local[0]]) or _LAST_AFTER.match(c.sentence, local[1]))


# "exported goods in the amount of EUR 1.03 bln", "imported to the tune of $2bn": a noun that
# only says 'how much' ends the phrase; the verb before it names the series
_EMPTY_AMOUNT = lazy(r"\b(?P<prep>in|to|at|for|with)\s+(?:the|an?)\s+(?:total\s+)?(?:amount|tune|value|sum|total)\s+of\s+"
                     r"(?:about\s+|around\s+|nearly\s+|almost\s+|approximately\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
# "$391.4m the country spent on imports", "$79.2m it earned from exports": a reduced relative
# clause after the figure names its series; "and $11.6m from re-exports" continues it
_RELATIVE_SERIES = lazy(r"\s+(?:(?:that|which)\s+)?(?:it|they|we|he|she|(?:the|its|their)\s+[a-z]+|[A-Z][\w'’-]+)\s+"
                        r"(?P<verb>[a-z]+)\s+(?P<prep>on|from|for|in)\s+(?P<np>(?:re-)?[a-z][\w-]*)\b")
# "which stood at", "that amounted to": a relative clause stating its antecedent's level
_LEVEL_RELATIVE = (r"\s+(?:has\s+|had\s+)?(?:stood|stands|was|were|is|are|reached|amounted|amounts|totall?ed|came|hit)"
                   r"(?:\s+(?:at|to|in\s+at))?\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?[^\s\d]{0,4}\s*$")
_RELATIVE_SUBJECT = triggered(lazy(r"(?<![\w’'-])((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:which|that)" + _LEVEL_RELATIVE), ("which", "that"))
_APPOSED_RELATIVE_SUBJECT = triggered(lazy(r"(?<![\w’'-])((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*),\s+which" + _LEVEL_RELATIVE),
                                      ("which",))
_RELATIVE_CHANGE = triggered(lazy(r"(?<![\w’'-])((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*),?\s+(?:which|that)\s+(?:has\s+|have\s+|had\s+)?"
                                  r"(?P<verb>[a-z]+)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?[^\s\d]{0,4}\s*$"),
                             ("which", "that"))
_FOCUS_ADVERBS = frozenset({"especially", "particularly", "notably", "mainly", "mostly", "chiefly", "primarily", "including",
                            "namely", "largely", "principally"})
_AS_SERIES = lazy(r"\s+as\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:for|in|during|of|over)\b|\s*[,.;]|$)")
_RECORDS = lazy(r"\b(?:records?|recorded|reports?|reported|posts?|posted|registers?|registered|books?|booked|lists?|listed|"
                r"collects?|collected)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[^\s\d]{0,4}\s*$", re.I)
# "As for Qatari imports, they decreased …": a fronted topic that a pronoun subject takes up
_TOPIC = lazy(r"^\s*(?:as\s+for|as\s+regards|as\s+to|regarding|turning\s+to|with\s+regard\s+to)\s+(?:the\s+)?"
              r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s*,\s*(?:they|it|these|this)\b", re.I)
_COPULA_SERIES = lazy(r"\s*(?:\([^()]{1,30}\)\s*)?(?:is|are|was|were|corresponds?\s+to|corresponded\s+to|represents?|represented)\s+"
                      r"(?:the\s+|its\s+|their\s+)?(?P<np>(?:[a-z][\w-]*\s+){0,5}?(?:[a-z][\w-]*))"
                      r"(?=\s*[,.;(]|\s*$|\s+(?:in|for|during|over|last|this|and|while|which|an?)\b)")
_FROM_SERIES = lazy(r"\s+from\s+(?P<np>(?:re-)?exports|imports|tourism|remittances)\b", re.I)
# "exports earned $220.4m", "tourism generated $1.2bn": a verb of takings whose subject is the series
_TAKINGS_VERB = lazy(r"(?:earn|generat|brought|bring|fetch|yield|rak|gross|pull)\w*", re.I)
_OF_YEAR_LEVELS = lazy(r"\s+of\s+(?:the\s+|its\s+|their\s+)?((?:19|20)\d{2})\s+levels?")
# "a 7.8 percent rise in GDP", "a 14.1 percent ($5.6 million) increase in exports"
# ("the number of" only counts the noun that follows it: "a 5% rise in the number of visitors")
# (any noun of change of the lexicon, grammar.change_noun_alternation: "a 48-percent hike in")
_CHANGE_IN_OF_RISE = built(lambda: r"(?:\s*\([^()]{1,40}\))?\s+(" + grammar.change_noun_alternation() + r")"
                           r"\s+in\s+(?:the\s+number\s+of\s+)?(.*)", re.I)
_OF_REST = lazy(r"\s+of\s+(.*)")
# "or 14% of the total": a whole that names no series; the part's own words do
_BARE_WHOLE = frozenset({"total", "overall total", "whole", "sum"})


# "Total imports of goods (from EU member states and from third countries) for this period
# amounted to", "Total exports of goods in January–May were": a parenthesis or an adverbial
# of time stands between the subject and its verb
_ASIDE = lazy(r"\s*\([^()]{1,120}\)"
              # "Azerbaijani import, in the reporting period, increased": a time aside between commas
              r"|\s*,\s*(?:in|during|for|over|through|throughout)\s+(?:[^,;()\d]|[1-4](?:st|nd|rd|th)\b){1,40}?(?:period|months?|quarters?|half|year|(?:19|20)\d\d)\s*,"
              # "total revenue collected in the first four months": a participle of the figure first
              r"|(?:\s+(?:collected|recorded|received|generated|earned|registered|reported|raised))?"
              # "the deficit after January 2025 was", "the debt at the end of 2024 stood": any
              # preposition of time, as "in" and "during" are
              r"\s+(?:(?:in|during|for|over|between|from|through|throughout|after|until|till|since|as\s+of|up\s+to|by)"
              r"(?:\s+the\s+end\s+of)?|at\s+the\s+end\s+of)\s+(?:the\s+)?"
              r"(?:(?:this|that|same|whole|entire|reporting|review)\s+)?"
              r"(?:period(?:\s+under\s+review)?|(?:first|second|third|fourth|last|past|[1-4](?:st|nd|rd|th))\s+(?:(?:[a-z]+|\d{1,2})\s+)?(?:months|quarters|half|quarter)"
              # "during the first 11 months (July-May) of the current fiscal year 2020-21 has surged":
              # the months' gloss and the year they are of, named by its words and its years
              r"(?:\s*\([^()\d]{1,30}\))?(?:\s+of)?(?:\s+(?:19|20)\d\d)?"
              r"(?:\s+(?:the\s+)?(?:(?:fiscal|financial|current|this|last|previous)\s+){0,3}year"
              r"(?:\s+(?:19|20)\d\d(?:\s*[–/-]\s*\d{2,4})?)?)?|"
              + MONTH_NAME + r"(?:\s*[–—-]\s*" + MONTH_NAME + r"|\s+(?:and|to|through|till|until)\s+" + MONTH_NAME + r")?(?:\s+(?:19|20)\d\d)?|"
              r"(?:19|20)\d\d(?:\s*[–/-]\s*\d{2,4})?|year)(?![\w-])", re.I)


_TIME_ONLY = lazy(r"(?:(?:the|this|that|same)\s+)?(?:" + MONTH_NAME + r"|period|year|month|quarter|(?:19|20)\d\d)", re.I)
# a span of them: "January and February", "January-March 2024"
_TIME_SPAN_ONLY = lazy(r"(?:(?:the|this|that|same)\s+)?(?:" + MONTH_NAME + r"|(?:19|20)\d\d)"
                       r"\s*(?:and|to|[-–])\s*(?:" + MONTH_NAME + r"|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?", re.I)


_HAS_DIGIT = lazy(r"\d")


def _subject_past_asides(left: str) -> Optional[str]:
    """The subject of the verb before the figure, read once the parentheses and adverbials of
    time between them are set aside (None when there are none, or still no subject)."""
    tail = left[-240:]
    asides = list(_ASIDE.finditer(tail))
    if not asides:
        return None
    verb = tail[asides[-1].end():]
    if len(verb.split()) > 3 or re.search(r"[\d,;:()]", verb):
        return None  # only the verb group may follow the aside
    # the tail without its asides: the text between the matches found (what sub would scan for again)
    kept, at = [], 0
    for aside in asides:
        kept.append(tail[at: aside.start()])
        at = aside.end()
    kept.append(tail[at:])
    return context.noun_phrase_before("".join(kept))


def _undetermined(phrase: str) -> list[str]:
    """The words of a relative clause's antecedent without its determiners."""
    return [w for w in phrase.split() if w.lower() not in ("a", "an", "the", "its", "their")]


_FOR_BEFORE = re.compile(r"\bfor\s+(?:\w+\s+)?$")
_ADJACENT = lazy(r"\s*(?:(?:at|to|by)\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|over)\s+)?", re.I)
#: Nouns that only count: what is counted is named elsewhere in the clause.
_GENERIC_COUNTED = frozenset({"units", "unit", "pieces", "items", "nos"})
#: A verb of being or change with the words it may pass before its figure ("was", "declined
#: by 7 per cent year-on-year at", "fell to").
_VERB_BEFORE_FIGURE = lazy(r"\b(?:was|were|is|are|stood|averaged|amounted|totall?ed|reached|came|rose|fell|increased|decreased|"
                           r"declined|dropped|grew|climbed)\b(?P<between>[^;:.\d]{0,60})$", re.I)


def _subject_of_verb(left: str, adjacent: bool = False) -> Optional[str]:
    """The subject of the verb of being or change that introduces the figure, past the
    change that verb states on its way ("declined by seven per cent y-o-y at"), or None.
    `adjacent`: only a verb right before the figure ("was 8.47 days", "fell to"), not one
    whose figure qualifies another word ("is the highest in 14 months")."""
    verb = _VERB_BEFORE_FIGURE.search(left[-120:])
    if verb is None or "," in verb.group("between"):
        return None
    if adjacent and not _ADJACENT.fullmatch(verb.group("between")):
        return None
    head = left[: len(left) - len(verb.group("between"))]
    np = context.noun_phrase_before(head + " ")
    np = _without_there(np)
    return np if np and not _TIME_ONLY.fullmatch(np) else None


def _without_there(np: Optional[str]) -> Optional[str]:
    """A phrase read up to 'there', an expletive subject after a fronted time ("in March
    there were" → None) or an adverb of place after a subject ("the export of fuel there
    declined" → 'export of fuel'): 'there' is no word of a series, nor is the time, nor a
    verb before it ("which means there is")."""
    words = (np or "").split()
    if not words or words[-1].lower() != "there":
        return np
    rest = " ".join(words[:-1])
    named = series_nouns() & {w.lower() for w in words[:-1]} or SERIES_NOUN.search(rest)
    return rest if named and not names_no_series(rest) else None  # not "which means there is"


_CHANGING_OBJECT = triggered(lazy(r",\s*(?P<verb>[a-z]{3,}ing)\s+(?:the|its|their|a|an)\s+(?P<object>(?:[A-Za-z][\w'’-]*\s+){0,6}?"
                                   r"[A-Za-z][\w'’-]*)\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?[^\s\d]{0,4}\s*$"),
                              ("ing ",))


#: "with exports valued at N10.35 trillion and imports at N8.46 trillion": a clause whose verb
#: the coordination left out, opened right after a figure by the noun of another series and
#: its preposition (not "oil and gas exports at", a coordination inside one noun phrase)
_GAPPED_SERIES = triggered(lazy(r"\d(?:[\d.,]*\d)?\s*(?:[A-Za-z%$€£]+\.?\s*){0,2}\)?\s*,?\s+(?:and|while|whereas)\s+(?:(?:the|an?|its|their|total)\s+)?"
                                r"((?:(?!(?:that|those|this|these|of|in|for|from|with|by|on)\b)[a-z][\w-]*\s+){0,2}?"
                                r"(?!(?:that|those|this|these|of|in|for|from|with|by|on)\b)[a-z][\w-]*)"
                                r"\s*(?:at|to|of|–|—|-)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[^\s\d]{0,4}\s*$"),
                           ("and", "while", "whereas"))


def _gapped_series(left: str) -> Optional[str]:
    """The series noun of a gapped clause after an earlier figure ('and imports at'), when
    its last word names a series of its own (metric_words: `same`, `flows`)."""
    m = _GAPPED_SERIES.search(left[-80:])
    if m is None:
        return None
    np = m.group(1)
    if np.split()[-1].lower() not in series_nouns():
        return None
    return _shared_modifier(left[: len(left) - len(left[-80:]) + m.start()], np) or np


#: Series that come in pairs, each the other's counterpart in a coordination.
_PAIRED_SERIES = (("exports", "imports"), ("export", "import"), ("arrivals", "departures"),
                  ("inflows", "outflows"), ("credits", "debits"), ("receipts", "payments"))
_COUNTERPARTS = {a: b for pair in _PAIRED_SERIES for a, b in (pair, pair[::-1])}
_OF_PHRASE = r"\s+of\s+((?:[a-z][\w-]*\s+){1,4})[^\d.;]{0,40}$"


def _shared_modifier(before: str, gapped: str) -> Optional[str]:
    """A gapped conjunct with its counterpart's postmodifier: in "Exports of services amounted
    to EUR 5.6 billion and imports to EUR 6.3 billion" the imports are of services too, as the
    parallel clauses say (a gapped clause repeats everything of the first but what it names
    anew). Only a bare counterpart noun ("imports", not "oil imports") after a clause whose
    subject is its counterpart with an "of" phrase, which ends at the clause's verb."""
    word = gapped.lower()
    other = _COUNTERPARTS.get(word)
    if other is None:
        return None
    m = re.search(r"(?:^|[.;:]\s|,\s|\b(?:while|whereas|with)\s)\s*(?:the\s+|total\s+|its\s+)?" + other + _OF_PHRASE,
                  before[-160:], re.I)
    if m is None:
        return None
    words = m.group(1).split()
    verb = next((i for i, w in enumerate(words) if grammar.is_verbal(w.lower())), None)
    if not verb or words[0].lower() in ("which", "that", "whom"):
        return None  # no verb ends the subject: not a clause's subject, or nothing before its verb
    return f"{gapped} of {' '.join(words[:verb])}"


# "Total income 2,568,545m CFA (3,244m GBP)", "Running costs: 755,514m CFA": a line that is
# a label of a few words, then its figure (a budget's or a release's key figures, one a line)
_LABEL_LINE = lazy(r"\s*(?:[-•*]\s*)?([A-Z][A-Za-z'’-]*(?:\s+(?:[A-Za-z'’-]+|\([A-Za-z ]{1,20}\))|/[A-Za-z]+){0,5})\s*:?\s*")
# what may follow the label's figure on its line: its unit, a conversion in brackets, more cells
_LINE_REST = lazy(r"[^.;!?]{0,40}", re.I)


def _label_of_line(sentence: str, left: str) -> Optional[str]:
    """The label a line of key figures gives its first figure: a few words with no verb, at
    least one in lower case (not a place's name), and nothing after the figure but its unit,
    a bracketed conversion or more figures (no clause of its own)."""
    if "\n" in sentence or len(left) > 60:
        return None
    label = _LABEL_LINE.fullmatch(left)
    if label is None or not _LINE_REST.fullmatch(sentence, len(left)):
        return None
    # after the figure, outside brackets, no word of prose ("approves $340m budget for 2019": a
    # headline's clause, not a label's line)
    if re.search(r"\b[a-z]{4,}\b", re.sub(r"\([^()]*\)", " ", sentence[len(left):])):
        return None
    words = re.findall(r"[A-Za-z'’-]+", label.group(1))
    if not any(w.islower() for w in words) or any(
            context._VERB_RE.fullmatch(w) and w.lower() not in context._NOUNS_TOO for w in words):
        return None
    if names_no_series(label.group(1)) or placenames.subjects(label.group(1)):
        return None
    return context.lower_opening(label.group(1).rstrip(" :"))


def _down(noun: str) -> bool:
    """A noun of change of a fall ('decline', 'slowdown', 'setback')."""
    return noun.lower() in DOWN_WORDS or grammar.change_noun_direction(noun) == "down"


def metric_of(sentence: str, m: Mention, facts: dict) -> Optional[str]:
    left = sentence[: m.start]
    right = sentence[m.end:]
    kind = m.kind
    gapped = _gapped_series(left) if kind in (K.MONEY, K.COUNT, K.MEASURE) else None
    if gapped:
        return gapped
    if kind == K.YEAR_RANGE:
        # ordinals are words of a name too: "15th Five-Year Plan (2026-2030)"
        words = re.findall(r"\d+(?:st|nd|rd|th)\b|[A-Za-z][\w'’-]*", left)[-5:]
        # stop at a preposition or verb: "built during the Eastern Han Dynasty" → "Eastern Han Dynasty"
        cut = [i for i, w in enumerate(words) if w.lower() in context._STOP or context._VERB_RE.fullmatch(w)]
        if cut:
            words = words[cut[-1] + 1:]
        return context.clean_phrase(words) or None
    if kind == K.ORDINAL:
        # the surface runs on to the ordinal's noun; read the context after the ordinal itself
        right = sentence[m.start + len(m.raw):]
        noun = facts.get("noun")
        if noun and facts.get("ordinal_role") == "event":
            ext = re.match(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}?" + re.escape(noun) + r"((?:\s+(?:to|of|in)\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?", right)
            tail = ext.group(1) if ext and ext.group(1) else ""
            return context.clean_phrase((noun + tail).split()) or noun
        if noun and facts.get("ordinal_role") == "rank":
            nxt = re.match(r"[\s-]+" + re.escape(noun) + r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", right, re.I)
            head = nxt.group(1).split()[0] if nxt else ""
            return f"{noun} {head}".strip() if head and head.lower() not in context._STOP else noun
        return noun
    if kind == K.DURATION:
        if facts.get("age"):
            return "age"
        if facts.get("ago"):
            return "years ago"
        if _FOR_BEFORE.search(left):
            phrase = _phrase_before_for(left)
            if phrase:
                return phrase
        # "The average length of stay was 8.47 days": a span the verb states of its subject
        # measures that subject
        subject = _subject_of_verb(left, adjacent=True)
        if subject:
            facts["span_of_subject"] = True
        return subject or "duration"
    label = _label_of_line(sentence, left) if kind in (K.MONEY, K.COUNT, K.MEASURE) else None
    if label:
        return label
    changed = _CHANGING_OBJECT.search(left[-120:]) if kind in (K.MONEY, K.COUNT, K.MEASURE) else None
    if changed and grammar.change_direction(changed.group("verb").lower()) \
            and not names_no_series(changed.group("object").split()[0]):
        # "exports fell to $5 billion, cutting the trade surplus to $1.1 billion": a participle
        # of change set off by a comma states the level its object reached, not its subject's
        # ("raising the figures so far to …" names none: the main clause's series stands)
        return context.clean_phrase(changed.group("object").split()) or None
    if kind == K.MONEY:
        noun = _WORD_AFTER.match(right)
        if noun and SERIES_NOUN.fullmatch(noun.group(1)):
            # "Migrants sent US$ 12.5 million remittances": a series noun right after the
            # amount names what it is of, not the subject of the verb before it
            return context.noun_phrase_after(right) or noun.group(1)
        taken = _IN_SERIES.match(right) if not _NAMED_BEFORE.search(left[-40:]) or _COMPOSED_OF.search(left[-40:]) else None
        if taken:
            # "Honduras raised $7.37 billion in remittances", "attracted $2 billion in foreign
            # direct investment", "earns $2.8 billion from exports": the amount's series follows
            # it after "in" or "from", whatever the verb
            # (not after a noun of its own: "a surplus of $2.7 billion in its foreign trade")
            np = context.noun_phrase_after(taken.group(1))
            # "collected €3.2 billion in receipts from the business tax", "in receipts that had
            # been withheld": a qualifier or a restrictive clause after the
            # noun says which receipts; the bare noun would name a larger series
            end = right.lower().find(np.lower(), taken.start(1)) + len(np) if np else -1
            # (money is no count of persons: "rakes in Sh100bn from global tourists" is what the
            # tourists spent, not the tourists)
            if np and SERIES_NOUN.fullmatch(np.split()[-1]) and not _QUALIFIED.match(right, end) \
                    and np.split()[-1].lower() not in _PERSONS_COUNTED:
                return np
        goes = _GOES_TO.match(right)
        if goes:  # "JPY 31.5 trillion (USD 267 billion) will go to social security expenditures"
            np = context.noun_phrase_after(goes.group(1))
            if np:
                return np
    passive = _PASSIVE.match(right) if kind in (K.COUNT, K.MONEY, K.MEASURE) else None
    if passive and nominal(passive.group("verb")):
        # "382,000 vehicles were exported", "117.8 billion euros of goods were exported"
        noun = nominal(passive.group("verb"))
        what = passive.group("what") or (m.counted if kind == K.COUNT else None)
        return f"{noun} of {_lower_words(context.clean_phrase(what.split()))}" if what else noun
    excess = _excess(left) if kind in (K.MONEY, K.COUNT, K.MEASURE) and " by" in left[-12:] else None
    if excess:
        return excess
    moved = _moved(left, right, m.counted) if kind == K.COUNT else None
    if moved:
        return moved
    if kind == K.COUNT and m.counted:
        if m.counted == "times":
            return "times"
        packed = _PACKED.match(right) if m.counted.lower() in _PACKAGES else None
        if packed:
            return _packed(packed)
        travel = _TRAVEL_OF_PERSONS.match(right) if m.counted.lower() in _PERSONS else None
        if travel:
            # "1,805,138 people visited Qatar", "52,000 people arrived in Fiji": persons counted
            # by a verb of travel are the flow of visitors a statistics office counts
            return "visitors" if travel.group("verb").lower().startswith("visit") else "arrivals"
        state = _STATE_OF_PERSONS.match(right) if m.counted.lower() in _PERSONS else None
        if state and (state.group("adj").endswith(("ed", "less")) or state.group("adj") in _STATES_OF_PERSONS) \
                and state.group("adj") not in _RAISING:
            # "8,112 people were unemployed": a generic noun of persons; the predicate says which
            return f"{state.group('adj')} {m.counted.lower()}"
        by_verb = _by_verb(left, right, m.counted)
        if by_verb and not _TIME_ONLY.fullmatch(by_verb) and not _TIME_SPAN_ONLY.fullmatch(by_verb):
            return by_verb
        pm = _WITH_FOR.search(left[-90:]) if (" with " in left[-40:] or " for " in left[-40:]) else None
        if pm:
            np = context.clean_phrase(pm.group(1).split())
            words = np.split()
            if words and len(words) >= 2 and not context._VERB_RE.fullmatch(words[-1]):
                # "mutual visa exemptions with 29 countries" → "countries with mutual visa exemptions"
                # and a leading verb in the past ("established comprehensive mutual visa
                # exemptions with 29 countries"): the verb is not part of what is counted
                verbs = [i for i, w in enumerate(words) if context._VERB_RE.fullmatch(w)
                         or (i == 0 and re.fullmatch(r"[a-z]{3,}ed", w))]
                if verbs:
                    words = words[verbs[-1] + 1:]
                if words:
                    return f"{m.counted.lower()} with {' '.join(words)}"
        if m.counted.lower() in _GENERIC_COUNTED:
            # "wholesales declined by 7 per cent at 1,04,601 units": a noun that only counts
            # names no series; the clause's subject does
            return _subject_of_verb(left) or _lower_words(m.counted)
        return _lower_words(m.counted)
    if kind in (K.PERCENT, K.PERCENTAGE_POINT):
        # coordinated percentages share what follows the last one: "97.2 percent and 93.5
        # percent of 2019 levels"
        listed = _COORDINATED_PERCENTS.match(right)  # anchored at the start: one match, not a scan
        right = right[listed.end():] if listed else right
        of = _OF_YEAR_LEVELS.match(right)
        if of:
            facts["baseline_period"] = of.group(1)
            return f"share of {of.group(1)} level"
        rise = _CHANGE_IN_OF_RISE.match(right)
        if rise and kind == K.PERCENT:
            np = context.noun_phrase_after(rise.group(2))
            if np and np.endswith(".") and "." not in np[:-1]:
                np = np[:-1]  # "a 6% growth of the number of passengers.": the sentence's stop
            if np and not names_no_series(np):  # "a 6% rise in the first two months": a time, not a series
                facts["change"] = "down" if _down(rise.group(1)) else "up"
                return f"{np} {'growth' if facts['change'] == 'up' else 'decline'}"
        more = _MORE_NOUN.match(right) if kind == K.PERCENT else None
        if more:
            # "42.3% more tourists came to Iceland", "18 percent, fewer cruise ship passengers":
            # a comparative after the rate makes it a change of the noun it brings in, as
            # "1,145,743 more travelers" is of its travelers (the noun is not the rate's unit)
            np = context.noun_phrase_after(more.group(2))
            np = np[:-1] if np and np.endswith(".") and "." not in np[:-1] else np  # the sentence's stop
            if np and not names_no_series(np):
                facts["change"] = "up" if more.group(1).lower() == "more" else "down"
                return f"{np} {'growth' if facts['change'] == 'up' else 'decline'}"
        ratio = _OF_INCOME.match(right)
        if ratio and kind == K.PERCENT:
            # "the fiscal deficit is at 5.8% of GDP": a ratio of the subject to GDP; in
            # "£28.5 billion, or 4.2% of GDP" of the figure before (complete_metrics)
            np = context.noun_phrase_before(left) or _noun_of(left)
            facts["share_of"] = "GDP"
            if np:
                return f"{np} to GDP ratio"
            facts["ratio_to_gdp"] = True
            return None
        of = _OF_REST.match(right)
        if of and kind == K.PERCENT:
            np = context.noun_phrase_after(of.group(1))
            if np and np.lower().strip(" .,;:") not in _BARE_WHOLE:
                facts.setdefault("share_of", np)  # the number grammar's reading of a fraction's whole first
                return np
    tail = left[-160:]
    change_in = _CHANGE_NOUN_IN_BY.search(tail) if kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE) and " by" in tail[-20:] else None
    if change_in:
        # "thanks to the noticeable rise in the country's exports by 35.2%": a noun of change
        # (a determiner before it, so no verb) whose series follows its "in"
        np = context.clean_phrase(change_in.group("np").split()) or None
        if np:
            up = not _down(change_in.group("noun"))
            facts["change"] = "up" if up else "down"
            return f"{np} {'growth' if up else 'decline'}" if kind == K.PERCENT else np
    recorded = _RECORDED_CHANGE.search(tail) if kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE) and "of" in tail[-30:] else None
    if recorded and not _SERIES_AFTER.match(right):
        # "Imports also recorded an increase of 16 per cent": the subject of the verb that
        # records the change names the series (unless it follows: "a fall of 38% in sales")
        segments = re.split(r"[,;:]", tail[: recorded.start()])
        if _RELATIVE_PRONOUN.fullmatch(segments[-1]) and len(segments) > 1:
            # "diesel cars, which saw a fall of 30.6%": the antecedent of the relative
            # pronoun; its modifier (diesel, poultry) tells the series apart
            subject = _trailing_noun_phrase(segments[-2] + " ")
        else:
            subject = context.noun_phrase_before(segments[-1] + " rose ")
        if subject:
            up = not _down(recorded.group("noun"))
            facts["change"] = "up" if up else "down"
            return f"{subject} {'growth' if up else 'decline'}" if kind == K.PERCENT else subject
    if kind == K.PERCENT and _COMPARATIVE_AFTER.match(right):
        # "record beef exports 39.4% above the same period", "sales 5% higher": a verbless
        # predicate, the noun phrase right before the percentage names the series
        bare = _trailing_noun_phrase(left)
        if bare:
            up = _COMPARATIVE_AFTER.match(right).group(0).strip().lower() in ("higher", "above", "up", "ahead")
            return f"{bare} {'growth' if up else 'decline'}"
    if kind in (K.MONEY, K.COUNT, K.MEASURE):
        series = _series_after(left, right) or _caused_level(left)
        if series:
            return series
    reached = _CHANGE_NOUN_TO.search(left[-140:]) if kind in (K.MONEY, K.COUNT, K.MEASURE) and " to " in left[-24:] else None
    if reached:
        # "a 14.1 percent ($5.6 million) increase in exports to $45.6 million": the level the
        # change of the series after its preposition reached
        np = context.noun_phrase_after(reached.group("np"))
        if np:
            return np
    bracketed = _CHANGE_NOUN_BRACKET.search(left[-120:]) if left.rstrip()[-4:].count("(") else None
    if bracketed and kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
        # "a sharp drop in imports (-292.1 billion)": the bracket quantifies the change the
        # noun phrase names, of the series after its preposition (never the adjective)
        np = context.noun_phrase_after(bracketed.group("np"))
        if np:
            facts["change"] = "down" if _down(bracketed.group("noun")) else "up"
            if kind == K.PERCENT:
                return f"{np} {'growth' if facts['change'] == 'up' else 'decline'}"
            return np
    np = _premodified(left, right, kind) or (_by_verb(left, right, None) or _worth(left) if kind == K.MONEY else None) \
        or (_by_verb(left, right, None) if kind == K.MEASURE else None) or _absolute_with(left) \
        or context.noun_phrase_before(left)
    if np is None or _TIME_ONLY.fullmatch(np):
        # "Exports of services in January–April were": a month is no series; the subject
        # stands before the adverbial of time
        np = _subject_past_asides(left)
        if np is not None and _TIME_ONLY.fullmatch(np):
            np = None  # "from K912.4 billion in March to K949.8 billion": a month, no series
    if np is None:
        ofm = _NOUN_OF.search(left[-80:]) if _ENDS_OF_AT.search(left[-30:]) else None
        if ofm and (grammar.is_verbal(ofm.group(1).split()[-1]) or ofm.group(1).split()[-1].lower() in grammar.closed("aux")):
            ofm = None  # "X is at N": the verb path's business
        if ofm:
            words = ofm.group(1).split()
            # "expects an operating profit of": the noun phrase starts after its determiner
            dets = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the", "its", "their", "his", "her")]
            owner = words[:dets[-1]] if dets else []
            if dets:
                words = words[dets[-1] + 1:]
            np = context.clean_phrase(words) or None
            if np is None and words and all(w.lower() in _HOW_MUCH for w in words):
                # "coal exports reached a total of": a noun that only says how much; the
                # subject of the verb before it names the series
                np = _subject_of_verb(left)
                np = None if names_no_series(np) else np  # "there were a total of"
            if np and len(owner) >= 2 and owner[-1].lower() in ("had", "has", "have") and _POSSESSOR.fullmatch(owner[-2]) \
                    and not placenames.subjects(owner[-2]):
                # "Wallonia had a population of": the series is the named possessor's (a
                # place the gazetteer does not know, else it is the claim's subject)
                np = f"{np} of {owner[-2]}"
    if np is None and kind in (K.MONEY, K.MEASURE):
        after = re.match(r"\s+(?:in|of|worth\s+of|for)\s+(.*)", right)
        # "$78.8 billion in July" names a time, not a series; "€251.7 million in annual terms"
        # how the figure is measured
        if after and not _TIME_WORD.match(after.group(1)) and not _IN_TERMS.match(after.group(1)):
            np = context.noun_phrase_after(after.group(1))
            restricted = _RESTRICTIVE_RELATIVE.match(after.group(1))
            if np and restricted and restricted.group(1).strip().lower().endswith(np.lower()):
                # "€200 million in receipts that had been withheld": the relative clause tells
                # the series apart from all receipts
                np = f"{np} {restricted.group(2).lower()}"
    counted = _COUNT_OF.match(right) if np is None and kind == K.COUNT and not m.counted and _WITH_BEFORE.search(left[-80:]) else None
    if counted:
        # "with 1.17 million of tourists and 7.38 million of night stays": a count no verb's
        # subject names is of the noun after its "of"
        np = context.noun_phrase_after(counted.group(1))
    if np is None and kind in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT):
        rel = _RELATIVE_SUBJECT.search(left[-120:])
        if rel:
            words = _undetermined(rel.group(1))
            np = context.clean_phrase(words) or None  # "a positive trade balance which stood at US$768 million"
        rel = None if np or kind == K.PERCENT else _APPOSED_RELATIVE_SUBJECT.search(left[-120:])
        if rel and not _HAS_DIGIT.search(re.split(r"[,;:]", left[-120:][: rel.end(1)])[-1]):
            # "the slight decrease in the trade deficit, which reached 3,655 million dinars": a
            # relative set off by a comma states the level of the noun phrase before it (never
            # of a figure's clause: "amounted to 230.1 million U.S. dollars, which was")
            words = _undetermined(rel.group(1))
            while words and words[0].lower() in grammar.closed("prep"):
                words = words[1:]
            # a preposition inside ("made up of semi-finished products") may hide the clause's
            # verb: only a plain noun phrase is read
            inner = {w.lower() for w in words} & (grammar.closed("prep") | {"up", "down", "out"})
            np = None if inner else context.clean_phrase(words) or None
            np = None if names_no_series(np) else np
        rel = None if np else _RELATIVE_CHANGE.search(left[-120:])
        if rel and grammar.change_direction(rel.group("verb")):
            # "especially natural gas, which rose by 6.2%": the antecedent of a relative
            # clause whose verb of change states the figure
            words = _undetermined(rel.group(1))
            while words and words[0].lower() in _FOCUS_ADVERBS:
                words = words[1:]  # "especially natural gas, which rose"
            np = context.clean_phrase(words) or None
    if np is None and kind in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
        whole = grammar.FRONTED_WHOLE.match(sentence)
        if whole and whole.end() <= m.start:
            # "Of the total value of seafood exports in 2017, 72 per cent came from
            # aquaculture": a fronted partitive names the whole the figures divide
            np = context.noun_phrase_after(whole.group(1), max_words=8)
    if np is None:
        np = _metric_by_shape(left, right, kind)
    if np is None and kind in (K.MONEY, K.COUNT, K.MEASURE):
        # "Total grants disbursed in the first half amounted to": a post-modified subject
        np = post_modified_subject(left)
    if (np is None or np.lower() in ("they", "it", "these", "this")) and kind in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT):
        topic = _TOPIC.match(sentence)
        if topic and topic.end() <= m.start:
            np = topic.group(1)
    np = _without_there(np)  # "In March there were 4,200 newly registered vehicles": no subject names it
    if kind in (K.MONEY, K.COUNT, K.MEASURE, K.PERCENT) and names_no_series(np) \
            and (np or not _HAS_FIGURE.search(left) and _STATES_OF_SUBJECT(left)):
        # "Imports also show a small decrease from K16.8 billion": an adjective left by the
        # verbless noun phrase the figure follows names nothing; the clause's subject does.
        # With no word at all, only for a sentence's first figure that its verb or a noun
        # of change states of the subject ("tourist arrivals show a decline of 14%"); later
        # figures share an earlier one's series (sentence_frame), an object names its own
        np = _opening_subject(re.split(r"[,;:]", left)[-1]) or np
    if np and kind in (K.PERCENT, K.PERCENTAGE_POINT) and not _A_SHARE.match(right):
        between = left[-40:]
        verb_to = re.search(r"\b(?:to|at|from|reaching)\s+(?:\w+\s+)?[-−+]?$", between)  # "climb to -34.8 percent": a signed level
        d = context.direction(left, 60)
        if d is None and grammar.gapped_subject(left):
            d = context.direction(left, 160)  # "… decreased by 21.2% and the import of energy by 2.3%": the gap's verb
        if d and not verb_to:
            facts["change"] = d
            if re.search(r"\b(?:growth|rise|increase|decline|drop|fall|change|inflation)$", np, re.I):
                return np  # "Growth was 0.7%": the noun already names the change
            return f"{np} {'growth' if d == 'up' else 'decline'}"
    if np and kind == K.MONEY:
        d = context.direction(left, 60)
        if d and re.search(r"\bby\s+$", left):
            facts["change"] = d
    if np and (_UNIT_WORDS.fullmatch(np) or _UNIT_LEAD.match(np)):
        # "growing 9.4pc …, reaching €10.4bn": a unit is no series, nor is a phrase opening
        # with a percentage's unit ("a 3.2 per cent annual rise to €39.6m": 'cent annual')
        return None
    if np and kind in (K.MONEY, K.MEASURE, K.COUNT):
        return _category_flow(left, np) or np
    return np


# ", with exports of", ", with earnings of": an adjunct whose flow the clause's subject earned
_WITH_FLOW = triggered(lazy(r",\s+with\s+(?:total\s+|its\s+|their\s+)?(?P<flow>[a-z]+)\s+(?:of|worth|valued\s+at|totall?ing|"
                            r"amounting\s+to|reaching|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?"
                            r"[^\s\d]{0,4}\s*$", re.I), ("with",))
_WORD_RUN = re.compile(r"[A-Za-z]+")
_PREDICATE_FLOW = lazy(r"\b(export|import)s?\b", re.I)
# heads that name who earns, not what is sold: their flows are the whole's ("the country remained …")
_NO_CATEGORY = frozenset({"country", "nation", "economy", "government", "state", "region", "province", "city", "island",
                          "islands", "sector", "industry", "company", "firm", "group", "market", "port", "it", "they", "this",
                          "that", "these", "those", "which", "total", "share", "balance", "deficit", "surplus", "rate"})


def _category_flow(left: str, np: str) -> Optional[str]:
    """A part named by its series only (issue 8's class): "Chemicals remained the largest
    category, with exports of $85.0 million" states chemicals' exports, not the whole of the
    exports the text's other figures are parts of; "Electronic products remained the top export,
    with earnings of $3.37 billion" states exports of electronic products. The adjunct's flow is
    the clause subject's when that subject is goods or a category: not a place, a flow of its own
    ("total public expenditure stood at …, with total revenue of"), or who earns ("the country")."""
    m = _WITH_FLOW.search(left[-60:])
    if m is None or m.group("flow").lower() != np.lower() or np.lower() not in series_nouns() | {"earnings", "sales"}:
        return None
    clause = left[: len(left) - len(left[-60:]) + m.start()]
    clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", clause)[-1]
    verb = next((w for w in _WORD_RUN.finditer(clause) if w.group(0).lower() in context.VERB_WORDS
                 or w.group(0).lower() in grammar.closed("verb")), None)  # the clause's first verb, its subject before it
    said_np = grammar.subject_phrase(clause[: verb.start()]) if verb else None
    if said_np and not re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?" + re.escape(said_np) + r"\s*", clause[: verb.start()], re.I):
        return None  # the subject opens the clause: "Chemicals remained …", not "In chemicals, the country …"
    subject = _lower_words(context.clean_phrase(said_np.split())) if said_np else None
    if not subject or len(subject.split()) > 4 or placenames.subjects(said_np):
        return None
    words = [w.lower() for w in LETTERS.findall(subject)]
    if not words or any(w in _NO_CATEGORY or w in series_nouns() for w in words) or SERIES_NOUN.search(subject) \
            or names_no_series(subject):
        return None
    said = _PREDICATE_FLOW.search(clause, verb.end()) if verb else None
    flow = (said.group(1).lower() + "s") if said else np.lower()
    return f"{flow} of {subject}"


# "17.25 million of tourist nights": a count whose noun follows "of" (not a partitive of a
# determined whole, "of the 27 members", nor a relative, "of which")
_COUNT_OF = lazy(r"\s+of\s+(?!(?:the|this|that|these|those|them|which|whom|its|their|our|all|each|every|any)\b)([a-z][\w'’-]*.*)", re.I)
# "with 1.17 million of tourists and 7.38 million of": the counts a "with" brings in (a
# count after a verb, "raking in 206,538 of arrivals", restates the noun of the figure before)
_WITH_BEFORE = lazy(r"\bwith\s+(?:[^,;()]{0,40}\s+and\s+)?$", re.I)
_CHANGE_NOUN_TO = built(lambda: r"\b(?:" + grammar.change_noun_alternation() + r")\s+"
                       r"(?:of\s+[^()\d]{0,12}[\d.,]+\s*[^\s()]{0,12}\s+)?(?:\([^()]{0,30}\)\s+)?"
                       r"in\s+(?P<np>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+to\s+"
                       r"(?:about\s+|around\s+|nearly\s+|some\s+)?[^\s\d()]{0,4}\s*$", re.I)
_CHANGE_NOUN_BRACKET = built(lambda: r"\b(?:an?|the|its|their|this)\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?P<noun>" + grammar.change_noun_alternation(works=False) + r")\s+"
                            r"(?:in|of)\s+(?P<np>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s*\(\s*"
                            r"(?:about\s+|around\s+|nearly\s+|some\s+)?[+\-−]?\s*[^\s\d()]{0,4}\s*$", re.I)
# (a verb of recording in any form, "registering a growth of 27.47 per cent"; of seeing and
# showing only the past: "Remittances to Samoa show a rise of" is read with its place elsewhere)
_RECORDED_CHANGE = built(lambda: r"\b(?:record(?:s|ed|ing)?|register(?:s|ed|ing)?|post(?:s|ed|ing)?|report(?:s|ed|ing)?|witness(?:es|ed|ing)?|"
                        r"log(?:s|ged|ging)?|achiev(?:e|es|ed|ing)|experienc(?:e|es|ed|ing)|exhibit(?:s|ed|ing)?|mark(?:s|ed|ing)?|"
                        r"notch(?:es|ed|ing)?|clock(?:s|ed|ing)?|showed|saw)"
                        r"\s+(?:(?:a|an)\s+)?(?:(?:annual|yearly|year-on-year|slight|sharp|"
                        r"marginal|modest|significant|further|record|strong|steep|robust)\s+)?(?P<noun>" + grammar.change_noun_alternation() + r")\s+(?:rate\s+)?of\s+"
                        r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?[^\s\d]{0,4}\s*$", re.I)
_CHANGE_NOUN_IN_BY = built(lambda: r"\b(?:a|an|the|its|their|this)\s+(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?P<noun>" + grammar.change_noun_alternation() + r")\s+"
                          # the series' words, no verb of a clause ("the rise in imports was led by")
                          r"in\s+(?P<np>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!(?:is|was|were|are|has|have|had|been|being)\b)[A-Za-z][\w'’-]*){0,4}?)\s+by\s+"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[^\s\d]{0,4}\s*$", re.I)
_RELATIVE_PRONOUN = re.compile(r"\s*(?:which|that)\s*", re.I)
_RESTRICTIVE_RELATIVE = lazy(r"((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:that|which)\s+(?:had|have|has|was|were|is|are)\s+(?:been\s+)?"
                             r"(?:\w+ly\s+)?([a-z]{3,}(?:ed|en|wn|ld|nt))\b")
_SERIES_AFTER = lazy(r"\s+(?:in|of)\s+(?!(?:the\s+)?(?:first|second|third|fourth|same|previous|last|past|current|"
                     r"year|month|quarter|half|period|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:19|20)\d\d)[a-z]", re.I)
_UNIT_WORDS = lazy(r"(?:pc|pct|per\s?cent|percent|cent|points?|bn|mn|m|k|billion|million|trillion|thousand)", re.I)
_UNIT_LEAD = lazy(r"(?:per\s?cent|percent|cent|pc|pct)\s", re.I)
_MORE_NOUN = lazy(r"\s*,?\s*(more|fewer|less)\s+(?!(?:than|and|or|of|in|to|on|at|by|for|from|over|with|per|the|a|an|this|that|it|yearly|annually)\b)([a-z].*)", re.I)
_COMPARATIVE_AFTER = lazy(r"\s*(?:higher|lower|above|below|up|down|ahead|behind)\b", re.I)
_NP_TAIL = lazy(r"((?:[A-Za-z][\w'’-]*\s+){1,4})$")


#: An adverb in -ly (lower case: "Italy", "July" are names); nouns and adjectives that end so
#: and may head or close a noun phrase are kept ("supply", "family", "assembly", "monthly").
_SENTENCE_ADVERB = lazy(r"(?!(?:supply|family|assembly|rally|ally|monopoly|anomaly|reply|belly|jelly|fly|"
                        r"[a-z]*(?:hourly|daily|weekly|monthly|quarterly|yearly|early|only))$)[a-z]{3,}ly")


def _trailing_noun_phrase(left: str) -> Optional[str]:
    """The noun phrase that ends right before the number, when no verb stands in it
    ('… showed record beef exports ' → 'record beef exports')."""
    tail = _NP_TAIL.search(left[-60:])
    if tail is None:
        return None
    words = tail.group(1).split()
    if words and _SENTENCE_ADVERB.fullmatch(words[-1]):
        # "were reportedly 40 percent higher", "is apparently 20 percent above": an adverb of
        # stance or manner before the figure heads no noun phrase; the verb before it ends one
        return None
    cut = [i for i, w in enumerate(words) if w.lower() in context._STOP or grammar.is_verbal(w.lower())
           or w.lower() in grammar.closed("det")]
    words = words[cut[-1] + 1:] if cut else words
    if not words or grammar.is_verbal(words[-1].lower()):
        return None
    return context.clean_phrase(words) or None


# "a 40.7 billion yen ($388 million) trade deficit", "the 823.2 million yen surplus": the
# number premodifies the noun that names it
# asked before every amount; every match ends in one of these words, then white space
_PREMODIFIER = ends_with(lazy(r"\b(?:a|an|the|its|their|this|that|[a-z]+['’]s)\s+(?:(?:record|whopping|massive|mere|further|additional|"
                              r"estimated|combined|total|new|[a-z]+-(?:high|low|time|year|month))\s+)?$", re.I),
                         ("a", "an", "the", "its", "their", "this", "that", "'s", "’s", "record", "whopping", "massive", "mere",
                          "further", "additional", "estimated", "combined", "total", "new", "high", "low", "time", "year", "month"))
_BRACKETED = lazy(r"^\s*\([^()]{1,40}\)")


_TRAILING_YEAR = lazy(r"\s+(?:for|in|of)\s+(?:the\s+)?(?:(?:next|this|last|coming|current|fiscal|financial)\s+)*"
                      r"(?:year|(?:FY\s?)?(?:19|20)\d\d(?:\s?[-/–]\s?\d{2,4})?)\s*$", re.I)


def _clause_subject(clause: str) -> Optional[str]:
    """The subject of a clause's last verb ("Fuel accounted for 12% of imports" → "fuel")."""
    verb = context.last_verb(clause)
    if verb is None:
        return None
    np = grammar.subject_phrase(clause[: verb.start()])
    return _lower_words(context.clean_phrase(np.split())) or None if np else None


_HAS_FIGURE = lazy(r"(?<![\w-])(?!(?:19|20)\d\d\b)\d")  # a figure, not a year
_CHANGE_NOUN_END = built(lambda: r"\b(?:" + grammar.change_noun_alternation() + r")\s+"
                        r"(?:of|by)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?[^\s\d]{0,4}\s*$", re.I)


def _STATES_OF_SUBJECT(left: str) -> bool:
    """The figure after `left` is what its clause's verb of change or being, or a noun of
    change, states of the subject ('grew by ', 'amount to ', 'show a decline of ')."""
    if _CHANGE_NOUN_END.search(left[-60:]):
        return True
    slot = grammar.verb_slot(left)
    verb = left[slot[0]: slot[1]].lower() if slot else ""
    return bool(verb) and bool(grammar.change_direction(verb) or verb in _LINKING)


# "…, bringing the trade deficit to", "had driven the surplus to": a verb that moves its
# object to a level; the object, not the subject, is what reached the figure (not 'widen',
# 'narrow': news uses them without an object, "the deficit widened in January to")
_CAUSED_LEVEL = triggered(lazy(
    r"\b(?:bring|brings|bringing|brought|push|pushes|pushing|pushed|take|takes|taking|took|drive|drives|driving|drove|"
    r"driven|lift|lifts|lifting|lifted)\s+"
    r"(?P<np>(?:the\s+|its\s+|their\s+)?(?!(?:it|them|this|that|the\s+total|in|on|at|by|from|for|during|over|to|up|down|back|place)\b)"
    r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)"
    r"(?:\s+(?:in|for|during|over)\s+[^,;\d]{0,40}?)?\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|over\s+)?"
    r"[^\s\d]{0,4}\s*$", re.I), ("to",))


def _caused_level(left: str) -> Optional[str]:
    m = _CAUSED_LEVEL.search(left[-140:])
    if m is None:
        return None
    np = context.noun_phrase_after(m.group("np"))
    return np if np and not _TIME_ONLY.fullmatch(np) and not names_no_series(np) else None


# present-tense verbs of showing the verb lexicon, made for past news reports, lacks
_SHOWING = frozenset({"show", "shows", "see", "sees", "record", "records", "post", "posts", "register", "registers",
                      "also", "has", "have", "had", "is", "are", "was", "were"})


def _opening_subject(clause: str) -> Optional[str]:
    """The noun phrase that opens a clause before its first verb, when it names a series
    ("Imports also show a small decrease from" → "imports"); None for an agent
    ("Chile registered") or a pronoun."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", clause))
    verb = next((w for w in words[1:] if w.group(0).lower() in _SHOWING or grammar.is_verbal(w.group(0).lower())), None)
    if verb is None:
        return None
    np = context.clean_phrase((grammar.subject_phrase(clause[: verb.start()]) or "").split())
    np = _without_there(np)
    if not np or not (series_nouns() & {w.lower() for w in np.split()} or SERIES_NOUN.search(np)):
        return None
    first, _, rest = np.partition(" ")
    # a common noun lowered ("Imports"), a name kept ("Estonian trade turnover")
    return f"{first.lower()} {rest}".strip() if is_series_noun(first) else np


# "… in the first seven months with exports to the US dropping 2.1 percent": an absolute
# construction; its noun phrase, not the clause before "with", names the series
_WITH_ABSOLUTE = triggered(lazy(r"\bwith\s+((?:[A-Za-z][\w'’.-]*\s+){1,6}?)[a-z]{3,}ing\s+"
                                r"(?:(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s+)?(?:by\s+|to\s+|at\s+)?"
                                r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+)?[^\s\d]{0,4}\s*$"),
                           ("with",))


def _absolute_with(left: str) -> Optional[str]:
    m = _WITH_ABSOLUTE.search(left[-120:])
    if m is None:
        return None
    words = m.group(1).split()
    if any(context._VERB_RE.fullmatch(w) and w.lower() not in context._NOUNS_TOO for w in words):
        return None  # a clause, not a noun phrase
    return context.clean_phrase(words) or None


# markers of an apposition that restates what was just said in other words
_RESTATES = lazy(r"\s*(?:i\.?\s?e\.?|that\s+is)\s*", re.I)


def _series_after(left: str, right: str) -> Optional[str]:
    """The series a figure's own phrase names around an empty head or in a relative clause
    after it (_EMPTY_AMOUNT, _RELATIVE_SERIES, _FROM_SERIES), else None."""
    empty = _EMPTY_AMOUNT.search(left[-50:])
    if empty:
        head = left[: empty.start() + max(0, len(left) - 50)]
        clause = next((part for part in reversed(re.split(r"[,;:]", head)) if part.strip()), "")
        if _RESTATES.fullmatch(clause):
            return None  # "…, ie in the amount of 268.5 million": the figure restates the one before
        if empty.group("prep").lower() == "with":
            # "Fuel accounted for 12% of imports, with an amount of $410 million": an adjunct
            # restates the clause's own figure, of its subject
            return _clause_subject(clause)
        words = LETTERS.findall(clause)
        for w in reversed(words[-6:]):
            if nominal(w):
                return nominal(w)
            if w.islower() and nominal(w + "s") == w + "s":
                return w + "s"  # "export in the value of 3.64 billion": the noun itself
        # "reached a total commodity turnover in a value of 1.6 billion": the noun phrase
        # the amount is of, when it names a series
        np = grammar.subject_phrase(clause)
        if np and series_nouns() & {w.lower() for w in np.split()}:
            return context.clean_phrase(np.split()) or None
        if empty.group("prep").lower() == "in":
            # "adopted the health budget for 2023 in the amount of": of the noun before it
            return _trailing_noun_phrase(_TRAILING_YEAR.sub(" ", clause + " "))
    m = _COPULA_SERIES.match(right)
    if m and series_nouns() & {w.lower() for w in m.group("np").split()} \
            and context.last_verb(re.split(r"[,;:]", left)[-1]) is None:
        # "Another $223.2 million is value-added exports from special regimes", "$637.3 million
        # corresponds to exports of registered goods": the figure is the subject, its complement the series
        return m.group("np").lower() if not m.group("np").isupper() else m.group("np")
    m = _AS_SERIES.match(right)
    if m and _RECORDS.search(left[-30:]):
        return m.group(1).lower()  # "records US$34.04 million as revenue collection"
    m = _RELATIVE_SERIES.match(right)
    if m and (nominal(m.group("verb")) or m.group("verb") in ("got", "received", "paid", "made", "raised", "collected")):
        np = m.group("np").lower()
        if SERIES_NOUN.fullmatch(np) or np.startswith("re-"):
            return np
        return f"{nominal(m.group('verb')) or m.group('verb')} {m.group('prep')} {np}"
    m = _FROM_SERIES.match(right)
    if m and re.search(r"(?:,|\band)\s*[^\s\d]{0,4}\s*$", left):
        return m.group("np").lower()
    return None




@functools.cache
def _visitor_words() -> frozenset[str]:
    """The words of the series of visitors (metric_words `same`: tourists, visitors, arrivals …)."""
    from factcheck.extract import lexicon

    return next((frozenset(group) for group in lexicon.load("metric_words").get("same") or () if "arrivals" in group), frozenset())


def _counts_visitors(counted: str) -> bool:
    words = counted.lower().split()
    return bool(words) and words[-1] in _visitor_words() | {"passengers", "guests", "travellers", "travelers", "holidaymakers"}




_LINKING = {"amounted", "amounts", "totalled", "totaled", "totals", "reached", "reaches", "stood", "stands", "stand", "was", "were",
            "is", "are", "hit", "hits", "came", "topped", "exceeded", "crossed", "surpassed"}
# (a converted amount or other aside may stand between: "6.5 trillion yuan ($957.8 billion) in revenue")
_ON_OBJECT = lazy(r"(?:\s*\([^()]{1,40}\))?\s+(on|for|in)\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\b(?=\s*(?:[,.;]|$|and\b|in\s|during\s|last\s|this\s))")


#: Generic nouns of persons, which say nothing of which persons a count counts.
_PERSONS = frozenset({"people", "persons", "individuals", "residents", "inhabitants", "citizens", "adults"})
_TRAVEL_OF_PERSONS = lazy(r"\s+(?:(?:have|had|has)\s+)?(?:also\s+)?(?P<verb>visited|arrived\s+(?:in|at)|came\s+to|entered(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                          r"travell?ed\s+to|flew\s+(?:in)?to)\b", re.I)
_STATE_OF_PERSONS = lazy(r"\s+(?:were|are|was|is|remain(?:ed|s)?|became|become)\s+(?:still\s+|now\s+|currently\s+|"
                         r"officially\s+)?(?P<adj>[a-z]+(?:-[a-z]+)?)\b(?!\s+(?:to|by|at|as)\b)")
_STATES_OF_PERSONS = frozenset({"active", "inactive", "poor", "literate", "illiterate", "idle", "homeless", "jobless",
                                "self-employed", "underemployed", "overweight", "obese", "eligible", "ill", "sick"})
# "immigration exceeded emigration by 14,415", "collections exceeded the forecast by $2.3
# million": the figure is the excess of one amount over another, a series of neither (a base
# that is a time, "exceeded last year's figure by", states a change: the change rules' business)
_EXCEEDED_BY = triggered(lazy(r"\b(?:exceed(?:s|ed)?|outnumber(?:s|ed)?|outstrip(?:s|ped)?|outpac(?:es|ed)|surpass(?:es|ed)?)\s+"
                              r"(?P<base>(?:the\s+)?[A-Za-z][^,;:()\d]{0,50}?)\s+by\s+"
                              r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|over\s+|more\s+than\s+)?[^\s\d]{0,4}\s*$", re.I),
                         ("by",))
_TIME_BASE = lazy(r"\b(?:year|month|quarter|week|period|figures?|data|level|previous|last|earlier|ago|(?:19|20)\d\d)\b", re.I)
_TIME_TAIL = lazy(r"\s+(?:last|this|in\s+the|in)\s+(?:year|month|quarter|week)$", re.I)


def _excess(left: str) -> Optional[str]:
    m = _EXCEEDED_BY.search(left[-140:])
    if m is None or _TIME_BASE.search(m.group("base")):
        return None
    before = left[: len(left) - len(left[-140:]) + m.start()]
    clause = re.split(r"[,;:]", before)[-1]
    # "collections … rose to $470.9 million and exceeded the forecast by": a coordinated verb's subject
    over = grammar.subject_phrase(clause) or _opening_subject(clause + " rose ")
    base = strip_possessors(context.clean_phrase(m.group("base").split()) or "")
    over = strip_possessors(_TIME_TAIL.sub("", context.clean_phrase((over or "").split()) or ""))
    if not over or not base:
        return None
    return f"excess of {_lower_words(over)} over {_lower_words(base)}"


# "27,421 persons immigrated to Finland", "241,000 people moved to the Netherlands from abroad
# and 153,000 left": an intransitive verb of migrating whose subject is a count of persons
# names the flow; the generic noun ('people') says nothing of which. An object ('left the
# company') is no move across a border, nor is a mode of travel ('left by air': passengers,
# whose arrivals and departures the article names itself)
_MOVED = lazy(r"(?:\s+from\s+(?:abroad|overseas|(?:[a-z]+\s+){0,2}?(?:countries|country|states|nations)))?\s+(?:have\s+|had\s+)?"
              r"(?P<verb>immigrated|emigrated|left|moved|settled|relocated|came)"
              r"(?=(?:\s+over)?(?:\s+(?:to|from|for|in|into|abroad|overseas)\b|\s*[,.;]|\s*$))")
_MOVEMENTS = {"immigrated": "immigration", "moved": "immigration", "settled": "immigration", "relocated": "immigration",
              "came": "immigration", "emigrated": "emigration", "left": "emigration"}
_PERSONS_BEFORE = lazy(r"\b(?:people|persons|individuals|residents|inhabitants|citizens|nationals|migrants)\b", re.I)


def _moved(left: str, right: str, counted: Optional[str]) -> Optional[str]:
    """The flow a count of persons made by migrating: 'immigration', 'emigration'. A
    bare count ('and 153,000 left') counts persons when its clause counted them before."""
    if counted is not None and counted.lower() not in _PERSONS:
        return None
    move = _MOVED.match(right)
    if move is None or counted is None and not _PERSONS_BEFORE.search(left):
        return None
    return _MOVEMENTS[move.group("verb").lower()]


# "330,075 bags of Robusta coffee", "427,204 60-kilo bags of coffee were exported": a package
# is a unit of the goods, no series; the goods, with the verb that moved them, name it
_PACKAGES = frozenset({"bags", "sacks", "bales", "cartons", "crates", "bundles"})
_PACKED = lazy(r"(?:\s+\d+[-\s]?(?:kg|kilos?|kilograms?)\b)?(?:\s+(?:bags|sacks|bales|cartons|crates|bundles))?"
               r"\s+of\s+(?P<what>[^,;:()\d]+)", re.I)


def _packed(m: re.Match) -> Optional[str]:
    what = context.noun_phrase_after(m.group("what"))
    if not what:
        return None
    passive = _PASSIVE.match(m.group("what")[len(what):] if m.group("what").startswith(what) else "")
    noun = nominal(passive.group("verb")) if passive else None
    return f"{what} {noun}" if noun else what


#: Verbs that raise a clause ("were expected to"), never a state of the persons counted.
_RAISING = frozenset({"expected", "estimated", "reported", "thought", "believed", "projected", "forecast", "said",
                      "needed", "required", "used"})


_PASSIVE_AUX_BEFORE = lazy(r"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+)?$", re.I)
_AT_AFTER_VERB = lazy(r"\s+at\s+(?:(?:about|around|nearly|almost|some|roughly|just|over)\s+)?", re.I)


def _by_verb(left: str, right: str, counted: Optional[str]) -> Optional[str]:
    """The figure a verb states of its object or its subject: 'China sold 806,000 vehicles'
    → 'sales of vehicles'; 'the government spent $3bn on roads' → 'spending on roads';
    'deliveries rose to 4,216,680 vehicles' → 'deliveries' (the subject of a verb of
    change or of being)."""
    slot = grammar.verb_slot(left)
    if slot is None:
        return None
    verb = left[slot[0]: slot[1]]
    noun = nominal(verb)
    if noun and _PASSIVE_AUX_BEFORE.search(left[: slot[0]]) and _AT_AFTER_VERB.fullmatch(left[slot[1]:]):
        # "the trade deficit was registered at $21.2 billion": a passive with "at" states the
        # level of its subject (as "stood at"), not a count of registrations
        subject = context.noun_phrase_before(left[: slot[0]] + " is ")
        if subject:
            return subject
    if noun and _TAKINGS_VERB.fullmatch(verb):
        subject = context.noun_phrase_before(left[: slot[0]] + " is ")
        if subject and SERIES_NOUN.fullmatch(subject.strip()):
            return subject.strip().lower()  # "exports earned $220.4m": the exports' takings
    if noun:
        if counted:
            if noun == "receipts" and _counts_visitors(counted):
                # "Cambodia received 6.61 million international tourists": a place that receives
                # visitors counts their arrivals, not its receipts (money received)
                return _lower_words(counted)
            return f"{noun} of {_lower_words(counted)}"
        on = _ON_OBJECT.match(right)
        return f"{noun} {on.group(1)} {on.group(2)}" if on and not re.fullmatch(r"(?:19|20)\d\d", on.group(2)) \
            and not _TIME_WORD.fullmatch(on.group(2)) else noun  # "earned $4.2 million in the quarter": a time
    if counted and (grammar.change_direction(verb) or verb.lower() in _LINKING
                    or re.search(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?$", left)):
        np = context.noun_phrase_before(left)
        # "there were 52,400 nurses", "in January there were 259,898 arrivals": an expletive
        # subject, after a fronted time or place or not; the counted noun names the series
        np = _without_there(np)
        if np and not grammar.closed("det") & {np.lower()}:
            return np
    return None


def _premodified(left: str, right: str, kind: Optional[str]) -> Optional[str]:
    """'recorded a 40.7 billion yen ($388 million) trade deficit' → 'trade deficit'."""
    if kind not in (K.MONEY, K.MEASURE):
        return None
    # a headline drops its determiners and capitalises its nouns ("Government Presents
    # EC$1.6 Billion Budget", "Nearly 7 billion euros surplus in tourism"); a quoted
    # noun is premodified all the same ('a $1.91 billion “accumulated trade deficit”')
    headline = _is_headline(left + right)
    rest = _QUOTE_OPEN.sub(" ", _BRACKETED.sub("", right), count=1)
    # "a $257.7 million FY2021 budget", "a K98.5 billion 2021 budget": the year between the
    # amount and its noun says when (the frame reads it), the noun after it what
    rest = _YEAR_BEFORE_NOUN.sub(" ", rest, count=1)
    if not (_PREMODIFIER.search(left[-40:]) or headline or not left.strip()
            or _RECORDED_BEFORE.search(left[-30:]) and _BALANCE_AFTER.match(rest)):
        # ("the goods trade recorded €12.1 billion deficit": a balance premodified with no
        # article, as translated news writes it)
        return None
    # "the $1.8 Billion dollar Budget": a capitalised common noun, not a name
    titled = headline or (re.match(r"\s+[A-Z][a-z]+\b", rest) is not None and not placenames.subjects(rest.split(None, 1)[0]))
    if not re.match(r"\s+[A-Za-z]" if titled else r"\s+[a-z]", rest) \
            or re.match(r"\s+(?:of|in|to|from|for|on|at|by|with|and|or|more|less|than|a|an|the|worth)\b", rest, re.I):
        return None
    if headline:
        rest = " " + " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in rest.split())
    elif titled:
        rest = " " + rest.split(None, 1)[0].lower() + (" " + rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else "")
    change = _CHANGE_IN.match(rest)
    if change:
        # "a $3.8 billion decrease in exports": the change of exports (the frame reads the role)
        return context.noun_phrase_after(change.group(1))
    first = rest.split(None, 1)[0]
    if not _PREMODIFIER.search(left[-40:]) and (grammar.is_verbal(first) or first.lower() in context.VERB_WORDS):
        return None  # "$3 billion flowed into bonds": the figure is the subject of a verb
    if _PARTICIPLE_THEN_PP.match(rest):
        # "the $15 billion disbursed in July": a participle, no noun; its nominalisation
        # names the figure, unless it only says that the figure was recorded ("compared
        # with the €1.9 billion recorded in 2023"); a comparison's base keeps the verb
        if first.lower() in _RECORDING_VERBS:
            return None
        if _COMPARISON_BASE.search(left[-40:]):
            return first.lower()  # "than the 200,915 tonnes exported": what the base counted
        return nominal(first)
    noun = context.noun_phrase_after(rest)
    if noun in ("deficit", "surplus"):
        # "the oil and gas balance saw a $3.08 billion deficit": the balance the subject names
        # (a segment's, not the total's), its sign from the noun after the figure
        named = _BALANCE_SUBJECT.search(left[-80:])
        segment = context.clean_phrase(named.group(1).split()) if named else ""
        if segment:
            return f"{segment} {noun}"
    return noun


_RECORDED_BEFORE = lazy(r"\b(?:recorded|registered|posted|reported|logged|saw|showed|had|ran|booked)\s+$", re.I)
_BALANCE_AFTER = lazy(r"\s+(?:[a-z]+\s+)?(?:deficits?|surplus(?:es)?)\b")
_COMPARISON_BASE = lazy(r"\b(?:than|from|over|against|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|compared\s+(?:with|to)|"
                        r"versus|vs\.?|relative\s+to|as\s+against)\s+(?:the\s+|a\s+)?$", re.I)
_RECORDING_VERBS = frozenset({"recorded", "registered", "reported", "posted", "logged", "observed", "seen", "noted",
                              "achieved", "attained", "reached", "booked"})
_PARTICIPLE_THEN_PP = lazy(r"\s+[a-z]{3,}ed\s+(?:in|during|by|from|to|for|at|on|over|since|until|last|this|a|an|the)\b")
_QUOTE_OPEN = lazy(r"^\s*[“\"‘']")
_YEAR_BEFORE_NOUN = lazy(r"^\s+(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?(?=\s+[a-z])")


def _is_headline(line: str) -> bool:
    """A title or headline: no closing full stop, and most of its words capitalised."""
    line = line.strip()
    if not line or line[-1] in ".!?;," or len(line) > 160:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.6 * len(long)


_BALANCE_SUBJECT = lazy(r"(?<![\w’'])((?:[a-z][\w-]*\s+){1,4})balance\s+(?:saw|posted|recorded|registered|had|booked|showed|"
                        r"logged|reported|ran|swung\s+to|turned\s+to)\s+(?:an?\s+)?$")
_CHANGE_IN = built(lambda: r"\s+(?:" + grammar.change_noun_alternation(works=False) + r")\s+(?:in|of)\s+(.*)", re.I)
# "exported 2.6 million tonnes of seafood worth": a quantity of the goods may stand between
_WORTH = ends_with(lazy(r"\b([a-z]+)\s+(?:(?:about\s+|some\s+|nearly\s+|over\s+)?\d[\d.,]*\s+(?:[a-z]+\s+){0,2}?of\s+)?"
                         r"((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+"
                         r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$", re.I),
                   ("worth", "at", "totaling", "totalling", "to", "about", "around", "nearly", "some", "over"))


def _worth(left: str) -> Optional[str]:
    """'Germany exported goods worth 117.8 billion euros' → 'exports of goods'."""
    m = _WORTH.search(left[-80:])
    if not m:
        return None
    words = (m.group(1) + " " + m.group(2)).split()
    for i in range(len(words) - 2, -1, -1):
        noun = nominal(words[i])
        if noun:
            obj = context.clean_phrase(words[i + 1:])
            return f"{noun} of {obj}" if obj else noun
    return None


_WITH_FOR = lazy(r"((?:[A-Za-z][\w'’-]*\s+){1,5}?)(?:with|for)\s+(?:[a-z]+\s+){0,2}$")
# nouns of a figure's size alone ("a total of", "a record high of"): they name no series
_HOW_MUCH = frozenset({"total", "sum", "tally", "record", "high", "peak", "all-time", "new"})
# "a surplus of N", "stood at N": cheap to ask of the last words, costly to match with the noun
_ENDS_OF_AT = lazy(r"\b(?:of|at)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$")
_POSSESSOR = lazy(r"(?!(?:It|They|He|She|We|This|That|These|Those|There)\b)[A-Z][a-z]+")
_NOUN_OF = lazy(r"((?:[\w'’.-]+\s+){1,4})(?:of|,?\s*at)\s+(?:about\s+|around\s+|some\s+|over\s+|nearly\s+)?$")


def _noun_of(left: str) -> Optional[str]:
    """'leaving a deficit of about' → 'deficit': the noun a figure is 'of', after its
    determiner (not a verb's: 'X is at N' is the verb path's)."""
    ofm = _NOUN_OF.search(left[-80:]) if _ENDS_OF_AT.search(left[-30:]) else None
    if ofm is None or grammar.is_verbal(ofm.group(1).split()[-1]) or ofm.group(1).split()[-1].lower() in grammar.closed("aux"):
        return None
    words = ofm.group(1).split()
    dets = [i for i, w in enumerate(words) if w.lower() in ("a", "an", "the", "its", "their", "his", "her")]
    return context.clean_phrase(words[dets[-1] + 1:] if dets else words) or None


def _metric_by_shape(left: str, right: str, kind: Optional[str]) -> Optional[str]:
    """The statement shapes that name a figure without a verb before it: a premodified
    noun ('a 3bn-dollar surplus'), a bracketed or listed figure ('services (€1.9 billion)'),
    and a gapped clause ('… and imports to 827.87 billion')."""
    head = grammar.parenthetical_head(left)
    if head and _SHARE_THEN_BRACKET.search(left[-90:]):
        # "exports, which accounted for 22 per cent of trade (Dh84 billion)": the bracket
        # restates the part, never the whole the share is of
        part = _PART_OF_SHARE.search(left[-160:])
        if part is None:
            return None
        words = part.group(1).split()
        verbs = [i for i, w in enumerate(words) if grammar.is_verbal(w.lower())]
        return context.clean_phrase(words[verbs[-1] + 1:] if verbs else words) or None
    if head:
        return context.clean_phrase(head.split()) or None
    gapped = grammar.gapped_subject(left)
    if gapped and not _TIME_ONLY.fullmatch(gapped.strip()):  # "… in March to K949.8 billion": a month, no gapped subject
        return context.clean_phrase(gapped.split()) or None
    return None


_SHARE_THEN_BRACKET = lazy(r"(?:%|\bper\s?cent|\bpercent|\bpc|\bpct)\s+of\s+[^()\d]{1,60}\(\s*[^\s\d()]{0,4}\s*$", re.I)
_PART_OF_SHARE = lazy(r"(?<![\w'’-])((?:(?!(?:in|of|to|for|on|an?|the|by|from|with|at|as|and|or)\b)[A-Za-z][\w'’-]*\s+){0,2}(?!(?:in|of|to|for|on|by|from|with|at|as|and|or)\b)[A-Za-z][\w'’-]*)\s*,?\s*(?:which\s+|that\s+)?(?:accounted|accounting|accounts|"
                      r"account|made\s+up|making\s+up|makes\s+up|represented|representing|represents|comprised|comprising|"
                      r"constituted|constituting)\b[^()]{0,80}\(\s*[^\s\d()]{0,4}\s*$", re.I)
_OF_INCOME = lazy(r"\s+of\s+(?:the\s+)?(?:country's\s+|nominal\s+)?(?:GDP|gross\s+domestic\s+product)\b", re.I)
_COORDINATED_PERCENTS = lazy(
    r"^(?:\s*(?:,|and|or|,\s*and|,\s*or)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?[\d.,]+\s?"
    r"(?:%|percent\b|per\s?cent\b|pct\b))+")


_GOES_TO = lazy(r"\s*(?:\([^()]{0,40}\)\s*)?(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+)?"
                r"(?:go(?:es)?|went|be\s+(?:allocated|earmarked|spent|set\s+aside)|(?:was|were|is|are|has\s+been|have\s+been)\s+"
                r"(?:allocated|earmarked|spent|set\s+aside))\s+(?:to|for|on|towards?)\s+(.*)", re.I)
_PASSIVE = lazy(r"\s*(?:of\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+"
                r"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")
_TIME_WORD = lazy(r"(?:the\s+)?(?:(?:first|second|third|fourth|last|same|previous|past|current)\s+)?"
                  r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|year|month|quarter|half|period|week|fiscal|(?:19|20)\d\d)",
                  re.I)


_IN_TERMS = lazy(r"(?:[a-z][\w-]*\s+){1,2}terms\b", re.I)


_UPPER = re.compile(r"[A-Z]")


def _lower_words(phrase: str) -> str:
    """Lower-case a noun phrase but keep acronyms ('new MoUs', 'SMEs')."""
    return " ".join(w if _UPPER.search(w, 1) else w.lower() for w in phrase.split())


def _phrase_before_for(left: str) -> Optional[str]:
    body = re.sub(r"\s+for\s+(?:\w+\s+)?$", "", left)
    words = re.findall(r"[A-Za-z][\w'’-]*", body)[-7:]
    verbs = [i for i, w in enumerate(words) if context._VERB_RE.fullmatch(w)]
    if verbs:
        words = words[verbs[-1] + 1:]
    # drop a leading proper noun object: "making China the largest trading partner"
    while words and words[0][0].isupper() and len(words) > 2:
        words = words[1:]
    phrase = context.clean_phrase(words)
    return phrase or None


_WORD_AFTER = lazy(r"\s+([a-z][\w-]*)\b")


_PERSONS_COUNTED = frozenset({"arrivals", "visitors", "tourists", "jobs", "employment"})
_QUALIFIED = lazy(r"\s+(?:(?:from|of|on|by|through|via|under)\s+(?!(?:19|20)\d\d\b)|(?:that|which)\b)", re.I)
_NAMED_BEFORE = lazy(r"\b(?:of|at|to|was|were|is|are)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?\S{0,4}\s*$", re.I)
# "made up of $5.2 billion in exports and …", "consisting of": a predicate of composition
# lists the parts of a whole, each an amount and the series "in" after it names
_COMPOSED_OF = lazy(r"\b(?:made\s+up|consist(?:s|ed|ing)?|compris(?:es|ed|ing)|composed|divided\s+up)\s+of\s+"
                    r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?\S{0,4}\s*$", re.I)
# an amount, then "in" or "from" and a noun phrase of up to four words ("in diaspora
# remittances", "earns $2.8 billion from exports")
_IN_SERIES = lazy(r"\s+(?:in|from)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\b")


_A_SHARE = lazy(r"\s*(?:market\s+)?share\b", re.I)


