"""A rulebook: patterns tried in order over a sentence, each with a reader that turns its
match into something, and the cheap tests a sentence must pass before the pattern runs.

periods/grammar.py enters the grammar of time in one (its rules declared by family in
periods/rules/); this module only keeps the rules and says which of them a sentence needs
tried. Most sentences hold no quarter, no fiscal year and no anaphora: a rule's "needs" (any
of some words among the sentence's tokens, any of some strings inside it, a month name, a
digit, or a short pattern) are read off the sentence's features at once, and only the rules
whose needs are met run their full patterns.
(Python's regular expressions try a long alternation at every position; a set of tokens
is asked at once.) Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from factcheck.extract.patterns import LazyPattern, lazy, with_opening

Reader = Callable[[re.Match, object], object]


class Needs:
    """A cheap test that a sentence may hold a phrase, read from its features (what
    Features computes once per sentence): any of some words among its tokens, any of
    some strings inside it, a month name, or a short pattern."""

    def __init__(self, words: tuple = (), subs: tuple = (), month: bool = False, digit: bool = False, pattern: str = ""):
        self.words, self.subs, self.month, self.digit = frozenset(words), subs, month, digit
        self.regex = lazy(pattern) if pattern else None

    def __call__(self, f: "Features") -> bool:
        if self.digit and f.digit or self.month and f.month or self.words and not self.words.isdisjoint(f.tokens):
            return True
        return self.rest(f)

    def rest(self, f: "Features") -> bool:
        """The part of the test that the features' sets do not answer: its strings, its pattern."""
        if self.subs and any(map(f.low.__contains__, self.subs)):
            return True
        return self.regex is not None and self.regex.search(f.text) is not None


class NeedIndex:
    """Every rule's needs, indexed so that a sentence's features answer most of them at once:
    the needs met by a token of the sentence (found by one intersection of its tokens with
    every need's words), by a digit or by a month, are a set each rule's needs are a subset
    of or not; only a need left unmet is asked its strings and its pattern, once a sentence.
    (Asked rule by rule, the needs cost more than the patterns they spare.)"""

    def __init__(self, rules: list):
        needs = list(dict.fromkeys(t for *_, ts, _ in rules for t in ts))
        self.by_word: dict[str, frozenset] = {}
        for t in needs:
            for w in t.words:
                self.by_word[w] = self.by_word.get(w, frozenset()) | {t}
        self.words = frozenset(self.by_word)
        self.digit = frozenset(t for t in needs if t.digit)
        self.month = frozenset(t for t in needs if t.month)
        self.plain = frozenset(t for t in needs if not t.subs and t.regex is None)  # met by the sets or not at all
        self.rules = [(pattern, reader, frozenset(ts), ts, key) for pattern, reader, ts, key in rules]
        self.size = len(rules)

    def met(self, f: "Features") -> set:
        """The needs the sentence's tokens, digits and months meet."""
        met = set(self.digit) if f.digit else set()
        if f.month:
            met |= self.month
        for w in f.tokens & self.words:
            met |= self.by_word[w]
        return met


_TOKENS = lazy(r"[a-z0-9]+")
_DIGIT = lazy(r"\d")
_MONTH_NAMES3 = frozenset(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))


class Features:
    """What the needs of the rules ask of a sentence, computed once."""

    __slots__ = ("text", "low", "tokens", "digit", "month")

    def __init__(self, text: str):
        self.text, self.low = text, text.lower()
        self.tokens = frozenset(_TOKENS.findall(self.low))
        self.digit = _DIGIT.search(text) is not None
        self.month = any(map(text.__contains__, _MONTH_NAMES3))


# A rule's key: the part of its phrase every match holds ('March' in 'the end of March
# 2024'). A rule with a key is matched only in a window around each occurrence of its key,
# not at every position of the sentence: its optional lead words are costly to try there.
_BACK, _AHEAD = 50, 70


class Rulebook:
    """Rules in the order they are tried: (pattern, reader, needs, key) each."""

    def __init__(self):
        self.rules: list[tuple[LazyPattern, Reader, tuple, Optional[LazyPattern]]] = []
        self._index: Optional[NeedIndex] = None

    def rule(self, pattern: str, flags: int = re.I, first: bool = False, needs: tuple = (), key: Optional[str] = None,
             opening: bool = False):
        """Register a reader; `first` puts it before every rule so far (a phrase that contains
        another rule's phrase: 'April-March 2020-21' contains the fiscal year '2020-21');
        `needs` are cheap patterns that must all occur in a sentence for the rule to run;
        `key` is what every match of the rule contains (see _BACK); `opening`: the pattern
        runs behind a lookahead for the three characters its matches open with
        (patterns.with_opening), for a rule whose alternatives open with common words and
        no word boundary ("the same period", "2019's"), tried at most letters otherwise."""
        def register(fn: Reader) -> Reader:
            entry = (lazy(with_opening(pattern, flags) if opening else pattern, flags), fn, tuple(needs),
                     lazy(key) if key else None)
            if first:
                self.rules.insert(0, entry)
            else:
                self.rules.append(entry)
            return fn
        return register

    def index(self) -> NeedIndex:
        """The rules with their needs as sets, indexed once all of them are registered."""
        if self._index is None or self._index.size != len(self.rules):
            self._index = NeedIndex(self.rules)
        return self._index


def matches(pattern: LazyPattern, key: Optional[LazyPattern], sentence: str):
    """The rule's matches, left to right and not overlapping: where it has a key, found in
    a window around each occurrence of the key, and only those that hold that occurrence."""
    if key is None:
        yield from pattern.finditer(sentence)
        return
    pos, n = 0, len(sentence)
    for k in key.finditer(sentence):
        if k.start() < pos:
            continue
        for m in pattern.finditer(sentence, max(pos, k.start() - _BACK), min(n, k.end() + _AHEAD)):
            if m.start() <= k.start() and k.end() <= m.end():
                yield m
                pos = m.end()
                break
