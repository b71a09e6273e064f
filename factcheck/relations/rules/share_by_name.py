"""A share whose frame names both its part and its whole ("the share of imports in foreign
trade turnover", "oil exports share of total exports", "exports in the total foreign
trade amount"), neither stated in the share's own sentence: the one level of the part's
series over the one level of the whole's, for the share's period. The frame carries the
names to every share of the phrase, so the share a year before ("… was 27.6 percent
compared to 34.52 percent a year before") or the one a change starts from ("rose from
43.1% to 43.7%") is tested against its own year's levels."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.relations.common import one_value
from factcheck.relations.graph import AMOUNT_KINDS, PERCENT, SHARE, Graph, Node, core_words, periods_equal
from factcheck.relations.relation import Relation

#: The part's and the whole's names in a share's metric: "share of X in Y", "X share of
#: Y", "X in (the) total Y" (a "share" of a budget estimate or a target is a ratio to a
#: plan, which no level of the same series states: those names hold no whole here).
_NAMED = (
    re.compile(r"^(?:the\s+)?(?:share|proportion|percentage)\s+of\s+(?:the\s+)?(?P<part>[^,;()]+?)\s+in\s+"
               r"(?:the\s+)?(?P<whole>[^,;()]+?)$", re.I),
    re.compile(r"^(?P<part>[^,;()]+?)(?:'s|’s)?\s+(?:share|proportion)\s+(?:of|in)\s+(?:the\s+)?(?P<whole>[^,;()]+?)$",
               re.I),
    re.compile(r"^(?P<part>[^,;()]+?)\s+in\s+(?:the\s+)?total\s+(?P<whole>[^,;()]+?)$", re.I),
)
#: Words that say how a total is measured, not which part of it ("the total export
#: portfolio", "the foreign trade amount").
_MEASURE_WORDS = frozenset({"total", "value", "volume", "amount", "portfolio", "overall"})
#: A whole that is a plan or a yardstick, not a level the part is a piece of.
_NOT_A_LEVEL = re.compile(r"\b(?:estimates?|target|plan|budgeted|forecast|projection|request|line|ceiling|GDP)\b",
                          re.I)


def named_part_and_whole(metric: Optional[str]) -> Optional[tuple[frozenset, frozenset]]:
    """The core words of the part and of the whole a share's metric names, or None."""
    for pattern in _NAMED:
        m = pattern.match((metric or "").strip())
        if m is None:
            continue
        if _NOT_A_LEVEL.search(m.group("whole")):
            return None
        part, whole = core_words(m.group("part")), core_words(m.group("whole")) - _MEASURE_WORDS
        if part and whole and not part <= whole:
            return part, whole
        return None
    return None


def _whole(levels: list[Node], part_words: frozenset, whole_words: frozenset) -> Optional[Node]:
    """The level named by the whole's words alone; else the largest named by them and
    words that only narrow which total it is ("national budget", "government revenue"),
    never by the part's words ("oil exports" for "of exports" is a part)."""
    named = [n for n in levels if core_words(n.claim.metric) - _MEASURE_WORDS == whole_words]
    if named:
        return one_value(named)
    wider = [n for n in levels if whole_words < core_words(n.claim.metric) and not part_words & core_words(n.claim.metric)]
    return max(wider, key=lambda n: n.value) if wider else None


def shares_by_name(graph: Graph, covered: set[int]):
    """For each share no other reading paired: the whole is the one level named exactly
    by the whole's words (measure words aside), the part the one level of that unit and
    kind whose name holds the part's words and nothing beyond the two names, both of the
    share's period and of no subject the share lacks. The frame only suggests the pair: a
    candidate, broken only by a slip that explains the gap, and, holding, no witness for
    or against another identity's figures."""
    for p in graph.nodes:
        if id(p) in covered or p.kind != PERCENT or p.role != SHARE or not 0 < p.value < 100 or not p.period:
            continue
        names = named_part_and_whole(p.claim.metric)
        if names is None:
            continue
        part_words, whole_words = names
        if core_words(p.claim.context.get("share_of")) & (part_words - whole_words):
            continue  # the text names a whole the part's words narrow ("of total oil income"): not the metric's
        levels = [n for n in graph.nodes if n.level and n.claim.qualifier in ("exact", "approx") and n.value > 0
                  and n.kind in AMOUNT_KINDS and n.claim.end is None and not n.claim.context.get("converted")
                  and n.topic <= p.topic and periods_equal(n, p)]
        pairs = []
        for unit in sorted({n.unit for n in levels}):
            in_unit = [n for n in levels if n.unit == unit]
            whole = _whole(in_unit, part_words, whole_words)
            part = one_value([n for n in in_unit if whole is not None and n.kind == whole.kind and n.value < whole.value
                              and part_words <= core_words(n.claim.metric) <= part_words | whole_words | _MEASURE_WORDS])
            if part is not None:
                pairs.append((part, whole))
        if len(pairs) != 1:
            continue  # no pair, or one in each of two units (a value and a volume): which the share is of is unsaid
        part, whole = pairs[0]
        yield Relation("share", "share", [part, whole], p, lambda v: v[0] / v[1] * 100,
                       f"{part.claim.metric or 'part'} ÷ {whole.claim.metric or 'whole'}", "{0} ÷ {1}",
                       truncates=True, result_text=lambda x: f"{x:.2f}%", exact=False,
                       vouches=False, rules_out=False)
