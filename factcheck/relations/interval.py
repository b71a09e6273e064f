"""The range of values a printed figure allows, and arithmetic over such ranges.

"18.4 billion" stands for anything in [18.35, 18.45] billion; "about 3.07 trillion" for a
few percent either side; "more than 40 percent" for (40, ∞). An identity holds when the
range it implies meets the range of the figure it is compared with. Pure arithmetic.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from factcheck.models import Claim, Qualifier
from factcheck.relations.slips import printed

#: How far "about 3.07 trillion" may be from the exact figure, as a fraction: the
#: tolerance `check` gives an approximate claim against a reference.
APPROX = 0.05
# qualifiers as plain strings: intervals are computed in every identity's inner loop
_APPROX, _RANGE, _MORE, _LEAST, _LESS, _MOST = (q.value for q in (
    Qualifier.APPROX, Qualifier.RANGE, Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST))


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    @property
    def finite(self) -> bool:
        return math.isfinite(self.lo) and math.isfinite(self.hi)

    def meets(self, other: "Interval", slack: float = 0.0) -> bool:
        return self.lo - slack <= other.hi and other.lo - slack <= self.hi

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def widen(self, amount: float) -> "Interval":
        return Interval(self.lo - amount, self.hi + amount)

    def scaled(self, factor: float) -> "Interval":
        a, b = self.lo * factor, self.hi * factor
        return Interval(min(a, b), max(a, b))


def half_width(c: Claim) -> float:
    """Half the rounding step the printed digits imply (0.05 for '18.4'); none for a count
    of things printed to the unit ('2,089 cars' are 2,089, not 2,088.5 to 2,089.5)."""
    if c.kind == "count" and c.precision == 1 and float(c.value).is_integer():
        return abs(c.value) * 1e-9  # exact, but for floating-point error
    if c.precision:
        return abs(c.precision) / 2
    return abs(c.value) * 1e-9


#: A bound printed with this many significant digits or more is a precise figure cut.
CUT_DIGITS = 4
#: "about 35,478": a figure printed with this many significant digits or more gives the
#: source's own count; "about" hedges the source, not the digits, which stand as printed.
PRECISE_DIGITS = 5


def _significant(c: Claim) -> int:
    p = printed(c.surface)
    return p.significant if p else 0


def _stated_digits(c: Claim) -> int:
    p = printed(c.surface)
    return p.precision_digits if p else 0


def of_claim(c: Claim, value: Optional[float] = None, closed: bool = False) -> Interval:
    """The values claim `c` allows; `value` replaces its printed value (a correction
    keeps the rounding of the printed digits, scaled with the value). closed: an
    open-ended qualifier ("more than 58 billion MRU, or 920 billion FCFA") bounds the
    amount, not how it relates to another: the figure then stands for its rounding and
    the approximate band on the side the qualifier opens."""
    v = c.value if value is None else value
    half = half_width(c)
    if value is not None and c.value:
        half *= abs(value / c.value)
    q = c.qualifier
    if closed and q in (_MORE, _LEAST, _LESS, _MOST):
        band = max(half, abs(v) * APPROX)
        return Interval(v - half, v + band) if q in (_MORE, _LEAST) else Interval(v - band, v + half)
    if q == "exact":
        return Interval(v - half, v + half)
    if q == _APPROX and _stated_digits(c) < PRECISE_DIGITS:
        half = max(half, abs(v) * APPROX)
    if q == _RANGE and c.end is not None:
        return Interval(min(v, c.end) - half, max(v, c.end) + half)
    # "more than 1,107 million" is a precise figure cut, said of 1,106.8 as well: a bound
    # of CUT_DIGITS significant digits or more reaches its rounding, as "at least" does;
    # "more than $200 million" is a round bound, and means what it says
    if q == _MORE:
        return Interval(v - (half if _significant(c) >= CUT_DIGITS else 0.0), math.inf)
    if q == _LEAST:
        return Interval(v - half, math.inf)
    if q == _LESS:
        return Interval(-math.inf, v + (half if _significant(c) >= CUT_DIGITS else 0.0))
    if q == _MOST:
        return Interval(-math.inf, v + half)
    return Interval(v - half, v + half)


class Linear:
    """Σ cᵢ·xᵢ (times `scale`): a signed sum of figures, the shape of every parts-and-total
    identity. Its range over a box is found at two corners (each figure at the end its
    sign asks for), where the other identities need all 2ⁿ; the value is computed as the
    plain expression `sum(x * c for x, c in zip(v, coefficients)) * scale` computes it."""

    __slots__ = ("coefficients", "scale")

    def __init__(self, coefficients: Sequence[int], scale: Optional[int] = None):
        self.coefficients, self.scale = tuple(coefficients), scale

    def __call__(self, v: Sequence[float]) -> float:
        total = sum(x * c for x, c in zip(v, self.coefficients))
        return total if self.scale is None else total * self.scale


def _linear_image(coefficients: Sequence[int], fn: Callable, boxes: Sequence[Interval]) -> Optional[Interval]:
    """The two corners of a signed sum of ±1 terms over finite intervals, else None (the
    caller then tries every corner)."""
    scale = getattr(fn, "scale", None)
    sign = -1 if scale is not None and scale < 0 else 1
    if len(coefficients) != len(boxes) or not all(c in (1, -1) for c in coefficients) or scale not in (None, 1, -1):
        return None
    if not all(math.isfinite(b.lo) and math.isfinite(b.hi) and b.lo <= b.hi for b in boxes):
        return None
    lowest = [b.lo if c * sign > 0 else b.hi for b, c in zip(boxes, coefficients)]
    highest = [b.hi if c * sign > 0 else b.lo for b, c in zip(boxes, coefficients)]
    lo, hi = fn(lowest), fn(highest)
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return None
    return Interval(lo, hi)


def image(fn: Callable[[Sequence[float]], float], boxes: Sequence[Interval]) -> Optional[Interval]:
    """The range of `fn` over a box of intervals. Every identity the engine tests is
    monotone in each of its arguments (sums, differences, ratios, growth rates), so its
    extremes lie at the corners; an open end ("more than 8.54 million") gives an open end.
    None when a corner is undefined (a zero divisor, infinity less infinity)."""
    if len(boxes) > 10:
        return None
    coefficients = (1,) * len(boxes) if fn is sum else getattr(fn, "coefficients", None)
    if coefficients is not None and (found := _linear_image(coefficients, fn, boxes)) is not None:
        return found
    values = []
    for corner in itertools.product(*[(b.lo, b.hi) for b in boxes]):
        try:
            v = fn(corner)
        except (ZeroDivisionError, OverflowError, ValueError):
            return None
        if math.isnan(v):
            return None
        values.append(v)
    return Interval(min(values), max(values))
