"""The match of a claim to the one reference it states, from candidates found by head noun."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Optional

from factcheck.matching.metrics import (clause_words, distance_to, figure_item, heads_in, item_of_flow, metric_keys, metric_score, named_in, names_parties, reference_heads,
                                        series_heads, told_apart, unsaid_in, unstated)
from factcheck.matching.periods import period_start, periods_agree, periods_may_agree
from factcheck.matching.roles import roles_agree, same_dimension
from factcheck.matching.subjects import RELATIONAL, canonical_subject, names_every_subject, subjects_overlap
from factcheck.matching.vocabulary import GENERIC_HEADS, head, words
from factcheck.models import Claim, Kind, Reference

@dataclass
class Match:
    reference: Optional[Reference]
    ambiguous: list[Reference]
    score: int = 0
    #: metric_score of the matched reference: 1 means the claim names a less specific
    #: series than the reference, enough to support it but not to contradict it.
    metric: int = 0
    #: False when the reference only may be the claim's: its period only may date the
    #: claim's figure (`periods_may_agree`), or the claim names neither its subject nor
    #: the whole series. Enough to support the claim, never to contradict it.
    exact: bool = True


@dataclass
class _ListIndex:
    """What is read once of a list of references that is no store: its references by head
    noun (built when first asked), its periods, and whether any agrees with a period."""
    references: object
    by_head: Optional[dict[str, list[Reference]]] = None
    periods: Optional[frozenset] = None
    agrees: dict = field(default_factory=dict)
    #: (period, a year range or not) → the references of that period and shape (_may_fit)
    fitting: dict = field(default_factory=dict)


#: The lists last asked about, by identity (a scan asks about one or two, thousands of times).
_LISTS: dict[int, _ListIndex] = {}
_LISTS_KEPT = 4


def _list_index(references) -> _ListIndex:
    cached = _LISTS.get(id(references))
    if cached is None or cached.references is not references:
        if len(_LISTS) >= _LISTS_KEPT:
            _LISTS.clear()
        cached = _LISTS[id(references)] = _ListIndex(references)
    return cached


def candidate_heads(metric: Optional[str]) -> set[str]:
    """The head nouns a reference may be indexed under (by `head()`) and still match this
    metric: the heads and modifiers of every reading of its metric key ('services
    credits' may be 'credits: services'), its `head()`, and for a generic head ('the total
    value') any of its content words. A superset: matching decides."""
    out: set[str] = set()
    for key in metric_keys(metric):
        out |= key.heads | key.mods
    ch = head(metric)
    if ch is not None:
        out.add(ch)
        if ch in GENERIC_HEADS:
            out |= set(words(metric))
    return out


def _candidates(claim: Claim, references) -> list[Reference]:
    """References whose metric or an alias could match the claim's. A reference index or
    store answers this itself (`candidates(heads, subjects, period)`), so that a store of
    imported series is never read whole; a plain list is indexed once."""
    heads = candidate_heads(claim.metric)
    if not heads:
        return []
    lookup = getattr(references, "candidates", None)
    if lookup is not None:
        return lookup(heads, claim.subject, claim.period)
    return _candidates_under(heads, references)


def _candidates_under(heads: set[str], references) -> list[Reference]:
    """The references of a plain list indexed under any of these heads (indexed once)."""
    index = _list_index(references)
    if index.by_head is None:
        by_head: dict[str, list[Reference]] = {}
        for ref in references:
            ref_heads: set[str] = set()
            for phrase in [ref.metric, *ref.aliases]:
                ref_heads |= reference_heads(phrase)
            for h in ref_heads:
                by_head.setdefault(h, []).append(ref)
        index.by_head = by_head
    seen: dict[str, Reference] = {}
    for h in sorted(heads):
        for ref in index.by_head.get(h, []):
            seen.setdefault(ref.id, ref)
    return list(seen.values())


def match(claim: Claim, references: list[Reference], as_of: Optional[str] = None, weak: bool = False) -> Match:
    """The one reference a claim states, or the ambiguous candidates.

    The less a claim says about itself, the closer its metric must be: a claim
    without a period or a subject the reference has needs the same metric and the
    other of the two to agree positively, and never matches a reference for a period
    that begins after the article was written (`as_of`: its date, or year). With
    `weak`, a reference that only may be the claim's is a fallback (`Match.exact` is
    False): fit to support the claim, never to compute with (the relations ask without).
    """
    scored: list[tuple[int, Reference]] = []
    near: list[tuple[int, Reference]] = []  # references that only may be the claim's
    metric_of: dict[str, int] = {}
    claim_heads = series_heads(claim.metric)
    # "the three arrival markets": a count of the parties of a flow is no figure of the flow
    counts_parties = claim.kind in (Kind.COUNT.value, Kind.ORDINAL.value) and names_parties(claim.metric)
    for ref in _candidates(claim, references):
        if counts_parties and not names_parties(ref.metric):
            continue
        if ref.role in ("start_year", "end_year") and claim.kind != Kind.YEAR_RANGE.value:
            continue  # dates are checked by the `dates` consistency rule
        s = metric_score(claim.metric, ref)
        # a claim naming only the item of the reference's series only may be its figure
        item = weak and not s and item_of_flow(claim.metric, ref)
        if item:
            s = 1
        if not s or not roles_agree(claim, ref):
            continue
        if not _same_shape(claim, ref):
            continue
        subj = subjects_overlap(claim, ref)
        if subj is False:
            continue
        # "trade of 6.98 trillion yuan" in a sentence naming China and ASEAN is bilateral
        # trade, not China's total trade.
        # (two names of one place, 'Antigua' and 'Antigua and Barbuda', are one subject)
        if subj and len(ref.subject) == 1 and len(canonical_subject(claim.subject)) >= 2 and claim_heads & RELATIONAL:
            continue
        per = periods_agree(claim.period, ref.period)
        maybe = weak and per is False and periods_may_agree(claim.period, ref.period,
                                                            not claim.context.get("period_inherited"), as_of)
        if per is False and not maybe:
            continue
        maybe = maybe or item
        if ref.period and claim.period is None and (s < 3 or not subj):
            continue
        if ref.period and claim.period is None and as_of and (period_start(ref.period) or "") > as_of[:7]:
            continue  # an August 2024 article cannot state December 2024's figure
        if ref.subject and subj is None and (s < 2 or not per):
            # 'exports rose to $19.2 billion' in a text naming no country, against a country's
            # 'exports of goods' of that period: the figure agreeing shows it is that one
            if not (weak and s == 1 and per is True):
                continue
            maybe = True
        # Last: comparing dimensions may build the pint registry (about 1 s), so only
        # for a reference that fits in every other way.
        if not same_dimension(claim, ref):
            continue
        # a reference the claim names every subject of itself before one with a body its
        # sentence names besides ('Costa Rica' before 'Costa Rica, Juan Santamaría Airport')
        weight = s * 4 + (2 if subj and names_every_subject(claim, ref) else 1 if subj else 0) + (1 if per else 0)
        (near if maybe else scored).append((weight, ref))
        metric_of[ref.id] = s
    # a reference that is the claim's always wins; one that only may be is a fallback
    exact = bool(scored)
    scored = scored or near
    if not scored:
        return _named_by_sentence(claim, references, as_of) if weak else Match(None, [])
    top = max(w for w, _ in scored)
    best = [r for w, r in scored if w == top]
    # Germany's share of Greece's tourism revenue ([Greece, Germany]) is that bilateral
    # entry, not Greece's total, when both fit equally well otherwise
    if len(best) > 1 and claim.subject:
        best = [r for r in best if r.subject and canonical_subject(r.subject) == canonical_subject(claim.subject)] or best
    if len(best) > 1:
        best = _named_as_stated(claim, best)
    # of several series a claim names less of, the one its sentence names in full, by the
    # figure's own item ('exports' for 'sawn timber products (€210 million), furniture with €95
    # million'); else ('tourists' for 'inbound tourists' and 'inbound tourists for holiday') the
    # one it leaves least unsaid: the series, not a breakdown of it (only to support a claim:
    # the relations compute with no reference that only may be it)
    if weak and len(best) > 1 and metric_of[best[0].id] == 1:
        named = _named_nearest(claim, best)
        if named is not None:
            best = [named]
        unsaid = {r.id: unstated(claim.metric, r) for r in best}
        best = [r for r in best if unsaid[r.id] == min(unsaid.values())]
    # A claim without a period matches only when a single reference fits the rest.
    if claim.period is None:
        best_all = [r for w, r in scored if r.period is not None]
        if len({r.period for r in best_all}) > 1:
            return Match(None, sorted(best_all, key=lambda r: r.id), top)
    if weak and len(best) > 1 and len({(r.value, r.end) for r in best}) > 1:
        # of several series the claim's metric fits alike ('revenues' for mining revenues from
        # taxes, from customs duties and from dividends), the one its sentence names in full,
        # nearest the figure ('163.79 billion CFA francs in taxes'), only may be its own
        named = _named_nearest(claim, best)
        if named is not None:
            return Match(named, [], top, metric_of[named.id], False)
    if len(best) > 1 and len({(r.value, r.end) for r in best}) > 1:
        # several spans that only may be the claim's are no question to put to the reader
        return Match(None, sorted(best, key=lambda r: r.id) if exact else [], top)
    return Match(best[0], [], top, metric_of[best[0].id], exact)


def _named_as_stated(claim: Claim, refs: list[Reference]) -> list[Reference]:
    """Of references that fit a claim equally well, the ones named as the claim names its
    series ('tourists' before 'visitors' for '21 million tourists', 'total trade volume'
    before 'trade volume'), and of those the ones in the claim's own unit ('550,960 ounces'
    against the ounces, not the kilograms, of one output): the reference that states what the
    claim states. All of them where none or every one is."""
    said = (claim.metric or "").strip().lower()
    named = [r for r in refs if said and said in (r.metric.strip().lower(), *(a.strip().lower() for a in r.aliases))]
    refs = named or refs
    return [r for r in refs if r.unit_code == claim.unit] or refs


def _same_shape(claim: Claim, ref: Reference) -> bool:
    """A year range is matched only with a range of years, and a range of years only with one."""
    return (claim.kind == Kind.YEAR_RANGE.value) == (ref.end is not None and ref.unit_code == "year")


def _named_by_sentence(claim: Claim, references, as_of: Optional[str]) -> Match:
    """A claim whose metric the reader could not read ('It is followed by Spain (11.5 per
    cent)', 'a 14.6% rise compared to the same period last year'): the one reference whose
    series its sentence names in full, of the claim's period, role and dimension and of its
    subjects or of none it names (the place is the text's, as for a claim whose metric fits),
    only may be its figure: enough to support the claim when the figure agrees, never to
    contradict it. Of several, the one the sentence names most of, nearest the figure. A
    figure of no time ('Kuwait has a native population of 1.2 million', a span that outlasts
    its sentence's year) fits only an entry of no time: periods_agree holds none to a dated one."""
    if not claim.sentence or not _may_be_of_period(references, claim.period) or not _may_fit(claim, references):
        return Match(None, [])
    fits: list[Reference] = []
    for ref in _candidates_by_words(claim, references):
        if ref.role in ("start_year", "end_year") or not _same_shape(claim, ref):
            continue
        # the cheap tests first: most candidates a sentence's words find are of another period
        if periods_agree(claim.period, ref.period) is not True or not roles_agree(claim, ref):
            continue
        if subjects_overlap(claim, ref) is False or not same_dimension(claim, ref):
            continue
        fits.append(ref)
    # a reference the claim names every subject of itself before one with a body its sentence
    # names besides
    fits = [r for r in fits if not claim.subject or names_every_subject(claim, r)] or fits
    best = _named_nearest(claim, fits)
    if best is None and claim.local != (0, 0):
        best = _head_in_item(claim, fits)
    return Match(None, []) if best is None else Match(best, [], 1, 1, False)


def _head_in_item(claim: Claim, refs: list[Reference]) -> Optional[Reference]:
    """Of references that fit a claim and that its sentence does not name in full, the one
    whose head noun the figure's own item names ('Imports amounted to 435.2 billion dirhams (+
    6.4%)' for 'imports of goods'), with the most words of it in the sentence; none where
    another is named as much, or where the item names a word another series of that head is
    told apart by ('by rail' beside 'exports by air' and 'exports by rail')."""
    item = figure_item(claim.sentence, claim.local)
    said = {r.id: heads_in(item, claim.sentence, r) for r in refs}
    said = {r.id: n for r in refs if (n := said[r.id]) and not told_apart(item, r, refs)}
    most = max(said.values(), default=0)
    best = [r for r in refs if most and said.get(r.id) == most]
    return best[0] if len(best) == 1 else None


def _named_nearest(claim: Claim, refs: list[Reference]) -> Optional[Reference]:
    """Of references that fit a claim alike and that its sentence names in full, the ones the
    figure's own item or clause leaves least unsaid ('Debt issuances totalled SAR 114.86 bn,
    including SAR 54.04 bn in external debt': the first is debt issuance, not external debt
    issuance; 'Food (14.8 percent), Clothing & Footwear with 4.9 percent'), of those the one the
    sentence names most words of, and of those named alike, the one named nearest the figure
    ('exports rose to €45.0 billion, while imports reached €36.4 billion'); None when none is
    named or two are as near."""
    named = {r.id: named_in(claim.sentence, r) for r in refs}
    best = [r for r in refs if named[r.id]]
    if len(best) > 1 and claim.local != (0, 0):
        # first, the series the figure's own item or clause names most of
        item = figure_item(claim.sentence, claim.local)
        unsaid = {r.id: unsaid_in(item, claim.sentence, r) for r in best}
        fewest = min((u for u in unsaid.values() if u is not None), default=None)
        if fewest is not None:
            best = [r for r in best if unsaid[r.id] == fewest]
    most = max((named[r.id] for r in best), default=0)
    if not most:
        return None
    best = [r for r in best if named[r.id] == most]
    if len(best) > 1:
        near = {r.id: distance_to(claim.sentence, claim.local, r) for r in best}
        closest = min(near.values())
        best = [r for r in best if near[r.id] == closest]
    return best[0] if len(best) == 1 else None


def _may_be_of_period(references, period: Optional[str]) -> bool:
    """False where no curated reference agrees with this period (a sentence's words then
    need not be looked up at all: most figures are of periods no reference covers); True
    for a store of imported series, which answers by period itself."""
    if getattr(references, "store", None) is not None:
        return True
    index = _list_index(references)
    if index.periods is None:
        index.periods = frozenset(r.period for r in references)
    if period not in index.agrees:
        index.agrees[period] = any(periods_agree(period, p) is True for p in index.periods)
    return index.agrees[period]


def _may_fit(claim: Claim, references) -> bool:
    """False where no curated reference is of the claim's period, shape and role (the tests
    _named_by_sentence puts its candidates to first): then the sentence's words, the costly
    part, need not be read (so for seven figures in eight); True for a store of imported
    series, which is asked by the words."""
    if getattr(references, "store", None) is not None:
        return True
    index = _list_index(references)
    key = (claim.period, claim.kind == Kind.YEAR_RANGE.value)
    refs = index.fitting.get(key)
    if refs is None:
        refs = index.fitting[key] = tuple(ref for ref in references if ref.role not in ("start_year", "end_year")
                                          and _same_shape(claim, ref) and periods_agree(claim.period, ref.period) is True)
    return any(roles_agree(claim, ref) for ref in refs)


def _candidates_by_words(claim: Claim, references) -> list[Reference]:
    """References indexed under a word of the claim's sentence (`_candidates` for a claim whose
    metric names none)."""
    heads = _sentence_heads(claim.sentence)
    lookup = getattr(references, "candidates", None)
    if lookup is not None:
        return lookup(heads, claim.subject, claim.period)
    return _candidates_under(heads, references)


@functools.lru_cache(maxsize=256)
def _sentence_heads(sentence: str) -> frozenset:
    """The words a sentence's references are looked up by: asked once for each of its figures."""
    return clause_words(sentence) | frozenset(words(sentence))
