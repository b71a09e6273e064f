"""Words and word patterns that several extraction modules share, one definition each: the
words of a fall, month names, the nouns that name a statistical series of their own, the noun
a verb of a series names ("exported": exports), and whether a metric names a series at all.
The word lists themselves are data in lexicon/. Pure: no I/O beyond the lexicon's first load."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.patterns import lazy

#: Words of a change downwards, where a sentence gives a change's direction in a word.
DOWN_WORDS = {"down", "falling", "decreasing", "declining", "dropping", "decrease", "decline", "drop", "fall", "contraction",
              "downturn", "slump"}

#: A month's name, in full or abbreviated (a pattern to build others with).
MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])")

#: Runs of letters: the words of a metric or a surface, without digits or signs.
LETTERS = lazy(r"[A-Za-z]+")

#: Head nouns of common series ("exports", "arrivals", "remittances"), as a pattern.
SERIES_NOUN = lazy(r"\b(?:exports|imports|trade|sales|revenues?|receipts|spending|expenditures?|investments?|arrivals|"
                   r"visitors|tourists|output|production|employment|jobs|inflows|outflows|remittances|deposits|loans)\b", re.I)


#: A ratio's denominator that is the economy's output ("of GDP", "to gross national income"):
#: a signed "(-2.0% of GDP)" is a balance's ratio printed with the balance's own sign, no change.
OF_NATIONAL_OUTPUT = lazy(r"\s*(?:of|to)\s+(?:the\s+)?(?:GDP|GNP|GNI|gross\s+(?:domestic|national)\s+(?:product|income)|"
                          r"national\s+income)\b", re.I)

@functools.cache
@functools.cache
def series_nouns() -> frozenset[str]:
    """Nouns that name a series of their own (metric_words: `same` and `flows`)."""
    from factcheck.extract import lexicon

    words = lexicon.load("metric_words")
    return frozenset(w for group in words.get("same") or () for w in group) | frozenset(words.get("flows") or ())


def is_series_noun(word: str) -> bool:
    """A word that names a series of its own ('exports', 'revenue', 'arrivals')."""
    low = word.lower()
    return bool(SERIES_NOUN.fullmatch(low)) or low in series_nouns()


def nominal(verb: str) -> Optional[str]:
    """The series noun a verb names (lexicon nominalizations: "exported" gives "exports"), if any."""
    from factcheck.extract import lexicon

    low = verb.lower()
    return next((noun for noun, forms in lexicon.load("nominalizations").items() if low in forms), None)


@functools.lru_cache(maxsize=4096)
def names_no_series(metric: Optional[str]) -> bool:
    """A metric that names no series: None, a pronoun, 'negative growth', 'the expected
    increase', 'a small' (metric_words: `empty`). Asked for many claims of the few metrics
    an article names: answered once per metric."""
    if not metric:
        return True
    from factcheck.extract import lexicon

    empty = frozenset(lexicon.load("metric_words").get("empty", ()))
    words = [w.lower() for w in LETTERS.findall(metric)]
    # "an increase in value": a change of a measure of some series, not a series; "from 2023
    # numbers": the preposition of a comparison's base, left with its noun of reading
    return all(w in empty or w in ("a", "an", "the", "of", "in", "its", "their", "from") for w in words)
