"""A delimited table's column labels that name their cells' unit and scale.

A statistical table set out with bars or tabs prints each cell's figure alone and says once,
in its header, what the figures of a column are:

    Country | 2022 – USD Billions | 2023 – USD Billions | Share (%) |
    Region\tProduction (tonnes)\tValue (EUR million)
    Airport | Passengers ('000) | …

The cells below such a label are amounts in its currency and scale, quantities in its
physical unit, or counts in its scale ("thousands", "'000"). A label that names two scales
("USD Billions/Millions") or two units decides nothing. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K
from factcheck.extract.numbers import CURRENCY_NAME, CURRENCY_PREFIXES, ISO_CODE_ALT, SHARED_CURRENCIES, currency_from_name
from factcheck.extract.patterns import lazy
from factcheck.extract.units import match_physical_unit

__all__ = ["delimited_column_units", "delimited_column_periods", "give_column_periods"]

_FACTORS = {"thousand": 1e3, "'000": 1e3, "000s": 1e3, "000's": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6,
            "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
# a scale word of a label; the one-letter scales only glued to a sign or code or in brackets ("US$m", "(€ bn)")
_SCALE = lazy(r"(?<![A-Za-z])(?:thousands?|millions?|billions?|trillions?|mln|mn|bln|bn|tn|trn|'000|000'?s)(?![A-Za-z])", re.I)
_LETTER_SCALE = lazy(r"(?:\$|€|£|¥|\b[A-Z]{3})\s?(?P<s>[kmb])\b|\(\s*(?P<s2>[kmb])\s*\)")
_CURRENCY = lazy(rf"(?<![A-Za-z])(?-i:{ISO_CODE_ALT})(?![A-Za-z])|(?<![A-Za-z])(?:{CURRENCY_NAME})(?![A-Za-z])", re.I)
_SIGN = lazy(r"(?:(?<![A-Za-z])[A-Z]{1,3})?\s?\$|€|£|¥|₹|₦")
# a physical unit the label gives in brackets or after a dash, comma or "in": "Production (tonnes)", "Output, MWh"
_UNIT_AT = lazy(r"(?:\(\s*(?:in\s+)?|[,–—-]\s*|\bin\s+)(?P<u>[A-Za-z][A-Za-z ./²³]{0,24}?)\s*\)?\s*$", re.I)
_PERCENT = lazy(r"%|\bper\s?cent\b|\bpercent(?:age)?\b", re.I)
_DELIMITED_LINE = lazy(r"^[^\n]*(?:\|[^\n]*\||\t[^\n]*\t)[^\n]*$", re.M)
_YEAR = lazy(r"\b(?:19|20)\d\d(?:[-/–]\d{2,4})?\b")
_CELL = lazy(r"\s*[-+–−▲▼]?\s*\d[\d,. ]*\s*")


def delimited_column_units(text: str, shared, dollar: str = "USD") -> list[tuple]:
    """(start, end, factor, unit, kind) of each cell under a delimited header whose label
    names a currency, a scale or a physical unit; K.MONEY, K.COUNT or K.MEASURE."""
    if "|" not in text and "\t" not in text:
        return []
    notes: list[tuple] = []
    for header in _DELIMITED_LINE.finditer(text):
        sep = "|" if "|" in header.group(0) else "\t"
        labels = header.group(0).split(sep)
        if any(_CELL.fullmatch(label) for label in labels):
            continue  # a row of figures, not a header
        units = {i: u for i, label in enumerate(labels) if (u := _label_unit(label, shared, dollar)) is not None}
        if not units:
            continue
        at = header.end() + 1
        for line in re.finditer(r"[^\n]*\n?", text[at:]):
            row = line.group(0)
            if sep not in row:
                break
            cells = row.rstrip("\n").split(sep)
            starts = [sum(len(c) + 1 for c in cells[:i]) for i in range(len(cells))]
            for i, (factor, unit, kind) in units.items():
                if i < len(cells) and _CELL.fullmatch(cells[i]):
                    notes.append((at + line.start() + starts[i], at + line.start() + starts[i] + len(cells[i]),
                                  factor, unit, kind))
    return notes


def _label_unit(label: str, shared, dollar: str) -> Optional[tuple]:
    """(factor, unit, kind) a column label names, or None."""
    words = _YEAR.sub(" ", label).strip()
    if not words or _PERCENT.search(words):
        return None  # a percent column is unitnotes' _percent_columns
    scales = {s.group(0).lower().rstrip("s") for s in _SCALE.finditer(words)}
    scales |= {(m.group("s") or m.group("s2")).lower() for m in _LETTER_SCALE.finditer(words)}
    factors = {_FACTORS.get(s, _FACTORS.get(s + "s")) for s in scales}
    if len(factors) > 1 or None in factors:
        return None  # "USD Billions/Millions": two scales, no one reading
    factor = factors.pop() if factors else 1.0
    code = _label_currency(words, shared, dollar)
    if code:
        return factor, code, K.MONEY
    m = _UNIT_AT.search(words)
    if m:
        unit = match_physical_unit(words, m.start("u"))
        if unit is not None and unit.end == m.end("u") and unit.entity != "time":
            return factor * unit.factor, unit.unit, K.MEASURE
    if factor != 1.0:
        return factor, "count", K.COUNT  # "Passengers (thousands)": counts in that scale
    return None


def _label_currency(words: str, shared, dollar: str) -> Optional[str]:
    codes = set()
    for m in _CURRENCY.finditer(words):
        code = currency_from_name(m.group(0))
        if code == "dollar":
            code = dollar
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if code and not code.endswith("?") and len(code) == 3:
            codes.add(code)
    for m in _SIGN.finditer(words):
        sign = m.group(0).replace(" ", "")
        code = dollar if sign == "$" else CURRENCY_PREFIXES.get(sign)
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if code and not code.endswith("?") and len(code) == 3:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


# --- the period each column names ------------------------------------------------------------
# a label's one period: a year ("2022 – USD Billions", "Passengers 2018"), or a month or quarter of one
_LABEL_PERIOD = lazy(r"(?<![\w/-])(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s'’-]*|(?P<q>Q[1-4])[\s'’-]*)?"
                     r"(?P<y>(?:19|20)\d\d)(?![\w/-])", re.I)
_CHANGE = lazy(r"\b(?:change|growth|var(?:iation)?|y/y|yoy|chg|difference|diff\.?|increase|decrease)\b|±|\+/-", re.I)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def delimited_column_periods(text: str) -> list[tuple]:
    """(start, end, when, base_when) of each cell of a delimited table whose header names the
    periods of its columns: a column labelled with one period ("Passengers 2018") is for it;
    a change column ("Change (%)", "Difference") after two of them compares the first with
    the second. `when` is layout's ('year', 2018, 0), ('month', 2018, 3) or ('quarter', 2018, 1)."""
    if "|" not in text and "\t" not in text:
        return []
    out: list[tuple] = []
    for header in _DELIMITED_LINE.finditer(text):
        sep = "|" if "|" in header.group(0) else "\t"
        labels = header.group(0).split(sep)
        if any(_CELL.fullmatch(label) for label in labels):
            continue
        whens = [_label_when(label) for label in labels]
        periods = [i for i, w in enumerate(whens) if w is not None]
        if len(periods) < 2 or len({whens[i] for i in periods}) < 2:
            continue  # one period for every column is the table's, not its columns'
        changes = {}
        for i, label in enumerate(labels):
            before = [j for j in periods if j < i]
            if whens[i] is None and _CHANGE.search(label) and len(before) >= 2:
                changes[i] = (whens[before[-2]], whens[before[-1]])
        at = header.end() + 1
        for line in re.finditer(r"[^\n]*\n?", text[at:]):
            row = line.group(0)
            if sep not in row:
                break
            cells = row.rstrip("\n").split(sep)
            starts = [sum(len(c) + 1 for c in cells[:i]) for i in range(len(cells))]
            for i in [*periods, *changes]:
                if i < len(cells) and _CELL.fullmatch(cells[i]):
                    when, base = (whens[i], None) if i in periods else changes[i]
                    out.append((at + line.start() + starts[i], at + line.start() + starts[i] + len(cells[i]), when, base))
    return out


def _label_when(label: str) -> Optional[tuple]:
    found = list(_LABEL_PERIOD.finditer(label))
    if len(found) != 1:
        return None
    m = found[0]
    year = int(m.group("y"))
    if m.group("mon"):
        return ("month", year, _MONTHS.index(m.group("mon").lower()[:3]) + 1)
    if m.group("q"):
        return ("quarter", year, int(m.group("q")[1]))
    return ("year", year, 0)


def give_column_periods(claims: list, cells: list[tuple]) -> None:
    """Each figure in a cell of a period column takes the column's period; one in a change
    column, the later period with the earlier as its base."""
    from factcheck.extract.layout import Column, column_period

    for c in claims:
        cell = next((x for x in cells if x[0] <= c.span[0] and c.span[1] <= x[1]), None)
        if cell is None:
            continue
        _, _, when, base = cell
        if base is None:
            c.period, c.base_period = column_period(Column("", when), None), None
            if c.role in ("change", "growth"):
                c.role, c.direction = ("rate" if c.kind == "percent" else "level"), None
        else:
            later, earlier = (when, base) if when > base else (base, when)
            c.period, c.base_period = column_period(Column("", later), None), column_period(Column("", earlier), None)
