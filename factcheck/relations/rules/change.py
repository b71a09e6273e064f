"""`level-change`: levels and their changes in any word order ("rose N% to Y from X",
"from X to Y, an increase of N%", "Y, compared with X a year earlier, a growth of N%",
"up by 8,000 from X to Y"); a change against the earlier level stated elsewhere or in a
reference; a total's growth implied by its components' levels and growths. The difference
of two rates in percentage points is `points`'."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from factcheck import timespan
from factcheck.models import Finding
from factcheck.quantities import format_quantity
from factcheck.relations.graph import (
    AMOUNT_KINDS, BOUNDS, CHANGE, GROWTH, LEVEL, MEASURE, PERCENT, Graph, Node,
    is_compared,
    clause_subject, series_compatible,
)
import factcheck.relations.table as table
from factcheck.relations.registry import Context, rule
from factcheck.relations.interval import half_width, of_claim
from factcheck.relations.relation import Relation
from factcheck.relations.slips import printed, significant_digits
from factcheck.relations.common import (after_previous_figure, attached_level, exact_or_bound, from_to, irrealis, is_level,
                                       level_figures, sign, workable_pair)
import factcheck.relations.vocabulary as vocab
from factcheck.relations.compose import compositions, readings

# Growth of output measures is usually real (volume) growth, which the ratio of two
# nominal levels does not give: never compare those.
REAL_GROWTH = re.compile(r"\b(?:gdp|gross domestic product|output|economy|economic|real|volume|constant)\b", re.I)


def _real(g: Node, level: Node) -> bool:
    """A real (volume) growth against nominal levels; levels of a quantity (tonnes, cubic
    metres) are volumes already, and their ratio is the volume growth."""
    return level.kind != MEASURE and bool(REAL_GROWTH.search(g.claim.metric or ""))
#: Revisions of the base period: a change against a reference's level of the base period
#: may differ by this many points.
REVISION = 0.5


def _growth(n: Node) -> bool:
    """A growth rate with its direction, exact or approximate ("about a 33 percent
    increase" allows a few percent of 33, not 48)."""
    return n.kind == PERCENT and n.role == GROWTH and n.claim.qualifier in ("exact", "approx") and sign(n) is not None


def _bound_growth(n: Node) -> bool:
    """A growth rate printed as a bound, with its direction: "a drop of more than 50%",
    "up over three per cent", "almost 70 percent more". Its levels can break it (a fall of
    39% is no drop of more than 50%), never pin it (bounds.read_closed reads its digits):
    paired with its levels by its sentence's words, like any growth; with levels stated
    elsewhere, a candidate."""
    return n.kind == PERCENT and n.role == GROWTH and n.claim.qualifier in BOUNDS and sign(n) is not None


def _held_to_print(g: Node, cut: bool = False) -> dict:
    """The tolerance of a growth measured from two levels: a growth printed with decimals
    states its own precision, rounded to it, or cut to it when it has two decimals or more
    (79.846% as "79.84pc"); the fixed slack of 0.05 points let 22.544% pass as "22.52
    percent" and 12.29% as "12.2". The slack still serves to choose the figure to blame:
    a slip undone in a level another identity shares need only restore what held before.
    cut: a growth apart from its levels, worked out by the writer from figures printed
    elsewhere, may be cut at one decimal as well (53.46% as "53.4%"), never moved toward
    zero (−11.54% is not "−11.6%")."""
    p = printed(g.claim.surface)
    if _bound_growth(g):
        return {"slack": 0.05}  # "more than 46.8%" of 46.79%: a bound holds the writer's rounding
    if p is not None and p.decimals >= HELD_DECIMALS:
        return {"slack": 0.05, "held_to": (0.0, cut or p.decimals >= 2)}
    return {"slack": 0.05}


#: A growth printed with this many decimals or more is held to them.
HELD_DECIMALS = 1


def _growth_between(old: Node, new: Node, g: Node, label: str, exact: bool = True, **tolerance) -> Relation:
    """The growth g, signed by its words, against the two levels it is measured between."""
    s = sign(g)
    return Relation("level-change", "percent_change", [old, new], g, lambda v: (v[1] / v[0] - 1) * 100 * s, label,
                    "({1} ÷ {0} − 1)" if s > 0 else "(1 − {1} ÷ {0})", **tolerance, result_text=_pct, exact=exact,
                    mistakes=(("later_base", lambda v: (1 - v[0] / v[1]) * 100 * s),))


def _change_in(old: Node, new: Node) -> str:
    return f"change in {new.claim.metric or old.claim.metric or 'the level'}"


def _pct(v: float) -> str:
    return f"{v:+.2f}%"



# "up 35.2 percent from 596,000 units", "a 17 per cent increase from the previous Sh85
# billion", "an increase of 9 percent over the 8.37 million", "increased by 77.70 percent, from
# $71.829 million to $127.645 million": the figure a growth is from
_GROWTH_FROM = re.compile(r"^\s*,?\s*(?:(?:increase|rise|gain|growth|jump|decrease|decline|drop|fall|contraction)\s+)?"
                          r"(?:(?:year[- ]on[- ]year|y/y|yoy)\s+)?(?:from|over|compared\s+(?:with|to)|against|versus|vs\.?)"
                          r"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:previous|prior|revised|year-ago|year-earlier)\s+)?"
                          # "over April's shipment of 4,384 tonnes", "from last year's total of"
                          r"(?:(?:[A-Za-z]+\s+)?[A-Za-z]+['’]s\s+(?:[a-z]+\s+){0,2}(?:of\s+)?)?$", re.I)
# "from 698 to 749", "from $111 million in 2009 to $99.9 million", "in March 2019 to"
_TO_AFTER_FROM = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?to\s+(?:the\s+|a\s+)?[^\s\d]{0,4}$")
# "That's up 35.2 percent", "This shows 79.84pc growth", "It represented a rise of": a
# sentence about the figure of the sentence before
_ANAPHOR = re.compile(r"^\s*(?:that|this|it|which)(?:['’]s|\s+(?:is|was|represents?|represented|shows?|showed|"
                      r"marks?|marked|means?|meant|actually|brings?|brought|puts?|put)\b)", re.I)


def _pair_in_own_stretch(graph: Graph, g: Node, unit: str) -> Optional[tuple[Node, Node]]:
    """(earlier, later) among the figures after a growth up to the sentence's next change (or
    its end, after another change), where the sentence holds several pairs ("containers rose
    by 7.95% to 279,550 TEUs, compared to 258,955 TEUs ..., while import containers increased
    by 7.80% to 281,677 TEUs, compared to 261,298 TEUs"): the growth's own stretch names its
    two levels."""
    sentence = graph.sentence_of(g)
    i = sentence.index(g)
    stretch = []
    for n in sentence[i + 1:]:
        if n.role in (GROWTH, CHANGE):
            break
        stretch.append(n)
    if len(stretch) == len(sentence) - i - 1 and not any(n.role in (GROWTH, CHANGE) for n in sentence[:i]):
        return None  # the sentence's one change: its comparison is from_to's to read
    figures = level_figures(stretch, unit)
    olds = [n for n in figures if is_compared(n)]
    news = [n for n in figures if not is_compared(n)]
    if len(olds) != 1 or len(news) != 1:
        return None
    old, new = olds[0], news[0]
    if not series_compatible(g, new) or not series_compatible(g, old):
        return None  # "receipts rose 8% as arrivals reached 1.2 million, up from 1.1 million, while ...": another series
    return (old, new) if workable_pair(old, new) else None


def growth_from(graph: Graph, g: Node) -> Optional[tuple[Node, Node]]:
    """(earlier, later) for a growth rate the text measures from a figure it names right
    after it ("up 35.2 percent from 596,000"): the later level is the one the growth is
    of, before it in the sentence ("Sh100 billion ..., a 17 per cent increase from the
    previous Sh85 billion"), or, in a sentence about the one before ("That's up ..."),
    that sentence's figure."""
    sentence = graph.sentence_of(g)
    i = sentence.index(g)
    old = next((n for n in sentence[i + 1:] if n.kind in AMOUNT_KINDS), None)
    if old is None:
        return None
    worded = bool(_GROWTH_FROM.match(g.claim.sentence[g.local[1]: old.local[0]]))
    if not worded and not _framed_base(sentence, g, old):
        return None
    if old.role in (GROWTH, CHANGE) or old.claim.context.get("converted") or not old.exact or not old.value:
        return None
    j = sentence.index(old)
    later = next((n for n in sentence[j + 1:] if n.kind in AMOUNT_KINDS), None)
    if later is not None and _TO_AFTER_FROM.match(g.claim.sentence[old.local[1]: later.local[0]]):
        # "rose seven percent from 698 to 749": the pair the growth itself names
        if later.unit != old.unit or later.role in (GROWTH, CHANGE) or not exact_or_bound(later):
            return None
        return old, later
    news = [n for n in level_figures(sentence[:i], old.unit) if not is_compared(n)]
    if not worded:
        # the level reached is of the growth's own time, and no base of another comparison
        # ("increased by 3.67 per cent … compared to … (N5.36 trillion), but declined by 25.83
        # per cent when compared to … (N7.50 trillion)")
        news = [n for n in news if not n.claim.context.get("compared_side") and _same_time(n, g)]
        if not news:
            return None  # the level reached is stated in another sentence: `anaphoric_pair`'s or elsewhere's
    if not news and _ANAPHOR.match(g.claim.sentence):
        news = [n for n in level_figures(graph.previous_sentence(g, same_paragraph=False), old.unit) if not is_compared(n)][:1]
    if not news or not exact_or_bound(news[-1]):
        return None
    return old, news[-1]


def _framed_base(sentence: list[Node], g: Node, old: Node) -> bool:
    """The figure right after a growth, with no other figure between, is the level it is
    measured from by the frame's reading whatever the words between them: dated at the
    growth's base period, and the other side of the sentence's comparison ("an increase of
    25.6 percent compared to the same period of 2021 (251.4 trillion soums …)", "increased
    by 49.9% compared to 2019 when it reached only 5.8 billion dollars", "declined by 25.83
    per cent when compared to the value recorded in the corresponding quarter of last year
    (N7,495.67 trillion)", "29.3 percent higher than February's $1.56 billion")."""
    base = g.claim.base_period
    return bool(base) and sentence.index(old) == sentence.index(g) + 1 \
        and old.period == timespan.canonical(base) and bool(old.claim.context.get("compared_side"))


def _framed_only(graph: Graph, g: Node, old: Node) -> bool:
    """The growth's base `old` is read by `_framed_base` alone, not by words of "from X"."""
    sentence = graph.sentence_of(g)
    return old in sentence and _framed_base(sentence, g, old) \
        and not _GROWTH_FROM.match(g.claim.sentence[g.local[1]: old.local[0]])


def anaphoric_pair(graph: Graph, g: Node) -> list[tuple[Node, Node]]:
    """'11,10,034 people went abroad for work in 2022 against 6,17,209 people in 2021. This
    shows 79.84pc growth': a growth in a sentence of no figures of its own, about the pair
    of levels the sentence before compares."""
    if not _ANAPHOR.match(g.claim.sentence) or any(n.kind in AMOUNT_KINDS and n is not g for n in graph.sentence_of(g)):
        return []
    if _CAUSE_BEFORE.search(g.before(80)):
        return []  # "This was largely due to a 13.5 percent cut in investment spending": a cause, not the change
    previous = graph.previous_sentence(g, same_paragraph=False)
    if not previous:
        return []
    return [pair for unit in sorted({n.unit for n in previous if n.kind in AMOUNT_KINDS})
            if (pair := from_to(graph, previous[0], unit, AMOUNT_KINDS, include_anchor=True))]


def plan_before(graph: Graph, g: Node) -> Optional[tuple[Node, Node]]:
    """(plan, outturn) for a change the frame measured from a plan the sentence before closes
    with ("Fuel Tax was supposed to contribute $8,848,140. However, so far, it has yielded
    $10,948,168, an increase of …": extract/plans.across_sentences marks it)."""
    if not g.claim.context.get("plan_before"):
        return None
    sentence = graph.sentence_of(g)
    levels = [n for n in sentence[: sentence.index(g)] if n.kind in AMOUNT_KINDS and n.role not in (GROWTH, CHANGE)]
    plans = [n for n in graph.previous_sentence(g) if is_compared(n) and n.kind in AMOUNT_KINDS]
    if len(levels) != 1 or not plans:
        return None
    plan, outturn = plans[-1], levels[0]
    if plan.unit != outturn.unit or not plan.exact or not plan.value or not exact_or_bound(outturn):
        return None
    return plan, outturn


# "This was due to", "driven by", "thanks to": what follows is what made the change, a part
# or another measure, not the change the sentence before states
# (the phrases both it and _CAUSE_WORD read as naming a cause)
_CAUSE_PHRASES = r"due\s+to|thanks\s+to|owing\s+to|on\s+the\s+back\s+of|as\s+a\s+result\s+of|attributed\s+to"
_CAUSE_BEFORE = re.compile(r"\b(?:" + _CAUSE_PHRASES + r"|because\s+of|"
                           # "driven mainly by", "led largely by": an adverb of degree leaves it a cause
                           r"(?:driven|led|fuell?ed|boosted|helped)\s+(?:(?:mainly|mostly|largely|partly|primarily|"
                           r"chiefly|principally)\s+)?by|"
                           r"reflect(?:s|ed|ing)?|offset\s+by|dragged\s+down\s+by)\b[^\d]*$", re.I)


def _after_cause(g: Node, *levels: Node) -> bool:
    """The growth follows the levels and a word that names what made their change ("driven
    by", "due to"): the growth of a cause or a part, not of the levels."""
    last = max(levels, key=lambda n: n.local[1])
    return g.local[0] >= last.local[1] and _names_a_cause(g.claim.sentence[last.local[1]: g.local[0]])


# "an increase of 47%, attributed to the good price at the market, where the average price
# rose to", "a 71.8% increase as a result of the rise in the sales of olive oil (1,351.6 MD
# against 430.7 MD)": past a word naming a cause, the cause's own change, as a noun or in a
# clause of its own
_CAUSE_WORD = re.compile(r"\b(?:" + _CAUSE_PHRASES + r"|driven\s+by)\b", re.I)
_CAUSES_OWN_CHANGE = re.compile(r"[^.;]*?(?:\b(?:rise|increase|growth|jump|surge|fall|decline|drop|decrease)\s+(?:in|of)\b"
                                r"|[,;]\s*(?:where|as|while|with)\s+(?:the\s+|its\s+)?[a-z][a-z -]{2,40}?\s+"
                                r"(?:rose|fell|increased|decreased|climbed|dropped|declined|grew|jumped|went\s+(?:up|down)|"
                                r"moved|improved|slipped)\b)", re.I)


def _levels_of_the_cause(g: Node, *levels: Node) -> bool:
    """The levels follow the growth past a word that names its cause and the cause's own
    change: what moved the growth, not its levels."""
    first = min(levels, key=lambda n: n.local[0])
    if g.local[1] > first.local[0]:
        return False
    between = g.claim.sentence[g.local[1]: first.local[0]]
    cause = _CAUSE_WORD.search(between)
    return cause is not None and _CAUSES_OWN_CHANGE.match(between, cause.end()) is not None


def _names_a_cause(text: str) -> bool:
    """The text ends in a word that names what made a change, no figure after it. ("to Y
    from X, reflecting a 5% rise": what the levels show, which may be their own growth.)"""
    cause = _CAUSE_BEFORE.search(text)
    return cause is not None and not cause.group(0).lower().startswith("reflect")


# "dropped by 26.5%, in particular those of DAP, which amounted to X against Y": the words
# between a growth and a pair of levels single out a part, whose levels they are
_SINGLING_OUT = re.compile(r"\b(?:in\s+particular|particularly|especially|notably|including|of\s+which|"
                           r"among\s+(?:them|which|these|those))\b", re.I)


def _singled_out(g: Node, *levels: Node) -> bool:
    first = min(levels, key=lambda n: n.local[0])
    return g.local[1] <= first.local[0] and bool(_SINGLING_OUT.search(g.claim.sentence[g.local[1]: first.local[0]]))


def _one_change(graph: Graph, new: Node, changes: list[Node]) -> Optional[Node]:
    if len(changes) == 1:
        return changes[0]
    same = [c for c in changes if c.series == new.series]
    return same[0] if len(same) == 1 else None


def attached_growths(graph: Graph, level: Node) -> list[Node]:
    """The growth rates stated for a level in its sentence ("up 5.7% on the month and
    15.8% on the year")."""
    return [g for g in graph.sentence_of(level) if _growth(g) and attached_level(graph, g) is level]


@rule("level-change")
def level_and_change(graph: Graph, ctx: Context):
    paired: set[int] = set()
    caused: set[int] = set()  # growths after a cause word that follows their sentence's levels
    unnamed: list[Node] = []  # growths and changes no level of their series answers: tested by their times
    framed: dict[int, list[Relation]] = {}  # growths paired with a base by the frame's reading alone (`_framed_only`)
    for g in graph.nodes:
        if g.claim.context.get("coordinated_bases"):
            continue  # measured from two figures together, not from either alone (coordinated_bases.py)
        if _growth(g) or _bound_growth(g):
            # "290.63 billion dollars (21.5 lakh crore rupees) as against 313.36 billion
            # (22.2 lakh crore), a fall of 7.26% in dollar terms and 3.13% in rupee terms":
            # each unit's pair of levels is a reading; the one that holds is the relation
            options = []
            for unit in sorted({n.unit for n in graph.sentence_of(g) if n.kind in AMOUNT_KINDS}):
                pair = from_to(graph, g, unit, AMOUNT_KINDS)
                if pair is None and not g.sure_period:
                    # a period carried over cannot place the growth's levels elsewhere: its
                    # own stretch's words do (a dated growth is left to its levels by time)
                    pair = _pair_in_own_stretch(graph, g, unit)
                if pair is None:
                    continue
                old, new = pair
                if g.series and new.series and g.series != new.series and _level_of(graph, g, nearby_only=True):
                    continue  # arrivals grew 5.6% (stated below) while earnings rose from 2.1 to 2.3 billion
                if g.series and new.series and not g.series & new.series \
                        and any(n.paragraph == g.paragraph and _same_time(n, g)
                                for n in graph.by_series_any_unit(g.series, LEVEL)):
                    # "net profit rose 12% to RM1.91bn ... Revenue rose to RM6.81bn from RM6.48bn.
                    # — net profit rises 12%": the growth's own series has its level right here
                    continue
                if g.series and new.series and g.series != new.series and attached_level(graph, g) not in (None, old, new):
                    continue  # "spending hit €2.6 billion, up 23.4%, with spending per head rising to €926 from €908"
                if g.series and new.series and not g.series & new.series and "/" in new.unit:
                    # "the economy is projected to grow ... 5.0% in 2026, ... GDP per capita is predicted
                    # to rise to $3,020 from $2,858": figures per person or per unit grow by their own
                    # rate, which only a growth that shares their name states
                    continue
                if _ratio_of_amounts(g, old, new):
                    continue
                if _singled_out(g, old, new):
                    continue  # "phosphate exports dropped 26.5%, in particular those of DAP, 39.8 million against 134.6"
                if _in_own_clause(g, old, new):
                    continue  # "fell to 5,745 tons from 9,320 tons, while the average price declined 42%"
                if _another_items_bracket(g, old, new):
                    continue  # "fertilizers (2.9 billion against 79 million …) and phosphoric acid (+ 18.9%)"
                if _after_cause(g, old, new):
                    caused.add(id(g))
                    continue  # "rose 5.1% from 119.0 to 125.1, driven by a rise in transport costs of 1.59%"
                if _levels_of_the_cause(g, old, new):
                    continue  # "an increase of 47%, attributed to the good price, where the average price rose to 4.9 from 3.7"
                if _before_its_base(g, new):
                    continue  # "up 7.9%, compared with $29.1bn in 2015, while it was $37.9bn in 2014"
                if _yearly_rate_over_years(g, old, new):
                    continue  # "grown from 1.02 million in 1962 to 5.25 million in 2022, with an annual growth rate of 3.0%"
                if _own_year(g) and new.sure_period and new.period and not _same_time(new, g):
                    continue  # "leapt to 637.3 billion the next year, plunged by 26% in 2014": another year's change
                changes = [n for n in graph.sentence_of(g) if _growth(n) or n is g]
                if len(changes) > 1 and _one_change(graph, new, changes) not in (g, None):
                    continue
                options += [_growth_between(o, n, g, _change_in(o, n), exact=len(changes) == 1, **_held_to_print(g))
                            for o, n in _either_way_in_time(old, new, g)]
            if not options:
                # the growth names the figure it is from ("33 percent over April's 4,384
                # tonnes"): the text's own word; said of the sentence before, it is one only
                # when it is the one growth there ("This was due to a 9.9% fall in crude oil
                # exports, a 17.9% drop in volume and a 17.6% rise in price": candidates)
                named = growth_from(graph, g) or plan_before(graph, g)
                pairs = [p for p in ([named] if named else anaphoric_pair(graph, g)) if not _ratio_of_amounts(g, *p)]
                alone = bool(named) or sum(1 for n in graph.sentence_of(g) if _growth(n)) == 1
                if named is not None and _framed_only(graph, g, named[0]):
                    # a base the frame alone reads as the growth's, not the words "from X": a
                    # candidate, tried only where the names pair the growth with no levels
                    framed[id(g)] = [_growth_between(o, n, g, _change_in(o, n), exact=False, **_held_to_print(g))
                                     for old, new in pairs for o, n in _either_way_in_time(old, new, g)]
                    continue
                options = [_growth_between(o, n, g, _change_in(o, n), exact=alone, **_held_to_print(g))
                           for old, new in pairs for o, n in _either_way_in_time(old, new, g)]
            if options:
                paired.add(id(g))
                yield from readings(options)
        elif g.role == CHANGE and g.kind in AMOUNT_KINDS and g.exact and sign(g) is not None:
            if _against_other_series(g):
                continue
            pair = from_to(graph, g, g.unit, AMOUNT_KINDS) or _base_levels(graph, g) \
                or next((p for p in anaphoric_pair(graph, g) if p[0].unit == g.unit), None) or plan_before(graph, g)
            near = True
            if pair is None:
                # "last year's €5,063 million ... fell by about €300 million" in another paragraph
                found = levels_elsewhere(graph, g)
                if found is None:
                    unnamed.append(g)
                    continue
                *pair, near = found
            old, new = pair
            if _against_other_series(g, new):
                continue
            if g.series and new.series and not g.series & new.series:
                continue  # "net profit grew to 833.19 from 649.95 as the group booked currency gains of 659.86": another series' change
            if abs(g.value) * _NO_SLIP_APART < min(abs(old.value), abs(new.value)):
                # "debt soared from W1.6 quadrillion to W1.9 quadrillion ... each Korean took on an
                # additional W5 million": a change no scale-word slip takes that far below its
                # levels measures something else (a figure per person), not their difference
                continue
            s = sign(g)
            yield Relation("level-change", "difference", [old, new], g, lambda v, s=s: (v[1] - v[0]) * s,
                           "later − earlier level", "{1} − {0}" if s > 0 else "{0} − {1}", exact=near)
    for g in graph.nodes:
        if g.claim.context.get("coordinated_bases"):
            continue
        if _bound_growth(g) and id(g) not in paired:
            yield from _levels_elsewhere(graph, g)  # a bound states no change to work a level from
            continue
        if _growth(g) and id(g) not in paired:
            if id(g) in caused:
                continue  # the cause's growth, which the levels before its cause word are not of
            by_change = _change_and_growth(graph, g)
            if by_change is not None and _bracket_after_to_level(g, by_change.inputs[1]) and not by_change.run().holds:
                continue  # "rose by 80 to 1,445 (2.5 per cent)": a rate of the level, as likely as the change's
            if by_change is not None:
                yield by_change
                if by_change.inputs[0].exact:
                    continue
                # "higher by about $800 million ..., a growth rate of 5.5pc": a change said
                # about bounds loosely; the levels stated elsewhere test the growth closer
            found = list(_against_earlier(graph, ctx, g)) or list(_levels_elsewhere(graph, g))
            yield from found
            if not found and by_change is None:
                if id(g) in framed:
                    yield from readings(framed[id(g)])
                else:
                    unnamed.append(g)
    yield from _levels_by_time(graph, unnamed)
    yield from _component_growth(graph)
    yield from table.growth_relations(graph)


# how far below both of its levels a stated change may fall and still be their difference
# misprinted: one scale word is a thousandfold, and a change of a hundredth of a per cent of
# its level is not news
_NO_SLIP_APART = 1e4


def _before_its_base(g: Node, new: Node) -> bool:
    """The level a change would end at is dated, surely, before the change's own base: an
    older figure the sentence adds for comparison, not the change's later level."""
    return new.sure_period and timespan.before(new.period, g.claim.base_period)


def _either_way_in_time(old: Node, new: Node, g: Node) -> list[tuple[Node, Node]]:
    """(earlier, later) as the sentence compares them and, when the figure it compares against
    is dated after the other and the change's own word goes the way of time, not of the
    sentence ("2019 saw 305,274 visits compared to 32,602 in 2020, marking an 89% decrease"),
    also in time order: the reading that holds is the relation. A word that agrees with the
    sentence's order ("149,352 in 2015, or 14% more than 2016") keeps that reading alone."""
    said = sign(g)
    if old.sure_period and new.sure_period and timespan.before(new.period, old.period) \
            and said is not None and (new.value - old.value) * said < 0:
        return [(old, new), (new, old)]
    return [(old, new)]


def _ratio_of_amounts(g: Node, *levels: Node) -> bool:
    """"Orders fell to 5,745 tons from 9,320 tons, while the average price declined 42%": a
    growth of a price or an average changes a ratio of two amounts, not levels that name
    neither (the levels of the price itself name it: "the price fell 42% to $5 from $8")."""
    return bool(g.series & vocab.RATIO_SERIES_WORDS) and all(n.series and not n.series & vocab.RATIO_SERIES_WORDS
                                                             for n in levels)


_YEAR_AFTER = re.compile(r"^\s*(?:in|during)\s+((?:19|20)\d\d)\b")


#: A clause of its own after the pair of levels, with a subject naming what it measures:
#: "..., while the average price declined 42%", "but prices rose 9%".
_OWN_CLAUSE = re.compile(r"(?:^|[,;]\s*|\s)(?:while|whereas|but)\s+([^\d,;()]{1,50})$", re.I)

def _in_own_clause(g: Node, old: Node, new: Node) -> bool:
    """A growth stated after a pair of levels, in a clause of its own ("while ...") whose
    subject names a measure the pair's series does not: the change of that measure
    (the price), not of the pair (the tonnes)."""
    last = max(old, new, key=lambda n: n.local[1])
    if g.local[0] < last.local[1]:
        return False
    m = _OWN_CLAUSE.search(g.claim.sentence[last.local[1]: g.local[0]])
    named = clause_subject(m.group(1)) if m else frozenset()
    return bool(named) and not named <= (old.series | new.series)


def _another_items_bracket(g: Node, old: Node, new: Node) -> bool:
    """A list whose items carry their figures in brackets ("shipments of fresh vegetables (8.5
    billion against 4.0 billion), mineral and chemical fertilizers (2.9 billion against 79
    million) and phosphoric acid (+ 18.9%)"): a growth bracketed after one item's name is that
    item's, not the change of the levels bracketed after another item of another series."""
    if not (g.series and new.series) or g.series & new.series:
        return False
    s = g.claim.sentence
    first, last = min(old, new, key=lambda n: n.local[0]), max(old, new, key=lambda n: n.local[1])
    opened = s.rfind("(", 0, first.local[0])
    closed = s.find(")", last.local[1])
    if opened < 0 or ")" in s[opened: first.local[0]] or closed < 0 or closed > g.local[0] or "(" in s[last.local[1]: closed]:
        return False  # the two levels are not the figures of one bracket before the growth
    own = s.rfind("(", closed, g.local[0])
    if own < 0 or ")" in s[own: g.local[0]]:
        return False  # the growth is not in a bracket of its own
    between = s[closed + 1: own]
    return not any(ch.isdigit() for ch in between) and any(w.lower() not in _LINKS for w in _WORD.findall(between))


_WORD = re.compile(r"[A-Za-z]{3,}")
_LINKS = frozenset({"and", "while", "whereas", "but", "the", "with", "its", "their"})


# a rate said to be per year ("an annual growth rate of 3%", "growing 2% a year", "7% per annum")
_PER_YEAR = re.compile(r"\b(?:annual(?:ly)?|yearly|per\s+(?:year|annum)|a\s+year|each\s+year|p\.a\.)(?![\w-])", re.I)


def _yearly_rate_over_years(g: Node, old: Node, new: Node) -> bool:
    """A growth stated as a rate per year is not the change between two levels two or more
    years apart (the change over the span compounds it, or the rate is a recent year's)."""
    years = [int(n.period[:4]) for n in (old, new) if n.period and n.period[:4].isdigit()]
    return len(years) == 2 and abs(years[1] - years[0]) >= 2 and bool(_PER_YEAR.search(f"{g.before(40)} {g.after(30)}"))


def _own_year(g: Node) -> bool:
    """The growth names its year right after it ("plunged by 26% in 2014"), and the frame
    dated it so."""
    m = _YEAR_AFTER.match(g.after(20))
    return bool(m) and (g.period or "").startswith(m.group(1))


# "79 more than the number of arrivals", "12 fewer than imports": a difference from
# another series, not a change of the figure's own over time
_THAN_OTHER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower|greater|larger|smaller)\s+than\s+"
                         r"(?:the\s+)?(?:(?:number|total|amount|value|level|count|figure)\s+of\s+(?:the\s+)?)?"
                         r"([a-z][a-z-]+)", re.I)


def _against_other_series(g: Node, level: Optional[Node] = None) -> bool:
    """The difference names a comparand after "than" that is not its own series (nor, given,
    the series of the levels it would be worked from: "4,424 departures ..., 79 more than
    the number of arrivals" when the figure's name holds both)."""
    # the comparative may close the figure's own surface ("79 more" as one claim)
    tail = re.sub(r"^.*\d", "", g.claim.surface)
    m = _THAN_OTHER.match(tail + g.after(70))
    if m is None:
        return False
    from factcheck.matching import lemma

    return lemma(m.group(1)) not in (level or g).series and m.group(1).lower() not in _THAN_TIME


_THAN_TIME = frozenset({"the", "an", "last", "in", "a", "during", "before", "previously", "expected", "forecast", "planned",
                        "budgeted", "estimated", "projected", "that", "those", "this", "its", "their", "earlier",
                        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "at", "on",
                        "previous", "prior", "same", "corresponding", "year", "month", "quarter", "week", "day",
                        "double", "doubled", "triple", "twice", "half", "usual", "normal", "average", "pre"})


#: What stands between a change's to-level and a bracket right after it: "to 1,445 (",
#: "to 1,445 claimants (".
_TO_LEVEL_THEN_BRACKET = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}\(\s*")
_TO = re.compile(r"\bto\s+$", re.I)


def _bracket_after_to_level(g: Node, level: Node) -> bool:
    """"rose by 80 to 1,445 (2.5 per cent)": a bare percentage in brackets right after the
    level a change rose to, with no word of change inside, often gives the level as a rate of
    a population, not the change; it is the change's only where the arithmetic says so."""
    sentence = g.claim.sentence
    if level.sentence != g.sentence or level.local[1] > g.local[0] or not _TO.search(level.before(10)):
        return False
    if not _TO_LEVEL_THEN_BRACKET.fullmatch(sentence, level.local[1], g.local[0]):
        return False
    close = sentence.find(")", g.local[1])
    inside = sentence[g.local[1]: close if close >= 0 else len(sentence)]
    return not any(w.lower() in _CHANGE_WORDS_IN_BRACKET for w in re.findall(r"[A-Za-z]+", inside))


_CHANGE_WORDS_IN_BRACKET = frozenset({"increase", "rise", "growth", "decrease", "decline", "drop", "fall", "gain",
                                      "up", "down", "more", "less", "fewer", "higher", "lower", "change"})


def _change_and_growth(graph: Graph, g: Node) -> Optional[Relation]:
    """A level, its absolute change and its growth rate, the earlier level unstated:
    "collected €19.7 billion ..., €2.5 billion or 15 per cent up on last year" (growth =
    change ÷ (level − change)). The level is the one of the sentence, else (a candidate)
    the one figure of the series and period stated nearby."""
    sentence = graph.sentence_of(g)
    if any(is_compared(n) for n in sentence if n.kind in AMOUNT_KINDS):
        return None
    # "a decline of nearly 2.4 billion cubic metres or 6.5 per cent": a change said about
    # bounds the growth as well as an exact one
    changes = [n for n in sentence if n.role == CHANGE and n.kind in AMOUNT_KINDS and _bounded(n) and sign(n) is not None]
    if len(changes) > 1:
        # "exports rose EUR 524.6 mln or 9.7% to EUR 5.96 bln, imports EUR 531.7 mln or 8.0%
        # to EUR 7.18 bln": each series' change goes with its own growth
        changes = [n for n in changes if g.series and n.series == g.series]
    apart = not changes
    if apart:
        changes = _change_elsewhere(graph, g)
    if len(changes) != 1 or not series_compatible(changes[0], g) or sign(changes[0]) * changes[0].value * sign(g) * g.value < 0:
        return None
    delta = changes[0]
    if _real(g, delta):
        return None
    # the level beside the change ("148,000 people flew ..., 47,600 more than the year
    # before"), else beside the growth, else the one stated nearby
    near = {id(n): n for n in (*graph.sentence_of(delta), *sentence)}.values()
    # a change said of what would have been ("without the reform, revenue from PIT would
    # be 16.7 billion, or 17.9% more") measures a hypothetical: no actual level is its
    levels = [n for n in near if is_level(n) and n.unit == delta.unit and n.exact and series_compatible(n, delta)
              and (not apart or n.period == g.period) and _conditional(graph, n) == _conditional(graph, delta)]
    if not levels and not apart and _ANAPHOR.match(g.claim.sentence):
        # "A total of 6.1 billion cubic metres were exported. This is a decline of nearly
        # 2.4 billion cubic metres or 6.5 per cent": the level of the sentence before
        levels = [n for n in graph.previous_sentence(g) if is_level(n) and n.unit == delta.unit and n.exact
                  and series_compatible(n, delta) and n.period == g.period]
    exact = len({round(n.value, 6) for n in levels}) == 1
    level = levels[0] if exact else None
    if not levels:
        level = _level_of(graph, g, nearby_only=True, unit=delta.unit)
        if level is not None and not level.exact:
            level = None
    if level is None or not (level.period is None or _same_time(level, g)):
        return None
    sd, s = sign(delta), sign(g)
    over = level.value <= abs(delta.value)
    if over and not (sd * delta.value > 0 and s * g.value > 0 and _gross(level)
                     and of_claim(delta.claim).lo > of_claim(level.claim).hi):
        # a balance may cross zero, and a fall of more than the level is another reading
        return None
    # a rise larger than the level it rose to leaves no earlier level for a rise to be
    # measured from ("576.7 million, 3.6 percent up, that is $20 billion more"); which of
    # the two is wrong the growth cannot tell, so only a slip that explains it is a finding
    exact = exact and not over
    # a candidate when the sentence states several growths ("exceeds last year by 32%;
    # exports of $198 million (a 27% increase)"), of which the text does not say which is
    # the change's
    exact = exact and (apart or sum(1 for n in sentence if _growth(n)) == 1)
    # "€900 million (16 per cent)" may render "€0.9 billion": a round change is taken as
    # precise to its last non-zero digit only, its growth widened by what that moves
    slack = 0.05
    if _round(delta):
        slack += _round_half(delta) * level.value / (level.value - abs(delta.value) * (1 if sd * delta.value > 0 else -1)) ** 2 * 100
    return Relation("level-change", "percent_change", [delta, level], g,
                    lambda v, sd=sd, s=s: v[0] * sd / (v[1] - v[0] * sd) * 100 * s,
                    f"change in {level.claim.metric or 'the level'} against the level before it",
                    "{0} ÷ ({1} − {0})" if sd * delta.value > 0 else "{0} ÷ ({1} + {0})", slack=slack,
                    result_text=_pct, exact=exact,
                    anchors=(delta, level) if exact and _base_printed(graph, delta, level, sd) else ())


def _base_printed(graph: Graph, delta: Node, level: Node, sd: int) -> bool:
    """"… was projected at $25,391,587. However, so far $27,324,063, a $1,932,476 or 7.5
    percent increase": the level less the change is a figure the text prints to its last
    digit, which vouches for both; a growth that disagrees with them is the one worked out
    otherwise, never a slip of theirs. (Only where the growth is surely theirs, the relation
    exact: a candidate keeps every figure a suspect.)"""
    base = level.value - delta.value * sd
    if base <= 0:
        return False
    near = (*graph.sentence_of(level), *graph.previous_sentence(level))
    return any(n is not level and n is not delta and n.unit == level.unit and n.exact and n.claim.qualifier == "exact"
               and abs(n.value - base) <= half_width(n.claim) for n in near)


#: What makes a figure hypothetical: "would be", "if not for", "had it not been for".
_CONDITIONAL = re.compile(r"\b(?:would|if\s+not\s+for|had\s+it\s+not|but\s+for)\b", re.I)


def _conditional(graph: Graph, n: Node) -> bool:
    """The words since the figure before it in the sentence make the figure hypothetical."""
    return bool(_CONDITIONAL.search(n.claim.sentence[after_previous_figure(graph, n): n.local[0]]))


def _bounded(n: Node) -> bool:
    return n.claim.qualifier in ("exact", "approx")


def _gross(n: Node) -> bool:
    """A level that cannot be negative (arrivals, earnings), unlike a balance or a net flow."""
    return not (n.series & vocab.NET_HEADS)


def _change_elsewhere(graph: Graph, g: Node) -> list[Node]:
    """The absolute change of a growth's series, period and base period stated in another
    sentence of its paragraph or the next ("42.3% more tourists came in February ...
    148,000 people flew from Iceland in February, 47,600 more than the year before"): the
    one such change, printed exact or "about", and no other growth said of it."""
    base = g.claim.base_period
    if not base or not g.series or not g.sure_period:
        return []
    found = [n for n in graph.by_series_any_unit(g.series, CHANGE)
             if n.sentence != g.sentence and n.kind in AMOUNT_KINDS and _bounded(n) and sign(n) is not None
             and n.period == g.period and n.claim.base_period == base and n.topic == g.topic
             and n.variant == g.variant and n.paragraph is not None and g.paragraph is not None
             and 0 <= abs(n.paragraph - g.paragraph) <= 1]
    if len(found) != 1:
        return []
    # another growth of the series the same way ("up 7% ..., a drop of 5% in value" is not)
    rivals = [m for m in graph.by_series_any_unit(g.series, GROWTH) if m is not g and _growth(m)
              and m.period == g.period and m.claim.base_period == base and m.topic == g.topic
              and sign(m) * m.value * sign(g) * g.value > 0]
    return [] if rivals or any(_growth(m) for m in graph.sentence_of(found[0])) else found


def _round_half(n: Node) -> float:
    """Half a unit of a round figure's last non-zero digit, in its value: 50 for "47,600",
    50 million for "900 million"."""
    from factcheck.relations.slips import printed

    p = printed(n.claim.surface)
    number, place = int(p.number), 1
    while number and number % 10 == 0:
        number //= 10
        place *= 10
    return place / 2 * abs(n.value) / p.number


def _round(n: Node) -> bool:
    """A figure printed with two or more trailing zeros and no decimals ("900 million",
    "2,000"): its precision is ambiguous."""
    from factcheck.relations.slips import printed

    p = printed(n.claim.surface)
    return p is not None and not p.decimals and p.number >= 100 and p.number % 100 == 0


def _base_levels(graph: Graph, change: Node) -> Optional[tuple[Node, Node]]:
    """'increased by £7.1 billion to £28.5 billion' and the level of the base period the
    frame gives (stated elsewhere): (earlier, later)."""
    base = change.claim.base_period
    new = attached_level(graph, change)
    if not base or new is None or new.unit != change.unit or not new.sure_period or not new.exact:
        return None
    stated = [n for n in graph.series(new, LEVEL) if n is not new and n.exact
              and n.period == timespan.canonical(base) and n.topic == new.topic and n.variant == new.variant]
    return (stated[0], new) if len({round(n.value, 6) for n in stated}) == 1 else None


# A growth rate against the month or quarter before, when the frame gives no base period.
SEQUENTIAL = re.compile(r"\b(?:month[- ]on[- ]month|m/m|mo?m|quarter[- ]on[- ]quarter|q/q|qo?q|sequential\w*|"
                        r"(?:previous|prior|preceding|last)\s+(?:month|quarter)|a\s+(?:month|quarter)\s+(?:earlier|ago|before))\b", re.I)


def stock_at_end(level: Optional[str], flow: Optional[str]) -> bool:
    """A stock stated at the date a change's span ends: the population "on 1 January
    2019" after its growth "in 2018", the debt "at end-June" after its first-half rise."""
    at, span = timespan.parse(level), timespan.parse(flow)
    if at is None or span is None or at.start != at.end or span.start == span.end:
        return False
    return 0 <= (at.start - span.end).days <= 1


def _same_time(level: Node, g: Node) -> bool:
    return level.period == g.period or stock_at_end(level.period, g.period)


def _level_of(graph: Graph, g: Node, nearby_only: bool = False, unit: Optional[str] = None) -> Optional[Node]:
    """The level a growth rate is of: in its sentence, or the one figure of its series,
    subject, variant and period stated nearby ("Exports rose 5.8 percent. Shipments
    reached $35.6 billion, against $33.8 billion a year earlier."); with `unit`, the one
    in that unit (a change in kroner is of the value, not of the tonnes beside it)."""
    found = _found_level(graph, g, nearby_only, unit)
    return None if found is not None and not nearby_only and _not_its_own(graph, g, found) else found


def _found_level(graph: Graph, g: Node, nearby_only: bool, unit: Optional[str]) -> Optional[Node]:
    new = None if nearby_only else attached_level(graph, g)
    if new is not None or not g.sure_period or not g.series:
        return new
    def near(named: list[Node]) -> list[Node]:
        return [n for n in named if n.kind in AMOUNT_KINDS and (unit is None or n.unit == unit)
                and _same_time(n, g) and n.topic == g.topic and n.variant == g.variant
                and abs((n.paragraph or 0) - (g.paragraph or 0)) <= 1]

    fits = near(graph.by_series_any_unit(g.series, LEVEL))
    if not fits and g.concept:
        # "exports increased 5.8 percent ... Outbound shipments reached $35.6 billion": one
        # concept (exports) named two ways, with the same modifiers (also when figures
        # named "exports" stand elsewhere, for other periods or partners)
        fits = near([n for unit in graph.units() for n in graph.concept(g.concept, unit, g)
                     if n.modifiers == g.modifiers and n.role == LEVEL])
    return fits[0] if len({(n.unit, round(n.value, 6)) for n in fits}) == 1 else None


def _against_earlier(graph: Graph, ctx: Context, g: Node):
    """'rose 6.1 percent to 21.17 trillion' against the level of the base period, where
    the article states it elsewhere or a reference gives it."""
    new = _level_of(graph, g)
    if new is None or not new.sure_period or not new.series or not new.exact:
        return
    if new.kind != MEASURE and REAL_GROWTH.search(new.claim.metric or "") or _real(g, new):
        return
    if not g.claim.base_period and SEQUENTIAL.search(g.claim.sentence):
        return  # against the month or quarter before, which the frame does not give
    earlier = g.claim.base_period or timespan.shift_years(new.period, -1)
    if earlier is None:
        return
    s = sign(g)
    same = [n for n in graph.series(new, LEVEL) if n is not new and n.kind == new.kind and n.topic == new.topic
            and (n.variant == new.variant or n.sentence == new.sentence)]
    if any(n.period == new.period and not n.interval.meets(new.interval) for n in same):
        # "overall imports ... USD 505.94 Billion" and "imports ... USD 389.18 Billion" for
        # one period: two series the frame names alike, and which one a base level of the
        # name belongs to is anyone's guess
        return
    stated = [n for n in same if n.exact and n.period == timespan.canonical(earlier)]
    if len({round(n.value, 6) for n in stated}) == 1:
        old = stated[0]
        # a growth is held to the decimals it prints against the base level the article
        # itself states, in any paragraph: a writer who prints both levels and the growth
        # answers for their agreement ("0.8%" from 10,796.7 to 10,861.9, which is 0.60%);
        # only a reference's base level may be a release revised since (REVISION)
        tolerance = _held_to_print(g, cut=True)
        yield from readings([_growth_between(o, n, g, f"{n.claim.metric} in {n.period} against {earlier if o is old else o.period} (line {o.claim.line})",
                                             **tolerance) for o, n in _either_way_in_time(old, new, g)])
        return
    if stated:
        return
    from factcheck.matching import match

    m = match(replace(new.claim, period=earlier), ctx.references)
    ref = m.reference
    if ref is None or ref.unit_code != new.unit or not ref.value:
        return
    implied = (new.value / ref.value - 1) * 100
    stated_pct = g.value * s
    half = (new.claim.precision or 0) / 2
    spread = 100 * half / ref.value * (1 + abs(implied) / 100) + REVISION
    if abs(implied - stated_pct) > (g.claim.precision or 0) / 2 + spread:
        old_text = f"{format_quantity(ref.value, ref.unit_code)} ({ref.id})"
        yield Finding("level-change", [g.id, new.id],
                      f"{format_quantity(new.value, new.unit)} against {earlier}'s {old_text} is a change of "
                      f"{implied:+.1f}%, but the article states {stated_pct:+g}%", reference=ref.id, kind="percent_change")


# "rose 3.2 per cent to", "a 3.2 per cent annual rise to", "up 5% year-on-year at"
_TO_LEVEL = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:to|at)\s+(?:a\s+|an\s+|the\s+)?"
                       r"(?:(?:about|around|nearly|almost|some|roughly|over|just)\s+)?[^\s\d]{0,4}$", re.I)


def arrived_at(graph: Graph, g: Node) -> Optional[Node]:
    """The figure a growth's own words say it rose or fell to, right after it ("a 3.2 per
    cent annual rise to €39.6m"): its level, however the frame names or dates it."""
    sentence = graph.sentence_of(g)
    i = sentence.index(g)
    later = next((n for n in sentence[i + 1:] if n.kind in AMOUNT_KINDS), None)
    if later is None or later.role in (GROWTH, CHANGE) or later.claim.context.get("converted") or is_compared(later):
        return None  # "a decrease of 20.3% when compared to N$18 billion": the base, not the level reached
    return later if _TO_LEVEL.match(g.claim.sentence[g.local[1]: later.local[0]]) else None


def _not_its_own(graph: Graph, g: Node, level: Node) -> bool:
    """The growth's own words name the level it reached ("January saw a 3.2% rise to
    €39.6m"), and `level` is another figure (the €52.4m the frame dated alike): whatever
    the frame calls its own, that one is the growth's."""
    own = arrived_at(graph, g)
    return own is not None and own is not level and own.unit == level.unit and not own.interval.meets(level.interval)


def _one_level(graph: Graph, g: Node, period: Optional[str], unit: Optional[str] = None) -> Optional[Node]:
    """The level of a growth's series, subject and variant for `period`, wherever the
    article states it: one value (restatements agree), printed exact or "about", no
    forecast beside an outcome; with `unit`, the one in that unit."""
    found = [n for n in graph.by_series_any_unit(g.series, LEVEL)
             if n.period == period and n.sure_period and n.kind in AMOUNT_KINDS and n.topic == g.topic
             and n.variant == g.variant and n.claim.qualifier in ("exact", "approx") and n.value > 0
             and not n.claim.context.get("converted") and (unit is None or n.unit == unit)]
    if not all(n.interval.meets(found[0].interval) for n in found):
        # "Surplus falls to $4.2B" over the body's "$4.28 billion": a headline cuts figures short
        body = [n for n in found if not n.headline]
        finest = min((significant_digits(b.claim.surface) for b in body), default=0)
        if body and all(0 < significant_digits(n.claim.surface) < finest for n in found if n.headline):
            found = body
    if found and len({n.unit for n in found}) == 1 and len({irrealis(graph, n) for n in found}) == 1 \
            and all(n.interval.meets(found[0].interval) for n in found):
        return min(found, key=lambda n: (not n.exact, abs((n.paragraph or 0) - (g.paragraph or 0))))
    return None


def _period_said(graph: Graph, g: Node) -> bool:
    """The growth's period is stated: in its sentence, or in the sentence before that its
    own refers back to ("The deficit for March stood at $1.03 billion. This was 98% more
    than in February"): "This" is that sentence's figure, of the period it states."""
    if g.sure_period:
        return True
    return bool(_ANAPHOR.match(g.claim.sentence)) and any(
        n.sure_period and n.period == g.period for n in graph.previous_sentence(g))


def levels_elsewhere(graph: Graph, g: Node) -> Optional[tuple[Node, Node, bool]]:
    """(earlier, later, near) for a growth or change whose levels its sentence does not
    both give: 'down 62.8% from $11.5 billion' whose later level ('$4.28 billion') the
    lead stated, a headline's 'fell by €300 million' whose two levels the body states.
    The levels of its period and of the base period its frame names, each the one figure
    of the series stated for it; `near` when both stand in its paragraph, or, for an
    absolute change, when its sentence gives one of them. Apart from it
    they may be other releases (or another series the words do not tell apart): a
    candidate, broken only by a slip that explains the gap to the stated rounding (a
    revision's half a point of slack would let a transposed digit explain a coincidence)."""
    base = g.claim.base_period
    if not base or not _period_said(graph, g) or not g.series:
        return None
    # a change is in its levels' unit: its series' volume beside its value is another series
    unit = g.unit if g.role == CHANGE else None
    new, old = _one_level(graph, g, g.period, unit), _one_level(graph, g, timespan.canonical(base), unit)
    if new is None or old is None or new.unit != old.unit or old.period == new.period or _real(g, new):
        return None
    if _not_its_own(graph, g, new):
        return None
    near = new.paragraph == old.paragraph == g.paragraph
    # an absolute change said with one of its levels ("rose by $42.5 million from $817.9
    # million"; "$42.6 million more than last year's $176.7 million") is that level's: the
    # other, the one figure of the series stated for its period, may stand in any paragraph
    # (a growth is left a candidate: a lead's rounded restatement of a body's growth is
    # the `repeat` rule's to compare)
    near = near or g.role == CHANGE and (new.sentence == g.sentence) != (old.sentence == g.sentence)
    return old, new, near


def _levels_elsewhere(graph: Graph, g: Node):
    found = levels_elsewhere(graph, g)
    if found is None:
        return
    old, new, near = found
    yield _growth_between(old, new, g, f"{new.claim.metric} in {new.period} (line {new.claim.line}) against "
                          f"{old.period} (line {old.claim.line})", exact=near and not _bound_growth(g), **_held_to_print(g, cut=True))


#: How far from a growth its levels may stand when only their times pair them: its
#: sentence and the one on either side. No other figure of either time may stand in the
#: sentence before those (the growth may refer back past a sentence to the level it is of);
#: the text after them goes on to other things, often the parts of the level.
TIME_WINDOW = 1


def _window(graph: Graph, g: Node, before: int, after: int) -> list[Node]:
    """The figures of the growth's sentence, of `before` sentences before it and `after`
    sentences after it, within its paragraph or the one next to it."""
    k = graph.position(g)
    out = []
    for j in range(max(0, k - before), min(len(graph.sentences), k + after + 1)):
        nodes = graph.by_sentence[graph.sentences[j]]
        if nodes and (nodes[0].paragraph is None or g.paragraph is None or abs(nodes[0].paragraph - g.paragraph) <= 1):
            out += nodes
    return out


def _subjects_agree(*nodes: Node) -> bool:
    """No two of the figures name subjects of which neither holds the other (Ghana's
    exports and Togo's): an unnamed subject agrees with any."""
    named = [n.subject for n in nodes if n.subject]
    return all(a <= b or b <= a for i, a in enumerate(named) for b in named[i + 1:])


def _plain_level(n: Node) -> bool:
    return n.level and n.value > 0 and n.sure_period and not n.claim.context.get("converted")


def _by_time(graph: Graph, g: Node) -> Optional[tuple[Node, Node]]:
    """(earlier, later): the one level of a growth's or change's base period and the one of
    its own period, in one unit (a change's own), near it ("Shipments reached 2.41 million in March. That is up 4.1%
    on the 2.31 million a year earlier", whatever the frame named each); nothing when the
    near text holds two of either time (of the growth's subject and concept, where it names them)."""
    base = g.claim.base_period
    if not base or not g.sure_period:
        return None
    base = timespan.canonical(base)
    if base == g.period:
        return None
    # figures of another subject or concept than the growth's are no levels of it
    def of_it(n: Node) -> bool:
        return n.kind in AMOUNT_KINDS and n.role not in (GROWTH, CHANGE) and _subjects_agree(g, n) \
            and not (g.concept and n.concept and n.concept != g.concept) and (g.role == GROWTH or n.unit == g.unit)

    near = [n for n in _window(graph, g, TIME_WINDOW, TIME_WINDOW) if of_it(n)]
    rivals = [n for n in _window(graph, g, TIME_WINDOW + 1, TIME_WINDOW) if of_it(n)]
    pairs = []
    for unit in sorted({n.unit for n in near}):
        if not all(_plain_level(n) or n.period not in (g.period, base) for n in near if n.unit == unit):
            return None  # a figure of either time the frame could not read as a level
        levels = [n for n in rivals if n.unit == unit]
        new = [n for n in levels if _same_time(n, g)]
        old = [n for n in levels if n.period == base]
        if new or old:
            pairs.append((old, new))
    if len(pairs) != 1:
        return None
    old, new = (_one_figure(graph, g, found) for found in pairs[0])
    k = graph.position(g)
    if old is None or new is None or any(abs(graph.position(n) - k) > TIME_WINDOW for n in (old, new)):
        return None
    if not old.exact or not exact_or_bound(new) or _real(g, new) or not _subjects_agree(g, old, new):
        return None
    if len({n.concept for n in (g, old, new) if n.concept}) > 1 or old.variant != new.variant:
        return None
    if _stated_otherwise(graph, (g, old, new), old) or _stated_otherwise(graph, (g, old, new), new):
        return None
    rival = _growth if g.role == GROWTH else (lambda m: m.change and m.unit == g.unit)
    if any(rival(m) and m is not g and _subjects_agree(g, m) and not (g.concept and m.concept and m.concept != g.concept)
           for m in graph.sentence_of(g)):
        return None  # "up 4% in value and 9% in volume": which growth is the levels' the times cannot say
    return old, new


def _stated_otherwise(graph: Graph, named: tuple, level: Node) -> bool:
    """Anywhere in the text, a level of a series one of the figures names, for the time of
    `level` and in its unit, with another value ("$8.42 billion" in the lead, "$9.1 billion"
    by other reports): which is the growth's the names leave open, and times cannot settle."""
    series = {n.series for n in named if n.series}
    return any(n.period == level.period and n.kind in AMOUNT_KINDS and not n.interval.meets(level.interval)
               for s in series for n in graph.series_nodes(s, LEVEL, level.unit))


def _one_figure(graph: Graph, g: Node, found: list[Node]) -> Optional[Node]:
    """The one figure of `found`: a figure restated (a headline's and the lead's) is one,
    taken where it stands nearest the growth."""
    if not found or len({round(n.value, 6) for n in found}) != 1:
        return None
    k = graph.position(g)
    return min(found, key=lambda n: (abs(graph.position(n) - k), n.headline))


def _levels_by_time(graph: Graph, growths: list[Node]):
    """A growth or an absolute change whose levels the frame named otherwise, or not at
    all, paired with them by time alone (`_by_time`): a candidate, so a failure is a finding
    only when one slip of one figure explains it, and each level serves one growth and one
    change (two growths that would share one are both left alone, unless they restate one
    figure)."""
    found: dict[tuple, list[Node]] = {}
    for g in growths:
        pair = _by_time(graph, g)
        if pair is not None:
            found.setdefault((g.role, *pair), []).append(g)
    uses: dict[tuple, int] = {}
    for role, *pair in found:
        for n in pair:
            uses[(role, id(n))] = uses.get((role, id(n)), 0) + 1
    for (role, old, new), said in found.items():
        # a growth and a change of one pair of levels ("up 9,627 or 4.2%") are each theirs
        if uses[(role, id(old))] > 1 or uses[(role, id(new))] > 1 or len({(round(g.value, 6), sign(g)) for g in said}) > 1:
            continue
        g = said[0]  # a growth restated (the headline's and the body's) is one
        label = f"{new.claim.metric or 'level'} in {new.period} against {old.period} (by their times)"
        if g.role == GROWTH:
            yield _growth_between(old, new, g, label, exact=False, **_held_to_print(g, cut=True))
        else:
            s = sign(g)
            yield Relation("level-change", "difference", [old, new], g, lambda v, s=s: (v[1] - v[0]) * s,
                           label, "{1} − {0}" if s > 0 else "{0} − {1}", exact=False)


def _component_growth(graph: Graph):
    """trade = exports + imports, each with its growth: the total's growth is the
    components' growths weighted by their earlier levels."""
    for total, options, _ in compositions(graph):
        parts = options[0]
        if any(s != 1 for _, s in parts) or not is_level(total):
            continue
        found = [attached_growths(graph, n) for n in (total, *(p for p, _ in parts))]
        if not all(found):
            continue
        # one growth each, or those measured against one base period
        bases = set.intersection(*({g.claim.base_period for g in gs} for gs in found)) - {None}
        if all(len(gs) == 1 for gs in found) and not bases:
            picked = [gs[0] for gs in found]
        elif len(bases) == 1:
            base = bases.pop()
            picked = [next(g for g in gs if g.claim.base_period == base) for gs in found]
        else:
            continue
        if len({g.claim.base_period for g in picked}) > 1:
            continue
        gt, growths = picked[0], picked[1:]
        levels = [p for p, _ in parts]
        k = len(levels)
        signs = [sign(x) for x in growths]
        st = sign(gt)

        def implied(v, k=k, signs=tuple(signs), st=st):
            now = sum(v[:k])
            before = sum(v[i] / (1 + signs[i] * v[k + i] / 100) for i in range(k))
            return (now / before - 1) * 100 * st

        names = " and ".join(p.claim.metric or "part" for p in levels)
        yield Relation("level-change", "composition", [*levels, *growths], gt, implied,
                       f"growth of {names} weighted by their earlier levels",
                       "(" + " + ".join(f"{{{i}}}" for i in range(k)) + ") against the levels before growths of "
                       + ", ".join(f"{{{k + i}}}" for i in range(k)), slack=0.05, result_text=_pct)
