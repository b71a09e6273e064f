"""`product`: a count times a price or an average gives the total stated beside them
("1.2 million visitors spent 1,500 dollars each, 1.8 billion dollars in all"). The text
rarely says that the three belong together, so a gap is reported only when one slip of
one printed number explains it; an average price per tonne, kilogram or box is the value
over the volume by definition ("sold 29.1 million kg at an average US$1.48/kg")."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.patterns import lazy
from factcheck.quantities import PER, rate_parts
from factcheck.relations.graph import AMOUNT_KINDS, COUNT, MONEY, RATE, Graph, Node, periods_equal
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation

# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_AVERAGE = lazy(r"\b(?:average|averag\w+|per\s+(?:capita|head|person|visitor|tourist|unit)|each|apiece)\b", re.I)


def _rate_parts(n: Node):
    """(numerator unit, denominator unit) of a per-unit figure: 'USD / barrel'."""
    num, den = rate_parts(n.unit)
    if den:
        return num.strip(), den.strip()
    if n.kind == MONEY and (n.level or n.role == RATE) and (_AVERAGE.search(n.before(40)) or _AVERAGE.search(n.after(25))
                                       or _AVERAGE.search(n.claim.metric or "")):
        return n.unit, "count"
    return None


_COUNTED = frozenset({"count", "person", "people", "visitor", "tourist", "passenger", "worker", "household",
                      "vehicle", "unit", "car", "trip", "night", "box", "bag", "bale", "head", "piece"})


@rule("product")
def count_times_average(graph: Graph, ctx: Context):
    paired: set[int] = set()  # the averages a rule below has paired
    for r in graph.nodes:
        parts = _rate_parts(r)
        if parts is None or not r.value or not r.exact:
            continue
        num, den = parts
        sentence = graph.sentence_of(r)
        # "USD / person": a count of people is a count all the same
        counts = [n for n in sentence if n is not r and (n.unit == den or n.kind == COUNT and den in _COUNTED)
                  and n.kind in AMOUNT_KINDS and n.value > 1]
        # another average beside it ("US$ 324, lower than the average of US$ 343") is no total
        totals = [n for n in sentence if n is not r and n.unit == num and n.kind in AMOUNT_KINDS and n.value > r.value
                  and n.role != RATE and not n.claim.context.get("converted")]
        if len(counts) == 1 and not totals and not any(n.unit == num for n in sentence if n is not r):
            # "Expenditure of Turks abroad fell 15 percent to $1.13 billion. The average
            # expenditure of 1.69 million Turks visiting abroad was $668.": the total the
            # sentence before states, of any size (a dropped scale word is a slip to find)
            before = [n for n in graph.previous_sentence(r) if n.unit == num and n.kind in AMOUNT_KINDS
                      and n.level and n.exact and not n.claim.context.get("converted")]
            totals = before if len(before) == 1 else []
        if len(counts) != 1 or len(totals) != 1:
            continue
        paired.add(r.index)
        yield Relation("product", "product", [counts[0], r], totals[0], lambda v: v[0] * v[1],
                       "count × average", "{0} × {1}", exact=False)
    for relation in price_times_volume(graph):
        paired.add(relation.result.index)
        yield relation
    yield from average_of_figures_apart(graph, paired)


def _per(n: Node, den: str) -> bool:
    """A figure counted in what a price is per: kilograms for "$1.48/kg"; a count that
    names what it counts so ("33,983 boxes" for "a box", "1.2 million tourists" for "per
    capita"), never a count of something else ("6.2 million nights" for "per capita")."""
    if n.unit == den:
        return True
    if n.kind != COUNT or den not in _COUNTED:
        return False
    # the noun the figure is printed with, else (a bare number) its metric
    text = _SCALE_OR_DIGITS.sub(" ", n.claim.surface.lower()).strip() or (n.claim.metric or "").lower()
    return any(re.search(rf"\b{w}(?:e?s)?\b", text) for w in _KIN.get(den, (den,)))


_SCALE_OR_DIGITS = re.compile(r"[\d.,]+|\b(?:thousand|million|billion|trillion|mln|bln|mn|bn|[mk])\b|[-–]")


_PEOPLE = ("person", "people", "visitor", "tourist", "passenger", "arrival", "traveller", "traveler", "guest")
_KIN = {"person": _PEOPLE, "visitor": _PEOPLE, "tourist": _PEOPLE, "passenger": _PEOPLE, "count": _PEOPLE}


def price_times_volume(graph: Graph):
    """A unit price stated apart from the volume and the value it makes: "US$44.3 million
    has been realised from 29.1 million kilogrammes. The leaf has been sold at an average
    price of US$1.48/kg" (value = volume × price). The volume and the value are the
    nearest of the price's period and subject in the sentences around it, passing over
    sentences that state a price of their own (their volume is that price's). By
    definition when the price is an average and the three stand in adjoining paragraphs;
    else a candidate, broken only by a slip that explains the gap."""
    for r in graph.nodes:
        if PER not in r.unit or not r.value or not r.exact or r.kind != MONEY or r.paragraph is None:
            continue
        num, den = _rate_parts(r)
        if any(n is not r and (n.unit == num or _per(n, den)) for n in graph.sentence_of(r)):
            continue  # the rule above reads a price with its count or total beside it
        volume = _nearest(graph, r, lambda n: _per(n, den))
        value = _nearest(graph, r, lambda n: n.unit == num and n.value > r.value)
        if volume is None or value is None:
            continue
        paragraphs = [n.paragraph or 0 for n in (r, volume, value)]
        exact = max(paragraphs) - min(paragraphs) <= 1 \
            and bool(_AVERAGE.search(r.before(40)) or _AVERAGE.search(r.claim.metric or ""))
        # the average is the figure worked out from the other two: with no slip to name,
        # the one the others determine
        yield Relation("product", "average", [value, volume], r, lambda v: v[0] / v[1],
                       "value ÷ volume", "{0} ÷ {1}", exact=exact)


def _nearest(graph: Graph, r: Node, fits, other_prices: bool = False) -> Optional[Node]:
    """The one figure `fits` accepts in the sentences nearest `r` (levels of its period and
    subject, within three paragraphs), skipping sentences with a price like `r` (with
    `other_prices`, only those with another average of its unit: a level of it is a total)."""
    k = graph.sentences.index(r.sentence)
    for d in range(1, 8):
        found = []
        for j in (k - d, k + d):
            if not 0 <= j < len(graph.sentences):
                continue
            sentence = graph.by_sentence[graph.sentences[j]]
            if any(n.unit == r.unit and (not other_prices or n.role == RATE) for n in sentence) \
                    or abs((sentence[0].paragraph or 0) - r.paragraph) > 3:
                continue
            # the average value of an exported tonne is of exports, never of imports
            found += [n for n in sentence if _level_beside(n, r) and not (r.concept and n.concept and r.concept != n.concept)
                      and fits(n)]
        if found:
            return _the_one(found)
    return None


def _level_beside(n: Node, r: Node) -> bool:
    """An exact level of `r`'s period and topic, stated as itself (not a conversion)."""
    return n.level and n.exact and n.topic == r.topic and periods_equal(n, r) and not n.claim.context.get("converted")


def _the_one(found: list[Node]) -> Optional[Node]:
    """The figure `found` holds, when every figure in it has one value (a figure restated)."""
    return found[0] if len({round(n.value, 6) for n in found}) == 1 else None


def average_of_figures_apart(graph: Graph, paired: set[int]):
    """An average whose count and total the article states in other sentences: "Inbound
    tourists ... amounted to 2,766,584" and "Total tourist expenditure was estimated at
    EUR 2.6 billion, ... per capita increasing to EUR 926"; "exported 166.6 million kilograms
    of tobacco at an average price of $4.96 per kg" with the "$827.4 million" it earned a
    paragraph before (count × average = total). The count is the one figure of the
    average's period counted in what it is per (in its sentence, else the nearest); the
    total the one level of its unit and period, in its sentence, else the nearest. The text
    does not say that the three belong together: a candidate, broken only by one slip."""
    for r in graph.nodes:
        if r.index in paired or not r.value or not r.exact or r.kind != MONEY or r.paragraph is None:
            continue
        parts = _rate_parts(r)
        if parts is None:
            continue
        num, den = parts

        def counted(n: Node, den=den) -> bool:
            # "weighing in on average at 3.4 pounds" is an average itself, no count
            return n.kind in AMOUNT_KINDS and n.value > 1 and _per(n, den) and not _AVERAGE.search(n.before(40))

        def total_of(n: Node, num=num) -> bool:
            return n.unit == num and n.kind in AMOUNT_KINDS and n.role != RATE and n.value > r.value

        count = _in_sentence(graph, r, counted) or _nearest(graph, r, counted, other_prices=True)
        total = _in_sentence(graph, r, total_of) or _nearest(graph, r, total_of, other_prices=True)
        if count is None or total is None or count.sentence == total.sentence == r.sentence:
            continue  # all three in one sentence: count_times_average's to read
        if total.sentence != count.sentence and any(n is not count and counted(n) for n in graph.sentence_of(total)):
            continue  # a total stated with a volume of its own ("$44.3 million ... from 29.1 million kg") is that one's
        yield Relation("product", "product", [count, r], total, lambda v: v[0] * v[1],
                       "count × average", "{0} × {1}", exact=False)


def _in_sentence(graph: Graph, r: Node, fits) -> Optional[Node]:
    """The one exact level of `r`'s period and topic in `r`'s sentence that `fits`."""
    return _the_one([n for n in graph.sentence_of(r) if n is not r and _level_beside(n, r) and fits(n)])
