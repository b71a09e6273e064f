"""A shallow grammar of statistical statements: words tagged by list, form and position,
clause boundaries, the open verb slot, and the noun phrase a number belongs to.

No statistical parser is available here, and none is needed for the few shapes that
statistical reporting uses over and over:

    X <verb> (by) N% (to Y)        exports slumped 5%; sales edged up 0.2% to $3bn
    X of N / X at N / X, N / X: N  a surplus of $3bn; services (€2.3 billion)
    Y, up N% / a rise of N% in Y   profit, up 12%; a 7.8% rise in GDP
    X <verb> N and Z (<verb>) M    non-residents accounted for 40m and residents for 41.6m
    X, which <verb> N              the deficit, which widened to $3bn

The verb slot is open: any word in it heads the clause ("slumped", "shed", "is
estimated to be"); the lexicon (`extract/lexicon/frame_words.yaml`) only says which way a
change goes. Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import lexicon
from factcheck.extract.patterns import ends_with, lazy
from factcheck.extract.vocabulary import is_series_noun


#: The participles that make a figure one foreseen rather than reported ("expected to reach",
#: "from a forecast 359,000", "is projected"): the readers of forecasts take their list from here.
FORECAST_PARTICIPLES = ("forecast", "projected", "expected", "estimated")


@functools.cache
def _closed() -> dict[str, frozenset[str]]:
    return {tag: frozenset(str(w).lower() for w in words) for tag, words in lexicon.load("closed_class").items()}


@functools.cache
def closed(*tags: str) -> frozenset[str]:
    """The closed-class words of one or more tags ('prep', 'det' …), as one set."""
    table = _closed()
    return frozenset().union(*(table.get(t, frozenset()) for t in tags))


def inflections(base: str) -> set[str]:
    """rise → rise, rises, rised, rising, risen…; slip → slips, slipped, slipping; the forms
    a news sentence uses (over-generation is harmless: the forms are only looked up)."""
    b = base.lower()
    out = {b, b + "s", b + "es", b + "ed", b + "d", b + "ing", b + "en"}
    if b.endswith("e"):
        out |= {b[:-1] + "ing", b + "d"}
    if b.endswith("y") and len(b) > 3 and b[-2] not in "aeiou":
        out |= {b[:-1] + "ies", b[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", b):
        out |= {b + b[-1] + "ed", b + b[-1] + "ing"}
    return out


@functools.cache
def _directions() -> dict[str, str]:
    out: dict[str, str] = {}
    table = lexicon.load("frame_words")
    for direction in ("up", "down"):
        for base in table.get(direction, ()):
            for form in inflections(base):
                out.setdefault(form, direction)
    # the number grammar's printed forms too (changes.yaml), single words only
    for direction in ("up", "down"):
        for form in lexicon.load("changes").get(direction, ()):
            if " " not in str(form) and str(form) not in ("up", "down", "higher", "lower", "off"):
                out.setdefault(str(form), direction)
    return out


def nominalizations(base: str) -> set[str]:
    """improve → improvement, deteriorate → deterioration, contract → contraction: the nouns
    English derives from a verb (over-generation is harmless: the forms are only looked up)."""
    b = base.lower()
    out = {b + "ment"}
    if b.endswith("ate"):
        out.add(b[:-1] + "ion")  # appreciate → appreciation
    elif b.endswith("ct"):
        out.add(b + "ion")  # contract → contraction
    return out | {n + "s" for n in out}


@functools.cache
def _change_nouns() -> dict[str, str]:
    out: dict[str, str] = {}
    changes = lexicon.load("changes")
    for direction in ("up", "down"):
        for noun in changes.get(f"nouns_{direction}", ()):
            out.setdefault(noun, direction)
            out.setdefault(noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s"), direction)
    table = lexicon.load("frame_words")
    for direction in ("up", "down"):
        for base in table.get(direction, ()):
            for form in nominalizations(base):
                out.setdefault(form, direction)
    return out


#: Nouns of change that are levels in the patterns that read a series after them: "a loss
#: of $3m" is a negative result, not a change of one
_LEVEL_NOUNS = frozenset({"loss", "losses"})


#: Nouns of change that also name works, before "of" ("the expansion of the northern port
#: ($2.1 billion)", "improvement of roads"): a project, not a change of a series
_NAME_WORKS = frozenset({"expansion", "improvement", "widening", "narrowing"})


@functools.cache
def change_noun_alternation(works: bool = True) -> str:
    """`increase|rise|…|hike|improvement|uptick`: every noun of change of the lexicon (and
    the nouns derived from its verbs), singular, longest first, as a regex alternation, for
    the patterns that read a series by its noun of change ("a 48% hike in arrivals", "an
    improvement of 1% in cocoa exports") whatever noun the writer chose. `works=False`
    leaves out the nouns that also name works (_NAME_WORKS), for a noun then "of"."""
    changes = lexicon.load("changes")
    listed = {*changes.get("nouns_up", ()), *changes.get("nouns_down", ())}
    # (of the derived nouns, the -ion ones: "-ment" is added to every verb and mostly no word)
    words = sorted({w for w in _change_nouns() if (w in listed or w.endswith("ion")) and not w.endswith("s")}
                   - _LEVEL_NOUNS - {"cut", "cuts"} - (set() if works else _NAME_WORKS), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


def change_noun_direction(word: str) -> Optional[str]:
    """'up' or 'down' for a noun of change ('increment', 'deterioration', 'declines'), else None."""
    return _change_nouns().get(word.lower())


@functools.cache
def _particles() -> dict[str, str]:
    table = lexicon.load("frame_words")
    return {w: d for d in ("up", "down") for w in table.get(f"particle_{d}", ())}


def change_direction(word: str) -> Optional[str]:
    """'up' or 'down' for a verb of change in any form ('slumped' → down), else None."""
    return _directions().get(word.lower())


def particle_direction(word: str) -> Optional[str]:
    return _particles().get(word.lower())


@functools.cache
def direction_words() -> dict[str, tuple[str, bool]]:
    """Every verb of change and particle (lower case) with its direction, the verb's first,
    and whether the word is a particle: one look-up for a reader that asks both of each
    word of a window (context.direction)."""
    verbs, particles = _directions(), _particles()
    return {w: (verbs.get(w) or particles[w], bool(particles.get(w))) for w in {*verbs, *particles}
            if verbs.get(w) or particles.get(w)}


# Words ending like verbs that are nouns in statistical copy.
_NOUNS_LIKE_VERBS = frozenset({
    "spending", "funding", "earnings", "housing", "shipping", "lending", "borrowing", "manufacturing",
    "building", "buildings", "pricing", "outstanding", "holdings", "savings", "proceeds", "sales", "exports",
    "imports", "goods", "services", "tourists", "visitors", "arrivals", "reserves", "revenues", "receipts",
    "need", "speed", "seed", "feed", "red", "bed", "hundred", "shed", "feeds", "listings", "bookings",
    "openings", "mining", "farming", "banking", "retailing", "marketing", "advertising", "training",
    "travelling", "traveling", "trading", "processing", "operating", "rating", "ratings", "offering", "offerings",
    "filings", "findings", "readings", "postings", "billings", "bond", "bonds", "gross", "loss", "losses",
    "excluding", "including", "regarding", "concerning", "following", "according", "during",
})


@functools.cache
def _function_words() -> frozenset[str]:
    return closed("det", "prep", "conj", "aux", "rel", "qual", "report", "verb")


def is_function_word_or_verb(word: str) -> bool:
    """A closed-class word (determiner, preposition, conjunction, auxiliary, relative,
    qualifier, verb of saying or a listed verb) or one that can fill the verb slot: no word
    that names a thing, as an item's label or a denominator's head must."""
    w = word.lower()
    return w in _function_words() or is_verbal(w)


@functools.lru_cache(maxsize=1 << 14)
def is_verbal(word: str) -> bool:
    """A word that can fill the verb slot by its form: a known verb of change, an
    auxiliary, or a past or progressive form (-ed, -ing) that is not a known noun."""
    w = word.lower()
    if w in _directions() or w in closed("aux") or w in closed("verb"):
        return True
    if w in _NOUNS_LIKE_VERBS or "-" in w.strip("-"):
        return False  # "debt-servicing costs", "seasonally-adjusted", "record-breaking": compounds modify nouns
    return len(w) > 4 and (w.endswith("ed") or w.endswith("ing"))


# --- clauses ------------------------------------------------------------------------------
# Where one clause ends and the next begins, for what a time anchor or a comparison base
# may reach: a semicolon, a contrastive or coordinating conjunction after a comma,
# "while"/"whereas", a relative clause, an absolute "with X …ing" clause.
_BOUNDARY = lazy(
    r";\s*|\s*—\s*(?=[a-z])|,\s+(?=(?:and|but|while|whereas|although|though|which|who|with|as|after|before|when|"
    r"compared|against|bringing|taking|making|pushing|lifting|leaving|reaching|marking|according|"
    # "rose to 734,976, extending the 2.2% gain in the preceding year": a participle that
    # sets the figure against another event, with that event's own time
    r"extending|following|continuing|reversing|erasing|surpassing|exceeding|outpacing)\b)"
    r"|\s+(?=(?:while|whereas|but)\s)"
    # "… fell 23% because the border was closed and it was open at this time last year": a
    # clause of reason has its own subject, verb and time ("because of" heads no clause)
    r"|\s+(?=because\s+(?!of\b))"
    # "… 4,000 people and aims to cut costs": "and" before a verb starts a clause
    r"|\s+(?=and\s+(?:(?:also|then|now|still)\s+)?(?:is|are|was|were|has|have|had|will|would|could|aims?|plans?|expects?|"
    r"hopes?|seeks?|wants?|intends?|remains?|remained|says?|said|sees?|saw|[a-z]+ed)\b)", re.I)


@functools.lru_cache(maxsize=256)
def clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """Clause spans covering the sentence, in order (asked by several rules of one sentence)."""
    cuts = [0]
    aside = _dash_asides(sentence)
    for m in _BOUNDARY.finditer(sentence):
        if m.start() > cuts[-1] and not any(a <= m.start() < b for a, b in aside):
            cuts.append(m.start())
    cuts.append(len(sentence))
    return tuple((a, b) for a, b in zip(cuts, cuts[1:]) if b > a)


# an aside set off by a pair of dashes ("rose by 2.5 per cent — or 659,800 people — in the 12
# months to September") belongs to the clause around it, as one in commas or brackets does
_ASIDE_DASH = lazy(r"\s*—\s*")


def _dash_asides(sentence: str) -> list[tuple[int, int]]:
    """The spans of short asides between two em dashes, each dash included."""
    dashes = [m.span() for m in _ASIDE_DASH.finditer(sentence)]
    return [(a[0], b[1]) for a, b in zip(dashes[::2], dashes[1::2]) if b[0] - a[1] <= 80]


def clause_of(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= offset < b:
            return i
    return len(spans) - 1


# --- noun phrases the grammar recognises by shape ------------------------------------------
_NP = r"(?<![\w$€£¥₹,.])(?P<np>(?:[A-Za-z][\w'’&.-]*\s+){0,5}?[A-Za-z][\w'’&-]*)"
_QUALIFIERS = r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|under|more\s+than|less\s+than|just|only|at\s+least|up\s+to)\s+)?"
# "services (€2.3 billion)", "services: €2.3 billion", "services, €2.3 billion" (a list item)
_PARENTHETICAL = lazy(_NP + r"\s*(?:\(|:|—|–)\s*" + _QUALIFIERS + r"[€$£¥₹]?\s*[+\-−]?\s*$")
# "and residents for 41.6 million", ", imports 3%": a clause whose verb is gapped
_GAPPED = lazy(r"(?:,\s*(?:and|while|whereas|but)?|\band|\bwhile|\bwhereas|;)\s+(?:the\s+|those\s+|that\s+)?" + _NP
                     + r"\s+(?:(?:for|at|to|by|of|with|on)\s+)?" + _QUALIFIERS + r"$")


_AMOUNT_BEFORE = lazy(r"\d\s*(?:thousand|million|billion|trillion|crore|lakh|bn|mn|tn|[kmb])?\.?\s*\(\s*$", re.I)
_OPENED = lazy(r"[(:—–]\s*" + _QUALIFIERS + r"[€$£¥₹]?\s*[+\-−]?\s*$")


# a bracketed figure's noun phrase read over more words, for a head with its post-modifiers
_PARENTHETICAL_WIDE = lazy(_NP.replace("{0,5}?", "{0,10}?") + r"\s*(?:\(|:|—|–)\s*" + _QUALIFIERS + r"[€$£¥₹]?\s*[+\-−]?\s*$")
# prepositions that post-modify a series' head noun ("loans to enterprises", "sales of foreign
# exchange to the public", "claims on the private sector", "stays in hotels", "arrivals from Japan")
_POSTMODIFYING = frozenset({"of", "to", "on", "in", "from", "for"})


# adverbs, comparatives and quantifiers: words of a clause's comment, not a series' modifiers
_NOT_PREMODIFIER = lazy(r"[a-z]+ly|(?:high|low|strong|weak|big|large|small|great|fast|slow)(?:er|est)|more|most|less|least|"
                        r"both|all|each|only|also|even|part|rest|half|terms", re.I)


def _series_head(word: str) -> bool:
    """A head a series' post-modifiers follow: a plural ('loans', 'stays', 'claims') or a
    noun of a series of its own ('revenue', 'spending'); not 'island', 'part', 'figure'."""
    low = word.lower()
    return (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3) \
        or is_series_noun(low)


def _cuts(words: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if w.lower() in closed("prep", "det", "conj", "aux") or is_verbal(w)]


def _head_of_postmodifiers(words: list[str]) -> Optional[list[str]]:
    """'net sales of foreign exchange to the public' → the whole phrase, not 'public': where
    the phrase before a bracket ends in prepositional phrases (at most two) that follow a
    content word, the head noun they modify names the series (a plural or a series noun,
    _series_head), its modifiers kept."""
    cuts = _cuts(words)
    start, i, levels = None, (cuts[-1] if cuts else -1), 0
    while i > 0 and levels < 2:
        if words[i].lower() in closed("det") and i - 1 in cuts and words[i - 1].lower() in _POSTMODIFYING:
            i -= 1  # "to the public"
        before = words[i - 1] if i > 0 else ""
        if words[i].lower() not in _POSTMODIFYING or not before[:1].isalpha() or i - 1 in cuts \
                or before.lower() in _NUMBER_UNITS or _NOT_PREMODIFIER.fullmatch(before):
            break  # ("5 per cent in services (": a number's unit; "in terms of": no head)
        prev = [c for c in cuts if c < i - 1]
        first = prev[-1] + 1 if prev else 0
        if any(_NOT_PREMODIFIER.fullmatch(w) for w in words[first: i - 1]):
            break  # "mostly for leisure", "the higher prices of": no noun phrase of a series
        levels += 1
        outer = prev[-1] if prev else -1
        if outer > 0 and words[outer].lower() in closed("prep") - _POSTMODIFYING and words[outer - 1][:1].isalpha() \
                and outer - 1 not in cuts:
            break  # "spending by visitors from Norway (": the head is itself a noun's post-modifier
        if _series_head(before):
            start = first
        if not prev:
            break
        i = prev[-1]
    return words[start:] if start is not None else None


def parenthetical_head(left: str) -> Optional[str]:
    """The noun phrase a bracketed or colon figure belongs to: 'services (' → 'services';
    'loans to enterprises (' → 'loans to enterprises' (a head and its post-modifiers)."""
    if not _OPENED.search(left[-30:]) or _AMOUNT_BEFORE.search(left[-30:]):
        return None  # no bracket, colon or dash right before the figure; or a conversion "4.98 trillion (USD 42"
    m = _PARENTHETICAL.search(left[-80:])
    if not m:
        return None
    words = m.group("np").split()
    # the noun phrase starts after the last closed-class word or verb
    cut = _cuts(words)
    wide = _PARENTHETICAL_WIDE.search(left[-120:]) if cut and words[cut[-1]].lower() in _POSTMODIFYING | closed("det") else None
    whole = _head_of_postmodifiers(wide.group("np").split()) if wide else None
    if whole:
        return " ".join(whole)
    if cut:
        i = cut[-1]
        if _coordinated_modifier(words, i) and (len(cut) < 2 or cut[-2] < i - 1):
            i = cut[-2] if len(cut) > 1 else -1  # "goods and services spending (": both modify the head
        words = words[i + 1:]
    return " ".join(words) or None


def _coordinated_modifier(words: list[str], i: int) -> bool:
    """Is words[i] an 'and' joining two modifiers of one head ("goods and services spending",
    "oil and gas imports", "gems and jewellery exports")? A noun that premodifies stands before the
    'and', and after it a modifier and its head; not where the word before the 'and' is a flow of
    its own ("imports and oil exports": two series), a closed-class word or a verb."""
    if words[i].lower() not in ("and", "&") or i == 0 or len(words) - (i + 1) < 2:
        return False
    before = words[i - 1]
    low = before.lower()
    return before[:1].isalpha() and low not in closed("prep", "det", "conj", "aux") and not is_verbal(before) \
        and low not in _FLOW_NOUNS() and low.rstrip("s") not in _FLOW_NOUNS()


@functools.cache
def _FLOW_NOUNS() -> frozenset:
    words = lexicon.load("metric_words")
    return frozenset(w.lower() for w in (*words["flows"], *words["flow_heads"]))


_DIGIT = re.compile(r"\d")


def gapped_subject(left: str) -> Optional[str]:
    """The subject of a gapped clause: '… accounted for 40 million and residents for' → 'residents'.
    Only when an earlier clause of the sentence states a figure (the gap's antecedent)."""
    m = _GAPPED.search(left[-90:])
    if not m:
        return None
    before = left[: len(left) - len(left[-90:]) + m.start()]
    if not _DIGIT.search(before):
        return None
    words = m.group("np").split()
    if any(is_verbal(w) or w.lower() in closed("aux") or w.lower() in closed("report") for w in words):
        return None  # a verb of its own: not gapped
    # the phrase starts after the last determiner, conjunction or preposition, but "of" after a
    # noun stays inside it: "and the import of energy resources by" → "import of energy resources"
    cut = [i for i, w in enumerate(words) if w.lower() in closed("det", "conj")
           or w.lower() in closed("prep") and not (w.lower() == "of" and i > 0 and words[i - 1].lower() not in closed("prep", "det", "conj"))]
    if cut:
        words = words[cut[-1] + 1:]
    if not words or re.fullmatch(r"\d.*", words[0]) or words[0].lower() == "of":
        return None
    return " ".join(words)


def substitute_parallel(antecedent: Optional[str], gapped: str) -> str:
    """The metric of a gapped clause, built on its antecedent's: with 'overnight stays by
    non-residents' before, 'residents' is 'overnight stays by residents'."""
    if not antecedent:
        return gapped
    words = antecedent.split()
    g = gapped.split()
    if len(g) != 1:
        return gapped
    low = g[0].lower()
    for i, w in enumerate(words):
        wl = w.lower()
        if i and (wl == low or (wl.endswith(low) and wl[: -len(low)].rstrip("-") in ("non", "un", "in", "im"))
                  or (low.endswith(wl) and low[: -len(wl)].rstrip("-") in ("non", "un", "in", "im"))):
            return " ".join(words[:i] + [g[0]] + words[i + 1:])
    return gapped


# --- the verb slot --------------------------------------------------------------------------
_TOKEN = lazy(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]")
# Between the verb and its number: prepositions, particles, adverbs and qualifiers
# ("edged up by about", "rose sharply to", "skidded", "was estimated at").
_SLOT_FILLERS = frozenset({"by", "to", "at", "around", "about", "nearly", "almost", "some", "over", "under", "roughly",
                           "approximately", "just", "only", "more", "less", "than", "a", "an", "the", "record", "further",
                           "sharply", "slightly", "marginally", "up", "down", "higher", "lower", "back", "in", "on",
                           "estimated", "whopping", "massive", "mere", "staggering", "least", "new", "fresh", "another",
                           "year-on-year", "on-year", "annually", "respectively", "of"})


_GROWTH_THEN_TO = ends_with(lazy(r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:%|percent|per\s*cent|pct)\s*"
                                  r"(?:(?:year[- ]on[- ]year|on[- ]year|y/y|yoy)\s*)?,?\s+to\s+$", re.I), ("to",))


_AT_A_RATE = ends_with(lazy(r"\s+(?:at|by)\s+an?\s+(?:seasonally\s+adjusted\s+)?(?:annual|annualized|annualised|yearly|monthly)\s+"
                             r"(?:rate|pace)\s+of\s+$", re.I), ("of",))


def is_rate_phrase(text: str) -> bool:
    """' at an annual rate of ': how a change is measured, not what."""
    return bool(_AT_A_RATE.fullmatch(" " + text.strip() + " "))


# a time adverbial with a year right before the verb's last fillers ("rose over the month of
# March 2016 by", "fell in the first quarter of 2023 to"): digits end the walk otherwise
_TIME_BEFORE_FILLER = lazy(r"\s(?:in|during|over|for|through)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|same|"
                           r"month|quarter|half|year|period|months|quarters|fiscal|financial|calendar|of|"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+){0,5}"
                           r"(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?(?P<tail>\s+(?:by|to)\s+"
                           r"(?:(?:about|around|nearly|almost|some|roughly|just|over)\s+)?)$", re.I)
# (its tail's last word: a `$` pattern is otherwise tried at every position before each figure)
_TIME_BEFORE_FILLER = ends_with(_TIME_BEFORE_FILLER, ("by", "to", "about", "around", "nearly", "almost", "some", "roughly",
                                                      "just", "over"))
_HAS_DIGIT = re.compile(r"\d")
_SLOT_REACH = 7  # tokens verb_slot's walk can reach: six fillers, then the verb
_SHORT_TAIL = 60


def _last_tokens(text: str) -> list[re.Match]:
    """The tokens of `text`, or enough of its last ones for verb_slot's walk. A token never holds white space, so the tokens after the first
    space of the last _SHORT_TAIL characters are the text's own last tokens."""
    if len(text) > _SHORT_TAIL:
        start = len(text) - _SHORT_TAIL
        space = next((k for k in range(start, len(text)) if text[k].isspace()), None)
        if space is not None:
            toks = list(_TOKEN.finditer(text, space))
            if len(toks) >= _SLOT_REACH:
                return toks
    return list(_TOKEN.finditer(text))


@functools.lru_cache(maxsize=4096)
def verb_slot(left: str) -> Optional[tuple[int, int]]:
    """The verb heading the number that follows `left`: the word in the verb slot, found
    by its position before the number (past fillers such as 'by', 'to', 'up', adverbs)
    and its form. 'Exports skidded ' → 'skidded'; 'Imports shed ' → 'shed'; 'a surplus of ' → None."""
    # "rose by 6.9 percent to 4,216,680 vehicles": the level after a growth shares its verb;
    # "increased at an annual rate of 3.0 percent": the rate phrase only says how it is measured
    m = _GROWTH_THEN_TO.search(left)
    if m:
        left = left[: m.start()] + " to "
    m = _AT_A_RATE.search(left)
    if m:
        left = left[: m.start()] + " "
    m = _TIME_BEFORE_FILLER.search(left[-120:]) if _HAS_DIGIT.search(left, max(0, len(left) - 120)) else None
    if m:
        # "continued to rise over the month of March 2016 by": an adverbial of time between the
        # verb and its figure says when, as "sharply" says how; the walk passes it
        left = left[: len(left) - len(left[-120:]) + m.start()] + m.group("tail")
    toks = _last_tokens(left[-120:])
    offset = len(left) - len(left[-120:])
    i = len(toks) - 1
    skipped = 0
    particle = None
    while i >= 0 and skipped < 6:
        w = toks[i].group(0)
        low = w.lower()
        if low == "of" and skipped == 0:
            return None  # "a surplus of N": a noun phrase, not a verb, heads the number
        if low in _SLOT_FILLERS or (low.endswith("ly") and len(low) > 4 and not is_verbal(low)):
            if particle is None and particle_direction(low):
                particle = toks[i]
            i -= 1
            skipped += 1
            continue
        break
    if i < 0:
        return None
    m = toks[i]
    w = m.group(0)
    if not _starts_with_letter(w):
        return None
    if w == "May" and i and toks[i - 1].group(0).lower() in closed("prep"):
        return None  # "widened in May to": the month, as "in June", not the modal
    if is_verbal(w) or change_direction(w):
        return offset + m.start(), offset + m.end()
    if particle is not None and w.lower() not in closed("det", "prep", "conj"):
        # "with trade volume up 10.8 percent", "profit, down 3%": the particle is the predicate
        return offset + particle.start(), offset + particle.end()
    return None


# --- the subject noun phrase ----------------------------------------------------------------
_NP_TOKEN = lazy(r"[A-Za-z][\w'’&-]*(?:\.(?=[A-Za-z]))?[\w'’&-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_GENERIC_OBJECTS = frozenset({"country", "nation", "period", "year", "month", "quarter", "week", "day", "time",
                              "economy", "world", "region", "city", "state", "last", "review", "latest"})
_ADVERBS = frozenset({"also", "now", "still", "further", "already", "reportedly", "respectively", "again", "only",
                      "even", "just", "meanwhile", "however", "too", "both", "all", "alone", "combined", "together"})
_TIME_OBJECT = lazy(r"^(?:the\s+)?(?:(?:first|second|third|fourth|last|final|same|previous|current|latest)\s+)?"
                          r"(?:\w+\s+)?(?:year|month|quarter|half|period|week|months|weeks|years|decade|season|"
                          r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|(?:19|20)\d\d)\b", re.I)


_OPENERS = frozenset({"and", "or", "total", "overall", "some", "all"})
_AND_OR = frozenset({"and", "or"})
_NUMBER_UNITS = frozenset({"percent", "pct", "per", "cent", "%", "billion", "million", "trillion", "thousand", "crore", "lakh",
                           "bn", "mn", "m", "k", "points", "point", "units", "tonnes", "yen", "yuan", "dollars", "euros"})
_TRAILING_TIME = lazy(r"\s+(?:in|during|for|over|through|since|as\s+of)\s+(?:the\s+)?[^,;()]{0,40}?"
                            r"(?:(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?|months?|quarter|half|year|period)(?:\s+fiscal)?\s*,?\s*$"
                            # "tourists between January and October increased"
                            r"|\s+(?:between|from)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?"
                            r"\s+(?:and|to|until|till|through)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                            r"(?:\s+(?:19|20)\d\d)?\s*,?\s*$", re.I)


_TIME_WORDS = lazy(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d|\d{1,2}|to|the|of|in|"
                         r"first|last|past|second|third|fourth|months?|years?|quarters?|half|period|through|and|-|–", re.I)


_SEGMENT_WORD = re.compile(r"[\w.]+|[-–]")
_APPOSITIVE_END = re.compile(r",\s*([^,]{1,40}?),?\s*$")


def _starts_with_letter(token: str) -> bool:
    """re.match(r"[A-Za-z]", token), without the pattern: an ASCII letter first."""
    first = token[:1]
    return first.isascii() and first.isalpha()


def _only_time(segment: str) -> bool:
    """'January to May', 'the first five months of 2023': nothing but a time phrase."""
    words = _SEGMENT_WORD.findall(segment)
    return bool(words) and all(_TIME_WORDS.fullmatch(w) or w.lower() in ("one", "two", "three", "four", "five", "six",
                                                                         "seven", "eight", "nine", "ten", "eleven", "twelve")
                               for w in words) and any(w[0].isupper() or w[0].isdigit() or w.lower().startswith("month")
                                                       for w in words)


_QUOTE_MARKS = frozenset('"“”')  # (not ‘’: the right one is also an apostrophe, "2003’s budget")


def subject_phrase(head: str, max_words: int = 9) -> Optional[str]:
    """The subject noun phrase that ends `head` (the text before the verb group), with the
    prepositional phrases that tell series apart ('imports of goods', 'arrivals by air',
    'goods and services credits') and without those that only say when or where the
    statement is ('in May', 'to the country')."""
    # "India's overall exports in April-March 2020-21 are …": a trailing time phrase is not
    # part of the subject
    head = head[-200:]
    # "… to Vietnam in the first five months of the year, January to May, totalled": an
    # appositive time phrase between commas is not part of the subject either
    while True:
        m = _APPOSITIVE_END.search(head)
        if not m or not _only_time(m.group(1)):
            break
        head = head[: m.start()]
    head = _TRAILING_TIME.sub("", head)
    toks = _NP_TOKEN.findall(head)
    out: list[str] = []
    for j in range(len(toks) - 1, -1, -1):
        tok = toks[j]
        low = tok.lower()
        if not _starts_with_letter(tok):
            if tok in _QUOTE_MARKS and out:
                continue  # a quoted modifier is part of the name: '"crude oil swap" revenues'
            if tok in ("-", "&") and out:
                out.insert(0, tok)
                continue
            break
        if low in _NUMBER_UNITS and j and re.match(r"[\d$€£¥₹]", toks[j - 1]):
            break  # "rose 0.2 percent after …": the unit of a number, not a subject
        if low in closed("report") or low in closed("rel") or low in ("while", "whereas", "but", "as", "so", "if",
                                                                      "when", "because", "although", "though"):
            break
        if low in ("all", "both") and out and j and toks[j - 1].lower() in closed("prep"):
            out.insert(0, tok)  # "production of all vehicles": a determiner after a preposition
            continue
        if low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in ("monthly", "quarterly", "early", "family", "italy", "july", "supply", "daily", "weekly")):
            if not out:
                continue
            break
        if low in closed("aux") or (is_verbal(tok) and not _ATTRIBUTIVE_PARTICIPLE(low)
                                    and not (out and _REDUCED_RELATIVE(tok, out))):
            break
        if low == "and" and not (out and out[0].lower() not in closed("det", "prep")):
            break
        if low in _AND_OR and _after_a_figure(toks, j):
            break  # "32.0 billion dinars and spending was": the "and" opens a clause of its own
        out.insert(0, tok)
        if len(out) >= max_words:
            break
    # a phrase opens at a determiner, or at its first content word
    while out and (not _starts_with_letter(out[0]) or out[0].lower() in closed("det", "prep") | _OPENERS):
        out.pop(0)
    # drop trailing prepositional phrases that are only about time or a generic place
    text = " ".join(out)
    for m in list(re.finditer(r"\s+(?:in|during|for|over|at|to|into|across|on|through)\s+", text))[::-1]:
        obj = text[m.end():]
        words = [w.lower() for w in obj.split()]
        if _TIME_OBJECT.match(obj) or (words and words[-1] in _GENERIC_OBJECTS and len(words) <= 3):
            text = text[: m.start()]
    out = text.split()
    # a determiner inside the phrase not after a preposition starts a new phrase
    for i in range(len(out) - 1, 0, -1):
        if out[i].lower() in closed("det") and out[i - 1].lower() not in closed("prep") | _AND_OR:
            out = out[i + 1:]
            break
    while out and out[-1].lower() in closed("prep", "det", "conj"):
        out.pop()
    return " ".join(out) or None


def _after_a_figure(toks: list[str], at: int) -> bool:
    """The conjunction at `at` follows a figure and at most three words of its unit or time
    ('6.6M tonnes and', '14.7 percent last year and', '$5 billion in 2023 and'): it joins
    the figure's clause to the next, whose subject starts after it (a noun phrase with a
    figure inside ends at the figure anyway)."""
    for k in range(at - 1, max(at - 5, -1), -1):
        if toks[k][0].isdigit():
            # "in 2021 soil and water conservation": a year before a noun phrase dates it
            return k == at - 1 or not _YEAR_FIGURE.fullmatch(toks[k])
        if not _starts_with_letter(toks[k]) or toks[k].lower() in _AND_OR | closed("det"):
            return False  # "the oil and gas trade balance": one noun phrase from its determiner
    return False


_YEAR_FIGURE = lazy(r"(?:19|20)\d\d[,.]?")


def _REDUCED_RELATIVE(tok: str, after: list[str]) -> bool:
    """'imports denominated in RMB', 'visitors arriving by air': a participle that opens a
    prepositional phrase modifies the noun before it."""
    low = tok.lower()
    return (low.endswith("ed") or low.endswith("ing")) and tok[0].islower() and bool(after) \
        and after[0].lower() in ("in", "by", "from", "to", "for", "at", "on", "with", "via", "under")


def _ATTRIBUTIVE_PARTICIPLE(word: str) -> bool:
    """Participles that modify a noun in a metric: 'seasonally adjusted', 'listed firms',
    'foreign-invested sector', 'processed food'."""
    return word in ("seasonally", "adjusted", "unadjusted", "listed", "invested", "processed", "manufactured", "registered", "employed",
                    "unemployed", "self-employed", "insured", "skilled", "unskilled", "refined", "imported", "exported",
                    "foreign-invested", "state-owned", "privately-owned", "used", "packaged", "frozen", "dried",
                    # crop reports' areas: "winter wheat harvested area", "planted area", "the sown area"
                    "harvested", "planted", "sown", "cultivated", "irrigated")


# --- a noun of change as the subject of a verb of being, right before its figure ---
# "the actual volume increase was 0.85%", "the rise in exports amounted to $5 million". One
# shape, read two ways (roles.py): before a percentage the noun of change is named here and
# a sign may open the figure; before an amount any determined noun stands outside a
# prepositional phrase (the caller keeps the nouns of change), verbs of totalling join the
# verbs of being, and a currency sign may open the figure.
_BEING_VERBS = r"was|were|is|are|stood\s+at|came\s+to|amounted\s+to"
# the base the change is measured against may stand between the noun and its verb ("the
# increase in output compared to the previous week was 20.8%")
_BASE_ADVERBIAL = r"(?:(?:as\s+)?compared\s+(?:to|with)\s+(?:[A-Za-z'’-]+\s+|(?:19|20)\d\d\s+){1,4}?)?"
_ABOUT_WORDS = r"about|around|nearly|almost|just|some"


def _noun_is_before_figure(subject: str, more_verbs: str, more_about: str, figure_opener: str):
    return lazy(subject + r"(?:" + _BEING_VERBS + more_verbs + r")\s+(?:(?:" + _ABOUT_WORDS + more_about + r")\s+)?"
                + figure_opener + r"\s*$", re.I)


CHANGE_NOUN_IS = _noun_is_before_figure(
    r"\b(increase|rise|growth|gain|jump|decline|decrease|drop|fall|reduction|contraction|expansion)\s+"
    r"(?:(?:in|of)\s+(?:(?!(?:while|and|but|as|which|whereas|was|were|is|are)\b|[a-z]+ed\b)(?:[A-Za-z'’-]+|(?:19|20)\d\d)\s+){1,4}?)?" + _BASE_ADVERBIAL,
    more_verbs="", more_about="|only", figure_opener=r"[+\-−]?")
CHANGE_NOUN_IS_AMOUNT = _noun_is_before_figure(
    r"(?<!\bto\s)(?<!\bof\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bon\s)\b(?:the|this|that|its|their|an?)\s+"
    r"(?:[a-z]+\s+)?(?P<n>[a-z]+)(?:\s+(?:in|of)\s+[^,;.\d]{1,40}?)?\s+" + _BASE_ADVERBIAL,
    more_verbs=r"|amounts\s+to|totall?ed|reached|figured\s+at", more_about="|over", figure_opener=r"[^\s\d]{0,4}")
# "the increase – 6,000 – was below 2017's", "the rise in arrivals (15,400)", "Increase since
# 2004: 143,384": a noun of change and its amount set beside it by a dash, a bracket or a
# colon (the caller checks the noun and, but for a colon, that the apposition closes)
CHANGE_NOUN_APPOSED_AMOUNT = lazy(
    r"(?:\b(?:the|this|that|its|their|an?)\s+|^|[.;]\s+)(?:[a-z]+\s+)?(?P<n>[A-Za-z]+)(?:\s+(?:in|of)\s+[^,;.:\d()–—]{1,40}?|\s+since\s+[^,;.:()–—]{1,20}?)?"
    r"\s*(?P<p>\(|–|—|\s-|:)\s*(?:(?:" + _ABOUT_WORDS + r"|over)\s+)?[^\s\d]{0,4}\s*$", re.I)


# --- a fronted partitive: the whole that the figures after it divide ---
# "Of the total value of seafood exports in 2017, 72 per cent came from aquaculture", "Out
# of the visitors who arrived, 75.9 percent came by air", "Among them, 40%". One shape, read
# two ways: FRONTED_WHOLE names the whole (metrics.py), from a partitive that opens the
# sentence with its capital, without its "total value of" and its time (fronted_whole
# reads it so for relations' shares too, "Within" included); FRONTED_PARTITIVE (roles.py)
# is any clause-opening partitive ("among" too) right before a figure, which makes the
# figure a share.
def _fronted(clause_start: str, opener: str, whole: str, after: str, flags: int = 0):
    return lazy(clause_start + opener + r"\s+" + whole + r"," + after, flags)


def fronted_whole(opener: str, determiner: str, measure: bool, longest: int):
    """A fronted partitive that opens the sentence ("Of the total value of seafood exports
    in 2017,"), its whole as group 1, without a `determiner`, "total", its "value of" where
    `measure` is set, and its time; a whole of at most `longest` characters."""
    value_of = r"(?:(?:value|amount|number|volume)\s+of\s+(?:the\s+)?)?" if measure else ""
    return _fronted(
        r"\s*", opener,
        r"(?:" + determiner + r")?(?:total\s+)?" + value_of + r"([^,;:\d]{3," + str(longest) + r"}?)(?:\s+(?:in|during|for)\s+[^,;:]{0,30})?",
        after="")


FRONTED_WHOLE = fronted_whole(r"(?:Of|Out\s+of)", r"the\s+", measure=True, longest=80)
FRONTED_PARTITIVE = _fronted(
    r"(?:^|[;:]\s*)", r"(?:out\s+)?(?:of|among)",
    r"(?:(?:the|all|all\s+the|total|these|those|them|this|its|their)\b[^,;:\d%]{0,90}|them|these|those)",
    after=r"\s*(?:(?:" + _ABOUT_WORDS + r"|over)\s+)?$", flags=re.I)
