"""Qualifiers and directions: the words around a number that say how exact it is, and
which way the figure moved ("up 9.4 per cent", "lost 190 points")."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.grammar import change_noun_direction
from factcheck.extract.lexicon import load as load_lexicon
from factcheck.extract.patterns import ends_with, lazy, literal_alternation, triggered

from factcheck.models import Qualifier

_BEFORE = [
    (r"more than|greater than|in excess of|upwards of|over|above|exceeding|just over|just above|topping", Qualifier.MORE_THAN),
    (r"at least|no less than|not less than|no fewer than|a minimum of|a record of at least", Qualifier.AT_LEAST),
    (r"less than|fewer than|under|below|just under|just below|short of", Qualifier.LESS_THAN),
    (r"up to|at most|no more than|not more than|a maximum of|as (?:many|much|high|long) as", Qualifier.AT_MOST),
    (r"about|around|approximately|approximated|approximating|roughly|nearly|almost|some|closer to|close to|an estimated|"
     r"estimated|circa|c\.|approx\.|~|around about|more or less|an approximate|(?:around|about|near|roughly)\s+the|"
     r"in the (?:vicinity|region|neighbou?rhood) of|near-|near", Qualifier.APPROX),
]
# Verbs that state a threshold passed or missed: "exports exceeded $1.42 trillion", "sales
# topped 4 trillion yen", "the index crossed 20,000"; "fell short of" is in _BEFORE. The verb
# stays out of the claim's surface: it is the predicate the metric is read from.
QUALIFIER_VERB_BEFORE = triggered(re.compile(
    r"\b(?P<more>exceed(?:s|ed)?|top(?:s|ped)|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|overt(?:ook|akes?|aking)|"
    r"breach(?:es|ed|ing)?|broke\s+(?:through|past)|"
    # the bare "top" only as a verb after "to" or a modal ("expected to top"): "the top 10" is a rank
    r"(?<=\bto\s)top|(?<=\bwill\s)top|(?<=\bcould\s)top|(?<=\bmay\s)top|(?<=\bshould\s)top)\s+(?:the\s+)?$"
    r"|\b(?P<less>f(?:e|a)ll(?:s|en)?\s+short\s+of|fell\s+below|falls\s+below|fallen\s+below)\s+$"
    # a level come close to: "nearing seven million tonnes", "approaching 17.9 million nights",
    # "hovered at US$120", "almost reached 6 million bags"
    r"|\b(?P<approx>near(?:s|ed|ing)|approach(?:es|ed|ing)|hover(?:s|ed|ing)\s+(?:at|around|near)|"
    r"(?:almost|nearly)\s+(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|touch(?:es|ed|ing)?|top(?:s|ped|ping)?))\s+(?:the\s+)?$",
    re.I,
), ("exceed", "top", "surpass", "cross", "overt", "breach", "broke", "short", "below", "near", "approach", "hover",
    "reach", "hit", "touch"))
# Anchored at the end of the text before the number (an optional article may sit between:
# "an over 1,500-year-old site" has "over" right before the number).
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
QUALIFIER_BEFORE = lazy(
    r"(?:(?<![\w-])(?P<q>" + "|".join(f"(?:{p})" for p, _ in _BEFORE) + r")\s*)$", re.I
)
_CODE = [(lazy(rf"(?:{p})", re.I), q) for p, q in _BEFORE]  # each compiled when first tried
# A qualifier that ends in a letter ends in one of the patterns' words: text ending in
# another word cannot end in a qualifier, and needs no search at each of its 40 places.
_BEFORE_WORDS = frozenset(w.lower() for p, _ in _BEFORE for w in re.findall(r"[A-Za-z]+", p))
_LAST_LETTERS = re.compile(r"[A-Za-z]*")

QUALIFIER_AFTER = re.compile(r"\s*(?P<q>or more|or above|or higher|and above|and over|or so|or less|or fewer|or below|\+|-?plus\b)", re.I)
_AFTER = {
    "or more": Qualifier.AT_LEAST, "or above": Qualifier.AT_LEAST, "or higher": Qualifier.AT_LEAST,
    "and above": Qualifier.AT_LEAST, "and over": Qualifier.AT_LEAST, "or so": Qualifier.APPROX,
    "or less": Qualifier.AT_MOST, "or fewer": Qualifier.AT_MOST, "or below": Qualifier.AT_MOST,
    "+": Qualifier.MORE_THAN, "plus": Qualifier.MORE_THAN, "-plus": Qualifier.MORE_THAN,
}


def qualifier_before(left: str) -> tuple[Optional[Qualifier], int]:
    """The qualifier ending `left`, and the offset where it starts (len(left) if none)."""
    tail = left[-40:].rstrip()
    if tail[-1:].isalpha() and tail.isascii() and _LAST_LETTERS.match(tail[::-1]).group()[::-1].lower() not in _BEFORE_WORDS:
        return None, len(left)  # non-ASCII text goes to the pattern (re.I folds 'K' and 'ſ')
    m = QUALIFIER_BEFORE.search(left[-40:])
    if not m:
        return None, len(left)
    word = m.group("q")
    offset = len(left) - (len(left[-40:]) - m.start("q"))
    if word[:2].lower() == "up" and _up_is_particle(left[:offset]):
        return None, len(left)
    for rx, q in _CODE:
        if rx.fullmatch(word):
            # "some" and "over" are too common as other words to take at a
            # sentence start before a year; the caller excludes years anyway.
            return q, offset
    return None, len(left)


# "up to" after a verb of motion is its particle and the preposition of the level reached:
# "soared back up to 598.3 billion", "went up to 15.75 million", "took the total up to 2,759
# billion", "summed up to 1,130,307" state the figure exactly; "of up to", "by up to" and
# "could rise up to" (a modal: a ceiling foreseen) keep the bound.
# Verbs whose tense says a level was reached (not a noun "increase up to 10%", not "uses up to"
# or "holds up to", which are bounds); a verb of change counts in a past or -ing form.
_MOTION_VERBS = frozenset({"went", "gone", "going", "goes", "shot", "shooting", "rose", "risen", "grew", "grown",
                           "reached", "reaching", "back", "summed", "sums", "totted", "racked", "clocked",
                           "rounded", "adds", "added"})
# verbs that carry their object up ("took the total up to", "brings the tally up to")
_CARRYING_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing",
                             "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driven", "driving"})
_MODALS = frozenset({"could", "may", "might", "would", "will", "can", "should", "to"})


def _up_is_particle(left: str) -> bool:
    """Whether the 'up' of an 'up to' ending before `left`'s end is a verb's particle."""
    words = _WORD_OR_MARK.findall(left[-60:])
    if not words:
        return False
    verb = words[-1].lower()
    if verb in _MOTION_VERBS or (verb.endswith(("ed", "ing")) and verb in change_words()):
        return len(words) < 2 or words[-2].lower() not in _MODALS
    for i in range(len(words) - 2, max(-1, len(words) - 6), -1):
        w = words[i].lower()
        if not w.isalpha():
            return False
        if w in _CARRYING_VERBS:
            return i == 0 or words[i - 1].lower() not in _MODALS
    return False


def qualifier_verb_before(left: str) -> Optional[Qualifier]:
    """A verb of passing a threshold right before the number ('exceeded', 'topped') or of
    coming close to it ('nearing', 'almost reached')."""
    m = QUALIFIER_VERB_BEFORE.search(left[-40:])
    if not m:
        return None
    if m.group("approx"):
        return Qualifier.APPROX
    return Qualifier.MORE_THAN if m.group("more") else Qualifier.LESS_THAN


def qualifier_after(right: str) -> tuple[Optional[Qualifier], int]:
    """A qualifier right after the unit ('40 percent or more'), and its length."""
    m = QUALIFIER_AFTER.match(right)
    if not m:
        return None, 0
    return _AFTER[m.group("q").lower()], m.end()


@functools.cache
def change_words() -> dict[str, str]:
    """Each word of change → 'up', 'down' or '' (a change without a direction of its own)."""
    words = load_lexicon("changes")
    out = {w: "" for w in words["neutral"]}
    out.update({w: "up" for w in words["up"]})
    out.update({w: "down" for w in words["down"]})
    return out


# Words that may stand between a word of change and its number: "rose by about 3%",
# "was up a further 2 points", "lost another 190 points".
_FILLERS = {"by", "about", "around", "nearly", "almost", "roughly", "some", "just", "only", "further",
            "another", "additional", "a", "an", "over", "more", "than",
            # adverbs of degree between the verb and its figure ("shrinking slightly by 0.3")
            "slightly", "sharply", "marginally", "significantly", "modestly", "steadily", "considerably",
            "substantially", "moderately", "dramatically", "steeply", "strongly", "fractionally"}


_LEVEL_PARTICLES = frozenset({"up", "down", "higher", "lower", "off"})
# comparatives of change: "higher than", "lower than" name the figure compared with, not the
# difference ("rose by more than 5%" still names the change: "more" is not the word of change)
_COMPARATIVES = frozenset({"higher", "lower"})
_WORD_OR_MARK = lazy(r"[A-Za-z]+|[^\sA-Za-z]")


def direction_before(left: str) -> Optional[str]:
    """'up' or 'down' when a word of change governs the number right after `left`."""
    if left[-1:] not in (" ", "\t", "\n"):
        return None
    words = _WORD_OR_MARK.findall(left[-60:])
    i = len(words) - 1
    while i >= 0 and words[i].lower() in _FILLERS:
        i -= 1
    changes = change_words()
    if i > 0 and words[i].lower() == "at":
        # "decreased at 25%", "dropped by at 32%": a verb of change measured at its figure
        # ("up at 105 pence", "closed lower at 3,200" state the level reached: no change)
        i -= 1
        while i >= 0 and words[i].lower() in _FILLERS:
            i -= 1
        if i < 0 or words[i].lower() in _LEVEL_PARTICLES or not changes.get(words[i].lower()):
            return None
    if i < 0:
        return None
    word = words[i].lower()
    two = f"{words[i - 1].lower()} {word}" if i > 0 else ""
    if two in changes:
        return changes[two] or None  # "edged up", "ticked down"
    if word not in changes or (i > 0 and words[i - 1] == "-"):
        return None
    if word in _COMPARATIVES and i + 1 < len(words) and words[i + 1].lower() == "than":
        return None  # "marginally higher than Rs 2.45 lakh crore": the level compared with, no change
    if i > 0 and particle_of_verb(words[i - 1], word):
        return None  # "made up 55 percent": a particle, not a rise
    return changes[word] or None


def particle_of_verb(verb: str, word: str) -> bool:
    """'up' or 'down' as the particle of another verb, no direction: "made up", "gave up"."""
    return word.lower() in ("up", "down") and verb.lower() in _particle_verbs(word.lower())


@functools.cache
def _particle_verbs(particle: str) -> frozenset:
    return frozenset(load_lexicon("changes")[f"not_before_{particle}"])


@functools.cache
def change_verb_alternation() -> str:
    """Every word of change, as a regex alternation (longest first; for re.I patterns,
    grouped by first letter so that a position tries only the words it can start)."""
    words = sorted(change_words(), key=len, reverse=True)
    return literal_alternation(words, ignore_case=True, space=r"\s+")


_NOUN_OF = ends_with(re.compile(r"\b(negative\s+|positive\s+)?([a-z]+)\s+(?:in\s+(?:[\w'’-]+\s+){1,4}?)?(?:of|by)\s+"
                                r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|almost\s+)?$", re.I),
                     ("of", "by", "about", "around", "nearly", "some", "over", "than", "almost"))
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b", re.I)


# "an investment loss of $0.3m", "$800 million losses": a loss of money is the level of a
# negative result (a loss of 5% or of 2,500 jobs is a fall)
_LEVEL_OF_AMOUNT = frozenset({"loss", "losses"})


def direction_of_noun(left: str, right: str, money: bool = False) -> Optional[str]:
    """The direction a noun of change gives the number: 'a decrease of $83m', 'a negative
    growth of 6.66%' (before), 'a $3.8 billion decrease in exports' (after)."""
    m = _NOUN_OF.search(left, max(0, len(left) - 70))
    if m:
        d = None if money and m.group(2).lower() in _LEVEL_OF_AMOUNT else change_noun_direction(m.group(2))
        if d and m.group(1):
            d = "down" if m.group(1).lower().startswith("negative") else "up"
        if d:
            return d
    a = _NOUN_AFTER.match(right)
    return change_noun_direction(a.group(1)) if a and not (money and a.group(1).lower() in _LEVEL_OF_AMOUNT) else None


def qualifier_left_of(sentence: str, start: int) -> tuple[Optional[Qualifier], int]:
    """The qualifier before a figure starting at `start`, and where the figure's surface then
    starts: "about 5" from "about"; after a verb of threshold ("exceeded $1.42 trillion") the
    figure's own start, the verb being the predicate."""
    q, offset = qualifier_before(sentence[:start])
    if q is None:
        qv = qualifier_verb_before(sentence[:start])
        if qv is not None:
            return qv, start  # "exceeded $1.42 trillion": the verb stays out of the surface
        # "an over 1,500-year-old site": the article may not sit between, but a
        # determiner may sit before the qualifier; nothing to do here.
        return None, start
    return q, offset
