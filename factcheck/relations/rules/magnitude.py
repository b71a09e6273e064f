"""`magnitude`: one series stated for two spans of one length in one paragraph ("a budget of
Sh3.02 trillion, compared to Sh3.07bn last year"; "a surplus of $4.23 billion, still lower
than June's $5.15 million") is of one order of magnitude; a flow's month is of the order of
its share of the quarter or year that holds it ("$13.9 billion in the first quarter ...
$4.57 million in March"). A thousand-fold apart, with one scale word off bringing them
together, one of the two has the wrong scale word. Only figures printed alike are candidates
(two scale words a step apart, or one bare beside the other's scale word): a slip of print
changes a word and leaves the digits. `scale` compares one figure printed twice
(one period) and `sub-period` a part's span with its whole's from above; this compares a
series' neighbouring periods, and a part's from below, which no identity joins."""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck import timespan
from factcheck.relations.graph import Graph, Node
from factcheck.relations.registry import Context, rule
from factcheck.relations.relation import Relation
from factcheck.relations.rules.period import is_flow
from factcheck.relations.slips import printed, scale_factor

#: How far apart two neighbouring levels of one series may stand once the slip is undone
#: (a budget, a monthly surplus: within a factor of two), and at least how far apart they
#: stand as printed for a scale word to be the likelier reading than a series that grew.
BAND = 2.0
#: The slip: one scale word or digit group, a thousand-fold, or the scale word of the other
#: figure dropped ("$4.3 billion, including $1.1 in April"; `slips.alternatives`).
FACTOR = 1e3
#: A flow's part of a longer span is at least its share of the span's months over this
#: (a slow month of a year, a season's low).
PART_BAND = 5.0
#: Neighbouring spans: their starts at most this many years apart.
NEAR_YEARS = 3


def _key(n: Node):
    return (n.series, n.unit, n.kind, n.subject, n.variant)


def _candidate(n: Node) -> bool:
    """A level of an amount with a period of its own, printed as digits it can slip in."""
    return (n.level and n.exact and n.value > 0 and bool(n.series) and n.sure_period
            and printed(n.claim.surface) is not None and not _cut_from_numeral(n))


#: A digit, or a separator and a digit, right after the figure's surface.
_NUMERAL_GOES_ON = re.compile(r"^(?:\d|[.,]\d)")


def _cut_from_numeral(n: Node) -> bool:
    """The figure is a piece of a longer, garbled numeral ("$1,1555.23 million" read as
    "$1,155"): its value and scale are a guess, not a slip to name."""
    return bool(_NUMERAL_GOES_ON.match(n.after(2))) or n.before(1)[-1:].isdigit()


def _neighbours(a: Node, b: Node) -> bool:
    """Two spans of one length (months, quarters, years), different and near in time."""
    sa, sb = timespan.parse(a.period), timespan.parse(b.period)
    if sa is None or sb is None or sa == sb or sa.months != sb.months:
        return False
    return abs(sa.start.year - sb.start.year) <= NEAR_YEARS


@rule("magnitude")
def series_magnitude(graph: Graph, ctx: Context):
    """Levels of one series, subject and unit for two neighbouring spans of one length in
    one paragraph about a thousand-fold apart, or a flow's part of a span about a thousand
    times short of its share of the whole: candidates that only a scale word's slip can
    break (`only_slips`)."""
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for n in graph.nodes:
        if _candidate(n):
            groups[_key(n)].append(n)
    for members in groups.values():
        for i, b in enumerate(members):
            for a in members[:i]:
                f = _printed_apart(a, b)
                if f is None:
                    continue
                ratio = max(a.value, b.value) / min(a.value, b.value)
                if f / BAND <= ratio <= f * BAND and a.paragraph is not None \
                        and a.paragraph == b.paragraph and _neighbours(a, b):
                    yield _same_order(*sorted((a, b), key=lambda n: -n.value))
                for part, whole in ((a, b), (b, a)):
                    share = _months_share(part, whole)
                    # short of the share of its span by a slip's factor, and no more than the
                    # whole once it is undone: the slip undone puts the part in its band
                    if share and share / PART_BAND / f <= part.value / whole.value <= 1 / f:
                        yield _part_of_order(part, whole, share)


def _printed_apart(a: Node, b: Node) -> float | None:
    """The factor one slip of print puts between the two, or None: two scale words a step apart
    ("Sh3.02 trillion" beside "Sh3.07bn"), or one figure printed bare beside the other's scale
    word ("$4.3 billion …, including $1.1 in April"). Values a thousand-fold apart printed any
    other way ("1.6 million arrivals" beside "1,500") are a series that moved, not a slip: a
    slip changes a word and leaves the digits, so only figures printed alike are candidates."""
    pa, pb = printed(a.claim.surface), printed(b.claim.surface)
    if pa.scale and pb.scale:
        fa, fb = scale_factor(pa.scale), scale_factor(pb.scale)
        return FACTOR if fa and fb and max(fa, fb) / min(fa, fb) == FACTOR else None
    for bare, scaled, p in ((pa, pb, b), (pb, pa, a)):
        if not bare.scale and scaled.scale and scaled.number:
            dropped = abs(p.value) / scaled.number
            if dropped >= 1e6:
                return dropped
    return None


def _months_share(part: Node, whole: Node) -> float:
    """The share of the whole's months the part covers, for two flows, the part's span
    within the whole's; 0 otherwise."""
    if not timespan.within(part.period, whole.period) or not is_flow(part) or not is_flow(whole):
        return 0.0
    sp, sw = timespan.parse(part.period), timespan.parse(whole.period)
    return sp.months / sw.months if sp and sw and sw.months else 0.0


def _part_of_order(part: Node, whole: Node, share: float) -> Relation:
    """The part is at least 1/PART_BAND of the whole's share of its months: the whole times
    the share is at most PART_BAND times the part (the slack, which scales with the part
    when a slip of it is undone)."""
    return Relation("magnitude", "repeated_figure", [whole], part, lambda v, k=share: v[0] * k,
                    f"{whole.claim.metric} in {whole.period} (line {whole.claim.line}) over the {part.period} "
                    f"it holds", "{0} × " + f"{share:.3g}", exact=False, slack=part.value * (PART_BAND - 1),
                    only_slips=("scale_word", "digit_group"),
                    note="a scale word short of its span's share: one of the two has its scale word off or left out")


def _same_order(big: Node, small: Node) -> Relation:
    """The larger is at most BAND times the smaller (the slack, which scales with the
    smaller when a slip of it is undone): as printed a thousand-fold apart, it fails, and
    one scale word of either undone brings the two within the band."""
    return Relation("magnitude", "repeated_figure", [big], small, lambda v: v[0],
                    f"{big.claim.metric} in {big.period} (line {big.claim.line}), of the same order in "
                    f"{small.period}", "{0}", exact=False, slack=small.value * (BAND - 1),
                    only_slips=("scale_word", "digit_group"),
                    note="a scale word apart: one of the two has its scale word off or left out")
