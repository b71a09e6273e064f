"""The words of metric phrases: content words, lemmas, synonyms and head nouns."""

from __future__ import annotations

import functools
import re
from typing import Optional

_STOPWORDS = {"the", "of", "a", "an", "in", "to", "for", "and", "with", "on", "by", "at", "from",
              "s", "its", "their", "total", "overall", "combined", "annual", "yearly"}
# Words that name the same thing in news metrics.
SYNONYMS = {"trip": "visit", "journey": "visit", "turnover": "trade", "receipt": "revenue",
             "earning": "revenue", "biggest": "largest", "nation": "country", "pc": "percent",
             "visitor": "tourist", "arrival": "tourist", "inaugural": "first", "1st": "first",
             # "industrial output" is industrial production, as statistics offices use the two
             "output": "production"}


@functools.lru_cache(maxsize=1 << 14)  # pure: nine calls in ten repeat a word
def lemma(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("xes", "ches", "shes", "sses")):
        w = w[:-2]  # "taxes", "branches", "businesses": the plural adds -es to a sibilant
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return SYNONYMS.get(w, w)


_ALNUM = re.compile(r"[A-Za-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def words(text: Optional[str]) -> tuple[str, ...]:
    """Content words of a metric, lemmatised, in order (cached: metrics repeat a lot)."""
    if not text:
        return ()
    raw = _ALNUM.findall(text.replace("’", "'").replace("'s ", " "))
    return tuple(lemma(w) for w in raw if w.lower() not in _STOPWORDS)


@functools.lru_cache(maxsize=1 << 16)
def tokens(text: Optional[str]) -> frozenset[str]:
    return frozenset(words(text))


_PREPOSITIONS = re.compile(r"\s+(?:of|in|for|with|to|from|by|on|under|at|among|between)\s+", re.I)
# Head nouns that only say "how much" of the modifier: "trade volume" is trade.
GENERIC_HEADS = {"volume", "value", "amount", "figure", "level", "number", "total", "size", "sum", "count", "rate",
                 "period", "era", "phase", "term"}


@functools.lru_cache(maxsize=1 << 16)
def head(text: Optional[str]) -> Optional[str]:
    """The head noun of a metric phrase: the last content word before any preposition
    ('growth of total imports' → growth; 'bilateral trade' → trade)."""
    if not text:
        return None
    first = _PREPOSITIONS.split(text, maxsplit=1)[0]
    w = words(first) or words(text)
    return w[-1] if w else None
