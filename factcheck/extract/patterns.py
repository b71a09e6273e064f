"""Regular expressions compiled when first used.

A cold `factcheck scan` of one article pays for every pattern compiled at import; most
of the grammar's patterns serve phrases a given article never has (fiscal quarters,
spans of days, gapped clauses), so they are compiled the first time they are asked.
After that, a pattern's methods are the compiled pattern's own, bound on the instance:
a warm scan pays nothing for the laziness.
"""

from __future__ import annotations

import re


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: the same methods, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self.flags)
        # the compiled pattern's methods become this object's own attributes, so that
        # __getattr__ (which only runs for missing attributes) is never called again
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled
        return compiled

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


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


# The characters Python's case-insensitive matching equates with an ASCII letter beside
# that letter's own two cases ('ſ' with s, the Kelvin sign with k, dotted and dotless I
# with i). In a text without them, a word of ASCII letters found case-insensitively is
# a substring of text.lower().
ASCII_FOLDS = ("ſ", "\u212a", "İ", "ı")


class Triggered:
    """A pattern every match of which holds one of some literal words (`triggers`, lower
    case; with re.I or without): a sentence holding none of them, found as plain substrings
    (one pass each, far cheaper than trying the pattern's alternation at every position),
    has no match, and `search` answers None without running it. Any other method is the
    pattern's own."""

    def __init__(self, pattern, triggers: tuple):
        self.pattern, self.triggers = pattern, tuple(triggers)

    def may_match(self, text: str) -> bool:
        low = text.lower()
        return any(map(low.__contains__, self.triggers)) or (
            not text.isascii() and any(map(text.__contains__, ASCII_FOLDS)))

    def search(self, text: str, *span) -> "re.Match | None":
        return self.pattern.search(text, *span) if self.may_match(text) else None

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.pattern, name)


def triggered(pattern, triggers: tuple) -> Triggered:
    return Triggered(pattern, triggers)
