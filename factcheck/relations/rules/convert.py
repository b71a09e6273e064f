"""`fx-rate`: currency conversions in one article imply one exchange rate (within 2
percent, and with a reference rate for the period). `units`: a figure restated in
another unit ("240 hours, or 10 days") converts exactly."""

from __future__ import annotations

import math
import re
from typing import Optional

from factcheck import timespan
from factcheck.models import Finding, Reference
from factcheck.quantities import format_quantity, percent_diff, rate_parts
from factcheck.relations.graph import DURATION, MEASURE, MONEY, Graph, Node, is_compared
from factcheck.relations.pegs import parity
from factcheck.relations.reference_rates import quoted_years, rate_range
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation

#: What may stand between a figure and its conversion: a bracket or "or", "equivalent to",
#: "which amounts to", "representing", after the period the first is of ("14 billion MRU in
#: 2021, or more than 224 billion FCFA"), and before a qualifier of the second ("(over
#: 5tri/-)", "(almost 22.7 billion US dollars)").
_APPROX_WORDS = (r"about|around|roughly|approximately|nearly|almost|some|over|more\s+than|just\s+(?:over|under)|"
                 r"less\s+than|under|close\s+to|at\s+least")
CONVERSION_GAP = re.compile(
    r"^\s*(?:in\s+(?:\d{4}|the\s+same\s+period)\s*)?(?:\(|,|—|–|-)?\s*"
    r"(?:or|(?:which\s+is\s+)?(?:equivalent|equal)\s+to|worth|i\.e\.|that\s+is|(?:which\s+)?amount(?:s|ing)\s+to|"
    r"representing|" + _APPROX_WORDS + r")?\s*(?:" + _APPROX_WORDS + r")?\s*$", re.I)
#: Rates implied by two conversions in one article may differ by this much.
RATE_AGREEMENT = 0.02
#: Conversions sampled to find the rate most of them agree on.
MAJORITY_SAMPLE = 12
#: Exchange rates between any two currencies lie within this range (the weakest trade at
#: about a million to the dollar).
PLAUSIBLE_RATE = (1e-7, 1e7)


def conversions(graph: Graph, money: bool):
    """Pairs of adjacent figures in one sentence, the second the first in another unit."""
    for sentence in graph.by_sentence.values():
        for a, b in zip(sentence, sentence[1:]):
            if (a.kind == MONEY) != money or (b.kind == MONEY) != money or a.unit == b.unit:
                continue
            la, lb = a.claim.context.get("local"), b.claim.context.get("local")
            if not la or not lb or not b.value:
                continue
            if CONVERSION_GAP.match(a.claim.sentence[la[1]: lb[0]]):
                yield a, b


def _q(n: Node) -> str:
    return format_quantity(n.value, n.unit, n.claim.end)


@rule("fx-rate")
def exchange_rates(graph: Graph, ctx: Context):
    """The conversions of one currency pair and period imply one rate: each against the
    most precisely printed of them (within 2 percent); and each against a reference
    rate for the period."""
    groups: dict[tuple, list[tuple[Node, Node]]] = {}
    found = [(a, b) for a, b in conversions(graph, money=True)
             # no two currencies are that far apart: a figure was misread, not converted
             if PLAUSIBLE_RATE[0] <= abs(a.value / b.value) <= PLAUSIBLE_RATE[1]]
    for a, b in found:
        yield from _dearer_than_any_currency(a, b)
        yield from _at_parity(a, b)
    # where the period was stated, by paragraph: a period carried over is trusted next to it
    stated = {(a.period, a.paragraph) for a, _ in found if a.sure_period}
    for a, b in found:
        # rates of different periods differ by right: compare conversions of one period
        when = a.period
        if not a.sure_period and a.period is not None and not any(
                (a.period, p) in stated for p in (a.paragraph, (a.paragraph or 0) - 1, (a.paragraph or 0) + 1)):
            # carried over: compared within the run of text no other period was stated in
            # (the rows of a table under "Key figures of the 2014 budget", a paragraph apiece)
            when = ("near", a.segment, a.period)
        if is_compared(a) and not _QUALIFIED.search(a.before(16)):
            # "USD 290.63 Billion (Rs.21,50,325 Crore) as against USD 313.36 Billion (Rs.22,19,854
            # Crore) during 2019-20": the figure a change is measured from is of the base
            # period, converted at that period's rate whatever period the frame gives it
            when = ("base", when)
        ua, ub = _currency(a), _currency(b)
        key = (*sorted((ua, ub)), when)
        groups.setdefault(key, []).append((a, b) if ua == key[0] else (b, a))
        yield from _against_reference(a, b, ctx.references)
    by_pair: dict[tuple, list] = {}
    for a, b in found:
        by_pair.setdefault(tuple(sorted((_currency(a), _currency(b)))), []).append((a, b))
    for pairs in by_pair.values():
        if len(pairs) == 1:  # several are compared with each other, below
            yield from _in_reference_range(*pairs[0], graph.as_of)
    _undated_join(groups)
    _day_join(groups)
    for key, pairs in groups.items():
        if len(pairs) < 2:
            continue
        # the yardstick: the conversion most others agree with; with no majority (two
        # that disagree) neither is more likely wrong, and the finding names no suspect
        # a conversion printed too coarsely to tell rates apart ("AED 1.4 billion (US$ 0.4
        # billion)", ±16%) agrees with any: while a finer one is there it neither votes nor
        # serves as the yardstick
        fine = [i for i, p in enumerate(pairs) if not _coarse(p)] or list(range(len(pairs)))
        sample = [pairs[i] for i in fine[:MAJORITY_SAMPLE]]  # enough to find the common rate; keeps a long document linear
        support = [-1] * len(pairs)
        for i in fine:
            support[i] = sum(1 for q in sample if q is not pairs[i] and _agree(pairs[i], q))
        best = max(support)
        # between conversions equally supported, the one the article's conversions of the pair
        # for the same period in other paragraphs agree with (a year's profit and revenue
        # converted at one rate; rates of other periods differ by right)
        others = [q for k, qs in groups.items() if k[:2] == key[:2] and qs is not pairs
                  and _period_of(k[2]) == _period_of(key[2]) for q in qs if not _coarse(q)][:MAJORITY_SAMPLE]
        elsewhere = [sum(1 for q in others if _agree(p, q)) for p in pairs] if others else [0] * len(pairs)
        tied = [i for i, n in enumerate(support) if n == best]
        pick = max(tied, key=lambda i: (elsewhere[i], -i))
        if not best and elsewhere[pick] and sum(1 for i in tied if elsewhere[i] == elsewhere[pick]) == 1:
            best = 1  # no majority here, but one of them agrees with the rate elsewhere: the yardstick
        if not best and not any(elsewhere):
            # nor for the same period: a conversion that agrees with the article's rate of any
            # other period ("since 2019 ... $31.9 billion (US$153.1 million)" beside the
            # quarter's three at one rate) is the yardstick, not a suspect beside the one that
            # agrees with none (rates drift, but not the way a slip moves one)
            agreeing = [i for i in tied if any(_agree(pairs[i], q) for k, qs in groups.items()
                                               if k[:2] == key[:2] and qs is not pairs for q in qs)]
            if len(agreeing) == 1:
                pick, best = agreeing[0], 1
        if not best:
            pick, best = _voted_by_the_coarse(pairs, fine, pick)
        fa, fb = pairs[pick] if best else min(pairs, key=lambda p: _rounding_spread(*p))
        if not best:
            # no majority: a conversion that agrees with the reference rate is the yardstick
            agreeing = [p for p in pairs if _agrees_with_reference(p, ctx.references)]
            if len(agreeing) == 1:
                (fa, fb), best = agreeing[0], 1
            elif len(pairs) >= 3:
                # three or more rates and no two agree: a slip moves a rate away from the
                # others (a scale word a thousand-fold), so the one between them is the yardstick
                (fa, fb), best = sorted(pairs, key=lambda p: p[0].value / p[1].value)[(len(pairs) - 1) // 2], 1
        for a, b in pairs:
            if a is fa:
                continue
            pair, rate = f"{key[0]}/{key[1]}", a.value / b.value
            yield Relation("fx-rate", "ratio_conversion", [a, fa, fb], b, lambda v: v[0] * v[2] / v[1],
                           f"{_q(a)} at the {fa.value / fb.value:.4g} {pair} of line {fa.claim.line} "
                           f"({_q(fa)} = {_q(fb)})", "{0} × {2} ÷ {1}", slack=abs(b.value) * RATE_AGREEMENT,
                           note=f"a rate of {rate:.4g} {pair}", anchors=(fa, fb) if best else (a, b, fa, fb),
                           closed=True)


#: A conversion at a fixed parity may round the rate ("3.67 dirhams") or use a bank's
#: buying rate beside it: allowed besides the printed rounding of the two figures.
PARITY_SLACK = 0.01

#: A figure with one separator before three digits ("5.400", "1,200"): the separator groups
#: thousands in one convention and marks decimals in another (Cape Verde prints "1.000$00"),
#: so a conversion off its parity by a factor of about a thousand is the reading's doubt,
#: never a slip to report.
_GROUP_OR_DECIMALS = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3}(?![\d.,])")


def _at_parity(a: Node, b: Node):
    """One conversion of a pegged pair ("SR26.8 billion ($7.13 billion)", "102bn CFA francs
    (€156m)") converts at the parity the law fixes: an identity with no second conversion
    to compare with."""
    when = a.period or b.period or ""
    year = int(when[:4]) if when[:4].isdigit() else None
    band = parity(_currency(a), _currency(b), year)
    if band is None:
        return
    rate = (band[0] + band[1]) / 2
    if a.value and b.value and abs(math.log10(abs(b.value / (a.value * rate)))) > 2.9 \
            and any(_GROUP_OR_DECIMALS.search(n.claim.surface) for n in (a, b)):
        return  # "5.400 million escudos" read as 5.4 million where a dot groups thousands
    spread = (band[1] - band[0]) / 2 / rate + PARITY_SLACK
    pair = f"{_currency(b)}/{_currency(a)}"
    yield Relation("fx-rate", "ratio_conversion", [a], b, lambda v: v[0] * rate,
                   f"{_q(a)} at the fixed parity of {rate:.6g} {pair}", "{0} × " + f"{rate:.6g}",
                   slack=abs(b.value) * spread, note=f"a rate of {b.value / a.value:.4g} {pair}", closed=True)


#: Beyond the year's highest and lowest reference rate, a conversion may use a rate rounded,
#: a bank's selling rate or one of a year before: a slip is a factor of ten or more away.
RANGE_SLACK = 0.15
#: A range wider than this (a currency that lost most of its value within the years in play)
#: bounds no conversion.
WIDEST_RANGE = 3.0


def _years(a: Node, b: Node, as_of: Optional[str]) -> list[int]:
    """The years whose rates a conversion may use: its figures' period's and the article's."""
    years = set()
    for when in (a.period, b.period, as_of):
        if when and when[:4].isdigit():
            years.add(int(when[:4]))
    return sorted(years)


def _in_reference_range(a: Node, b: Node, as_of: Optional[str]):
    """The one conversion of a pair of currencies the European Central Bank quotes ("USD 2.4
    billion (EUR 1.9 million)"): with no second conversion to compare it with, its rate lies
    within the range of the ECB's reference rates in its year or the article's; a candidate,
    broken only by a slip of one figure a factor of ten or more (a scale word, a decimal point)."""
    ua, ub = _currency(a), _currency(b)
    # an undated text (more and more are) converts at some rate of the years both were quoted
    years = _years(a, b, as_of) or quoted_years(ua, ub)
    band = rate_range(ua, ub, years) if years else None
    if band is None or parity(ua, ub, None) is not None or not a.value:
        return
    lo, hi = band[0] * (1 - RANGE_SLACK), band[1] * (1 + RANGE_SLACK)
    if hi / lo > WIDEST_RANGE or any(_GROUP_OR_DECIMALS.search(n.claim.surface) for n in (a, b)):
        return
    rate = (lo + hi) / 2
    pair = f"{ub}/{ua}"
    yield Relation("fx-rate", "ratio_conversion", [a], b, lambda v: v[0] * rate,
                   f"{_q(a)} at the ECB reference rates of {years[0]}" + (f"-{years[-1]}" if len(years) > 1 else "") + " "
                   f"({band[0]:.4g} to {band[1]:.4g} {pair})", "{0} × " + f"{rate:.4g}",
                   exact=False, slack=abs(b.value) * (hi - lo) / 2 / rate,
                   note=f"a rate of {b.value / a.value:.4g} {pair}", closed=True, only_slips=_LARGE_SLIPS)


#: The slips that move a figure far enough to leave a year's range of rates.
_LARGE_SLIPS = ("scale_word", "digit_group", "zero_dropped", "decimal_point")


def _voted_by_the_coarse(pairs: list, fine: list[int], pick: int) -> tuple[int, int]:
    """(pick, 1) when no finer conversion agrees with another but most of the coarse ones
    agree with one fine conversion alone: a coarse conversion agrees with a wide band of rates,
    never with a rate a slip moved ("MVR18.4 billion (US$1.1 billion)" at 16.7 beside four at
    about 15.4); else (pick, 0), no yardstick."""
    coarse = [q for i, q in enumerate(pairs) if i not in fine]
    votes = {i: sum(1 for q in coarse if _agree(pairs[i], q)) for i in fine}
    top = max(votes.values(), default=0)
    winners = [i for i, v in votes.items() if v == top]
    if top >= 2 and 2 * top > len(coarse) and len(winners) == 1:
        return winners[0], 1
    return pick, 0


#: Currencies a unit of no other currency is worth ten of. The dearest currency, the Kuwaiti
#: dinar, trades at about 3.3 US dollars (Central Bank of Kuwait); the pound and the euro at
#: about 1.1-1.3. A conversion implying a currency worth ten dollars, euros or pounds has a
#: scale word wrong ("232.5 million meticais (about 6.4 billion dollars)").
MAJOR_CURRENCIES = frozenset({"USD", "EUR", "GBP"})
DEAREST_UNIT = 10.0
#: Codes of metals, drawing rights and crypto-assets, whose unit may be worth thousands of dollars.
_NOT_CURRENCIES = frozenset({"XAU", "XAG", "XPT", "XPD", "XDR", "BTC", "XBT", "ETH"})


def _dearer_than_any_currency(a: Node, b: Node):
    """One conversion, a currency against the dollar, euro or pound, that prices a unit of the
    currency above any there is: a scale word of one of the two figures is wrong, whatever
    rate the period had."""
    ua, ub = _currency(a), _currency(b)
    if (ua in MAJOR_CURRENCIES) == (ub in MAJOR_CURRENCIES):
        return
    (other, code), (major, major_code) = ((a, ua), (b, ub)) if ub in MAJOR_CURRENCIES else ((b, ub), (a, ua))
    if code in _NOT_CURRENCIES or len(code) != 3 or not code.isalpha() or not code.isupper() or not other.value:
        return
    worth = abs(major.value / other.value)  # major units per unit of the other currency
    if worth <= DEAREST_UNIT:
        return
    factor = next((f for f in (1e3, 1e6, 1e9) if worth / f <= DEAREST_UNIT), None)
    fix = f"; {_q(other)} read {factor:g} times larger, or {_q(major)} {factor:g} times smaller, gives a rate of " \
          f"{worth / factor:.4g} {major_code} per {code}" if factor else ""
    yield Finding("fx-rate", [other.id, major.id],
                  f"{_q(other)} = {_q(major)} prices one {code} at {worth:.4g} {major_code}, dearer than any "
                  f"currency (the dearest, the Kuwaiti dinar, is worth about 3.3 US dollars): a scale word is "
                  f"wrong{fix}", kind="ratio_conversion")


#: "more than 58 billion MRU": the qualifier of the figure, not the base of a comparison
_QUALIFIED = re.compile(r"\b(?:more|less|fewer)\s+than\s+$|(?<!\d)(?:^|\s)(?:just\s+)?over\s+$", re.I)


def _currency(n: Node) -> str:
    """The currency of a money figure: of a price, its numerator ("161 US dollars
    (366,275/-) a night" converts as dollars do)."""
    return rate_parts(n.unit)[0].strip()


def _undated_join(groups: dict[tuple, list]) -> None:
    """A conversion of no stated period ("20 billion dinars ($65 billion)") is made at the
    rate the article uses: it joins the pair's conversions when they are all of one period."""
    for key in [k for k in groups if k[2] is None]:
        dated = [k for k in groups if k[:2] == key[:2] and k[2] is not None]
        if len(dated) == 1:
            groups[dated[0]] += groups.pop(key)


def _day_join(groups: dict[tuple, list]) -> None:
    """A conversion of a stock held at one day ("cash of 1.2 billion dinars ($3.9 billion) at
    the year's end") made at the rate of the span it closes, the article's only span of the
    pair holding that day: it joins that span's conversions, as it did before the stock was
    dated to its day (a rate is a rate of the report, not of the day the stock is counted)."""
    spans = {k: span for k in groups if isinstance(when := _period_of(k[2]), str)
             and (span := timespan.parse(when)) is not None}
    for key, day in spans.items():
        if day.start != day.end:
            continue
        holding = [k for k, s in spans.items() if k in groups and k[:2] == key[:2] and s != day
                   and s.start <= day.start and day.end <= s.end]
        if len(holding) == 1:
            groups[holding[0]] += groups.pop(key)


def _period_of(when) -> object:
    """The period of a group's key: a period carried into a paragraph ('near', paragraph,
    period) is that period; a base stays a base of its period."""
    if isinstance(when, tuple) and when and when[0] == "near":
        return when[2]
    if isinstance(when, tuple) and when and when[0] == "base":
        return ("base", _period_of(when[1]))
    return when


def _agrees_with_reference(p: tuple[Node, Node], references) -> bool:
    a, b = p
    pair = f"{a.unit}/{b.unit}"
    ref = _rate_reference(pair, a.claim.period or b.claim.period, references)
    if ref is None:
        return False
    ref_rate = ref.value if ref.unit_code == pair else 1 / ref.value
    return abs((a.value / b.value) / ref_rate - 1) <= RATE_AGREEMENT + _rounding_spread(a, b)


def _coarse(p: tuple[Node, Node]) -> bool:
    return _rounding_spread(*p) > RATE_AGREEMENT


def _agree(p: tuple[Node, Node], q: tuple[Node, Node]) -> bool:
    return abs((p[0].value / p[1].value) / (q[0].value / q[1].value) - 1) <= RATE_AGREEMENT + _rounding_spread(*p) \
        + _rounding_spread(*q)


def _against_reference(a: Node, b: Node, references: list[Reference]):
    ref = _rate_reference(f"{a.unit}/{b.unit}", a.claim.period or b.claim.period, references)
    if ref is None:
        return
    pair, rate = f"{a.unit}/{b.unit}", a.value / b.value
    ref_rate = ref.value if ref.unit_code == pair else 1 / ref.value
    if abs(rate / ref_rate - 1) > RATE_AGREEMENT + _rounding_spread(a, b):
        yield Finding("fx-rate", [a.id, b.id],
                      f"{_q(a)} = {_q(b)} implies {rate:.4g} {pair}, but the reference rate for "
                      f"{ref.period} is {ref_rate:.4g} ({percent_diff(rate, ref_rate)}; {ref.id})",
                      reference=ref.id, expected=f"{ref_rate:.4g} {pair}", kind="ratio_conversion")
    else:
        yield Finding("fx-rate", [b.id], f"implied rate {rate:.4g} {pair} agrees with the reference "
                                         f"{ref_rate:.4g} ({ref.id})",
                      flag=False, reference=ref.id, expected=f"{ref_rate:.4g} {pair}")


def _rounding_spread(a: Node, b: Node) -> float:
    """The relative rounding of the two printed figures (not the 'about' allowance: the
    2 percent agreement is that)."""
    return sum((n.claim.precision or 0) / 2 / abs(n.value) for n in (a, b) if n.value)


def _rate_reference(pair: str, period: Optional[str], references) -> Optional[Reference]:
    """The reference rate for the pair in the period: the month's rate before the year's
    (a reference index answers through its rates(); a plain list is searched)."""
    if not period:
        return None
    inverse = "/".join(reversed(pair.split("/")))
    lookup = getattr(references, "rates", None)  # a reference index: curated and imported rates
    if lookup is not None:
        hits = lookup((pair, inverse), period)
    else:
        year = period[:4]
        hits = sorted((r for r in references if r.unit_code in (pair, inverse) and r.period in (period, year)),
                      key=lambda r: r.period != period)
    return hits[0] if hits else None


#: A conversion rounds the converted figure: allow this much besides the printed rounding.
CONVERSION_ROUNDING = 0.01


@rule("units")
def unit_equivalences(graph: Graph, ctx: Context):
    from factcheck.extract.units import convert

    for a, b in conversions(graph, money=False):
        if a.kind not in (MEASURE, DURATION) or b.kind != a.kind:
            continue
        if convert(1.0, a.unit, b.unit) is None:
            continue
        ua, ub = a.unit, b.unit
        yield Relation("units", "ratio_conversion", [a], b, lambda v, ua=ua, ub=ub: convert(v[0], ua, ub),
                       f"{_q(a)} in {ub}", "{0}", slack=abs(b.value) * CONVERSION_ROUNDING)
