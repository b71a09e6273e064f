"""`rank`: a ranking the text states orders its figures. "The U.S. was the largest
importer with US$37.2 billion, followed by China with US$43.4 billion" cannot hold: the
figure a superlative names comes before the ones "followed by" lists, in that order."""

from __future__ import annotations

import re

from factcheck.extract.patterns import lazy
from factcheck.relations.graph import AMOUNT_KINDS, PERCENT, Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation

#: A superlative of size that heads a ranking ("the largest", "the top source", "the
#: second highest", "the leading"), and those that rank from the bottom.
_DESCENDING = re.compile(r"\b(?:largest|biggest|highest|greatest|top|leading|most)\b", re.I)
_ASCENDING = re.compile(r"\b(?:smallest|lowest|least|fewest)\b", re.I)
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_FOLLOWED = lazy(r"\bfollowed\s+by\b", re.I)
#: Between two figures of one ranked list: names, "with", "at", commas and "and", no
#: other figure and no clause break.
_NEXT = re.compile(r"^[^\d;:()]{0,80}$")
_LIST_JOIN = re.compile(r",|\band\b")


def _rankable(n: Node) -> bool:
    return (n.kind in AMOUNT_KINDS or n.kind == PERCENT) and n.value > 0 \
        and n.claim.qualifier in ("exact", "approx") and not n.claim.context.get("converted")


@rule("rank")
def ranked_list(graph: Graph, ctx: Context):
    for members in graph.by_sentence.values():
        if len(members) < 2:
            continue
        sentence = members[0].claim.sentence
        if not _FOLLOWED.search(sentence):
            continue
        for i, first in enumerate(members[:-1]):
            second = members[i + 1]
            gap = sentence[first.local[1]: second.local[0]]
            if not _FOLLOWED.search(gap) or not _NEXT.match(gap):
                continue
            # the superlative heads the list when it stands in the text since the figure
            # before the first one ("the second highest ... in Oman which is 1,79,611")
            head = sentence[members[i - 1].local[1] if i else 0: first.local[0]]
            order = 1 if _DESCENDING.search(head) else -1 if _ASCENDING.search(head) else 0
            if not order:
                continue
            chain = [first, second]
            for n in members[i + 2:]:
                between = sentence[chain[-1].local[1]: n.local[0]]
                if not _NEXT.match(between) or not _LIST_JOIN.search(between):
                    break
                chain.append(n)
            if any(not _rankable(n) or n.unit != first.unit or n.kind != first.kind for n in chain):
                continue
            for hi, lo in zip(chain, chain[1:]):
                big, small = (hi, lo) if order > 0 else (lo, hi)
                yield Relation("rank", "comparison", [small], big, lambda v: v[0],
                               f"{small.claim.surface} ranked {'after' if order > 0 else 'before'} {big.claim.surface}",
                               "{0}", compare=">=")
