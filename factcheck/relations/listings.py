"""Parts that the text lays out as a list: the items an "Among them, …" or "Of these, …"
sentence lists under the whole of the sentence before, a whole followed by its parts (after a
colon, "comprising", "including"), items said to make it "together", an accumulating list
("another …", "the remaining …"), a residual ("the rest of the world"). Helpers of the
`parts-total` rule; parts named by a modifier of their whole are `breakdown`'s."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import Optional

from factcheck.extract.patterns import lazy, triggered
from factcheck.matching import words
import factcheck.relations.vocabulary as vocab
from factcheck.relations.breakdown import part_of_part
from factcheck.relations.graph import AMOUNT_KINDS, Graph, Node, periods_equal, series_words
from factcheck.relations.interval import Linear, half_width
from factcheck.relations.relation import Relation
from factcheck.relations.common import after_previous_figure, irrealis, is_change, is_level, signed


_AMONG = re.compile(r"^\s*(?:among\s+(?:them|these|which|those)|of\s+(?:them|these|which|this|that|the\s+total)|"
                    r"within\s+(?:it|this|that)|including)\b", re.I)


def implied_whole(graph: Graph, n: Node) -> Optional[Node]:
    """The whole of a sentence that opens "Among them, …" or "Of these, …": the last figure
    of the same unit in the sentence before, in the same paragraph; of one that opens "Of
    the total", the largest (the total before its parts: "a budget of $784.2 million, $419.5
    million recurrent and $364.7 million development. Of the total budget, …")."""
    among = _AMONG.match(n.claim.sentence)
    if not among:
        return None
    # wire copy gives each sentence a paragraph: "Among them" then opens the next one
    previous = graph.previous_sentence(n) or graph.previous_sentence(n, same_paragraph=False)
    if not previous:
        return None
    if among.group(0).lower().split()[-1] == "total" and _total_in_opener(graph, n):
        return None  # "Of the total revenue of K1.58 trillion, …": the opener states its own whole
    fits = [m for m in previous if is_level(m) and m.unit == n.unit and m.kind == n.kind]
    if fits and among.group(0).lower().split()[-1] == "total":
        return max(fits, key=lambda m: m.value)
    return fits[-1] if fits else None


def _total_in_opener(graph: Graph, n: Node) -> bool:
    """An "Of the total …" opener that prints its own figure before its first comma ("Of the
    total annual approved revenue and grants of K1.58 trillion, K729.5 billion …") names the
    whole of its sentence itself: neither it nor the figures after it are among the figures
    of the sentence before."""
    comma = n.claim.sentence.find(",")
    return comma > 0 and any(m.local[1] <= comma and m.unit == n.unit and m.kind == n.kind
                             for m in graph.sentence_of(n))


def among_them(graph: Graph):
    """Parts that an "Among them, …" sentence lists, each at most the whole before it,
    together at most the whole, and adding up to it only if one slip explains the gap."""
    lists: dict[int, list[Node]] = defaultdict(list)
    wholes: dict[int, Node] = {}
    for n in graph.nodes:
        if not is_level(n) or n.value <= 0:
            continue
        whole = implied_whole(graph, n)
        if whole is None or whole.series & vocab.NET_HEADS or n.series & vocab.NET_HEADS:
            continue
        lists[n.sentence].append(n)
        wholes[n.sentence] = whole
        yield Relation("parts-total", "sum", [n], whole, lambda v: v[0],
                       f"{n.claim.metric or 'a part'}, among the {whole.claim.metric or 'whole'} before it", "{0}",
                       compare=">=")
    for key, parts in lists.items():
        # "Among them" says the list is one: its items may be long phrases
        if len(parts) >= 2 and listed_together(parts, reach=120):
            yield from _listed_sum(graph, parts, wholes[key])


#: A count of the members two items share: "247 required both", "both criteria", "either".
_SHARED_MEMBERS = re.compile(r"\b(?:both|either|each\s+of\s+the\s+two|overlap\w*)\b", re.I)


def _overlapping(graph: Graph, parts: list[Node]) -> bool:
    """Items that are properties of the whole's members, not a split of it: the sentence
    after the list counts the members that have both ("Of these, 293 required no experience
    and 424 no qualifications. 247 required both"), so the items overlap and need not add up."""
    return any(m.unit == parts[0].unit and _SHARED_MEMBERS.search(m.claim.sentence) for m in graph.next_sentence(parts[-1]))


#: A gap within one list: no figure and no semicolon between two of its items.
_NO_FIGURE_NOR_SEMICOLON = re.compile(r"^[^\d;]*$")
_ENUMERATION = re.compile(r"(?::|\bcompris\w*|\bconsist\w*\s+of|\bmade\s+up\s+of|\bcomposed\s+of|\bderived\s+from|"
                          r"\bincluding|\bof\s+which|"
                          # particularising markers: the items that follow are members of the
                          # whole ("21 Mt of grain, in particular 10 Mt of wheat, ...")
                          r"\bin\s+particular|\bnamely|\bnotably|\bspecifically|\bamong\s+(?:them|which|these)|\bsuch\s+as|"
                          r"\bsplit\s+(?:between|into)|\bdivided\s+into|\bbroken\s+down\s+(?:as|into)|"
                          r"\bby\s+(?:selling|shipping|exporting))[\s,]*(?:\w+\s+){0,6}?$", re.I)
# (every match holds one of these, found as plain substrings: the pattern, tried at each
# position with its lazy run of words before the end, is costly on the text between two figures)
_ENUMERATION = triggered(_ENUMERATION, (":", "compris", "consist", "made", "composed", "derived", "including", "which",
                                        "particular", "namely", "notably", "specifically", "among", "such", "split",
                                        "divided", "broken", "by"))


def listed_together(parts: list[Node], reach: int = 60) -> bool:
    """Figures of one list: separated by commas and 'and' (at most `reach` characters
    apart), no other figure between, and no clause of composition that makes a figure a
    part of the one before it ("$2.3 billion, which was mainly made up of avocados
    (US$925 million)": a whole and its part, not two siblings)."""
    for a, b in zip(parts, parts[1:]):
        gap = a.claim.sentence[a.local[1]: b.local[0]]
        if len(gap) > reach or not _NO_FIGURE_NOR_SEMICOLON.match(gap) or not re.search(r",|\band\b", gap) \
                or vocab.OWN_PARTS.search(gap):
            return False
    return True


def _listed_sum(graph: Graph, parts: list[Node], whole: Node):
    if part_of_part(parts, whole) or _overlapping(graph, parts):
        return  # "mineral exports …, with iron ore exports …": a part and a part of it; or items that overlap
    label = " + ".join(p.claim.metric or "part" for p in parts)
    template = " + ".join(f"{{{i}}}" for i in range(len(parts)))
    yield Relation("parts-total", "sum", parts, whole, sum, label, template, compare=">=")
    yield Relation("parts-total", "sum", parts, whole, sum, label, template, exact=False)


def list_after_whole(graph: Graph):
    """A sentence that opens with a list of levels after a sentence that states one level
    of theirs for the same period ("30,135 people were in work in June. 3,019 were
    self-employed and 27,116 worked for an employer"): the list may split that level, so
    the parts' sum is a candidate for it, confirmed when it holds and broken only by a
    slip that explains the gap (no word says the list is complete)."""
    for members in graph.by_sentence.values():
        parts = [n for n in members if is_level(n) and n.kind in AMOUNT_KINDS and n.value > 0 and n.exact]
        if len(parts) < 2 or len(parts) != len([n for n in members if n.kind in AMOUNT_KINDS]) \
                or len({(p.unit, p.period) for p in parts}) != 1 or parts[0].period is None or not listed_together(parts, 90):
            continue
        before = graph.previous_sentence(parts[0], same_paragraph=False)
        levels = [w for w in before if is_level(w) and w.unit == parts[0].unit and periods_equal(w, parts[0])]
        if len(levels) != 1 or levels[0].value <= max(p.value for p in parts) \
                or levels[0].claim.qualifier not in ("exact", "approx") or part_of_part(parts, levels[0]):
            continue  # none, or a list itself (the whole is further back)
        if any(levels[0].interval.meets(p.interval) for p in parts):
            continue  # "nearly half a billion ... the total touching 488 million": the level restated, not split
        if _list_goes_on(graph, parts) or _CONTINUES_LIST.match(parts[0].claim.sentence[: parts[0].local[0]]):
            continue
        wholes = levels
        label = " + ".join(p.claim.metric or "part" for p in parts)
        # a total printed with fewer digits than its parts is cut as often as rounded
        # ("$2.19 billion" for 699.3 + 1,496.2 million): one more unit of its last digit
        yield Relation("parts-total", "sum", parts, wholes[0], sum, label,
                       " + ".join(f"{{{i}}}" for i in range(len(parts))), exact=False, slack=half_width(wholes[0].claim))


#: What joins the items of a list whose items carry figures of their own: "fell 44,800 to
#: 8,125,700 and part-time ...", "rose 3,300 to 543,300 while ...", "...; Montego Bay ...".
_ITEM_JOIN = re.compile(r"[,;]|\b(?:and|while|whereas)\b", re.I)
#: Between an item's change and its level: "rose 58,300 to 3,872,500", "by $6bn (to $59bn".
_CHANGE_TO_LEVEL = re.compile(r"[\s(,]*(?:to|at)\s*[^\w\s]{0,4}\s*", re.I)


def _items_with_changes(amounts: list[Node]) -> Optional[tuple[list[Node], list[Node]]]:
    """The levels and changes of a sentence that lists items, each with its level and its
    own change just before it ("A rose 5 to 60, B fell 2 to 40"), joined as a list."""
    levels, changes, pending = [], [], None
    for n in amounts:
        if is_change(n) and pending is None:
            pending = n
        elif is_level(n) and n.value > 0 and n.exact:
            if pending is not None and not _CHANGE_TO_LEVEL.fullmatch(n.claim.sentence[pending.local[1]: n.local[0]]):
                return None
            levels.append(n)
            if pending is not None:
                changes.append(pending)
            pending = None
        else:
            return None
    if pending is not None or len(levels) < 2 or len(changes) != len(levels):
        return None  # levels alone, with rates between, may be siblings of the level before
    # ("up 18% to S$2 billion for other components. Accommodation rose 13% to S$1.44 billion; ...")
    starts = changes or levels
    for a, b in zip(levels, starts[1:]):
        gap = a.claim.sentence[a.local[1]: b.local[0]]
        if len(gap) > 100 or not _ITEM_JOIN.search(gap):
            return None
    return levels, changes


def items_after_whole(graph: Graph):
    """The sentence after a whole's level (and its change) that lists its parts, each with
    a change of its own ("Employment rose 13,500 to 11,998,200. Full-time
    employment fell 44,800 to 8,125,700 and part-time employment rose 58,300 to
    3,872,500"): the levels add up to the whole's level and the changes, signed by their
    words, to its change. No word says the list is complete, so each sum is a candidate,
    broken only by a slip that explains the gap."""
    for members in graph.by_sentence.values():
        amounts = [n for n in members if n.kind in AMOUNT_KINDS]
        if len({(n.unit, n.period) for n in amounts}) != 1 or amounts[0].period is None:
            continue
        items = _items_with_changes(amounts)
        if items is None:
            continue
        levels, changes = items
        before = [w for w in graph.previous_sentence(levels[0], same_paragraph=False)
                  if w.unit == levels[0].unit and w.kind == levels[0].kind and periods_equal(w, levels[0])]
        wholes = [w for w in before if is_level(w)]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        if whole.value <= max(p.value for p in levels) or whole.claim.qualifier not in ("exact", "approx") \
                or whole.series & vocab.NET_HEADS or part_of_part(levels, whole) or _list_goes_on(graph, levels) \
                or any(p.concept and whole.concept and p.concept != whole.concept for p in levels):
            continue  # a balance is no sum of its sides; imports are no part of exports
        label = " + ".join(p.claim.metric or "part" for p in levels)
        yield Relation("parts-total", "sum", levels, whole, sum, label,
                       " + ".join(f"{{{i}}}" for i in range(len(levels))), exact=False, slack=half_width(whole.claim))
        moved = [w for w in before if is_change(w)]
        if changes and len(moved) == 1 and moved[0].claim.qualifier in ("exact", "approx"):
            signs = [signed(p) * signed(moved[0]) for p in changes]
            yield Relation("parts-total", "sum", changes, moved[0], Linear(signs), label,
                           " ".join(("+ " if s > 0 else "− ") + f"{{{i}}}" for i, s in enumerate(signs)).lstrip("+ "),
                           exact=False, slack=half_width(moved[0].claim))


#: A sentence that opens by carrying on the list of the one before: "Another 14,100 came
#: from India, 13,400 from the UK", "A further 2,000 …", "The remaining 310 …", "The rest,
#: 95, …": the level before is the list's first item, a sibling, not the whole it splits.
_CONTINUES_LIST = re.compile(r"^\W*(?:another|a\s+further|(?:the\s+)?remaining|the\s+rest\b|still\s+others?|"
                             r"others?)\b", re.I)


def _list_goes_on(graph: Graph, parts: list[Node]) -> bool:
    """"• Imports rose to 4.1m tons, exports to 2.16m tons. • Transshipment fell 8.6%": the
    sentence after the list names one more series of the period by its change alone, a
    part whose level the text leaves unsaid."""
    after = graph.next_sentence(parts[-1])
    named = {p.series for p in parts}
    return bool(after) and not any(is_level(n) for n in after) \
        and any(is_change(n) or n.role == "growth" for n in after) \
        and all(periods_equal(n, parts[0]) and n.series and n.series not in named
                and not any(n.series & s for s in named) for n in after)


def enumerated_parts(graph: Graph):
    """A whole followed in its sentence by the list of its parts ("ship 3.2 million
    vehicles: 530,000 in Korea, 2.63M in export markets and 7,000 special vehicles"):
    together at most the whole, and a gap one slip explains is that slip."""
    for members in graph.by_sentence.values():
        for i, whole in enumerate(members):
            if not is_level(whole) or whole.value <= 0:
                continue
            parts = []
            for n in members[i + 1:]:
                if not parts and n.kind not in AMOUNT_KINDS:
                    continue  # the whole's own rate before its list: "$126.37 billion, down 17.9 percent ..., including"
                if n.unit != whole.unit or n.kind != whole.kind or not is_level(n):
                    break
                parts.append(n)
            if len(parts) < 2 or not all(0 < p.value < whole.value for p in parts) or not listed_together(parts):
                continue  # a part larger than the whole: a threshold and the figures that crossed it
            between = whole.claim.sentence[whole.local[1]: parts[0].local[0]]
            if not _ENUMERATION.search(between) or between.rfind("(") > between.rfind(")"):
                continue  # "(total exports: DKK 123 billion), with the UK (total exports: …": a label's colon, in brackets
            yield from _listed_sum(graph, parts, whole)


#: Words that make a figure the total of what the text has just counted: "This brings the
#: total number of visitors to 5,950,726", "… and another 2,656,305 cruise passengers,
#: thus reaching 11,192,042 visitors", "making a combined total of".
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_ACCUMULATION = lazy(
    r"(?:\b(?:bring|brings|bringing|brought|take|takes|taking|took|push(?:es|ed|ing)?|lift(?:s|ed|ing)?)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:overall\s+|combined\s+|grand\s+|cumulative\s+)?total\b[^.;\d]{0,50}?\bto"
    r"|\b(?:thus|so|thereby)\s+(?:reaching|bringing|taking|totall?ing)\b[^.;\d]{0,50}?"
    r"|\b(?:making|for)\s+a\s+(?:combined|grand|cumulative)\s+total\s+of"
    # "a fixed budget of 569,666,048 dollars, and a capital budget of 509,655,736 dollars,
    # totalling to a budget of 1,079,315,784 dollars": the participle after the list's comma
    r"|,\s*(?:totall?ing|amounting)(?:\s+to)?\b[^.;\d]{0,50}?)\s+$", re.I)
#: The parts an accumulated total adds up: a few, near it.
_MAX_ACCUMULATED = 4
#: A sum further than this from the total it is said to make is a misreading of which
#: figures were counted, not a slip.
_ACCUMULATED_BAND = (0.8, 1.25)


def accumulated_total(graph: Graph):
    """A total the text says its preceding figures make ("the arrival of 8,535,742 tourists
    by air and another 2,656,305 cruise passengers ..., thus reaching the historic figure of
    11,192,042 visitors"): the levels of its unit and period before it in its paragraph add
    up to it, by the text's own words (parts may name other series than the whole:
    tourists and cruise passengers make visitors). Two to four such parts, whose sum is
    near the total; otherwise which figures were counted is not clear, and nothing is said."""
    for total in graph.nodes:
        if not is_level(total) or total.value <= 0 or not total.exact \
                or not _ACCUMULATION.search(total.before(100)):
            continue
        parts = [n for n in graph.nodes[:total.index] if n.paragraph == total.paragraph and is_level(n)
                 and n.unit == total.unit and n.kind == total.kind and n.exact and n.value > 0
                 and not n.claim.context.get("converted") and periods_equal(n, total)]
        if len({irrealis(graph, n) for n in parts}) > 1:
            continue  # outcomes and plans mixed; a budget's lines, all planned, make the budget
        if not 2 <= len(parts) <= _MAX_ACCUMULATED:
            continue
        ratio = sum(p.value for p in parts) / total.value
        if not _ACCUMULATED_BAND[0] <= ratio <= _ACCUMULATED_BAND[1]:
            continue
        label = " + ".join(p.claim.metric or "part" for p in parts)
        template = " + ".join(f"{{{i}}}" for i in range(len(parts)))
        yield Relation("parts-total", "sum", parts, total, sum, f"{label}, the total the text says they make",
                       template)


#: Words that make a figure the sum of the figures just listed in its sentence: "fish, 19.8% of
#: domestic exports, kava at 21% and root crops with 10%, and together they comprise 70%",
#: "…, which combined make up 41 percent". Only a few words, none of them a figure, between
#: the word and the total.
# (asked of every figure: behind its words, found as plain substrings, the pattern runs only
# where one of them is before the figure)
_SAID_TOGETHER = triggered(lazy(r"\b(?:together|combined|jointly|collectively|between\s+them)\b"
                                r"(?:\s+(?:they|these|those|the\s+(?:two|three|four|five))\b)?"
                                r"(?:\s+(?:make\s+up|made\s+up|account(?:s|ed)?\s+for|comprised?(?:\s+of)?|represent(?:s|ed)?|"
                                r"total(?:l?ed|s)?|amount(?:s|ed)?\s+to|form(?:s|ed)?|add(?:s|ed)?\s+up\s+to|are|were|reach(?:es|ed)?))?"
                                r"\s*(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I),
                           ("together", "combined", "jointly", "collectively", "between"))
#: The parts a total said together adds up: two to six, each of the total's unit, kind and role.
_MAX_TOGETHER = 6


def said_together(graph: Graph):
    """A total the text says the figures before it in its sentence make together ("… kava
    at 21% and root crops with 10% and together they comprise 70% of domestic exports"):
    the figures of its unit, kind, role and period before it in the sentence add up to it,
    by the text's own words. Only exact figures, all smaller than the total."""
    for total in graph.nodes:
        if total.value <= 0 or not total.exact or total.claim.qualifier != "exact" \
                or not _SAID_TOGETHER.search(total.before(60)):
            continue
        before = [n for n in graph.sentence_of(total) if n.local[1] <= total.local[0] and n.unit == total.unit]
        parts = [n for n in before if n.kind == total.kind and n.role == total.role and n.level == total.level
                 and n.exact and n.claim.qualifier == "exact" and 0 < n.value < total.value
                 and not n.claim.context.get("converted") and periods_equal(n, total)]
        if not 2 <= len(parts) <= _MAX_TOGETHER or len(parts) != len(before):
            continue  # another figure of the unit (a change, a bound) before it: which were counted is not clear
        label = " + ".join(p.claim.metric or "part" for p in parts)
        template = " + ".join(f"{{{i}}}" for i in range(len(parts)))
        yield Relation("parts-total", "sum", parts, total, sum, f"{label}, the total the text says they make together",
                       template)


def listed_changes(graph: Graph):
    """A whole's change followed, after it in its sentence and in the sentences after it
    in its paragraph, by the changes of its components ("credits fell $1,166m (3%) to
    $40,122m. Non-monetary gold fell $735m, non-rural goods fell $714m ... Rural goods rose
    $236m. Services credits rose $54m."): the signed changes add up to the whole's, within
    the rounding of each printed part. Only nearly (a list may leave a small component
    out), so a gap is a finding only when one slip explains it."""
    for k, key in enumerate(graph.sentences):
        figures = [n for n in graph.by_sentence[key] if n.kind in AMOUNT_KINDS]
        if not figures or not is_change(figures[0]) or not figures[0].exact or not figures[0].series:
            continue  # the whole: the sentence's first figure, a change
        whole = figures[0]
        if k and any(is_change(n) and n.unit == whole.unit and n.paragraph == whole.paragraph
                     for n in graph.by_sentence[graph.sentences[k - 1]]):
            continue  # a part of the list before it
        parts: list[Node] = []
        for n in itertools.chain(figures[1:], _rest_of_paragraph(graph, k, whole.paragraph)):
            if n.unit != whole.unit or n.kind not in AMOUNT_KINDS:
                continue
            if not parts and is_level(n) and n.sentence == whole.sentence:
                continue  # the whole's own level: "fell $1,001m (3%) to $34,911m"
            if not (is_change(n) and n.exact and _component(n, whole) and periods_equal(n, whole)
                    and not irrealis(graph, n)):
                parts = []  # a level, another series or a forecast: not a list of components
                break
            parts.append(n)
        if len(parts) < 2 or len({(n.series, n.value) for n in parts}) != len(parts):
            continue
        # each part's sign relative to the whole's direction: a fall of 1,166 is 735 + 714 + 8 − 236 − 54
        k_signs = tuple(signed(p) * signed(whole) for p in parts)
        label = " + ".join(p.claim.metric or "part" for p in parts)
        template = "".join(("−" if c < 0 else "") + "{0}" if i == 0 else (" − " if c < 0 else " + ") + f"{{{i}}}"
                           for i, c in enumerate(k_signs))
        yield Relation("parts-total", "sum", parts, whole, Linear(k_signs),
                       label, template, exact=False, slack=sum(half_width(p.claim) for p in parts))


def _rest_of_paragraph(graph: Graph, k: int, paragraph):
    """The figures of the sentences after the k-th, while they are of `paragraph` (a walk
    that stops at the paragraph's end keeps the rule linear in the article)."""
    for j in range(k + 1, len(graph.sentences)):
        figures = graph.by_sentence[graph.sentences[j]]
        if figures and figures[0].paragraph != paragraph:
            return
        yield from figures


def _component(part: Node, whole: Node) -> bool:
    """A part that names the whole's measure more narrowly: its head word and more, or
    the same trade concept with modifiers of its own."""
    if part.series == whole.series or (whole.subject and part.subject and part.subject != whole.subject):
        return False
    if part.concept and whole.concept:
        return part.concept == whole.concept and part.modifiers != whole.modifiers
    return whole.head is not None and whole.head in part.series


def split_pair(graph: Graph):
    """Two figures of one sentence that split a whole by a pair of words which divide it
    by definition ("The domestic sector contributed US$43.69 billion, while the
    foreign-invested sector accounted for US$113.08 billion"), after the sentence that
    states the whole ("exports have totaled US$156.77 billion"): the pair adds up to the
    last figure of that sentence of their unit and period. The whole is read from the
    layout, so a gap is a finding only when one slip explains it."""
    for key in graph.sentences:
        members = graph.by_sentence[key]
        for unit in {n.unit for n in members if is_level(n)}:
            figures = [n for n in members if n.unit == unit and n.kind in AMOUNT_KINDS]
            if len(figures) != 2 or not all(is_level(n) and n.exact and n.value > 0 for n in figures):
                continue
            a, b = figures
            if not periods_equal(a, b) or a.series & vocab.NET_HEADS or b.series & vocab.NET_HEADS:
                continue
            first = set(words(a.claim.sentence[: a.local[0]]))
            second = set(words(a.claim.sentence[a.local[1]: b.local[0]]))
            if not any(x in first and y in second and y not in first and x not in second
                       for pair in vocab.SPLITS for x, y in (pair, pair[::-1])):
                continue
            before = [n for n in graph.previous_sentence(a, same_paragraph=False)
                      if n.unit == unit and is_level(n) and n.exact and n.kind == a.kind and periods_equal(n, a)]
            if not before or before[-1].value <= max(a.value, b.value):
                continue
            whole = before[-1]
            yield Relation("parts-total", "sum", [a, b], whole, sum,
                           f"{a.claim.metric or 'one part'} + {b.claim.metric or 'the other'}", "{0} + {1}", exact=False)


#: A category that closes a breakdown: what the parts named before it leave over ("the
#: rest of the world", "the remaining", "all other countries").
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_RESIDUAL = lazy(r"\b(?:the\s+)?(?:rest\s+of\s+the\s+(?:world|country|countries|economy)|remain(?:ing|der)|"
                       r"(?:all\s+)?other\s+(?:countries|destinations|markets|partners|sources|economies|nations))\b"
                       r"[^.;\d]{0,40}$", re.I)
_TOTAL_WORD = re.compile(r"\b(?:total|overall|all|aggregate)\b", re.I)
#: The parts a residual category closes: a few, just before it.
_MAX_RESIDUAL_PARTS = 6


def residual_breakdown(graph: Graph):
    """Figures of one measure and period that end with a residual category ("… from the EU
    €4,373.4 mn, from all other European countries €854.2 mn. Imports from the rest of the
    world amounted to €2,276.2 mn"): with it, the parts before it cover the whole, which
    is the figure of the measure the text states before them as a total. Read from the
    layout, so a gap is a finding only when one slip explains it."""
    for last in graph.nodes:
        if not is_level(last) or not last.exact or last.value <= 0 or not last.head \
                or not _RESIDUAL.search(last.before(80)):
            continue
        same = [n for n in graph.nodes[:last.index] if is_level(n) and n.unit == last.unit and n.kind == last.kind
                and n.head == last.head and n.exact and n.value > 0 and periods_equal(n, last)
                and not n.claim.context.get("converted") and not irrealis(graph, n)]
        parts: list[Node] = [last]
        whole = None
        for n in reversed(same):
            if n.sentence != parts[-1].sentence and (_TOTAL_WORD.search(n.claim.metric or "")
                                                     or _TOTAL_WORD.search(n.claim.sentence[after_previous_figure(graph, n): n.local[0]])) \
                    and n.value > last.value:
                whole = n  # the total, stated before the breakdown (in the lead, often)
                break
            if abs((n.paragraph or 0) - (last.paragraph or 0)) > 1:
                break  # parts of one breakdown stand together
            parts.append(n)
        if whole is None or not 2 <= len(parts) <= _MAX_RESIDUAL_PARTS:
            continue
        parts.reverse()
        if len({round(p.value, 6) for p in parts}) != len(parts):
            continue  # a figure stated twice is no two parts
        yield from _listed_sum(graph, parts, whole)



#: A figure said to add to what was counted before it: "another $700,000", "a further 12
#: tonnes", "the remaining 40%", "the rest, 1.2 million".
_CONTINUED = lazy(r"\b(?:another|a\s+further|an\s+additional|the\s+remaining|the\s+rest\s*(?:,|of\s+\w+\s*,?)?|"
                  r"the\s+balance\s*(?:,|of)?|(?:a|the)\s+(?:second|third|fourth|fifth|sixth)\s+[a-z-]+(?:\s+[a-z-]+)?\s+of)"
                  r"\s*(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?[^\w\s]{0,4}\s*$", re.I)
#: What tells the item closes the list: "the remaining", "the rest", "the balance".
_REMAINDER_ITEM = re.compile(r"\b(?:remaining|rest|balance)\b", re.I)
#: "Of the capital expenditures, …": a sentence that opens with the whole it splits, named
#: by its noun and no figure.
_OF_THE_NAMED = re.compile(r"^\W*(?:of|out\s+of)\s+the\s+(?P<noun>(?:[a-z-]+\s+){0,4}?[a-z-]+)\s*,", re.I)
#: How far on a list may run in sentences with figures, and back a named whole may lie
#: in paragraphs.
_MAX_CONTINUED = 4
_NAMED_REACH = 3


def _named_whole(graph: Graph, first: Node) -> Optional[Node]:
    """The whole an "Of the <noun>," sentence opens with: the nearest level before it of
    the part's unit and period whose series holds every word of the noun."""
    m = _OF_THE_NAMED.match(first.claim.sentence)
    if not m or m.end() > first.local[0]:
        return None
    named = series_words(m.group("noun"))
    if not named:
        return None
    for s in reversed(graph.sentences[:graph.position(first)]):
        fits = [w for w in graph.by_sentence[s] if is_level(w) and w.unit == first.unit and w.kind == first.kind
                and named <= w.series and periods_equal(w, first)]
        if fits:
            w = fits[-1]
            if first.paragraph is not None and w.paragraph is not None and first.paragraph - w.paragraph > _NAMED_REACH:
                return None
            return w
    return None


def _opening(graph: Graph, members: list[Node]) -> Optional[tuple[Node, list[Node]]]:
    """The whole and the first items of a list that a sentence opens ("Of this total, $637.3
    million …", "Of the capital expenditures, $24,160,000 …") or that follows a whole in
    its sentence ("USD 79.8M, out of which USD 22.36M …")."""
    amounts = [n for n in members if n.kind in AMOUNT_KINDS]
    if not amounts:
        return None
    first = amounts[0]
    whole = None
    if _AMONG.match(first.claim.sentence) or _OF_THE_NAMED.match(first.claim.sentence):
        whole = implied_whole(graph, first) or _named_whole(graph, first)
        items = amounts
    else:
        for i, w in enumerate(amounts[:-1]):
            if is_level(w) and _ENUMERATION.search(w.claim.sentence[w.local[1]: amounts[i + 1].local[0]]):
                whole, items = w, amounts[i + 1:]
                break
    if whole is None:
        return None
    parts = []
    for n in items:
        if n.unit != whole.unit or n.kind != whole.kind or not is_level(n) or not periods_equal(n, whole):
            break  # "$637.3 million …, compared to the same period of 2023 ($633.4 million)": the list ends
        parts.append(n)
    if not parts or (len(parts) > 1 and not listed_together(parts, reach=120)):
        return None
    return whole, parts


def _continuation(graph: Graph, k: int, whole: Node) -> Optional[Node]:
    """The item a sentence adds to the list before it: its only figure of the whole's
    unit, a level of the same period after "another", "a further", "the remaining"."""
    amounts = [n for n in graph.by_sentence[graph.sentences[k]] if n.kind in AMOUNT_KINDS]
    if len(amounts) != 1:
        return None
    n = amounts[0]
    if n.unit != whole.unit or n.kind != whole.kind or not is_level(n) or not periods_equal(n, whole) \
            or not _CONTINUED.search(n.before(60)):
        return None
    return n


def continued_list(graph: Graph):
    """A list of a whole's parts that goes on over the next sentences, each adding one item
    by "another", "a further", "a third …", "the remaining" ("Of this total, $637.3 million
    corresponds to … Another $223.2 million is …"): the items together are at most the
    whole, and add up to it only if one slip explains the gap (no word says the list is
    complete, a remainder but roughly)."""
    for k, key in enumerate(graph.sentences):
        opened = _opening(graph, graph.by_sentence[key])
        if opened is None:
            continue
        whole, parts = opened
        if whole.value <= 0 or whole.series & vocab.NET_HEADS or whole.claim.qualifier not in ("exact", "approx"):
            continue
        added = []
        for j in range(k + 1, min(k + 1 + _MAX_CONTINUED, len(graph.sentences))):
            n = _continuation(graph, j, whole)
            if n is None:
                break
            added.append(n)
            if _REMAINDER_ITEM.search(n.before(60)):
                break  # the remainder closes the list
        if not added:
            continue  # a list of one sentence: the other rules' to read
        items = parts + added
        if any(p.value <= 0 or not periods_equal(p, whole) or p.series & vocab.NET_HEADS for p in items) \
                or part_of_part(items, whole):
            continue
        yield from _listed_sum(graph, items, whole)
