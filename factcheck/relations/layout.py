"""Wholes and their parts as the text lays them out, whatever names the frame gives them:
a total announced by a colon or "as follows" and then its items one a line (bulleted or
not), the sub-items of an item ("(including …", "of which …") left out of the top level;
items listed down the page and then their total ("Total: …", "… in all"); a sentence that
lists items of one unit and period beside the sentence next to it that states one larger
level of them. Each is a
candidate (a gap is a finding only when one slip of one number explains it), and a bound
read from the layout is broken only by a scale word. Helpers of the `parts-total` rule."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.layout import BULLET
from factcheck.extract.patterns import lazy
import factcheck.relations.vocabulary as vocab
from factcheck.relations.common import irrealis, is_level
from factcheck.relations.graph import AMOUNT_KINDS, Graph, Node, is_compared, periods_equal
from factcheck.relations.interval import half_width
from factcheck.relations.relation import Relation

#: The slips that alone may break a bound read from the layout: a part printed a thousand
#: times its size beside its whole ("445 billion" of "1.763 billion").
SCALE_SLIPS = ("scale_word", "digit_group")
#: How far a candidate bound's parts may outgrow their whole before only a scale word explains it.
SCALE_MARGIN = 10.0
#: A list longer than this is a table, another rule's.
MAX_ITEMS = 20

#: A line that details the item before it: "(including $42.4 million …", "of which …".
_SUB_ITEM = re.compile(r"^\W{0,3}(?:\(|(?:of\s+which|out\s+of\s+which|including|incl\.|among\s+(?:them|which)|"
                       r"of\s+th(?:is|ese|at)|this\s+includes)\b)", re.I)
#: What a whole's sentence ends with when the lines after it are its items: a colon, or
#: "as follows", with no figure after the whole.
_ANNOUNCES = re.compile(r"^[^\d]{0,160}?(?::|\bas\s+follows\s*[:.]?)\s*$", re.I)
#: Words that make a figure after a list its total: "Total: $1.2 billion", "… in all".
_TOTAL_WORDS = lazy(r"\b(?:total\w*|in\s+all|overall|altogether|combined|grand|aggregate|sum)\b", re.I)
#: What separates the items of a list in one sentence, and the words that make a list a
#: ranking of the largest items, which need not add up to the whole ("followed by", "top").
_SEPARATOR = re.compile(r",|;|\b(?:and|while|whereas|with|followed\s+by)\b", re.I)
_RANKING = re.compile(r"\b(?:followed\s+by|trailed\s+by|top|largest|biggest|leading|main|major|principal|chief|"
                      r"such\s+as|among\s+others|notably|includ\w*|led\s+by|the\s+rest)\b", re.I)
#: Words that make a figure the remainder of a list, not its whole.
_REMAINDER = re.compile(r"\b(?:" + vocab.REMAINDER_WORDS + r"|balance\s+of)\b", re.I)
#: A sentence that carries on the list of the one before: "Another 14,100 came from …".
_CARRIES_ON = re.compile(r"^\W*(?:another|a\s+further|(?:the\s+)?remaining|the\s+rest\b|still\s+others?|others?|"
                         r"in\s+addition|additionally|besides|also)\b", re.I)

def _amount(n: Node) -> bool:
    return is_level(n) and n.kind in AMOUNT_KINDS and n.value > 0 and n.claim.qualifier in ("exact", "approx") \
        and not n.claim.context.get("converted")


def _fits(part: Node, whole: Node) -> bool:
    return part.unit == whole.unit and part.kind == whole.kind and _amount(part) and periods_equal(part, whole)


def _below(parts: list[Node], whole: Node) -> bool:
    """Every part smaller than the whole: a figure some item outgrows is no whole of the
    list (a part a slip blew up past it is left to the identities of its own names)."""
    return len(parts) >= 2 and all(p.value < whole.value for p in parts)


def _at_odds(graph: Graph, parts: list[Node], whole: Node) -> bool:
    """The known false pairings: a balance is no sum of its items; revenue is no part of
    spending nor exports of imports (two named concepts that differ); a forecast or plan is
    never added up against an outturn."""
    if whole.series & vocab.NET_HEADS:
        return True
    if any(p.concept and whole.concept and p.concept != whole.concept for p in parts):
        return True
    told = irrealis(graph, whole)
    return any(irrealis(graph, p) != told for p in parts)


def _text(graph: Graph, k: int) -> str:
    return graph.by_sentence[graph.sentences[k]][0].claim.sentence


def _item(graph: Graph, k: int, whole: Node) -> Optional[Node]:
    """The item a list line states: its first figure of the whole's unit and kind, when a
    level of the whole's period (the rest of the line details it)."""
    first = next((n for n in graph.by_sentence[graph.sentences[k]] if n.unit == whole.unit and n.kind == whole.kind),
                 None)
    return first if first is not None and _fits(first, whole) else None


def announced_lists(graph: Graph):
    """A whole whose sentence ends by announcing its items ("… appropriates $1,798 million,
    as follows:"), and the lines after it, one item each (bulleted, or each its own short
    paragraph); a line that details the item before it ("(including $42.4 million …, $8.5
    million of which …)") is no item. A candidate: a list so announced may still give the
    main lines only. The list ends at the first line of another shape."""
    for k, key in enumerate(graph.sentences):
        members = graph.by_sentence[key]
        whole = next((n for n in reversed(members) if n.kind in AMOUNT_KINDS), None)
        if whole is None or not _amount(whole) or not _ANNOUNCES.match(whole.claim.sentence[whole.local[1]:]):
            continue
        items, bulleted, last = [], None, whole.paragraph
        for j in range(k + 1, min(len(graph.sentences), k + 1 + 2 * MAX_ITEMS)):
            line = _text(graph, j)
            paragraph = graph.by_sentence[graph.sentences[j]][0].paragraph
            if last is None or paragraph is None or paragraph != last + 1:
                break  # one item a line, no line between
            last = paragraph
            if _SUB_ITEM.match(line):
                continue  # a detail of the item before it
            bullet = bool(BULLET.match(line))
            if bulleted is None:
                bulleted = bullet
            if bullet != bulleted or (not bullet and len(line) > 160):
                break
            n = _item(graph, j, whole)
            if n is None:
                break
            items.append(n)
        if len(items) > MAX_ITEMS or not _below(items, whole) or _at_odds(graph, items, whole):
            continue
        # even "as follows" over bullets may list the main lines only (a budget's highlights):
        # a candidate, broken only by a slip that explains the gap
        yield _sum(items, whole, exact=False)
        yield _bound(items, whole, exact=False)


def totals_after_lists(graph: Graph):
    """Bulleted lines of one item each, and after them the total: a line or sentence whose
    words call its figure the total ("Total: $1.2 billion", "… a total of …", "in all"). A
    candidate: a bulleted list may leave an item out."""
    k = 0
    while k < len(graph.sentences):
        start = k
        items: list[Node] = []
        last = None
        while k < len(graph.sentences):
            line = _text(graph, k)
            members = graph.by_sentence[graph.sentences[k]]
            amounts = [n for n in members if n.kind in AMOUNT_KINDS]
            paragraph = members[0].paragraph
            if not BULLET.match(line) or len(amounts) != 1 or not _amount(amounts[0]) \
                    or (last is not None and (paragraph is None or paragraph != last + 1)) \
                    or (items and (amounts[0].unit, amounts[0].kind) != (items[0].unit, items[0].kind)) \
                    or _TOTAL_WORDS.search(line[: amounts[0].local[0]]):
                break
            items.append(amounts[0])
            last = paragraph
            k += 1
        if len(items) < 2:
            k = max(k, start + 1)
            continue
        if k < len(graph.sentences):
            after = graph.by_sentence[graph.sentences[k]]
            if last is not None and after[0].paragraph is not None and after[0].paragraph <= last + 1:
                totals = [n for n in after if n.unit == items[0].unit and n.kind == items[0].kind and _amount(n)
                          and _TOTAL_WORDS.search(n.before(80))]
                if len(totals) == 1:
                    whole = totals[0]
                    parts = [p for p in items if _fits(p, whole)]
                    if len(parts) == len(items) and _below(parts, whole) and not _at_odds(graph, parts, whole):
                        yield _sum(parts, whole, exact=False)
                        yield _bound(parts, whole, exact=False)


def lists_beside_whole(graph: Graph):
    """A sentence that lists two or more levels of one unit, kind and period ("Agrani Bank
    received $147.91 million, Janata Bank $73.07 million … and Basic Bank $0.06 million";
    "Ocho Rios was down 4.8 per cent to 98,084 passengers; Montego Bay … 91,287 …"), beside
    the sentence just before or after it that states one level of theirs larger than each
    (of their concept, where it names one; all of them but one, which may have slipped): the
    items may split it. A candidate; a list
    that ranks the largest items ("followed by", "top") may leave others out, and only
    bounds the whole."""
    for key in graph.sentences:
        members = graph.by_sentence[key]
        groups: dict[tuple, list[Node]] = {}
        for n in members:
            if _amount(n) and n.period is not None:
                groups.setdefault((n.unit, n.kind, n.period), []).append(n)
        for group in groups.values():
            for parts in _runs(group):
                yield from _list_beside_whole(graph, members, group, parts)


def _list_beside_whole(graph: Graph, members: list[Node], group: list[Node], parts: list[Node]):
    """The sum and bound of one run of a sentence's list and the whole beside it."""
    if not 2 <= len(parts) <= MAX_ITEMS:
        return
    if any(n not in parts and n.value > max(p.value for p in parts) for n in group):
        return  # the list's whole is in its own sentence ("$5 million: $3 million …"), another rule's
    if any(n not in parts and n.kind in AMOUNT_KINDS and n.unit != parts[0].unit
           and parts[0].local[0] < n.local[0] < parts[-1].local[1] for n in members):
        return  # "294,000 tonnes … for 80 million USD, which raised the figures to 3.3 million tonnes and 896 million
        # USD": amounts of another unit between them pair each with its own, not items of one list
    if any(n not in parts and n.unit == parts[0].unit and n.kind == parts[0].kind
           and parts[0].local[0] < n.local[0] < parts[-1].local[1] and not is_compared(n)
           and not _bracketed(n, parts) for n in members) \
            or _more_after(members, parts):
        return  # "103 thousand …, 38 thousand … and more than 25 thousand": an item the sum cannot hold
    whole = _beside(graph, parts)
    if whole is None or _at_odds(graph, parts, whole) or _not_a_whole(graph, whole, parts):
        return
    sentence = parts[0].claim.sentence
    if BULLET.match(sentence):
        return  # one line of a bulleted list: its siblings are on the other lines
    if _CARRIES_ON.match(sentence):
        return  # "Another 5,100 …, 4,200 …": the figure before is the list's first item, not its whole
    ranked = bool(_RANKING.search(sentence))
    # items that add up to it: all but any one of them within the whole (one slip may
    # have blown up the one left out); else they are siblings of the figure, not its parts
    within = sum(p.value for p in parts) - max(p.value for p in parts) <= whole.value * 1.05
    if not ranked and within:
        yield _sum(parts, whole, exact=False)
    yield _bound(parts, whole, exact=False)


def _not_a_whole(graph: Graph, whole: Node, parts: list[Node]) -> bool:
    """The figure beside the list is no whole it splits: an item restates it ("nearly half a
    billion … with the total touching 486 million"; a word of totality before an item); its
    series is stated with another value too (two values of one line: which is the whole,
    the text does not say); or it is itself an item of a list in its own sentence that adds
    up to what the parts do (two splits of one whole side by side, "from EU countries
    1,204,518 and from non-EU countries 287,093")."""
    if any(whole.interval.meets(p.interval) for p in parts):
        return True
    sentence = parts[0].claim.sentence
    if any(_TOTAL_WORDS.search(sentence[max(0, p.local[0] - 40): p.local[0]]) for p in parts):
        return True
    if whole.series and any(m is not whole and m not in parts and m.subject == whole.subject and m.series == whole.series and m.unit == whole.unit and _amount(m)
                            and periods_equal(m, whole) and not m.interval.meets(whole.interval)
                            for m in graph.nodes):
        return True
    own = [n for n in graph.sentence_of(whole) if n.unit == whole.unit and n.kind == whole.kind and _amount(n)
           and periods_equal(n, whole)]
    total = sum(p.value for p in parts)
    return any(whole in run and abs(sum(n.value for n in run) - total) <= 0.01 * total for run in _runs(own)) \
        if len(own) >= 2 else False


def _bracketed(n: Node, parts: list[Node]) -> bool:
    """A figure in brackets after an item details it: "$3.3 billion ($1.1 billion in April)"."""
    before = max((p for p in parts if p.local[1] <= n.local[0]), key=lambda p: p.local[1], default=None)
    if before is None:
        return False
    gap = n.claim.sentence[before.local[1]: n.local[0]]
    return gap.count("(") > gap.count(")")


def _more_after(members: list[Node], parts: list[Node]) -> bool:
    """One more item of the list right after its last: a bound or a figure of no sure value."""
    last = parts[-1]
    after = [n for n in members if n.local[0] > last.local[1] and n.unit == last.unit and n.kind == last.kind]
    return bool(after) and after[0] not in parts and not is_compared(after[0]) \
        and bool(_SEPARATOR.search(last.claim.sentence[last.local[1]: after[0].local[0]]))


def _runs(group: list[Node]) -> list[list[Node]]:
    """The runs of figures of one list: a separator between each two, no figure of theirs
    announcing the next ("$5 million, of which $2 million …": a whole and its part, not two
    items; nor "$1.5 billion, mainly black tea ($640 million)", a clause of composition).
    "Net profit rose to 19.4 billion as the firm sold medicine for 42.8 billion and other
    products for 11.8 billion": the profit is no item of the sales' list."""
    runs: list[list[Node]] = [[group[0]]]
    sentence = group[0].claim.sentence
    for a, b in zip(group, group[1:]):
        gap = sentence[a.local[1]: b.local[0]]
        if len(gap) > 150 or not _SEPARATOR.search(gap) or vocab.INCLUDES.search(gap) or vocab.OWN_PARTS.search(gap) \
                or ":" in gap:
            runs.append([b])
        else:
            runs[-1].append(b)
    return [r for r in runs if len(r) >= 2]


def _beside(graph: Graph, parts: list[Node]) -> Optional[Node]:
    """The one level of the parts' unit, kind and period, larger than each, in the sentence
    before the list or else the one after it (in its paragraph or the next)."""
    concepts = {p.concept for p in parts}
    for near in (graph.previous_sentence(parts[0], same_paragraph=False), _following(graph, parts[-1])):
        fits = [w for w in near if w.unit == parts[0].unit and w.kind == parts[0].kind and _amount(w)
                and periods_equal(w, parts[0]) and w not in parts and _below(parts, w)]
        if len(fits) > 1 and len(concepts) == 1 and None not in concepts:
            fits = [w for w in fits if w.concept in concepts]  # "exports to $803.3 million, while imports …"
        if len(fits) == 1:
            # "The share of other countries amounted to 289 thousand": the list's last item
            w = fits[0]
            return None if _REMAINDER.search(w.before(80) + " " + w.after(40) + " " + (w.claim.metric or "")) else w
        if fits:
            return None  # two wholes the list may split: none
    return None


def _following(graph: Graph, n: Node) -> list[Node]:
    after = graph.next_sentence(n)
    if after and (after[0].paragraph is None or n.paragraph is None or 0 <= after[0].paragraph - n.paragraph <= 1):
        return after
    return []


def _sum(parts: list[Node], whole: Node, exact: bool) -> Relation:
    label = " + ".join(p.claim.metric or "part" for p in parts)
    template = " + ".join(f"{{{i}}}" for i in range(len(parts)))
    # a total printed with fewer digits than its parts is cut as often as rounded
    return Relation("parts-total", "sum", parts, whole, sum, label, template, exact=exact,
                    slack=0.0 if exact else half_width(whole.claim))


def _bound(parts: list[Node], whole: Node, exact: bool) -> Relation:
    label = " + ".join(p.claim.metric or "part" for p in parts)
    template = " + ".join(f"{{{i}}}" for i in range(len(parts)))
    return Relation("parts-total", "sum", parts, whole, sum, label, template, compare=">=", exact=exact,
                    vouches=False, only_slips=() if exact else SCALE_SLIPS, margin=1.0 if exact else SCALE_MARGIN)
