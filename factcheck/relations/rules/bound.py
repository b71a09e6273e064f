"""Orderings the text states between two figures of one series, which a slip of a scale
word or a digit can make impossible by arithmetic alone:

    `order`         "narrowed from 300 million euros to 3.7 billion euros", "$4.23 billion,
                    lower than the $5.15 million of June", "2.1 million, up from 2.4 million":
                    the words say which of the two is the larger
    `change-bound`  "rose by $540 million to $3.2 million": a rise is never larger than the
                    level it arrived at, nor a fall than the level it came from (a series
                    that cannot be negative), nor more than 100 percent

Each pair is an identity by the text's own words (exact): it fails only when the figures,
with the rounding and the qualifiers each allows, cannot be ordered as stated."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

import factcheck.relations.vocabulary as vocab
from factcheck.extract import grammar
from factcheck.models import Finding
from factcheck.relations.graph import AMOUNT_KINDS, CHANGE, GROWTH, PERCENT, Graph, Node, is_compared, series_compatible
from factcheck.relations.registry import Context, rule
from factcheck.relations.interval import of_claim
from factcheck.relations.relation import Relation
from factcheck.relations.common import attached_level, sign

_WORD = r"[A-Za-z][\w'’-]*"
# "narrowed from 300 million euros to 3.7 billion euros", "rose sharply from the $2.1 billion"
_VERB_FROM = re.compile(rf"((?:{_WORD}\s+){{1,3}})from\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", re.I)
# a few words of time between two figures: "in 2022", "in the first half"
_TIME = r"(?:(?:in|at|by|during|for)\s+[A-Za-z0-9]+(?:\s+[A-Za-z0-9]+)?\s*)?,?\s*"
# what stands between the two figures of "from ... to"
_FROM_TO = re.compile(rf"^\s*{_TIME}to\s+"
                      r"(?:a\s+|an\s+|the\s+)?(?:(?:new|record|fresh)\s+)?(?:high\s+of\s+|low\s+of\s+)?$", re.I)
# "$4.23 billion, lower than the $5.15 million", "2.1 million, up from 2.4 million"
_COMPARATIVE = re.compile(
    rf"^\s*{_TIME}(?:(?:which|that)\s+(?:is|was|were|are)\s+|and\s+)?(?:(?:slightly|much|far|well|still|even)\s+)?"
    rf"(?:({_WORD})\s+than|(up|down)\s+from)\s+(?:the\s+|a\s+|an\s+)?(?:{_WORD}\s+){{0,3}}?(?:of\s+)?$", re.I)
_SIGN_WORDS = re.compile(r"\b(?:" + "|".join(sorted(vocab.SIGN_WORDS)) + r")\b", re.I)


def _amount(n: Node) -> bool:
    """A level of an amount that cannot be read with another sign: no printed sign, not
    a change or growth, not a restatement in another unit."""
    return n.kind in AMOUNT_KINDS and n.value > 0 and n.role not in (GROWTH, CHANGE) \
        and not n.claim.context.get("converted") and n.claim.surface.lstrip()[:1] not in "-−–+"


def _pair(a: Node, b: Node) -> bool:
    return _amount(a) and _amount(b) and a.unit == b.unit and a.kind == b.kind and series_compatible(a, b)


def _ordered(a: Node, b: Node, larger_first: bool, label: str) -> Relation:
    big, small = (a, b) if larger_first else (b, a)
    # sizes compared: a sign is no slip that breaks an order of two amounts
    return Relation("order", "comparison", [small], big, lambda v: abs(v[0]), f"'{label}'", "{0}", compare=">=",
                    note="the text says is the larger")


def _ordering(sentence: str, a: Node, b: Node) -> Optional[tuple[bool, str]]:
    """(larger first?, the words) for the two consecutive figures a, b of one sentence."""
    between = sentence[a.local[1]: b.local[0]]
    if _SIGN_WORDS.search(between):
        return None  # "from a surplus of $2 billion to a deficit of $1 billion"
    m = _FROM_TO.match(between)
    if m:
        v = _VERB_FROM.search(sentence[max(0, a.local[0] - 50): a.local[0]])
        # the verb nearest "from": "the energy deficit narrowed sharply from"
        words = v.group(1).split() if v else []
        for i in range(len(words) - 1, -1, -1):
            direction = grammar.change_direction(words[i])
            if direction:
                if _SIGN_WORDS.search(" ".join(words[i:])):
                    return None
                return direction == "down", f"{words[i]} from … to"
        return None
    m = _COMPARATIVE.match(between)
    if m:
        word = (m.group(1) or m.group(2)).lower()
        larger = vocab.ORDER_WORDS.get(word)
        if larger is not None:
            return larger > 0, " ".join(between[m.start(1 if m.group(1) else 2):].split())
    return None


# "The figures, however, were still lower than the $5.15 million": a sentence whose subject
# refers back to the figure before and compares it, at its first figure, with another
_ANAPHORIC_COMPARISON = re.compile(
    rf"^\W*(?:this|that|it|the\s+(?:figures?|amount|number|total|sum|result|level))\s*,?\s*"
    rf"(?:(?:however|though|nonetheless|nevertheless|still)\s*,?\s*)?(?:is|was|were|are|remains?|remained|stood)\s+"
    rf"(?:,?\s*(?:however|though)\s*,?\s*)?(?:(?:slightly|much|far|well|still|even)\s+)?"
    rf"({_WORD})\s+than\s+(?:the\s+|a\s+|an\s+)?(?:{_WORD}\s+){{0,3}}?(?:of\s+)?$", re.I)


@rule("order")
def stated_order(graph: Graph, ctx: Context):
    for members in graph.by_sentence.values():
        for a, b in zip(members, members[1:]):
            if not _pair(a, b):
                continue
            found = _ordering(a.claim.sentence, a, b)
            if found:
                yield _ordered(a, b, *found)
        if members:
            yield from _compared_back(graph, members[0])


def _compared_back(graph: Graph, b: Node):
    """The order a sentence states between the figure of the sentence before, which its
    subject refers back to, and its own first figure ("… a surplus of $4.23 billion in
    July. The figures, however, were still lower than the $5.15 million of June"): the one
    amount of the unit there, else the reference is not told. The subject may mean the
    figures the sentence before is about rather than the one it prints (a base "up from
    $4.11 billion"): tested only for figures a scale apart (SCALE_APART), which no other
    figure of the series would order otherwise, and broken only by a scale word."""
    m = _ANAPHORIC_COMPARISON.match(b.claim.sentence[: b.local[0]])
    larger = vocab.ORDER_WORDS.get(m.group(1).lower()) if m else None
    if larger is None or _SIGN_WORDS.search(b.claim.sentence[: b.local[0]]):
        return
    before = [n for n in graph.previous_sentence(b) if n.unit == b.unit and n.kind in AMOUNT_KINDS]
    if len(before) != 1 or not _pair(before[0], b):
        return
    a = before[0]
    if max(a.value, b.value) < SCALE_APART * min(a.value, b.value):
        return
    yield replace(_ordered(a, b, larger > 0, " ".join(b.claim.sentence[m.start(1): b.local[0]].split())),
                  exact=False, only_slips=("scale_word",))


#: How far apart two figures ordered across sentences must be to be tested: a scale word's
#: step, less a margin for what the figures of one series differ by.
SCALE_APART = 100


# between a rise and the level it arrived at: "rose by $540 million to $3.2 billion"
_ARRIVED_AT = re.compile(rf"^\s*{_TIME}to\s+(?:a\s+|an\s+|the\s+)?(?:(?:new|record|fresh)\s+)?(?:high\s+of\s+)?\S{{0,4}}$", re.I)
# between a level and its rise right after it: "$3.2 billion, up $540 million", "$3.2
# billion, an increase of $540 million"
_UP_AFTER = re.compile(rf"^\s*{_TIME}(?:up|rising|an?\s+(?:increase|rise|gain|jump)\s+of)\s+(?:by\s+)?\S{{0,4}}$", re.I)


def _never_negative(n: Node) -> bool:
    return not n.series & vocab.NET_HEADS and n.concept not in ("surplus", "deficit", "balance")


#: Series whose level may turn negative or is itself a rate of change: a fall of over 100
#: percent of them is no impossibility ("inflation fell 120 percent", into deflation).
_SIGNED_RATES = re.compile(r"\b(?:inflation|growth|rates?|yields?|spreads?|returns?|margins?|change)\b", re.I)


def _fall_over_whole(g: Node) -> Optional[Finding]:
    """A fall of more than 100 percent of a series that cannot be negative: "exports fell
    125 percent" leaves less than nothing."""
    if g.kind != PERCENT or g.role != GROWTH or sign(g) != -1 or g.value <= 0 or not _never_negative(g) \
            or not g.claim.metric or _SIGNED_RATES.search(g.claim.metric) \
            or _SIGN_WORDS.search(g.claim.sentence[: g.local[0]]):
        return None  # "a deficit of KD 1.7 billion ..., a decline of 192 percent": of the balance
    low = of_claim(g.claim).lo
    if low <= 100:
        return None
    return Finding("change-bound", [g.id], f"a fall of {g.claim.surface} of {g.claim.metric or 'a series'} "
                   f"that cannot be negative: more than the whole it fell from", kind="percent_change")


@rule("change-bound")
def change_within_level(graph: Graph, ctx: Context):
    for g in graph.nodes:
        found = _fall_over_whole(g)
        if found:
            yield found
            continue
        if g.role != CHANGE or g.kind not in AMOUNT_KINDS or g.value <= 0 or not _never_negative(g):
            continue
        s = sign(g)
        if s is None:
            continue
        sentence = graph.sentence_of(g)
        if s > 0:
            # "rose by $540 million to $3.2 billion", "$3.2 billion, up $540 million": the new level
            level = attached_level(graph, g)
            if level is None or is_compared(level) or level.unit != g.unit or not _amount(level):
                continue
            text = g.claim.sentence
            if not (_ARRIVED_AT.match(text[g.local[1]: level.local[0]]) if level.local[0] > g.local[0]
                    else _UP_AFTER.match(text[level.local[1]: g.local[0]])):
                continue
            what = "it rose to"
        else:
            # "fell by $2.1 billion from $5.3 billion": the level it came from
            level = next((n for n in sentence[sentence.index(g) + 1:] if n.kind in AMOUNT_KINDS), None)
            if level is None or not is_compared(level) or level.unit != g.unit or not _amount(level) \
                    or level.series != g.series or sentence.index(level) != sentence.index(g) + 1:
                continue
            what = "it fell from"
        if not _never_negative(level):
            continue
        yield Relation("change-bound", "comparison", [g], level, lambda v: abs(v[0]),
                       f"{'rise' if s > 0 else 'fall'} of {g.claim.metric or 'the series'}", "{0}", compare=">=",
                       note=what)
