"""Matching, shared by `check`, `consistency` and `track`: the vocabulary of metric
phrases (content words, lemmas, synonyms, head nouns), subject and period agreement,
and the match of a claim to the reference it states. Pure: no I/O."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Optional

from factcheck import timespan
from factcheck.extract.patterns import lazy
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


# --- metric identity ---------------------------------------------------------------------
@dataclass(frozen=True)
class MetricKey:
    """What a metric phrase names, for comparing two phrases: its head nouns (two for a
    coordination of heads: 'imports and exports'), the modifiers that tell series apart
    ('of goods', 'seasonally adjusted', 'by rail', a sign for surplus or deficit), and
    the coordinated modifiers that only count together ('goods and services')."""

    heads: frozenset
    mods: frozenset
    pairs: frozenset = frozenset()


@functools.lru_cache(maxsize=1)
def _metric_lexicon() -> tuple[frozenset, frozenset, dict, frozenset]:
    from factcheck.extract import lexicon
    from factcheck.extract.context import COUNTRIES, _ALIASES, ORGANISATIONS

    table = lexicon.load("metric_words")
    same: dict[str, str] = {}
    for group in table.get("same", []):
        for w in group:
            same[str(w)] = str(group[0])
    # a country's adjective names its subject, not another series ("Latvian foreign trade turnover")
    demonyms = frozenset(d.lower() for d in lexicon.load("demonyms") if " " not in d)
    places = frozenset(w.lower() for name in [*COUNTRIES, *_ALIASES, *ORGANISATIONS] for w in [name]
                       if " " not in name) | frozenset(n.lower() for n in [*COUNTRIES, *_ALIASES] if " " in n) | demonyms
    return frozenset(table.get("neutral", ())), frozenset(table.get("role", ())), same, places


@functools.lru_cache(maxsize=1)
def _multiword_places() -> list[str]:
    """The places of several words, longest first (sorted once, not for every phrase)."""
    return sorted((p for p in _metric_lexicon()[3] if " " in p), key=len, reverse=True)


_SIGN = {"surplus": "+", "deficit": "-", "gap": "-"}
_POLARITY = {"negative": "-", "positive": "+"}  # the sign of a balance ("a negative trade balance")
# "export earnings", "receipts in remittances": a flow's takings are that flow
_TAKINGS_OF = frozenset({"export", "import", "remittance"})


@functools.lru_cache(maxsize=1)
def _phrases() -> list[tuple[str, re.Pattern, str]]:
    """metric_words.yaml `phrase:`: other names of one series ('benchmark interest rate' → 'policy rate'),
    each with its longest word, which a phrase holding it must hold as written (a test far
    cheaper than the pattern's search)."""
    from factcheck.extract import lexicon

    return [(max(a.split(), key=len), re.compile(r"\b" + r"\s+".join(map(re.escape, a.split())) + r"\b"), f" {b} ")
            for a, b in (lexicon.load("metric_words").get("phrase") or {}).items()]


_PHRASE_SPLIT = re.compile(r"\s*(?:[,;(){}\[\]]|\s-\s|\s–\s|\s—\s)\s*")


# British spellings, read as American so that 'labour force' is 'labor force'
_BRITISH = ((re.compile(r"(?<=\w{3})our$"), "or"), (re.compile(r"(?<=\w{2})is(ation|ations|er|ers)$"), r"iz\1"))


def _american(word: str) -> str:
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


def _norm(word: str) -> str:
    neutral, role, same, _ = _metric_lexicon()
    w = _american(word.lower().strip("'’.-"))
    if w in same:
        return same[w]
    lem = lemma(w)
    return same.get(lem, lem)


@functools.lru_cache(maxsize=1 << 16)
def metric_keys(text: Optional[str]) -> tuple[MetricKey, ...]:
    """Every reading of a metric phrase: 'credits: services' is services within credits and
    also 'services credits'."""
    if not text:
        return ()
    readings = [text]
    if ":" in text:
        outer, _, inner = text.rpartition(":")
        readings.append(f"{inner.strip()} {outer.strip()}")
    return tuple(k for k in (metric_key(r) for r in readings) if k is not None)


@functools.lru_cache(maxsize=1 << 16)
def metric_key(text: Optional[str]) -> Optional[MetricKey]:
    """'goods and services credits, seasonally adjusted' → heads {credit}, mods {good, service,
    seasonally, adjusted} with (good, service) a pair; 'growth of total imports and exports'
    → heads {import, export}; 'credits: non-monetary gold' → heads {gold}, mods {credit, non-monetary}."""
    if not text:
        return None
    neutral, role, same, places = _metric_lexicon()
    t = text.replace("’", "'").lower()
    for multi in _multiword_places():
        if multi in t:
            t = t.replace(multi, " ")
    t = re.sub(r"'s\b", "", t)
    # "imported goods" are goods imports, "exported cars" car exports
    t = re.sub(r"\b(import|export)ed\s+([a-z-]+)", r"\2 \1s", t)
    for word, pattern, replacement in _phrases():
        if word in t:
            t = pattern.sub(replacement, t)
    mods: set[str] = set()
    pairs: set[frozenset] = set()
    # "A: B" is B within A; "B, qualifier" and "B (qualifier)" qualify B
    if ":" in t:
        outer, _, t = t.rpartition(":")
        mods |= {w for w in map(_norm, re.findall(r"[a-z0-9][a-z0-9-]*", outer))}
    parts = [p for p in _PHRASE_SPLIT.split(t) if p.strip()]
    if not parts:
        return None
    main, quals = parts[0], parts[1:]
    for q in quals:
        mods |= {_norm(w) for w in re.findall(r"[a-z0-9][a-z0-9-]*", q)}
    # "X of Y": when X only says what the number is ('growth of', 'share of', 'value of'),
    # Y is the series; otherwise Y distinguishes X ('imports of goods')
    words_ = re.findall(r"[a-z0-9][a-z0-9-]*", main)
    while words_ and words_[0] in ("the", "a", "an"):
        words_.pop(0)
    preps = {"of", "in", "for", "from", "by", "to", "on", "with", "under", "via", "excluding", "including", "among", "at"}
    while True:
        at = next((i for i, w in enumerate(words_) if w in preps), None)
        if at is None:
            break
        front = [w for w in words_[:at] if _norm(w) not in neutral and w not in neutral]
        if all(w in role or _norm(w) in role for w in front):
            words_ = words_[at + 1:]  # "growth of exports", "value of imports": the series follows
            continue
        mods |= {_norm(w) for w in words_[at + 1:] if w not in ("the", "a", "an", "of", "and", "in", "by", "to", "from")}
        words_ = words_[:at]
        break
    # coordination: heads ('imports and exports') or modifiers ('goods and services credits')
    conj = [list(filter(None, c.split())) for c in re.split(r"\s+(?:and|or|&)\s+|\s*/\s*", " ".join(words_))]
    conj = [c for c in conj if c]
    heads: set[str] = set()
    if len(conj) > 1 and len(conj[-1]) > 1 and all(len(c) == 1 for c in conj[:-1]):
        pair = frozenset(_norm(c[0]) for c in conj[:-1]) | {_norm(conj[-1][0])}
        pairs.add(pair)
        mods |= pair
        conj = [conj[-1][1:]] if len(conj[-1]) > 1 else [conj[-1]]
    for c in conj:
        content = [w for w in c if w not in places]
        # 'exports growth', 'trade volume', 'unemployment rate': the head is the last word
        # that names a series, not the role or the measure
        while len(content) > 1 and (content[-1] in role or content[-1] in neutral or _norm(content[-1]) in role | neutral):
            content.pop()
        if not content:
            continue
        h = _norm(content[-1])
        heads.add(h)
        mods |= {_norm(w) for w in content[:-1]}
    for w in list(heads):
        if w in role or (w in neutral and len(heads) > 1):
            heads.discard(w)
    if heads == {"import", "export"}:
        heads = {"trade"}  # imports and exports together are trade
    if heads == {"trade"} and len(mods & {"import", "export"}) == 1:
        heads = set(mods & {"import", "export"})  # "export turnover", "import value" are exports, imports
        mods -= heads
    if heads == {"revenue"} and len(mods & _TAKINGS_OF) == 1:
        heads = set(mods & _TAKINGS_OF)
        mods -= heads
    sign = {_SIGN[w] for w in re.findall(r"[a-z]+", t) if w in _SIGN}
    if heads == {"balance"}:
        sign |= {_POLARITY[w] for w in mods & _POLARITY.keys()}
        mods -= _POLARITY.keys()
    mods = {m for m in mods if m and m not in neutral and m not in role and m not in places and m not in heads
            and not m.isdigit()} | sign
    if not heads:
        # 'growth', 'share of 2019 level': nothing left to name a series by
        return None
    return MetricKey(frozenset(heads), frozenset(mods), frozenset(frozenset(p) for p in pairs))


def metric_score(claim_metric: Optional[str], ref: Reference) -> int:
    """4: the same words; 3: the same series; 2: the claim adds modifiers the reference does not state
    ('bilateral trade volume' for 'bilateral trade'); 1: the claim states fewer
    ('tourism spending' for 'international tourism spending'), enough to support a
    claim but never to contradict it. Different heads, or modifiers on both sides
    that differ ('exports by rail' / 'exports by air', 'exports' / 'imports and
    exports'), never match. Aliases are other names of the same series."""
    return _metric_score(claim_metric, (ref.metric, *ref.aliases))


def phrases_score(a: Optional[str], b: Optional[str]) -> int:
    """How closely two metric phrases name one series, on metric_score's scale, read from
    either side (3 or 4: one series; 1 or 2: one phrase adds modifiers the other leaves unsaid)."""
    return max(_metric_score(a, (b,)), _metric_score(b, (a,))) if a and b else 0


@functools.lru_cache(maxsize=1 << 16)
def _metric_score(claim_metric: Optional[str], phrases: tuple[str, ...]) -> int:
    """metric_score on text alone (cached: a scan compares the same few metrics with the
    same candidate references over and over)."""
    best = 0
    cw = words(claim_metric)
    if cw and any(cw == words(p) and not _parsed_apart(claim_metric, p) for p in phrases):
        return 4  # the same words: among equal series, the one named as the claim names it
    for ck in metric_keys(claim_metric):
        for phrase in phrases:
            for rk in metric_keys(phrase):
                best = max(best, _key_score(ck, rk))
                if best == 3:
                    return 3
    return best


def _parsed_apart(a: Optional[str], b: Optional[str]) -> bool:
    """Two phrases of the same words that name different series by how they join them:
    'revenue and grants' (the sum) and 'revenue: grants' (the item within revenue)."""
    ka, kb = metric_keys(a), metric_keys(b)
    return bool(ka and kb) and a != b and not any(_key_score(x, y) for x in ka for y in kb)


@functools.lru_cache(maxsize=1)
def _of_items() -> frozenset:
    from factcheck.extract import lexicon

    return frozenset(lexicon.load("metric_words").get("of_items") or ())


# a claim naming one of these is that series, never the item of another ('exports' is not
# 're-exports of exports', 'trade' not 'trade revenue')
_NOT_AN_ITEM = frozenset({"trade", "balance", "gdp"})


def item_of_flow(claim_metric: Optional[str], ref: Reference) -> bool:
    """The claim names only the item a reference's series is counted of: 'rice' for 'imports
    of rice', 'customs duty' for 'public revenue from customs duty', 'remittances' for
    'remittance inflows'. It may be that figure ('rice imports fell to 12,000 tonnes' is often
    told 'rice fell to 12,000 tonnes' in a list of imports), or the item's other series:
    enough to support the claim by an agreeing figure, never to contradict it."""
    return _item_of_flow(claim_metric, (ref.metric, *ref.aliases))


@functools.lru_cache(maxsize=1 << 16)
def _item_of_flow(claim_metric: Optional[str], phrases: tuple[str, ...]) -> bool:
    of_items = _of_items()
    for ck in metric_keys(claim_metric):
        named = ck.heads | ck.mods
        if not ck.heads or ck.heads & (of_items | _NOT_AN_ITEM):
            continue
        for phrase in phrases:
            # of coordinated items ('exports of ships and aircraft') the claim names all or none
            whole = bool(_COORDINATED.search(phrase))
            for rk in metric_keys(phrase):
                if rk.heads & of_items and not rk.heads & ck.heads and (named == rk.mods if whole else named <= rk.mods) \
                        and not any(0 < len(p & named) < len(p) for p in rk.pairs):
                    return True
    return False


_COORDINATED = re.compile(r"\b(?:and|or)\b|[&/]", re.I)


def unstated(claim_metric: Optional[str], ref: Reference) -> int:
    """How many modifiers of a reference's metric the claim's does not state (the fewest over
    their readings and the reference's aliases)."""
    return _unstated(claim_metric, (ref.metric, *ref.aliases))


@functools.lru_cache(maxsize=1 << 16)
def _unstated(claim_metric: Optional[str], phrases: tuple[str, ...]) -> int:
    counts = [len(rk.mods - ck.heads - ck.mods) for ck in metric_keys(claim_metric)
              for phrase in phrases for rk in metric_keys(phrase)]
    return min(counts, default=0)


def reference_heads(phrase: Optional[str]) -> set[str]:
    """The words a reference's metric (or alias) is indexed under: the heads of its metric
    keys and its `head()`, and for a series counted of items ('imports of rice') the items,
    which a claim may name alone (`item_of_flow`)."""
    out: set[str] = set()
    of_items = _of_items()
    for key in metric_keys(phrase):
        out |= key.heads
        if key.heads & of_items:
            out |= key.mods
    out.add(head(phrase) or "")
    return out - {""}


def _key_score(ck: MetricKey, rk: MetricKey) -> int:
    if rk.heads != ck.heads:
        return 0
    cm, rm = set(ck.mods), set(rk.mods)
    # a balance with no sign stated is either: 'trade balance' may be a surplus
    if not (cm & {"+", "-"}) or not (rm & {"+", "-"}):
        cm -= {"+", "-"}
        rm -= {"+", "-"}
    if cm == rm:
        return 3
    extra_c, extra_r = cm - rm, rm - cm
    # a coordinated pair counts whole: 'services credits' is not 'goods and services credits'
    if any(0 < len(p & cm) < len(p) for p in rk.pairs) or any(0 < len(p & rm) < len(p) for p in ck.pairs):
        return 0
    if extra_c and not extra_r:
        return 2
    if extra_r and not extra_c:
        return 1
    return 0


# Names in context._ALIASES that are not another name of the place: its seat of government or
# parliament, a city or a part of it (a reference for "Beijing" is the city's, for "England"
# England's).
_NOT_THE_PLACE = frozenset({"Beijing", "Moscow", "Kremlin", "Washington", "New Delhi", "Tokyo", "London", "Brussels",
                            "England", "Nitijela", "Majuro", "ASG", "Pago Pago", "Palikir", "American continent"})


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Every other name of a country or union, lower-cased, to the one the extractor gives a
    claim's subject: its other spellings and abbreviations ("Viet Nam", "St Kitts and Nevis",
    "UAE"), its demonyms ("Kenyan") and its ISO 3166 codes ("KE", "KEN", kept to upper case
    in `_canon`), so that a reference for any of them meets a claim about the place."""
    from factcheck.extract.context import other_names

    return {v.lower(): place.lower() for v, place in other_names().items() if v not in _NOT_THE_PLACE}


@functools.lru_cache(maxsize=1)
def _area_codes() -> dict[str, str]:
    from factcheck.importing.series import codes

    return {code: name.lower() for code, (name, _currency) in codes()["area_index"].items()
            if isinstance(code, str) and code.isupper()}


def _canon(names: Iterable[str]) -> set[str]:
    variants, codes = _variants(), _area_codes()
    return {codes.get(n) or variants.get(n.lower(), n.lower()) for n in names}


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
    """True when the two periods are the same span (in any notation: '2024-H1' is
    '2024-01/2024-06', 'FY2023-24' is '2023-04/2024-03'), or a day lies in the month that
    dates the other (a stock dated by its day is the month's figure); None when only
    the reference states one."""
    if claim_period is None or ref_period is None:
        return None if claim_period is None and ref_period is not None else True
    a, b = str(claim_period), str(ref_period)
    if a == b:
        return True
    sa, sb = timespan.parse(a), timespan.parse(b)
    if sa is None or sb is None:
        return False
    if sa == sb:
        return True
    day, other = (sa, sb) if sa.start == sa.end else (sb, sa)
    return day.start == day.end and other.months == 1 and other.start <= day.start <= other.end


def periods_may_agree(claim_period: Optional[str], ref_period: Optional[str], stated: bool = True,
                      as_of: Optional[str] = None) -> bool:
    """Two different spans that can date one figure: a claim's month (or a day in it) and a
    longer span that ends with that month (a year-to-date total is dated 'May' as often as
    'the eleven months to May'; a stock 'as of 30 June' is the half's closing figure); a
    claim's span and the month or day that closes it (a stock's level for a year is its
    closing level), only when the claim's own sentence dates it (`stated`): a period
    inherited from the text around is a guess already; and two twelve-month spans that
    end in one year (a fiscal year is named by the year it ends, and calendars differ:
    'FY2019' may be April–March or October–September); and a period still running on the
    article's date (`as_of`) and its figure so far (`told_so_far`). Weaker than `periods_agree`:
    enough to support a claim, never to contradict it."""
    sa, sb = timespan.parse(claim_period), timespan.parse(ref_period)
    if sa is None or sb is None or sa == sb:
        return False
    if told_so_far(sa, sb, as_of) or split_year_of(sa, sb, as_of):
        return True
    if (sa.end.year, sa.end.month) == (sb.end.year, sb.end.month):
        if sa.months == 1 and sb.start <= sa.start:
            return True
        if sb.months == 1 and sa.start <= sb.start:
            return stated
    return sa.months == sb.months == 12 and sa.end.year == sb.end.year and _whole_months(sa) and _whole_months(sb)


def _article_day(as_of: Optional[str]) -> Optional[date]:
    """The article's date, when it is a full one (a year alone cannot tell a period that is
    still running from one that is over)."""
    if not as_of or len(as_of) < 10:
        return None
    try:
        return date.fromisoformat(as_of[:10])
    except ValueError:
        return None


def told_so_far(claim_span: timespan.Span, ref_span: timespan.Span, as_of: Optional[str]) -> bool:
    """A period not yet over when the article was written ('exports in 2023 reached …' in
    September 2023, 'in fiscal 2012' in June 2012) can only have its figure so far: a span
    from the period's start to a day no later than the article's date."""
    today = _article_day(as_of)
    return (today is not None and ref_span.start == claim_span.start and ref_span.end < claim_span.end
            and claim_span.start <= today <= claim_span.end and ref_span.end <= today)


def split_year_of(claim_span: timespan.Span, ref_span: timespan.Span, as_of: Optional[str]) -> bool:
    """A claim dated by two whole calendar years ('the 2018/19 season', a marketing or crop
    year whose months the text leaves unsaid) and a reference for a year of at most twelve
    months that begins in the first of them: the split year itself, when it runs into the
    second, or, while it runs on the article's date, its figure so far."""
    first = claim_span.start.year
    if (claim_span.start, claim_span.end) != (date(first, 1, 1), date(first + 1, 12, 31)):
        return False
    if ref_span.start.year != first or ref_span.months > 12:
        return False
    if ref_span.end.year == first + 1:
        return True
    today = _article_day(as_of)
    return today is not None and ref_span.end <= today <= claim_span.end


def _whole_months(span: timespan.Span) -> bool:
    return span.start.day == 1 and (span.end + timedelta(days=1)).day == 1


# Roles that can be compared: a level with a level, a growth rate with a growth rate. A
# rate and a share are both proportions (annotators and publishers use either word).
_ROLE_GROUPS = {"level": "level", "count": "level", "share": "proportion", "rate": "proportion",
                "growth": "growth", "change": "change", "ratio": "ratio", "rank": "rank", "span": "span"}


# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_GROWTH_WORDS = lazy(r"\b(?:growth|increase|rise|gain|decline|decrease|fall|drop|contraction|expansion)\b", re.I)
_CHANGE_WORDS = re.compile(r"\bchange\b", re.I)
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_SHARE_WORDS = lazy(r"\b(?:share|proportion|percentage)\b", re.I)


def reference_role(ref: Reference) -> Optional[str]:
    """The role a reference states, or the one its metric names ('real GDP growth' is a
    growth, 'share of exports' a share); None when neither says."""
    if ref.role and ref.role not in ("start_year", "end_year"):
        return ref.role
    return _metric_role(ref.metric, ref.unit_code)


@functools.lru_cache(maxsize=1024)
def _metric_role(metric: str, unit_code: str) -> Optional[str]:
    """The role a reference's metric names in its unit (asked for every reference a claim
    is matched against, of the same few metrics: read once each)."""
    percent = unit_code in ("percent", "percentage_point")
    if _GROWTH_WORDS.search(metric):
        return "growth" if unit_code == "percent" else "change"
    if _CHANGE_WORDS.search(metric) or unit_code == "percentage_point":
        return "change"
    if _SHARE_WORDS.search(metric) and percent:
        return "share"
    return None


def roles_agree(claim: Claim, ref: Reference) -> bool:
    """A growth rate matches a growth reference, a level a level. A reference that states no
    role (and whose metric names none) is a level, or in percent any proportion or rate;
    so an absolute change never matches it."""
    rr = reference_role(ref)
    cr = claim.role
    if rr is None:
        return cr != "change" or ref.unit_code in ("percent", "percentage_point")
    if cr is None:
        return True
    return _role_group(cr, claim.unit) == _role_group(rr, ref.unit_code)


def _role_group(role: str, unit: Optional[str]) -> str:
    """The group a role is compared in. An amount per unit ('EUR 2,398.8 a month', '€490.9 per
    tourist', '$2.87 per kg') is the level of that quantity, called a rate by some and a level
    by others; its unit keeps it apart from any total, whose dimension differs. So is a rate
    in any unit but percent ('505,006 arrivals a week', 'a rate of 40 ships a day'): only a
    percentage can be a proportion."""
    if role == "rate" and unit and ("/" in unit or unit not in ("percent", "percentage_point")):
        return "level"
    return _ROLE_GROUPS.get(role, role)


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
    #: metric_score of the matched reference: 1 means the claim names a less specific
    #: series than the reference, enough to support it but not to contradict it.
    metric: int = 0
    #: False when the reference only may be the claim's: its period only may date the
    #: claim's figure (`periods_may_agree`), or the claim names neither its subject nor
    #: the whole series. Enough to support the claim, never to contradict it.
    exact: bool = True


_INDEX: dict[int, tuple[list[Reference], dict[str, list[Reference]]]] = {}


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
        if ch in _GENERIC_HEADS:
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
    cached = _INDEX.get(id(references))
    if cached is None or cached[0] is not references:
        by_head: dict[str, list[Reference]] = {}
        for ref in references:
            ref_heads: set[str] = set()
            for phrase in [ref.metric, *ref.aliases]:
                ref_heads |= reference_heads(phrase)
            for h in ref_heads:
                by_head.setdefault(h, []).append(ref)
        cached = (references, by_head)
        _INDEX.clear()
        _INDEX[id(references)] = cached
    seen: dict[str, Reference] = {}
    for h in sorted(heads):
        for ref in cached[1].get(h, []):
            seen.setdefault(ref.id, ref)
    return list(seen.values())


#: Flows between two parties: a claim naming two subjects states the bilateral figure.
RELATIONAL = frozenset({"trade", "export", "import", "investment", "flight", "visit", "tourist", "trip", "deal", "aid",
                        "loan", "balance", "shipment", "remittance"})
_RELATIONAL = RELATIONAL


def period_start(period: Optional[str]) -> Optional[str]:
    """The month a period begins: '2024' → '2024-01', '2024-Q3' → '2024-07', 'FY2023-24' → '2023-04'."""
    span = timespan.parse(period)
    return None if span is None else f"{span.start.year}-{span.start.month:02d}"


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
    claim_head = head(claim.metric)
    for ref in _candidates(claim, references):
        if ref.role in ("start_year", "end_year") and claim.kind != Kind.YEAR_RANGE.value:
            continue  # dates are checked by the `dates` consistency rule
        s = metric_score(claim.metric, ref)
        # a claim naming only the item of the reference's series only may be its figure
        item = weak and not s and item_of_flow(claim.metric, ref)
        if item:
            s = 1
        if not s or not roles_agree(claim, ref):
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
        weight = s * 4 + (2 if subj else 0) + (1 if per else 0)
        (near if maybe else scored).append((weight, ref))
        metric_of[ref.id] = s
    # a reference that is the claim's always wins; one that only may be is a fallback
    exact = bool(scored)
    scored = scored or near
    if not scored:
        return Match(None, [])
    top = max(w for w, _ in scored)
    best = [r for w, r in scored if w == top]
    # Germany's share of Greece's tourism revenue ([Greece, Germany]) is that bilateral
    # entry, not Greece's total, when both fit equally well otherwise
    if len(best) > 1 and claim.subject:
        best = [r for r in best if r.subject and _canon(r.subject) == _canon(claim.subject)] or best
    # of several series a claim names less of ('tourists' for 'inbound tourists' and 'inbound
    # tourists for holiday'), the one it leaves least unsaid: the series, not a breakdown of it
    # (only to support a claim: the relations compute with no reference that only may be it)
    if weak and len(best) > 1 and metric_of[best[0].id] == 1:
        unsaid = {r.id: unstated(claim.metric, r) for r in best}
        best = [r for r in best if unsaid[r.id] == min(unsaid.values())]
    # A claim without a period matches only when a single reference fits the rest.
    if claim.period is None:
        best_all = [r for w, r in scored if r.period is not None]
        if len({r.period for r in best_all}) > 1:
            return Match(None, sorted(best_all, key=lambda r: r.id), top)
    if len(best) > 1 and len({(r.value, r.end) for r in best}) > 1:
        # several spans that only may be the claim's are no question to put to the reader
        return Match(None, sorted(best, key=lambda r: r.id) if exact else [], top)
    return Match(best[0], [], top, metric_of[best[0].id], exact)
