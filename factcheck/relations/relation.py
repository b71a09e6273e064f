"""An identity over claims of the graph, evaluated with rounding intervals; and, when it
fails, the number most likely wrong and the correction that makes every identity hold."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

from factcheck.models import Finding
from factcheck.quantities import format_quantity
import factcheck.relations.slips as slips
from factcheck.relations.bounds import read_closed
from factcheck.relations.common import change_word_near
from factcheck.relations.graph import Node
from factcheck.relations.interval import Interval, image, of_claim


#: The rounding of the inputs a strict evaluation still allows, as a part of their image.
TIGHT = 2e-3


@dataclass(eq=False)
class Relation:
    """`result` compared with `formula(inputs)`.

    compare '=': the implied range must meet the stated one; '>=': the result may not be
    less than the implied value (a whole and its parts, a period and its sub-period).
    exact: an identity by definition or by the text's own words, so any failure is a
    finding; otherwise a candidate that the text only suggests, and its failure is a
    finding only when one realistic slip of one number explains it.
    """

    rule: str
    kind: str  # sum | difference | share | percent_change | point_change | repeated_figure | conversion | product | sub_period | composition
    inputs: list[Node]
    result: Node
    formula: Callable[[Sequence[float]], float]
    label: str  # 'exports − imports'
    template: str  # '{0} − {1}', filled with the printed inputs
    compare: str = "="
    exact: bool = True
    slack: float = 0.0  # extra tolerance on the result, in its unit (revisions of a base year)
    truncates: bool = False  # the result may be printed cut, not rounded (58.657% as 58.6%)
    # a tighter tolerance (slack, truncates) that alone decides whether the identity holds at
    # the printed values; slack and truncates then serve only to choose the figure to blame
    held_to: Optional[tuple[float, bool]] = None
    result_text: Optional[Callable[[float], str]] = None  # how to print an implied result
    note: str = ""  # said after the stated figure when the identity fails: "(a rate of 6.36 CNY/USD)"
    anchors: tuple = ()  # nodes that serve as the yardstick (an earlier conversion's rate): never the suspect
    closed: bool = False  # open-ended qualifiers bound the amounts, not the identity (interval.of_claim)
    # holding, it vouches for its figures when a broken identity's suspect is chosen; a bound
    # that many values meet (partners' sum below their whole) rules fixes out, vouches for none
    vouches: bool = True
    # holding, it rules out a fix of another identity that would break it; a pairing only
    # a frame's names suggest is too weak to (it may hold by coincidence)
    rules_out: bool = True
    # the slip kinds that alone may break a candidate (a bound read from the layout: only a
    # scale word, "445 billion" of "1.763 billion"); empty: any realistic slip
    only_slips: tuple = ()
    # a bound '>=' that holds while the result is at least 1/margin of the implied value: a
    # list the layout only suggests is a breakdown may outgrow its whole by a little (items
    # that overlap, a whole of a narrower series), never a thousand-fold
    margin: float = 1.0
    # (kind, formula): a wrong method a writer is known to use for this identity (a growth
    # divided by the later level); a failed identity whose result it gives at the printed
    # values names the result as the figure wrong, with the right method's value
    mistakes: tuple = ()
    holds: bool = True
    decided: bool = True
    by_rounding: bool = False
    implied: Optional[Interval] = None
    point: Optional[float] = None
    finding: Optional[Finding] = field(default=None, repr=False)

    @property
    def nodes(self) -> list[Node]:
        return [*self.inputs, self.result]

    def evaluate(self, overrides: Optional[dict[int, float]] = None, strict: bool = False) -> Optional[bool]:
        """Does the identity hold (with some numbers replaced)? None when it cannot be
        evaluated (an open-ended or zero figure). strict: the inputs at their printed
        values, only the result with its rounding (to tell a slip from a coincidence),
        unless the inputs' rounding moves their image by less than TIGHT of it (60.74 −
        42.22 = 18.52 states 18.51 as well as a coincidence could)."""
        overrides = overrides or {}
        boxes = [self.box(n, overrides.get(id(n))) for n in self.inputs]
        implied = image(self.formula, boxes)
        if strict:
            if not all(b.finite for b in boxes):
                return None  # a slip is told from a coincidence at printed values only
            if implied is None or implied.hi - implied.lo > TIGHT * max(abs(implied.lo), abs(implied.hi)):
                implied = image(self.formula, [Interval(b.mid, b.mid) for b in boxes])
        if implied is None:
            return None
        slack, truncates = self._tolerance(overrides)
        if id(self.result) in overrides and self.result.value:
            slack *= abs(overrides[id(self.result)] / self.result.value)  # the slack scales with the figure
        res = self.box(self.result, overrides.get(id(self.result))).widen(slack)
        res = _truncated(self, res, truncates)
        if self.compare == ">=":
            return res.hi * self.margin >= implied.lo
        return implied.meets(res) or self._cut_growth(overrides)

    def _tolerance(self, overrides: dict[int, float]) -> tuple[float, bool]:
        """(slack, truncates): the tight one of `held_to` at the printed values; with a
        slip undone (choosing the figure to blame) the usual one, which a planted slip in a
        figure two identities share must still be able to satisfy in both."""
        if self.held_to is not None and not overrides:
            return self.held_to
        return self.slack, self.truncates

    def _cut_growth(self, overrides: dict[int, float]) -> bool:
        """"256 calls versus 199, i.e. a 28% increase", "12,349.99 kg, an increase of 46.4%
        from 8,431.78 kg": a growth a writer words in whole percent or with one decimal is cut
        as often as rounded (the corpus's annotators read 28 of 32 growths printed cut at one
        decimal beside their levels as holding). Only the printed levels' own growth (28.64%,
        46.47%) cut to the printed digits, never their rounding as well (349 and 409 allow
        16.9%, which 16% is not; −3.91% is not "3.8 percent")."""
        if self.kind != "percent_change" or not self.exact or self.result.claim.qualifier != "exact":
            return False
        p = slips.printed(self.result.claim.surface)
        if p is None or p.decimals > 1 or p.sign:
            return False  # a signed "-94%" is a table's, computed and rounded
        if not change_word_near(self.result.claim):
            return False  # a bare cell of a column of changes, not a writer's words
        try:
            point = self.formula([overrides.get(id(n), n.value) for n in self.inputs])
        except ZeroDivisionError:
            return False
        scale = 10 ** p.decimals
        stated = overrides.get(id(self.result), self.result.value)
        return stated != 0 and math.trunc(point * scale) == round(stated * scale)

    def box(self, n: Node, value: Optional[float] = None) -> Interval:
        """The values node `n` allows in this identity. At its printed value, kept on the
        node (an Interval is frozen): a repair asks it of every input for each slip tried."""
        if value is not None:
            return of_claim(n.claim, value, self.closed)
        key = "box closed" if self.closed else "box"
        memo = n.memo
        if key not in memo:
            memo[key] = of_claim(n.claim, None, self.closed)
        return memo[key]

    def run(self) -> "Relation":
        outcome = self.evaluate()
        # "over $1 billion ... 87.4 percent": an open-ended figure can break an identity
        # ("exceeded 8.54 million, 52 percent of 14.64 million" cannot be); it confirms one
        # only when read as the figure it rounds (bounds.read_closed)
        bounded = all(self.box(n).finite for n in self.nodes)
        read_as_digits = False
        if outcome is not None and not bounded and not self.closed:
            closed = read_closed(self, outcome)
            if closed is not None:
                outcome, bounded, read_as_digits = closed, True, True
        self.holds = outcome is not False
        self.decided = outcome is False or (outcome is True and bounded)
        boxes = [self.box(n) for n in self.inputs]
        self.implied = image(self.formula, boxes)
        try:
            self.point = self.formula([n.value for n in self.inputs])
        except ZeroDivisionError:
            self.point = None
        # a bound read closed stands for a band, not its printed value: "breaks 11.4 million"
        # restated as 11,431,406 holds by its words, not "only within rounding"
        if self.holds and self.point is not None and self.compare == "=" and not read_as_digits:
            self.by_rounding = not self.box(self.result).widen(self._tolerance({})[0]).contains(self.point) \
                and abs(self.point - self.result.value) > abs(self.result.value) * 1e-9
        return self

    # --- text ------------------------------------------------------------------------
    def show(self, value: float, digits: int = 4) -> str:
        if math.isinf(value):
            return "∞" if value > 0 else "−∞"
        if self.result_text:
            return self.result_text(value)
        return format_quantity(value, self.result.unit, digits=digits)

    def arithmetic(self) -> str:
        """'exports − imports = 25.45 trillion CNY − 18.39 trillion CNY = 7.06 trillion CNY
        (7.05 to 7.07 trillion CNY within rounding)'."""
        filled = self.template.format(*[_printed(n) for n in self.inputs])
        restated = self.template == "{0}"
        out = f"{self.label}{': ' if restated else ' = '}{filled}" if self.label else filled
        if self.point is not None and not restated:
            out += f" = {self.show(self.point)}"
        if self.implied is not None and not (self.implied.hi - self.implied.lo <= abs(self.point or 0) * 1e-6):
            out += f" ({self.show(self.implied.lo, 5)} to {self.show(self.implied.hi, 5)} within rounding)"
        return out


#: The slack of a share printed in whole percent, which is rounded, not cut.
WHOLE_SHARE_SLACK = 0.05
#: A total printed with at most this many significant digits may be truncated, not rounded.
SHORT_DIGITS = 3


def _truncated(rel: "Relation", res: Interval, truncates: bool) -> Interval:
    """A total restated in short ("$2.1955 billion" as "$2.19 billion", "USD 79.807M" as
    "USD 79M") is often cut rather than rounded: its range reaches a whole step away from
    zero. Only identities by definition or by the text's words over parts and their total
    (a candidate's slack would let a slip explain a coincidence), only figures of at most
    SHORT_DIGITS significant digits; and any share printed with decimals, which is cut to them as
    often as rounded (337.8 of 575.89 printed 58.6%): a step away from zero, never the
    half step toward it that a fixed slack also allowed (17.81% printed 18.1%)."""
    if rel.result.claim.qualifier != "exact" or not res.finite:
        return res
    step = res.hi - res.lo
    if truncates:
        p = slips.printed(rel.result.claim.surface)
        if p is None or not p.decimals:
            return res.widen(WHOLE_SHARE_SLACK)  # "7%" is rounded: cut, it would allow a whole point more
        # the printed step, also when a slip's undoing rescales the interval ("91.45%" read as 19.45%)
        step = max(step, 10.0 ** -p.decimals)
    else:
        if rel.rule != "parts-total" or not rel.exact:
            return res
        p = slips.printed(rel.result.claim.surface)
        digits = p.significant if p else 0
        if not digits or digits > SHORT_DIGITS:
            return res
    # a share may also be rounded twice (72.849% to 72.85%, then to 72.9%): a tenth of a step toward zero
    inner = step / 10 if truncates else 0.0
    return Interval(res.lo - inner, res.hi + step / 2) if res.lo >= 0 else Interval(res.lo - step / 2, res.hi + inner)


def _printed(n: Node) -> str:
    return format_quantity(n.value, n.unit, n.claim.end)


@dataclass
class Repair:
    node: Node
    value: float
    surface: str
    kind: str  # a slip kind from slips.Slip, or 'solved'


def repair(rel: Relation, others: dict[int, list[Relation]]) -> Optional[Repair]:
    """The number most likely wrong: one whose realistic slip, undone, makes this identity
    hold without breaking another identity that holds; else, for an identity by
    definition, the number the others determine (the stated result, unless another
    identity confirms it)."""
    candidates: list[tuple[tuple, Repair]] = []
    scales = tuple(sorted({p.scale for n in rel.nodes if (p := slips.printed(n.claim.surface)) and p.scale}))
    # with an open-ended figure ("more than 8.54 million") any smaller value "fits": no slip
    # can be told from the rest, and the figure the others determine is the suspect
    open_ended = not all(rel.box(n).finite for n in rel.nodes)
    for n in ([] if open_ended else rel.nodes):
        if any(n is a for a in rel.anchors):
            continue
        # a bound read from the layout (only_slips) is too weak to rule a fix out
        confirmed = [r for r in others.get(id(n), []) if r is not rel and r.holds and not r.only_slips
                     and r.rules_out]
        for k, slip in enumerate(slips.alternatives(n.claim, scales)):
            if n.claim.qualifier != "exact" and slip.kind not in ("scale_word", "digit_group", "zero_dropped", "sign_dropped"):
                continue  # "about 866.4" is no evidence of a transposed digit
            if rel.only_slips and slip.kind not in rel.only_slips:
                continue
            value = n.value * slip.factor if slip.factor is not None else slip.value
            if slip.kind == "mistyped" and not (rel.exact and (_additive(rel) or not _near_miss(rel)
                                                               or _mends_another(rel, n, value, others))
                                                or _fine_candidate(rel) and _small_move(n, value)):
                # a key off has too many neighbours to tell a slip from a coincidence, unless
                # the text states a sum whose parts fix the digit, a ratio or growth misses by
                # far, or the same digit mends a second identity: a growth or share a few
                # steps of its last digit off is likelier the figure worked out by hand
                continue
            # an identity the text only suggests must hold at the printed values once the
            # slip is undone: rounding slack lets too many coincidences through
            if value is None or rel.evaluate({id(n): value}, strict=not rel.exact) is not True:
                continue
            if any(r.evaluate({id(n): value}) is False for r in confirmed):
                continue  # the fix would break an identity that holds now
            rank = (_KIND_RANK.get(slip.kind, 9), sum(r.vouches for r in confirmed), n is not rel.result, k)
            candidates.append((rank, Repair(n, value, slip.surface, slip.kind)))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    mistake = None if open_ended else _mistaken_method(rel)
    if mistake is not None:
        return mistake
    if not rel.exact and rel.compare == "=" and not open_ended and _additive(rel):
        return _corroborated(rel, others)
    if not rel.exact or rel.compare != "=" or any(rel.result is a for a in rel.anchors):
        return None
    # No single slip explains it: the stated result is what the inputs determine, unless
    # another identity confirms the result and not an input.
    target = rel.result
    if any(r is not rel and r.holds and r.vouches for r in others.get(id(target), [])):
        loose = [n for n in rel.inputs
                 if not any(r is not rel and r.holds and r.vouches for r in others.get(id(n), []))]
        if len(loose) == 1:
            target = loose[0]
    value = _solve(rel, target)
    if value is None:
        return None
    return Repair(target, value, slips.rewrite(target.claim, value), "solved")


def _mistaken_method(rel: Relation) -> Optional[Repair]:
    """The stated result is what a known wrong method gives at the printed inputs (13.43%
    for a rise from 7.179 to 8.293 billion: the change divided by the later level, not the
    earlier): the result is wrong, and the right method's value its correction. Within the
    result's printed rounding alone, and only in an identity by definition or by the text's
    words, which is a finding whatever the repair: the method names the figure to mend,
    it never makes a candidate (levels the text only suggests are the growth's) a finding."""
    if rel.point is None or not rel.exact or rel.result.claim.qualifier != "exact":
        return None
    stated = rel.box(rel.result)
    for kind, formula in rel.mistakes:
        try:
            wrong = formula([n.value for n in rel.inputs])
        except ZeroDivisionError:
            continue
        if stated.contains(wrong) and not stated.contains(rel.point):
            return Repair(rel.result, rel.point, slips.rewrite(rel.result.claim, rel.point), kind)
    return None


#: Steps of its last printed digit within which a stated result is a near miss.
NEAR_MISS_STEPS = 5


def _near_miss(rel: Relation) -> bool:
    """The stated result misses what its inputs give by a few steps of its last printed
    digit (a share of 34.94% for 34.92%)."""
    p = slips.printed(rel.result.claim.surface)
    solved = _solve(rel, rel.result)
    if p is None or solved is None or not p.number:
        return False
    decimals = len(p.digits.rsplit(".", 1)[1]) if "." in p.digits else 0
    step = 10.0 ** -decimals * abs(rel.result.value / p.number)
    return abs(solved - rel.result.value) <= NEAR_MISS_STEPS * step


def _mends_another(rel: Relation, n: Node, value: Optional[float], others: dict[int, list[Relation]]) -> bool:
    """The corrected figure also makes a second identity of it hold that fails as printed
    (imports of 50.058 for 50.048 break both the growth and the deficit)."""
    return value is not None and any(
        r is not rel and r.decided and not r.holds and r.evaluate({id(n): value}, strict=True) is True
        for r in others.get(id(n), []))


def _corroborated(rel: Relation, others: dict[int, list[Relation]]) -> Optional[Repair]:
    """Two candidates that fail, and one value of one of their figures that makes both hold:
    the slip is that figure, whatever its kind. Trade of 1,394.7 and a deficit of 731.2 with
    imports of 1,062.9 both call for exports of 331.8, not the 31.8 printed: each reading alone
    only suggests the identity ("of goods" said of one side, not of the whole), two agreeing
    on one number are evidence. Only sums and differences of two or more figures (two
    restatements that disagree with a third prove nothing), only when exactly one figure
    can be so corrected."""
    found: list[Repair] = []
    for n in rel.nodes:
        if any(n is a for a in rel.anchors):
            continue
        value = _solve(rel, n)
        if value is None or not value or (value > 0) != (n.value > 0):
            continue
        related = [r for r in others.get(id(n), []) if r is not rel and r.decided]
        failed = [r for r in related if not r.holds and r.compare == "=" and _additive(r)
                  and not any(n is a for a in r.anchors)]
        if not any(r.evaluate({id(n): value}, strict=True) is True for r in failed):
            continue
        if any(r.holds and r.evaluate({id(n): value}) is False for r in related):
            continue  # the fix would break an identity that holds now
        found.append(Repair(n, value, slips.rewrite(n.claim, value), "solved"))
    return found[0] if len(found) == 1 else None


#: Significant digits a growth or share must print before a key off that makes an identity
#: the text only suggests hold to its last digit is taken for the slip, not a coincidence.
FINE_RESULT_DIGITS = 3


def _fine_candidate(rel: Relation) -> bool:
    """An identity the text only suggests, printed so finely that a key off which makes it
    hold to the last printed digit is no coincidence: one figure stated twice ("$657.6
    million" in the headline, "an estimated $647.6 million" in the body: a key off needs four
    digits of each), or a growth or share of three significant digits missed by far (8.74%
    from $14.802 to $15.096 billion, which gives 1.99%: $16.096 gives 8.74%)."""
    if rel.kind == "repeated_figure":
        return True
    p = slips.printed(rel.result.claim.surface)
    return rel.kind in ("percent_change", "share") and p is not None \
        and p.precision_digits >= FINE_RESULT_DIGITS and not _near_miss(rel)


#: How far a key off may move a figure in an identity the text only suggests: a key off in
#: the leading digit makes a change of a tenth or more, which one of several candidate
#: growths fits by chance ("fell to 812.4 from 815.0 ... dropped 12.5 per cent" with 712.4).
SMALL_MOVE = 0.1


def _small_move(n: Node, value: Optional[float]) -> bool:
    return value is not None and abs(value - n.value) < SMALL_MOVE * abs(n.value)


def _additive(rel: Relation) -> bool:
    return rel.kind in ("sum", "difference") and len(rel.inputs) >= 2


_KIND_RANK = {"scale_word": 0, "digit_group": 0, "sign_dropped": 1, "decimal_point": 2, "zero_dropped": 2, "transposed": 3, "mistyped": 4}


def _solve(rel: Relation, target: Node) -> Optional[float]:
    """The value of `target` that makes the identity hold at the printed values."""
    if target is rel.result:
        return rel.point
    i = rel.inputs.index(target)
    values = [n.value for n in rel.inputs]
    goal = rel.result.value

    def f(x: float) -> float:
        v = list(values)
        v[i] = x
        return rel.formula(v) - goal

    x0, x1 = values[i], values[i] * 1.01 + 1e-9
    try:
        f0, f1 = f(x0), f(x1)
        for _ in range(50):
            if f1 == f0:
                break
            x0, x1, f0 = x1, x1 - f1 * (x1 - x0) / (f1 - f0), f1
            f1 = f(x1)
            if abs(f1) <= abs(goal) * 1e-12 + 1e-12:
                return x1
    except (ZeroDivisionError, OverflowError):
        return None
    return x1 if abs(f1) <= abs(goal) * 1e-6 + 1e-9 else None
