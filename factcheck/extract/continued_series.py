"""A figure that continues the series of the figure before it in its sentence.

Class: a sentence states one series and goes on to give more figures of it with nothing but
function words, words of change, of comparison and of time between them ('re-exports
decreased by 42.1% month-on-month and a decrease of 10.7% year-on-year', 'up 3.3% compared
to November 2019 and up 10.2% from November 2022', 'an 11% increase from the first half of
2023, 45% from 2022, and 43% from 2019'). A later figure that its own words leave without a
series (no metric after metrics.py and sentence_frame) is of the earlier figure's series:
the same kind and unit, and no word between them that could name another series or its
owner (a noun, a place, a pronoun: 'and those to Japan contracted by 4.1%' is another).
Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import context, grammar
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K
from factcheck.extract.vocabulary import MONTH_NAME, names_no_series
from factcheck.models import Claim

# words of comparison and of time that name no series
LINK_WORDS = frozenset({
    "compared", "comparison", "relative", "than", "higher", "lower", "above", "below", "more", "less", "up", "down",
    "year", "years", "month", "months", "quarter", "quarters", "half", "period", "week", "weeks", "day",
    "same", "last", "previous", "preceding", "corresponding", "earlier", "ago", "before", "prior", "year-earlier",
    "first", "second", "third", "fourth", "fifth", "this", "annual", "annually", "yearly", "monthly", "quarterly",
    "basis", "terms", "year-on-year", "year-over-year", "month-on-month", "quarter-on-quarter", "y-o-y", "yoy",
    "on-year", "respectively", "also", "only", "just", "again", "further", "nearly", "almost", "about", "around",
    "roughly", "some", "over", "under", "while", "whereas", "but", "and", "or", "a", "an", "the", "of", "by", "to",
    "from", "in", "on", "at", "for", "with", "against", "versus", "vs", "since", "during", "between", "over",
    "level", "levels", "rate", "pace", "mark", "record", "high", "low", "reaching", "reached", "total", "totalling",
    "totaling", "standing", "stood", "was", "were", "is", "are", "had", "has", "have", "been", "be", "its", "it",
    "recorded", "registering", "registered", "recording", "showing", "marking", "representing", "or",
})
_MONTH = re.compile(MONTH_NAME + r"\.?", re.I)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
_PUNCT = frozenset(",;–—-()%+−")
_GROWTH_END = re.compile(r"\s+(?:growth|decline)$")
_NEW_TIME = re.compile(r"\b(?:(?:19|20)\d\d|" + MONTH_NAME + r"|year|month|quarter|half|period|"
                       r"(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)|y-o-y|yoy|on-year)\b", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


@functools.cache
def change_words() -> frozenset[str]:
    """Verbs and nouns of change in any form: they restate how the series moved, never which."""
    nouns = set(grammar._change_nouns())
    verbs = set(grammar._directions())
    particles = set(grammar._particles())
    return frozenset({w.lower() for w in nouns | verbs | particles})


def _only_links(gap: str) -> bool:
    """The text between two figures holds nothing that could name a series: function words,
    words of change, comparison and time, years and punctuation; a clause stop (';', a
    full stop) or a second verb of reporting ends the statement."""
    if ";" in gap or ":" in gap or len(gap) > 90:
        return False
    change = change_words()
    for tok in _TOKEN.findall(gap):
        low = tok.lower()
        if tok in _PUNCT or low in LINK_WORDS or low in change:
            continue
        if re.fullmatch(r"(?:19|20)\d\d(?:[-/]\d\d)?", tok) or _MONTH.fullmatch(tok):
            continue
        return False
    return True


def _with_direction(metric: str, c: Claim) -> str:
    """The earlier figure's series, with the later figure's own direction of change."""
    change = c.context.get("change")
    if change and _GROWTH_END.search(metric):
        return _GROWTH_END.sub("", metric) + (" decline" if change == "down" else " growth")
    return metric


def continue_series(claims: list[Claim]) -> None:
    """Give a figure left without a series the series of the figure of its kind and unit
    before it in the sentence, when only linking words stand between them."""
    for i, c in enumerate(claims):
        if not names_no_series(c.metric) or c.kind not in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE):
            continue
        prev: Optional[Claim] = claims[i - 1] if i else None
        if prev is None or prev.kind != c.kind or prev.unit != c.unit or names_no_series(prev.metric):
            continue
        gap = c.sentence[claim_span(prev)[1]: claim_span(c)[0]]
        if not _only_links(gap) or not _NEW_TIME.search(gap) or _RESPECTIVELY.search(c.sentence) \
                or prev.metric.lower() in ("duration", "it", "they", "this"):
            # only a figure the gap sets at another time or against another base continues the
            # series ('… in 2019 and 7% in 2020', '… year-on-year and 2% month-on-month'); two
            # figures of one time with only 'and' between are a list ('84 percent and 82 percent
            # respectively' of two series)
            continue
        if c.kind == K.PERCENT:
            start, end = claim_span(prev)
            # the earlier figure is a change by its own words: before it ("rose 5%") or the
            # noun right after it ("an 11% increase")
            own = c.sentence[max(0, start - 40): end]
            noun = re.match(r"\s*([A-Za-z-]+)", gap)
            if noun and grammar.change_noun_direction(noun.group(1)):
                own += " " + noun.group(1)
            before = prev.context.get("change") or _GROWTH_END.search(prev.metric) or context.direction(own)
            change = c.context.get("change") or context.direction(gap)
            if not before and change:
                continue  # a change after a share or a level is another quantity
            if before and not change:
                # "rose 5% in 2019 and 7% in 2020": the verb gapped
                change = prev.context.get("change") or context.direction(c.sentence[max(0, start - 40): start])
            if change:
                c.context["change"] = change
        c.metric = _with_direction(prev.metric, c)


def in_each_sentence(claims: list[Claim]) -> None:
    """continue_series over each sentence's claims, after the passes that name a figure from
    the whole article (a restated figure's series reaches the figures that continue it)."""
    start = 0
    for i in range(1, len(claims) + 1):
        if i == len(claims) or claims[i].sentence != claims[start].sentence \
                or claims[i].context.get("sentence_start") != claims[start].context.get("sentence_start"):
            if i - start > 1:
                continue_series(claims[start:i])
            start = i
