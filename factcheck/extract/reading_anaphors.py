"""A figure whose subject is an anaphoric noun of reading takes the series that noun refers to.

Class: a definite or demonstrative noun of reading with nothing after it to say which series
('this figure', 'that figure', 'the same figure', 'the reported amount', 'last year's
figures', 'the previous record', 'the numbers') stands for a series the text has just
named, and the figure it is the subject or the head of is of that series, whatever verb
links them and wherever the noun stands in its sentence ('By 2017, that figure had plunged
to just TT$2.5 billion', 'Compared to the same period last year, this figure increased by
almost 2.1 million people', 'The reported amount is $42.6 million more than last year's
figures which were $176.7 million', 'an increase of four percent compared to the previous
record of 894,389'). The series is that of the nearest figure before it of the same kind
(in its sentence, else in the sentence before) whose own words name one. `sentence_frame`
reads the sentence-opening demonstratives whose verb only links them to the figure
('That's an increase of …'); this reads the noun phrase anywhere, with any verb.

Only the noun phrase with no complement is read: 'the figure for imports', 'the number of
vessels' name their own series, and 'the total', 'the sum' are a whole of the parts named
before, not a restatement of the last of them. Pure: no I/O."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.continued_series import LINK_WORDS, change_words
from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K
from factcheck.extract.patterns import lazy
from factcheck.extract.vocabulary import MONTH_NAME, names_no_series
from factcheck.models import Claim

# "this figure", "the same figure", "the reported amount", "last year's figures", "the
# previous record", "2022's figure", "the numbers"
_READING_NP = lazy(
    r"\b(?:(?:the|this|that|these|those)|(?:last|this|the\s+previous|the\s+same\s+period\s+last|a)\s+(?:year|month|quarter)['’]s|"
    r"(?:19|20)\d\d['’]s|" + MONTH_NAME + r"['’]s)"
    r"\s+(?:(?:same|reported|previous|prior|earlier|latest|new|actual|final|revised|provisional|preliminary|"
    r"official|corresponding|comparable|year-ago|year-earlier|full-year|annual|monthly|quarterly|record|"
    r"all-time|recorded)\s+){0,2}"
    r"(?P<noun>figures?|numbers?|amount|record|level)\b(?!['’])", re.I)
_APPOSED = re.compile(r"\s*(?:of\b|-)", re.I)
_PLURAL_DEMONSTRATIVE = re.compile(r"(?:these|those)\b", re.I)
_PARTITIVE_BEFORE = re.compile(r"\b(?:of|from|out\s+of)\s*$", re.I)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
_PUNCT = frozenset(",–—-()")
# the verbs and adverbs that link the noun to its figure ("had plunged to just", "which were",
# "rose significantly to", "is", "stood at"); the link words of continued_series, and the
# change verbs, in any form
_VERBAL = frozenset({"which", "that", "had", "has", "have", "was", "were", "is", "are", "be", "been", "being", "will",
                     "would", "could", "might", "may", "should", "shall", "to", "at", "stood", "stands", "stand",
                     "came", "come", "comes", "amounted", "amounts", "totalled", "totaled", "totals", "reached",
                     "reaches", "hit", "hits", "climbed", "sat", "settled", "remained", "remains", "showed", "shows",
                     "represented", "represents", "just", "now", "then", "still", "already", "even", "as", "much",
                     "many", "than", "around", "approximately", "barely", "merely", "slightly", "well", "far"})


def _links_only(gap: str) -> bool:
    """Between the noun and its figure, only verbs, adverbs and the link words of a
    statement (no noun that could name another series), within one clause."""
    if ";" in gap or ":" in gap or len(gap) > 60:
        return False
    change = change_words()
    for tok in _TOKEN.findall(gap):
        low = tok.lower()
        if tok in _PUNCT or low in LINK_WORDS or low in _VERBAL or low in change or low.endswith("ly"):
            continue
        return False
    return True


def _anaphoric(c: Claim) -> bool:
    """The figure's clause makes an anaphoric noun of reading its subject or head: the
    last such noun before it, with only linking words between."""
    start = claim_span(c)[0]
    before = c.sentence[max(0, start - 120): start]
    found = list(_READING_NP.finditer(before))
    if not found:
        return False
    np, gap = found[-1], before[found[-1].end():]
    # "in the amount of 280.2 million euros", "the level of …": the figure itself, in apposition to
    # its clause's series; "the record-high E11 billion": an adjective; "these amount to": a verb;
    # "of this amount, K72 billion": a part of it
    if _APPOSED.match(gap) or (np.group("noun").lower() == "amount" and _PLURAL_DEMONSTRATIVE.match(np.group(0))) \
            or _PARTITIVE_BEFORE.search(before[: np.start()]):
        return False
    return _links_only(gap)


def _antecedent(claims: list[Claim], i: int, earlier: list[Claim]) -> Optional[Claim]:
    """The nearest figure before claims[i] of its kind (and unit, for a count or a measure)
    whose metric names a series: in its sentence, else in the sentence before."""
    c = claims[i]
    last = max((p.context.get("sentence_start", -1) for p in earlier), default=None)
    previous = [p for p in earlier if p.context.get("sentence_start") == last] if last is not None else []
    # a change in percent is of the series of an amount, or of a change said before
    growth = c.kind == K.PERCENT and bool(c.context.get("change"))

    def fits(p: Claim) -> bool:
        if names_no_series(p.metric) or names_no_series(_bare(p.metric)) or p.context.get("ratio_to_gdp"):
            return False
        if growth and (p.kind in (K.MONEY, K.COUNT, K.MEASURE) or p.kind == K.PERCENT and p.context.get("change")):
            return True
        return p.kind == c.kind and not (c.kind in (K.COUNT, K.MEASURE) and p.unit != c.unit) \
            and not (c.kind == K.PERCENT and p.context.get("change"))

    own = [p for p in claims[:i] if fits(p)]
    if own:
        return own[-1]
    # in the sentence before, the noun refers to its one series: two ("exports totalling $134.1
    # million, while imports amounted to $793.5 million") leave it open
    here = c.context.get("paragraph")
    before = [p for p in previous if fits(p) and (here is None or p.context.get("paragraph") is None
                                                   or here - p.context["paragraph"] <= 1)]
    if len({_bare(p.metric).lower() for p in before}) != 1:
        return None
    return before[-1]


def _bare(metric: str) -> str:
    return re.sub(r"\s+(?:growth|decline|change)$", "", metric)


def name_reading_anaphors(claims: list[Claim], earlier: list[Claim]) -> None:
    """Give a figure whose own words name no series, and whose clause's subject or head is
    an anaphoric noun of reading, the series of that noun's antecedent. `earlier` are the
    claims of the sentences before, latest last."""
    for i, c in enumerate(claims):
        if c.kind not in (K.PERCENT, K.MONEY, K.COUNT, K.MEASURE) or not names_no_series(c.metric):
            continue
        if c.context.get("ratio_to_gdp") or not _anaphoric(c):
            continue
        p = _antecedent(claims, i, earlier)
        if p is None:
            continue
        series = _bare(p.metric)
        if names_no_series(series):
            continue
        change = c.context.get("change") if c.kind == K.PERCENT else None
        c.metric = f"{series} {'decline' if change == 'down' else 'growth'}" if change else series
