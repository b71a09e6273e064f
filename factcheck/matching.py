"""Matching, shared by `check`, `consistency` and `track`: the vocabulary of metric
phrases (content words, lemmas, synonyms, head nouns), subject and period agreement,
and the match of a claim to the reference it states. Pure: no I/O."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from factcheck.models import Claim, Kind, Reference

_STOPWORDS = {"the", "of", "a", "an", "in", "to", "for", "and", "with", "on", "by", "at", "from",
              "s", "its", "their", "total", "overall", "combined", "annual", "yearly"}
# Words that name the same thing in news metrics.
SYNONYMS = {"trip": "visit", "journey": "visit", "turnover": "trade", "receipt": "revenue",
             "earning": "revenue", "biggest": "largest", "nation": "country", "pc": "percent",
             "visitor": "tourist", "arrival": "tourist", "inaugural": "first", "1st": "first"}


def lemma(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return SYNONYMS.get(w, w)


@functools.lru_cache(maxsize=1 << 16)
def words(text: Optional[str]) -> tuple[str, ...]:
    """Content words of a metric, lemmatised, in order (cached: metrics repeat a lot)."""
    if not text:
        return ()
    raw = re.findall(r"[A-Za-z0-9]+", text.replace("’", "'").replace("'s ", " "))
    return tuple(lemma(w) for w in raw if w.lower() not in _STOPWORDS)


@functools.lru_cache(maxsize=1 << 16)
def tokens(text: Optional[str]) -> frozenset[str]:
    return frozenset(words(text))


_PREPOSITIONS = re.compile(r"\s+(?:of|in|for|with|to|from|by|on|under|at|among|between)\s+", re.I)
# Head nouns that only say "how much" of the modifier: "trade volume" is trade.
_GENERIC_HEADS = {"volume", "value", "amount", "figure", "level", "number", "total", "size", "sum", "count", "rate",
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


def metric_score(claim_metric: Optional[str], ref: Reference) -> int:
    """3: same metric; 2: the claim's metric adds modifiers to a reference phrase with the
    same head ('bilateral trade volume' ⊇ 'bilateral trade'); 1: the reference phrase adds
    modifiers to the claim's ('tourism spending' ⊆ 'international tourism spending').
    A different head never matches: 'trade surplus' is not 'trade'."""
    ct = tokens(claim_metric)
    if not ct:
        return 0
    ch = head(claim_metric)
    best = 0
    for phrase in [ref.metric, *ref.aliases]:
        rt = tokens(phrase)
        if not rt:
            continue
        if ct == rt:
            return 3
        rh = head(phrase)
        same_head = ch == rh or (ch in _GENERIC_HEADS and rh in ct)
        if rt <= ct and same_head:
            best = max(best, 2)
        elif ct <= rt and len(ct) >= 2 and ch == rh:
            best = max(best, 1)
    return best


def _canon(names: Iterable[str]) -> set[str]:
    return {n.lower() for n in names}


def subjects_overlap(claim: Claim, ref: Reference) -> Optional[bool]:
    """True when the claim names every subject of the reference (China–Russia trade is
    not China–US trade); None when the claim names none (it may still match a unique
    reference)."""
    if not ref.subject:
        return True
    if not claim.subject:
        return None
    return _canon(ref.subject) <= _canon(claim.subject)


def periods_agree(claim_period: Optional[str], ref_period: Optional[str]) -> Optional[bool]:
    if claim_period is None or ref_period is None:
        return None if claim_period is None and ref_period is not None else True
    a, b = str(claim_period), str(ref_period)
    if a == b:
        return True
    # '2025-05' and '2025-05-21' name the same month; '2024' and '2024-12-31' do not agree.
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short + "-") and len(short) >= 7


def same_dimension(claim: Claim, ref: Reference) -> bool:
    from factcheck.extract.units import dimension

    if claim.unit == ref.unit_code:
        return True
    return dimension(claim.unit) == dimension(ref.unit_code)


@dataclass
class Match:
    reference: Optional[Reference]
    ambiguous: list[Reference]
    score: int = 0


_INDEX: dict[int, tuple[list[Reference], dict[str, list[Reference]]]] = {}


def candidate_heads(metric: Optional[str]) -> set[str]:
    """The head nouns a reference may have and still match this metric: its own, or,
    for a generic head ('the total value'), any of its content words."""
    ch = head(metric)
    if ch is None:
        return set()
    return set(words(metric)) | {ch} if ch in _GENERIC_HEADS else {ch}


def _candidates(claim: Claim, references) -> list[Reference]:
    """References whose metric or an alias could match the claim's: those sharing its head
    noun (or any of its words, for a generic head). A reference index or store answers
    this itself (`candidates(heads, subjects, period)`), so that a store of imported
    series is never read whole; a plain list is indexed once."""
    heads = candidate_heads(claim.metric)
    if not heads:
        return []
    lookup = getattr(references, "candidates", None)
    if lookup is not None:
        return lookup(heads, claim.subject, claim.period)
    cached = _INDEX.get(id(references))
    if cached is None or cached[0] is not references:
        by_head: dict[str, list[Reference]] = {}
        for ref in references:
            for h in {head(p) for p in [ref.metric, *ref.aliases]} - {None}:
                by_head.setdefault(h, []).append(ref)
        cached = (references, by_head)
        _INDEX.clear()
        _INDEX[id(references)] = cached
    seen: dict[str, Reference] = {}
    for h in sorted(heads):
        for ref in cached[1].get(h, []):
            seen.setdefault(ref.id, ref)
    return list(seen.values())


_RELATIONAL = {"trade", "export", "import", "investment", "flight", "visit", "tourist", "trip", "deal", "aid", "loan"}


def period_start(period: Optional[str]) -> Optional[str]:
    """'2024' → '2024-01', '2024-Q3' → '2024-07', 'FY2023-24' → '2023-04', '2025-05-21' → '2025-05'."""
    if not period:
        return None
    p = str(period)
    m = re.match(r"FY(\d{4})", p)
    if m:
        return f"{m.group(1)}-04"
    m = re.match(r"(\d{4})(?:-(?:(\d{2})|H([12])|Q([1-4])))?", p)
    if not m:
        return None
    if m.group(2):
        return f"{m.group(1)}-{m.group(2)}"
    if m.group(3):
        return f"{m.group(1)}-{1 if m.group(3) == '1' else 7:02d}"
    if m.group(4):
        return f"{m.group(1)}-{(int(m.group(4)) - 1) * 3 + 1:02d}"
    return f"{m.group(1)}-01"


def match(claim: Claim, references: list[Reference], as_of: Optional[str] = None) -> Match:
    """The one reference a claim states, or the ambiguous candidates.

    The less a claim says about itself, the closer its metric must be: a claim
    without a period or a subject the reference has needs the same metric and the
    other of the two to agree positively, and never matches a reference for a period
    that begins after the article was written (`as_of`: its date, or year).
    """
    scored: list[tuple[int, Reference]] = []
    claim_head = head(claim.metric)
    for ref in _candidates(claim, references):
        if ref.role in ("start_year", "end_year") and claim.kind != Kind.YEAR_RANGE.value:
            continue  # dates are checked by the `dates` consistency rule
        s = metric_score(claim.metric, ref)
        if not s or not same_dimension(claim, ref):
            continue
        if (claim.kind == Kind.YEAR_RANGE.value) != (ref.end is not None and ref.unit_code == "year"):
            continue
        subj = subjects_overlap(claim, ref)
        if subj is False:
            continue
        # "trade of 6.98 trillion yuan" in a sentence naming China and ASEAN is bilateral
        # trade, not China's total trade.
        if subj and len(ref.subject) == 1 and len(claim.subject) >= 2 and claim_head in _RELATIONAL:
            continue
        per = periods_agree(claim.period, ref.period)
        if per is False:
            continue
        if ref.period and claim.period is None and (s < 3 or not subj):
            continue
        if ref.period and claim.period is None and as_of and (period_start(ref.period) or "") > as_of[:7]:
            continue  # an August 2024 article cannot state December 2024's figure
        if ref.subject and subj is None and (s < 2 or not per):
            continue
        weight = s * 4 + (2 if subj else 0) + (1 if per else 0)
        scored.append((weight, ref))
    if not scored:
        return Match(None, [])
    top = max(w for w, _ in scored)
    best = [r for w, r in scored if w == top]
    # A claim without a period matches only when a single reference fits the rest.
    if claim.period is None:
        best_all = [r for w, r in scored if r.period is not None]
        if len({r.period for r in best_all}) > 1:
            return Match(None, sorted(best_all, key=lambda r: r.id), top)
    if len(best) > 1 and len({(r.value, r.end) for r in best}) > 1:
        return Match(None, sorted(best, key=lambda r: r.id), top)
    return Match(best[0], [], top)
