"""Bare amounts: the currency a scaled figure leaves unsaid.

News copy names a currency once and then drops it: "If calculated in USD, the total was
USD1.749 trillion … The trade surplus was 130.47 billion", "Defense expenditures will
increase to a record 4.98 trillion (USD 42 billion)" in a yen budget story. The number
grammar reads such a figure as a count; here a figure with a scale word that measures
a money series (its metric's head is a surplus, exports, revenue, spending …) takes the
currency of the money figure before it in its paragraph, else the article's own
currency (the one its figures are stated in, not converted to). A figure with no money
before it in its article ("a budget of 267.5 billion" in a headline, "a trade deficit of
126.3 million" in a story that never names its currency) takes, once the article is read,
the currency its other figures are stated in, else that of the country it is about.
Pure: no I/O.
"""

from __future__ import annotations

import collections
import functools
import re
from typing import Callable, Optional

from factcheck.extract import lexicon
from factcheck.extract.conventions import BARE_DOLLAR, OTHER_DOLLARS
from factcheck.extract.kinds import K
from factcheck.extract.numbers import SCALE_ABBR, another_size
from factcheck.extract.worded_signs import negative_by_word
from factcheck.quantities import PER
from factcheck.models import Claim

# a scale word, or its abbreviation after the figure ("$3bn", "119.7bln", "3 mln")
_SCALED = re.compile(rf"(?:thousand|million|billion|trillion|crore|lakh|\d\s?{SCALE_ABBR}\b)", re.I)
# Head nouns of series measured in money (a surplus of 3 billion is never 3 billion things)
_MONEY_HEADS = frozenset({"surplus", "deficit", "balance", "export", "import", "trade", "revenue", "receipt", "earning",
                          "budget", "spending", "expenditure", "outlay", "profit", "income", "investment", "gdp",
                          "debt", "borrowing", "reserve", "turnover", "remittance", "loan", "tax", "subsidy", "cost",
                          "fund", "funding", "capex", "payment", "value", "bill", "resource", "grant",
                          "price", "valuation", "wage", "salary", "fee", "fine"})


def _measures_money(metric: Optional[str]) -> bool:
    from factcheck.matching import metric_keys, words

    for key in metric_keys(metric):
        if key.heads & _MONEY_HEADS:
            return True
    return bool(set(words(metric)) & _MONEY_HEADS)


def give_currencies(mine: list[Claim], earlier: list[Claim]) -> None:
    """Turn the bare scaled counts of one sentence (`mine`) that measure money into money of
    the currency in force: the last money figure of their paragraph, else the currency
    most of the article's figures so far are stated in."""
    _give_coordinated_currency(mine)
    candidates = [c for c in mine if c.kind == K.COUNT and c.unit == "count" and not c.context.get("counted")
                  and _SCALED.search(c.surface)]
    if not candidates:
        return
    _give_restated_currency(mine, candidates)
    _give_conversion_currency(mine, candidates, earlier)
    _give_repeated_figure_currency(candidates, earlier)
    _give_terms_currency(candidates)
    _give_sibling_currency(mine, candidates)
    _give_antecedent_currency(candidates, earlier, mine)
    _give_chained_currency(candidates, earlier, mine)
    candidates = [c for c in candidates if c.kind == K.COUNT]
    if not candidates or not any(_money_series(c) for c in candidates):
        return
    paragraph = mine[0].context.get("paragraph", -1)
    given = None
    for c in candidates:
        if not _money_series(c):
            continue
        before = [p for p in [*earlier[-40:], *mine] if p.kind == K.MONEY and "/" not in p.unit
                  and not p.context.get("converted") and p.context.get("paragraph", -1) == paragraph
                  and p.span[0] < c.span[0]]
        currency = before[-1].unit if before else _article_currency(earlier)
        if currency:
            _implied_money(c, currency)
            given = currency
    for c in candidates:
        # "exports totaled 13.2 billion and 11.9 billion", "from 566.1 billion in 2012, exports
        # leapt to 637.3 billion": a figure of no series of its own, before or after, is that money
        if c.kind == K.COUNT and c.metric is None and given is not None:
            _implied_money(c, given)


# "£3m and 520,000", "£3 million to schools and 450,000 to clinics": a money figure, perhaps its
# prepositional phrase, then "and"/"or"/"plus" and the bare figure, with no verb of its own between
_COORDINATED_AFTER_MONEY = re.compile(
    r"(?:\s+(?:on|to|for|in|from|at|into)\s+[^,;:()\d]{1,30}?)?\s*,?\s+(?:and|or|plus)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|another|a\s+further|a\s+total\s+of)\s+)?$", re.I)


def _give_coordinated_currency(mine: list[Claim]) -> None:
    """A bare unscaled figure (no currency, no scale, no noun it counts) coordinated with a
    money figure of its own sentence is an amount of that money: "grants of £3m and 520,000 in
    loans", "€2.1 million on roads and 640,000 on parks". Not "£3m and hired 1,200" (a verb
    of its own) nor "£3m and 1,200 workers" (a noun it counts)."""
    for i, c in enumerate(mine):
        if i == 0 or c.kind != K.COUNT or c.unit != "count" or c.context.get("counted") or _SCALED.search(c.surface) \
                or c.end is not None or c.value < 1000 or not re.search(r"\d[,.\s]\d{3}\b|\d{4}", c.surface):
            continue
        money = mine[i - 1]
        if money.kind != K.MONEY or "/" in money.unit or money.context.get("converted") \
                or money.sentence is not c.sentence and money.sentence != c.sentence:
            continue
        where, at = c.sentence.find(money.surface), c.sentence.find(c.surface)
        if where < 0 or at <= where or not _COORDINATED_AFTER_MONEY.fullmatch(c.sentence[where + len(money.surface):at]):
            continue
        _implied_money(c, money.unit)


def _implied_money(c: Claim, currency: str) -> None:
    """A bare figure the text shows to be an amount of `currency`, which it does not print
    (signed as a balance a word makes negative is: "a negative trade balance of 900.2 billion")."""
    c.kind, c.unit = K.MONEY, currency
    c.context["currency_implied"] = True
    where = (c.sentence or "").find(c.surface)
    if c.value > 0 and c.end is None and where >= 0 and negative_by_word(c.sentence, where, where + len(c.surface)):
        c.value = -c.value


def _give_terms_currency(candidates: list[Claim]) -> None:
    for c in candidates:
        if c.kind == K.COUNT and not counts_people_or_things(c.metric) and (code := _currency_terms(c.sentence)):
            _implied_money(c, code)


def _currency_terms(sentence: str) -> Optional[str]:
    """The currency a sentence says its amounts are reckoned in: "In US dollar terms,
    remittances rose 25% to 1.27 billion" (a currency whose name no country shares)."""
    if " terms" not in sentence:
        return None
    m = _terms_pattern().search(sentence)
    if m is None:
        return None
    from factcheck.extract.numbers import ISO_CODES, currency_from_name

    code = currency_from_name(m.group("name"))
    return code if code in ISO_CODES else None


@functools.cache
def _terms_pattern() -> re.Pattern:
    from factcheck.extract.numbers import CURRENCY_NAME, ISO_CODE_ALT

    return re.compile(rf"\b[Ii]n\s+(?:the\s+)?(?P<name>(?i:{CURRENCY_NAME})|{ISO_CODE_ALT})\s+terms\b")


def _money_series(c: Claim) -> bool:
    """The figure measures money: its series is a money series, a verb of paying or earning
    takes it as its object ("Togo earned 561.1 billion from exports", "tourism generated 1.1
    billion"), a preposition of value governs it ("worth 450 million", "valued at 2.3 billion"),
    or it heads a reduced relative of such a verb ("compared to the 404.46 million earned in
    the previous cycle")."""
    return _named_money(c) or _valued(c)


def _named_money(c: Claim) -> bool:
    """Its series is a money series, or a verb of paying or earning takes it as its object."""
    return _measures_money(c.metric) or _MONEY_VERB_BEFORE.search(_text_before(c)) is not None


def _valued(c: Claim) -> bool:
    """A word of value governs the figure ("worth 2 billion", "raised 3 million", "the 4
    million spent"): money, but of no currency unless the text names one (a country's own is
    too bold a guess for "a market worth over 2 billion")."""
    if _VALUE_WORD_BEFORE.search(_text_before(c)) is not None:
        return True
    where = c.sentence.find(c.surface)
    return where >= 0 and _DETERMINER_BEFORE.search(c.sentence, max(0, where - 12), where) is not None \
        and _MONEY_PARTICIPLE_AFTER.match(c.sentence, where + len(c.surface)) is not None


def _text_before(c: Claim) -> str:
    where = c.sentence.find(c.surface)
    return c.sentence[max(0, where - 60):max(0, where)]


_BEFORE_FIGURE = (r"\s+(?:(?:about|around|some|roughly|nearly|almost|over|under|just|only|a\s+total\s+of|an\s+estimated|"
                  r"a\s+record|more\s+than|less\s+than|up\s+to)\s+)*$")
_MONEY_VERB_BEFORE = re.compile(
    r"\b(?:earn(?:ed|s|ing)?|spen(?:t|ds?|ding)|paid|pays?|cost(?:s|ing)?|invest(?:ed|s|ing)?|borrow(?:ed|s|ing)?|"
    r"ow(?:ed|es|ing)|lent|lends?|disbursed|allocated|budgeted|fetched|netted|grossed)" + _BEFORE_FIGURE, re.I)
_VALUE_WORD_BEFORE = re.compile(
    r"\b(?:generat(?:ed|es?|ing)|rais(?:ed|es?|ing)|collect(?:ed|s|ing)?|(?:brought|brings?|bringing|raked|rakes?)\s+in|"
    r"worth|(?:valued|priced)\s+(?:(?!at\b)[A-Za-z'’-]+\s+){0,4}?at)" + _BEFORE_FIGURE, re.I)
# "the 404.46 million earned in 2015", "of the 3 billion spent last year": a determiner, the
# figure, then a past participle of paying or earning with no object of its own (a preposition,
# a time word or a stop follows), so the figure is what was earned ("3 million earned less
# than" has a subject, not a reduced relative: no determiner before it)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|those|these)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
                                re.I)
_MONEY_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:earned|spent|paid(?:\s+out)?|invested|raised|collected|generated|disbursed|allocated|budgeted|borrowed|"
    r"lent|owed)(?=\s*[,.;)]|\s*$|\s+(?:in|on|from|during|over|through|by|for|last|this|a|an|the|previous|so\s+far)\b)",
    re.I)


def _give_restated_currency(mine: list[Claim], candidates: list[Claim]) -> None:
    """An amount in words restated in digits in brackets ("a trillion one hundred and eighty
    seven billion (1,187,000,000,000) Somaliland Shillings"), or the other way round: one
    amount, in the currency the restatement names."""
    for c in candidates:
        for other in mine:
            if other.kind == K.MONEY and other.value == c.value and _bracketed_pair(c, other):
                _implied_money(c, other.unit)
                break


def _give_conversion_currency(mine: list[Claim], candidates: list[Claim], earlier: list[Claim]) -> None:
    """A bare scaled figure in brackets right after an amount of another size ("tourists spent
    LE 218.1 billion (12.2 billion)") is its conversion, into the currency the article's own
    figures before it are mostly stated in, where that is another currency ("$5.4 billion …
    $6.8 billion"); with no such currency it is left to the rules after."""
    for c in candidates:
        other = next((p for p in mine if p.kind == K.MONEY and "/" not in p.unit and p.span[1] <= c.span[0]
                      and _bracketed_pair(c, p)), None)
        if other is None or c.kind != K.COUNT or not another_size(other.value, c.value):
            continue
        currency = _article_currency(earlier)
        if currency and currency != other.unit:
            _implied_money(c, currency)
            c.context["converted"] = True


def _give_repeated_figure_currency(candidates: list[Claim], earlier: list[Claim]) -> None:
    """A bare scaled figure that repeats an amount the article stated earlier with its
    currency is that amount again: a headline's "Budget deficit SRD 6.8 billion" is the body's
    "the budget deficit is 6.8 billion"; "2,453.1 billion CFA … took the total up to 2,759.58
    billion" after "compared to 2,759.58" (CFA francs). Only where every earlier amount of that
    value is in one currency."""
    for c in candidates:
        if c.kind != K.COUNT:
            continue
        currencies = {p.unit for p in earlier if p.kind == K.MONEY and p.value == c.value and "/" not in p.unit
                      and not p.context.get("converted") and p.precision == c.precision}
        if len(currencies) == 1:
            _implied_money(c, currencies.pop())


# "Togo earned CFA561.1 billion from exports in 2020. The following year, the number grew to 598.8
# billion": a noun that stands for the figure before it ("the figure", "the total", "that
# amount"; "the number" with no "of" naming what it counts) is the subject of the bare figure
_ANAPHOR_BEFORE = re.compile(
    r"\b(?:the|that|this|the\s+same)\s+(?:figure|number|total|amount|sum|tally)\s+(?:(?:has|had|have)\s+)?"
    r"(?:(?:also|then|further|since)\s+)?(?:was|is|were|stood\s+at|reached|hit|totall?ed|came\s+to|(?:rose|risen|grew|"
    r"grown|climbed|jumped|increased|fell|fallen|dropped|declined|decreased|slipped|shrank|shrunk|surged|soared|"
    r"swelled|reached)\s+to)" + _BEFORE_FIGURE, re.I)
_ANTECEDENT_KINDS = (K.MONEY, K.COUNT, K.MEASURE)


def _give_antecedent_currency(candidates: list[Claim], earlier: list[Claim], mine: list[Claim]) -> None:
    """A bare scaled figure that a noun standing for the figure before it is said to be, or to
    have moved to, is in that figure's money: the antecedent is the last amount of the
    paragraph before it (a count there, "arrivals hit 1.2 million; the figure rose to 1.4
    million", keeps it a count)."""
    for c in candidates:
        if c.kind != K.COUNT or _ANAPHOR_BEFORE.search(_text_before(c)) is None:
            continue
        paragraph = c.context.get("paragraph", -1)
        before = [p for p in [*earlier[-40:], *mine] if p.kind in _ANTECEDENT_KINDS and p is not c
                  and p.context.get("paragraph", -1) == paragraph and p.span[0] < c.span[0]]
        if before and before[-1].kind == K.MONEY and "/" not in before[-1].unit \
                and not before[-1].context.get("converted"):
            _implied_money(c, before[-1].unit)


def _give_chained_currency(candidates: list[Claim], earlier: list[Claim], mine: list[Claim]) -> None:
    """A bare figure of the same scale as the money of the sentence before it, in a text of one
    currency, continues that account: "The budget is set at 300 billion gourdes. Health gets 30
    billion, education 45 billion." Only where its own sentence states no money and counts no
    scaled things, the sentence before (of its paragraph) states money of that one currency and
    counts no scaled things, and nothing names what the figure counts."""
    left = [c for c in candidates if c.kind == K.COUNT and not counts_people_or_things(c.metric) and not _counted_before(c)]
    if not left or any(p.kind == K.MONEY or p.kind == K.COUNT and p.context.get("counted") and _SCALED.search(p.surface)
                       for p in mine):
        return
    paragraph = left[0].context.get("paragraph", -1)
    if not earlier or earlier[-1].context.get("paragraph", -1) != paragraph:
        return
    before = [p for p in earlier[-20:] if p.sentence is earlier[-1].sentence or p.sentence == earlier[-1].sentence]
    money = [p for p in before if p.kind == K.MONEY and "/" not in p.unit and not p.context.get("converted")]
    currencies = {p.unit for p in earlier if p.kind == K.MONEY and "/" not in p.unit and not p.context.get("converted")}
    if not money or len(currencies) != 1 or any(p.kind in (K.COUNT, K.MEASURE) and _SCALED.search(p.surface)
                                                and p.kind != K.MONEY for p in before):
        return
    scales = {_scale_word(p.surface) for p in money}
    for c in left:
        where = c.sentence.find(c.surface)
        # the figure is an object or a complement ("Health gets 30 billion"), never the subject
        # opening its sentence ("Some 1.2 million earned less than the minimum wage": people)
        if _scale_word(c.surface) in scales and where > 0 and not _OPENING_FIGURE.fullmatch(c.sentence[:where]):
            _implied_money(c, money[-1].unit)


_OPENING_FIGURE = re.compile(r"\s*(?:(?:the|some|about|around|nearly|almost|roughly|over|more\s+than|another|a\s+further|"
                             r"an\s+estimated|just|only|up\s+to)\s+)*", re.I)


def _scale_word(surface: str) -> Optional[str]:
    m = _SCALED.search(surface)
    if m is None:
        return None
    word = m.group(0).lower().lstrip("0123456789 ")
    return {"bn": "billion", "b": "billion", "bln": "billion", "m": "million", "mn": "million", "mln": "million",
            "k": "thousand", "tn": "trillion", "trn": "trillion"}.get(word, word)


def _bracketed_pair(a: Claim, b: Claim) -> bool:
    first, second = sorted((a, b), key=lambda c: c.span[0])
    where = first.sentence.find(first.surface)
    if where < 0:
        return False
    start = first.span[0] - where
    between = first.sentence[max(0, first.span[1] - start): max(0, second.span[0] - start)]
    return between.strip() == "("


def _give_sibling_currency(mine: list[Claim], candidates: list[Claim]) -> None:
    """A bare scaled figure beside money figures of one currency in its own sentence, and
    beside no scaled count of things, is an amount of that currency whatever its metric:
    "the biggest deficit was in oil – 711.7 million, and the biggest excess in electricity
    – 275.1 million KM", "total trade was 483.6m, of which exports earned $95.7m". A series
    counted in people or things ("the population reached 17.3 million") keeps its count."""
    money = [p for p in mine if p.kind == K.MONEY and "/" not in p.unit and not p.context.get("converted")]
    if len({p.unit for p in money}) != 1 or any(p.kind == K.COUNT and p.context.get("counted")
                                                and _SCALED.search(p.surface) for p in mine):
        return
    for c in candidates:
        # one clause, and no conversion: "4.98 trillion (USD 42 billion)" is yen
        if not counts_people_or_things(c.metric) and not _counted_before(c) and all(_same_clause(c, p) for p in money):
            _implied_money(c, money[0].unit)


def _counted_before(c: Claim) -> bool:
    """The words before a figure that has no series of its own name people or things and no
    money: "tourist arrivals have boomed, reaching over 1.2 million last year and attracting
    earnings of $1.7 billion" counts arrivals ("tourist receipts reached 1.5 billion" is money)."""
    if c.metric is not None:
        return False
    before = _text_before(c)
    return counts_people_or_things(before) and not _measures_money(before)


def _same_clause(a: Claim, b: Claim) -> bool:
    """No semicolon or bracket between two figures of one sentence."""
    where = a.sentence.find(a.surface)
    if where < 0:
        return False
    start = a.span[0] - where
    first, second = sorted((a, b), key=lambda c: c.span[0])
    between = a.sentence[max(0, first.span[1] - start): max(0, second.span[0] - start)]
    return not any(ch in between for ch in ";()[]")


# Head words of series counted in people or things, whose scaled figures stay counts
_COUNT_HEADS = frozenset({"population", "people", "person", "persons", "resident", "residents", "inhabitant",
                          "inhabitants", "tourist", "tourists", "visitor", "visitors", "arrival", "arrivals",
                          "passenger", "passengers", "worker", "workers", "job", "jobs", "employment",
                          "birth", "births", "death", "deaths", "migrant", "migrants", "household", "households",
                          "subscriber", "subscribers", "user", "users", "vehicle", "vehicles", "unit", "units",
                          "night", "nights", "stay", "stays", "student", "students", "voter", "voters", "case", "cases"})


def counts_people_or_things(metric: Optional[str]) -> bool:
    from factcheck.matching import words

    return bool(set(words(metric)) & _count_words())


@functools.cache
def _count_words() -> frozenset:
    """The count heads as matching.py reads words ("arrivals" is read "tourist")."""
    from factcheck.matching import words

    return _COUNT_HEADS | frozenset(words(" ".join(sorted(_COUNT_HEADS))))


def redenominated(claims: list[Claim], day: Optional[str]) -> None:
    """Amounts in a currency that replaced an older one under a new ISO code are in the old
    one in an article dated before the change (lexicon/money.yaml "redenominated"): "2,000
    dobra" in a 2000 report is STD, the dobra of a thousand times less."""
    if not day:
        return
    changes = {new: old for new, (old, since) in _redenominations().items() if day < since}
    if not changes:
        return
    for c in claims:
        if c.kind == K.MONEY and any(code in c.unit for code in changes):
            c.unit = PER.join(changes.get(part, part) for part in c.unit.split(PER))


def oil_in_us_dollars(claims: list[Claim]) -> None:
    """A price per barrel printed with a bare "$" is in US dollars in any dollar country's
    text: crude is priced in them the world over ("the WCS-WTI discount peaked at more than
    $52 a barrel" beside "Alberta Premier"). A prefixed dollar ("C$60 a barrel") keeps its own."""
    for c in claims:
        currency, _, per = c.unit.partition(PER)
        if c.kind == K.MONEY and per == "barrel" and currency in OTHER_DOLLARS and BARE_DOLLAR.search(c.surface):
            c.unit = f"USD{PER}barrel"


@functools.cache
def _redenominations() -> dict[str, tuple[str, str]]:
    return {new: (old, str(since)) for new, (old, since) in lexicon.load("money")["redenominated"].items()}


def give_article_currency(claims: list[Claim], home_currency: Callable[[], Optional[str]]) -> None:
    """After the whole article: its bare scaled money-series figures that nothing before
    them gave a currency take the currency of the article's own figures, else
    `home_currency()` (its country's, asked only when needed)."""
    bare = [c for c in claims if c.kind == K.COUNT and c.unit == "count" and not c.context.get("counted")
            and _SCALED.search(c.surface)]
    left = [c for c in bare if _money_series(c)]
    # a heading's bare amount ("Half a billion to NunaGreen and Kalaallit Airports") is restated
    # below with its currency ("the half a billion kroner investments")
    _give_restated_below([c for c in bare if c not in left and _heading(c.sentence)], claims)
    if not left:
        return
    # a headline's figure the body restates with its currency ("Tourism Earnings Soar to Five
    # Trillion" before "raking in 2.3 billion US dollars (over 5tri/-)") is in that currency
    _give_restated_below(left, claims)
    left = [c for c in left if c.kind == K.COUNT]
    if not left:
        return
    named = _article_currency(claims)
    currency = named or home_currency()
    for c in left:
        if currency and (named or _named_money(c)):  # a word of value alone takes no home currency
            _implied_money(c, currency)


def _give_restated_below(bare: list[Claim], claims: list[Claim]) -> None:
    """A bare figure that the article states again with a currency, a conversion's too, is in
    that currency: where every amount of that value and precision is in one currency."""
    for c in bare:
        currencies = {p.unit for p in claims if p is not c and p.kind == K.MONEY and "/" not in p.unit
                      and p.value == c.value and p.precision == c.precision}
        if len(currencies) == 1:
            _implied_money(c, currencies.pop())


def _heading(sentence: str) -> bool:
    """A heading: a short line with no closing stop."""
    line = (sentence or "").strip()
    return bool(line) and line[-1] not in ".!?;:,\"'’”)" and len(line.split()) <= 12


def _article_currency(claims: list[Claim]) -> Optional[str]:
    """The currency most of an article's own (not converted) money figures are stated in."""
    counts = collections.Counter(c.unit for c in claims if c.kind == K.MONEY and "/" not in c.unit
                                 and not c.context.get("converted"))
    return counts.most_common(1)[0][0] if counts else None


# Whose money it is: the lexicon's currency-to-country table read both ways (the country an
# article's currency points to dates its fiscal years; a country's currency is a desk's
# home-country setting and a bare figure's last resort).
@functools.cache
def _currency_countries() -> dict[str, str]:
    return dict(lexicon.load("currency_countries"))


def country_of_currency(code: Optional[str]) -> Optional[str]:
    return _currency_countries().get(code or "")


def currency_of_country(country: Optional[str]) -> Optional[str]:
    """The currency the lexicon's currency-to-country table gives a country (Tonga's pa'anga,
    Haiti's gourde); None for a country it does not list or lists twice."""
    key = (country or "").strip().lower()
    codes = [code for code, place in _currency_countries().items() if place.lower() == key] if key else []
    return codes[0] if len(codes) == 1 else None
