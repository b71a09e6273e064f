"""What tells one series of a statistic from another of the same name, said once for a
sentence, a heading or an article: adjusted or not, trend, real or nominal, volume or value
(series_of, qualify); the currency a figure is denominated in, and a conversion taking its
figure's frame (denominate, converted_amounts); an estimate's vintage (estimates); a figure
the text denies (denied_figures); a section's heading (is_heading, section_of,
qualify_section); a mode of travel (travel_modes). The metric shared within a sentence is
sentence_frame.py's. Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.frame.positions import claim_span
from factcheck.extract.kinds import K, R
from factcheck.models import Claim
from factcheck.extract.patterns import lazy, lowered, triggered
from factcheck.extract.vocabulary import LETTERS
from factcheck.extract.vocabulary import names_no_series as _empty
from factcheck.extract.sentence_frame import of_volume, without_change_word


# Words that tell one series of a statistic from another of the same name: adjusted or
# not, trend, real or nominal. Said once for a sentence ("In seasonally adjusted terms,
# …") or for the lines under a heading ("TREND ESTIMATES").
_SERIES = (("not seasonally adjusted", re.compile(r"\b(?:not\s+seasonally\s+adjusted|unadjusted|n\.s\.a\.)", re.I)),
           ("seasonally adjusted", re.compile(r"\bseasonally[- ]adjusted\b|(?<![\w.])s\.a\.(?!\w)", re.I)),
           ("trend", re.compile(r"\b(?:in\s+trend\s+terms|trend\s+(?:estimates?|series|terms))\b", re.I)),
           ("real", re.compile(r"\b(?:in\s+real\s+terms|at\s+constant\s+prices|inflation[- ]adjusted)\b", re.I)),
           ("nominal", re.compile(r"\b(?:in\s+nominal\s+terms|at\s+current\s+prices)\b", re.I)),
           # "in gross terms, without adjusting for refunds, collections amount to …": not the net series
           ("gross", re.compile(r"\bin\s+gross\s+terms\b", re.I)))


_SERIES_WORDS = ("adjusted", "s.a.", "trend", "real terms", "constant prices", "nominal", "current prices", "inflation",
                 "gross terms")


def series_of(sentence: str) -> Optional[str]:
    """The series qualifier a sentence states ('In trend terms, …' → 'trend'), if any."""
    if not any(map(lowered(sentence).__contains__, _SERIES_WORDS)):
        return None
    for name, pattern in _SERIES:
        if pattern.search(sentence):
            return name
    return None


# --- series told apart by their denomination and their estimate -------------------------------
_CURRENCY_WORDS = (("USD", r"US\s?dollars?|U\.S\.\s?dollars?|dollars?|USD|US\$"), ("CNY", r"RMB|yuan|renminbi|CNY"),
                   ("INR", r"rupees?|INR"), ("EUR", r"euros?|EUR"), ("JPY", r"yen|JPY"), ("GBP", r"pounds?|sterling|GBP"))
_DENOMINATION = triggered(lazy(r"\b(?:in|denominated\s+in|calculated\s+in|measured\s+in|expressed\s+in)\s+(?:the\s+)?(?:(?:US|U\.S\.)\s+)?"
                     r"(?P<cur>US\s?dollars?|U\.S\.\s?dollars?|dollars?|USD|US\$|RMB|yuan|renminbi|CNY|rupees?|INR|euros?|EUR|yen|JPY|"
                     r"pounds?|sterling|GBP)(?:\s+terms)?\b|\b(?P<adj>dollar|yuan|rupee|euro|yen|sterling|RMB|USD|INR)[- ]terms?\b", re.I),
                         ("dollar", "usd", "us$", "rmb", "yuan", "renminbi", "cny", "rupee", "inr", "eur", "yen", "jpy",
                          "pound", "sterling", "gbp"))


def converted_amounts(claims: list[Claim]) -> None:
    """A converted amount ('€3 billion ($3.3 billion)') is the figure it converts in another
    currency: it takes that figure's frame, read last, rather than what later rules gave one
    of the two alone (a place, a year, ', forecast'). A figure that names no series leaves
    the conversion its own reading: no metric at all would key it with every unnamed one."""
    for p, c in zip(claims, claims[1:]):
        if c.context.get("converted") and p.kind == K.MONEY and p.sentence == c.sentence:
            c.metric = c.metric if _empty(p.metric) else p.metric
            c.subject, c.period, c.role = list(p.subject), p.period, p.role
            c.direction, c.base_period = p.direction, p.base_period


def _currency_code(word: str) -> Optional[str]:
    return next((code for code, pattern in _CURRENCY_WORDS if re.fullmatch(pattern, word, re.I)), None)


def denominate(claims: list[Claim]) -> None:
    """In an article that states its figures in two currencies (yuan and dollars, rupees and
    dollars), a rate of change is of the series in one of them: 'exports in US dollars
    increased by 1.1%' and 'exports rose 7.7%' in the yuan paragraph are two series. Each
    percentage takes the denomination its sentence states ('If calculated in USD, …',
    'Imports denominated in RMB …'), else that of the money figures of its sentence, else
    the one its paragraph was last in; ', USD terms' is added to its metric."""
    own = [c for c in claims if c.kind == K.MONEY and "/" not in c.unit and not c.context.get("converted")]
    if len({c.unit for c in own}) < 2 and not any(_DENOMINATION.search(c.sentence) for c in claims
                                                  if c.kind in (K.PERCENT, K.PERCENTAGE_POINT)):
        return
    from factcheck.matching import metric_keys

    currencies: dict = {}  # series (in a paragraph) → the currencies its levels are stated in
    for c in own:
        for key in metric_keys(c.metric):
            currencies.setdefault((key.heads, c.context.get("paragraph")), set()).add(c.unit)
    current: Optional[str] = None
    paragraph = sentence = None
    stated = None
    for i, c in enumerate(claims):
        if c.context.get("paragraph") != paragraph:
            paragraph, current = c.context.get("paragraph"), None
        if c.context.get("sentence_start") != sentence:
            sentence = c.context.get("sentence_start")
            m = _DENOMINATION.search(c.sentence)
            stated = _currency_code(m.group("cur") or m.group("adj")) if m else None
            same = [p for p in own if p.context.get("sentence_start") == sentence]
            current = stated or (same[0].unit if same else current)
        if c.kind not in (K.PERCENT, K.PERCENTAGE_POINT) or not c.metric \
                or c.role not in (R.GROWTH, R.CHANGE) or "terms" in c.metric:
            continue
        named = _DENOMINATION.search(c.metric)
        if named:  # "exports in US dollars growth": say it once, the one way
            c.metric = (c.metric[: named.start()] + c.metric[named.end():]).replace("  ", " ").strip()
        local = claim_span(c)
        stated_after = _DENOMINATION.match(c.sentence, local[1] + 1) if c.sentence[local[1]: local[1] + 1] == " " else None
        if stated_after:  # "a negative growth of 7.26% in Dollar terms (… 3.13% in Rupee terms)"
            c.metric = f"{c.metric}, {_currency_code(stated_after.group('cur') or stated_after.group('adj'))} terms"
            continue
        if not current:
            continue
        # only where it tells series apart: stated, or a series whose levels come in two currencies
        if stated or any(len(currencies.get((k.heads, paragraph), ())) > 1 for k in metric_keys(without_change_word(c.metric))):
            c.metric = f"{c.metric}, {current} terms"


_ONLY_ESTIMATE = lazy(r"(?:the\s+)?(?:\w+\s+)?estimates?(?:\s+of\s+(?:the\s+)?budget)?", re.I)
_TIME_AFTER = lazy(r"^\s*(?:during|in|for)\s+[\w-]+")
_ESTIMATE_AFTER = lazy(r"^\s*(?:\(\s*|,?\s*(?:in|as\s+per|according\s+to|under)\s+(?:the\s+)?)(?:\w+\s+){0,1}?"
                       r"(budget|revised|interim|advance|provisional|preliminary|flash|final|initial)\s+estimates?\b", re.I)
_ESTIMATE_FRONTED = lazy(r"\s*(?:in|as\s+per|according\s+to|under)\s+(?:the\s+)?"
                         r"(budget|revised|interim|advance|provisional|preliminary|initial)\s+estimates?\s*,", re.I)
_HAS_FIGURE_TEXT = lazy(r"\d")
_ESTIMATE_SUBJECT = lazy(r"\b(?:the|its|their)\s+(budget|revised|interim|advance|provisional|preliminary|final|initial)\s+"
                         r"estimates?\s+(?:(?:for|in|of)\s+[\w-]+\s+)?(?:(?:was|were|is|are)(?:\s+(?:pegged|put|placed))?"
                         r"|stood|came\s+in|pegged|put)\s+(?:at\s+)?(?:about\s+|around\s+)?$", re.I)


def estimates(claims: list[Claim], earlier: list[Claim]) -> None:
    """A budget estimate, a revised estimate and the outcome are three series of one
    figure: '₹14.84 lakh crore in the revised estimates', '₹2,05,555.95 crore during 2022-23
    (Revised Estimate)', 'the revised estimate in 2022-23 was ₹47,716 crore' (of the series
    the sentence, or the one before, is about)."""
    if not claims or "stimate" not in claims[0].sentence:
        return
    for i, c in enumerate(claims):
        if c.kind not in (K.MONEY, K.PERCENT, K.COUNT, K.MEASURE):
            continue
        local = claim_span(c)
        after = _ESTIMATE_AFTER.match(c.sentence[local[1]: local[1] + 60]) or _ESTIMATE_AFTER.match(
            _TIME_AFTER.sub("", c.sentence[local[1]: local[1] + 80]))
        subject = _ESTIMATE_SUBJECT.search(c.sentence[max(0, local[0] - 80): local[0]])
        # "In the revised estimates, the government had projected total expenditure at Rs
        # 24.57 lakh crore": a fronted adverbial names the estimate of the whole clause
        fronted = _ESTIMATE_FRONTED.match(c.sentence) if not (after or subject) else None
        if fronted and (fronted.end() > local[0] or _HAS_FIGURE_TEXT.search(c.sentence, fronted.end(), local[0])):
            fronted = None  # only the figures of the clause it opens, before any other figure
        found = after or subject or fronted
        if not found:
            continue
        kind = found.group(1).lower()
        if (subject or _ONLY_ESTIMATE.fullmatch(c.metric or "")) and (not c.metric or "estimate" in c.metric.lower()):
            # "the revised estimate was ₹16,846 crore": of the series named before
            source = next((p for p in reversed([*earlier[-6:], *claims[:i]]) if p.metric and "estimate" not in p.metric.lower()
                           and p.kind == c.kind), None)
            c.metric = source.metric.split(",")[0] if source else c.metric
        if c.metric and "estimate" not in c.metric.lower():
            c.metric = f"{c.metric}, {kind} estimate"


# "the deficit is 6.8 billion and not 12.9 billion as claimed by the economists": the figure
# after a negation is the one the statement denies, not a value of its series
_DENIED = lazy(r"\s*,?\s*(?:(?:and|but)\s+)?not\s+[^\s\d]{0,4}\s*", re.I)


def denied_figures(claims: list[Claim]) -> None:
    """A figure a negation sets against the one before it ('6.8 billion and not 12.9
    billion') is a figure the text disputes: its metric says so, so that it is no value of
    the series the first states (the relations engine would test it as one)."""
    for p, c in zip(claims, claims[1:]):
        if c.metric and p.kind == c.kind and _DENIED.fullmatch(c.sentence[claim_span(p)[1]: claim_span(c)[0]]) \
                and "disputed" not in c.metric:
            c.metric = f"{c.metric}, disputed figure"


def is_heading(sentence: str) -> bool:
    """A line in capitals ('TREND ESTIMATES (MONTHLY CHANGE)') heads the lines below it."""
    return len(sentence) >= 6 and sentence.upper() == sentence and sentence.lower() != sentence


_HEADING_LINE = lazy(r"[A-Z][^.!?:;\d]{2,80}")


def section_of(sentence: str) -> Optional[str]:
    """The side of an account a heading line names ('Credits (exports of goods and
    services)' → 'credits'), '' for any other heading line (it ends the section before),
    None for a line that is no heading (a sentence, with its full stop)."""
    text = sentence.strip()
    if not _HEADING_LINE.fullmatch(text) or len(text.split()) > 8:
        return None
    first = re.match(r"[A-Za-z]+", text)
    word = first.group(0).lower() if first else ""
    return word if word in _flows() else ""


@functools.cache
def _flows() -> frozenset[str]:
    from factcheck.extract import lexicon

    return frozenset(lexicon.load("metric_words").get("flows") or ())


def qualify_section(claims: list[Claim], section: Optional[str]) -> None:
    """Under a heading that names a side of an account, a figure whose metric names no
    side measures that side: 'Non-monetary gold fell $735m' under 'Credits' is
    'credits: non-monetary gold' (and under 'Debits' another series)."""
    if not section:
        return
    flows = _flows()
    for c in claims:
        if not c.metric or c.kind not in (K.MONEY, K.COUNT, K.PERCENT, K.PERCENTAGE_POINT, K.MEASURE):
            continue
        if any(w.lower() in flows for w in LETTERS.findall(c.metric)):
            continue
        c.metric = f"{section}: {c.metric}"


@functools.cache
def _modes() -> dict[str, str]:
    from factcheck.extract import lexicon

    table = lexicon.load("metric_words").get("modes") or {}
    return {w: mode for mode, words in table.items() for w in words}


@functools.cache
def _mode_stems() -> tuple[str, ...]:
    """The mode words that hold no other ('air' holds for 'airlines', 'airports', ...)."""
    modes = _modes()
    return tuple(w for w in modes if not any(o != w and o in w for o in modes))


def travel_modes(claims: list[Claim]) -> None:
    """A count whose own stretch of the sentence names one way of travel measures that
    mode: 'Airlines carried 11.3 million passengers, down by 48.7% and 1.8 million
    passengers travelled on trains' are passengers by air and by rail, two series (and
    the change after each is that series' change); a stretch naming several modes ('air,
    bus and rail') is their total. The stretch runs from the figure before to the next."""
    modes = _modes()
    # a sentence holding no mode word (most do not) names no mode: the phrase pattern, tried
    # at every word, is spared
    # (each sentence lowered once, its stems looked for by one map: no generator step a word)
    stems = _mode_stems()
    if not any(any(map(lowered(s).__contains__, stems)) for s in {c.sentence for c in claims}):
        return
    renamed: dict[int, tuple[str, str]] = {}
    for i, c in enumerate(claims):
        if not c.metric:
            continue
        if c.kind == K.PERCENT and i and i - 1 in renamed:
            old, new = renamed[i - 1]
            if c.metric.startswith(old):
                c.metric = new + c.metric[len(old):]  # "passengers decline" of the passengers by air
            continue
        if c.kind != K.COUNT or {w.lower() for w in LETTERS.findall(c.metric)} & modes.keys():
            continue
        start = claim_span(claims[i - 1])[1] if i else 0
        end = claim_span(claims[i + 1])[0] if i + 1 < len(claims) else len(c.sentence)
        found = {modes[w.lower()] for m in _MODE_PHRASE.finditer(c.sentence, start, end)
                 for w in m.groups() if w and w.lower() in modes}
        if len(found) == 1:
            new = f"{c.metric} by {found.pop()}"
            renamed[i] = (c.metric, new)
            c.metric = new


# a mode is named by a phrase of travel ("by air", "on trains", "at seaports", "Road travel",
# "Airlines carried"), never by a bare word that may be a verb or a figure of speech ("ships
# 3 million cars", "the road to recovery"), nor by the first half of a compound ("from
# land-based workers", "by air-conditioned coach")
# ("came via one large out-of-state cruise ship": the mode word right before a vehicle's noun,
# past modifiers, tried first)
_MODE_PHRASE = lazy(r"\b(?:by|on|via|aboard)\s+(?:the\s+|an?\s+|one\s+)?(?:[a-z-]+\s+){0,3}?([a-z]+)\s+(?:ships?|liners?|vessels?)\b"
                    r"|\b(?:by|on|via|through|at|from)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?([a-z]+)\b(?!-)|\b(overland)\b"
                    r"|\b([A-Za-z]+)\s+(?:travel|traffic|transport|passengers|visitors|arrivals|freight|cargo)\b"
                    r"|\b(airlines|trains|ferries|buses)\s+(?:carried|transported|brought|ferried|flew)\b", re.I)


_NOMINAL_WORDS = lazy(r"\s*\b(?:nominal(?:ly)?|(?:at|in)\s+current\s+prices|in\s+nominal\s+terms)\b\s*", re.I)


# "rose 10.9% in value and 37.4% in volume", "2.5% higher in nominal terms and 0.7% higher in
# real terms": a qualifier right after a figure is that figure's own, not the sentence's
_OWN_SERIES = lazy(r"\s*(?:(?:higher|lower|more|less|up|down)\s+)?(?:(?:in|by)\s+(?:terms\s+of\s+)?(?P<w>real|nominal|volume|value)"
                   r"(?:\s+terms)?|at\s+(?P<p>constant|current)\s+prices)\b", re.I)


_REAL_OR_NOMINAL = lazy(r"^(?:real|nominal)\s+", re.I)


def _own_series(c: Claim) -> Optional[str]:
    m = _OWN_SERIES.match(c.sentence, claim_span(c)[1])
    if m is None:
        return None
    return (m.group("w") or ("real" if m.group("p").lower() == "constant" else "nominal")).lower()


def qualify(claims: list[Claim], series: Optional[str]) -> None:
    """Add the series qualifier to the metric of each claim that does not say it already;
    a figure that states its own ('37.4% in volume') takes that one, and the sentence's
    qualifier, when it is one of those, is theirs alone."""
    owns = [_own_series(c) for c in claims]
    if series in owns:
        series = None
    for c, own in zip(claims, owns):
        if own and c.metric and c.kind in (K.PERCENT, K.PERCENTAGE_POINT, K.MONEY, K.COUNT, K.MEASURE):
            # the value, and money at current prices, are what the plain name means
            if own == "volume":
                c.metric = of_volume(c.metric)
            elif own == "real" or own == "nominal" and c.kind != K.MONEY:
                c.metric = f"{own} {_REAL_OR_NOMINAL.sub('', c.metric)}"
            continue
        if not series:
            continue
        if not c.metric or c.kind not in (K.MONEY, K.COUNT, K.PERCENT,
                                           K.PERCENTAGE_POINT, K.MEASURE):
            continue
        metric = re.sub(r"(?<![\w.])s\.a\.?(?!\w)", "", c.metric).strip(" ,")
        if series == "nominal" and c.kind == K.MONEY:
            # an amount of money is at current prices unless it says otherwise: "nominal"
            # tells no money series apart, and kept in one figure only it splits one series
            c.metric = _NOMINAL_WORDS.sub(" ", metric).strip(" ,") or metric
            continue
        if series in metric.lower():
            c.metric = metric
            continue
        c.metric = f"{series} {metric}" if series in ("real", "nominal") else f"{metric}, {series}"
