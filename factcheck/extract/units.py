"""Units: physical and technical units after a number (news forms from
`lexicon/units.yaml`, then quantulum3's catalogue), unit codes, and the one lazily built
pint registry (currencies as their own dimensions, scale words defined)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from factcheck import unitcache
from factcheck.quantities import rate_unit
from factcheck.extract.numbers import ALL_CURRENCY_CODES as ISO_CODES, SCALES

# Spans of time after a number → our unit, and how many of it one span holds.
TIME_UNITS = {"year": "year", "yr": "year", "month": "month", "week": "week", "day": "day",
              "hour": "hour", "minute": "minute", "decade": "year", "century": "year",
              "centurie": "year", "quarter": "month"}
TIME_FACTOR = {"decade": 10, "century": 100, "centurie": 100, "quarter": 3}


class UnitMatch(NamedTuple):
    end: int      # where the unit's words end
    unit: str     # our unit code, a pint expression
    factor: float  # scale the unit's words carry ("billion cubic metres")
    entity: str   # the kind of quantity: "length", "time", "energy" …

    def as_denominator(self, count: Optional[float] = None) -> str:
        """The denominator the unit names after "per" or "a": its code, after the count printed
        before it ("per 100 kWh"), with the size its words carry ("per MWh" is per 1,000 kWh, as
        energy is read in kWh; the price itself stays as printed)."""
        if self.factor == 1:
            return f"{count:g} {self.unit}" if count is not None else self.unit
        return f"{(1.0 if count is None else count) * self.factor:.15g} {self.unit}"


@functools.cache
def _news_units() -> list[tuple[str, str, float]]:
    from factcheck.extract.lexicon import load

    return [(p, u, float(f)) for p, u, f in load("units")["news_units"]]


@functools.cache
def _news_unit_re() -> re.Pattern:
    units = _news_units()
    return re.compile(
        r"(?:[^\S\n]+|\s|-(?=[^\W\d_]))?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _, _) in enumerate(units)) + r")(?![\w-])", re.I)


def physical_units() -> list[tuple[str, str, float]]:
    """The news forms of `lexicon/units.yaml` (the catalogue holds the rest)."""
    return _news_units()


def match_physical_unit(text: str, pos: int) -> Optional[UnitMatch]:
    """The physical or technical unit right after a number at `pos`: first the news forms
    the catalogue lacks, then quantulum3's catalogue (loaded on first use)."""
    m = _news_unit_re().match(text, pos)
    if m:
        for i, (_, name, factor) in enumerate(_news_units()):
            if m.group(f"u{i}"):
                return UnitMatch(m.end(), name, factor, "")
    if pos >= len(text) or not (text[pos].isalpha() or text[pos] in "-°µ%‰" or text[pos].isspace() and text[pos] != "\n"):
        return None
    from factcheck.extract.catalogue import read_unit

    found = read_unit(text, pos)
    if found is None:
        return None
    end, entry = found
    if entry.unit == "second" and text[end - 6:end].lower() == "second" and _NOUN_AFTER.match(text, end):
        return None  # "86,000 second homes": the ordinal before a noun, not the unit (that would be "seconds")
    if entry.unit == "ounce" and _PRECIOUS_METAL.search(text):
        return UnitMatch(end, "troy_ounce", 1.0, entry.entity)  # "gold production was 550,960 ounces"
    return UnitMatch(end, entry.unit, 1.0, entry.entity)


_NOUN_AFTER = re.compile(r"[ \t]+[a-z]{2,}s\b")  # a plural noun: "second homes", "second jobs"
# Gold, silver and the platinum metals are weighed in troy ounces by the trade's convention
_PRECIOUS_METAL = re.compile(r"\b(?:gold|silver|platinum|palladium|rhodium|bullion|precious\s+metals?)\b", re.I)


_SIMPLE_UNITS = {
    "percent": "percent", "%": "percent", "pct": "percent", "per cent": "percent",
    "percentage_point": "percentage_point", "percentage point": "percentage_point",
    "percentage points": "percentage_point", "pp": "percentage_point",
    "count": "count", "": "count", "year": "year", "years": "year", "month": "month",
    "months": "month", "day": "day", "days": "day", "times": "count",
}


_RATE_OF_THINGS = re.compile(r"(?P<num>[^/]+?)\s*/\s*(?:(?P<n>\d[\d,]*)\s+)?(?P<den>[A-Za-z][A-Za-z_-]*)")


def normalise_unit(text: str) -> tuple[str, float]:
    """'billion USD' → ('USD', 1e9); 'percent' → ('percent', 1); 'CNY/USD' → ('CNY/USD', 1);
    '10 thousand tonnes' → ('tonne', 1e4). Raises ValueError for what no registry knows."""
    raw = " ".join(str(text).split())
    factor = 1.0
    words = raw.split(" ") if raw else []
    while words and words[0].lower() in SCALES and words[0].lower() not in ("m", "b", "k"):
        factor *= SCALES[words[0].lower()]
        words = words[1:]
    if len(words) >= 2 and " ".join(words[:2]).lower() in ("lakh crore", "lakh crores"):
        factor *= 1e12
        words = words[2:]
    rest = " ".join(words)
    key = rest.lower()
    if key in _SIMPLE_UNITS:
        return _SIMPLE_UNITS[key], factor
    if rest.upper() in ISO_CODES and rest.isupper():
        return rest.upper(), factor
    m = re.fullmatch(r"([A-Z]{3})\s*/\s*([A-Z]{3})", rest)
    if m and m.group(1) in ISO_CODES and m.group(2) in ISO_CODES:
        return f"{m.group(1)}/{m.group(2)}", factor
    ureg = registry()
    try:
        q = ureg.Quantity(1, rest)
    except Exception as exc:  # pint raises several error types for unknown units
        per = _RATE_OF_THINGS.fullmatch(rest)
        if per:
            # a rate per counted thing, as claims record it: "USD / share", "count / 100000 person"
            code, f = normalise_unit(per.group("num"))
            n = per.group("n")
            count = f"{float(n.replace(',', '')):g} " if n else ""
            return rate_unit(code, f"{count}{per.group('den').lower()}"), factor * f
        raise ValueError(f"unit {text!r} is not a unit pint knows") from exc
    # Keep the name as written where it is a plain unit name ('tonne', not pint's 'metric_ton'),
    # so that reference and claim files read alike; dimension() compares through pint.
    code = rest if re.fullmatch(r"[A-Za-z_]+", rest) else str(q.units)
    return code, factor * float(q.magnitude)


def canonical_dimension(dims) -> str:
    """One spelling per dimension, whatever order pint lists its parts in:
    '[length] ** 2 * [mass] / [time] ** 3' for every unit of power."""
    items = sorted((k, float(v)) for k, v in dict(dims).items() if v)
    num = [k if v == 1 else f"{k} ** {v:g}" for k, v in items if v > 0]
    den = [k if v == -1 else f"{k} ** {-v:g}" for k, v in items if v < 0]
    out = " * ".join(num) or ("1" if den else "dimensionless")
    return out + "".join(f" / {d}" for d in den)


# Dimensions of the lexicon's units, so that comparing them needs no pint registry
# (building it costs about half a second; it is built only for other units).
_L, _M, _T = "[length]", "[mass]", "[time]"
_AREA, _VOLUME = {_L: 2}, {_L: 3}
_ENERGY, _POWER = {_M: 1, _L: 2, _T: -2}, {_M: 1, _L: 2, _T: -3}
_KNOWN_DIMENSIONS = {name: canonical_dimension(dims) for name, dims in {
    "cubic_meter": _VOLUME, "liter": _VOLUME, "gallon": _VOLUME, "barrel": _VOLUME,
    "square_kilometer": _AREA, "square_meter": _AREA, "square_mile": _AREA, "hectare": _AREA, "acre": _AREA,
    "mu": _AREA, "square_foot": _AREA,
    "kilometer": {_L: 1}, "centimeter": {_L: 1}, "millimeter": {_L: 1}, "meter": {_L: 1},
    "mile": {_L: 1}, "foot": {_L: 1}, "inch": {_L: 1}, "yard": {_L: 1},
    "tonne": {_M: 1}, "kilogram": {_M: 1}, "gram": {_M: 1}, "pound": {_M: 1}, "dan": {_M: 1}, "jin": {_M: 1},
    "kWh": _ENERGY, "kilowatt_hour": _ENERGY, "megawatt_hour": _ENERGY, "gigawatt_hour": _ENERGY, "terawatt_hour": _ENERGY,
    "foot_pound": _ENERGY,
    "watt": _POWER, "kilowatt": _POWER, "megawatt": _POWER, "gigawatt": _POWER, "terawatt": _POWER,
    "horsepower": _POWER,
    "kilometer / hour": {_L: 1, _T: -1}, "mile / hour": {_L: 1, _T: -1}, "barrel / day": {_L: 3, _T: -1},
    "mile / gallon": {_L: -2}, "kip_per_square_inch": {_M: 1, _L: -1, _T: -2},
    "degree_Celsius": {"[temperature]": 1}, "degree_Fahrenheit": {"[temperature]": 1},
    "second": {_T: 1}, "week": {_T: 1}, "hour": {_T: 1}, "minute": {_T: 1},
    "bushel": _VOLUME, "TEU": {"[container]": 1},
}.items()}


def dimension(unit_code: str) -> str:
    """A comparable dimension for a normalised unit code."""
    if unit_code in _KNOWN_DIMENSIONS:
        return _KNOWN_DIMENSIONS[unit_code]
    if unit_code in ISO_CODES:
        return f"[currency_{unit_code}]"
    if "/" in unit_code and all(p in ISO_CODES for p in unit_code.split("/")):
        return f"[rate_{unit_code}]"
    if unit_code in ("percent", "percentage_point", "count", "year", "month", "day"):
        return {"year": "[time]", "month": "[time]", "day": "[time]"}.get(unit_code, f"[{unit_code}]")
    return unitcache.answer(("dimension", unit_code), lambda: _pint_dimension(unit_code))


def _pint_dimension(unit_code: str) -> str:
    try:
        return canonical_dimension(registry().Unit(unit_code).dimensionality)
    except Exception:
        return f"[{unit_code}]"


#: Days in a year, a month and a day, by the calendar's average: spans converted without pint.
DAYS_IN = {"year": 365.25, "month": 365.25 / 12, "day": 1.0}


def convert(value: float, from_unit: str, to_unit: str) -> Optional[float]:
    """Convert between units of one dimension; None when they cannot be."""
    if from_unit == to_unit:
        return value
    if from_unit in DAYS_IN and to_unit in DAYS_IN:
        return value * DAYS_IN[from_unit] / DAYS_IN[to_unit]
    if dimension(from_unit) != dimension(to_unit) or dimension(from_unit).startswith("[currency") :
        return None
    factor = unitcache.answer(("factor", from_unit, to_unit), lambda: _pint_factor(from_unit, to_unit))
    if factor is None:
        return None
    if factor == _OFFSET:
        return _pint_convert(value, from_unit, to_unit)
    return float(value * factor)  # what pint computes for a conversion by a factor


def _pint_convert(value: float, from_unit: str, to_unit: str) -> Optional[float]:
    try:
        ureg = registry()
        return float(ureg.Quantity(value, from_unit).to(to_unit).magnitude)
    except Exception:
        return None


_OFFSET = "offset"


def _pint_factor(from_unit: str, to_unit: str):
    """pint's factor from one unit to the other where converting multiplies by it (what
    the unit cache keeps); None where pint cannot convert; _OFFSET for a conversion with
    an offset (°C → °F), which pint is asked every time."""
    one, zero = _pint_convert(1.0, from_unit, to_unit), _pint_convert(0.0, from_unit, to_unit)
    if one is None:
        return None
    return one if zero == 0.0 else _OFFSET


@functools.cache
def registry():
    """The one pint registry: currencies each their own dimension, scale words as prefixes-free units."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for definition in REGISTRY_DEFINITIONS[0]:
            ureg.define(definition)
    for definition in REGISTRY_DEFINITIONS[1:]:
        ureg.define(definition)
    return ureg


# What registry() adds to pint's own units (the unit cache is keyed by it): names our
# lexicon uses that pint lacks, or means otherwise ('mu' is a Chinese land unit here),
# first; then currencies each their own dimension, and scale words.
REGISTRY_DEFINITIONS = (
    ("square_meter = meter ** 2", "square_kilometer = kilometer ** 2",
     "cubic_meter = meter ** 3", "dan = 50 * kilogram", "jin = 0.5 * kilogram",
     "mu = 10000 / 15 * meter ** 2", "MMBtu = 1e6 * british_thermal_unit",
     # quantulum3's catalogue reads "quintals" as its metric quintal of 100 kg (pint has none)
     "quintal = 100 * kilogram",
     # a container of twenty feet, a count of capacity of its own (no length or volume)
     "TEU = [container]"),
    *(f"{code} = [currency_{code}]" for code in sorted(ISO_CODES)),
    "count = []",
    "percentage_point = 0.01 = pp",
    *(f"{word} = {factor:g}" for word, factor in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
                                                  ("trillion", 1e12), ("lakh", 1e5), ("crore", 1e7))),
)
