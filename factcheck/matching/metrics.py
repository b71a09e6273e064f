"""Metric identity: what series a metric phrase names (its heads, the modifiers that tell
series apart, the coordinated pairs that count whole), and how closely a claim's metric
names a reference's."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from factcheck.matching.vocabulary import head, lemma, words
from factcheck.models import Reference

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
    from factcheck.extract.placenames import COUNTRIES, ALIASES, ORGANISATIONS

    table = lexicon.load("metric_words")
    same: dict[str, str] = {}
    for group in [*table.get("same", []), *table.get("alike", [])]:
        for w in group:
            same[str(w)] = str(group[0])
    # a country's adjective names its subject, not another series ("Latvian foreign trade turnover")
    demonyms = frozenset(d.lower() for d in lexicon.load("demonyms") if " " not in d)
    places = frozenset(w.lower() for name in [*COUNTRIES, *ALIASES, *ORGANISATIONS] for w in [name]
                       if " " not in name) | frozenset(n.lower() for n in [*COUNTRIES, *ALIASES] if " " in n) | demonyms
    neutral = frozenset(table.get("neutral", ())) | frozenset(table.get("counted", ()))
    return neutral, frozenset(table.get("role", ())), same, places


@functools.lru_cache(maxsize=4096)  # a metric phrase is keyed again for each reference and figure
def _without_regions(text: str) -> str:
    """The phrase without the state, province or region it names ('imports in Perak', 'Negeri
    Sembilan exports'): as a country's name, a region's names its subject, not another series.
    Read as the extractor reads regions, by a run of capitalised words ('acre' and 'colon' are a
    unit and a currency)."""
    from factcheck.extract.placenames import region_mentions

    for start, end, _ in reversed(region_mentions(text)):
        text = text[:start] + " " + text[end:]
    return text


@functools.lru_cache(maxsize=1)
def _multiword_places() -> list[str]:
    """The places of several words, longest first (sorted once, not for every phrase)."""
    return sorted((p for p in _metric_lexicon()[3] if " " in p), key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def _parties() -> tuple[frozenset, frozenset, frozenset]:
    """metric_words `parties:`, `ranking:` and `party_flows:`, in canonical forms."""
    from factcheck.extract import lexicon

    table = lexicon.load("metric_words")
    return tuple(frozenset(_norm(w) for w in table.get(k) or ()) for k in ("parties", "ranking", "party_flows"))


def _by_party(heads: set[str], mods: set[str]) -> tuple[set[str], set[str]]:
    """A flow broken down by the other party is one series, however the party is named: 'the
    top export destination', 'the main export partners' and 'exports by destination' are
    exports by partner (of the partner the subject names), 'the biggest trading partners'
    trade by partner; a rank says which partner, not which series. The breakdown stays a
    modifier: a claim of 'exports' only may be a partner's figure. A party or a rank beside
    anything else says what it says ('market value', 'the main source of revenue')."""
    parties, ranking, flows = _parties()
    # 'trading partners' are partners in trade
    flow = mods & flows or ({"trade"} if "trading" in mods else set())
    if heads and heads <= parties and len(flow) == 1:
        heads, mods = flow, mods - flow | heads
    if heads & flows:
        if mods & parties:
            mods = mods - parties | {"by-party"}
        # 'the top five source countries' are an aggregate of their own ('the share of arrivals
        # from the top five source countries'): a rank with a count stays
        mods = mods - (ranking if not mods & _COUNTS else frozenset())
    return heads, mods


def names_parties(metric: Optional[str]) -> bool:
    """The head noun of a metric is the other party of a flow ('arrival markets', 'partner
    countries', 'destinations'): a count of it counts the parties, not the flow."""
    h = head(metric)
    return h is not None and _norm(h) in _parties()[0]


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})

# A sale or a purchase across the border is an export or an import ('foreign sales of
# hydrocarbons', 'export sales', 'external purchases'); a domestic one is neither
_ACROSS = frozenset({"export", "import", "foreign", "oversea", "external"})
_TRADED_AS = {"sale": "export", "purchase": "import"}
# 'foreign exchange purchases' buy money, not goods
_MONEY_OF = frozenset({"exchange", "currency", "fx"})

# the currency a change is measured in ("in USD terms", "in yuan terms", "in local currency terms")
_TERMS_OF = {"usd": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "cny": "cny", "rmb": "cny", "yuan": "cny",
             "renminbi": "cny", "eur": "eur", "euro": "eur", "euros": "eur", "jpy": "jpy", "yen": "jpy", "gbp": "gbp",
             "sterling": "gbp", "pound": "gbp", "inr": "inr", "rupee": "inr", "local currency": "local", "local": "local"}
_IN_TERMS = re.compile(r"(?:\bin\s+)?(?<![\w$])(" + "|".join(re.escape(k) for k in sorted(_TERMS_OF, key=len, reverse=True))
                       + r")[\s-]+terms\b")

_SIGN = {"surplus": "+", "deficit": "-", "gap": "-", "surpluses": "+", "deficits": "-", "gaps": "-"}
_POLARITY = {"negative": "-", "positive": "+"}  # the sign of a balance ("a negative trade balance")
# "export earnings", "receipts in remittances": a flow's takings are that flow
_TAKINGS_OF = frozenset({"export", "import", "remittance"})

# adjectives of how a series is measured, not which series it is, when they stand between it
# and its role ('services real growth' is the real growth of services)
_MEASURES = frozenset({"real", "nominal"})
# words ending in -ed that are nouns, not participles
_NOT_PARTICIPLES = frozenset({"need", "needs", "seed", "seeds", "feed", "speed", "shed", "hundred", "bed", "beds", "red"})


def _shares_a_head(last: list[str], measures: frozenset) -> bool:
    """Whether the last of coordinated words ends in the head the others share ('goods and
    services credits'), not in a role or measure of them all ('imports and exports growth',
    'exports and imports value' are two series), and begins with a word like the others: an
    adjective of measure begins a series of its own ('expenditure and net lending')."""
    if last[0] in _MEASURES | {"net", "gross"}:
        return False
    return any(w not in measures and _norm(w) not in measures for w in last[1:])


def _participle_first(content: list[str]) -> list[str]:
    """A past participle after a plural noun modifies it as one before it would: 'persons
    employed' are 'employed persons', 'bonds issued' 'issued bonds'; one that names a series
    itself ('goods imported') stays the head, and after an adjective it is the noun ('the
    registered unemployed')."""
    last = content[-1] if content else ""
    if len(content) >= 2 and len(last) > 4 and last.endswith("ed") and last not in _NOT_PARTICIPLES and _norm(last) == last \
            and content[-2].endswith("s") and not content[-2].endswith(("ss", "ed")):
        return [content[-1], *content[:-1]]
    return content


@functools.lru_cache(maxsize=2)
def _phrases(relating: bool = False) -> list[tuple[str, re.Pattern, str]]:
    """metric_words.yaml `phrase:`: other names of one series ('benchmark interest rate' → 'policy rate'),
    each with its longest word, which a phrase holding it must hold as written (a test far
    cheaper than the pattern's search)."""
    from factcheck.extract import lexicon

    # a word of the name may come inflected ('overnights stays'): its plural 's' is optional
    return [(max(a.split(), key=len), re.compile(r"\b" + r"\s+".join(re.escape(w) + ("" if w.endswith("s") else "s?")
                                                                    for w in a.split()) + r"\b"), f" {b} ")
            for table in ("phrase",) + (() if relating else ("phrase_matching",))
            for a, b in (lexicon.load("metric_words").get(table) or {}).items()]


def canonical_phrase(text: str, relating: bool = False) -> str:
    """A metric phrase in lower case with each multiword name of a series rewritten to the one
    name metric_words.yaml `phrase:` gives it ('gross domestic product' → 'gdp', 'foreign direct
    investment' → 'fdi'): the names that reference matching (metric_key) and the relations
    engine (`relating`: relations.graph.series_words) both read a series by."""
    t = text.replace("’", "'").lower()
    for word, pattern, replacement in _phrases(relating):
        if word in t:
            t = pattern.sub(replacement, t)
    return t


# the canonical words of a signed balance: the relations engine composes a surplus and a deficit
# with opposite signs, so for relating claims they stay three words, not `same:`'s one
_SIGNED = frozenset({"balance"})
# nouns of an act that name a series only beside what they count ('tax collections', 'entries of
# visitors'): alone they are what the extractor calls a figure it could not name better, and a
# bare series' name makes it the whole of every series of that head
_ACTS = frozenset({"collection", "take", "intake", "entry",
                   # a government's accrual 'expenses' are not its cash 'expenditure': the balance
                   # an accrual budget states counts more than revenue less expenses; and a
                   # programme's 'spending' named beside the budget's expenditure lines is often
                   # one of them counted another way ('PSIP spending' within capital expenditure):
                   # the relations engine's spending concept joins them where a balance composes
                   "expense", "spending"})


@functools.lru_cache(maxsize=1)
def _same_groups() -> dict[str, str]:
    from factcheck.extract import lexicon

    return {str(w): str(group[0]) for group in lexicon.load("metric_words").get("same") or () for w in group}


@functools.lru_cache(maxsize=1 << 14)
def series_word(word: str) -> str:
    """A word of a series name (a `words()` lemma) in the canonical form of its `same:` group
    ('shipment' → 'export', 'spending' → 'expenditure', 'jobs' → 'employment'), so that two
    claims naming one series by two nouns meet; a balance's sign words stay apart. Not the
    `alike:` groups, which only compare metrics: 'projected revenue' is no 'revenue versus
    projection'."""
    out = _same_groups().get(word, word)
    return word if out in _SIGNED or word in _ACTS else out


@functools.lru_cache(maxsize=1 << 16)
def series_name_words(metric: Optional[str]) -> tuple[str, ...]:
    """`words()` of a metric phrase read as the same series however it is named: its multiword
    names rewritten (canonical_phrase) and each word in its `same:` group's form (series_word)."""
    if not metric:
        return ()
    return tuple(series_word(w) for w in words(canonical_phrase(metric, relating=True)))


# metric_key's patterns, compiled once (it reads every new metric phrase with them)
_POSSESSIVE_S = re.compile(r"'s\b")
_TRADED_THING = re.compile(r"\b(import|export)ed\s+([a-z-]+)")
_KEY_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")
_COORDINATION = re.compile(r"\s+(?:and|or|&)\s+|\s*/\s*")
_LETTERS = re.compile(r"[a-z]+")
_PHRASE_SPLIT = re.compile(r"\s*(?:[,;(){}\[\]]|\s-\s|\s–\s|\s—\s)\s*")


# British spellings, read as American so that 'labour force' is 'labor force'
_BRITISH = ((re.compile(r"(?<=\w{3})our$"), "or"), (re.compile(r"(?<=\w{2})is(ation|ations|er|ers)$"), r"iz\1"))


def _american(word: str) -> str:
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


@functools.lru_cache(maxsize=1 << 14)
def _norm(word: str) -> str:
    """A word of a metric phrase in its canonical form (American spelling, lemma, the first
    of its `same:` group). Kept per word, as metric_key is per phrase: a phrase's reading
    asks it of each of its words, several times over."""
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
    readings += _other_readings(text)
    return tuple(k for k in (metric_key(r) for r in readings) if k is not None)


# "cocoa output", "mining industry output": the output of a named product or industry is its
# production (the economy's 'output' alone, or 'economic output', is GDP, as `same:` reads it)
_OUTPUT_OF = re.compile(r"\b(?!(?:economic|economy|national|domestic|total|overall|real|nominal|gross|aggregate|"
                        r"the|a|its|their)\b)([a-z][\w-]*)\s+outputs?\b", re.I)
# "passenger arrivals" are passengers (metric_words `phrase:`), and arrivals of passengers
_PASSENGER_ARRIVALS = re.compile(r"\bpassenger\s+(arrivals?)\b", re.I)
# "food inflation", "consumer price inflation": the price growth of the named group
_INFLATION_OF = re.compile(r"^(?P<group>.*?[a-z].*?)\s+inflation\b(?P<rest>.*)$", re.I)


def _other_readings(text: str) -> list[str]:
    """Other readings of a metric phrase that a statistics office and a reporter word
    differently: 'X output' is also 'X production', 'passenger arrivals' also 'arrivals of
    passengers', 'food inflation' also 'food' with inflation for its measure."""
    out = []
    if _OUTPUT_OF.search(text):
        out.append(_OUTPUT_OF.sub(lambda m: f"{m.group(1)} production", text))
    if _PASSENGER_ARRIVALS.search(text):
        out.append(_PASSENGER_ARRIVALS.sub(lambda m: f"{m.group(1)} of passengers", text))
    inflation = _INFLATION_OF.match(text)
    if inflation and ":" not in text:
        out.append(f"{inflation.group('group')}{inflation.group('rest')}, inflation")
    return out


@functools.lru_cache(maxsize=1 << 16)
def metric_key(text: Optional[str]) -> Optional[MetricKey]:
    """'goods and services credits, seasonally adjusted' → heads {credit}, mods {good, service,
    seasonally, adjusted} with (good, service) a pair; 'growth of total imports and exports'
    → heads {import, export}; 'credits: non-monetary gold' → heads {gold}, mods {credit, non-monetary}."""
    if not text:
        return None
    neutral, role, same, places = _metric_lexicon()
    t = _without_regions(text).replace("’", "'").lower()
    for multi in _multiword_places():
        if multi in t:
            t = t.replace(multi, " ")
    t = _POSSESSIVE_S.sub("", t)
    # "exports growth in USD terms" and "in CNY terms" are two series: the currency a change is
    # measured in is kept, as one word (the currency alone stays neutral: a level's unit says it)
    t = _IN_TERMS.sub(lambda m: f", terms-{_TERMS_OF[m.group(1)]},", t)
    # "imported goods" are goods imports, "exported cars" car exports
    t = canonical_phrase(_TRADED_THING.sub(r"\2 \1s", t))
    mods: set[str] = set()
    pairs: set[frozenset] = set()
    # "A: B" is B within A; "B, qualifier" and "B (qualifier)" qualify B
    if ":" in t:
        outer, _, t = t.rpartition(":")
        mods |= {w for w in map(_norm, _KEY_WORD.findall(outer))}
    parts = [p for p in _PHRASE_SPLIT.split(t) if p.strip()]
    if not parts:
        return None
    main, quals = parts[0], parts[1:]
    for q in quals:
        mods |= {_norm(w) for w in _KEY_WORD.findall(q)}
    # "X of Y": when X only says what the number is ('growth of', 'share of', 'value of'),
    # Y is the series; otherwise Y distinguishes X ('imports of goods')
    words_ = _KEY_WORD.findall(main)
    while words_ and words_[0] in ("the", "a", "an"):
        words_.pop(0)
    preps = {"of", "in", "for", "from", "by", "to", "on", "with", "under", "via", "excluding", "including", "among", "at"}
    while True:
        at = next((i for i, w in enumerate(words_) if w in preps), None)
        if at is None:
            break
        front = [w for w in words_[:at] if _norm(w) not in neutral and w not in neutral]
        # "the share of China in exports", "US share of imports": a place before the series is
        # whose share it is (the subject), not a series the figure is counted of
        if all(w in role or _norm(w) in role or w in places for w in front):
            words_ = words_[at + 1:]  # "growth of exports", "value of imports": the series follows
            continue
        mods |= {_norm(w) for w in words_[at + 1:] if w not in ("the", "a", "an", "of", "and", "in", "by", "to", "from")}
        words_ = words_[:at]
        break
    # coordination: heads ('imports and exports') or modifiers ('goods and services credits')
    conj = [list(filter(None, c.split())) for c in _COORDINATION.split(" ".join(words_))]
    conj = [c for c in conj if c]
    heads: set[str] = set()
    if len(conj) > 1 and len(conj[-1]) > 1 and all(len(c) == 1 for c in conj[:-1]) and _shares_a_head(conj[-1], role | neutral):
        pair = frozenset(_norm(c[0]) for c in conj[:-1]) | {_norm(conj[-1][0])}
        pairs.add(pair)
        mods |= pair
        conj = [conj[-1][1:]] if len(conj[-1]) > 1 else [conj[-1]]
    for c in conj:
        content = _participle_first([w for w in c if w not in places])
        # 'exports growth', 'trade volume', 'unemployment rate': the head is the last word
        # that names a series, not the role or the measure; 'real' or 'nominal' before the
        # role ('agriculture real growth') says which measure, and stays a modifier
        dropped = False
        while len(content) > 1 and (content[-1] in role or content[-1] in neutral or _norm(content[-1]) in role | neutral
                                    or (dropped and content[-1] in _MEASURES)):
            if content[-1] in _MEASURES:
                mods.add(content[-1])
            content.pop()
            dropped = True
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
    if len(heads) == 1 and next(iter(heads)) in _TRADED_AS and mods & _ACROSS and not mods & _MONEY_OF:
        flow = _TRADED_AS[next(iter(heads))]
        if not mods & _ACROSS - {flow, "foreign", "oversea", "external"}:  # not 'import sales'
            heads, mods = {flow}, mods - _ACROSS
    heads, mods = _by_party(heads, mods)
    sign = {_SIGN[w] for w in _LETTERS.findall(t) if w in _SIGN}
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
            whole = _coordinated(phrase)
            for rk in metric_keys(phrase):
                if rk.heads & of_items and not rk.heads & ck.heads and (named == rk.mods if whole else named <= rk.mods) \
                        and not any(0 < len(p & named) < len(p) for p in rk.pairs):
                    return True
    return False


_COORDINATED = re.compile(r"\b(?:and|or)\b|[&/]", re.I)


@functools.lru_cache(maxsize=1 << 12)  # (a reference's phrases, asked again for each claim matched against it)
def _coordinated(phrase: str) -> bool:
    return bool(_COORDINATED.search(phrase))


def unstated(claim_metric: Optional[str], ref: Reference) -> int:
    """How many modifiers of a reference's metric the claim's does not state (the fewest over
    their readings and the reference's aliases)."""
    return _unstated(claim_metric, (ref.metric, *ref.aliases))


@functools.lru_cache(maxsize=1 << 16)
def _unstated(claim_metric: Optional[str], phrases: tuple[str, ...]) -> int:
    # and a currency the claim measures its change in that the reference does not state; not
    # 'goods' of a flow of trade ('imports' unqualified are what a statistics office counts as
    # 'imports of goods'; 'energy imports' are a part of them)
    counts = [len(rk.mods - ck.heads - ck.mods - (_GOODS if rk.heads & _TRADE_FLOWS and not rk.pairs else set()))
              + sum(1 for m in ck.mods - rk.mods if m.startswith("terms-"))
              for ck in metric_keys(claim_metric) for phrase in phrases for rk in metric_keys(phrase)]
    return min(counts, default=0)


_GOODS = frozenset({"merchandise"})
_TRADE_FLOWS = frozenset({"export", "import", "trade", "balance"})


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


@functools.lru_cache(maxsize=1 << 14)  # pure (MetricKey is frozen): three calls in four repeat a pair
def _key_score(ck: MetricKey, rk: MetricKey) -> int:
    if rk.heads != ck.heads:
        return 0
    cm, rm = set(ck.mods), set(rk.mods)
    # a balance with no sign stated is either: 'trade balance' may be a surplus
    if not (cm & {"+", "-"}) or not (rm & {"+", "-"}):
        cm -= {"+", "-"}
        rm -= {"+", "-"}
    # so is a change whose currency one side leaves unsaid: only two currencies stated differ
    ct, rt = {m for m in cm if m.startswith("terms-")}, {m for m in rm if m.startswith("terms-")}
    if not ct or not rt:
        cm -= ct
        rm -= rt
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


@functools.lru_cache(maxsize=1 << 12)
def clause_words(text: str) -> frozenset:
    """The words of a clause in the canonical forms metric keys use, with the series its
    words name together: imports and exports are trade, a surplus or a deficit a sign of a
    balance, a partner word a breakdown by party."""
    t = canonical_phrase(text)
    out = {_norm(w) for w in _KEY_WORD.findall(_POSSESSIVE_S.sub("", t))}
    if {"import", "export"} <= out:
        out.add("trade")
    out |= {_SIGN[w] for w in _LETTERS.findall(t) if w in _SIGN}
    if out & _parties()[0]:
        out.add("by-party")
    return frozenset(out)


def _reference_keys(ref: Reference) -> list[MetricKey]:
    """The metric keys of a reference's metric and of each alias: every reading of its series."""
    return [rk for phrase in (ref.metric, *ref.aliases) for rk in metric_keys(phrase)]


def named_in(text: Optional[str], ref: Reference) -> int:
    """How many words of a reference's series a clause names, when it names every head and
    modifier of one reading of its metric or an alias ('exports of goods to the euro area'
    in 'goods exported to the euro area rose 9.2%'); 0 when it leaves one unsaid."""
    if not text:
        return 0
    said = clause_words(text)
    best = 0
    for rk in _reference_keys(ref):
        named = rk.heads | rk.mods
        if named <= said:
            best = max(best, len(named))
    return best


# a comma (not one inside a number), a semicolon or a colon: where a clause or an item of a
# list ends (not a dash: '27.8 percent - for enterprises' ties a figure to its label)
_ITEM_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:]")


def figure_item(text: str, at: tuple[int, int]) -> str:
    """The words around a figure (its span `at` in the sentence) up to the nearest comma,
    semicolon or colon on either side: the item of a list that states it ('Clothing & Footwear
    with 4.9 percent', 'Food and Non-Alcoholic Beverages (14.8 percent)') or its clause ('debt
    issuances totalled SAR 114.86 bn')."""
    start = max((m.end() for m in _ITEM_BREAK.finditer(text, 0, at[0])), default=0)
    after = _ITEM_BREAK.search(text, at[1])
    return text[start: after.start() if after else len(text)]


def unsaid_in(item: str, text: str, ref: Reference) -> Optional[int]:
    """How few words of a reference's series, named in full by the clause `text`, the item
    around the figure leaves unsaid (`figure_item`): in 'Debt issuances totalled SAR 114.86
    bn, including SAR 54.04 bn in external debt' the first figure's item names all of 'debt
    issuance' and not 'external'. None when the item names no word of it."""
    said, near = clause_words(text), clause_words(item)
    counts = [len(named - near) for rk in _reference_keys(ref) for named in [rk.heads | rk.mods]
              if named <= said and named & near]
    return min(counts, default=None)


def heads_in(item: str, text: str, ref: Reference) -> int:
    """How many words of a reference's series a clause names (`text`), when the item around
    the figure (`figure_item`) names every head of one reading of it: 'Imports amounted to
    435.2 billion dirhams (+6.4%)' names the head of 'imports of goods'. 0 when it names none."""
    near, said = clause_words(item), clause_words(text)
    phrases = (ref.metric, *ref.aliases)
    return max((len((rk.heads | rk.mods) & said) for rk in _reference_keys(ref)
                if rk.heads <= near and not _qualified_otherwise(item, rk.heads, phrases)), default=0)


# a head noun and the phrase after it that says by which way it went ('exports by rail', 'arrivals
# by sea', 'remittances via banks'): an 'of' or 'from' phrase often names the place or the item
# instead ('the population of Flanders', 'exports of the commodity')
_HEAD_AND_PHRASE = re.compile(r"([A-Za-z][\w'’-]*)\s+((?:by|via)\s+(?:the\s+)?[A-Za-z][\w'’-]*"
                              r"(?:\s+(?!and\b|or\b|was\b|were\b|is\b|are\b|rose\b|fell\b)[A-Za-z][\w'’-]*)?)")


def _qualified_otherwise(item: str, heads: frozenset, phrases: tuple[str, ...]) -> bool:
    """The item names the head with a phrase after it that makes it another series than the
    reference's ('exports by rail' against 'exports by air'): metric_score reads the head and
    its phrase as a metric of their own."""
    for m in _HEAD_AND_PHRASE.finditer(item):
        if _norm(m.group(1)) in heads and metric_keys(m.group(0)) and not _metric_score(m.group(0), phrases):
            return True
    for m in _NOUN_AND_HEAD.finditer(item):
        if _norm(m.group(2)) in heads and not m.group(1).lower().endswith(_ADJECTIVE_ENDINGS) \
                and m.group(1).lower() not in _metric_lexicon()[0] and not _metric_score(m.group(0), phrases):
            return True
    return False


# a noun before a head that says which series it is ('goods exported', 'services exports'); not an
# adjective of how it was measured or reported ('average occupancy', 'achieved imports')
_NOUN_AND_HEAD = re.compile(r"\b([A-Za-z][\w-]*s)\s+([A-Za-z][\w'’-]*)")
_ADJECTIVE_ENDINGS = ("ss", "us", "is", "ous")


def told_apart(item: str, ref: Reference, others: list[Reference]) -> bool:
    """The item around a figure names a word by which another series of the same head is told
    apart from this reference's ('by rail' against 'exports by air' beside 'exports by rail')."""
    own = {w for rk in _reference_keys(ref) for w in rk.heads | rk.mods}
    heads = {h for rk in _reference_keys(ref) for h in rk.heads}
    theirs = {w for r in others if r is not ref for rk in _reference_keys(r)
              if rk.heads & heads for w in rk.mods}
    return bool((theirs - own) & clause_words(item))


def distance_to(text: str, at: tuple[int, int], ref: Reference) -> int:
    """How far from the figure (its span `at` in the clause) the clause names the head of a
    reference's series, in words, a comma or another figure between counting as a clause
    apart: in 'exports rose to €45.0 billion, while imports reached €36.4 billion' the first
    figure is of exports, the second of imports."""
    heads = {h for rk in _reference_keys(ref) for h in rk.heads}
    low = text.lower()
    found = []
    for m in _KEY_WORD.finditer(low):
        if _norm(m.group(0)) not in heads:
            continue
        between = low[m.end(): at[0]] if m.end() <= at[0] else low[at[1]: m.start()] if m.start() >= at[1] else ""
        found.append(len(_KEY_WORD.findall(between)) + _APART * len(_CLAUSE_APART.findall(between)))
    return min(found, default=_APART * len(text))


# a comma, a semicolon, a bracket or another figure between a word and a figure
_CLAUSE_APART = re.compile(r"[,;:()]|\d+(?:[.,]\d+)*")
_APART = 10


def series_heads(metric: Optional[str]) -> set[str]:
    """The head noun of a metric phrase, and when that only names the figure's role ('exports
    growth', 'arrivals share') the heads of the series it is the role of."""
    h = head(metric)
    if h is None:
        return set()
    if h not in _metric_lexicon()[1]:
        return {h}
    return {h}.union(*(k.heads for k in metric_keys(metric)))
