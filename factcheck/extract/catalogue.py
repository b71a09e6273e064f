"""quantulum3's unit catalogue as a lookup table: a unit word or symbol after a number →
a pint unit name.

quantulum3 ships several hundred units with their names, plural-able surfaces ("horsepower",
"kilowatt hour"), symbols ("hp", "kWh", "GB") and SI prefixes as JSON data inside its
package. We read that data directly, lazily and once (about 10 ms), without importing
quantulum3 itself, whose parser and classifier cost seconds; `lexicon/units.yaml` says
which catalogue entries news text cannot use (currencies and counts are our own grammar's;
"span", "drop" and "quarter" are English words far more often than units) and how a
catalogue name is spelt in pint where the two differ.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from factcheck.extract.lexicon import load as load_lexicon

# quantulum3's SI prefixes (load.METRIC_PREFIXES), restricted to those news text uses.
_PREFIXES = {"T": "tera", "G": "giga", "M": "mega", "k": "kilo", "c": "centi", "m": "milli",
             "µ": "micro", "n": "nano", "P": "peta", "E": "exa"}


@dataclass(frozen=True)
class CatalogueUnit:
    name: str    # the catalogue's name: "kilowatt hour", "metre per second"
    entity: str  # the catalogue's dimension name: "energy", "speed"
    unit: str    # our unit code, a pint expression: "kilowatt_hour", "meter / second"


@dataclass
class Catalogue:
    symbols: dict[str, CatalogueUnit]        # exact case: "kWh", "GB", "mph"
    symbols_folded: dict[str, CatalogueUnit]  # lower case, for symbols that fold to one unit
    surfaces: dict[str, CatalogueUnit]       # lower case, singular and plural: "horsepower", "miles"
    max_words: int
    first_words: frozenset = frozenset()     # lower-cased first words of surfaces and symbols: a quick "no"


def _package_dir() -> Optional[Path]:
    spec = importlib.util.find_spec("quantulum3")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _plural(surface: str) -> str:
    """English plural of a unit surface: the head noun takes it ("degree celsius" →
    "degrees celsius", "pound per square inch" → "pounds per square inch")."""
    words = surface.split(" ")
    head = 0
    for i, w in enumerate(words):
        if w in ("per", "of") and i:
            head = i - 1
            break
    else:
        head = len(words) - 1 if not surface.startswith("degree ") else 0
    w = words[head]
    irregular = {"foot": "feet", "inch": "inches", "century": "centuries", "hertz": "hertz",
                 "siemens": "siemens", "stokes": "stokes", "lux": "lux", "celsius": "celsius"}
    if w in irregular:
        p = irregular[w]
    elif re.search(r"(?:s|x|z|ch|sh)$", w):
        p = w + "es"
    elif re.search(r"[^aeiou]y$", w):
        p = w[:-1] + "ies"
    else:
        p = w + "s"
    words[head] = p
    return " ".join(words)


def _pint_name(name: str, overrides: dict) -> Optional[str]:
    """The catalogue's name in pint's spelling: 'kilometre per hour' → 'kilometer / hour'."""
    if name in overrides:
        return overrides[name]
    n = name.replace("metre", "meter").replace("litre", "liter").replace("-", "_")
    parts = [re.sub(r"\s+", "_", p.strip()) for p in n.split(" per ")]
    return " / ".join(parts)


@functools.cache
def catalogue() -> Catalogue:
    """The catalogue, built once; empty when quantulum3 is not installed."""
    rules = load_lexicon("units")["catalogue"]
    excluded_entities = set(rules["exclude_entities"])
    kept_dimensionless = set(rules["keep_dimensionless"])
    excluded_names = set(rules["exclude_names"])
    excluded_symbols = set(rules["exclude_symbols"])
    overrides = rules["pint_names"]
    base = _package_dir()
    data: dict = {}
    if base is not None:
        for path in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
            if path.exists():
                for name, unit in json.loads(path.read_text(encoding="utf-8")).items():
                    data.setdefault(name, {}).update(unit)
    symbols: dict[str, CatalogueUnit] = {}
    folded: dict[str, set] = {}
    surfaces: dict[str, CatalogueUnit] = {}
    max_words = 1
    for name, unit in data.items():
        entity = unit.get("entity")
        if entity is None or entity in excluded_entities or name in excluded_names:
            continue
        if entity == "dimensionless" and name not in kept_dimensionless:
            continue
        variants = [(name, unit.get("surfaces", []), unit.get("symbols", []))]
        for prefix in unit.get("prefixes", []):
            if prefix in _PREFIXES:
                p = _PREFIXES[prefix]
                variants.append((p + name, [p + s for s in unit.get("surfaces", [])],
                                 [prefix + s for s in unit.get("symbols", [])]))
        for vname, vsurfaces, vsymbols in variants:
            if vname in excluded_names:
                continue
            code = _pint_name(vname, overrides)
            if not code:
                continue
            entry = CatalogueUnit(vname, entity, code)
            for s in vsymbols:
                if s not in excluded_symbols:
                    symbols.setdefault(s, entry)
                    if len(s) >= 2:
                        folded.setdefault(s.lower(), set()).add(entry)
            for s in [vname, *vsurfaces]:
                key = " ".join(s.lower().replace("-", " ").split())
                if key in excluded_names:
                    continue
                for form in (key, _plural(key)):
                    surfaces.setdefault(form, entry)
                    max_words = max(max_words, len(form.split()))
    firsts = {k.split(" ")[0] for k in surfaces} | {k.lower().split(" ")[0] for k in symbols}
    return Catalogue(
        symbols=symbols,
        symbols_folded={k: next(iter(v)) for k, v in folded.items() if len(v) == 1 and k not in surfaces},
        surfaces=surfaces,
        max_words=max_words,
        first_words=frozenset(firsts | {f.rstrip(".") for f in firsts}),
    )


# A unit token: letters (with a degree sign, micro sign, superscripts, and '/' '.' '-'
# joining parts: "km/h", "m.p.h.", "lb-ft"), or a bare symbol character.
_TOKEN = re.compile(r"(?:°\s?)?[^\W\d_](?:[^\W\d_]|[²³]|[./-](?=[^\W\d_]))*\.?|[°%‰′″]")
# capitals and a lower-case plural "s": an acronym's plural ("313 MPs", "40 NGOs"), never a
# symbol read in another case ("mps", metres per second)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# one space or a run of them (a no-break or thin space too), a hyphen, or both ("3.1  million tonnes")
_SEPARATOR = re.compile(r"[^\S\n]*-?(?=\S)|[^\S\n]+")


def read_unit(text: str, pos: int) -> Optional[tuple[int, CatalogueUnit]]:
    """The catalogue unit that starts at `pos` (after a number), as (end, unit), or None.

    A symbol of one letter ("5W", "45g") counts only glued to the number; so do symbols
    that are English words (`lexicon/units.yaml`: "in", "am"). Names match in any case and
    in the plural ("938 horsepower", "30 yards"); symbols match in their own case, or folded
    when they fold to one unit and are three letters long or in capitals ("2.4Ghz", "784 HP")."""
    cat = catalogue()
    if "μ" in text[pos:pos + 3]:
        text = text[:pos] + text[pos:pos + 3].replace("μ", "µ") + text[pos + 3:]  # Greek mu as the micro sign
    glued = pos < len(text) and not text[pos].isspace() and text[pos] != "-"
    sep = _SEPARATOR.match(text, pos)
    start = sep.end() if sep else pos
    first = _TOKEN.match(text, start)
    if first is None:
        return None
    word = first.group(0).lower()
    if word not in cat.first_words and word.rstrip(".") not in cat.first_words \
            and word.replace("μ", "µ") not in cat.first_words and word.split("/")[0] not in cat.first_words:
        return None  # "29 countries": no unit starts so (the common case, decided at once)
    tokens: list[re.Match] = []
    at = start
    while len(tokens) < cat.max_words:
        m = _TOKEN.match(text, at)
        if not m:
            break
        tokens.append(m)
        nxt = re.match(r"[ \t-](?=\S)", text[m.end():m.end() + 2])
        if not nxt or m.group(0).endswith("."):
            break
        at = m.end() + 1
    glued_only = _glued_only()
    for n in range(len(tokens), 0, -1):
        end = tokens[n - 1].end()
        raw = text[start:end]
        # "kV/cm", "A/cm2", "m/s": the numerator (per_unit reads the rest); not "N/A"
        num, _, den = raw.partition("/")
        per = num if den and n == 1 and (len(num) > 1 or num.islower() or len(den.rstrip("23.")) > 1) else None
        for candidate in (raw, raw[:-1] if raw.endswith(".") else None, per):
            if not candidate:
                continue
            stop = start + len(candidate)
            power = text[pos - 1:pos] == "/" and re.match(r"[23](?![\w])", text[stop:stop + 2])  # "A/cm2"
            if stop < len(text) and (text[stop].isalnum() and not power or text[stop] == "-" and n == len(tokens) and
                                     re.match(r"-[^\W\d_]", text[stop:])):
                continue  # "5 min-long": the unit must end its word
            key = " ".join(candidate.lower().replace("-", " ").split())
            if n > 1 or len(candidate) > 1:
                entry = cat.surfaces.get(key)
                if entry is not None and (glued or not key.isalpha() or len(key) > 2) and \
                        (not glued_only.get(key) or glued):
                    return stop, entry
            entry = cat.symbols.get(candidate) or (cat.symbols_folded.get(candidate.lower())
                                                    if (len(candidate) >= 3 or candidate.isupper())
                                                    and not _ACRONYM_PLURAL.fullmatch(candidate) else None)
            if entry is None:
                continue
            if candidate not in cat.symbols and len(candidate) < 3 and re.match(r"\s+[a-z]+s\b", text[stop:]):
                continue  # "20 EV models": capitals before a plural noun are an acronym, not "eV"
            letters = candidate.strip("°. ")
            if (len(letters) <= 1 or candidate in glued_only) and not glued and candidate != per:
                continue  # (a symbol over a denominator is a unit however short: "1.3 A/cm2")
            if len(letters) <= 1 and candidate not in _single_letters() and candidate != per:
                continue
            return stop, entry
    return None


@functools.cache
def _glued_only() -> dict[str, bool]:
    return {s: True for s in load_lexicon("units")["catalogue"]["glued_only"]}


@functools.cache
def _single_letters() -> frozenset:
    return frozenset(load_lexicon("units")["catalogue"]["single_letters"])
