"""Units: our physical-unit lexicon for news text, unit codes, and the one lazily
built pint registry (currencies as their own dimensions, scale words defined)."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.numbers import ISO_CODES, SCALES

# Physical units as news writes them → (pint unit name, factor). Longest first.
PHYSICAL_UNITS: list[tuple[str, str, float]] = [
    (r"billion cubic met(?:re|er)s|bcm", "cubic_meter", 1e9),
    (r"cubic met(?:re|er)s?|cu\.? m|m3|m³", "cubic_meter", 1.0),
    (r"square kilomet(?:re|er)s?|sq\.? km|km2|km²", "square_kilometer", 1.0),
    (r"square met(?:re|er)s?|sq\.? m|m2|m²", "square_meter", 1.0),
    (r"square miles?|sq\.? mi", "square_mile", 1.0),
    (r"barrels (?:per|a) day|barrels of oil (?:per|a) day|bpd|b/d", "barrel / day", 1.0),
    (r"barrels? of oil equivalent|boe", "barrel", 1.0),
    (r"barrels?|bbl", "barrel", 1.0),
    (r"kilowatt[- ]hours?|kwh", "kilowatt_hour", 1.0),
    (r"megawatt[- ]hours?|mwh", "megawatt_hour", 1.0),
    (r"gigawatt[- ]hours?|gwh", "gigawatt_hour", 1.0),
    (r"terawatt[- ]hours?|twh", "terawatt_hour", 1.0),
    (r"kilowatts?|kw", "kilowatt", 1.0),
    (r"megawatts?|mw", "megawatt", 1.0),
    (r"gigawatts?|gw", "gigawatt", 1.0),
    (r"terawatts?|tw", "terawatt", 1.0),
    (r"metric tons?|tonnes?|tons?", "tonne", 1.0),
    (r"kilomet(?:re|er)s? per hour|km/h|kph|kmph", "kilometer / hour", 1.0),
    (r"miles per hour|mph", "mile / hour", 1.0),
    (r"kilomet(?:re|er)s?|km", "kilometer", 1.0),
    (r"centimet(?:re|er)s?|cm", "centimeter", 1.0),
    (r"millimet(?:re|er)s?|mm", "millimeter", 1.0),
    (r"met(?:re|er)s", "meter", 1.0),
    (r"miles?", "mile", 1.0),
    (r"feet|foot|ft", "foot", 1.0),
    (r"inches", "inch", 1.0),
    (r"hectares?|ha", "hectare", 1.0),
    (r"acres?", "acre", 1.0),
    (r"kilo(?:gram(?:me)?)?s?|kg", "kilogram", 1.0),
    (r"grams?|grammes?", "gram", 1.0),
    (r"lbs?", "pound", 1.0),
    (r"lit(?:re|er)s?", "liter", 1.0),
    (r"gallons?", "gallon", 1.0),
    (r"degrees? Celsius|degrees? C\b|°C", "degree_Celsius", 1.0),
    # traditional Chinese measures, lower case only (as English-language Chinese media print them)
    (r"(?-i:mu)", "mu", 1.0),
    (r"(?-i:dan)", "dan", 1.0),
    (r"(?-i:jin)", "jin", 1.0),
    (r"degrees? Fahrenheit|degrees? F\b|°F", "degree_Fahrenheit", 1.0),
]
PHYSICAL_UNIT = re.compile(
    r"[ \t]?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _, _) in enumerate(PHYSICAL_UNITS)) + r")(?![\w-])",
    re.I,
)


def match_physical_unit(text: str, pos: int) -> Optional[tuple[re.Match, str, float]]:
    m = PHYSICAL_UNIT.match(text, pos)
    if not m:
        return None
    for i, (_, name, factor) in enumerate(PHYSICAL_UNITS):
        if m.group(f"u{i}"):
            # Case-sensitive abbreviations: 'MW' and 'GW' but not 'mw' words.
            return m, name, factor
    return None


_SIMPLE_UNITS = {
    "percent": "percent", "%": "percent", "pct": "percent", "per cent": "percent",
    "percentage_point": "percentage_point", "percentage point": "percentage_point",
    "percentage points": "percentage_point", "pp": "percentage_point",
    "count": "count", "": "count", "year": "year", "years": "year", "month": "month",
    "months": "month", "day": "day", "days": "day", "times": "count",
}


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
        raise ValueError(f"unit {text!r} is not a unit pint knows") from exc
    # Keep the name as written where it is a plain unit name ('tonne', not pint's 'metric_ton'),
    # so that reference and claim files read alike; dimension() compares through pint.
    code = rest if re.fullmatch(r"[A-Za-z_]+", rest) else str(q.units)
    return code, factor * float(q.magnitude)


# Dimensions of the lexicon's units, so that comparing them needs no pint registry
# (building it costs about half a second; it is built only for other units).
_AREA, _VOLUME = "[length] ** 2", "[length] ** 3"
_ENERGY, _POWER = "[mass] * [length] ** 2 / [time] ** 2", "[mass] * [length] ** 2 / [time] ** 3"
_KNOWN_DIMENSIONS = {
    "cubic_meter": _VOLUME, "liter": _VOLUME, "gallon": _VOLUME, "barrel": _VOLUME,
    "square_kilometer": _AREA, "square_meter": _AREA, "square_mile": _AREA, "hectare": _AREA, "acre": _AREA,
    "mu": _AREA,
    "kilometer": "[length]", "centimeter": "[length]", "millimeter": "[length]", "meter": "[length]",
    "mile": "[length]", "foot": "[length]", "inch": "[length]",
    "tonne": "[mass]", "kilogram": "[mass]", "gram": "[mass]", "pound": "[mass]", "dan": "[mass]", "jin": "[mass]",
    "kilowatt_hour": _ENERGY, "megawatt_hour": _ENERGY, "gigawatt_hour": _ENERGY, "terawatt_hour": _ENERGY,
    "kilowatt": _POWER, "megawatt": _POWER, "gigawatt": _POWER, "terawatt": _POWER,
    "kilometer / hour": "[length] / [time]", "mile / hour": "[length] / [time]", "barrel / day": "[length] ** 3 / [time]",
    "degree_Celsius": "[temperature]", "degree_Fahrenheit": "[temperature]",
    "week": "[time]", "hour": "[time]", "minute": "[time]",
}


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
    try:
        return str(registry().Unit(unit_code).dimensionality)
    except Exception:
        return f"[{unit_code}]"


def convert(value: float, from_unit: str, to_unit: str) -> Optional[float]:
    """Convert between units of one dimension; None when they cannot be."""
    if from_unit == to_unit:
        return value
    time = {"year": 365.25, "month": 365.25 / 12, "day": 1.0}
    if from_unit in time and to_unit in time:
        return value * time[from_unit] / time[to_unit]
    if dimension(from_unit) != dimension(to_unit) or dimension(from_unit).startswith("[currency") :
        return None
    try:
        ureg = registry()
        return float(ureg.Quantity(value, from_unit).to(to_unit).magnitude)
    except Exception:
        return None


@functools.cache
def registry():
    """The one pint registry: currencies each their own dimension, scale words as prefixes-free units."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    # Names our lexicon uses that pint lacks, or means otherwise ('mu' is a Chinese land unit here).
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for definition in ("square_meter = meter ** 2", "square_kilometer = kilometer ** 2",
                           "cubic_meter = meter ** 3", "dan = 50 * kilogram", "jin = 0.5 * kilogram",
                           "mu = 10000 / 15 * meter ** 2"):
            ureg.define(definition)
    for code in sorted(ISO_CODES):
        ureg.define(f"{code} = [currency_{code}]")
    ureg.define("count = []")
    ureg.define("percentage_point = 0.01 = pp")
    for word, factor in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
                         ("trillion", 1e12), ("lakh", 1e5), ("crore", 1e7)):
        ureg.define(f"{word} = {factor:g}")
    return ureg
