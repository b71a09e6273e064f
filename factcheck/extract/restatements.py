"""A figure restated in another sentence names one series: "Tourism revenues reached $5.58
billion" and the headline's "Tourists spend $5.58 billion", "The national budget is D52.98
billion … an overall envelope of D52.98 billion". Extraction reads each mention's name from
its own sentence, and a mention whose words name the series poorly (a verb, a generic noun,
"the figure", a headline's short name) keeps the figures apart that the text says are one.
Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.kinds import K
from factcheck.models import Claim

__all__ = ["name_restated_figures"]

_WORD = re.compile(r"[a-z][a-z'’-]*")
_DIGITS = re.compile(r"\d")


@functools.cache
def _vocabulary() -> tuple[frozenset, frozenset]:
    """(words that name no series of their own, nouns that do) from metric_words."""
    from factcheck.extract import lexicon
    from factcheck.extract.vocabulary import series_nouns

    words = lexicon.load("metric_words")
    empty = frozenset(words.get("empty") or ()) | frozenset(words.get("neutral") or ()) \
        | frozenset(words.get("role") or ()) | frozenset(words.get("counted") or ())
    heads = set(series_nouns())
    for w in [*(words.get("flow_heads") or ()), *(words.get("of_items") or ())]:
        heads |= {w, w + "s"}
    return empty, frozenset(heads)


def _content(metric: Optional[str], places: tuple = ()) -> frozenset:
    """The words of a metric that may name a series: not the empty ones, nor the words of
    the figure's own places ("Malta growth", "Maldives thus far": the subject, which the
    frame keeps, and no series)."""
    empty, _ = _vocabulary()
    named = {w for place in places for w in _WORD.findall(place.lower())}
    return frozenset(w for w in _WORD.findall((metric or "").lower()) if w not in empty and w not in named)


def _strength(words: frozenset) -> int:
    """0: names nothing; 1: names something, no series noun among it; 2: a series noun."""
    if not words:
        return 0
    return 2 if words & _vocabulary()[1] else 1


def _digits(c: Claim) -> int:
    """The significant digits a figure is printed with: 3 for "$5.58 billion", 2 for "1.5%"."""
    return len("".join(_DIGITS.findall(c.surface)).strip("0"))


def _key(c: Claim):
    change = c.context.get("change") if c.kind == K.PERCENT or c.context.get("change") else None
    return c.kind, c.unit, round(c.value, 9), c.role, change


def _frames_agree(a: Claim, b: Claim) -> bool:
    """No period and no place tells the two mentions apart (one may leave either unsaid)."""
    places_a, places_b = set(a.subject or ()), set(b.subject or ())
    return (a.period is None or b.period is None or a.period == b.period) \
        and (places_a <= places_b or places_b <= places_a)


def name_restated_figures(claims: list[Claim]) -> None:
    """A mention of a figure whose words name no series ("the figure", "it", a verb), or
    name none by a noun of one ("Mexico manages", "the envelope", "individuals"), takes the
    name another mention of the same printed value (unit, role, direction; no period or
    place apart) in another sentence gives it by a series noun. Two series names of which
    neither holds the other ("imports", "exports") are two series: the group is left
    apart. A figure of two significant digits ("5.3%") recurs by chance too often for a
    name of its own to be overridden: only a mention that names nothing takes one; of three
    or more, a mention that shortens the name ("the deficit") takes it whole too. Not
    for physical measures: a good's harvest, exports and stocks are stated in one unit
    ("1.13 million bags"), and a mention naming the good alone does not say which flow."""
    groups: dict = {}
    for c in claims:
        if c.kind in (K.MONEY, K.COUNT, K.PERCENT) and c.end is None and _digits(c) >= 2:
            groups.setdefault(_key(c), []).append(c)
    for group in groups.values():
        if len({c.context.get("sentence_start") for c in group}) < 2:
            continue
        named = [(c, _content(c.metric, tuple(c.subject or ()))) for c in group]
        best = max(_strength(w) for _, w in named)
        if best < 2:
            continue  # no mention names the series by a noun of one
        donors = [(c, w) for c, w in named if _strength(w) == best]
        if any(not (a <= b or b <= a) for _, a in donors for _, b in donors):
            continue  # two names apart: two series, or one the rule cannot tell
        donor, donor_words = max(donors, key=lambda cw: len(cw[1]))
        for c, w in named:
            if c is donor or c.context.get("sentence_start") == donor.context.get("sentence_start"):
                continue
            if not _frames_agree(c, donor):
                continue
            if _sets_against_another(claims, c, donor.metric):
                continue  # a name that would make the figure disagree with another: a guess, not a restatement
            if not w or _strength(w) == 1 and _digits(c) >= 3 \
                    or _digits(c) >= 3 and _shortened(w, donor_words, donor.metric):
                _rename(claims, c, donor.metric)


_HEAD_END = re.compile(r"\s+(?:of|in|for|from|to|by|at|with|on|as|and|or)\b|[,:;(–—]", re.I)
_FUNCTION_END = re.compile(r"\b(?:of|in|for|from|to|by|at|with|on|as|and|or|the|a|an)\s*$", re.I)


def _shortened(words: frozenset, full: frozenset, metric: str) -> bool:
    """A name that is the full one without its modifiers, its head kept ("the deficit" of
    "the state budget deficit", "expenditures" of "expenditures of the state budget"): said
    again of the same printed figure, it shortens that name (a figure of three digits or
    more recurs by chance too seldom to be another series'). Not when the full name's head
    is another noun ("the major recipients of the remittances") or the name runs on into a
    word that ends no phrase ("trade surplus at")."""
    if not words or not words < full or _FUNCTION_END.search(metric):
        return False
    phrase = _HEAD_END.split(metric, maxsplit=1)[0].split()
    return bool(phrase) and phrase[-1].lower() in words


def _sets_against_another(claims: list[Claim], c: Claim, metric: Optional[str]) -> bool:
    """Whether another figure of that name (unit, role, no period apart) has another value:
    the mention names a series of its own the figure is not (a part, a base, a neighbour's),
    and the name would set it against that figure."""
    return any(m.metric == metric and m.unit == c.unit and m.role == c.role and m.value != c.value
               and (m.period == c.period or m.period is None or c.period is None) for m in claims)


_CHANGE_SUFFIX = re.compile(r"\s+(growth|decline|change)$")


def _rename(claims: list[Claim], c: Claim, metric: Optional[str]) -> None:
    """`c` and the figures its sentence gave the same name (the level, its change, its base:
    "the rate for people aged 15 to 24 on the labour market was 37.9%, down 1.3 points from
    39.2%") take the series' name."""
    old, bare = c.metric, _CHANGE_SUFFIX.sub("", metric or "")
    old_bare = _CHANGE_SUFFIX.sub("", old or "")
    for m in claims:
        if m.context.get("sentence_start") != c.context.get("sentence_start") or m is c:
            continue
        if old and m.metric == old_bare:
            m.metric = bare
        elif old and m.metric and _CHANGE_SUFFIX.sub("", m.metric) == old_bare and _CHANGE_SUFFIX.search(m.metric):
            m.metric = f"{bare} {_CHANGE_SUFFIX.search(m.metric).group(1)}"
    c.metric = metric
