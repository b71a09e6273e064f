"""A whole and the part a partitive word singles out of it within one sentence: "exports of
$5.2 billion, of which $3.1 billion went to China", "revenue of €812 million, including
€420 million from taxes", "1.2 million visitors, among them 310,000 from abroad", "$5.2
billion, $3.1 billion of which …", and the part before it: "3.1 million of the 5.2 million
visitors", "1,200 jobs out of 4,000". The part
can never be more than its whole, whatever the words after it name. The items such a word
lists ("including $2bn of A and $1bn of B") are `listings.enumerated_parts`'s to sum, the
sentence that opens with the partitive ("Among them, …") `listings.among_them`'s. A helper
of the `parts-total` rule."""

from __future__ import annotations

import re

import factcheck.relations.vocabulary as vocab
from factcheck.relations.breakdown import counts_other_things
from factcheck.relations.listings import listed_together
from factcheck.relations.common import is_level
from factcheck.relations.graph import AMOUNT_KINDS, Graph, Node, periods_equal
from factcheck.relations.relation import Relation

#: The words between a whole and its part: ", of which", "(including", ", out of which
#: some", ", among them", ", of whom". No figure, semicolon or bracket closed between them;
#: "not including" and "excluding" name what the whole leaves out. A year may stand between
#: them ("$5.2 billion in 2023, of which").
_PARTITIVE = re.compile(r"^(?:[^\d;)]|(?:19|20)\d\d\b){0,30}?(?<!not\s)\b(?:(?:out\s+)?of\s+(?:which|whom)|including|among\s+(?:them|which|whom|these))"
                        r"\b[^\d;()]{0,40}$", re.I)

#: The part before its whole: "3.1 million of the 5.2 million visitors", "1,200 jobs out of
#: 4,000", "$2bn of its $5bn budget", "1.1 million out of a total of 2.3 million".
_OF_THE = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:out\s+of\s+(?:(?:the|its|their|a\s+total\s+of)\s+)?|"
                     r"of\s+(?:the|its|their|his|her|our|a\s+total\s+of|(?:the\s+)?[a-z]+(?:'|’)s)\s+)"
                     r"(?:(?:the\s+|a\s+)?total\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?)?[^\w\s]{0,4}\s*$", re.I)
#: The whole, then its part and the partitive word: "$5.2 billion, $3.1 billion of which".
_WHOLE_GAP = re.compile(r"^(?:[^\d;()]|(?:19|20)\d\d\b){0,30}$")
_OF_WHICH_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?of\s+(?:which|whom)\b", re.I)

_QUALIFIERS = ("exact", "approx")
#: A count printed with no noun of its own ("3.1 million"): it counts what its whole counts.
_BARE = re.compile(r"^\W*[\d.,\s]+(?:thousand|million|billion|trillion|mn|bn|m|k)?\W*$", re.I)
#: What ends the list a partitive word opens: a bracket closed, a total named.
_LIST_ENDS = re.compile(r"[()]|\b(?:total|altogether|overall|in\s+all)\b", re.I)


def _same_measure(a: Node, b: Node) -> bool:
    """Two positive levels of one unit, kind and period, each exact or approximate."""
    return a.unit == b.unit and a.kind == b.kind and is_level(a) and is_level(b) and a.value > 0 and b.value > 0 \
        and a.claim.qualifier in _QUALIFIERS and b.claim.qualifier in _QUALIFIERS and periods_equal(a, b)


def _comparable(a: Node, b: Node) -> bool:
    """Two levels of one unit, kind and period, either of which may be a part of the other."""
    if a.kind not in AMOUNT_KINDS or not _same_measure(a, b):
        return False
    if a.claim.context.get("converted") or b.claim.context.get("converted"):
        return False
    if a.series & vocab.NET_HEADS or b.series & vocab.NET_HEADS:
        return False
    if not (_BARE.match(a.claim.surface) or _BARE.match(b.claim.surface)) and counts_other_things(a, b):
        return False  # a balance's side may be larger than the balance; ships are no part of passengers
    return True


def _partitive_pair(a: Node, b: Node) -> bool:
    """b is a part the partitive word right after a singles out of it."""
    gap = a.claim.sentence[a.local[1]: b.local[0]]
    return _comparable(a, b) and (bool(_PARTITIVE.match(gap))
                                  or bool(_WHOLE_GAP.match(gap)) and bool(_OF_WHICH_AFTER.match(b.after(20))))


def _part_of_the(a: Node, b: Node) -> bool:
    """a is a part its words say is "of the" whole b right after it."""
    return _comparable(a, b) and bool(_OF_THE.match(a.claim.sentence[a.local[1]: b.local[0]]))


def _bound(part: Node, whole: Node) -> Relation:
    return Relation("parts-total", "sum", [part], whole, lambda v: v[0],
                    f"{part.claim.metric or 'a part'}, of the {whole.claim.metric or 'whole'} beside it", "{0}",
                    compare=">=")


def partitive_parts(graph: Graph):
    for members in graph.by_sentence.values():
        for i, a in enumerate(members[:-1]):
            b = members[i + 1]
            if _part_of_the(a, b):  # "3.1 million of the 5.2 million visitors"
                yield _bound(a, b)
                continue
            if not _partitive_pair(a, b):  # "$5.2 billion, of which $3.1 billion": a the whole, b its part
                continue
            parts = [b]
            for n in members[i + 2:]:
                if not _same_measure(a, n) or not listed_together([parts[-1], n]) \
                        or _LIST_ENDS.search(n.claim.sentence[parts[-1].local[1]: n.local[0]]):
                    break  # "(… including $26 million, $8 million and $4 million), total of $74.5 million"
                parts.append(n)
            if len(parts) > 1:
                continue  # a list the partitive word opens: `listings.enumerated_parts` sums it
            yield _bound(b, a)
