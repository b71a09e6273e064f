"""Regular expressions compiled when first used.

A cold `factcheck scan` of one article pays for every pattern compiled at import; most
of the grammar's patterns serve phrases a given article never has (fiscal quarters,
spans of days, gapped clauses), so they are compiled the first time they are asked.
After that, a pattern's methods are the compiled pattern's own, bound on the instance:
a warm scan pays nothing for the laziness.
"""

from __future__ import annotations

import re
import sys

from factcheck import regexcache
from factcheck.firstchars import ASCII_FOLDS, _first_items, _NoGate, _sre_parser, ending_words, first_chars, gated, opening

__all__ = ["ASCII_FOLDS", "EndsWith", "LazyPattern", "Triggered", "ending_words", "ends_with", "first_chars", "first_letter_alternation",
           "gated", "lazy", "literal_alternation", "lowered", "triggered", "with_opening"]


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: the same methods, compiled on first use.
    The methods that look for a match anywhere (search, finditer, findall, sub, split)
    run the pattern behind its first-character gate (`gated`), which finds the same
    matches; match and fullmatch, tried at one position, run it as written."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self.flags)
        gate = regexcache.gate(self.pattern, self.flags, gated)  # derived once, then kept with the compiled code
        scanning = (regexcache.built(gate, self.flags, "first-chars", first_chars)
                    or re.compile(gate, self.flags)) if gate else compiled
        # the compiled pattern's methods become this object's own attributes, so that
        # __getattr__ (which only runs for missing attributes) is never called again
        for name in ("match", "fullmatch"):
            setattr(self, name, getattr(compiled, name))
        for name in ("search", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, name, getattr(scanning, name))
        self.compiled = lambda: compiled
        return compiled

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


class _BuiltPattern(LazyPattern):
    """A LazyPattern whose text is built on first use (from the lexicon, say)."""

    def __init__(self, build, flags: int = 0):
        self.build, self.flags = build, flags

    def compiled(self) -> re.Pattern:
        self.pattern = self.build()
        return LazyPattern.compiled(self)


def built(build, flags: int = 0) -> LazyPattern:
    """`lazy`, with the pattern's text from `build()`, called once on first use."""
    return _BuiltPattern(build, flags)


#: What joins a figure to a bracket right after it, "(": read with fullmatch between the two
OPEN_BRACKET = lazy(r"\s*\(\s*")
#: A bracket closing right after a figure: read with match at the figure's end
CLOSE_BRACKET = lazy(r"\s*\)")
#: What joins an amount to its conversion in brackets: "€191 per kilogram (about US$204)"
CONVERSION_OPENS = lazy(r"\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|or)\s+)?")


def with_opening(pattern: str, flags: int = 0) -> str:
    """The pattern behind a lookahead for the (up to three) characters its matches open with
    ("(?=(?:the|las|sam|19\\d))(?:…)", firstchars.opening), finding what it finds; the
    pattern itself where they cannot be told. It pays where the alternatives open with
    common words and no word boundary; where each opens with \\b, trying an alternative
    mid-word costs little and the lookahead more (kept in the regex cache: parsing costs
    what compiling does)."""
    def derive(text: str) -> str:
        found = opening(pattern, flags)
        return pattern if found is None else f"(?={found})(?:{pattern})"
    return regexcache.remembered("opening", f"{int(flags)}\x00{pattern}", derive)


def literal_alternation(words, ignore_case: bool = False, space: str = r"\ ") -> str:
    r"""`a|b|c` of escaped literals, the same alternatives in the same order, grouped by
    first character ("A(?:lgeria|rgentina)|B(?:…)"): at each position the engine tries
    only the words that can start there, and it can skip the positions none can.

    `ignore_case`: for a pattern compiled with re.I, words are grouped by their lower-case
    first letter (ASCII words only: for others the case-insensitive classes of Unicode
    differ, and the alternation is returned ungrouped). `space` stands for a space inside
    a word (r"\s+" for any run of white space)."""
    def escape(text: str) -> str:
        return re.escape(text).replace(r"\ ", space)

    if ignore_case and not all(w.isascii() for w in words):
        return "|".join(map(escape, words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower() if ignore_case else word[0], []).append(word)
    return "|".join(escape(first) + "(?:" + "|".join(escape(w[1:]) for w in group) + ")"
                    for first, group in groups.items())


def first_letter_alternation(fragments) -> str:
    r"""`(?:f1)|(?:f2)|…` of regular-expression fragments, finding what it finds, with the
    fragments grouped by the character they begin with, each group behind a lookahead for
    that character in every case re.I equates with it ("(?=(?-i:[kK\u212a]))(?:…)"): at a
    position the engine enters the one group that can match there, not each of some
    two hundred currency names in turn. A fragment that can begin with several letters
    ("(?:UAE|Emirati) dirhams") stands in each of their groups, in its order there (the
    groups' characters never overlap, so no group decides for another); where a fragment's
    first character cannot be told, the plain alternation. (Parsing the fragments costs as
    much as compiling them: the result is kept in the regex cache.)"""
    return regexcache.remembered("first-letter-alternation", "\x00".join(fragments),
                                 lambda text: _first_letter_alternation(text.split("\x00")))


def _first_letter_alternation(fragments: list) -> str:
    plain = "|".join(f"(?:{f})" for f in fragments)
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        try:
            pieces, empty, _ = _first_items(_sre_parser.parse(fragment, re.I))
        except (_NoGate, re.error, RecursionError):
            return plain
        # each piece one character, escaped where it is a sign ("\\$"); not a range or a category
        chars = [piece[-1] for piece in pieces if len(piece) == 1 or len(piece) == 2 and piece[0] == "\\" and not piece[1].isalnum()]
        if empty or not chars or len(chars) != len(pieces) or not all(c.isascii() for c in chars):
            return plain  # (a letter beyond ASCII has cases of its own this does not list)
        for first in dict.fromkeys(c.lower() for c in chars):
            groups.setdefault(first, []).append(fragment)
    return "|".join(f"(?=(?-i:[{_folds(first)}]))(?:" + "|".join(f"(?:{f})" for f in group) + ")"
                    for first, group in groups.items())


def _folds(char: str) -> str:
    """The characters re.I equates with `char`, for a class: an ASCII letter's two cases and
    those beyond ASCII that fold to it ('ſ' to s, the Kelvin sign to k, 'İ' and 'ı' to i)."""
    if not (char.isascii() and char.isalpha()):
        return re.escape(char)
    return char + char.upper() + "".join(c for c, to in zip(ASCII_FOLDS, "skii") if to == char)


class _Gated:
    """A pattern behind a cheap test (`may_match`) that its `search` can find nothing; any
    other method is the pattern's own."""

    pattern: "re.Pattern | LazyPattern"

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.pattern, name)


class Triggered(_Gated):
    """A pattern every match of which holds one of some literal words (`triggers`, lower
    case; with re.I or without): a sentence holding none of them, found as plain substrings
    (one pass each, far cheaper than trying the pattern's alternation at every position),
    has no match, and `search` answers None without running it."""

    def __init__(self, pattern, triggers: tuple):
        self.pattern, self.triggers = pattern, tuple(triggers)
        self._asked: tuple = (None, False)  # the last text asked and the answer

    def may_match(self, text: str) -> bool:
        # a sentence is asked again for each of its figures and places: the answer for the
        # last text is kept (held by identity, as lowered() holds its text: never stale)
        asked, answer = self._asked
        if text is asked:
            return answer
        # (the sentence's lowered form is read straight from lowered()'s slot when it holds it:
        # the same sentence is asked by a few dozen patterns in turn, once a call each)
        low = _LOWERED[1] if text is _LOWERED[0] else lowered(text)
        answer = any(map(low.__contains__, self.triggers)) or (
            not text.isascii() and any(map(text.__contains__, ASCII_FOLDS)))
        self._asked = text, answer
        return answer

    def search(self, text: str, *span) -> "re.Match | None":
        return self.pattern.search(text, *span) if self.may_match(text) else None

    def match(self, text: str, *span) -> "re.Match | None":
        return self.pattern.match(text, *span) if self.may_match(text) else None


_LOWERED: list = [None, None]


def lowered(text: str) -> str:
    """text.lower(), kept for the last text asked: the triggered patterns of a sentence
    ask it of the same string one after another. (Held by identity, never stale: the kept
    string cannot be freed and its address reused while it is kept.)"""
    if text is not _LOWERED[0]:
        _LOWERED[:] = text, text.lower()
    return _LOWERED[1]


def triggered(pattern, triggers: tuple) -> Triggered:
    return Triggered(pattern, triggers)


class EndsWith(_Gated):
    """A pattern anchored at the end of the text (`$`) every match of which ends in one of
    some words (`words`, lower case; with re.I or without), then white space at most: where
    the text, its trailing white space set aside, ends in none of them, there is no match,
    and `search` answers None without trying the pattern at every position of the text (as
    Python's engine does: it cannot search from the end)."""

    def __init__(self, pattern, words: tuple):
        self.pattern, self.words = pattern, tuple(words)
        self._reach = max(map(len, self.words))

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        # (rstrip strips what isspace() calls white space, in C, not a character at a time)
        tail = text[max(pos, 0): endpos].rstrip()[-self._reach:]
        # beyond ASCII, re.I equates letters lower() does not ('ſ' with s): the pattern decides
        return not tail.isascii() or tail.lower().endswith(self.words)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> "re.Match | None":
        return self.pattern.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def sub(self, repl, text: str, count: int = 0) -> str:
        # a text that cannot end in a match is returned as re.sub would return it, unchanged
        return self.pattern.sub(repl, text, count) if self.may_match(text) else text


def ends_with(pattern, words: tuple) -> EndsWith:
    return EndsWith(pattern, words)
