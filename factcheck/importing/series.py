"""What an imported series is, and how a publisher's codes become a reference entry's
metric, aliases, subject, unit and period.

Readers (SDMX through sdmx1, SDMX-CSV, plain CSV) hand over `RawSeries`: the series'
codes, the names the message or its structure gives them, and the observations as
published. `describe()` applies the publishers' conventions (UNIT_MULT is a power of
ten applied to the value; the IMF's SCALE only says how the value is shown; Eurostat's
CP_MEUR means million euro) and returns a `Series` in the units the claim files use.
Pure: no I/O besides reading the package's code tables once.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from factcheck import timespan

NameOf = Callable[[str, str], Optional[str]]  # (component id, code) -> English name


class ImportError_(Exception):
    """A message or series that cannot be imported; the CLI turns it into one line."""


@dataclass
class Observation:
    period: Optional[str]  # canonical notation, or None for a timeless value
    value: str  # exactly as published
    status: Optional[str] = None  # provisional, estimated, forecast, ...


@dataclass
class RawSeries:
    dimensions: dict[str, str]  # component id -> code, in key order
    attributes: dict[str, str] = field(default_factory=dict)  # series-level attributes
    observations: list[Observation] = field(default_factory=list)


@dataclass
class Series:
    key: str  # the series key, dimension codes joined by '.'
    dimensions: dict[str, str]
    metric: str
    aliases: list[str]
    subject: list[str]
    unit: str  # as in reference files: 'million EUR', 'USD/EUR', 'percent'
    observations: list[Observation]
    title: Optional[str] = None
    url: Optional[str] = None
    as_of: Optional[str] = None  # ISO date the values were published


@dataclass
class Dataset:
    id: str  # 'ESTAT.NAMA_10_GDP': agency and dataflow
    publisher: str
    url: Optional[str]
    title: Optional[str]
    origin: str  # the file or URL the message came from
    as_of: Optional[str]
    series: list[Series] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why some observations were left out


@dataclass
class Overrides:
    """What the user says on the command line; wins over what the message says."""

    series: list[str] = field(default_factory=list)  # series keys to keep (patterns with '*')
    metric: Optional[str] = None
    subject: Optional[str] = None
    unit: Optional[str] = None
    publisher: Optional[str] = None
    url: Optional[str] = None
    dataset: Optional[str] = None


@functools.lru_cache(maxsize=1)
def codes() -> dict:
    from importlib import resources

    from factcheck.yamlcache import parsed

    # asked by every scan that matches a claim (matching.subjects): kept across runs as the
    # word lists are, else PyYAML's pure-Python safe loader took about 30 ms of each start
    text = resources.files("factcheck.importing").joinpath("codes.yaml").read_text(encoding="utf-8")
    doc = parsed("codes", text, _parse_codes)
    areas: dict[str, tuple[str, str]] = {}
    for a2, a3, name, currency in doc["areas"]:
        areas[a2] = areas[a3] = (name, currency)
    for alias, code in doc["area_aliases"].items():
        areas[alias] = areas[code]
    doc["area_index"] = areas
    return doc


def _parse_codes(text: str) -> dict:
    import yaml  # only when the YAML cache does not hold the file yet

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a SafeLoader


# Component ids by what they say, as SDMX publishers name them.
AREA = {"REF_AREA", "GEO", "COUNTRY", "LOCATION", "AREA", "REPORTING_COUNTRY", "REF_AREA_CODE"}
PARTNER = {"COUNTERPART_AREA", "PARTNER", "COUNTERPART", "PARTNER_COUNTRY"}
FREQ = {"FREQ", "FREQUENCY"}
UNIT = {"UNIT", "UNIT_MEASURE", "UNIT_CODE"}
TRANSACTION = {"NA_ITEM", "NA_STO", "STO"}
# Dimensions whose code says what is measured: their name is the metric.
INDICATOR = {"INDICATOR", "IND", "MEASURE", "SUBJECT", "ITEM", "VARIABLE", "SERIES", "CONCEPT"}
TITLES = ("SERIES_NAME", "TITLE", "TITLE_COMPL", "NAT_TITLE")
# Codes that mean "all of it" or "does not apply": they say nothing about the metric.
_NOT_A_QUALIFIER = {"_T", "_Z", "T", "Z", "ZZZ", "TOTAL", "_X", "W1", "W0", "WLD", "WORLD", "A"}
_WORLD = {"W1", "W0", "W2", "WLD", "WORLD", "_T", "TOTAL", "ZZ"}
_SCALE_WORDS = {0: "", 3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
_REAL = re.compile(r"\b(?:constant prices|chain[- ]linked volumes?|real terms|volumes?|in real terms)\b", re.I)
_NOMINAL = re.compile(r"\bcurrent prices\b", re.I)


def _upper(d: dict[str, str]) -> dict[str, str]:
    return {k.upper(): v for k, v in d.items()}


def area_name(code: str, name_of: Optional[Callable[[], Optional[str]]] = None) -> str:
    c = codes()
    if code in c["area_index"]:
        return c["area_index"][code][0]
    if code in c["aggregates"]:
        return c["aggregates"][code]
    given = name_of() if name_of else None
    return given or code


def area_currency(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    hit = codes()["area_index"].get(code)
    if hit:
        return hit[1]
    if code in codes()["aggregates"] and codes()["aggregates"][code] == "euro area":
        return "EUR"
    return None


def sdmx_period(text: str) -> Optional[str]:
    """SDMX time periods in the canonical notation: '2019-S1' → '2019-H1', '2019-M07' →
    '2019-07', '2019-A1' → '2019', dates and intervals as they are; None when unreadable."""
    t = str(text).strip()
    m = re.fullmatch(r"(\d{4})-?([ASQMHT])(\d{1,2})", t)
    if m:
        year, kind, n = m.group(1), m.group(2), int(m.group(3))
        if kind == "A" and n == 1:
            t = year
        elif kind in ("S", "H") and n in (1, 2):
            t = f"{year}-H{n}"
        elif kind in ("Q", "T") and 1 <= n <= 4:  # INSEE writes quarters 'T' (trimestre)
            t = f"{year}-Q{n}"
        elif kind == "M" and 1 <= n <= 12:
            t = f"{year}-{n:02d}"
        else:
            return None
    t = t.split("T")[0] if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+Z?", t) else t
    span = timespan.parse(t)
    return timespan.name(span) if span else None


def iso_date(v) -> Optional[str]:
    """A publication date as ISO: '2022-11-11T12:30:30Z', the IMF's '9/23/2025'
    (month first, four-digit year), Eurostat's '11/11/22 12:30:30' (day first)."""
    if v is None:
        return None
    text = str(v).strip()
    m = re.search(r"\d{4}-\d{2}-\d{2}", text)
    if m:
        return m.group(0)
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if m:
        return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{2})\b", text)
    if m:
        return f"20{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


def status_of(code: Optional[str]) -> Optional[str]:
    """An observation status worth carrying into the entry ('P' → provisional), or None
    for a normal value. Eurostat's lower-case flags are the same codes."""
    if not code:
        return None
    table = codes()["obs_status"]
    for flag in str(code).replace(",", " ").split():
        if flag.upper() in table:
            return table[flag.upper()]
    return None


def _sentence_case(text: str) -> str:
    """'Gross domestic product' → 'gross domestic product'; acronyms and names stay."""
    words = text.strip().split()
    if words and words[0][:1].isupper() and not words[0][1:2].isupper():
        words[0] = words[0].lower()
    return " ".join(words)


def _split_name(name: str) -> tuple[str, list[str], list[str]]:
    """'Gross domestic product (GDP), Constant prices, Domestic currency' →
    ('gross domestic product', ['GDP'], ['Constant prices', 'Domestic currency'])."""
    parts = [p.strip() for p in re.split(r",\s+", name) if p.strip()]
    head = parts[0] if parts else name
    abbreviations = re.findall(r"\(([A-Z][A-Za-z0-9&.-]{1,9})\)", head)
    head = re.sub(r"\s*\([A-Z][A-Za-z0-9&.-]{1,9}\)", "", head).strip()
    return _sentence_case(head), abbreviations, parts[1:]


def _scaled_unit(base: str, exponent: int) -> str:
    """'million EUR' with UNIT_MULT 3 → 'billion EUR'."""
    m = re.match(r"(thousand|million|billion|trillion)\s+(.*)", base)
    have = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}[m.group(1)] if m else 0
    rest = m.group(2) if m else base
    total = have + exponent
    if total not in _SCALE_WORDS:
        raise ImportError_(f"unit multiplier 10^{exponent} on '{base}' has no scale word")
    if rest in ("count", "") and total:
        return _SCALE_WORDS[total]
    return f"{_SCALE_WORDS[total]} {rest}".strip()


@dataclass
class _UnitInfo:
    unit: str
    real: bool = False
    growth: bool = False
    index: bool = False
    per_capita: bool = False


def _unit_info(code: Optional[str], name: Optional[str], area: Optional[str], attrs: dict[str, str]) -> Optional[_UnitInfo]:
    c = codes()
    if code:
        entry = c["eurostat_units"].get(code) or c["units"].get(code)
        if entry:
            info = _UnitInfo(**{k: v for k, v in entry.items() if k in ("unit", "real", "growth", "index", "per_capita")})
            if "NAC" in info.unit.split():
                currency = _currency_from_attrs(attrs) or area_currency(area)
                if not currency:
                    raise ImportError_(f"unit {code} is the national currency, but the currency of area {area!r} is not known (give --unit)")
                info.unit = info.unit.replace("NAC", currency)
            return info
        if re.fullmatch(r"[A-Z]{3}", code) and _is_currency(code):
            return _UnitInfo(code)
    if name:
        low = name.lower()
        if "percentage point" in low:
            return _UnitInfo("percentage_point")
        if "percent" in low or "percentage" in low:
            return _UnitInfo("percent", growth="change" in low)
        if "index" in low:
            return _UnitInfo("count", index=True)
    return None


def _currency_from_attrs(attrs: dict[str, str]) -> Optional[str]:
    name = attrs.get("PRIMARY_DOMESTIC_CURRENCY")
    if name:
        return codes()["currency_names"].get(name.strip().lower())
    return None


@functools.lru_cache(maxsize=512)
def _is_currency(code: str) -> bool:
    from factcheck.extract.units import normalise_unit

    try:
        unit, _ = normalise_unit(code)
    except ValueError:
        return False
    return unit == code


def describe(raw: RawSeries, name_of: NameOf, dataset_title: Optional[str], overrides: Overrides) -> Series:
    """Metric, aliases, subject and unit of one series from its codes and names."""
    dims = raw.dimensions
    upper_dims = _upper(dims)
    attrs = _upper(raw.attributes)
    comps = {**attrs, **upper_dims}

    def named(component: str, code: str) -> Optional[str]:
        for cid in (component, component.upper(), component.lower()):
            n = name_of(cid, code)
            if n:
                return n
        return None

    area_id = next((k for k in dims if k.upper() in AREA), None) or next((k for k in raw.attributes if k.upper() in AREA), None)
    area_code = (dims.get(area_id) or raw.attributes.get(area_id)) if area_id else None
    subject: list[str] = []
    if overrides.subject:
        subject = [s.strip() for s in overrides.subject.split(",") if s.strip()]
    elif area_code:
        subject = [area_name(area_code, lambda: named(area_id, area_code))]
        for k, v in dims.items():
            if k.upper() in PARTNER and v.upper() not in _WORLD:
                partner = area_name(v, lambda k=k, v=v: named(k, v))
                if partner not in subject:
                    subject.append(partner)

    title = next((attrs[t] for t in TITLES if attrs.get(t)), None)
    unit_id = next((k for k in list(dims) + list(raw.attributes) if k.upper() in UNIT), None)
    unit_code = comps.get(unit_id.upper()) if unit_id else None
    unit_name = named(unit_id, unit_code) if unit_id and unit_code else None

    # Exchange rates (the ESCB's EXR structure): CURRENCY per CURRENCY_DENOM.
    if "CURRENCY" in upper_dims and "CURRENCY_DENOM" in upper_dims and not overrides.metric:
        cur, denom = upper_dims["CURRENCY"], upper_dims["CURRENCY_DENOM"]
        end_of_period = upper_dims.get("EXR_SUFFIX") == "E"
        metric = "end-of-period exchange rate" if end_of_period else "exchange rate"
        aliases = [a for a in (title, attrs.get("TITLE_COMPL")) if a]
        if not end_of_period:
            aliases += ["average exchange rate", "reference exchange rate"]
        unit = overrides.unit or f"{cur}/{denom}"
        mult = int(attrs.get("UNIT_MULT") or 0)
        if mult:
            raise ImportError_(f"exchange rate {cur}/{denom} with a unit multiplier 10^{mult} is not supported")
        return Series(_key(dims), dict(dims), metric, _dedupe(aliases, metric), [] if not overrides.subject else subject,
                      unit, raw.observations, title=title)

    info = None
    if overrides.unit:
        info = _UnitInfo(overrides.unit)
    else:
        info = _unit_info(unit_code, unit_name, area_code, attrs)
    metric, aliases = _metric(raw, named, dataset_title, title, info, overrides)
    if info is None:
        info = _unit_info(None, " ".join(filter(None, [title, metric])), area_code, attrs)
    if info is None:
        raise ImportError_(f"series {_key(dims)}: unit {unit_code or '(none)'} is not one factcheck knows (give --unit)")
    unit = info.unit
    mult = attrs.get("UNIT_MULT")
    if mult and not overrides.unit:
        try:
            unit = _scaled_unit(unit, int(mult))
        except ValueError:
            raise ImportError_(f"series {_key(dims)}: UNIT_MULT {mult!r} is not a power of ten") from None
    return Series(_key(dims), dict(dims), metric, aliases, subject, unit, raw.observations, title=title)


def _metric(raw: RawSeries, named, dataset_title, title, info: Optional[_UnitInfo], overrides: Overrides) -> tuple[str, list[str]]:
    if overrides.metric:
        return overrides.metric, []
    attrs = _upper(raw.attributes)
    dims = raw.dimensions
    aliases: list[str] = []
    qualifiers: list[str] = []
    transaction = next((v for k, v in dims.items() if k.upper() in TRANSACTION), None) or attrs.get("NA_STO")
    known = codes()["na_sto"].get(transaction) if transaction else None
    if attrs.get("SERIES_NAME"):
        base, abbreviations, qualifiers = _split_name(attrs["SERIES_NAME"])
        aliases += abbreviations
    elif known:
        base, more = known
        aliases += list(more)
    else:
        # The dataflow's name, made specific by the names of the dimensions that tell
        # its series apart (product, adjustment, sector), leaving out area, frequency
        # and unit, and codes that mean "total" or "not applicable".
        base = None
        indicator = next((k for k in dims if k.upper() in INDICATOR and named(k, dims[k])), None)
        if indicator:
            base = _sentence_case(_without_code(named(indicator, dims[indicator])))
        elif dataset_title:
            base = _sentence_case(re.split(r"\s+-\s+", dataset_title)[0])
        for k, v in dims.items():
            ku = k.upper()
            if k == indicator or ku in AREA | PARTNER | FREQ | UNIT or ku == "TIME_PERIOD" or v.upper() in _NOT_A_QUALIFIER:
                continue
            n = named(k, v)
            if n and not re.search(r"not applicable|^total$", n, re.I):
                qualifiers.append(_sentence_case(_without_code(n)))
        if not base and title:
            base, abbreviations, more = _split_name(title)
            aliases += abbreviations
            qualifiers = more + qualifiers
        if not base and qualifiers:
            base, qualifiers = qualifiers[0], qualifiers[1:]
        if not base:
            raise ImportError_(f"series {_key(dims)}: no name for its metric in the message or its structure (give --metric)")
    if attrs.get("KEYWORDS"):
        aliases += [k.strip() for k in attrs["KEYWORDS"].split(",") if k.strip()]
    words = " ".join([base, *qualifiers])
    real = bool(info and info.real) or bool(_REAL.search(words))
    qualifiers = [q for q in qualifiers if not _REAL.fullmatch(q.strip()) and not _NOMINAL.fullmatch(q.strip())
                  and not re.fullmatch(r"(?i)domestic currency|national currency|us dollars?|euros?", q.strip())]
    metric = base
    if qualifiers:
        metric = f"{base} ({', '.join(qualifiers)})"
    if real:
        metric = _prefixed("real", metric)
        aliases = [_prefixed("real", a) for a in aliases]
    elif _NOMINAL.search(words) or (info and not info.index and not info.growth and info.unit not in ("percent", "count")):
        aliases += [f"nominal {a}" for a in aliases if not a.lower().startswith(("nominal", "real"))]
    if info and info.per_capita and "per capita" not in metric:
        metric += " per capita"
        aliases = [f"{a} per capita" for a in aliases]
    if info and info.growth:
        metric = f"{metric} growth"
        aliases = [f"{a} growth" for a in aliases] + [f"{a} growth rate" for a in aliases]
    return metric, _dedupe(aliases, metric)


def _without_code(name: str) -> str:
    """'B - Mining and quarrying' → 'Mining and quarrying' (a classification code
    repeated in front of its name)."""
    return re.sub(r"^[A-Z0-9]{1,4}(?:\s+to\s+[A-Z0-9]{1,4})?\s+-\s+", "", name.strip())


def _prefixed(word: str, phrase: str) -> str:
    return phrase if phrase.lower().startswith(word + " ") else f"{word} {phrase}"


def _dedupe(aliases: list[str], metric: str) -> list[str]:
    out: list[str] = []
    seen = {metric.lower()}
    for a in aliases:
        if a and a.lower() not in seen:
            seen.add(a.lower())
            out.append(a)
    return out


def _key(dims: dict[str, str]) -> str:
    return ".".join(dims.values())


def series_url(publisher: dict, agency: Optional[str], flow: Optional[str], key: str, attrs: dict[str, str]) -> Optional[str]:
    """Where a reader finds the series, from the publisher's URL template."""
    template = publisher.get("url")
    if not template:
        return None
    fields = {"flow": flow or "", "flow_lower": (flow or "").lower(), "agency": agency or "", "key": key, **attrs}
    try:
        return template.format(**fields)
    except (KeyError, IndexError):
        return None


def keep_series(key: str, patterns: list[str]) -> bool:
    """--series KEY: an exact key, or one with '*' for any code ('M.*.EUR.SP00.A'),
    or SDMX's empty position ('M..EUR.SP00.A')."""
    if not patterns:
        return True
    parts_k = key.split(".")
    for p in patterns:
        parts_p = p.split(".")
        if len(parts_p) == len(parts_k) and all(a in ("", "*", b) for a, b in zip(parts_p, parts_k)):
            return True
        if fnmatch.fnmatchcase(key, p):
            return True
    return False
