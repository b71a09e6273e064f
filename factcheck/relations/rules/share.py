"""`share`: a share stated next to its part ("6.98 trillion yuan, accounting for 15.9
percent of the total") equals part ÷ whole, the whole named ("of China's foreign
trade"), the largest earlier figure of the part's kind ("of the total"), or implied by
"Among them, …"; a share its sentence gives neither part nor whole of, of a subject's
level and the wider level other sentences state ("Alpha mills made 45 percent. … Alpha
mills earned $360 million")."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck import timespan
from factcheck.extract.grammar import fronted_whole, is_verbal
from factcheck.extract.patterns import ends_with
from factcheck.matching import periods_agree
from factcheck.relations.graph import (
    AMOUNT_KINDS, CHANGE, GROWTH, LEVEL, PERCENT, SHARE, Graph, Node, concept_of, core_words, is_compared,
    periods_equal, ranking_size, series_words,
)
from factcheck.relations.registry import Context, rule
from factcheck.relations.vocabulary import DEFAULT_MODIFIERS, INCLUDES, SHARE_VERBS
from factcheck.relations.relation import Relation
from factcheck.relations.listings import implied_whole
from factcheck.relations.common import one_value
from factcheck.relations.rules.share_by_name import shares_by_name

# "accounting for an 18.1% share": the share as a noun, after its article
# (anchored at the end of the text, so searched only where the text ends in one of the last
# words its matches can end with: a share verb's, a hedge's, or the article after "for")
_SHARE_VERB = ends_with(re.compile(r"(?:" + "|".join(SHARE_VERBS) + r")\s+(?:(?:about|around|nearly|roughly|some|approximately|almost|"
                                   r"close\s+to|just\s+(?:over|under)|over|more\s+than|less\s+than|the\s+remaining)\s+)?"
                                   r"(?:(?<=for\s)an?\s+)?$", re.I),
                        ("for", "up", "represent", "represents", "represented", "representing", "or", "is", "was",
                         "equals", "equaled", "equalled",
                         "constituted", "constituting", "comprising", "comprise", "comprised", "to", "of",
                         "occupy", "occupies", "occupied", "occupying",
                         "contribute", "contributes", "contributed", "contributing",
                         "about", "around", "nearly", "roughly", "some", "approximately", "almost", "over", "under",
                         "than", "remaining", "a", "an"))
_TOTAL = re.compile(r"(?:the\s+)?(?:(?:annual|yearly|monthly|quarterly|full[- ]year|grand)\s+)?(?:total|whole|overall\s+\w+|"
                    r"country's\s+total|nation's\s+total|"
                    # "64 percent of the total value", "10 percent of the value": a measure noun
                    # that names no series is the whole of what the part measures
                    r"(?:total\s+|entire\s+)?(?:value|volume|amount))")


def _is_whole_candidate(n: Node, part: Node, spans: bool = False, any_qualifier: bool = False) -> bool:
    """spans: the share names the whole as the longer period's ("30% of the annual
    total"), which holds the part's period. any_qualifier: an approximate figure counts
    too (to find the largest, which must then be exact)."""
    return (n is not part and n.unit == part.unit and n.kind == part.kind and n.value > part.value
            and (periods_agree(n.claim.period, part.claim.period) is not False
                 or spans and _holds_period(n, part))
            and n.role != CHANGE and (any_qualifier or n.claim.qualifier == "exact")
            and not n.claim.context.get("converted") and not _siblings(n, part)
            and not _base_of_undated(n, part))


def _base_of_undated(n: Node, part: Node) -> bool:
    """"exports reached $5.23 billion, down from $6.04 billion last year": the figure a change
    is measured from is of an earlier time than the part, which an undated text gives no
    period to tell; it is the whole only of a part that is a base too."""
    return (n.claim.period is None or part.claim.period is None) and is_compared(n) and not is_compared(part)


def _largest_exact(found: list[Node]) -> Optional[Node]:
    """The whole is the largest candidate; when that one is approximate, the largest exact
    one is the whole only as its restatement ("close to 1.4 million" and "1.38 million"),
    otherwise a part of it ("an estimated 361,015 tourists, with 339,497 visiting for
    holidays"): no whole to test against."""
    if not found:
        return None
    n = max(found, key=lambda n: n.value)
    exact = [m for m in found if m.claim.qualifier == "exact"]
    best = max(exact, key=lambda m: m.value) if exact else None
    return best if best is n or best is not None and n.interval.meets(best.interval) else None


def _fronted_part(n: Node, core: frozenset) -> bool:
    """"Out of the total FDI, USD 300.2 million was in equity": a figure after a fronted
    phrase naming the whole is a part of it, though its frame carries the whole's name."""
    fronted = _FRONTED_WITHIN.match(n.claim.sentence)
    return bool(fronted) and fronted.end() <= n.local[0] and core_words(fronted.group(1)) == core


#: A whole named as a longer period's total: "of the annual total".
_LONGER_SPAN = re.compile(r"(?:the\s+)?(?:annual|yearly|full[- ]year)\s", re.I)


def _holds_period(whole: Node, part: Node) -> bool:
    """The whole's period holds the part's: the year of a quarter."""
    if not whole.period or not part.period:
        return False
    return timespan.within(part.period, whole.period)


#: "Within current revenues, tax income accounted for 72.5%": a fronted phrase names the
#: whole of the sentence's shares.
_FRONTED_WITHIN = fronted_whole(r"(?:Within|Of|Out\s+of)", r"the\s+|its\s+|their\s+", measure=False, longest=60)


def whole_named(share: Node) -> Optional[str]:
    """The whole a share names: "of total imports" after it, or a fronted "Within X," of
    its sentence."""
    named = share.claim.context.get("share_of")
    if named:
        return named
    fronted = _FRONTED_WITHIN.match(share.claim.sentence)
    if fronted and fronted.end() <= share.local[0]:
        return fronted.group(1)
    past = _WHOLE_PAST_BRACKET.match(share.after(120))
    return past.group(1) if past else None


#: A share's own amount in brackets, then its whole: "40% ($7.7 million) of total remittance
#: receipts over the month" (the frame reads the "of" phrase after a share only); a pronoun
#: ("of it") names no whole of its own.
#: The words that end a whole's name after its "of": a preposition, a conjunction, a verb of being.
_NAME_ENDS = "during|in|for|over|from|since|by|with|to|at|on|and|as|was|were|is|are"
_WHOLE_PAST_BRACKET = re.compile(r"^\s*\([^()]{1,40}\)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                                 r"(?!(?:it|them|this|that|these|those|which|whom)\b)([A-Za-z][^,.;:()\d]{1,50}?)"
                                 rf"(?=\s+(?:{_NAME_ENDS})\b"
                                 r"|[,.;:()]|$)", re.I)


def _siblings(a: Node, b: Node) -> bool:
    """Figures of two named subjects, each naming one the other lacks (trade with China,
    trade with Russia): neither is the other's whole."""
    return bool(a.subject - b.subject) and bool(b.subject - a.subject)


#: "with 93.73% of the overall exports": a share with no verb, said of its total
_WITH = re.compile(r"\bwith\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_OF_TOTAL = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:overall|total|entire|whole|all)\b", re.I)


def _of_total_after(share: Node) -> bool:
    """"of the total" right after the share, or after its bracketed amount ("with 89% ($17.2
    million) of the total remittances")."""
    return bool(_OF_TOTAL.match(share.after(30)) or _OF_TOTAL.match(_OF_PAST_BRACKET.sub("", share.after(70), count=1)))


_OF_PAST_BRACKET = re.compile(r"^\s*\([^()]{1,40}\)")


def _parts_of_totals(graph: Graph) -> dict:
    """The figures the text itself gives as a share short of the total ("141.6 million
    euros, or 47.6 percent of total imports"), by unit and value, each with the core words
    of the total: a figure stated as a part of a total is never that total."""
    found: dict = {}
    for s in graph.nodes:
        if s.kind != PERCENT or s.role == GROWTH or not 0 < s.value < 100 or not _OF_TOTAL.match(s.after(30)):
            continue
        part = _part(graph, s)
        if part is not None and (_SHARE_VERB.search(s.before(40)) or _apposed(part, s)):
            found.setdefault((part.unit, round(part.value, 9)), set()).add(core_words(s.claim.context.get("share_of")))
    return found


#: What may stand between an amount and its share of the total said in apposition, with no
#: verb: a few words naming what the amount counts, a comma, a hedge ("4.4 million
#: tourists, about 55.8% of the total"; "1,200 firms nearly 12% of the total"). No word of
#: change or comparison: "rose 5%" or "up from 300, 2% of the total" is no apposition.
_APPOSED_GAP = re.compile(r"^\s*(?:(?!(?:up|down|from|to|by|than|versus|vs|compared|against|and|or|while|whereas|"
                          r"rose|fell|grew|increased|decreased|declined|dropped|was|were|is|are|of|in|for)\b)"
                          r"[A-Za-z][\w'’-]*\s+){0,3}[,;]?\s*(?:(?:about|around|nearly|roughly|some|approximately|"
                          r"almost)\s+)?$", re.I)


def _apposed(part: Node, share: Node) -> bool:
    """The share follows its amount in apposition: only what the amount counts, a comma or
    a hedge between them."""
    return part.local[1] <= share.local[0] and bool(
        _APPOSED_GAP.match(part.claim.sentence[part.local[1]: share.local[0]]))


#: An amount followed at once by "of (the) <noun phrase>": a partitive, a part of what the
#: phrase names ("$150.9 million of the recurrent budget", "2,000 of its 5,000 staff").
_PARTITIVE_OF = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?([A-Za-z][^,.;:()\d]{1,50}?)"
                           rf"(?=\s+(?:{_NAME_ENDS}|has|have|had)\b"
                           r"|[,.;:()]|$)", re.I)


def _partitive_of(n: Node, core: frozenset) -> bool:
    """The candidate is itself said as an amount *of* the whole the share names: a part of
    that whole, never the whole ("16.9 percent or $150.9 million of the recurrent budget")."""
    of = _PARTITIVE_OF.match(n.after(60))
    return bool(of) and core_words(of.group(1)) == core


def _no_total(parts_of_totals: dict, share: Node, part: Node, n: Node) -> bool:
    """A candidate the share's "of total X" cannot mean: one the text states as a part of
    total X itself (or of "the total" unnamed, which is the total of what it counts: a
    figure of tourists that is 55.8% of the total is no total of tourists), or, the whole
    being a total, one that names a subject (a trading partner, a region) the part does not
    ("exports to the EU" are not "total exports")."""
    core = core_words(whole_named(share))
    stated = parts_of_totals.get((n.unit, round(n.value, 9)), ())
    if core in stated or frozenset() in stated and (not core or n.head in core):
        return True
    if core and _partitive_of(n, core):
        return True
    return bool(_OF_TOTAL.match(share.after(30)) and n.subject - part.subject)


def _whole(graph: Graph, share: Node, part: Node, parts_of_totals: dict, earlier: bool = False) -> Optional[Node]:
    """earlier: a share that names no whole still has one, the largest earlier figure of
    the part's measure ("(US$913 million, 10.21%)" of the exports stated before)."""
    name = (whole_named(share) or "").lower()
    core = core_words(whole_named(share))
    if core:
        # the figures whose metric names the whole (the same core words first, then one
        # naming it more closely or less); of several (trade with the EU, with ASEAN, in
        # all) the whole is the largest
        seen: dict[int, Node] = {}
        stock = _dated_by_a_day(part)
        for w in core:
            for n in graph.by_token(w, part.unit):
                if _is_whole_candidate(n, part, spans=stock, any_qualifier=True) and core_words(n.claim.metric) \
                        and not _no_total(parts_of_totals, share, part, n) and not _fronted_part(n, core):
                    seen[n.index] = n
        same = [n for n in seen.values() if core_words(n.claim.metric) == core] + [
            n for n in _spelled_out(graph, whole_named(share), part.unit)
            if n.index not in seen and _is_whole_candidate(n, part, any_qualifier=True)
            and not _no_total(parts_of_totals, share, part, n)]
        close = [n for n in seen.values() if core_words(n.claim.metric) <= core or core <= core_words(n.claim.metric)] \
            or _of_concept_named(graph, core, share, part, parts_of_totals)
        # a figure that names the whole only in its modifier counts another thing ("tax
        # revenue in the draft budget" is no budget): no whole of that name is stated
        close = [n for n in close if not _whole_only_in_modifier(n, core)]
        # a figure whose name adds to the whole's a word other than a measure narrows it to
        # a part ("exports of apparel" beside "earnings from merchandise exports")
        close = [n for n in close if not core_words(n.claim.metric) - core - _MEASURE_WORDS] or close
        # the whole counts what its name does: "of total tourists" is the tourists' figure,
        # not "nights spent by tourists"
        headed = [n for n in close if n.head in core]
        return _largest_exact(same or headed or close)
    if not _TOTAL.fullmatch(name) and name:
        return None
    implied = implied_whole(graph, part)
    if implied is not None and _is_whole_candidate(implied, part):
        return implied
    if name or earlier:
        # "... of the total": the largest earlier figure of this unit that measures the
        # same thing as the part (its head noun); with none, the whole is not stated
        spans = bool(_LONGER_SPAN.match(name))
        earlier = [n for n in graph.same_head(part.head, part.unit)
                   if n.claim.span[0] < part.claim.span[0] and _is_whole_candidate(n, part, spans, any_qualifier=True)] \
            if part.head else []
        return _largest_exact(earlier)
    return None


#: A preposition that opens a modifier of a figure's name ("revenue in the draft budget").
_MODIFIER_OPENS = re.compile(r"\s(?:in|of|for|under|within|from)\s", re.I)


def _whole_only_in_modifier(n: Node, core: frozenset) -> bool:
    """The candidate's name gives the whole's words only after a preposition, and before it
    names a thing of its own ("tax revenue in the draft budget" beside "of the overall
    budget"); a measure word before it ("value of exports") names nothing of its own."""
    metric = n.claim.metric or ""
    opens = _MODIFIER_OPENS.search(metric)
    if opens is None:
        return False
    own = core_words(metric[:opens.start()])
    return bool(own - _MEASURE_WORDS) and not own & core


#: The words right after a figure, up to the end of its clause: the noun it counts
#: ("14.64 million inbound trips made by foreigners").
_COUNTED = re.compile(r"^[^,;:()\d]{1,60}")
#: Verb forms that name a concept as its noun does ("goods of Lithuanian origin exported").
_PARTICIPLE = re.compile(r"^(export|import)(?:ed|s)?$", re.I)


@functools.lru_cache(maxsize=4096)  # (a figure's phrase, asked for every pair it is in)
def _named_core(text: str) -> frozenset:
    return core_words(" ".join(_PARTICIPLE.sub(r"\1", w) for w in text.split()))


def _said_with(n: Node, core: frozenset) -> bool:
    """The figure is said with the words the share names its whole by: a run of words right
    after it (the noun it counts: "14.64 million inbound trips"), or between it and the
    clause or figure before it ("Lithuanian origin goods exports amounted to €3.122
    billion"), that names exactly the whole's core words."""
    sentence = n.claim.sentence
    after = _COUNTED.match(sentence[n.local[1]:])
    runs = []
    if after:
        ws = after.group(0).split()
        runs += [" ".join(ws[:k]) for k in range(1, min(len(ws), 6) + 1)]
    before = re.split(r"[,;:()]|\d", sentence[: n.local[0]])[-1].split()
    runs += [" ".join(before[i:j]) for i in range(len(before)) for j in range(i + 1, min(len(before), i + 6) + 1)]
    return any(_named_core(r) == core for r in runs)


def _whole_by_its_words(graph: Graph, share: Node, part: Node, parts_of_totals: dict) -> Optional[Node]:
    """A share names its whole by words no figure's frame gives as its metric, and another
    sentence states a figure with those very words: "8.54 million, accounting for 52
    percent of the inbound trips" — "China recorded 14.64 million inbound trips". The one
    value of the part's unit, kind and time, larger than the part, of no subject the part
    and the share lack, said elsewhere with the whole's words."""
    named = whole_named(share)
    core = _named_core(named or "")
    if not core or _TOTAL.fullmatch(named.lower()):
        return None
    subjects = part.subject | share.subject
    found = [n for n in graph.nodes if n.level and n.sentence != share.sentence and n.claim.context.get("local")
             and _is_whole_candidate(n, part) and not n.subject - subjects
             and not _no_total(parts_of_totals, share, part, n) and _said_with(n, core)
             and not _whole_only_in_modifier(n, core)]
    return one_value(found)


def _dated_by_a_day(n: Node) -> bool:
    """A stock, dated by the day it is counted on ("debt at the end of 2024")."""
    span = timespan.parse(n.period) if n.period else None
    return span is not None and span.start == span.end


def _of_another_span(part: Node, whole: Node) -> bool:
    """A stock as a share of the flow over the span its day falls in ("debt of €4.5
    billion at the end of 2024, 60% of GDP", the year's GDP stated apart): the text names
    the whole but not which span's, so the pairing is only suggested."""
    return _dated_by_a_day(part) and periods_agree(whole.claim.period, part.claim.period) is False


def _stated_as_part(parts_of_totals: dict, named: str, n: Node) -> bool:
    """The text gives the figure as a part of the total the share names, or of "the total"
    unnamed (exports stated as 60 percent of total trade are still a total of exports)."""
    stated = parts_of_totals.get((n.unit, round(n.value, 9)), ())
    return core_words(named) in stated or frozenset() in stated


def _whole_of_its_time(graph: Graph, share: Node, part: Node, parts_of_totals: dict) -> Optional[Node]:
    """For a share of a total it names ("9 percent of total goods exports"), when no figure's
    name matches that total: the largest figure stated before the part in its unit, kind
    and period, of no other subject than the part's, the share's or the one the text opens
    with (a wider set: Saudi Arabia's exports for its exports to Korea, never its exports to
    China), of no other concept than the one the share
    names (not imports for "of exports"), and never one the text gives as a part of a total.
    A candidate (the largest figure of its time is the total only as the text suggests it),
    with one value among those figures, restatements aside."""
    named = whole_named(share)
    if not named:
        return None  # a whole left unsaid is the list's a sentence carries on, or none
    concept, modifiers = concept_of(core_words(named))
    total = bool(_OF_TOTAL.match(share.after(30)) or _OF_TOTAL.match("of " + named))
    # "of exports", "of the total"; never a whole a modifier narrows ("of non-oil exports",
    # "of total oil income")
    if modifiers - DEFAULT_MODIFIERS or concept is None and not total:
        return None
    concepts = {c for c in (concept, part.concept) if c}
    # the subjects of the part and the share, and the one the text opens with (the country
    # whose exports a list of partners breaks down)
    wider = part.subject | share.subject | next((n.subject for n in graph.nodes if n.subject), frozenset())
    found = [n for n in graph.nodes if n.level and n is not part and n.unit == part.unit and n.kind == part.kind
             and n.claim.span[0] < part.claim.span[0] and n.sure_period and periods_equal(n, part)
             and n.value > part.value and n.subject <= wider
             and not (n.concept and concepts and n.concept not in concepts)
             and not _stated_as_part(parts_of_totals, named, n)]
    whole = _largest_exact(found)
    return whole if whole is not None and whole.exact else None


#: Words that say how a series is measured, not which part of it: "earnings from exports".
_MEASURE_WORDS = frozenset({"revenue", "value", "volume", "amount", "total"})


def _of_concept_named(graph: Graph, core: frozenset, share: Node, part: Node, parts_of_totals: dict) -> list[Node]:
    """The candidates for a whole named by another word of its concept ("of total income":
    the budget's revenues, "of total spending": its expenditures); only a bare concept
    name, which no modifier narrows to a part of it."""
    concept, modifiers = concept_of(core)
    if concept is None or modifiers - DEFAULT_MODIFIERS:
        return []
    return [n for n in graph.by_concept_name.get(concept, []) if n.unit == part.unit
            and _is_whole_candidate(n, part, any_qualifier=True) and not _no_total(parts_of_totals, share, part, n)]


_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_NOT_INITIALS = frozenset({"of", "and", "the", "for", "in", "on"})


def spells(acronym: str, metric: Optional[str]) -> bool:
    """The metric is the acronym written out: "FDI" for "foreign direct investment(s)"."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", metric or "") if w.lower() not in _NOT_INITIALS)
    return len(acronym) >= 2 and initials.lower() == acronym.lower()


def _spelled_out(graph: Graph, name: Optional[str], unit: str) -> list[Node]:
    """The figures in `unit` whose metric an acronym of the share's whole spells out ("of
    the total FDI": "foreign direct investment"), the two names sharing no word."""
    acronyms = _ACRONYM.findall(name or "")
    if not acronyms:
        return []
    return [n for n in graph.nodes if n.unit == unit and any(spells(a, n.claim.metric) for a in acronyms)]


_ANAPHOR = re.compile(r"^\s*(?:that|this|the)\s+(?:figure|amount|sum|number|total|value|volume)\b", re.I)
#: A sentence that opens on a demonstrative for the amount the sentence before ends on, then
#: says with a bare copula what share of a whole it is: "… petroleum products, amounting to
#: €532 million. This is more than a fifth of all goods …".
_THIS_SHARE = re.compile(r"^\W*(?:this|that)\s+(?:is|was)\s+(?:(?:about|around|nearly|roughly|some|approximately|almost|"
                         r"just\s+(?:over|under)|over|more\s+than|less\s+than|close\s+to)\s+)?$", re.I)


def _this_share(p: Node) -> bool:
    """The share opens its sentence after a demonstrative and names its whole after it."""
    return bool(_THIS_SHARE.match(p.claim.sentence[: p.local[0]])) and bool(_NAMES_ITS_WHOLE.match(p.after(20)))


def _part_by_subject(graph: Graph, share: Node, whole: Node) -> Optional[Node]:
    """A share that names its own subject ("the EU, ASEAN and the US accounted for 15.6,
    13.5 and 12 percent of the total, respectively"): the figure of that subject for the
    whole's measure and period, stated nearby."""
    if not share.topic or share.topic == whole.topic or _said_of_a_ranked_group(share):
        return None
    core = core_words(whole.claim.metric)
    fits = [n for w in core for n in graph.by_token(w, whole.unit)
            if n is not whole and n.topic == share.topic and n.role == LEVEL and n.kind == whole.kind
            and core_words(n.claim.metric) == core and periods_agree(n.claim.period, share.claim.period) is not False
            and abs((n.paragraph or 0) - (share.paragraph or 0)) <= 1]
    return fits[0] if len({round(n.value, 6) for n in fits}) == 1 else None


def _named_whole(graph: Graph, share: Node, name: Optional[str] = None) -> Optional[Node]:
    """The figure a share's named whole ("of China's total trade volume") stands for: a
    figure named with the same words, or the same concept named another way ("of total
    exports": "outbound shipments")."""
    core = core_words(name or whole_named(share))
    concept, modifiers = concept_of(core)
    fits: dict[int, Node] = {}

    def fit(n: Node) -> bool:
        # a whole names no partner the share does not (total exports, never exports to the US)
        return n.role == LEVEL and n.kind in AMOUNT_KINDS and n.topic <= share.topic \
            and periods_agree(n.claim.period, share.claim.period) is not False and n.exact

    for w in core:
        for unit in graph.units():
            for n in graph.by_token(w, unit):
                if core_words(n.claim.metric) == core and fit(n):
                    fits[n.index] = n
    if concept and not fits:
        for n in graph.by_concept_name.get(concept, []):
            if n.modifiers - DEFAULT_MODIFIERS == modifiers - DEFAULT_MODIFIERS and fit(n):
                fits[n.index] = n
    return max(fits.values(), key=lambda n: n.value) if fits else None


_SHARE_WORDS = frozenset({"share", "proportion", "percent", "percentage", "portion", "part"})


def _part_by_series(graph: Graph, share: Node, whole: Node, named: frozenset = frozenset()) -> Optional[Node]:
    """A share whose metric names its part ("Semiconductor exports accounted for 21.6
    percent of total exports"): that series' figure for the period, stated nearby.
    named: the part's series as the text names it ("the share of exports in ...")."""
    for series in (named, share.series - _SHARE_WORDS, _named_before_verb(share)):
        if not series or series == whole.series:
            continue
        fits = [n for n in graph.series_nodes(series, LEVEL, whole.unit) if n is not whole and n.kind == whole.kind
                and n.value < whole.value and n.period == share.period and n.topic == share.topic
                and abs((n.paragraph or 0) - (share.paragraph or 0)) <= 1]
        if fits:
            return fits[0] if len({round(n.value, 6) for n in fits}) == 1 else None
    return None


#: A share noun naming its part and its whole, then the share: "the share of exports in
#: foreign trade turnover was 72.4 percent", "the share of gold in total exports amounted
#: to 31.9%".
_SHARE_OF_IN = re.compile(r"\b(?:share|proportion)\s+of\s+(?:the\s+)?([^\d,;:()]{2,40}?)\s+in\s+(?:the\s+)?"
                          r"([^\d,;:()]{2,50}?)\s+(?:was|were|is|stood\s+at|amounted\s+to|came\s+to|reached)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", re.I)


def _share_of_in(graph: Graph, share: Node):
    """A share whose noun names its part and its whole, both stated elsewhere as levels:
    the part's figure over the whole's for the share's period. The text only suggests the
    pair: a candidate, broken only by a slip that explains the gap."""
    m = _SHARE_OF_IN.search(share.before(120))
    if m is None:
        return
    whole = _named_whole(graph, share, m.group(2))
    part = _part_by_series(graph, share, whole, series_words(m.group(1))) if whole is not None else None
    if part is None or not part.value or not periods_equal(whole, part):
        return
    yield Relation("share", "share", [part, whole], share, lambda v: v[0] / v[1] * 100,
                   f"{part.claim.metric or 'part'} ÷ {whole.claim.metric or 'whole'}", "{0} ÷ {1}",
                   truncates=True, result_text=lambda x: f"{x:.2f}%", exact=False)


_CLAUSE = re.compile(r"[,;:(]|\b(?:and|while|whereas|but|which|that)\s", re.I)


def _named_before_verb(share: Node) -> frozenset:
    """The series the subject of "X accounted for N percent of Y" names (where the frame
    took Y for the share's metric): the words of its clause before the share verb."""
    left = share.before(120)
    verb = _SHARE_VERB.search(left)
    if verb is None:
        return frozenset()
    clause = _CLAUSE.split(left[: verb.start()])[-1]
    return series_words(clause) - _SHARE_WORDS


#: What stands between two coordinated shares that each name their whole: "72.7% of all
#: exports and 70.8% of all imports" (the second share's "of" phrase may be left out).
_NEXT_COORDINATED_SHARE = re.compile(r"^\s*(?:of\s+[^\d;:()]{1,50}?)?\s*(?:,\s*and|,|and)\s+$", re.I)
#: What stands between two coordinated amounts: "32.56 billion for exports and 42.64
#: billion for imports" (a short phrase naming each, then a comma or "and").
_NEXT_COORDINATED_AMOUNT = re.compile(r"^[^\d;:()]{0,50}?(?:,\s*and|,|\band)\s+[^\d;:()]{0,20}$", re.I)


def _coordinated_parts(graph: Graph, sentence: list[Node]) -> dict[int, Node]:
    """Amounts coordinated in a sentence, then as many shares coordinated after one verb
    of sharing, with no "respectively": the n-th share is the n-th amount's ("32.56 billion
    for exports and 42.64 billion for imports, representing 72.7% of all exports and 70.8%
    of all imports"). The figure right before the first share is the last amount, not its
    part. By id of each share, its part."""
    out: dict[int, Node] = {}
    for i, p in enumerate(sentence):
        if p.kind != PERCENT or p.role == GROWTH or not _SHARE_VERB.search(p.before(40)):
            continue
        run = [p]
        for q in sentence[i + 1:]:
            if q.kind != PERCENT or q.role == GROWTH \
                    or not _NEXT_COORDINATED_SHARE.match(p.claim.sentence[run[-1].local[1]: q.local[0]]):
                break
            run.append(q)
        if len(run) < 2:
            continue
        before = sentence[:i]
        amounts = before[-len(run):]
        if len(amounts) != len(run) or any(a.kind not in AMOUNT_KINDS or a.role != LEVEL or a.claim.end is not None
                                           or a.claim.context.get("converted") or a.unit != amounts[0].unit
                                           for a in amounts):
            continue
        if not all(_NEXT_COORDINATED_AMOUNT.match(p.claim.sentence[a.local[1]: b.local[0]])
                   for a, b in zip(amounts, amounts[1:])):
            continue
        out.update((id(s), a) for s, a in zip(run, amounts))
    return out


def _part(graph: Graph, share: Node) -> Optional[Node]:
    """The figure right before the share in its sentence (a converted amount and the
    part's own growth skipped); none when another share stands between them: that one
    was the part's share."""
    for c in reversed(graph.sentence_of(share)):
        if c.claim.span[0] >= share.claim.span[0] or c.claim.context.get("converted") or c.role == GROWTH:
            continue
        # a range ("prices between $50 and $57") is no part of a whole
        return c if c.kind in AMOUNT_KINDS and c.claim.end is None else None
    return None


def _after_a_coordination(graph: Graph, part: Node, share: Node) -> bool:
    """"funded by the World Bank ($40 million) and the African Development Bank ($25 million),
    representing 8% of the budget": a share set off (by a comma or the part's closing bracket)
    after a coordination of amounts is said of the coordination, their sum, or of its last
    member; the text does not tell which, so the last member is no part to test. Two clauses
    ("exports rose to $5 billion and imports fell to $3 billion, or 12% of …") have a verb
    between their amounts: the share is then of its own clause's."""
    if not _SET_OFF.search(share.claim.sentence[part.local[1]: share.local[0]]):
        return False
    sentence = graph.sentence_of(share)
    earlier = [n for n in sentence[: sentence.index(part)] if not n.claim.context.get("converted")]
    if not earlier:
        return False
    other = earlier[-1]
    if other.unit != part.unit or other.kind != part.kind or other.role != LEVEL or other.claim.end is not None:
        return False
    gap = share.claim.sentence[other.local[1]: part.local[0]]
    return bool(_AND.search(gap)) and ";" not in gap and not any(is_verbal(w) for w in re.findall(r"[A-Za-z]+", gap))


_SET_OFF = re.compile(r"[,)]")
_AND = re.compile(r"\band\b|&", re.I)


_OF_THE = re.compile(r"^\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:total\s+(?:of\s+)?)?$"
                     # "58.6 percent of the estimated revenues in the budget of KD 575.89 million";
                     # "of the sum earmarked for the year 2031 - $4.0 million" (a year may date the
                     # whole's name, a dash or colon may give its amount)
                     r"|^\s*of\s+(?:the\s+|its\s+|their\s+)(?:(?:[A-Za-z-]+|(?:19|20)\d\d)\s+){1,9}?"
                     r"(?:of|at|totall?ing|amounting\s+to)\s+$"
                     r"|^\s*of\s+(?:the\s+|its\s+|their\s+)(?:(?:[A-Za-z-]+|(?:19|20)\d\d)\s+){0,8}?"
                     r"(?:[A-Za-z-]+|(?:19|20)\d\d)\s*[–—:-]\s*$",
                     re.I)


def _whole_after(graph: Graph, share: Node, part: Node) -> Optional[Node]:
    """The whole stated right after its share: "accounted for 28.3 percent of the
    13,239,000 total vehicle sales". The text names the pair, so the whole may be of a
    longer period holding the part's: what seven months collected is a share "of the
    estimated full-year revenues of KD 13.8 billion" (a plan, a year's total)."""
    sentence = graph.sentence_of(share)
    i = sentence.index(share)
    if i + 1 >= len(sentence):
        return None
    n = sentence[i + 1]
    if not _OF_THE.match(share.claim.sentence[share.local[1]: n.local[0]]) \
            or not _is_whole_candidate(n, part, spans=True):
        return None
    return n


_OPENS_BRACKET = re.compile(r"^[^()\d;.]{0,40}\(\s*(?:[^\s\d()]{1,4}\s*)?$")


_REACHING = re.compile(r"^[^()\d;.]{0,60}(?:\b(?:reaching|amounting\s+to|worth|totall?ing|valued\s+at)|"
                       # "38.7 percent of total arrivals — a total of 5,207 travellers", "93.73% of
                       # the overall exports value with an amount of $17.19 billion"
                       r"(?:[—–,]|\bwith)\s*(?:a\s+total|an\s+amount|a\s+sum|a\s+value)\s+of|"
                       # "46 percent of the total volume — $43.8 billion"
                       r"\s[—–])\s+(?:some\s+|about\s+)?$"
                       # "34.8 percent of all visitors with 4,732 arrivals": no comma, so "with"
                       # brings in the share's own count, not another clause
                       r"|^[^()\d;.,]{0,60}\bwith\s+$"
                       # "64 percent of the total value at $421.1 million": "at" with no comma
                       # gives the share's own amount
                       r"|^\s*of\s+[^()\d;.,]{1,60}\bat\s+$", re.I)


def _part_in_brackets(graph: Graph, share: Node) -> Optional[Node]:
    """The part given after its share, in brackets or by a participle: "accounted for 22
    per cent of trade (Dh84 billion)", "22 per cent (Dh84 billion) of trade", "amounting
    to 21.4 percent of the total during that period reaching SR12 billion"."""
    sentence = graph.sentence_of(share)
    i = sentence.index(share)
    if i + 1 >= len(sentence):
        return None
    n = sentence[i + 1]
    between = share.claim.sentence[share.local[1]: n.local[0]]
    if n.kind not in AMOUNT_KINDS or n.role != LEVEL or n.claim.context.get("converted") \
            or not (_OPENS_BRACKET.match(between) or _REACHING.match(between)):
        return None
    if _OPENS_BRACKET.match(between) and _clause_in_brackets(n):
        return None
    return n


def _clause_in_brackets(n: Node) -> bool:
    """"more than two out of every five (39,000 Icelanders departed from Keflavík in
    February)": the bracket opens a clause of its own, with its own verb, a statement
    beside the share; the share's part restated in brackets is a bare amount ("(Dh84
    billion)", "(Dh84 billion in value)")."""
    inside = n.after(60).split(")", 1)[0]
    return any(is_verbal(w) for w in re.findall(r"[A-Za-z]+", inside)[:3])


#: A share in a relative clause on its sentence's subject: "Foreign sales of hydrocarbons,
#: which accounted for 44.6 percent of all exports, dropped ... to $3.97 billion".
_RELATIVE_SHARE = re.compile(r"[A-Za-z][^;:()]*?,?\s+(?:which|that)\s+(?:" + "|".join(SHARE_VERBS) + r")\s+"
                             r"(?:(?:about|around|nearly|roughly|some|approximately|almost|over|more\s+than|"
                             r"less\s+than|just\s+(?:over|under))\s+)?$", re.I)
#: The relative clause closed by a comma, then the main clause ("..., increased by", "...,
#: will be"), not the list going on ("..., followed by", "..., and").
_CLAUSE_CLOSED = re.compile(r"^[^\d;:()]*?,\s+(?!(?:followed|and|while|whereas|but|or|with|compared|against|"
                            r"versus|up|down|from|than)\b)[a-z]", re.I)


def _part_after_relative(graph: Graph, share: Node) -> Optional[Node]:
    """The part of a share said in a relative clause on the sentence's subject, no figure
    before it: the subject's own amount, stated by the main clause after the share ("Export
    earnings from tea, which made up 11% of merchandise exports, increased by 6.52% to US$
    124.41 million"); of its period (not the "from" of a change), the first such amount."""
    sentence = graph.sentence_of(share)
    i = sentence.index(share)
    if i or not _RELATIVE_SHARE.fullmatch(share.claim.sentence[: share.local[0]]) \
            or not _CLAUSE_CLOSED.match(share.after(200)):
        return None
    for n in sentence[i + 1:]:
        if n.kind == PERCENT and n.role != GROWTH:
            return None  # another share or rate: the list goes on ("followed by Kava at 21%")
        if n.kind in AMOUNT_KINDS and n.role == LEVEL and n.claim.end is None \
                and not n.claim.context.get("converted") and periods_equal(n, share):
            return n
    return None


def _enumerating_whole(graph: Graph, share: Node, part: Node) -> Optional[Node]:
    """The whole a sentence lists its parts from, before the first of them: "US$161.9
    million, comprising 154.9 million or 95.7% in domestic revenues"."""
    sentence = graph.sentence_of(share)
    if part not in sentence:
        return None
    for n in reversed(sentence[:sentence.index(part)]):
        if n.unit != part.unit or n.kind != part.kind or n.role == CHANGE:
            continue
        between = share.claim.sentence[n.local[1]: part.local[0]]
        if INCLUDES.search(between) and _is_whole_candidate(n, part) and n.role == LEVEL:
            return n
        return None
    return None


def _partner_whole(graph: Graph, share: Node, part: Node) -> Optional[Node]:
    """The whole of a share that names none, its part a partner's or a region's figure
    ("China accounted for 61.7 percent (5.8 billion USD)", "with a $5.2 billion turnover
    between the two nations, accounting for an 18.1% share"): the same measure for the
    subject alone, of the same period, stated anywhere in the text."""
    core = core_words(part.claim.metric)
    if whole_named(share) or not core or not part.topic:
        return None
    fits = [n for w in core for n in graph.by_token(w, part.unit)
            if n.level and core_words(n.claim.metric) == core and n.topic < part.topic
            and periods_equal(n, part) and _is_whole_candidate(n, part)]
    return fits[0] if len({round(n.value, 6) for n in fits}) == 1 else None


def _restated_shares(graph: Graph, sentence: list[Node]) -> list[tuple[Node, Node]]:
    """(part, share) for each amount of the sentence restated as its percentage, in either
    order ("US$30.14 million or 67%", "US$14.79 million, an equivalent of 33%", "$2.19
    billion (7.5%)"; "the 7% or $8.9 million", "fees (1.9%, €53 million)"), and amounts
    listed before their percentages with "respectively" ("3,019 … and 27,116 … (10.0% and
    90.0% respectively)"). Each figure is paired once."""
    pairs: list[tuple[Node, Node]] = []
    used: set[int] = set()

    def share_like(n: Node) -> bool:
        return n.kind == PERCENT and n.role != GROWTH and not n.claim.base_period and 0 < n.value < 100

    for a, b in zip(sentence, sentence[1:]):
        if a.index in used or b.index in used:
            continue
        gap = a.claim.sentence[a.local[1]: b.local[0]]
        if a.kind in AMOUNT_KINDS and a.role == LEVEL and share_like(b) \
                and (_RESTATED.match(gap) or _IN_BRACKETS.search(a.before(4)) and _BRACKET_GAP.match(gap)
                     or _NAMED_BEFORE_BRACKET.match(gap) and _BRACKET_HOLDS_SHARE.match(b.after(40))
                     or _COMMA_GAP.match(gap) and _OF_TOTAL.match(b.after(30))):
            pairs.append((a, b))
        elif share_like(a) and b.kind in AMOUNT_KINDS and b.role == LEVEL and _RESTATED_AFTER.match(gap):
            pairs.append((b, a))
        else:
            continue
        used.update((a.index, b.index))
    pairs.extend(_respectively_pairs(sentence, used))
    return pairs


_RESTATED = re.compile(r"^\s*(?:\(|,?\s*or\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?|/|[–—]\s*|"
                       r",\s*(?:an?\s+)?equivalent\s+(?:of|to)\s+|,\s*(?:representing|accounting\s+for|"
                       r"constituting|making\s+up)\s+)$", re.I)
#: An amount, a few words naming what it counts, then its percentage alone in brackets:
#: "6,701 in total (43%)", "3,252 American visitors (21%)". No word of comparison (a
#: bracket after "up from 500" or "than 300" gives a change, not a share).
_NAMED_BEFORE_BRACKET = re.compile(r"^\s+(?:(?!(?:up|down|from|to|by|than|versus|vs|compared|against|or|and)\b)"
                                   r"[A-Za-z][\w'’-]*\s+){1,3}\(\s*$", re.I)
_BRACKET_HOLDS_SHARE = re.compile(r"^\s*(?:of\s+(?:the\s+)?[A-Za-z][^()\d]{0,40})?\)")
#: An amount that opens a bracket, then its percentage after a comma, a semicolon or a
#: slash, or with a noun of what it counts between: "(US$913 million, 10.21%)",
#: "(1,965 visitors; 14.4 percent)", "(€3.1 million/6.4%)".
_IN_BRACKETS = re.compile(r"\(\s*$")
_BRACKET_GAP = re.compile(r"^\s*(?:[a-z]+\s*)?[,;/]\s*$", re.I)
#: An amount, a comma, then its percentage of a total: "with USD 57 million, 13 percent of
#: the whole export", "at SAR 146 bn, about 45% of total spending" (the "of the total" says
#: the percentage is the amount's share, not another clause's figure).
_COMMA_GAP = re.compile(r"^\s*,\s*(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?$", re.I)
#: A percentage, then the amount it stands for: "7% or $8.9 million", "72.5% (€1.969
#: billion)", "(1.9%, €53 million)", "1% equivalent to $2 million".
_RESTATED_AFTER = re.compile(r"^\s*(?:\(|,?\s*or\s+|,\s*|,?\s*(?:an?\s+)?equivalent\s+(?:of|to)\s+|"
                             r",?\s*(?:i\.e\.|that\s+is)\s*,?\s*)$", re.I)
_RESPECTIVELY_AFTER = re.compile(r"^\s*\)?\s*,?\s*respectively\b", re.I)
#: Nothing but a comma, "and" or ", and" between two coordinated percentages ("4%, 5% and
#: 6%"); respectively._FIGURE_GAP, for claims, also lets "or" and no word at all through.
_COMMA_OR_AND_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s*$", re.I)


def _respectively_pairs(sentence: list[Node], used: set[int]) -> list[tuple[Node, Node]]:
    """Amounts, then as many percentages coordinated before "respectively": the n-th
    amount with the n-th percentage."""
    for i, n in enumerate(sentence):
        if n.kind != PERCENT or not _RESPECTIVELY_AFTER.match(n.after(20)):
            continue
        run = [n]
        for p in reversed(sentence[:i]):
            if p.kind != PERCENT or not _COMMA_OR_AND_GAP.match(p.claim.sentence[p.local[1]: run[0].local[0]]):
                break
            run.insert(0, p)
        first = sentence.index(run[0])
        amounts = [a for a in sentence[:first] if a.kind in AMOUNT_KINDS and a.role == LEVEL][-len(run):]
        if len(run) < 2 or len(amounts) != len(run) or len({a.unit for a in amounts}) != 1 \
                or any(a.index in used or p.index in used for a, p in zip(amounts, run)) \
                or any(p.role == GROWTH or p.claim.base_period or not 0 < p.value < 100 for p in run):
            continue
        return list(zip(amounts, run))
    return []


def _partition(graph: Graph, share: Node, part: Node, exact: bool = True) -> list[Relation]:
    """Parts each restated as their share, the shares adding up to the whole ("US$30.14
    million or 67%, while … US$14.79 million, an equivalent of 33%"): each share is its
    part over the parts' sum, the whole the text leaves unstated."""
    pairs = [(a, b) for a, b in _restated_shares(graph, graph.sentence_of(share)) if a.unit == part.unit]
    if len(pairs) < 2 or pairs[0][1] is not share:
        return []
    if any(a.claim.qualifier != "exact" or b.claim.qualifier not in ("exact", "approx") for a, b in pairs):
        return []
    total = sum(b.value for _, b in pairs)
    half = sum((b.claim.precision or 1) / 2 for _, b in pairs)
    if abs(total - 100) > half + 1e-9:
        return []  # not the whole list: the parts' sum is not the whole
    parts = [a for a, _ in pairs]
    out = []
    for k, (a, b) in enumerate(pairs):
        order = [a, *parts[:k], *parts[k + 1:]]
        out.append(Relation("share", "share", order, b, lambda v: v[0] / sum(v) * 100,
                            f"{a.claim.metric or 'part'} ÷ the parts' sum",
                            "{0} ÷ (" + " + ".join(f"{{{i}}}" for i in range(len(order))) + ")",
                            truncates=True, result_text=lambda x: f"{x:.2f}%", exact=exact))
    whole = _partitioned_whole(graph, parts)
    if whole is not None:
        for a, b in pairs:
            for r in _restated_share(b, a, whole):
                # found by a sum that holds within rounding: evidence for the pairing, not
                # for or against another identity's figures
                r.vouches = r.rules_out = False
                out.append(r)
    return out


def _partitioned_whole(graph: Graph, parts: list[Node]) -> Optional[Node]:
    """The whole a partition's shares are of, stated apart ("actualized US$44.936 million" …
    "US$30.14 million or 67%, … US$14.79 million, an equivalent of 33%"): the one level
    outside the parts' sentence, of their unit, kind and period, that their sum meets
    within the rounding of every figure. Its shares of that whole are then the text's too."""
    first = parts[0]
    lo, hi = sum(n.interval.lo for n in parts), sum(n.interval.hi for n in parts)
    found = [n for n in graph.nodes if n.level and n.exact and n.unit == first.unit and n.kind == first.kind
             and n.sentence != first.sentence and not n.claim.context.get("converted") and n.claim.end is None
             and periods_equal(n, first) and n.interval.lo <= hi and lo <= n.interval.hi]
    return one_value(found)


@rule("share")
def share_of_whole(graph: Graph, ctx: Context):
    covered: set[int] = set()  # the shares whose sentence gave them an identity
    for item in _shares_stated(graph):
        if isinstance(item, Relation):
            covered.add(id(item.result))
        yield item
    for item in _shares_of_subjects(graph, covered):
        covered.add(id(item.result))
        yield item
    yield from shares_by_name(graph, covered)


def _shares_stated(graph: Graph):
    """The shares whose part or whole their own sentence gives, read in text order."""
    yield from _verbless_partitions(graph)
    parts_of_totals = _parts_of_totals(graph)
    shared: Optional[Node] = None  # the last share of a sentence its verb of sharing governs
    listed: Optional[tuple] = None  # (sentence, whole) a restated share of a list named
    named: dict[int, Node] = {}  # sentence -> the whole a share of it named
    restated = graph.memo("restated shares", lambda: {id(b): a for sentence in graph.by_sentence.values()
                                                      for a, b in _restated_shares(graph, sentence)})
    coordinated = graph.memo("coordinated shares", lambda: {k: a for sentence in graph.by_sentence.values()
                                                            for k, a in _coordinated_parts(graph, sentence).items()})
    for p in graph.nodes:
        if p.kind != PERCENT or p.role == GROWTH or p.claim.base_period \
                or p.claim.context.get("baseline_period") or not p.claim.context.get("local"):
            continue
        gapped = after_part = False
        this_share = _this_share(p)
        if id(p) in coordinated:
            shared = p
        elif _SHARE_VERB.search(p.before(40)) or _WITH.search(p.before(20)) and _of_total_after(p) or this_share:
            shared = p
        elif _gapped_share(shared, p):
            shared, gapped = p, True
        elif _share_after_part(graph, shared, p):
            shared, gapped, after_part = p, True, True
        else:
            if id(p) in restated:
                part = restated[id(p)]
                whole = _restated_whole(graph, p, part, parts_of_totals,
                                        listed[1] if listed and listed[0] == p.sentence
                                        else _continued_whole(graph, p, named))
                if whole is not None:
                    yield from _restated_share(p, part, whole)
                    if whole_named(p):
                        listed = (p.sentence, whole)
                        named[p.sentence] = whole
            else:
                yield from _share_of_in(graph, p)
            continue
        # a gapped share's part follows it: the figure before it is the previous item's
        part = coordinated.get(id(p)) or (_part_in_brackets(graph, p) if gapped
                                          else _part(graph, p) or _part_in_brackets(graph, p))
        if part is not None and not gapped and id(p) not in coordinated and _after_a_coordination(graph, part, p):
            continue
        if part is None and not gapped:
            part = _part_after_relative(graph, p)
        if part is None and (this_share or _ANAPHOR.match(p.claim.sentence)):
            # "That figure occupied 42 percent of the total": the last figure before
            previous = [n for n in graph.previous_sentence(p) if n.kind in AMOUNT_KINDS and n.role == LEVEL]
            if this_share and (len(previous) != 1 or not previous[0].exact):
                continue  # "This is …" points at the one amount the sentence before states, or none
            part = previous[-1] if previous else None
        whole = (_whole_after(graph, p, part) or _whole(graph, p, part, parts_of_totals)) if part is not None else None
        if after_part and whole is not None and (whole.claim.span[0] > p.claim.span[0] or _amount_of_a_share(graph, whole)):
            # "… and 27 percent of the harvest with 55.2 million fish": the harvest is stated
            # before, and never as another item's amount ("62 percent … with 129.1 million")
            continue
        if part is None:
            whole = _named_whole(graph, p)
            part = (_part_by_subject(graph, p, whole) or _part_by_series(graph, p, whole)) if whole is not None else None
        continued = _continued_whole(graph, p, named) if part is not None and whole is None else None
        if continued is not None and _is_whole_candidate(continued, part) and periods_equal(continued, part):
            # the whole of the list the sentence carries on: the text only suggests it
            yield from _restated_share(p, part, continued)
            continue
        if part is not None and whole is None:
            whole = _whole_by_its_words(graph, p, part, parts_of_totals) \
                or _enumerating_whole(graph, p, part) or _partner_whole(graph, p, part)
            if whole is None:
                partition = _partition(graph, p, part)
                yield from partition
                if not partition and part.value:
                    # the whole the share names, by a name the frame did not give any figure
                    yield from _restated_share(p, part, whole) \
                        if (whole := _whole_of_its_time(graph, p, part, parts_of_totals)) is not None else ()
                    continue
        if part is None or whole is None or not part.value or ranking_size(part):
            continue
        if whole_named(p):
            named[p.sentence] = whole
        if whole is not _whole_after(graph, p, part) and _of_another_span(part, whole):
            yield from _restated_share(p, part, whole)
            continue
        yield Relation("share", "share", [part, whole], p, lambda v: v[0] / v[1] * 100,
                       f"{part.claim.metric or 'part'} ÷ {whole.claim.metric or 'whole'}", "{0} ÷ {1}",
                       truncates=True, result_text=lambda x: f"{x:.2f}%")


#: A sentence that carries on the list of the one before: "This was followed by East Java
#: with US$8.17 billion representing 14.4 percent", "Next came ...".
_CONTINUES_LIST = re.compile(r"^\W*(?:(?:this|that|it|they|these|those)\s+(?:was|were|is|are)\s+)?(?:followed|trailed)\s+by\b"
                             r"|^\W*next\s+(?:came|was|were|is|are)\b", re.I)


def _continued_whole(graph: Graph, share: Node, named: dict[int, Node]) -> Optional[Node]:
    """For a share that names no whole, in a sentence carrying on the list of the sentence
    before: the whole a share of that sentence named ("... accounting for 18.11 percent of
    the overall export value. This was followed by East Java ... representing 14.4
    percent")."""
    if whole_named(share) or not _CONTINUES_LIST.match(share.claim.sentence):
        return None
    previous = graph.previous_sentence(share, same_paragraph=False)
    return named.get(previous[0].sentence) if previous else None


def _restated_whole(graph: Graph, share: Node, part: Node, parts_of_totals: dict,
                    listed: Optional[Node] = None) -> Optional[Node]:
    """An amount restated as its percentage with no verb of sharing ("Spain (US$913
    million, 10.21%)", "US$30.14 million or 67%"), of a whole the text states elsewhere:
    the one it names ("of overall exports"), else the largest earlier figure measuring the
    same thing as the part for its period (the total a list of markets breaks down).
    listed: the whole an earlier item of the sentence's list named ("USD 239.6 million
    (48.2% of total investment), followed by Japan with USD 63.2 million (12.7%)"), the
    whole of the items that name none."""
    whole = _whole_after(graph, share, part) or _whole(graph, share, part, parts_of_totals, earlier=True)
    if whole is None and listed is not None and not whole_named(share) and _is_whole_candidate(listed, part):
        whole = listed
    if whole is None or not part.value or not periods_equal(whole, part) or not whole.topic <= part.topic:
        return None
    if not whole_named(share) and whole.sentence == share.sentence and whole is not _whole_after(graph, share, part):
        return None  # "7% or $8.9 million …, 92% or $123.9 million …, 1% or $2 million": a list's items, not its whole
    return whole


def _restated_share(share: Node, part: Node, whole: Node):
    """The share of a restated amount. The text only suggests its whole: a candidate,
    broken only by a slip that explains the gap."""
    if ranking_size(part) or ranking_size(whole):
        return
    yield Relation("share", "share", [part, whole], share, lambda v: v[0] / v[1] * 100,
                   f"{part.claim.metric or 'part'} ÷ {whole.claim.metric or 'whole'}", "{0} ÷ {1}",
                   truncates=True, result_text=lambda x: f"{x:.2f}%", exact=False)


#: What stands between a share and the next of a gapped list: its bracketed part, then
#: the next part's name ("72.5% (€1.97 billion), social contributions 21.5%").
_GAP_TO_NEXT_SHARE = re.compile(r"^\s*(?:\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                r"(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4}(?:about\s+|around\s+|nearly\s+)?$")


def _gapped_share(previous: Optional[Node], share: Node) -> bool:
    """A share of a list whose verb of sharing only the first states: "tax income accounted
    for 72.5% (€1.97 billion), social contributions 21.5% (€585 million)"."""
    return previous is not None and previous.sentence == share.sentence \
        and bool(_GAP_TO_NEXT_SHARE.match(share.claim.sentence[previous.local[1]: share.local[0]]))


#: What joins a share's own amount to the next share its verb governs: "and", ", and", or
#: "and" with a participle ("…, and bringing 62 percent of the harvest").
_AND_NEXT_SHARE = re.compile(r"^\s*\)?\s*,?\s*and\s+(?:[a-z]+ing\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|"
                             r"approximately\s+)?$", re.I)
_NAMES_ITS_WHOLE = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?[A-Za-z]", re.I)


def _share_after_part(graph: Graph, previous: Optional[Node], share: Node) -> bool:
    """A second share of one verb of sharing, after the first and its own amount: "accounted
    for 10 percent of the value at $63.8 million and 9 percent of the harvest at 18.5 million
    fish". Each names its whole, so each is a share of its own measure."""
    if previous is None or previous.sentence != share.sentence or not _NAMES_ITS_WHOLE.match(share.after(20)):
        return False
    sentence = graph.sentence_of(share)
    between = sentence[sentence.index(previous) + 1: sentence.index(share)]
    if len(between) != 1 or _part_in_brackets(graph, previous) is not between[0]:
        return False
    return bool(_AND_NEXT_SHARE.match(share.claim.sentence[between[0].local[1]: share.local[0]]))


def _amount_of_a_share(graph: Graph, n: Node) -> bool:
    """The figure is the amount a share right before it gives ("62 percent of the harvest
    with 129.1 million fish"): a part, never the whole of another item."""
    sentence = graph.sentence_of(n)
    i = sentence.index(n)
    return i > 0 and sentence[i - 1].kind == PERCENT and _part_in_brackets(graph, sentence[i - 1]) is n


def _verbless_partitions(graph: Graph):
    """Parts each restated as their share with no verb of sharing ("7% or $8.9 million …,
    92% or $123.9 million …", "(10.0% and 90.0% respectively)"): the shares adding up to
    100 say the parts are the whole's; a share verb's own partitions are found above. Without
    the verb the parts may be of a whole the text states apart (shares of the whole budget,
    and a third source left out): a candidate, broken only by a slip that explains the gap."""
    for sentence in graph.by_sentence.values():
        pairs = _restated_shares(graph, sentence)
        if len(pairs) >= 2 and not any(_SHARE_VERB.search(b.before(40)) for _, b in pairs):
            part, share = pairs[0]
            yield from _partition(graph, share, part, exact=False)



def _share_series(n: Node) -> frozenset:
    """What a share is of, as its metric names it: "share of Baltic bank profit" names
    the bank profit (and the whole's Baltic)."""
    return core_words(n.claim.metric) - _SHARE_WORDS


def _more_general(whole: Node, part: Node) -> bool:
    """The whole measures what the part does for a wider set: fewer subjects with the same
    series (remittances, remittances from Europe), the same subjects with fewer series
    words (remittances, remittances from the rest of the world), or the same series for
    the subjects the part is one of (the banks of the three Baltic countries, Estonia's)."""
    w, p = core_words(whole.claim.metric), core_words(part.claim.metric)
    if not w:
        return False  # a figure whose frame names no series is no wider one
    if whole.topic == part.topic:
        return w < p
    return w == p and (whole.topic < part.topic or part.topic < whole.topic)


#: "The top 10 countries accounted for 48 percent", "the five largest buyers took …": a share
#: said of a ranked group, whose total the text does not state; no one member's level is its part.
_GROUP_SUBJECT = re.compile(r"\b(?:top|leading|largest|biggest|main|major)\s+(?:\d+|two|three|four|five|six|seven|eight|"
                            r"nine|ten|twelve|fifteen|twenty|fifty|hundred)\b"
                            r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)\s+"
                            r"(?:top|leading|largest|biggest|main|major)\b", re.I)


def _said_of_a_ranked_group(share: Node) -> bool:
    return bool(_GROUP_SUBJECT.search(share.claim.sentence[: share.local[0]]))


def _shares_of_subjects(graph: Graph, covered: set[int]):
    """A share its sentence gives neither part nor whole of, its part and its whole stated
    in other sentences: "North America and Europe contributed 46.2 per cent and 29.6 per
    cent respectively. ... There was a total of $63.5 million from North America": the
    part is the one level of the share's subject, series and period; the whole the one
    level of a wider set (the part's series without the subject, or for the subjects the
    part is one of). The text only suggests the pairing: a candidate, broken only by a
    slip that explains the gap."""
    for p in graph.nodes:
        if id(p) in covered or p.kind != PERCENT or p.role != SHARE or not 0 < p.value < 100 \
                or p.claim.base_period or not p.period or not p.claim.context.get("local"):
            continue
        series = _share_series(p)
        if not series or _said_of_a_ranked_group(p):
            continue
        candidates = [n for n in graph.nodes if n.level and n.exact and n.kind in AMOUNT_KINDS and n.value > 0
                      and not n.claim.context.get("converted") and periods_equal(n, p)]
        for unit in sorted({n.unit for n in candidates}):
            in_unit = [n for n in candidates if n.unit == unit]
            # the part near its share (the whole may be the headline figure, anywhere)
            part = one_value([n for n in in_unit if n.topic == p.topic and core_words(n.claim.metric)
                              and core_words(n.claim.metric) <= series
                              and abs((n.paragraph or 0) - (p.paragraph or 0)) <= 3])
            if part is None:
                continue
            whole = one_value([n for n in in_unit if n.value > part.value and n.kind == part.kind
                               and _more_general(n, part)])
            if whole is None or any(n.value > whole.value and _more_general(n, whole) for n in in_unit):
                continue  # the widest whole only: a subtotal's share is not the text's claim
            yield from _restated_share(p, part, whole)
