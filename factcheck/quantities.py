"""Numbers as a person reads them: '244.8 billion USD', '97.2%', '135.8 million';
and the spelling of a rate's unit, 'USD / barrel'."""

from __future__ import annotations

from typing import Optional

_SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]

# A rate's unit is its numerator and denominator around PER: 'USD / barrel',
# 'count / 100000 person'. These helpers are the one place that spelling lives.
PER = " / "


def rate_unit(numerator: str, denominator: str) -> str:
    """The unit of a rate per unit: ('USD', 'barrel') → 'USD / barrel'."""
    return f"{numerator}{PER}{denominator}"


def rate_parts(unit: str) -> tuple[str, str]:
    """(numerator, denominator) of a rate's unit, the denominator '' for a plain unit:
    'USD / barrel' → ('USD', 'barrel'); 'USD' → ('USD', '')."""
    numerator, _, denominator = unit.partition(PER)
    return numerator, denominator


def format_number(value: float, digits: int = 4) -> str:
    """Scale words for large numbers, up to `digits` significant digits."""
    if value is None:
        return "?"
    v = float(value)
    sign = "-" if v < 0 else ""
    a = abs(v)
    for factor, word in _SCALES:
        if a >= factor:
            return f"{sign}{_sig(a / factor, digits)} {word}"
    if a >= 1000 and a == int(a):
        return f"{sign}{int(a):,}"
    return f"{sign}{_sig(a, digits)}"


def _sig(x: float, digits: int) -> str:
    if x == int(x) and x < 10 ** digits:
        return str(int(x))
    s = f"{x:.{digits}g}"
    if "e" in s:
        s = f"{x:.{max(0, digits - len(str(int(x))))}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def format_quantity(value: float, unit: Optional[str], end: Optional[float] = None, digits: int = 4) -> str:
    if unit == "year" and end is not None:
        return f"{_year(value)}–{_year(end)}"
    if end is not None:
        return f"{format_quantity(value, unit, digits=digits)} to {format_quantity(end, unit, digits=digits)}"
    if unit == "percent":
        return f"{_sig(value, digits)}%"
    if unit == "percentage_point":
        return f"{_sig(value, digits)} percentage points"
    if unit in (None, "count"):
        return format_number(value, digits)
    if unit == "year" and 0 < value < 3000 and value == int(value) and value > 200:
        return format_number(value, digits) + " years"
    if unit in ("year", "month", "day", "week", "hour"):
        return f"{format_number(value, digits)} {unit}{'' if value == 1 else 's'}"
    return f"{format_number(value, digits)} {unit}"


def _year(y: float) -> str:
    y = int(y)
    return f"{-y} BC" if y < 0 else str(y)


def percent_diff(claimed: float, reference: float) -> str:
    if not reference:
        return ""
    d = (claimed - reference) / abs(reference) * 100
    return f"{'+' if d >= 0 else '−'}{abs(d):.1f}%"
