"""A rate whose denominator is printed away from its number (issue 9).

Most rates carry their denominator right after the figure ("$58.24 per barrel", nouns.per_unit).
News also puts it in the subject the figure is predicated of, or after a conversion:

- "Average expenditure per tourist was $598", "cases per 100,000 people rose to 45";
- "average hourly earnings rose by 4 cents to $25.25", "a daily arrival average of 5,159";
- "the average room rate rose 1.2 per cent to S$221" (a hotel's rates are per room-night);
- "(8 trillion rubles, or $87.3 bln, per year)", "€120 ($130) a head", "€191 per kilogram
  (about US$204)": one rate, twice;
- "USD 78.8 per ton last year while it increased to USD 85.0": the same price, later.

The subject's denominator reaches the first money, count or measure after it with no other
number between, and the figures chained to that one by a change or comparison ("rose by 4
cents to $25.25", "161 dollars (366,275/-) compared to 178 dollars"); a clause break (";",
"while", "but", "and") ends it. Percentages keep their unit: "GDP per capita grew 3.2%".
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import lexicon
from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.nouns import per_unit, singular
from factcheck.extract.units import match_physical_unit
from factcheck.quantities import PER, rate_parts
from factcheck.extract.patterns import CLOSE_BRACKET, CONVERSION_OPENS, OPEN_BRACKET, LazyPattern, lazy

__all__ = ["carry_denominators", "pay_spans", "price_unit"]

_ADJECTIVE_SPAN = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month"}
_SUBJECT = lazy(
    r"\b(?:(?P<adj>hourly|daily|nightly|weekly|monthly)\s+(?:[a-z]+[\s-]){0,2}?"
    r"(?:earnings|wages?|pay|salar(?:y|ies)|incomes?|rents?|allowances?|pensions?|spending|spend|expenditures?|"
    r"amounts?|average|rates?|run-rate|fees?|costs?|arrivals?|production|output|"
    # a flow of goods or people counted per the span ("daily crude exports averaged 900,000
    # barrels", "daily passenger traffic hit 45,000")
    # (of goods or people, daily or hourly: _flow_per_day)
    r"(?P<flow>exports|imports|shipments|sales|consumption|demand|traffic|flights|passengers|visitors|throughput|"
    r"deliveries|loadings|flows?|supply|generation|catch|landings|volumes?))"
    r"|(?P<avgadj>average\s+(?:hourly|daily|nightly|weekly|monthly))(?=\s+[a-z])"  # "average daily footfall"
    r"|(?P<room>room\s+rates?|revenue\s+per\s+available\s+room|RevPAR)"
    r"|(?P<avg>average\s+(?:expenditure|spending|spend|outlay))"
    r"|(?P<lead>^Per\s+(?:capita|head))"  # a sentence that opens on its denominator: "Per capita spending fell to €490"
    r"|(?=\s(?:per|every)\s))\b", re.I)
# whose average spending is a sum per head (not "people", which any sentence may name)
_PEOPLE_IN_SENTENCE = lazy(r"\b(tourists|visitors|travell?ers|guests|holidaymakers|arrivals|shoppers)\b", re.I)
_GAP_LIMIT = 80  # characters from the subject's denominator to its figure
_CHAIN_LIMIT = 45  # from one figure to the next it is compared with
# the subject may coordinate ("production and nonsupervisory employees"); figures may not
_SUBJECT_STOP = lazy(r"[;]|\b(?:while|whereas|but|respectively|which|who)\b", re.I)
_STOP = lazy(r"[;]|\b(?:and|while|whereas|but|respectively|which|who)\b", re.I)
_KEEP_UNIT = (K.PERCENT, K.PERCENTAGE_POINT)
_CONVERSION_GAP = lazy(r"\s*(?:,\s*or|\(|/)\s*")
# (a rate's figure and its conversion in brackets, nothing between: patterns.CONVERSION_OPENS)
_AFTER_CONVERSION = lazy(r"\s*[),]")


def carry_denominators(sentence: str, mentions: list[Mention], pay_spans: Optional[dict] = None,
                       price_unit: Optional[str] = None) -> list[Mention]:
    """Give a rate's denominator, printed away from it, to the mentions it applies to.
    `pay_spans` (from `pay_spans`): the span the article quotes each noun of pay in;
    `price_unit` (from `price_unit`): the one unit of quantity the article quotes prices per."""
    if ("1" in sentence or "one " in sentence or "One " in sentence) and len(mentions) > 1:  # "(one SRD = 0.03 cents)"
        mentions = _quoted_per_one(sentence, _exchange_equation(sentence, mentions))
    if len(mentions) > 1 and ("," in sentence or "(" in sentence):
        _after_conversion(sentence, mentions)
    if "(" in sentence:
        _per_after_aside(sentence, mentions)
    if " per " in sentence or "ly " in sentence or "every" in sentence or "average" in sentence \
            or "RevPAR" in sentence or "ly-" in sentence or " Per " in sentence or sentence.startswith("Per "):  # (a headline's "GDP Per Capita")
        _from_subject(sentence, mentions)
    if " on each " in sentence or " on every " in sentence or " per " in sentence or " for each " in sentence:
        _fee_on_each(sentence, mentions)
    if " every " in sentence or " each " in sentence:
        _every_span_after(sentence, mentions)
    if " per " in sentence or " a " in sentence or " an " in sentence or " each " in sentence or " every " in sentence \
            or "\u201cper " in sentence or '"per ' in sentence:
        _per_after_participle(sentence, mentions)
    if " price of " in sentence or " price " in sentence:
        _price_of_quantity(sentence, mentions)
    if " of " in sentence or "per-" in sentence or " the " in sentence:
        mentions = _unit_named_with_price(sentence, mentions)
    if "rice of " in sentence or "rices of " in sentence or "alue of " in sentence or "ost of " in sentence:
        _price_of_a_unit(sentence, mentions)
    if " per " in sentence and " in " in sentence:
        _change_in_rate_after(sentence, mentions)
    if "average" in sentence:
        _on_average(sentence, mentions)
    if "ly " in sentence or "annual " in sentence:
        _frequency_before(sentence, mentions)
    _benchmark_price(sentence, mentions)
    if any(m.info.get("per") for m in mentions):
        _own_rate_compared(sentence, mentions)
    if len(mentions) > 1 and any(m.kind == K.MEASURE or " / " in (m.unit or "") for m in mentions):
        _measure_compared(sentence, mentions)
    if len(mentions) > 1 and any("/" in (m.unit or "") for m in mentions):
        _part_of_rate(sentence, mentions)
    if pay_spans:
        _pay_named_before(sentence, mentions, pay_spans)
    if price_unit and "price" in sentence:
        _price_named_again(sentence, mentions, price_unit)
    if len(mentions) > 1:
        _pay_sentence_sums(sentence, mentions)
    return mentions


# A price quoted per a unit of quantity, then named again without it in a later sentence: "the
# international price was US $1,400 per tonne … Early this year the price slumped to US $700";
# "the price of a barrel of crude oil is NOK 637 … last year this price was NOK 478". Only where
# the article quotes prices per one unit, and only a bare sum (no scale word, below a shipment's
# size) that the price (no "of" naming another good) is said to be, or to have moved to.
_PRICE_QUOTED_PER = lazy(r"(?:[$€£¥]|\b[A-Z]{3}\s?|\b[A-Z]{1,2}\$\s?)\s?\d[\d,.]*(?:\s+(?:cents?|dollars?|euros?|pounds?))?"
                         r"\s+(?:per|a|an|each|the)\s+(?=[a-z])")
_PRICE_OF_A = lazy(r"\bprices?\s+of\s+(?:a|an|one|each|per)\s+(?=[a-z])", re.I)
_PRICE_WORD = lazy(r"\bprices?\b", re.I)
_SENTENCE_SPLIT = lazy(r"(?<=[.!?])\s+(?=[A-Z])")
_PRICE_AGAIN = lazy(r"\b(?:this|that|the|the\s+same|its)\s+(?:(?:average|international|world|market|export|"
                    r"farm-?gate|producer|spot|benchmark)\s+)?price\s+(?:(?:then|now|had|has|also)\s+)?"
                    r"(?:was|is|were|been|stood\s+at|stands\s+at|averaged|reached|hit|"
                    # a level held ("the international price hovered at US$120")
                    r"(?:hover(?:ed|s)|settled|traded|remained|stayed|held)\s+(?:at|around|near)|(?:rose|risen|fell|fallen|slumped|"
                    r"dropped|climbed|plunged|slid|jumped|soared|declined|recovered|rebounded|eased|surged|tumbled|"
                    r"increased|decreased)\s+to)\s+(?:(?:about|around|some|nearly|only|just|roughly|almost)\s+)?$", re.I)


def price_unit(text: str) -> Optional[str]:
    """The one unit of quantity the article quotes prices per ("US $1,400 per tonne" in a
    sentence of prices, "the price of a barrel of crude oil"), or None (none, or several)."""
    if "price" not in text and "Price" not in text:
        return None
    units = set()
    for sentence in _SENTENCE_SPLIT.split(text):
        if not _PRICE_WORD.search(sentence):
            continue
        for pattern in (_PRICE_QUOTED_PER, _PRICE_OF_A):
            for m in pattern.finditer(sentence):
                unit = match_physical_unit(sentence, m.end())
                if unit is not None and unit.entity != "time":
                    units.add(unit.as_denominator())
    return units.pop() if len(units) == 1 else None


def _price_named_again(sentence: str, mentions: list[Mention], unit: str) -> None:
    for i, m in enumerate(mentions):
        if m.kind != K.MONEY or not _quoted_per_unit(m) or not _PRICE_AGAIN.search(sentence, max(0, m.start - 90), m.start):
            continue
        _give_compared_prices(sentence, m, mentions[i + 1:], unit)  # "… slumped to US $700 from US $1,400"


# Pay is quoted per a span the article names once: after "average gross monthly earnings stood
# at EUR 2,398.8", "gross earnings amounted to EUR 1,963.3" and "the highest gross earnings
# (EUR 2,478.7)" are monthly too. Only the nouns of pay, each named with a single span, and never
# a year's ("annual earnings over £17,000": pay per year is printed bare, as _SUBJECT leaves it).
# A household's budget is pay's measure too (issue 9): the minimum wage, the hunger and poverty
# thresholds, the cost of living ("the cost of living of a single employee was 18,239 liras per
# month"); where the article quotes the nouns of pay in one span only, by an adjective or on a sum
# ("increasing the pension to $650 a month"), a noun it names with no span of its own is per that
# span too ("the minimum wage (11,402 liras)", "the hunger threshold surged by $35").
_PAY_NOUN = (r"(?:earnings|wages?|pay|salar(?:y|ies)|incomes?|pensions?|rents?|allowances?|stipends?|benefits?|grants?|"
             r"payments?|transfers?|subsid(?:y|ies)|contributions?|premiums?|bills?|tuition|"
             r"(?:hunger|poverty|starvation)\s+(?:thresholds?|lines?)|costs?\s+of\s+living|fees?|"
             # and the verbs of earning: "workers earning $300 a month", "families living on $2 a day"
             r"earn(?:s|ed|ing)?|takes?\s+home|taking\s+home|li(?:ve|ves|ving|ved)\s+on)")
_PAY_WITH_SPAN = lazy(rf"\b(?P<adj>hourly|daily|weekly|monthly)\s+(?:[a-z]+[\s-]){{0,2}}?"
                      rf"(?P<noun>{_PAY_NOUN})\b", re.I)
# a noun of pay, then (no clause or sentence break, no other figure) its sum and the span it is
# paid per: "the pension to $650 a month", "a minimum wage of P4000 monthly", "wages of $300/month"
_PAY_SUM_WITH_SPAN = lazy(rf"\b(?P<noun>{_PAY_NOUN})\b[^.;:!?\d]{{0,60}}?\d[\d,]*(?:\.\d+)?(?:\s*[A-Za-z]+){{0,2}}?"
                          r"(?:\s+(?:a|an|per|each|every)\s+|\s*/\s*|\s+)(?P<span>hour|day|week|month|"
                          r"hourly|daily|weekly|monthly)\b", re.I)
_PAY_NAMED = lazy(rf"\b{_PAY_NOUN}\b", re.I)
# a span or a year's term right before the noun: the noun's own ("annual income", "a yearly rent")
_OWN_TERM_BEFORE = lazy(r"\b(?:annual|yearly|annuali[sz]ed|hourly|daily|weekly|monthly|lifetime|total|"
                        r"one-off|lump-sum)\s+(?:[a-z]+[\s-]){0,2}$", re.I)
_ANY_PAY = "*"  # the key of the one span the article quotes its pay in


def pay_spans(text: str) -> dict[str, str]:
    """Each noun of pay (singular) the article names with one frequency adjective, or with a sum
    and its span, and that span; under "*", the span where all of them share one."""
    seen: dict[str, set] = {}
    for m in _PAY_WITH_SPAN.finditer(text):
        seen.setdefault(_pay_key(m.group("noun")), set()).add(_FREQUENCY_SPAN[m.group("adj").lower()])
    for m in _PAY_SUM_WITH_SPAN.finditer(text):
        span = m.group("span").lower()
        seen.setdefault(_pay_key(m.group("noun")), set()).add(_ADJECTIVE_SPAN.get(span, span))
    every = set().union(*(v for noun, v in seen.items() if noun != "fee"))
    spans = {noun: next(iter(spans)) for noun, spans in seen.items() if len(spans) == 1}
    if len(every) == 1 and every <= {"week", "month"}:
        # (a benefit, a pension or a rent is never paid by the hour or the day: only the minimum
        # wage's hourly or daily rate is, "from £7.13 an hour", and the allowance beside it is not)
        spans[_ANY_PAY] = next(iter(every))
    return spans


def _pay_key(noun: str) -> str:
    low = " ".join(noun.lower().split())
    if low.startswith(("earn", "take", "taking", "liv")):
        return "earn"
    if low == "earnings" or " " in low:
        return re.sub(r"s\b", "", low) if low.startswith(("hunger", "poverty", "starvation")) else \
            low.replace("costs of", "cost of")
    return singular(low)


def _pay_named_before(sentence: str, mentions: list[Mention], spans: dict) -> None:
    """A sum right after a noun of pay, no span of its own: per the span the article gave that
    noun, or all its pay (a sum with a scale word is a total paid, "wages of €5 billion", no rate)."""
    for pm in _PAY_NAMED.finditer(sentence):
        denominator = spans.get(_pay_key(pm.group(0)))
        if denominator is None and not pm.group(0).lower().startswith("fee"):
            # (a fee is a charge, not pay: only the span the article gives fees is theirs)
            denominator = spans.get(_ANY_PAY)
            if denominator is not None and _OWN_TERM_BEFORE.search(sentence, max(0, pm.start() - 40), pm.start()):
                continue
        if denominator is None:
            continue
        first = next((m for m in mentions if m.start >= pm.end() and m.kind not in _KEEP_UNIT), None)
        if first is None or first.kind != K.MONEY or first.has_scale or not _takes_denominator(first) \
                or first.start - pm.end() > _GAP_LIMIT:
            continue
        gap = list(sentence[pm.end():first.start])
        for m in mentions:
            if pm.end() <= m.start and m.end <= first.start:
                gap[m.start - pm.end():m.end - pm.end()] = " " * (m.end - m.start)
        if _SUBJECT_STOP.search("".join(gap)) or _PERIOD_GAP.search("".join(gap)):
            continue
        _give_chain(sentence, mentions, first, denominator)


# A sentence about pay quotes all its sums in the one term it gives one of them: "monthly
# earnings … totalled EUR 1,468.1 …, and in the Central Region, it amounted to EUR 1,233.3";
# "The highest gross earnings (EUR 2,398.8) …, the lowest (EUR 1,723.6)"; "An increase in the
# pension … of $15 …, increasing the pension to $650 a month". Only plain sums (no scale word:
# "wages of €5 billion" are a total paid), none with a term of its own ("an annual bonus of
# €2,000"), in a sentence that names pay and quotes it in one span of time.
_PAY_TERMS = frozenset({"hour", "day", "week", "month"})
# a clause of its own whose subject is another thing paid once ("The monthly rent was $500 and the
# deposit was $1,000"): its sum keeps no term; "the female one", "the lowest" stand for the pay
_OWN_SUBJECT_BEFORE = lazy(r"\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:was|is|were|are|stood\s+at|"
                           r"reached|amounted\s+to|totall?ed|came\s+to|costs?)\s+(?:(?:about|around|some|nearly|only|just)\s+)?$",
                           re.I)
_STANDS_FOR_PAY = frozenset({"one", "ones", "lowest", "highest", "figure", "amount", "average", "median", "level", "sum"})
_OWN_TERM_NEAR = lazy(r"\b(?:annual(?:ly)?|yearly|a\s+year|per\s+(?:year|annum)|total(?:led|ling)?|one-off|lump-sum)\b",
                      re.I)


def _pay_sentence_sums(sentence: str, mentions: list[Mention]) -> None:
    termed = [m for m in mentions if m.kind == K.MONEY and " / " in (m.unit or "")]
    terms = {m.unit.partition(" / ")[2] for m in termed}
    if len(terms) != 1 or not terms <= _PAY_TERMS or not _PAY_NAMED.search(sentence):
        return
    term = next(iter(terms))
    for m in mentions:
        if m.kind == K.MONEY and not m.has_scale and _takes_denominator(m) \
                and not _OWN_TERM_NEAR.search(sentence, max(0, m.start - 30), min(len(sentence), m.end + 12)) \
                and any(";" not in sentence[min(m.end, t.end):max(m.start, t.start)] for t in termed) \
                and not _another_subject(sentence, m, termed):
            m.give_denominator(term)


# "… and the firm paid EUR 40 in fees": a coordinated clause with a subject of its own
_NEW_SUBJECT = lazy(r"\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their)\s+(?P<words>(?:[\w-]+\s+){0,3})", re.I)


def _another_subject(sentence: str, m: Mention, termed: list[Mention]) -> bool:
    sm = _OWN_SUBJECT_BEFORE.search(sentence, max(0, m.start - 60), m.start)
    if sm is not None and sm.group("noun").lower() not in _STANDS_FOR_PAY and not _PAY_NAMED.fullmatch(sm.group("noun")):
        return True
    nearest = min(termed, key=lambda t: abs(t.start - m.start))
    for nm in _NEW_SUBJECT.finditer(sentence, min(m.end, nearest.end), max(m.start, nearest.start)):
        words = nm.group("words").lower().split()
        if not any(w in _STANDS_FOR_PAY or _PAY_NAMED.fullmatch(w) for w in words):
            return True
    return False


# a span named between the noun and its sum gives the sum its own frame ("wages for the year")
_PERIOD_GAP = lazy(r"\b(?:per|a|an|each|every|for\s+the)\s+(?:hour|day|week|month|year)\b|\b(?:annual|yearly)\b", re.I)


@functools.cache
def _commodity_patterns() -> tuple[tuple[LazyPattern, dict], ...]:
    """The benchmarks (capitalised names: "Brent", "WTI") and the generic commodities ("oil",
    "gold"), each named as a price: "the price of Brent", "crude oil prices", "gold traded at".
    (A bare "Brent crude nearly reached $87" is left a sum, as NewsQuant annotates it.)"""
    table = lexicon.load("commodities")
    around = (r"\b(?P<pre>prices?\s+of\s+(?:the\s+)?)?{names}(?:\s+(?:crude|oil|futures|spot))*"
              r"(?P<post>\s+prices?|\s+(?:traded|trading|settled|closed|was\s+(?:trading|quoted)|quoted))?\b")

    def compiled(rows: list, names: str) -> tuple[re.Pattern, dict]:
        units = {f"c{i}": unit for i, (_, unit) in enumerate(rows)}
        alternatives = "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(rows))
        # (behind the gate of the characters a match can open with, patterns.lazy: the optional
        # "prices of" before the name left the engine to try the pattern at every word)
        return lazy(around.format(names=names.format(alternatives)), re.I), units

    return compiled(table["benchmarks"], r"(?-i:\b(?:{})\b)"), compiled(table["generic"], r"(?:{})")


# between the commodity's price and its sum: a verb of quoting, a preposition, an adverb or a
# comma, no other figure and no new clause ("Brent prices were $60.82", "oil prices, varying between
# US$50 and US$57", "crude oil prices on the international market, now around US$80")
# (a change's earlier end too: "oil prices rose from $73 to $85", "with prices climbing from $73")
_TO_PRICE = lazy(r"[^;.\d$€£¥]{0,60}?(?:\b(?:was|were|is|are|at|to|of|from|around|about|near|between|averaged|averaging|"
                 r"hit|reached|touched|topped|by|varying|ranging|hovering|standing|stood|rose|fell|climbed|dropped|"
                 r"jumped|slipped|gained|lost|slumped|plunged|soared|surged|tumbled|eased|slid|rising|falling|climbing|"
                 r"dropping|jumping|slipping|sliding|easing|soaring|surging|plunging|slumping)|,)\s*"
                 r"(?:(?:now|currently|still|then)\s+)?(?:(?:about|around|some|nearly|"
                 r"almost|roughly|over|under|below|above|more\s+than|less\s+than)\s+)?", re.I)
_PRICE_GAP_STOP = lazy(r"\b(?:and|while|whereas|but|which|who|revenues?|exports?|imports?|bills?|earnings|sales|"
                       r"production|output|reserves?|barrels?|ounces?|tonnes?)\b", re.I)
# the same price at another time or before a change: "…, compared with $50.43 a year earlier", "rose $1.20 to $80.10"
_COMPARED_PRICE = lazy(r"[^;]*?\b(?:compared\s+(?:with|to)|against|from|to|versus|vs\.?|than)\s+"
                       r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
_PER_UNIT_CEILING = 10_000  # a quoted price per barrel or ounce, not a bill for a shipment


def _benchmark_price(sentence: str, mentions: list[Mention]) -> None:
    """A commodity quoted per its customary unit, the unit left unsaid: "the price of Brent
    was $60.82" is per barrel, "gold traded at $1,900" per troy ounce. Only a bare sum (no scale word,
    below a shipment's size) right after the commodity's price, and the sums chained to it
    by a comparison ("$60.82 …, compared with $50.43 a year earlier")."""
    if not any(m.kind == K.MONEY for m in mentions):
        return
    for pattern, units in _commodity_patterns():
        for cm in pattern.finditer(sentence):
            if not (cm.group("pre") or cm.group("post")):
                continue  # "oil" alone names the goods, not their price
            unit = units[next(k for k in units if cm.group(k))]
            after = [m for m in mentions if m.start >= cm.end() and m.kind not in _KEEP_UNIT]
            if not after or after[0].kind != K.MONEY or not _quoted_per_unit(after[0]):
                continue
            # "oil prices rose 12% to $85": the change in per cent before the price keeps its unit
            blanked = _blank_percentages(sentence, mentions, cm.end(), after[0].start)
            gap = _TO_PRICE.fullmatch(blanked, cm.end(), after[0].start)
            if gap is None or _PRICE_GAP_STOP.search(gap.group(0)):
                gap = _price_named_again_in(blanked, cm.end(), after[0].start)
            if gap is None:
                continue
            _give_compared_prices(sentence, after[0], after[1:], unit)


# the commodity's price named again, bare, later in its sentence, right before its sum: "rising oil
# prices …, which saw prices climbing from $73 to $85" (a bare "prices" after a function word is
# the price just named; "food prices" or "the prices of rice" would name another)
_PRICE_AGAIN_BARE = lazy(r"\b(?:saw|see|sees|seeing|with|as|sent|sending|pushed|pushing|drove|driving|kept|keeping|"
                         r"the|their|its|and)\s+prices?\b(?!\s+of\b)", re.I)


def _price_named_again_in(sentence: str, start: int, end: int) -> Optional[re.Match]:
    """The gap from the last bare "prices" between `start` and `end` to the sum at `end`, where it
    reads as the price quoted (_TO_PRICE) with no new clause or other goods between."""
    last = None
    for m in _PRICE_AGAIN_BARE.finditer(sentence, start, end):
        last = m
    if last is None:
        return None
    gap = _TO_PRICE.fullmatch(sentence, last.end(), end)
    return gap if gap is not None and not _PRICE_GAP_STOP.search(gap.group(0)) else None


def _give_compared_prices(sentence: str, first: Mention, following: list[Mention], unit: str) -> None:
    """The unit to a price and to the sums of `following` chained to it by a comparison
    ("$60.82 …, compared with $50.43 a year earlier"), up to a clause break."""
    first.give_denominator(unit)
    previous = first
    for m in following:
        if m.kind != K.MONEY or not _quoted_per_unit(m) or m.start - previous.end > _CHAIN_LIMIT \
                or _STOP.search(sentence, previous.end, m.start) \
                or not _COMPARED_PRICE.fullmatch(sentence, previous.end, m.start):
            break
        m.give_denominator(unit)
        previous = m


# a year or a month written out: when a price stood at its level
_YEAR_OR_MONTH = r"(?:\d{4}|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)"
# the time the first figure is told of, between it and the comparison set off after it: "$82 a
# barrel in 2023, down from $99", "$1,200 a month last year, compared with $1,100"
_TIME_TOLD = (r"\s+(?:in|during)\s+" + _YEAR_OR_MONTH + r"(?:\s+\d{4})?"
              r"|\s+(?:this|last)\s+(?:year|month|week|quarter)")
_TIME_ADJUNCT = r"(?:" + _TIME_TOLD + r"|\s+a\s+year\s+(?:earlier|ago))?"
# a price's change or earlier level set off after it: "$4.66 per kg, down from the $4.99",
# "$75 a barrel, up $5 from", "$3.10 a gallon, compared with $2.95", "US$2.50 per kg, higher than US$2.03"
_SET_OFF_COMPARISON = lazy(_TIME_ADJUNCT + r"\s*,\s*(?:(?:(?:up|down|higher|lower)\s+)?(?:by\s+|than\s+)?(?:from\s+)?|(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+)"
                           r"(?:the\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
# the same price's later level, its subject a pronoun or none: "USD 78.8 per ton last year, while it
# increased to USD 85.0", "Rs 40 a litre in May, rising to Rs 46"
_LATER_LEVEL = lazy(r"(?:\s+(?:in\s+" + _YEAR_OR_MONTH + r"|last\s+(?:year|month|week|quarter)|a\s+year\s+(?:earlier|ago)))?\s*,?\s*"
                    r"(?:(?:while|and|but|before)\s+(?:it|they|the\s+price|prices?)\s+(?:has\s+|had\s+|have\s+)?)?"
                    r"(?:rose|increased|climbed|jumped|grew|fell|dropped|declined|decreased|slipped|eased|rising|"
                    r"increasing|climbing|jumping|falling|dropping|declining|decreasing|slipping|easing)\s+to\s+"
                    r"(?:(?:about|around|nearly|some|almost|roughly)\s+)?", re.I)
# the same price's earlier level, not set off: "rose to $85 a barrel from $73", "fell to 38 cents
# a litre in May from 41 cents", "£2,100 per tonne compared with £1,900" (a change's other end)
_EARLIER_LEVEL = lazy(r"(?:" + _TIME_TOLD + r")?"
                      r"\s+(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                      r"(?:the\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
# the same, past the change's percentage (blanked): ", 4.5% more than the", ", up 7% from", ", an increase of 3% over"
_CHANGE_THEN_BASE = lazy(_TIME_ADJUNCT + r"\s*,\s*(?:(?:an?\s+)?(?:increase|rise|drop|decrease|fall|decline|gain|jump)\s+of\s+)?"
                         r"(?:(?:up|down)\s+)?(?:(?:more|less|higher|lower)\s+than|from|on|over|compared\s+(?:with|to)|against)\s+"
                         r"(?:the\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
_COMPARISON_WORD = lazy(r"\b(?:up|down|higher|lower|from|than|compared|against|versus|vs)\b", re.I)


def _blank_percentages(sentence: str, mentions: list[Mention], start: int, end: int) -> str:
    """The sentence with the percentages between start and end blanked out."""
    for m in mentions:
        if start <= m.start and m.end <= end and m.kind in _KEEP_UNIT:
            sentence = sentence[:m.start] + " " * (m.end - m.start) + sentence[m.end:]
    return sentence


def _own_rate_compared(sentence: str, mentions: list[Mention]) -> None:
    """A price stated with its denominator, then its change or earlier level set off after a
    comma in the same money and scale with none of its own: the same price per the same unit."""
    for a, b in zip(mentions, mentions[1:]):
        per = a.info.get("per")
        if per and _same_count_later(sentence, a, b):
            b.give_denominator(per)  # "218 people on average per annum fell to 150 people": per annum too
            continue
        if not per or a.kind != K.MONEY or b.kind != K.MONEY or not _takes_denominator(b) \
                or rate_parts(a.unit)[0] != b.unit or a.scale != b.scale:
            continue
        gap = _SET_OFF_COMPARISON.fullmatch(sentence, a.end, b.start)
        if gap and _COMPARISON_WORD.search(gap.group(0)) or _LATER_LEVEL.fullmatch(sentence, a.end, b.start) \
                or _EARLIER_LEVEL.fullmatch(sentence, a.end, b.start):
            b.give_denominator(per)
    for i, a in enumerate(mentions):
        # "14.98 dollars a box, 4.5% more than the $14.33 it cost in 2015", "$4.66 per kg, up 7% from
        # $4.35": the price's earlier level beyond the percentage of its change
        per = a.info.get("per")
        if not per or a.kind != K.MONEY or i + 2 >= len(mentions) or mentions[i + 1].kind not in _KEEP_UNIT:
            continue
        b = mentions[i + 2]
        if b.kind == K.MONEY and _takes_denominator(b) and rate_parts(a.unit)[0] == b.unit and a.scale == b.scale \
                and _CHANGE_THEN_BASE.fullmatch(_blank_percentages(sentence, mentions, a.end, b.start), a.end, b.start):
            b.give_denominator(per)


# "110,000 barrels per day, of which 90,000 barrels must be exported", "seven million tonnes per
# annum with 2.4 million tonnes consumed locally", "2 million barrels a day, including 500,000
# barrels of condensate": a part of a flow named right after it is a flow of the same span
_PART_OF = lazy(r"\s*,?\s*(?:of\s+which|out\s+of\s+which|among\s+which|including|with)\s+"
                r"(?:(?:about|around|some|nearly|almost|only|just|over|more\s+than|less\s+than|roughly)\s+)?$", re.I)


def _part_of_rate(sentence: str, mentions: list[Mention]) -> None:
    """A part of a rate, stated right after it in the rate's own unit with no denominator of its
    own, is per the rate's denominator too."""
    for a, b in zip(mentions, mentions[1:]):
        unit, per = rate_parts(a.unit or "")
        if not per or a.kind not in (K.MEASURE, K.MONEY) or b.kind != a.kind or not _takes_denominator(b) \
                or unit != b.unit or abs(b.value) > abs(a.value) \
                or not (gap := _PART_OF.fullmatch(sentence, a.end, b.start)):
            continue
        if gap.group(0).strip(" ,").lower().startswith("with") and not _PART_USED.match(sentence, b.end):
            continue  # "5,000 tonnes a day, with 2,000 tonnes in storage": a stock beside the flow
        b.give_denominator(per)


# what "with" adds is a part of the flow when a participle says what becomes of it ("consumed locally")
_PART_USED = lazy(r"\s+(?:[a-z]+ed|sold|spent|going|used|kept|shipped|sent)\b", re.I)


def _same_count_later(sentence: str, a: Mention, b: Mention) -> bool:
    """`b` counts what the rate `a` counts ("people") and is its level after a verb of change
    ("… per annum fell to 150 people"): the same rate at a later time."""
    return a.kind == b.kind == K.COUNT and b.unit == "count" and not b.info.get("per") \
        and bool(a.counted) and str(a.counted).lower() == str(b.counted or "").lower() \
        and _LATER_LEVEL.fullmatch(sentence, a.end, b.start) is not None


def _measure_compared(sentence: str, mentions: list[Mention]) -> None:
    """"500,000 bpd this year, up from 450,000", "5,200 a day in August, up from 4,800",
    "61,000 tonnes in May, compared with 55,000": a quantity's other end, a bare figure set
    off after it, is the same quantity in the same unit."""
    for a, b in zip(mentions, mentions[1:]):
        if _flow_compared(sentence, a, b):
            b.kind, b.unit, b.bare = a.kind, a.unit, False
            if per := rate_parts(a.unit)[1]:
                b.info["per"] = per


def _flow_compared(sentence: str, a: Mention, b: Mention) -> bool:
    """`a` is a measure (a flow per a span of time or a stock) or a count per a span of time,
    and `b` a bare figure of its size and scale, set off after it as its earlier or later level."""
    if a.kind not in (K.MEASURE, K.COUNT) or b.kind != K.COUNT or b.unit != "count" \
            or b.counted and not (b.info.get("elided_noun") or b.counted == a.counted) \
            or b.info.get("per") or b.word_number \
            or a.kind == K.COUNT and not _span_or_population(rate_parts(a.unit or "")[1]) \
            or b.has_scale and b.scale != a.scale or not b.value or not 0.2 <= a.value / b.value <= 5:
        return False
    # (past what it measures and its span: "5,000 tonnes of copper a month in 2023, compared with 4,200")
    start = stuff.end() if (stuff := _OF_STUFF_PER_SPAN.match(sentence, a.end)) else a.end
    gap = _SET_OFF_COMPARISON.fullmatch(sentence, start, b.start)
    return bool(gap and _COMPARISON_WORD.search(gap.group(0)) or _EARLIER_LEVEL.fullmatch(sentence, start, b.start)
                or _LATER_LEVEL.fullmatch(sentence, start, b.start)
                or _listed_with_own_time(sentence, start, b))


# a rate per so many of a population ("per 1,000 people", "per 100,000 live births", "per woman"):
# its other levels, set off or listed after it, are per the same population (issue 9)
_POPULATION_DENOMINATOR = lazy(r"(?:\d+(?:\.\d+)?\s+[a-z]+|person|woman|household|family)")


def _span_or_population(per: Optional[str]) -> bool:
    return bool(per) and (per in _TIME_SPANS or _POPULATION_DENOMINATOR.fullmatch(per) is not None)


# "29.9 per 1,000 people in 2020 and 30.4 in 2019", "1,200 visitors a week in 2023 and 1,050 in
# 2022": the same rate's levels listed, each with its own time
_LISTED_GAP = lazy(r"(?:" + _TIME_TOLD + r")\s*,?\s*(?:and|or)\s+")
_LISTED_TIME = lazy(r"\s+(?:in|during)\s+" + _YEAR_OR_MONTH + r"\b")


def _listed_with_own_time(sentence: str, start: int, b: Mention) -> bool:
    return _LISTED_GAP.fullmatch(sentence, start, b.start) is not None and _LISTED_TIME.match(sentence, b.end) is not None


_OF_STUFF_PER_SPAN = lazy(r"\s+of(?:\s+[a-z]+){1,3}\s+(?:(?:per|a|an|every|each)\s+(?:day|week|month|quarter|year|annum)\b"
                          r"|annually\b|daily\b|weekly\b|monthly\b)", re.I)


def _quoted_per_unit(m: Mention) -> bool:
    return _takes_denominator(m) and m.scale == 1 and abs(m.value) < _PER_UNIT_CEILING \
        and (m.end_value is None or abs(m.end_value) < _PER_UNIT_CEILING)


# "a drop from a daily 3.230 million barrels in July", "an annual 5 million tonnes", "a monthly
# $500": a frequency adjective between the article and the figure makes it a rate per that span
_FREQUENCY_BEFORE = lazy(r"\b(?:an?|the|its|their)\s+(?:average\s+)?(?P<adj>hourly|daily|nightly|weekly|monthly|"
                         r"annual|yearly)\s+(?:(?:about|around|some|nearly|almost|roughly|over)\s+)?$", re.I)
_FREQUENCY_SPAN = {**_ADJECTIVE_SPAN, "annual": "year", "yearly": "year"}


def _frequency_before(sentence: str, mentions: list[Mention]) -> None:
    for m in mentions:
        fm = _FREQUENCY_BEFORE.search(sentence, max(0, m.start - 50), m.start)
        if fm and _takes_denominator(m) and m.kind not in _KEEP_UNIT:
            m.give_denominator(_FREQUENCY_SPAN[fm.group("adj").lower()])


# "Turks living abroad spent $1,095 on average", "women had on average 1.8 children",
# "visitors spent an average of €640": a plural subject's average is a figure per head of it
_AVERAGE_VERB = r"(?:spent|spends?|paid|pays?|earned|earns?|had|have|has|stayed|stays?)"
_ON_AVERAGE_BEFORE = lazy(rf"\b{_AVERAGE_VERB}\s+(?:on\s+average\s+|(?:on\s+)?an\s+average\s+of\s+)$", re.I)
_VERB_BEFORE = lazy(rf"\b{_AVERAGE_VERB}\s+$", re.I)
_ON_AVERAGE_AFTER = lazy(r"\s+on\s+average\b", re.I)
# the subject: a plural noun (a demonym, "women", "households"), a participle or relative
# clause after it ("Turks living abroad", "visitors from Europe"), then the verb
_PLURAL_SUBJECT = lazy(r"\b(?P<noun>[A-Za-z]+)(?:\s+(?:living|from|in|who|aged|abroad|staying)\b[^,;.()]{0,30}?)?"
                       rf"\s+{_AVERAGE_VERB}\s+", re.I)
_PEOPLE = frozenset({"people", "persons", "tourists", "visitors", "travellers", "travelers", "guests", "holidaymakers",
                     "residents", "foreigners", "nationals", "migrants", "expatriates", "pilgrims", "passengers",
                     "shoppers", "consumers", "citizens", "inhabitants"})
_COUNTED_PER = frozenset({"women", "men", "mothers", "households", "families", "couples", "farmers", "firms",
                          "companies", "students", "workers", "employees"})
_FIGURE_OF = lazy(r"[^;]{0,60}?\b(?:figure|average|amount|level)\s+of\s+$", re.I)


def _on_average(sentence: str, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind not in (K.MONEY, K.COUNT) or not _takes_denominator(m) and not (m.kind == K.COUNT and m.counted):
            continue
        if "/" in (m.unit or "") or m.info.get("per"):
            continue
        left = sentence[max(0, m.start - 80):m.start]
        verb = _ON_AVERAGE_BEFORE.search(left) or (
            _VERB_BEFORE.search(left) if _ON_AVERAGE_AFTER.match(sentence, m.end) else None)
        if verb is None:
            continue
        subject = None
        for sm in _PLURAL_SUBJECT.finditer(left[:verb.end()]):
            if sm.end() >= verb.start():
                subject = sm.group("noun")
        if subject is None:
            continue
        low = subject.lower()
        if m.kind == K.MONEY and (low in _PEOPLE or subject[0].isupper() and low.endswith("s") and low not in _COUNTED_PER):
            denominator = "person"  # "Turks living abroad spent $1,095", "visitors spent an average of €640"
        elif low in _COUNTED_PER:
            denominator = singular(subject.lower())  # "women had on average 1.8 children"
        else:
            continue
        m.give_denominator(denominator)
        for n in mentions[i + 1:]:  # "… nearly double the figure of $544 for foreigners"
            if n.kind != m.kind or "/" in (n.unit or "") or not _FIGURE_OF.match(sentence, m.end, n.start):
                break
            n.give_denominator(denominator)
            m = n


# "the 22-euro or 4.7 percent drop in average expenditure per trip", "a $3 rise in the price
# per barrel": a change named before the rate it changes, whose noun phrase carries the denominator
_CHANGE_IN = lazy(r"(?:\s*,?\s*or\s+[^,;()]{1,25}?)?[\s-]+(?:drop|fall|decline|decrease|rise|increase|jump|gain|"
                  r"cut|reduction)\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?=per\s)", re.I)


def _change_in_rate_after(sentence: str, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind != K.MONEY or not _takes_denominator(m):
            continue
        change = _CHANGE_IN.match(sentence, m.end)
        per = per_unit(sentence, change.end() - 1) if change else None
        if per is None or per[1] in ("year", "month", "quarter") \
                or any(x.start < per[0] for x in mentions[i + 1:] if x.kind not in _KEEP_UNIT):
            continue  # another amount between: the rate is its own; a flow per year is printed bare
        m.give_denominator(per[1])


# "347.2 million barrels at an average price of US$64.04": the price is per unit of the quantity sold
_AT_PRICE = lazy(r"\s+at\s+(?:an?\s+|the\s+)?(?:(?:average|mean|unit)\s+)?price\s+(?:of\s+)?"
                 r"(?:(?:about|around|some|roughly|nearly)\s+)?", re.I)


def _price_of_quantity(sentence: str, mentions: list[Mention]) -> None:
    """A physical quantity "at a price of" a sum: the sum is per unit of that quantity."""
    for a, b in zip(mentions, mentions[1:]):
        if a.kind == K.MEASURE and "/" not in (a.unit or "") and b.kind == K.MONEY and _takes_denominator(b) \
                and _AT_PRICE.fullmatch(sentence, a.end, b.start):
            b.give_denominator(a.unit)


# "the price of a kilogram of vanilla fell from $650 in 2019 to less than $100": the sums
# the clause gives are per that unit; so are a value's or a cost's ("the average value of each
# ton of exported goods was $348 and that of each ton of imported goods $1,650")
_PRICE_OF_A_UNIT = lazy(r"\b(?:prices?|values?|costs?)\s+of\s+(?:a|an|one|each|per)\s+(?=[a-z])", re.I)


def _price_of_a_unit(sentence: str, mentions: list[Mention]) -> None:
    found = list(_PRICE_OF_A_UNIT.finditer(sentence))
    for m, after in zip(found, found[1:] + [None]):
        # (each up to the next: "the cost of a barrel … and the cost of a tonne …")
        _per_unit_of_clause(sentence, m.end(), [x for x in mentions if after is None or x.start < after.start()])


def _per_unit_of_clause(sentence: str, at: int, mentions: list[Mention]) -> None:
    unit = match_physical_unit(sentence, at)
    if unit is not None and unit.entity != "time":
        end, denominator = unit.end, unit.as_denominator()
    elif unit is None and (sold := _UNIT_OF_SALE.match(sentence, at)) \
            and sold.group(1).lower() not in _NOT_UNITS_OF_SALE:
        end, denominator = sold.end(1), sold.group(1).lower()  # "the price of a box of bananas": per box
    else:
        return
    stop = _SUBJECT_STOP.search(sentence, end)
    if unit is None and (than := _THAN.search(sentence, end)) and (stop is None or than.start() < stop.start()):
        stop = than  # "… 4.5% more than the $14.33 it cost in 2015": the compared sum keeps its own frame
    for x in mentions:
        if x.start >= end and (stop is None or x.start < stop.start()) and x.kind == K.MONEY and _takes_denominator(x):
            x.give_denominator(denominator)


# The unit a price is quoted per, named in the noun phrase of the goods or of the price rather than
# after the figure: "a barrel of Brent fetched $82", "one tonne of cement costs 9,000 CFA francs"
# (the unit is the subject), "the per-kilo price of beans rose to 450 shillings" (a hyphenated
# "per-" before the price), "450 shillings the kilo" (the article for "per", of a unit of quantity)
_UNIT_SUBJECT = lazy(r"\b(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very)\s+(?=[a-z])")
_PRICED_GOODS = lazy(r"\s+of\s+[^,;:.()\d]{1,40}?\s+(?:now\s+|still\s+|currently\s+|then\s+)?"
                     r"(?:costs?|costing|sold\s+for|sells?\s+for|selling\s+for|fetch(?:ed|es)|went\s+for|goes\s+for|"
                     r"traded\s+at|trades\s+at|retail(?:s|ed)?\s+(?:at|for)|was|is)\s+"
                     r"(?:(?:about|around|some|roughly|nearly|almost|just|only|over|under)\s+)?$")
_PER_HYPHEN_PRICE = lazy(r"\bper-(?=[a-z]+\s+(?:[a-z]+\s+){0,2}?(?:prices?|costs?|rates?|values?|fees?)\b)", re.I)
_THE_UNIT = lazy(r"\s+the\s+(?=[a-z])")


def _unit_named_with_price(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Give the denominators; the "one tonne" that names one is no figure of its own."""
    units_of_one = set()
    for i, m in enumerate(mentions):
        if m.kind != K.MONEY or not _takes_denominator(m):
            continue
        for sm in _UNIT_SUBJECT.finditer(sentence, max(0, m.start - 80), m.start):
            unit = match_physical_unit(sentence, sm.end())
            if unit is not None and unit.entity != "time" and unit.end <= m.start \
                    and _PRICED_GOODS.fullmatch(sentence, unit.end, m.start):
                m.give_denominator(unit.as_denominator())
                units_of_one.update(id(x) for x in mentions[:i] if x.start >= sm.start() and x.end <= unit.end
                                    and x.value == unit.factor and x.end_value is None)
                break
        else:
            the = _THE_UNIT.match(sentence, m.end)
            unit = match_physical_unit(sentence, the.end()) if the else None
            if unit is not None and unit.entity != "time" and _CLAUSE_AFTER_UNIT.match(sentence, unit.end):
                m.give_denominator(unit.as_denominator())
    for hm in _PER_HYPHEN_PRICE.finditer(sentence):
        unit = match_physical_unit(sentence, hm.end())
        if unit is not None and unit.entity != "time":
            _per_unit_of_clause(sentence, hm.end(), mentions)
    return [m for m in mentions if id(m) not in units_of_one] if units_of_one else mentions


_CLAUSE_AFTER_UNIT = lazy(r"\s*(?:[,;:.)]|$|\s(?:in|on|at|from|for|and|or|but|while|last|this|against|compared|up|down)\b)")


# a container or unit of sale, singular, before what it holds ("a box of bananas", "a bag of cement")
_UNIT_OF_SALE = lazy(r"([a-z]{3,})\s+of\s+[a-z]", re.I)
_THAN = lazy(r"\bthan\b", re.I)
_NOT_UNITS_OF_SALE = frozenset({"lot", "number", "range", "variety", "couple", "host", "series", "kind", "type",
                                "sort", "total", "mix", "combination", "group", "set", "basket", "bundle", "portfolio"})


def _takes_denominator(m: Mention) -> bool:
    if "/" in (m.unit or "") or m.info.get("per"):
        return False
    if m.kind in (K.MONEY, K.MEASURE):
        return True
    # "a daily arrival average of 5,159": a count with no noun of its own (or one carried over)
    return m.kind == K.COUNT and m.unit == "count" and (not m.counted or m.bare)


# "($1 = 544.46 CFA francs)", "(US $1 = 7500 dobra)", "($1 – 437.62 drams)": an exchange
# rate printed as an equation; the one unit on the left is the rate's denominator, not a figure
# (or in words: "US$1 was equivalent to TT$6.45")
_EQUATES = lazy(r"\s*(?:=|–|—|-|:|equals|equall?ed|(?:was|is|were|are)\s+(?:equivalent|equal)\s+to|(?:was|is)\s+worth)\s*",
                re.I)
# what the one unit buys or trades at, in words ("US$1 buys SCR14.69", "US$1 to SCR14.69"):
# the one unit stays a figure of the text
_EQUATES_WORDED = lazy(r"\s*(?:to|buys|bought|fetch(?:es|ed)|gets|got|exchang(?:es|ed)\s+for|"
                       r"(?:was|is)\s+(?:trading|traded|quoted)\s+at)\s*", re.I)
# "SCR14.69/US$1", "SCR14.69 for US$1", "€0.92 against $1": the equation written the other way
# round, the one unit after the rate (a figure of the text where words join them)
_PER_ONE = lazy(r"\s*(?:/|=|:)\s*")
_FROM_BEFORE = lazy(r"\bfrom\s*$", re.I)
_PER_ONE_WORDED = lazy(r"\s*(?:for|per|against|versus)\s*", re.I)


def _exchange_equation(sentence: str, mentions: list[Mention]) -> list[Mention]:
    units_of_one = set()
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != K.MONEY or b.kind != K.MONEY or a.value != 1 or a.scale != 1 or a.end_value is not None \
                or not _takes_denominator(a) or not _takes_denominator(b) or a.unit == b.unit:
            continue
        if _EQUATES.fullmatch(sentence, a.end, b.start):
            units_of_one.add(id(a))
        elif not _EQUATES_WORDED.fullmatch(sentence, a.end, b.start) or _FROM_BEFORE.search(sentence, 0, a.start):
            continue  # ("rose from $1 to €2": a change's two ends)
        b.give_denominator(a.unit)
    return _without(mentions, units_of_one)


def _quoted_per_one(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"depreciated by 0.2 per cent to US$0.2939 (K1)", "¥31.9474 (K1)": a rate quoted with its
    one unit of the other currency in brackets after it, the equation written the other way
    round; the bracketed unit is the rate's denominator, not a figure."""
    units_of_one = set()
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != K.MONEY or b.kind != K.MONEY or b.value != 1 or b.scale != 1 or b.end_value is not None \
                or not _takes_denominator(a) or not _takes_denominator(b) or a.unit == b.unit:
            continue
        if OPEN_BRACKET.fullmatch(sentence, a.end, b.start) and CLOSE_BRACKET.match(sentence, b.end) \
                or _PER_ONE.fullmatch(sentence, a.end, b.start):
            units_of_one.add(id(b))
        elif not _PER_ONE_WORDED.fullmatch(sentence, a.end, b.start):
            continue
        a.give_denominator(b.unit)
    return _without(mentions, units_of_one)


def _without(mentions: list[Mention], units_of_one: set[int]) -> list[Mention]:
    """The mentions but the units of one an exchange rate's denominator took."""
    return [m for m in mentions if id(m) not in units_of_one] if units_of_one else mentions


def _after_conversion(sentence: str, mentions: list[Mention]) -> None:
    """"8 trillion rubles, or $87.3 bln, per year": the denominator after the second
    figure of a conversion into another currency is the first's too."""
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != K.MONEY or b.kind != K.MONEY or a.unit.split(" /")[0] == b.unit.split(" /")[0] \
                or not _CONVERSION_GAP.fullmatch(sentence, a.end, b.start):
            continue  # ("$262 million, or 27 cents a share" is a profit and its rate, not a conversion)
        if b.info.get("per") and not a.info.get("per") and _takes_denominator(a):
            a.give_denominator(b.info["per"])  # "€120 ($130 a head)"
            continue
        if a.info.get("per") and _takes_denominator(b) and b.scale == a.scale and CONVERSION_OPENS.fullmatch(
                sentence, a.end, b.start):
            b.give_denominator(a.info["per"])  # "€191 per kilogram (about US$204)": the same price, converted
            continue
        close = _AFTER_CONVERSION.match(sentence, b.end)
        per = per_unit(sentence, close.end()) if close else None
        if per is not None and _takes_denominator(a) and _takes_denominator(b):
            a.give_denominator(per[1])
            b.give_denominator(per[1])


# "2,000 dobra (US $1 = 7500 dobra) per kilogramme", "€450 (excluding VAT) a month": a bracketed
# aside between a figure and its denominator; the rate is the figure's
_ASIDE = lazy(r"\s*\([^()]{1,60}\)")


def _per_after_aside(sentence: str, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind not in (K.MONEY, K.MEASURE) or not _takes_denominator(m):
            continue
        aside = _ASIDE.match(sentence, m.end)
        if aside is None or any(x.start >= aside.end() and x.start < aside.end() + 3 for x in mentions[i + 1:]):
            continue
        per = per_unit(sentence, aside.end())
        if per is not None:
            m.give_denominator(per[1])


def _flow_per_day(sm: re.Match, first: Mention) -> bool:
    """A flow of goods or people named daily or hourly is a rate; "monthly coal exports in July
    reached three million tonnes" is the month's total, and a flow of money a sum."""
    return first.kind != K.MONEY and sm.group("adj").lower() in ("daily", "hourly")


def _from_subject(sentence: str, mentions: list[Mention]) -> None:
    spans = [(m.start, m.end) for m in mentions]
    for sm in _SUBJECT.finditer(sentence):
        if any(s <= sm.start() < e for s, e in spans):
            continue  # "$58 per barrel": the figure's own denominator, read already
        denominator, end = _denominator(sentence, sm)
        after = [m for m in mentions if m.start >= end]
        group = _averaged_group(sentence, sm, end, after)
        if group is not None:  # "the average expenditure of 1.69 million Turks … was $668": per head of them
            denominator, end, after = "person", group.end, after[1:]
        if denominator is None:
            continue
        first = next((m for m in after if m.kind not in _KEEP_UNIT), None)
        if first is None or first.start - end > _GAP_LIMIT or sm.group("flow") and not _flow_per_day(sm, first) \
                or not (_takes_denominator(first) or _averaged_per_span(sentence, sm, first)):
            continue
        gap = list(sentence[end:first.start])
        for m in after[:after.index(first)]:  # "rose 1.2 per cent to S$221": past the change in per cent
            gap[m.start - end:m.end - end] = " " * (m.end - m.start)
        if _SUBJECT_STOP.search("".join(gap)):
            continue
        _give_chain(sentence, mentions, first, denominator)


# "average daily arrivals reached 987 visitors", "the daily average tourist flow amounted to 1,100
# people": a subject that names a span's average of a flow is a rate per that span even where
# the figure names what it counts. Not a bare "daily flights rose to 120 aircraft" (no average),
# nor an average day's stock ("the average daily census was 223,841 visitors": those present)
_AVERAGE_WORD = lazy(r"\baverage\b", re.I)
_AVERAGE_JUST_BEFORE = lazy(r"\baverage\s+$", re.I)
_FLOW_NOUN = lazy(r"\b(?:arrivals?|departures?|flows?|footfall|traffic|visits|trips|crossings|admissions|entries|"
                  r"intakes?|calls|deliveries|shipments|sales|transactions|bookings|sign-ups|registrations|"
                  r"output|production|flights|landings|sailings|transits|infections|new\s+cases|births|deaths|"
                  r"losses|loss|gains?)\b", re.I)


def _averaged_per_span(sentence: str, sm: re.Match, first: Mention) -> bool:
    if first.kind != K.COUNT or "/" in (first.unit or "") or first.info.get("per") \
            or not _FLOW_NOUN.search(sentence, sm.start(), first.start):
        return False
    if sm.group("avgadj"):
        return True
    return bool(sm.group("adj")) and bool(_AVERAGE_WORD.search(sm.group(0)) or _AVERAGE_JUST_BEFORE.search(
        sentence, max(0, sm.start() - 12), sm.start()))


def _give_chain(sentence: str, mentions: list[Mention], first: Mention, denominator: str) -> None:
    """The denominator to `first` and to the figures of its kind chained to it by a change or
    comparison, up to a clause break."""
    first.give_denominator(denominator)
    previous = first
    for m in mentions[mentions.index(first) + 1:]:
        if m.kind in _KEEP_UNIT:
            continue  # "rose 3.2% to $5,000": the change in per cent keeps its unit
        gap = (previous.end, m.start)
        if gap[1] - gap[0] > _CHAIN_LIMIT or not _takes_denominator(m) or m.kind != first.kind \
                or _STOP.search(sentence, *gap) and not _SAME_SUBJECT_CHANGE.fullmatch(sentence, *gap) \
                and not _SAME_NOUN_ANAPHOR.fullmatch(sentence, *gap) and not _FIGURES_LISTED.fullmatch(sentence, *gap):
            break
        m.give_denominator(denominator)
        previous = m


# "average daily arrivals of 987 and 449 respectively": figures listed, nothing but "and" between
# (or the first one's time: "stood at $12,500 in 2022 and $13,100 in 2023")
_FIGURES_LISTED = lazy(_TIME_ADJUNCT + r"\s*,?\s*(?:and|or)\s+")


# "was EUR 435.5 and, over a quarter, increased by EUR 52": a second predicate of the same
# subject (no subject of its own after "and"), its change in the same terms
_SAME_SUBJECT_CHANGE = lazy(r"\s+and\s*(?:,[^,;]{1,40},\s*)?(?:(?:has|have|had)\s+)?(?:increased|decreased|rose|fell|grew|"
                            r"declined|dropped|climbed|gained|lost)(?:\s+by)?\s+(?:(?:about|around|nearly|some)\s+)?", re.I)


# "the male median wage reached CZK 27,372 and the female one was CZK 22,426", "the average
# wage reached CZK 27,589 and its increment was CZK 1,122": a second clause whose subject
# stands for the first's noun (a pronoun, "the <adjective> one", "its" change) is in its terms
_SAME_NOUN_ANAPHOR = lazy(r"\s*,?\s+and\s+(?:the\s+[a-z]+\s+one|its\s+(?:increment|increase|rise|growth|change|decline|"
                          r"decrease|fall|drop))\s+(?:was|is|amounted\s+to|reached|stood\s+at|totall?ed|came\s+to)\s+"
                          r"(?:(?:about|around|nearly|some)\s+)?", re.I)


def _averaged_group(sentence: str, sm: re.Match, end: int, after: list[Mention]) -> Optional[Mention]:
    """The counted people an average is taken over, right after it: "the average expenditure
    of nearly 1.69 million Turks visiting abroad" (a plural noun of people or a demonym)."""
    if not sm.group("avg") or not after or after[0].kind != K.COUNT or not after[0].counted:
        return None
    if not _OF_GROUP.fullmatch(sentence, end, after[0].start):
        return None
    noun = after[0].counted.split()[-1]
    return after[0] if noun.lower() in _PEOPLE_NOUNS or noun[:1].isupper() and noun.endswith("s") else None


_OF_GROUP = lazy(r"\s+of\s+(?:(?:about|nearly|some|around|almost|over|more\s+than)\s+)?(?:the\s+)?", re.I)
_PEOPLE_NOUNS = frozenset({"people", "persons", "tourists", "visitors", "travellers", "travelers", "guests",
                           "holidaymakers", "arrivals", "residents", "households", "citizens", "nationals"})


# "a US$0.30 (30 cents) levy on each gallon": a charge, then what it is charged on
_FEE_ON = lazy(r"\s*\)?\s+(?:[a-z]+\s+)?(?:levy|fee|tax|charge|duty|surcharge|toll|premium|tariff|royalty|subsidy|rebate)"
               r"(?:\s+(?:levied|charged|imposed|paid|payable))?\s+(?:on|for)(?=\s+(?:each|every|per)\s)", re.I)
# "5,398 tourists visit the Maldives every day": the span that ends the figure's clause
_EVERY_SPAN = lazy(r"[^,;:.()\d]{1,50}?\s(?:every|each)\s+(?:single\s+)?(day|week|month|year)\b(?![-'’])", re.I)


def _fee_on_each(sentence: str, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind != K.MONEY or not _takes_denominator(m):
            continue
        group = [m]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        end = m.end
        if nxt is not None and nxt.kind == K.MONEY and OPEN_BRACKET.fullmatch(sentence, m.end, nxt.start):
            group, end = [m, nxt], nxt.end  # "US$0.30 (30 cents) levy": the amount and its restatement
        fee = _FEE_ON.match(sentence, end)
        per = per_unit(sentence, fee.end()) if fee else None
        if per is not None:
            for x in group:
                if _takes_denominator(x):
                    x.give_denominator(per[1])


# "90,000 barrels produced per day", "1,200 cars sold a month", "$5 million spent per year": the
# figure, the participle of what is done with it, then the span or unit it is done per
_PARTICIPLE = lazy(r"[\"\u201d\u2019']?\s+(?:[a-z]+ed|sold|paid|spent|built|grown|caught|flown|driven|made|won)"
                   r"(?:\s+(?:locally|abroad|domestically|nationally|overall|on\s+average))?\s*(?=[\"\u201c\u2018']?\s?"
                   r"(?:per|a|an|each|every)\s)", re.I)
_OPEN_QUOTE = lazy(r"\s*[\"\u201c\u2018']")


def _per_after_participle(sentence: str, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind not in (K.MONEY, K.MEASURE, K.COUNT) or not _takes_denominator(m) \
                or m.kind == K.COUNT and not m.counted:
            continue
        verb = _PARTICIPLE.match(sentence, m.end)
        if verb is None or i + 1 < len(mentions) and mentions[i + 1].start < verb.end() + 20:
            continue
        at = verb.end()
        quote = _OPEN_QUOTE.match(sentence, at)
        per = per_unit(sentence, quote.end() - 1 if quote else at - 1 if sentence[at - 1:at].isspace() else at)
        if per is None and quote:
            per = per_unit(" " + sentence[quote.end():], 0)
            per = per and (per[0] - 1 + quote.end(), per[1])
        if per is not None:
            m.give_denominator(per[1])


def _every_span_after(sentence: str, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind not in (K.COUNT, K.MONEY, K.MEASURE) or "/" in (m.unit or "") or m.info.get("per") \
                or m.kind == K.COUNT and not m.counted:
            continue
        every = _EVERY_SPAN.match(sentence, m.end)
        if every is None or _STOP.search(every.group(0)):
            continue
        if i + 1 < len(mentions) and mentions[i + 1].start < every.end():
            continue  # another figure between: the span is its own
        m.give_denominator(every.group(1).lower())


def _denominator(sentence: str, sm: re.Match) -> tuple[Optional[str], int]:
    if sm.group("adj"):
        return _ADJECTIVE_SPAN[sm.group("adj").lower()], sm.end()
    if sm.group("avgadj"):
        return _ADJECTIVE_SPAN[sm.group("avgadj").split()[-1].lower()], sm.end()
    if sm.group("room"):
        return "night", sm.end()
    if sm.group("lead"):
        # "Per capita spending per day rose to €57.1": per head and per day both
        span = _SPAN_AFTER_NOUN.match(sentence, sm.end())
        return ("person" + PER + _TIME_SPAN[span.group(1).lower()], span.end()) if span else ("person", sm.end())
    if sm.group("avg"):
        people = _PEOPLE_IN_SENTENCE.search(sentence)
        return ("person" if people else None), sm.end()
    per = per_unit(sentence, sm.start())  # " per tourist", " every night", " per 100,000 people"
    if per is None:
        return None, sm.end()
    end, denominator = per
    # "expenditure per person every night": the nearer denominator, the night (a frequency); but
    # "spending per day per head", two "per" stacked, is a rate of two denominators, per head and
    # per span, the span last (as the corpus writes "EUR / person / day")
    stacked = re.match(r"\sper\s", sentence[end:end + 5])
    more = per_unit(sentence, end) if re.match(r"\s(?:per|every)\s", sentence[end:end + 7]) else None
    if more is not None:
        end, other = more
        if not stacked:
            denominator = other
        elif denominator == "person" and other in _TIME_SPANS:
            denominator = denominator + PER + other
        elif other == "person" and denominator in _TIME_SPANS:
            denominator = other + PER + denominator
        else:
            denominator = other  # the nearer denominator
    return denominator, end


_TIME_SPAN = {"day": "day", "night": "night", "week": "week", "month": "month", "year": "year", "annum": "year"}
_TIME_SPANS = frozenset(_TIME_SPAN.values())
# the noun after a sentence's opening "Per capita", then its span: "Per capita spending per day"
_SPAN_AFTER_NOUN = lazy(r"\s+[a-z]+\s+per\s+(day|night|week|month|year|annum)\b", re.I)
