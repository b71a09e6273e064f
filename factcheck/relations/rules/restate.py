"""`repeat`: one figure (or one rate) stated twice disagrees. `scale`: the same figure a
thousand-fold apart. `misprint`: two figures the frame names apart, one misprint from each
other."""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

from factcheck.extract.layout import is_bullet
from factcheck.matching import phrases_score, words
from factcheck.extract.patterns import triggered
from factcheck.quantities import format_quantity
import factcheck.relations.vocabulary as vocab
from factcheck.relations.graph import (
    AMOUNT_KINDS, CHANGE, GROWTH, LEVEL, MONEY, PERCENT, PERCENTAGE_POINT, RATE, SHARE, YEAR_RANGE,
    Graph, Node, is_compared, misdated_base, named_by_its_count, per_node, periods_equal, series_words,
)
from factcheck.relations.registry import Context, rule
from factcheck.relations.common import BOUNDS, IRREALIS, after_previous_figure, another_time, irrealis
from factcheck.relations.interval import CUT_DIGITS, half_width, of_claim
from factcheck.relations.relation import Relation
from factcheck.relations.slips import alternatives, printed, significant_digits

#: How many earlier statements of one series each figure is compared with: enough for
#: any article, and it keeps the cost linear in a long document.
WINDOW = 8
#: Two statements of one figure further apart than this (as a ratio) are more likely two
#: figures the frame does not tell apart, unless one realistic slip explains the gap.
RESTATED_BAND = (0.8, 1.25)


def restatable(n: Node) -> bool:
    """Levels are restated, and so are rates and shares of a stated period. A growth rate
    is comparable with another only when both name their base period (quarter on quarter
    and year on year are different rates a metric phrase does not tell apart). A rate
    named by one word ("the rate") may be any rate."""
    return bool(n.series) and _restatable_frame(n) and (n.role != RATE or len(n.series) >= 2)


def _restatable_frame(n: Node) -> bool:
    """`restatable` but for the name: what a figure must be to restate another, whatever the
    frame calls it."""
    c = n.claim
    if c.kind == YEAR_RANGE or n.period is None:
        return False
    if c.qualifier not in ("exact", "approx") and not (c.qualifier in BOUNDS and n.role == LEVEL):
        return False
    if n.role == GROWTH:
        return bool(c.base_period) and c.direction is not None
    if c.kind in (PERCENT, PERCENTAGE_POINT):
        return n.role in (SHARE, RATE) and not c.base_period and not share_of_a_composition(n)
    if n.role == CHANGE:
        return c.kind in AMOUNT_KINDS and (c.direction is not None or c.value < 0)  # "+13.5k", "13,500 added"
    return n.role == LEVEL and c.kind in AMOUNT_KINDS


#: "Exports to Pakistan are mainly food and coal, contributing around 72 percent of total
#: exports": a participle set off after what a flow is made of ("mainly", "mostly" and the
#: items) takes those items for its subject, so the share is theirs, not the sentence's
#: subject's; the frame names it by the whole alone, like the partner's own share.
_SHARE_OF_A_COMPOSITION = re.compile(
    r"\b(?:mainly|mostly|largely|chiefly|primarily|predominantly|principally|essentially)\s+[^,;:()\d]{1,60},\s*"
    r"(?:contributing|accounting\s+for|making\s+up|representing|comprising|constituting)\s+"
    r"(?:(?:about|around|nearly|roughly|some|approximately|almost|over|more\s+than)\s+)?$", re.I)


def share_of_a_composition(n: Node) -> bool:
    """A share said of the items a flow is mainly made of, which its frame does not name."""
    return n.role == SHARE and _SHARE_OF_A_COMPOSITION.search(n.before(120)) is not None


def _scale_apart(a: float, b: float) -> bool:
    if not a or not b:
        return False
    ratio = abs(b / a)
    return any(abs(ratio / f - 1) < 0.02 for f in (1e3, 1e-3, 1e6, 1e-6))


def _bound_scale_apart(a: Node, b: Node, ratio: float) -> bool:
    """"more than 1.3 billion" against "1,334,777": a bound and the figure it rounds, a
    scale word apart (the bound's rounding is loose, so the band, not 2%, is the test)."""
    if a.claim.qualifier not in BOUNDS and b.claim.qualifier not in BOUNDS:
        return False
    return any(RESTATED_BAND[0] <= ratio / f <= RESTATED_BAND[1] for f in (1e3, 1e-3, 1e6, 1e-6))


def printed_sign(n: Node) -> int:
    """−1 when a change or growth is printed as a positive number and a word says it fell;
    a printed minus sign already is in the value ("-44.8k" and "44,800 fewer" agree, and so
    do "a fall of 81%" and a table's "-81%")."""
    return -1 if n.role in (CHANGE, GROWTH) and n.value > 0 and n.claim.direction == "down" else 1


def _series_key(n: Node):
    """One concept named two ways is one series: "the trade deficit" and "the trade gap",
    "exports" and "shipments" (the concept with the modifiers that tell its series apart)."""
    return ("concept", n.concept, n.modifiers) if n.concept else n.series


def _restatement(rule_id: str, a: Node, b: Node, exact: bool, note: str = "") -> Relation:
    c = a.claim
    what = " ".join(filter(None, [c.metric, f"in {a.period}" if a.period else None]))
    k = printed_sign(a) * printed_sign(b)
    # "G$41.7 billion" and "G$41.6 billion" allow [41.65, 41.75] and [41.55, 41.65]: ranges
    # that only touch are two different roundings, never one figure printed twice
    touch = -1e-3 * half_width(b.claim)
    short = _shorter(a, b)
    if short is not None:
        # "surplus falls to $4.2B" over "a $4.28 billion trade surplus", "imports stood at
        # $32.47 billion" over "$32.476 billion": a summary cuts the detail's figure to fewer
        # digits, and cuts rather than rounds as often as not
        touch = half_width(short.claim)
    elided = next((n for n in (a, b) if n.claim.context.get("scale_elided")), None)
    if elided is not None:
        # "$2.09 in July" (its "billion" left out, extract.elided_scales) against "$2.10 billion
        # in July": a figure written in such haste may be cut, as a summary's is
        touch = max(touch, half_width(elided.claim))
    return Relation(rule_id, "repeated_figure", [a], b, lambda v, k=k: v[0] * k,
                    f"{what} as stated on line {c.line}", "{0}", exact=exact, slack=touch, note=note)


def _significant(n: Node) -> int:
    p = printed(n.claim.surface)
    return p.precision_digits if p else 0


def _shorter(a: Node, b: Node):
    """Of two statements of one figure, the one printed with fewer significant digits,
    when it may be a cut of the other: the headline's, or a body figure of at least
    CUT_DIGITS digits ("$32.47 billion" for "$32.476 billion": off by less than any slip
    moves it; "$4.2B" for "$4.28 billion" in the body is another figure), both exact. Never a bound, which is loose on its own terms."""
    if a.claim.qualifier in BOUNDS or b.claim.qualifier in BOUNDS:
        return None  # "more than 1.2 million" is a bound, not a cut of the figure
    if _headline_short(a, b):
        return a
    # as finely as each was stated ("1,000,000" has one digit, "24,160,000" four)
    da, db = _significant(a), _significant(b)
    if a.claim.qualifier != "exact" or b.claim.qualifier != "exact" or not da or not db or da == db:
        return None
    short = a if da < db else b
    return short if min(da, db) >= CUT_DIGITS else None


def _headline_short(a: Node, b: Node) -> bool:
    """The earlier figure is the headline's, printed with fewer significant digits than
    the body's restatement of it. A first line that closes its sentence with a full stop
    is the lead, not a headline ("NASSAU — The country's external reserves increased to
    $2.6 billion in March."): prose rounds, it does not cut."""
    return a.headline and not b.headline and not _prose(a) \
        and 0 < significant_digits(a.claim.surface) < significant_digits(b.claim.surface)


def _prose(n: Node) -> bool:
    """The figure's sentence ends as prose does, with a full stop."""
    return n.claim.sentence.rstrip().rstrip("\"'’”)").endswith(".")


@rule("repeat")
def repeated_figure(graph: Graph, ctx: Context):
    groups: dict[tuple, list[Node]] = defaultdict(list)
    key_of: dict[int, tuple] = {}
    for n in graph.nodes:
        if restatable(n) and not misdated_base(graph, n):
            c = n.claim
            # an expectation is another figure than the outcome; two statements of one
            # expectation are one figure
            # the signs of changes and growths are compared, not kept apart: a rise and a
            # fall of one series, period and base are one figure stated twice
            key_of[id(n)] = key = (_series_key(n), n.variant, c.unit, c.kind, n.period, n.role, c.base_period)
            groups[key].append(n)
    for members in _by_irrealis(graph, groups.values()):
        for i, b in enumerate(members):
            # two figures of one sentence are two things the frame does not tell apart
            eligible = [a for a in members[max(0, i - WINDOW): i] if a.sentence != b.sentence
                        and not (a.subject and b.subject and a.subject != b.subject) and periods_equal(a, b)
                        and not _parallel(graph, key_of, a, b) and not _shares_of_other_wholes(graph, a, b)
                        and not _items_of_one_list(graph, a, b) and not other_age_groups(a, b)
                        # "compared to the Treasury's data, which indicates a deficit of 1.5 billion,
                        # the deficit calculated by the bureau is 270 million higher": two sources
                        and not another_source(a) and not another_source(b)
                        and not revised_away(a) and not revised_away(b)]
            # the earlier statement printed most precisely ("148,300" rather than the
            # headline's "148,000"): the tightest yardstick, so the least slip goes unseen
            # (a figure stated as a bound is the yardstick only where there is no other)
            for a in sorted(eligible, key=lambda a: (a.claim.qualifier not in BOUNDS, _significant(a)),
                            reverse=True)[:1]:
                ratio = abs(b.value / a.value) if a.value else float("inf")
                if printed_sign(a) * a.value * printed_sign(b) * b.value < 0:
                    ratio = -ratio  # a change stated once as a rise, once as a fall
                # figures far apart are two quantities the metric phrase does not tell apart
                # (exports and imports of one period, in all and to one market), unless one
                # slip of a figure explains the gap
                exact = RESTATED_BAND[0] <= ratio <= RESTATED_BAND[1] or _scale_apart(a.value, b.value) \
                    or _bound_scale_apart(a, b, ratio)
                # a period carried over from an earlier sentence may be another one: such a
                # pair is a candidate, broken only by a slip that explains the gap
                exact = exact and a.sure_period and b.sure_period
                # "(when the unemployment rate was 11.6%)": a past-tense "when" clause is
                # about another time than the statement around it
                exact = exact and not (another_time(a) or another_time(b))
                # a base named only by its unit may be of another series: a candidate only
                exact = exact and not (_unit_named_base(graph, a) or _unit_named_base(graph, b))
                # "17 companies earned a profit", "Fourteen companies suffered a loss": counts
                # named by their noun alone may be of other groups, which the verbs tell apart
                exact = exact and not (named_by_its_count(a) and named_by_its_count(b))
                if not exact and a.role == LEVEL and _same_growth(graph, a, b) \
                        and not (another_time(a) or another_time(b)):
                    # "imports fell 1.8 per cent to RM103 billion" and "imports decreased by 1.8
                    # per cent to RM1.90 billion": one growth of one series, period and base, so
                    # one level stated twice, however far apart the two figures are (a period
                    # carried over is trusted: the same growth to its last digit says it is one)
                    yield _restatement("repeat", a, b, True, note=_change_for_level(a, b, graph))
                    break
                yield _restatement("repeat", a, b, exact)
                break
    yield from _across_irrealis(graph, groups.values(), key_of)
    yield from _unnamed_restatements(graph)
    yield from _renamed_restatements(graph)
    yield from _spelled_out(graph)


#: Significant digits each statement must print for an outcome and an expectation of one
#: series and period to be read as one figure stated twice.
ACROSS_IRREALIS_DIGITS = 3


def _across_irrealis(graph: Graph, groups, key_of: dict[int, tuple]):
    """One figure stated once among words of plans or estimates and once without ("the
    state budget's expenditures were 4,374.3 million manats" in the lead, "expenditures
    amounted to 4,374.3 million manats" below; "an estimated 2.20 million" and "2.20
    million"): the words that make a figure an expectation (irrealis) keep it apart from an
    outcome, but a figure printed with the same digits both times is one figure. A
    candidate: an expectation may differ from the outcome, so a gap is a finding only when
    one realistic slip of one figure explains it exactly; each figure pairs across only
    when its own side states it nowhere else (that pair is compared already), and only when
    the words are those of a reckoning ("budget", "estimated"), never of an expectation
    ("analysts had expected", "forecast", a period still to come)."""
    for members in groups:
        if len(members) < 2:
            continue
        side = {id(n): irrealis(graph, n) for n in members}
        if len(set(side.values())) < 2 or not all(_reckoned(graph, n) for n in members if side[id(n)]):
            continue
        for i, b in enumerate(members):
            if not _precise(b) or any(a is not b and side[id(a)] == side[id(b)] and a.sentence != b.sentence
                                      for a in members):
                continue
            eligible = [a for a in members[max(0, i - WINDOW): i] if side[id(a)] != side[id(b)] and _precise(a)
                        and a.sentence != b.sentence and not (a.subject and b.subject and a.subject != b.subject)
                        and periods_equal(a, b) and not _parallel(graph, key_of, a, b)
                        and not _shares_of_other_wholes(graph, a, b) and not other_age_groups(a, b)
                        and not another_source(a)
                        and not another_source(b) and not another_time(a) and not another_time(b)
                        and not any(side[id(m)] == side[id(a)] and m is not a and m.sentence != a.sentence
                                    for m in members)]
            for a in sorted(eligible, key=_significant, reverse=True)[:1]:
                yield _restatement("repeat", a, b, False)


#: The words of IRREALIS that as often name a reckoning of a figure of the past or present
#: as an expectation: "state budget expenditures were", "an estimated 2.2 million".
_RECKONING = re.compile(r"^(?:budget\w*|estimat\w*)$", re.I)


def _reckoned(graph: Graph, n: Node) -> bool:
    """What makes `n` an expectation is only words of reckoning, and its period has begun."""
    if graph.future(n):
        return False
    start = after_previous_figure(graph, n)
    found = IRREALIS.finditer(n.claim.sentence[max(start, n.local[0] - 60): n.local[0]])
    return all(_RECKONING.match(m.group(0)) for m in found)


def _precise(n: Node) -> bool:
    return n.claim.qualifier == "exact" and _significant(n) >= ACROSS_IRREALIS_DIGITS


@per_node
def _loosely_restatable(graph: Graph, n: Node) -> bool:
    """A figure that may restate another named otherwise: restatable whatever its name, of
    its own time and source, and no comparison base whose time was misread."""
    return _restatable_frame(n) and not misdated_base(graph, n) and not another_time(n) and not another_source(n)


def _loose_key(n: Node) -> tuple:
    """Everything the series key holds but the name."""
    c = n.claim
    return (n.variant, c.unit, c.kind, n.period, n.role, c.base_period)


#: Words that rank or mark a figure, not name its series: "the highest growth", "surpassing
#: the one-billion-dollar mark".
_RANKING_WORDS = frozenset({"highest", "lowest", "largest", "biggest", "smallest", "best", "worst", "peak", "mark",
                            "milestone", "threshold", "high", "low"})


def _names_nothing(metric) -> bool:
    """No metric, or one of words that only say how much, when, which way or how it ranks
    ("the figure", "a reduction", "the highest growth"): not "goods and services", whose
    series words a split sets aside."""
    return all(w in vocab.GENERIC_WORDS or w in vocab.CHANGE_WORDS or w in _RANKING_WORDS or w.isdigit()
               for w in words(metric))


def _may_state_one_figure(graph: Graph, a: Node, b: Node) -> bool:
    """Two figures that may be one stated twice, whatever their names: in two sentences, of no
    two subjects, of one period both are sure of (a period carried over from an earlier
    sentence may be another one: "In the coffee year, exports …" after a month, which a name
    that does not join them cannot tell apart), both facts or both expectations."""
    return a.sentence != b.sentence and not (a.subject and b.subject and a.subject != b.subject) \
        and periods_equal(a, b) and a.sure_period and b.sure_period and irrealis(graph, a) == irrealis(graph, b)


def _unnamed_restatements(graph: Graph):
    """A figure the frame names nothing ("an amount of $2,459 bn", "The figure represents a
    24.9 per cent increase", a table cell) restating the one series the article states for
    the same unit, period, role and base: a headline and its body, a lead and its table
    row. Joined only where the pairing is unique both ways (one unnamed figure, one named
    series of that key in the article) and of no other subject, and only as a candidate:
    the name is unknown, so only a slip that explains the gap breaks it, never two figures
    that merely differ."""
    unnamed: dict[tuple, list[Node]] = defaultdict(list)
    named: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if not _loosely_restatable(graph, n):
            continue
        if _names_nothing(n.claim.metric):
            unnamed[_loose_key(n)].append(n)
        elif n.series:
            named[_loose_key(n)].append(n)
    partners: dict[int, list[Node]] = {}
    for key, ns in unnamed.items():
        for b in ns:
            partners[id(b)] = [a for a in named.get(key, ()) if _may_state_one_figure(graph, a, b)]
    for key, ns in unnamed.items():
        for b in ns:
            others = partners[id(b)]
            series = {_series_key(a) for a in others}
            if len(series) != 1:
                continue
            # the named series has no other unnamed figure that could restate it
            if any(m is not b and any(_series_key(a) in series for a in partners[id(m)]) for m in ns):
                continue
            a = max(others, key=lambda a: (a.claim.qualifier not in BOUNDS, _significant(a)))
            first, later = (a, b) if a.claim.span[0] < b.claim.span[0] else (b, a)
            yield _restatement("repeat", first, later, False)


#: Words that make a more specific name a part of the less specific one, not another name
#: of it: "visitors by air", "exports to China", "exports of goods", "non-oil revenue".
_PART_WORDS = frozenset({"by", "to", "from", "via", "excluding", "including", "among", "non", "ex"}
                        | {w for pair in vocab.OPPOSED_SIDES for w in pair} | {"goods", "services"})


def _renames(a: Node, b: Node) -> bool:
    """Two names of one series as metric matching reads them: the same heads and modifiers
    (other names of one series counted), or one adding modifiers the other leaves unsaid
    ("profits" and "profits for these financial institutions") where none of them names a
    part ("visitors" and "visitors by air" are a whole and its part)."""
    score = phrases_score(a.claim.metric, b.claim.metric)
    if score >= 3:
        return True
    if score == 0:
        return False
    return not any(w.lower() in _PART_WORDS for n in (a, b) for w in re.findall(r"[A-Za-z]+", n.claim.metric or ""))


def _renamed_restatements(graph: Graph):
    """One series the frame names two ways ("unemployment" in the headline, "the
    unemployment rate" in the body; "profits" and "profits for these financial
    institutions"): two named series of one unit, period, role and base that metric
    matching reads as one, each the other's only such partner in the article, are compared
    as a candidate (a slip that explains the gap breaks it, two figures that merely
    differ never do)."""
    by_key: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        # a rate named by one word joins only a partner named fully ("unemployment", "the
        # unemployment rate")
        if n.series and _loosely_restatable(graph, n):
            by_key[_loose_key(n)].append(n)
    for nodes in by_key.values():  # pairs within one key only: a handful of figures
        pairs: dict[tuple, list[tuple[Node, Node]]] = defaultdict(list)
        partners: dict[object, set] = defaultdict(set)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                ka, kb = _series_key(a), _series_key(b)
                if ka == kb or not (restatable(a) or restatable(b)) or not _may_state_one_figure(graph, a, b) \
                        or not _renames(a, b):
                    continue
                partners[ka].add(kb)
                partners[kb].add(ka)
                pairs[(ka, kb)].append((a, b))
        for (ka, kb), found in pairs.items():
            if partners[ka] != {kb} or partners[kb] != {ka}:
                continue
            a, b = max(found, key=lambda p: (_significant(p[0]) + _significant(p[1]), -p[1].claim.span[0]))
            yield _restatement("repeat", a, b, False)


def _whole_of_share(graph: Graph, n: Node) -> frozenset:
    """The series words of what a share is of: its own "of the overnight stays", or, when it
    names none, that of the one share of its sentence that does, whose whole coordinated
    shares share ("Romanians accounted for 81.3pct of the overnight stays, while foreign
    tourists made up 18.7pct")."""
    own = n.claim.context.get("share_of")
    if own:
        return series_words(own)
    others = {series_words(m.claim.context["share_of"]) for m in graph.sentence_of(n)
              if m is not n and m.role == SHARE and m.claim.context.get("share_of")}
    return others.pop() if len(others) == 1 else frozenset()


def _shares_of_other_wholes(graph: Graph, a: Node, b: Node) -> bool:
    """Two shares of one part of two wholes ("foreign tourists accounted for 22.1pct" of the
    arrivals, "made up 18.7pct" of the overnight stays): two figures, not one stated twice.
    Only where a whole is lent by a coordinated share: an "of" of its own may name the part
    ("among the 47.7% of foreign residents")."""
    if a.role != SHARE or b.role != SHARE:
        return False
    if a.claim.context.get("share_of") and b.claim.context.get("share_of"):
        return False
    x, y = _whole_of_share(graph, a), _whole_of_share(graph, b)
    return bool(x) and bool(y) and not (x <= y or y <= x)


#: An age group a sentence names for the people its figures count: "under 14 years of age",
#: "aged 65 years and above", "ages 15-64", "18- to 24-year-olds", "over the age of 60".
_AGE_GROUP = re.compile(
    r"\b(?:aged|ages?)\s+(?:between\s+)?(?P<a>\d{1,3})(?:\s*(?:-|–|to|and)\s*(?P<b>\d{1,3}))?"
    r"|\b(?:under|below|over|above)\s+(?:the\s+age\s+of\s+(?P<c>\d{1,3})|(?P<d>\d{1,3})\s+years?\s+(?:of\s+age|old)\b)"
    r"|\b(?P<e>\d{1,3})\s+years?\s+(?:of\s+age\s+)?(?:and|or)\s+(?:above|over|older|under|younger|below)\b"
    r"|\b(?P<f>\d{1,3})-?\s*(?:-|–|to)\s*(?P<g>\d{1,3})[-\s]*(?:years?[- ]olds?|years?\s+of\s+age)\b", re.I)


@functools.lru_cache(maxsize=1024)
def _age_groups(sentence: str) -> frozenset:
    if "age" not in sentence and "year" not in sentence:
        return frozenset()
    return frozenset(int(v) for m in _AGE_GROUP.finditer(sentence) for v in m.groups() if v)


def other_age_groups(a: Node, b: Node) -> bool:
    """Shares or counts of a population each sentence confines to its own age group ("38
    percent of the population is under 14 years of age", "the elderly population aged 65
    years and above constituted 3%"): two groups of one population, never one figure stated
    twice, whatever the metric phrase keeps of them."""
    x, y = _age_groups(a.claim.sentence), _age_groups(b.claim.sentence)
    return bool(x) and bool(y) and not (x & y)


def _unit_named_base(graph: Graph, n: Node) -> bool:
    """"exports were 1.13 million bags, down from the 1.14 million bags exported a year
    earlier": a comparison base the frame named only by the unit it counts is of the series
    it is compared with, which the key does not carry; bases of production and of exports
    share the key "bags", so only a gap one slip explains breaks such a pair."""
    counted = n.claim.context.get("counted")
    if not counted or not is_compared(n) or n.series != series_words(counted):
        return False
    return any(m is not n and m.unit == n.unit and m.series and m.series != n.series for m in graph.sentence_of(n))


def _items_of_one_list(graph: Graph, a: Node, b: Node) -> bool:
    """Two bullets of one list ("- An additional $0.05 million for the nursing school; - An
    additional $0.5 million for the anniversary"): items side by side, each its own thing,
    though the list's lead-in names them alike; never one figure stated twice."""
    first, last = sorted((graph.position(a), graph.position(b)))
    return all(is_bullet(graph.by_sentence[graph.sentences[k]][0].claim.sentence) for k in range(first, last + 1))


def _parallel(graph: Graph, key_of: dict[int, tuple], a: Node, b: Node) -> bool:
    """Two sentences that each state a figure of the series and a companion of it (its
    growth, its level, its conversion), with both pairs disagreeing: "the Group's profit
    rose 71% to AED 18.7 billion" and "the airline's profit rose 63% to AED 17.2 billion",
    "imports of one category rose DKK 153 million (26.8%)" and "of another DKK 148 million
    (25%)". A slip changes one figure, not two: these are two series the frame does not
    tell apart (a part, another subject), not one stated twice. Two that agree, or lie
    further apart than two near quantities, stay a restatement to test: one growth stated
    twice with the level a slip changed beside it, a gap only a slip explains."""
    near = _near_miss(a, b)
    if not near and not _differs(a, b):
        return False
    keys = {key_of.get(id(n)) for n in graph.sentence_of(a)} - {None, key_of[id(a)]}
    for key in keys:
        found_a = [n for n in graph.sentence_of(a) if key_of.get(id(n)) == key]
        found_b = [n for n in graph.sentence_of(b) if key_of.get(id(n)) == key]
        if len(found_a) == 1 and len(found_b) == 1 and (near and _near_miss(found_a[0], found_b[0])
                                                        or _opposite(found_a[0], found_b[0])):
            return True
        # "406,998 passengers, an increase of 0.5%" and "424,900 passengers aboard; an
        # increase of 11 and 9.76%": beside two near levels, growths no slip of one turns
        # into the other (each the other's, however many the sentence lists)
        if near and len(found_a) == 1 and found_b and found_a[0].role == GROWTH \
                and all(_apart_beyond_slip(found_a[0], n) for n in found_b):
            return True
    return False


def _apart_beyond_slip(a: Node, b: Node) -> bool:
    """Two figures that differ and that no slip of either one makes agree."""
    if not _differs(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        there = of_claim(y.claim, abs(y.value))
        for slip in alternatives(x.claim):
            v = abs(x.value) * slip.factor if slip.factor is not None else slip.value
            if v is not None and of_claim(x.claim, abs(v)).meets(there):
                return False
    return True


def _differs(a: Node, b: Node) -> bool:
    """Two figures a hundredth or more apart that no rounding joins."""
    ratio = b.value * printed_sign(b) / (a.value * printed_sign(a)) if a.value else 0.0
    return abs(ratio - 1) >= 0.01 and not _signed(a).meets(_signed(b))


def _opposite(a: Node, b: Node) -> bool:
    """"In the Family Islands, arrivals rose by 21.1 percent to 1.3 million" and "Grand Bahama
    saw a 10.9 percent decline in arrivals to 0.13 million": a rise beside one figure and a
    fall beside the other say two series, however well one slip would explain either gap
    (a slip changes a digit or a scale, never the word that says which way)."""
    return a.role in (CHANGE, GROWTH) and b.role in (CHANGE, GROWTH) and a.value and b.value \
        and (a.value * printed_sign(a) > 0) != (b.value * printed_sign(b) > 0)


def _near_miss(a: Node, b: Node) -> bool:
    """Two figures as far apart as two near quantities are: a hundredth or more, and no more
    than the band (a companion a hundred times off, or off in its tenth digit, is a slip or
    another figure altogether, which says nothing about the pair beside it)."""
    ratio = b.value * printed_sign(b) / (a.value * printed_sign(a)) if a.value else 0.0
    return RESTATED_BAND[0] <= ratio <= RESTATED_BAND[1] and abs(ratio - 1) >= 0.01 \
        and not _signed(a).meets(_signed(b))


def _signed(n: Node):
    """The values the figure allows, a rise printed bare and said to fall negative."""
    return of_claim(n.claim, n.value * printed_sign(n))


#: A figure and its restatement in brackets, nothing else inside them: "one billion,
#: twenty million ... dollars ($1,022,164,555.00)", "2,334,320,463,251 (two trillion, ...)".
_OPENS_GLOSS = re.compile(r"^\s*[–—-]?\s*\(\s*$")
_CLOSES_GLOSS = re.compile(r"^\s*\)")
_DIGIT = re.compile(r"\d")


def _spelled_out(graph: Graph):
    """An amount written out in words and glossed in digits (or the other way round), as
    budgets and laws print them: one figure, to the last unit, stated twice in one place
    (the one restatement of one sentence the rule above does not read)."""
    for sentence in graph.by_sentence.values():
        for a, b in zip(sentence, sentence[1:]):
            if a.unit != b.unit or a.kind != b.kind or a.role != b.role or not (a.exact and b.exact) \
                    or bool(_DIGIT.search(a.claim.surface)) == bool(_DIGIT.search(b.claim.surface)):
                continue
            if _OPENS_GLOSS.match(a.claim.sentence[a.local[1]: b.local[0]]) and _CLOSES_GLOSS.match(b.after(5)):
                yield _restatement("repeat", a, b, True)


def _growth_of(graph: Graph, level: Node):
    """The one growth rate its sentence states for a level's series, with its direction."""
    found = [g for g in graph.sentence_of(level) if g.role == GROWTH and g.kind == PERCENT and g.exact
             and g.claim.direction in ("up", "down") and g.period == level.period and g.series == level.series]
    return found[0] if len(found) == 1 else None


def _same_growth(graph: Graph, a: Node, b: Node) -> bool:
    ga, gb = _growth_of(graph, a), _growth_of(graph, b)
    return ga is not None and gb is not None and ga.value == gb.value and ga.claim.direction == gb.claim.direction \
        and ga.claim.base_period == gb.claim.base_period and ga.claim.precision == gb.claim.precision


def _change_for_level(a: Node, b: Node, graph: Graph) -> str:
    """When the smaller figure is the change the growth implies ("to RM1.90 billion" for
    "by"), say so."""
    big, small = (a, b) if abs(a.value) >= abs(b.value) else (b, a)
    g = _growth_of(graph, big)
    rate = g.value / 100 * (1 if g.claim.direction == "up" else -1)
    change = abs(big.value - big.value / (1 + rate)) if rate > -1 else None
    if change and abs(change - abs(small.value)) <= max(half_width(small.claim), abs(change) * 0.01):
        return f"{describe(small)} is the change that {g.claim.surface} implies: 'by' meant, not 'to'"
    return ""


#: "compared with the State Treasury's operational data, which indicates ...": a figure
#: reported from a source the sentence sets against another.
# (every match holds one of its four opening words: a window with none is not searched)
_SET_AGAINST_SOURCE = triggered(re.compile(r"\b(?:compared\s+(?:to|with)|as\s+against|unlike|in\s+contrast\s+(?:to|with))\s+"
                                           r"[^,.;:\d]{0,60}?\b(?:data|figures|estimates?|statistics|calculations?)\b[^.;]*$",
                                           re.I), ("compared", "against", "unlike", "contrast"))


@per_node
def another_source(n: Node) -> bool:
    """The figure is what a source set against another says: of another measurement, not a
    restatement of the figure the text states elsewhere."""
    return bool(_SET_AGAINST_SOURCE.search(n.before(160)))


# "the budget has been adjusted from $1.44 billion to $1.46 billion", "revised down from 3.1% to 2.8%"
_REVISED_FROM = re.compile(r"\b(?:adjust|revis|rais|lower|cut|upgrad|downgrad|amend|correct|restat)\w*"
                           r"(?:\s+(?:up|down|upwards?|downwards?))?\s+from\s+(?:about\s+|some\s+)?\S*$", re.I)
_TO_FIGURE = re.compile(r"^\s+to\s+\S*\d")


def revised_away(n: Node) -> bool:
    """The figure a revision started from ("adjusted from $1.44 billion to $1.46 billion"):
    the state before it, not a restatement of the figure the text now states."""
    return bool(_REVISED_FROM.search(n.before(60)) and _TO_FIGURE.match(n.after(20)))


def _by_irrealis(graph: Graph, groups):
    """Each group split into outcomes and expectations (read only where there is a pair)."""
    for members in groups:
        if len(members) < 2:
            continue
        split: dict[bool, list[Node]] = defaultdict(list)
        for n in members:
            split[irrealis(graph, n)].append(n)
        yield from split.values()


@rule("scale")
def scale_slips(graph: Graph, ctx: Context):
    """The same money metric and period, a thousand or a million times apart."""
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if n.kind == MONEY and n.series and n.exact and n.value > 0:
            groups[(n.series, n.variant, n.unit, n.period)].append(n)
    for members in groups.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda n: n.value)
        values = [n.value for n in ordered]
        for n in ordered:
            for f in (1e3, 1e6):
                j = bisect.bisect_left(values, n.value * f * 0.98)
                while j < len(ordered) and values[j] <= n.value * f * 1.02:
                    big = ordered[j]
                    first, later = (n, big) if n.claim.span[0] < big.claim.span[0] else (big, n)
                    yield _restatement("scale", first, later, True)
                    j += 1


def describe(n: Node) -> str:
    return format_quantity(n.value, n.unit, n.claim.end)


#: The slips that make one figure look like another (a scale word, a digit group, a
#: decimal point, two digits swapped); a key next to the right one, a dropped sign and a
#: changed part are as often a second figure as a slip.
_SCALE_SLIPS = ("scale_word", "digit_group", "zero_dropped")
_DIGIT_SLIPS = ("decimal_point", "transposed")
#: Digits each figure must print before two that look alike are taken for one misprinted:
#: a scale word leaves the digits to say it ("$2.43 trillion" and "$2.4 billion"); a moved
#: point or two swapped digits need more of them ("1.9%" and "9.1%", "4.1%" and "0.41%" are
#: as often two figures).
SCALE_SLIP_DIGITS = 2
DIGIT_SLIP_DIGITS = 3
#: Rates and growths crowd an article's percentages into a narrow band, where two of three
#: digits swap by chance ("up 35.2 percent" and "up 53.2 percent", two series): a fourth digit.
PERCENT_DIGIT_SLIP_DIGITS = 4


_NON_DIGIT = re.compile(r"\D")  # (compiled once: asked for every pair of figures compared)


def _digit_string(p) -> str:
    """The printed digits, the point, separators and leading zeros left out."""
    return _bare_digits(p.digits)


@functools.lru_cache(maxsize=1 << 12)  # (the same figure's digits, for every pair it is in)
def _bare_digits(digits: str) -> str:
    return _NON_DIGIT.sub("", digits).lstrip("0")


def misprint_apart(a: Node, b: Node) -> str:
    """The kind of the one misprint of either figure that turns it into the other, or '':
    a scale word or digit group off, the digits agreeing to the coarser figure's rounding;
    a moved point or two swapped digits, the digits then the same."""
    if not _differs(a, b):
        return ""
    pa, pb = printed(a.claim.surface), printed(b.claim.surface)
    if pa is None or pb is None:
        return ""
    digits = min(pa.precision_digits, pb.precision_digits)
    needed = PERCENT_DIGIT_SLIP_DIGITS if a.claim.kind in (PERCENT, PERCENTAGE_POINT) else DIGIT_SLIP_DIGITS
    for (x, px), (y, py) in (((a, pa), (b, pb)), ((b, pb), (a, pa))):
        target = y.value * printed_sign(y)
        # a scale word swapped, never one left out: "$1.1 in April" beside "$1.1 billion" is
        # written in haste, its scale carried from the figures around it
        for slip in alternatives(x.claim):
            if slip.factor is None:
                continue
            value = x.value * printed_sign(x) * slip.factor
            if slip.kind in _SCALE_SLIPS and digits >= SCALE_SLIP_DIGITS:
                # one rounded to the other's precision
                step = max(half_width(x.claim) * abs(slip.factor), half_width(y.claim))
                if abs(value - target) <= step * (1 + 1e-9):
                    return slip.kind
            elif slip.kind in _DIGIT_SLIPS and digits >= needed and x.claim.qualifier == "exact":
                slipped = printed(slip.surface)
                if slipped is not None and _digit_string(slipped) == _digit_string(py) \
                        and abs(value - target) <= 1e-9 * max(abs(value), abs(target)):
                    return slip.kind
    return ""


def _sibling_items(a: Node, b: Node) -> bool:
    """Two items of one bulleted list, each named for itself ("• Health and Social Services
    £197m", "• Social Security £179m"): a list's items are its parts, never one figure."""
    return bool(a.series and b.series and a.series != b.series
                and is_bullet(a.claim.sentence) and is_bullet(b.claim.sentence))


@rule("misprint")
def misprinted_restatement(graph: Graph, ctx: Context):
    """One figure printed twice, once with a misprint, whatever names the frame gives it: two
    figures of one unit, period, role and base that may state one figure, one misprint of
    either turning it into the other (a pair `repeat` compares as well is tested twice, as
    `repeat` tests it and as a misprint)."""
    by_key: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if _loosely_restatable(graph, n) and n.sure_period:
            by_key[_loose_key(n)].append(n)
    for nodes in by_key.values():
        for i, b in enumerate(nodes):
            for a in nodes[max(0, i - WINDOW): i]:
                if _may_state_one_figure(graph, a, b) and not _sibling_items(a, b) and misprint_apart(a, b):
                    yield _restatement("misprint", a, b, False)
                    break
