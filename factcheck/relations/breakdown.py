"""Wholes and the parts their names carry: figures of a whole named by a modifier ("visitors
by air", "by rail"), X and non-X, and a balance's components printed without their minus
signs. Helpers of the `parts-total` rule; parts the text lays out as a list are `listings`'."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import Optional

from factcheck.extract.patterns import lazy
from factcheck.matching import series_name_words, words
from factcheck.models import Finding
from factcheck.quantities import format_quantity
import factcheck.relations.slips as slips
import factcheck.relations.vocabulary as vocab
from factcheck.relations.graph import MONEY, PERCENT, SHARE, Graph, Node, named_by_its_count, subject_words
from factcheck.relations.interval import Linear, image
from factcheck.relations.relation import Relation
from factcheck.relations.common import MAX_GROUP, after_previous_figure, irrealis, is_change, is_level, signed, subject_of


def named_parts(graph: Graph):
    """A whole ("visitors", "employment change") and figures of it named by a modifier
    ("visitors by air", "full-time employment change") in the same period. Parts that
    split the whole by definition (full- and part-time, goods and services) add up to it;
    other levels never add up to more than it, and a gap one slip explains is that slip."""
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        level = is_level(n) and n.value > 0
        if (level or is_change(n)) and n.series and n.period is not None and not (n.series & vocab.NET_HEADS) \
                and not (n.series & vocab.PER_ITEM_WORDS) and n.claim.qualifier in ("exact", "approx") and not irrealis(graph, n):
            groups[(n.head, n.role, n.variant, n.unit, n.period, subject_of(graph, n))].append(n)
    for members in groups.values():
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue
        for whole in members:
            if restricted(whole) or _narrowed_before(graph, whole):
                continue  # "some €200 million in receipts that had been withheld": a subset, not the whole
            # each named part once: the statement nearest the whole (a restatement is the
            # `repeat` rule's to compare)
            by_extra: dict[frozenset, Node] = {}
            # "global sales" and "worldwide sales" are sales over all markets: the whole,
            # whose parts name a market ("domestic sales", "overseas sales")
            ws = whole.series - vocab.WHOLE_WORDS
            owners = frozenset()
            if whole.concept in ("revenue", "spending"):
                # "oil revenues" are a part of "government revenues"; "total public
                # expenditure" is the whole of "expenditure", named by whose it is
                owners = vocab.BUDGET_OWNER_WORDS | {"total"}
                ws -= owners
            # "foreign trade of goods" is the total "trade" all the same: words that only say
            # which total (foreign, bilateral) or name the default (goods) part nothing; of
            # visitors or nights, "foreign" names a part (foreign and domestic tourists)
            generic = vocab.TRADE_GENERIC_WORDS if whole.concept else vocab.TRADE_GENERIC_WORDS - _PART_OF_ANY
            defaults = vocab.DEFAULT_MODIFIERS - goods_beside_services(members, whole, ws)
            # "exports of goods" are all exports where no services are in play: "exports of
            # crude oil" are a part of them all the same
            goods_whole = ws & defaults & _ALL_GOODS
            ws -= goods_whole
            for n in sorted(members, key=lambda n: abs(n.claim.span[0] - whole.claim.span[0])):
                extra = n.series - ws
                if not extra - generic - defaults - owners or extra & vocab.WHOLE_WORDS:
                    continue
                if goods_whole and "service" in extra:
                    continue  # the services are no part of the goods
                if extra & vocab.MONEY_TAKEN_IN_WORDS and not ws & vocab.MONEY_TAKEN_IN_WORDS:
                    continue  # "foreign exchange earnings" are no part of "revenues": money by its currency
                if named_by_its_count(whole) and n.sentence != whole.sentence:
                    continue  # "employed 15,100 persons": which persons, its verb says; not all persons
                if n.concept != whole.concept and n.concept and whole.concept:
                    continue  # "import and export value" (trade) is no part of exports
                if counts_other_things(n, whole):
                    continue  # "254 cruise ships, totalling 406,998 passengers": ships are no whole of passengers
                if not (n.sure_period and whole.sure_period) and n.paragraph != whole.paragraph:
                    continue  # a period carried over relates a part and its whole of one paragraph
                if extra & {"non", "no"} and _negated_by_whole(graph, extra, whole):
                    continue
                if _negates_whole(n, whole):
                    continue  # "non-food consumer goods" is no part of "food" imports: their complement
                if _parallel_items(n, whole) or _listed_items(n, whole) or _shares_of_one_total(graph, n, whole) \
                        or _shares_of_one_whole(graph, n, whole):
                    continue
                if _definite_anaphor(whole, n) or _bare_after(graph, whole, n) or _gapped_after(whole, n) \
                        or _parallel_conjunct(whole, n) or _other_side(graph, whole, n, extra):
                    continue
                if _from_other_places(graph, whole, n):
                    continue  # "Europe ... 2,274, while those from other destinations rose to 3,780": siblings
                if _bracketed_after(whole, n):
                    continue  # "$3.3 billion went to guaranteed transfers ($1.1 billion in April)": a detail of it
                if coordinates(n, whole):
                    continue  # "revenue and grants" is the sum that holds the grants, never a part of them
                if n.series > ws and n.kind == whole.kind and not extra & vocab.VARIANT_WORDS \
                        and not extra <= {"non", "no"} and abs((n.paragraph or 0) - (whole.paragraph or 0)) <= NEAR_PARAGRAPHS:
                    # non-X is X's complement, never a part of X
                    by_extra.setdefault(n.series - ws, n)
            if len(whole.subject) >= 2:
                # a bilateral whole ("trade with the EU": China and the EU) has its partner
                # already: a figure for another partner ("trade with Belt and Road
                # countries") is its sibling, never its part
                by_extra = {k: p for k, p in by_extra.items() if _breakdown(p, whole) not in _PARTNER}
            all_parts = sorted(by_extra.values(), key=lambda n: n.index)
            # products named of all the goods ("exports of crude oil" of the "exports of goods"):
            # each at most the whole; a few of many, which may overlap, so never summed
            products = [p for p in all_parts if goods_whole and not p.series & goods_whole]
            if products:
                all_parts = [p for p in all_parts if p not in products]
                if is_level(whole):
                    for p in products:
                        yield Relation("parts-total", "sum", [p], whole, sum, p.claim.metric or "part", "{0}", compare=">=")
            # "... recurrent expenses MVR 34.8 billion. This includes MVR 13.6 billion for
            # salaries": items of a part, not more parts of the whole
            all_parts = [p for p in all_parts if not _items_of_another(graph, p, whole)]
            if _between_items(whole, all_parts):
                continue
            extras = [p.series - ws for p in all_parts]
            complements = _complements(all_parts, whole, ws)
            if complements:
                yield from complements
                continue
            # "persons not in the labour force" joins "persons" only as the complement of a
            # part: alone it may be the larger side of a whole the frame named too broadly
            all_parts = [p for p in all_parts if "not" not in p.series - ws]
            extras = [p.series - ws for p in all_parts]
            pair = _split_pair(all_parts, ws)
            if pair and len(all_parts) > 2:
                # recurrent and capital spending make all spending, whatever other figures of
                # it the text gives (a programme's, a part of a part): the pair alone, exactly
                yield sum_of(list(pair), whole, exact=True)
                all_parts = [p for p in all_parts if p not in pair]
                extras = [p.series - ws for p in all_parts]
            if any(a <= b or b <= a or _nested(a, b) for i, a in enumerate(extras) for b in extras[i + 1:]):
                continue  # a part of a part ("by air", "by air from Europe"; "mineral", "iron ore")
            for p in all_parts:  # no part exceeds the whole
                if is_level(whole):
                    yield Relation("parts-total", "sum", [p], whole, sum, p.claim.metric or "part", "{0}", compare=">=")
            # parts add up within one breakdown: by air, by road, by sea; not by mode and by origin
            breakdowns: dict[str, list[Node]] = defaultdict(list)
            for p in all_parts:
                breakdowns[_breakdown(p, whole)].append(p)
            for parts in breakdowns.values():
                if len(parts) < 2:
                    continue
                extra = {p.series - ws for p in parts}
                split = len(parts) == 2 and any({frozenset({a}), frozenset({b})} == extra for a, b in vocab.SPLITS)
                label = " + ".join(p.claim.metric or "part" for p in parts)
                template = " + ".join(f"{{{i}}}" for i in range(len(parts)))
                k = tuple(signed(p) for p in parts)
                kt = signed(whole)
                total = Linear(k, kt)
                if is_level(whole):
                    yield Relation("parts-total", "sum", parts, whole, sum, label, template, compare=">=")
                yield Relation("parts-total", "sum", parts, whole, total, label, template, exact=split)


def goods_beside_services(members: list[Node], whole: Node, ws: frozenset) -> frozenset:
    """{"good"} when the goods are a part of this whole, not its default: the text states
    the same flow of services too ("exports of goods fell $4.0 billion ... exports of
    services grew $0.2 billion" beside "a $3.8 billion decrease in exports"), and no figure
    of the goods restates the whole (where "exports" is the goods' figure, the services
    are another flow, not a part of it)."""
    # the changes of one comparison: a year-on-year rise has no month-on-month parts
    extras = [(n, n.series - ws) for n in members if n is not whole and n.claim.base_period == whole.claim.base_period]
    if not any(e == {"service"} for _, e in extras):
        return frozenset()
    goods = [n for n, e in extras if e == {"good"}]
    if not goods or any(whole.interval.meets(n.interval) for n in goods):
        return frozenset()
    return frozenset({"good"})


#: A sentence that opens by listing what the figure before it holds: "This includes ...".
_THIS_INCLUDES = lazy(r"^\W*(?:this|these|that|those|it|they)\s+(?:also\s+)?(?:" + "|".join(vocab.INCLUDE_VERBS) + r")\b",
                      re.I)


_COUNTED_NOUN = re.compile(r"^[^A-Za-z]*(?:(?:thousand|million|billion|lakh|crore|hundred)\s+)?(?:[A-Za-z-]+\s+){0,3}?([A-Za-z]+?)(?:es|s)?$", re.I)


_ANY_THING = frozenset({"unit", "item", "piece", "pc", "head", "case", "number", "thing"})
_PHRASE_WORDS = frozenset({"by", "of", "from", "in", "on", "at", "to", "for", "per", "a", "an", "the", "and", "or"})


def counts_other_things(a: Node, b: Node) -> bool:
    """Whether two counts print different counted nouns ("254 cruise ships", "406,998
    passengers"): things of two kinds, neither a part of the other."""
    if a.claim.kind != "count" or b.claim.kind != "count":
        return False
    ma, mb = _COUNTED_NOUN.match(a.claim.surface.strip()), _COUNTED_NOUN.match(b.claim.surface.strip())
    if not ma or not mb or _PHRASE_WORDS.intersection(re.findall(r"[a-z]+", (a.claim.surface + " " + b.claim.surface).lower())):
        return False  # no noun printed, or a phrase ("visitors by air") whose last word is no counted noun
    a_noun, b_noun = ma.group(1).lower(), mb.group(1).lower()
    # "units", "items", "pieces" count whatever the text is about ("4,216,680 vehicles … 688,884 units")
    return a_noun != b_noun and not {a_noun, b_noun} & _ANY_THING


def _items_of_another(graph: Graph, part: Node, whole: Node) -> bool:
    """A figure of a sentence that opens "This includes" is an item of the last figure
    before it; when that figure is not the whole, the item is a part of a part."""
    if not _THIS_INCLUDES.match(part.claim.sentence):
        return False
    before = graph.previous_sentence(part, same_paragraph=False)
    return bool(before) and before[-1] is not whole


def _split_pair(parts: list[Node], ws: frozenset) -> Optional[tuple[Node, Node]]:
    """The two parts whose own words are the two sides of a split by definition
    ("recurrent" and "capital" expenditure), when the parts hold exactly one such pair."""
    pairs = [(a, b) for i, a in enumerate(parts) for b in parts[i + 1:]
             if any({frozenset({x}), frozenset({y})} == {a.series - ws, b.series - ws} for x, y in vocab.SPLITS)]
    return pairs[0] if len(pairs) == 1 else None


def sum_of(parts: list[Node], whole: Node, exact: bool, names: Optional[list[str]] = None) -> Relation:
    """whole = the sum of parts, each signed by its words; a part with no metric is named
    by `names` (else "part") in the relation's label."""
    k = tuple(signed(p) for p in parts)
    return Relation("parts-total", "sum", parts, whole, Linear(k, signed(whole)),
                    " + ".join(p.claim.metric or name for p, name in zip(parts, names or ["part"] * len(parts))),
                    " + ".join(f"{{{i}}}" for i in range(len(parts))), exact=exact)


#: Words that name a trade figure's whole but a part of anything else: foreign visitors.
_PART_OF_ANY = frozenset({"foreign", "external"})
#: Words that name all the goods a flow carries ("exports of goods", "merchandise imports"),
#: where "commodity exports" may be the raw commodities alone.
_ALL_GOODS = frozenset({"good", "merchandise"})


_INTRODUCED_BY = re.compile(r"\b(with|at|for|on)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?[^\s\d]{0,4}$", re.I)


def _parallel_items(a: Node, b: Node) -> bool:
    """Two figures of one sentence each brought in by the same preposition ("Italians are
    the largest group with 289,555 people, followed by Germans with 272,906 people,
    Portuguese with 220,446 people"): items of one list, siblings, never a part and the
    whole it belongs to, however the frame named them."""
    if a.sentence != b.sentence:
        return False
    ma, mb = _INTRODUCED_BY.search(a.before(30)), _INTRODUCED_BY.search(b.before(30))
    return bool(ma and mb and ma.group(1).lower() == mb.group(1).lower())


#: Nothing between two items of one list but their nouns and a separator.
_LIST_SEPARATOR = re.compile(r"^[^\d;:()]{0,60}?(?:,|\band\b|\bor\b)[^\d;:()]{0,20}$", re.I)


def _listed_items(part: Node, whole: Node) -> bool:
    """"The ten largest banks include five local banks, three foreign banks and two state
    banks": a figure after an inclusion word is an item of the figure before it, never
    its whole, and the items after one inclusion word are siblings, never a part and the
    whole it belongs to, however the frame named them (a default modifier left out)."""
    if part.sentence != whole.sentence:
        return False
    sentence = whole.claim.sentence
    first, second = sorted((part, whole), key=lambda n: n.local[0])
    if second is whole and vocab.INCLUDES.search(sentence[first.local[1]: whole.local[0]]):
        return True
    between = sentence[first.local[1]: second.local[0]]
    return bool(vocab.INCLUDES.search(sentence[: first.local[0]]) and not vocab.INCLUDES.search(between)
                and _LIST_SEPARATOR.match(between))


#: "$290.17 million (5.5 percent of total)", "$282.22 million, or 5.4% of the total": a
#: figure followed by its own share of a total
_OF_A_TOTAL = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|grand\s+)?total\b", re.I)
_BEFORE_OWN_SHARE = re.compile(r"^\s*(?:\(|,\s*(?:or|some|about|nearly)?\s*|or\s+)$", re.I)


def _stated_as_share_of_total(graph: Graph, n: Node) -> bool:
    sentence = graph.sentence_of(n)
    i = sentence.index(n)
    if i + 1 >= len(sentence):
        return False
    s = sentence[i + 1]
    return s.kind == PERCENT and s.role == SHARE and 0 < s.value < 100 \
        and bool(_BEFORE_OWN_SHARE.match(n.claim.sentence[n.local[1]: s.local[0]])) and bool(_OF_A_TOTAL.match(s.after(30)))


def _shares_of_one_total(graph: Graph, a: Node, b: Node) -> bool:
    """Two figures of one sentence each stated as a share of the total ("mined ores at
    $290.17 million (5.5 percent of total), other goods at $282.22 million (5.4 percent of
    total)"): items of one ranking, siblings, never a part and its whole."""
    return a.sentence == b.sentence and _stated_as_share_of_total(graph, a) and _stated_as_share_of_total(graph, b)


# "62 percent of the harvest with 129.1 million fish", "9 percent of the harvest at 18.5 million"
_SHARE_THEN_FIGURE = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?P<noun>(?:overall\s+|total\s+)?[a-z-]+)\b"
                                r"[^\d.;]{0,40}?\b(?:at|with)\s+(?:a\s+|an\s+|some\s+|about\s+|nearly\s+)?[^\s\d]{0,4}$", re.I)
# "$29.6 million, and accounted for 5 percent", "(5.5 percent", ", or 5.4%": a bracket or
# any verb that introduces a share after its part (the share rule's own list)
_FIGURE_THEN_SHARE = re.compile(r"(?:\(|\b(?:" + "|".join(vocab.SHARE_VERBS) + r"))"
                                r"\s*(?:about\s+|around\s+|approximately\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
_SHARE_OF = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?P<noun>(?:overall\s+|total\s+)?[a-z-]+)\b", re.I)


def own_share_of(graph: Graph, n: Node) -> Optional[str]:
    """What a figure is stated as a share of, beside it: "62 percent of the harvest with
    129.1 million fish", "3.8 million fish ... accounted for 5 percent of the overall
    catch": the noun ('*' for a total of anything: "of the total", "of the overall catch"),
    None when the text states no share of it."""
    sentence = graph.sentence_of(n)
    i = sentence.index(n)

    def own_unit_between(a: Node, b: Node) -> bool:
        return any(m.unit == n.unit and a.local[1] <= m.local[0] and m.local[1] <= b.local[0] for m in sentence)

    def noun(m: re.Match) -> str:
        w = m.group("noun").lower()
        return "*" if w.startswith(("overall", "total")) or w == "total" else (sorted(words(w)) or [w])[0]

    before = next((s for s in reversed(sentence[:i]) if s.kind == PERCENT), None)
    if before is not None and before.role == SHARE and 0 < before.value < 100 and not own_unit_between(before, n):
        m = _SHARE_THEN_FIGURE.match(n.claim.sentence[before.local[1]: n.local[0]])
        if m:
            return noun(m)
    after = next((s for s in sentence[i + 1:] if s.kind == PERCENT), None)
    if after is not None and after.role == SHARE and 0 < after.value < 100 and not own_unit_between(n, after):
        between = n.claim.sentence[n.local[1]: after.local[0]]
        m = _SHARE_OF.match(after.after(40))
        if m and len(between) <= 80 and _FIGURE_THEN_SHARE.search(between):
            return noun(m)
    return None


def _shares_of_one_whole(graph: Graph, a: Node, b: Node) -> bool:
    """Two figures each stated as a share of one whole ("pink salmon ... 62 percent of the
    harvest with 129.1 million fish. Chum salmon ... 9 percent of the harvest at 18.5
    million fish"): parts of it side by side, never one the whole of the other."""
    x, y = own_share_of(graph, a), own_share_of(graph, b)
    return x is not None and y is not None and (x == y or "*" in (x, y))


def part_of_part(parts: list[Node], whole: Node) -> bool:
    extras = [p.series - whole.series for p in parts]
    return any(_nested(a, b) for i, a in enumerate(extras) for b in extras[i + 1:])


def _nested(a: frozenset, b: frozenset) -> bool:
    """One part's words name a category ("mineral") the other's goods belong to ("iron ore")."""
    return any(cat in a and b & goods or cat in b and a & goods for cat, goods in vocab.CATEGORIES.items())


#: What joins the nouns of a coordinated metric ("revenue and grants", "oil & gas").
_CONJUNCTION = re.compile(r"\s*(?:&|\band\b|\bplus\b)\s*", re.I)


def conjuncts(n: Node) -> list[frozenset]:
    """The words of each noun a figure's metric coordinates: "total revenue and grants" →
    {total, revenue}, {grant}; one item when it coordinates nothing."""
    # read by the names the node's series is (graph.series_words): 'corporate income tax' is 'cit'
    return [frozenset(w) for w in (series_name_words(c) for c in _CONJUNCTION.split(n.claim.metric or "")) if w]


def coordinates(n: Node, other: Node) -> bool:
    """A figure whose metric coordinates the other's whole series with a further noun
    ("revenue and grants" beside "grants") is a sum that holds the other, never a part of it."""
    items = conjuncts(n)
    return len(items) >= 2 and any(c <= other.series for c in items)


def _between_items(whole: Node, parts: list[Node]) -> bool:
    """"Rubber output fell to 16,613 tons. ¶ Output for the quarter fell to 425 tons [of
    cocoa, under its heading]. ¶ Output of iron ore fell to 1.05 million tons": a text
    states a total before its items or after them, not among them. A figure named by its
    bare head noun in a paragraph of its own, with named items of that noun in paragraphs
    both before and after it and no word calling it a total, is one more item whose name
    the frame did not keep (a heading, a sentence before), not the whole of the others."""
    if whole.series != frozenset({whole.head}) or not whole.head or whole.paragraph is None:
        return False
    at = whole.paragraph
    if not any(p.paragraph is not None and p.paragraph < at for p in parts) \
            or not any(p.paragraph is not None and p.paragraph > at for p in parts):
        return False
    sentence = whole.claim.sentence
    return not any(_totals(m, whole.head) for m in _TOTALITY.finditer(sentence))


def _definite_anaphor(whole: Node, part: Node) -> bool:
    """"Total public debt (excluding deposits) reached €4.514 billion ... When deposits are
    included, the debt amounted to €4.129 billion": a bare definite head noun after a fuller
    mention of it refers back to that series (measured another way), it is no whole of it."""
    if part.index > whole.index or whole.series != frozenset({whole.head}) or not whole.head:
        return False
    return re.search(r"\bthe\s+" + re.escape(whole.head) + r"s?\b(?!\s+(?:of|in|for|to|from|on)\b)",
                     whole.before(80), re.I) is not None


def _other_side(graph: Graph, whole: Node, part: Node, extra: frozenset) -> bool:
    """"Foreign tourist nights came to 26.9 million, while domestic tourists spent 3.6
    million nights", "Domestically, airlines carried 259.9 million passengers.
    Internationally, they carried 38.8 million": the words governing the whole (since the
    figure before it) name the other side of a split whose one side the part or its own
    words name (domestic, foreign; goods, services), words the frame left out of the
    whole's metric. The whole is the part's sibling, named by its noun alone; it holds
    both sides only when it names both."""
    own = _sides(graph, whole) - whole.series
    named = extra | _sides(graph, part)
    return any(a in named and b in own and a not in own or b in named and a in own and b not in own
               for a, b in vocab.OPPOSED_SIDES)


#: "from other destinations", "to other markets", "of other nationalities": the places of a
#: list other than those it has named.
_OTHER_PLACES = re.compile(r"\bother\s+(?:destinations?|countries|markets?|regions?|nationalities|sources?|origins?|"
                           r"partners?|places|islands|ports|states|cities|provinces|continents)\b", re.I)


def _from_other_places(graph: Graph, whole: Node, part: Node) -> bool:
    """"Europe recorded 2,274 passengers, while passengers from other destinations rose to
    3,780": a figure of the places other than those named is the last item of their list;
    a figure of the same sentence whose own words name its place (Europe) is an item before
    it, its sibling, whatever subject the frame carried over to the other places' figure (a
    total stated elsewhere, "Samoa … $503.73 million", stays the whole of "other source
    countries")."""
    if whole.sentence != part.sentence:
        return False  # the list the other places close is the sentence's own
    if not _OTHER_PLACES.search(part.claim.metric or "") and not _OTHER_PLACES.search(
            part.claim.sentence[after_previous_figure(graph, part): part.local[0]]):
        return False
    governing = set(words(whole.claim.sentence[after_previous_figure(graph, whole): whole.local[0]]))
    return bool(governing & subject_words(whole.subject))


def _sides(graph: Graph, n: Node) -> set[str]:
    """The words governing a figure, adverbs of a side as their adjective ("domestically")."""
    out = set()
    for w in words(n.claim.sentence[after_previous_figure(graph, n): n.local[0]]):
        out.add(w)
        if w.endswith("ally"):
            out.update((w[:-2], w[:-4]))  # internationally → international, domestically → domestic
    return out


#: Words that say a figure is the whole of what its head noun names.
_TOTALITY = lazy(r"\b(?:total\w*|overall|altogether|in\s+all|combined|aggregate|all|whole|entire|cumulative\w*)\b", re.I)


#: From a figure to the bracket right after its words: "$3.3 billion was allocated to
#: guaranteed transfers ($", no figure nor bracket between.
_TO_ITS_BRACKET = re.compile(r"[^()\d;]{0,80}\(\s*[^\w\s()]{0,4}")


def _bracketed_after(whole: Node, part: Node) -> bool:
    """The whole is a figure in brackets right after the part's own words: the bracket
    restates the part or details it (another period, another unit), it holds no total."""
    return whole.sentence == part.sentence and part.local[1] <= whole.local[0] \
        and _TO_ITS_BRACKET.fullmatch(part.claim.sentence, part.local[1], whole.local[0]) is not None


def _bare_after(graph: Graph, whole: Node, part: Node) -> bool:
    """"26.9 million kilogrammes of burley were sold ... In addition, 2.2 million
    kilogrammes of flue cured tobacco were sold", "... During this period, SOCAR produced
    4.9 billion": a bare head noun ("sales") stated after a fuller one, in a later
    sentence that calls it no total and brings it in as another item (a word of addition)
    or another name's (a name of its own before it), is the next item of a list whose
    qualifier the frame did not keep, not the whole of the items before it."""
    if not _head_alone_after(whole, part) or part.sentence == whole.sentence or _called_total(whole, 80):
        return False
    lead = whole.claim.sentence[: whole.local[0]]
    named = {w for w in _NAME.findall(lead[1:]) if w not in part.claim.sentence and w.lower()[:3] not in _MONTHS}
    return bool(_ADDITION.match(lead) or named or _opens_with_name(graph, lead, part))


#: What joins two clauses of one sentence that each state a figure: "N people were unemployed
#: and M were taking part in training", "…, while M …".
_CLAUSE_JOIN = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but|with)\s", re.I)


def _gapped_after(whole: Node, part: Node) -> bool:
    """"279,730 people were unemployed and 74,935 were taking part in training measures": a
    bare figure (no noun of its own) after a fuller one in its sentence, in the next clause,
    takes its noun by gapping; it is the next item, a sibling, not the whole of the one
    before, unless a word of totality says it is ("and 354,665 in all")."""
    if part.sentence != whole.sentence or not _head_alone_after(whole, part) or _LETTER.search(whole.claim.surface):
        return False
    return bool(_CLAUSE_JOIN.search(whole.claim.sentence, part.local[1], whole.local[0])) and not _called_total(whole, 0)


_LETTER = re.compile(r"[A-Za-z]")

#: The qualifier right after a figure that opens with a preposition: "515,537 by sea".
_QUALIFIER_AFTER = re.compile(r"\s+(by|from|via|through|to|for)\s+[A-Za-z]", re.I)


def _parallel_conjunct(whole: Node, part: Node) -> bool:
    """"452,559 people have joined Morocco by air and 515,537 by sea": the part's qualifier
    ("by sea") answers one the whole's own conjunct gives after its verb ("by air") with the
    same preposition; the frame kept it for the second figure only, and the two are
    siblings, never whole and part."""
    if part.sentence != whole.sentence or whole.local[1] > part.local[0]:
        return False
    sentence = part.claim.sentence
    qualifier = _QUALIFIER_AFTER.match(sentence, part.local[1])
    if qualifier is None:
        return False
    joins = list(_CLAUSE_JOIN.finditer(sentence, whole.local[1], part.local[0]))
    if not joins:
        return False
    first = sentence[whole.local[1]: joins[-1].start()]
    return not re.search(r"\d", first) and re.search(rf"\b{qualifier.group(1)}\s+[A-Za-z]", first, re.I) is not None


def _head_alone_after(whole: Node, part: Node) -> bool:
    """The whole is named by its head noun alone ("sales", "people"), stated after the part."""
    return part.index <= whole.index and bool(whole.head) and whole.series == frozenset({whole.head})


def _called_total(whole: Node, before: int) -> bool:
    """A word of totality said of the whole, from `before` characters before it to just after."""
    sentence = whole.claim.sentence
    return any(_totals(m, whole.head) for m in _TOTALITY.finditer(sentence[max(0, whole.local[0] - before): whole.local[1] + 40]))


def _totals(word: re.Match, head: str) -> bool:
    """A word of totality said of the whole: "all" only when it quantifies the whole's own
    noun ("all visitors", "in all"), not another ("Varmland, among all inland regions, had
    1.14 million visitors": all of the regions)."""
    if word.group(0).lower() != "all":
        return True
    after = word.string[word.end(): word.end() + 40].lower().split()[:3]
    return any(w.startswith(head.lower()[:5]) for w in after)


def _opens_with_name(graph: Graph, lead: str, part: Node) -> bool:
    """"Dalmatia, of all Adriatic regions, has noted 1.17 million tourists": a sentence whose
    first word is a name of its own (capitalised, never written in lower case in the
    article's sentences, and the subject of the sentence's verb), one the part's sentence
    does not name, is about that name."""
    first = _FIRST_WORD.match(lead)
    if first is None or first.group(1) in part.claim.sentence or first.group(1).lower()[:3] in _MONTHS:
        return False
    lower = re.compile(r"\b" + re.escape(first.group(1).lower()) + r"\b")
    return not any(lower.search(n.claim.sentence) for n in graph.nodes)


#: A sentence that brings in one more item: "In addition, ...", "Besides, ...".
_ADDITION = re.compile(r"^\s*(?:in\s+addition|additionally|besides|also|moreover|furthermore|apart\s+from\s+that)\b",
                       re.I)
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
#: A capitalised word or acronym after a sentence's first letter: a name of its own.
_NAME = re.compile(r"(?<=[\s(])(?:[A-Z]{2,}|[A-Z][a-z]+)\b")
#: The sentence's first word when it is the subject of its verb, maybe past an aside between
#: commas ("Dalmatia, of all regions, has noted"), not an adverbial before the subject
#: ("Overall, total exports exceeded").
_FIRST_WORD = re.compile(r"^\s*([A-Z][a-z]{2,})(?:\s*,[^,;]{1,60},)?\s+(?:has|have|had|is|was|were|are|saw|rose|fell|grew|came|took|"
                         r"got|won|drew|[a-z]{3,}ed)\b")


def _negated_by_whole(graph: Graph, extra: frozenset, whole: Node) -> bool:
    """"The non-consolidated debt of the central government" is no part of the central
    government debt a sentence about consolidated debt states: the word "non-" negates
    describes the whole itself when the whole's sentence says it and no other figure of
    that sentence is named with it ("oil exports were X, total exports Y": oil is another
    figure's, and non-oil exports stay a part of the total)."""
    negated = extra - {"non", "no"}
    said = set(words(whole.claim.sentence))
    for n in graph.sentence_of(whole):
        if n is not whole:
            said -= n.series
    return bool(negated & said)


_NON = re.compile(r"\b(?:non|no)\b[\s-]*(\w+)", re.I)


def _negates_whole(n: Node, whole: Node) -> bool:
    """A part named as "non-X" of a whole named X: "non-food consumer goods imports" against
    "food imports", "non-oil exports" against "oil exports". The complement of the whole is
    beside it, never inside it."""
    if whole.series & {"non", "no"}:
        return False
    negated = {w for m in _NON.finditer(n.claim.metric or "") for w in words(m.group(1))}
    return bool(negated & whole.series)


# the noun may be in the figure's own surface ("322,900 tourists who stayed a night")
_RESTRICTIVE = re.compile(r"^\s*(?:(?:in|of)\s+)?(?:[A-Za-z-]+\s+){0,4}(?:that|which|who)\s+(?!is\b|are\b)\w+", re.I)


# "3,000 visitors came via cruise ship", "1,200 passengers arrived by ferry": a verb of travel
# with a means or route ("on" left out: "arrived on Monday" is a date)
_BY_MEANS = re.compile(r"^\s*(?:(?:had|have|has)\s+)?(?:came|come|arrived?|travell?ed|entered|crossed|sailed|flew)"
                       r"\s+(?:by|via|aboard|through)\b", re.I)


#: A participle that narrows the noun before it to a subset: "spending related to programmes
#: financed by the EU", "outlays linked to the pandemic", "revenue tied to oil".
_NARROWING_PARTICIPLE = re.compile(r"\b(?:related|relating|linked|tied|connected|attributable|earmarked|allocated)\s+"
                                   r"(?:to|for)\b|\b(?:financed|funded|co-financed|paid\s+for|covered)\s+(?:by|from|through|"
                                   r"with|under)\b|\bassociated\s+with\b", re.I)


def _narrowed_before(graph: Graph, n: Node) -> bool:
    """"Government spending related to programmes financed by the EU came to 2,151.2
    billion": the words governing the figure (since the figure before it) narrow its noun by
    a participle the frame's metric left out; the figure is that subset, no whole of the
    noun's other parts (spending on pensions)."""
    return bool(_NARROWING_PARTICIPLE.search(n.claim.sentence[after_previous_figure(graph, n): n.local[0]])) \
        and not _NARROWING_PARTICIPLE.search(n.claim.metric or "")


def restricted(n: Node) -> bool:
    """A figure whose noun a restrictive relative clause narrows ("€200 million in receipts
    that had been withheld", "3,000 visitors who came by sea"): no comma before the
    clause, so it names a subset of what its head noun alone would name. So does the
    figure's own predicate when it says by what means or route they came ("3,000 visitors
    came via cruise ship"): the subset that came that way, a sibling of those by air."""
    after = n.after(60)
    return bool(_RESTRICTIVE.match(after) or _BY_MEANS.match(after))


_OPEN_BRACKET_BEFORE = re.compile(r"\(\s*(?:[€$£¥]\s*)?$")


def _in_brackets(n: Node) -> bool:
    before, after = n.before(6), n.after(3)
    # (the closing bracket first: a string test, where most figures have none)
    return after.lstrip().startswith(")") and bool(_OPEN_BRACKET_BEFORE.search(before))


def _printed_sign(n: Node) -> str:
    p = slips.printed(n.claim.surface)
    return p.sign if p else ""


def dropped_signs(graph: Graph):
    """Components of a balance in brackets, some printed with a '+' and some with no sign,
    and the balance they make in the same sentence: when the sum holds only with the
    unsigned components taken as negative, their minus signs were dropped ("goods
    (€ +16.0 billion) and services (€ 1.9 billion), primary income (€ +10.4 billion) and
    secondary income (€ 4.9 billion) ... a surplus of 19.6 billion euro")."""
    for members in graph.by_sentence.values():
        parts = [n for n in members if n.kind == MONEY and _in_brackets(n)]
        plus = [n for n in parts if _printed_sign(n) == "+"]
        bare = [n for n in parts if not _printed_sign(n) and n.value > 0]
        totals = [n for n in members if n.kind == MONEY and not _in_brackets(n) and n.level]
        if not plus or not bare or len(totals) != 1 or len({n.unit for n in parts + totals}) != 1:
            continue
        total = totals[0]
        k = tuple(-1 if n in bare else 1 for n in parts)
        as_printed = Relation("parts-total", "sum", parts, total, sum, "the components as printed",
                              " + ".join(f"{{{i}}}" for i in range(len(parts))), exact=False).run()
        signed_sum = Relation("parts-total", "sum", parts, total, Linear(k),
                              "", "").run()
        if as_printed.holds or not signed_sum.holds:
            continue
        for n in bare:
            corrected = slips.rewrite(n.claim, -n.value)
            yield Finding("parts-total", [n.id, total.id, *(p.id for p in parts if p is not n)],
                          f"{as_printed.arithmetic()}, but the article states {format_quantity(total.value, total.unit)}; "
                          f"with the unsigned components negative (as the '+' on the others implies) the sum holds: "
                          f"most likely wrong: '{n.claim.surface}' (line {n.claim.line}), which would read '{corrected}' "
                          f"(a sign)", kind="sum", suspect=n.id, correction=f"{n.claim.surface} → {corrected}",
                          corrected_value=-n.value)


#: Parts are looked for this many paragraphs either side of their whole (wire copy puts a
#: sentence in each paragraph).
NEAR_PARAGRAPHS = 8
#: Prepositions that name a partner of a flow: trade with, exports to, imports from.
_PARTNER = frozenset({"with", "to", "from", "between"})
_BREAKDOWN = re.compile(r"\b(by|from|to|in|for|of|with|among|via|between)\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.I)


def _breakdown(part: Node, whole: Node) -> str:
    """What a part's modifier breaks the whole down by, read from the word that governs it:
    'visitors by air' (by), 'visitors from Europe' (from), 'air visitors' ('')."""
    metric = part.claim.metric or ""
    low = metric.lower()
    for word in sorted(part.series - whole.series):
        at = low.find(word[:4])
        if at > 0:
            m = _BREAKDOWN.search(low[:at])
            return m.group(1) if m else ""
    return ""


_NEGATIONS = (frozenset({"non"}), frozenset({"not"}), frozenset({"non", "no"}))


def _complements(parts: list[Node], whole: Node, ws: frozenset) -> list[Relation]:
    """X and non-X split the whole: "Chinese" and "non-Chinese" visitors, oil and non-oil
    exports, "From EU countries" and "Non-EU countries", "Package tours" and "Non-package".
    Only nearly: tax and non-tax revenue leave out capital receipts, so a gap is a finding
    only when one slip explains it, but for the trade flows (oil and non-oil exports are
    all exports); unless two such splits of one whole agree with each
    other and not with it ("EU 1,950,885 + non-EU 351,375" and "package 793,518 +
    non-package 1,508,742" both make 2,302,260 against a total of 2,334,159): the whole,
    which two independent breakdowns contradict alike, is then the figure out of line."""
    pairs = [(a, b) for i, a in enumerate(parts) for b in parts[i + 1:]
             if (a.series - ws) ^ (b.series - ws) in _NEGATIONS]
    used = [n for pair in pairs for n in pair]
    if not pairs or len(used) != len(set(map(id, used))):
        return []  # a figure in two splits: not a reading to trust
    out = []
    for pair in pairs:
        k = tuple(signed(p) for p in pair)
        out.append(Relation("parts-total", "sum", list(pair), whole,
                            Linear(k, signed(whole)),
                            " + ".join(p.claim.metric or "part" for p in pair), "{0} + {1}",
                            exact=_complete(pair, whole, ws)))
    sums = [image(r.formula, [r.inputs[0].interval, r.inputs[1].interval]) for r in out]
    if len(out) >= 2 and all(x is not None for x in sums) and all(r.run().holds is False for r in out) \
            and all(x.meets(y) for x, y in itertools.combinations(sums, 2)):
        for r in out:
            r.exact, r.anchors = True, tuple(r.inputs)
    return out


def _complete(pair: tuple[Node, Node], whole: Node, ws: frozenset) -> bool:
    """X and non-X that cover the whole by definition: of a trade flow, a whole not of
    two sides ("goods and services credits" is wider than rural and non-rural goods), and
    neither part named as both ("oil and gas and non-oil and gas imports" is the whole)."""
    if whole.concept not in vocab.COMPLETE_COMPLEMENTS:
        return False
    named = frozenset(series_name_words(whole.claim.metric or ""))
    if any(set(split) <= named for split in vocab.SPLITS):
        return False
    for a, b in (pair, pair[::-1]):
        metric = (a.claim.metric or "").lower()
        at = metric.find("non")
        if at > 0 and frozenset(series_name_words(metric[:at])) & (b.series - ws):
            return False
    return True
