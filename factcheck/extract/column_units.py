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
from functools import lru_cache
from typing import Optional

from factcheck.articles import month_number
from factcheck.extract.kinds import K
from factcheck.extract.numbers import CURRENCY_NAME, CURRENCY_PREFIXES, ISO_CODE_ALT, SHARED_CURRENCIES, currency_from_name
from factcheck.extract.patterns import lazy
from factcheck.extract.units import match_physical_unit

__all__ = ["SCALE_FACTORS", "delimited_column_units", "delimited_column_periods", "give_column_periods"]

SCALE_FACTORS = {"thousand": 1e3, "'000": 1e3, "000s": 1e3, "000's": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6,
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


@lru_cache(maxsize=2)
def _grids(text: str) -> tuple:
    """Each table a text sets out in delimited cells, as (labels, rows), found once per text:
    the units and the periods of its columns both read them."""
    return tuple(_find_grids(text))


def _find_grids(text: str):
    """Each table a text sets out in delimited cells, as (labels, rows): its header's labels
    and, for each row, the (start, end, text) of its cells by column. Two layouts: a line a
    row, its cells parted by bars or tabs ("Airport | Passengers 2018 | …"); and a cell a
    line, each opening with a bar (a web table flattened: "|Jan-Oct'18", "|Oct'18", then
    "|Exports (FOB)", "|46,039.8", …), its header the labels before the first figure and each
    row a label and one figure a column."""
    for header in _DELIMITED_LINE.finditer(text):
        sep = "|" if "|" in header.group(0) else "\t"
        labels = header.group(0).split(sep)
        if any(_CELL.fullmatch(label) for label in labels):
            continue  # a row of figures, not a header
        at, rows = header.end() + 1, []
        for line in re.finditer(r"[^\n]*\n?", text[at:]):
            row = line.group(0)
            if sep not in row:
                break
            cells = row.rstrip("\n").split(sep)
            starts = [at + line.start() + sum(len(c) + 1 for c in cells[:i]) for i in range(len(cells))]
            rows.append([(b, b + len(c), c) for b, c in zip(starts, cells)])
        yield labels, rows
    for block in _CELL_LINES.finditer(text):
        cells = [(m.start(1), m.end(1), m.group(1)) for m in re.finditer(r"^\|([^|\n]*)$", block.group(0), re.M)]
        cells = [(block.start() + s, block.start() + e, c) for s, e, c in cells]
        # the header: the labels before the first row's label and figure
        k = next((i for i, c in enumerate(cells) if _CELL.fullmatch(c[2])), 0) - 1
        if k < 2:
            continue
        labels, rows, i = ["", *(c[2] for c in cells[:k])], [], k + 1
        while i + k <= len(cells) and not _CELL.fullmatch(cells[i - 1][2]) \
                and all(_CELL.fullmatch(c[2]) for c in cells[i: i + k]):
            rows.append([cells[i - 1], *cells[i: i + k]])
            i += k + 1
        if rows:
            yield labels, rows


# a run of three or more lines each a cell opening with a bar and holding no other
_CELL_LINES = lazy(r"(?:^\|[^|\n]*\n){3,}(?:^\|[^|\n]*$)?", re.M)


def delimited_column_units(text: str, shared, dollar: str = "USD") -> list[tuple]:
    """(start, end, factor, unit, kind) of each cell under a delimited header whose label
    names a currency, a scale or a physical unit; K.MONEY, K.COUNT or K.MEASURE."""
    if "|" not in text and "\t" not in text:
        return []
    notes: list[tuple] = []
    for labels, rows in _grids(text):
        units = {i: u for i, label in enumerate(labels) if (u := _label_unit(label, shared, dollar)) is not None}
        for row in rows if units else []:
            for i, (factor, unit, kind) in units.items():
                if i < len(row) and _CELL.fullmatch(row[i][2]):
                    notes.append((row[i][0], row[i][1], factor, unit, kind))
    return notes


def _label_unit(label: str, shared, dollar: str) -> Optional[tuple]:
    """(factor, unit, kind) a column label names, or None."""
    words = _YEAR.sub(" ", label).strip()
    if not words or _PERCENT.search(words):
        return None  # a percent column is unitnotes' _percent_columns
    scales = {s.group(0).lower().rstrip("s") for s in _SCALE.finditer(words)}
    scales |= {(m.group("s") or m.group("s2")).lower() for m in _LETTER_SCALE.finditer(words)}
    factors = {SCALE_FACTORS.get(s, SCALE_FACTORS.get(s + "s")) for s in scales}
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
    """The one currency a label names, by name or code ("USD", "euros") or by sign ("$")."""
    found = [currency_from_name(m.group(0)) for m in _CURRENCY.finditer(words)]
    found = [dollar if code == "dollar" else code for code in found]
    for m in _SIGN.finditer(words):
        sign = m.group(0).replace(" ", "")
        found.append(dollar if sign == "$" else CURRENCY_PREFIXES.get(sign))
    codes = set()
    for code in found:
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if code and not code.endswith("?") and len(code) == 3:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


# --- the period each column names ------------------------------------------------------------
# a label's one period: a year ("2022 – USD Billions", "Passengers 2018"), a quarter, a month or a
# span of months of one ("Q1 2024", "Oct'18", "Jan-Oct'18", "March 2024"); a year of two digits
# only after an apostrophe or a hyphen glued to the month
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_LABEL_PERIOD = lazy(rf"(?<![\w/-])(?:(?P<mon>{_MON})(?:\s*[-–]\s*(?P<mon2>{_MON}))?|(?P<q>Q[1-4]))"
                     r"(?:[\s'’-]*(?P<y>(?:19|20)\d\d)|['’-](?P<yy>\d\d))(?![\w/-])"
                     r"|(?<![\w/-])(?P<year>(?:19|20)\d\d)(?![\w/-])", re.I)
_CHANGE = lazy(r"\b(?:change|growth|var(?:iation)?|y/y|yoy|chg|difference|diff\.?|increase|decrease)\b|±|\+/-", re.I)
_BRACKETS = lazy(r"\s*\([^()]*\)")


def delimited_column_periods(text: str) -> list[tuple]:
    """(start, end, when, base_when, series) of each cell of a delimited table whose header names the
    periods of its columns: a column labelled with one period ("Passengers 2018") is for it;
    a change column ("Change (%)", "Difference") after two of them compares the first with
    the second. `when` is (year, first month, last month): (2018, 1, 12) for a year, (2018, 1, 10)
    for a span of months ("Jan-Oct'18"), (2024, 1, 3) for a quarter ("Q1 2024")."""
    if "|" not in text and "\t" not in text:
        return []
    out: list[tuple] = []
    for labels, rows in _grids(text):
        whens = [_label_when(label) for label in labels]
        periods = [i for i, w in enumerate(whens) if w is not None]
        if len(periods) < 2 or len({whens[i] for i in periods}) < 2:
            continue  # one period for every column is the table's, not its columns'
        changes = {}
        for i, label in enumerate(labels):
            before = [j for j in periods if j < i]
            if whens[i] is None and _CHANGE.search(label) and len(before) >= 2:
                changes[i] = (whens[before[-2]], whens[before[-1]])
        for row in rows:
            # a row label under no column label names the row's series ("Exports (FOB)");
            # under one ("Country", "Airport") it names what the row is about
            series = _BRACKETS.sub("", row[0][2]).strip() if not labels[0].strip() and not _CELL.fullmatch(row[0][2]) \
                else None
            for i in [*periods, *changes]:
                if i < len(row) and _CELL.fullmatch(row[i][2]):
                    when, base = (whens[i], None) if i in periods else changes[i]
                    out.append((row[i][0], row[i][1], when, base, series or None))
    return out


def _label_when(label: str) -> Optional[tuple]:
    """(year, first month, last month) of the one period a column label names."""
    found = list(_LABEL_PERIOD.finditer(label))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("year"):
        return int(m.group("year")), 1, 12
    year = int(m.group("y")) if m.group("y") else 2000 + int(m.group("yy"))
    if m.group("q"):
        q = int(m.group("q")[1])
        return year, 3 * q - 2, 3 * q
    first = month_number(m.group("mon"))
    last = month_number(m.group("mon2")) if m.group("mon2") else first
    return (year, first, last) if first <= last else None


def _name(when: tuple) -> str:
    from factcheck.timespan import month_span, name

    year, first, last = when
    return name(month_span(year, first, year, last))


def give_column_periods(claims: list, cells: list[tuple]) -> None:
    """Each figure in a cell of a period column takes the column's period, and is a level (a
    balance's minus sign is no fall); one in a change column, the later period with the
    earlier as its base."""
    for c in claims:
        cell = next((x for x in cells if x[0] <= c.span[0] and c.span[1] <= x[1]), None)
        if cell is None:
            continue
        _, _, when, base, series = cell
        if series:
            c.metric = series
        if base is None:
            c.period, c.base_period = _name(when), None
            if c.role in ("change", "growth"):
                c.role, c.direction = ("rate" if c.kind == "percent" else "level"), None
                c.context.pop("change", None)
        else:
            later, earlier = (when, base) if (when[0], when[2]) > (base[0], base[2]) else (base, when)
            c.period, c.base_period = _name(later), _name(earlier)
