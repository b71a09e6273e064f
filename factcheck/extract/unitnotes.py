"""A table's unit note: "Details follow (in millions of levs):", "(EUR million)", "(USD mn)",
or a header whose last columns are currencies ("Institutions SLSH Dollar").
Statistical releases state the unit and scale of a table's bare cells once, above them;
the cells below the note ("|46,039.8") are amounts in that unit, not counts. Decided once
per article (conventions), applied to the bare figures of the lines the note governs."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.column_units import SCALE_FACTORS, delimited_column_units
from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import (CURRENCY_NAME, CURRENCY_PREFIXES, ISO_CODE_ALT, ISO_CODES, SHARED_CURRENCIES,
                                       clean, currency_from_name)
from factcheck.extract.patterns import lazy
from factcheck.extract.units import match_physical_unit

__all__ = ["unit_notes", "apply_unit_notes"]

_SCALE = r"(?P<scale>thousands?|millions?|billions?|mln|mn|bln|bn|'000)"
_CURRENCY = rf"(?P<cur>(?-i:{ISO_CODE_ALT})|{CURRENCY_NAME})"
# "(in millions of levs)", "(million US dollars)", "(EUR million)", "(in USD mn)"; the
# parenthesis closes the note, and a colon or the line's end follows it
_NOTE = lazy(rf"\((?:(?:all\s+)?(?:figures|values|amounts|data)\s+)?(?:in\s+)?(?:{_SCALE}\s+(?:of\s+)?{_CURRENCY}"
             rf"|{_CURRENCY.replace('cur>', 'cur2>')}\s+{_SCALE.replace('scale>', 'scale2>')})\)\s*:?[ \t]*$",
             re.I | re.M)
_PROSE_WORDS = 8  # a line of this many words is prose again: the table has ended


def unit_notes(text: str, shared, dollar: str = "USD") -> list[tuple]:
    """(start, end, factor, currency) of each stretch of lines a unit note governs: from the
    note to the first line of prose (or a blank line after the rows); and (start, end, None,
    currencies) of each row under a header that names its last columns' currencies."""
    notes = _currency_columns(text, shared, dollar) + _measure_notes(text) + _sign_notes(text, shared, dollar) \
        + _percent_columns(text) + _row_label_notes(text, shared) + _spaced_columns(text, shared) \
        + delimited_column_units(text, shared, dollar)
    if "(" not in text or not any(w in text for w in ("illion", "mn)", "mln", "bn)", "bln", "'000", "housand")):
        return notes
    for m in _NOTE.finditer(text):
        scale = (m.group("scale") or m.group("scale2")).lower()
        factor = SCALE_FACTORS.get(scale.rstrip("s"), SCALE_FACTORS.get(scale))
        code: Optional[str] = currency_from_name(m.group("cur") or m.group("cur2"))
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if not factor or not code or code.endswith("?"):
            continue
        notes.append((m.end(), m.end() + sum(e - s for s, e in _governed_lines(text, m.end())), factor, code, K.MONEY))
    return notes


def _percent_columns(text: str) -> list[tuple]:
    """A delimited table's column whose label says percent ("Airport | Passengers 2018 |
    Change (%) |", "Share, per cent"): its cells print the figure alone ("▲ 6.6"), as the
    label said it once. (start, end, None, is_change, K.PERCENT) for each such cell below:
    a label that names a change ("Change (%)", "Growth, %") makes each cell a growth whose
    direction its arrow or sign gives ("▲ 6.6", "-2.1")."""
    if ("|" not in text and "\t" not in text) or ("%" not in text and "cent" not in text):
        return []
    notes = []
    for header in _DELIMITED_LINE.finditer(text):
        sep = "|" if "|" in header.group(0) else "\t"
        labels = header.group(0).split(sep)
        columns = [i for i, label in enumerate(labels) if _PERCENT_LABEL.search(label) and not re.search(r"\d", label)]
        change = {i: bool(_CHANGE_LABEL.search(labels[i])) for i in columns}
        if not columns:
            continue
        for line in re.finditer(r"[^\n]*\n?", text[header.end() + 1:]):
            row = line.group(0)
            if sep not in row:
                break
            at = header.end() + 1 + line.start()
            cells = row.split(sep)
            starts = [sum(len(c) + 1 for c in cells[:i]) for i in range(len(cells))]
            notes += [(at + starts[i], at + starts[i] + len(cells[i]), None, change[i], K.PERCENT)
                      for i in columns if i < len(cells)]
    return notes


def _spaced_columns(text: str, shared) -> list[tuple]:
    """A header naming two columns' units, an amount's scale and currency and a percentage
    ("Products groups Income from sale, in million manat As % to January-June 2018"), over
    rows whose columns only spaces part ("food products 8074,5  102,6"): each row's last two
    figures are the amount in that scale and currency, then the percentage.
    (start, end, factor, code, K.MONEY) and (start, end, None, False, K.PERCENT) per cell."""
    if "%" not in text or "illion" not in text and "housand" not in text:
        return []
    notes: list[tuple] = []
    for header in _AMOUNT_AND_PERCENT_HEADER.finditer(text):
        scale = header.group("scale").lower()
        factor = SCALE_FACTORS.get(scale.rstrip("s"), SCALE_FACTORS.get(scale))
        code: Optional[str] = currency_from_name(header.group("cur"))
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if not factor or not code or code.endswith("?"):
            continue
        rows = 0
        for line in re.finditer(r"[^\n]*\n?", text[header.end():]):
            row = _TWO_CELLS_ROW.search(line.group(0))
            if row is None:
                if rows or line.group(0).strip():
                    break
                continue  # blank lines before the first row
            rows += 1
            at = header.end() + line.start()
            notes.append((at + row.start("a"), at + row.end("a"), factor, code, K.MONEY))
            notes.append((at + row.start("b"), at + row.end("b"), None, False, K.PERCENT))
    return notes


_AMOUNT_AND_PERCENT_HEADER = lazy(rf"^[^\n\d]*?\bin\s+{_SCALE}\s+(?:of\s+)?{_CURRENCY}\b[^\n%]*?%[^\n]*\n",
                                  re.I | re.M)
# a row's last two figures, spaces alone between them and after ("… shoes 3 236,5 103,0")
_TWO_CELLS_ROW = lazy(r"(?<=[A-Za-z)][ \t])[ \t]*(?P<a>\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)[ \t]+"
                      r"(?P<b>\d+(?:[.,]\d+)?)[ \t]*$")


# a line of a table whose columns a bar or a tab delimits; a label that names percent
_DELIMITED_LINE = lazy(r"^[^\n]*(?:\|[^\n]*\||\t[^\n]*\t)[^\n]*$", re.M)
_PERCENT_LABEL = lazy(r"%|\bper\s?cent\b|\bpercent(?:age)?\b", re.I)
_CHANGE_LABEL = lazy(r"\b(?:change|growth|var(?:iation)?|y/y|yoy|chg)\b|±|\+/-", re.I)
_ARROWS = {"▲": "up", "△": "up", "↑": "up", "▼": "down", "▽": "down", "↓": "down"}


def _row_label_notes(text: str, shared) -> list[tuple]:
    """A delimited table's row whose label names its currency in brackets ("| EPS (Riyal) |
    0.94 | 1.15 | 22.7 % |", "| Earnings per share (USD) | …"): its bare cells are amounts in
    it, per share where the label says so. (start, end, 1.0, unit, K.MONEY) over the cells."""
    if "|" not in text or "(" not in text:
        return []
    notes = []
    for m in _ROW_LABEL.finditer(text):
        code = currency_from_name(m.group("cur"))
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if not code or code.endswith("?") or len(code) != 3:
            continue
        unit = f"{code} / share" if _PER_SHARE_LABEL.search(m.group("label")) else code
        notes.append((m.start("cells"), m.end("cells"), 1.0, unit, K.MONEY))
    return notes


_ROW_LABEL = lazy(rf"^\|?[ \t]*(?P<label>[^|\n\d()]{{2,80}}?)[ \t]*\([ \t]*(?P<cur>(?-i:{ISO_CODE_ALT})|{CURRENCY_NAME})[ \t]*\)"
                  r"[ \t]*\|(?P<cells>[^\n]*)$", re.I | re.M)
_PER_SHARE_LABEL = lazy(r"\bper\s+share\b|\bEPS\b|\bDPS\b", re.I)


def _sign_notes(text: str, shared, dollar: str) -> list[tuple]:
    """A note by the currency's sign and a scale's letter, as a table's title prints it
    ("export markets, June 2017 (US$b) Market June 2017 … US 11.45 28.4%", "(€m)", "(NT$ bn)"):
    the bare figures after it, to the end of its line (or of the rows below a note that ends
    its line), are amounts in that currency and scale."""
    if "$" not in text and "€" not in text and "£" not in text:
        return []
    notes = []
    for m in _SIGN_NOTE.finditer(text):
        sign = m.group("sign").replace(" ", "")
        code = dollar if sign == "$" else CURRENCY_PREFIXES.get(sign)
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if not code or code.endswith("?") or len(code) != 3:
            continue
        scale = m.group("scale").lower()
        factor = SCALE_FACTORS.get(scale.rstrip("s"), SCALE_FACTORS.get(scale))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[m.end():line_end].strip(" \t:"):
            end = line_end  # a title inside its line: the cells follow on the same line
        else:
            end = m.end() + sum(e - s for s, e in _governed_lines(text, m.end()))
        notes.append((m.end(), end, factor, code, K.MONEY))
    return notes


_SIGN_NOTE = lazy(r"\((?:in\s+)?(?P<sign>[A-Z]{0,3}\s?\$|€|£)\s?(?P<scale>b|bn|m|mn|mln|bln|millions?|billions?)\)")


def _measure_notes(text: str) -> list[tuple]:
    """A column's physical unit in brackets ending its header line ("Export quantity (tons)"):
    the bare figures of the rows below are quantities in it."""
    if ")\n" not in text:
        return []
    notes = []
    for m in _MEASURE_NOTE.finditer(text):
        unit = match_physical_unit(text, m.start("unit"))
        if unit is None or unit.end != m.end("unit") or unit.entity == "time":
            continue
        notes.append((m.end(), m.end() + sum(e - s for s, e in _governed_lines(text, m.end())), unit.factor, unit.unit,
                      K.MEASURE))
    return notes


_MEASURE_NOTE = lazy(r"\((?:in\s+)?(?P<unit>[A-Za-z][A-Za-z ]{0,24}?)\)[ \t]*:?[ \t]*$", re.M)


def _governed_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines after a note up to the first line of prose (or a blank line after the rows)."""
    lines = []
    for line in re.finditer(r"[^\n]*\n?", text[start:]):
        if not line.group(0) or len(line.group(0).split()) >= _PROSE_WORDS:
            break
        lines.append((start + line.start(), start + line.end()))
    return lines


def _currency_columns(text: str, shared, dollar: str) -> list[tuple]:
    """A header line whose last two or more labels are currencies ("No Institutions SLSH
    Dollar", "Item USD EUR"): the last figures of each row below it are amounts in those
    currencies, column by column."""
    notes: list[tuple] = []
    for header in _SHORT_LINE.finditer(text):
        labels = header.group(0).split()
        if len(labels) >= _PROSE_WORDS or header.group(0).rstrip().endswith((".", ":")) \
                or not any(label in ISO_CODES for label in labels[-2:]):
            continue  # (a code among the last two labels first: the names' pattern is costly to compile)
        codes: list[str] = []
        for label in reversed(labels):
            code = _currency_label(label, shared, dollar)
            if code is None:
                break
            codes.insert(0, code)
        if len(codes) < 2:
            continue
        notes += [(s, e, None, tuple(codes), K.MONEY) for s, e in _governed_lines(text, header.end() + 1)]
    return notes


# a short line without a figure: a table header's candidates
_SHORT_LINE = lazy(r"^[^\d\n]{3,80}$", re.M)


def _currency_label(label: str, shared, dollar: str) -> Optional[str]:
    """The currency a column label names: an ISO code in capitals, or a currency's name."""
    if label in ISO_CODES:
        return label
    if len(label) < 3 or not _NAME.fullmatch(label):
        return None
    code = currency_from_name(label)
    if code == "dollar":
        return dollar
    if code in SHARED_CURRENCIES:
        code = shared.code(code)
    return code if code and not code.endswith("?") else None


_CELL = lazy(r"\d[\d,.]*")
_NAME = lazy(rf"(?:{CURRENCY_NAME})", re.I)


def apply_unit_notes(mentions: list[Mention], offset: int, notes, sentence: str = "") -> None:
    """Bare figures of a governed line become amounts of the note's unit and scale; the last
    bare figures of a row under currency columns, amounts in those currencies."""
    for start, end, factor, codes, kind in notes:
        if factor is None and kind == K.MONEY:
            row = [m for m in mentions if start <= offset + m.start < end]
            cells = row[-len(codes):]
            # a cell is its digits alone (a row label's noun, "2 Independent Institutions 303,338,532,125",
            # counts the label's figure, not the cells after it)
            if len(cells) == len(codes) and all(m.kind == K.COUNT and _CELL.fullmatch(m.raw) for m in cells):
                for m, code in zip(cells, codes):
                    m.unit, m.kind, m.bare, m.counted = code, K.MONEY, False, None
                    m.info["unit_note"] = True
    for start, end, factor, unit, kind in notes:
        if kind == K.MEASURE:
            _join_spaced_cells(mentions, [m for m in mentions if start <= offset + m.start < end and _bare(m)])
    for m in mentions:
        at = offset + m.start
        if not _bare(m) or m.has_scale:
            continue
        for start, end, factor, code, kind in notes:
            if kind == K.PERCENT and start <= at < end:
                m.unit, m.kind, m.bare = "percent", kind, False  # a percent column's cell: the label scales nothing
                m.info["unit_note"] = True
                if code:  # a change column: its arrow or sign says which way
                    arrow = _ARROWS.get(sentence[max(0, m.start - 2):m.start].strip()[-1:])
                    direction = arrow or ("down" if m.value < 0 else "up")
                    m.info["direction"] = m.info["change"] = direction
                break
            if factor is not None and start <= at < end:
                m.value, m.unit, m.kind = clean(m.value * factor), code, kind
                m.precision = clean((m.precision or 1.0) * factor)
                m.scale, m.has_scale, m.bare = factor, True, False
                m.info["unit_note"] = True
                break


def _join_spaced_cells(mentions: list[Mention], cells: list[Mention]) -> None:
    """"357 858" in a column of "1 183 138": a cell whose thousands a space groups, read
    as two figures by an article that groups with commas elsewhere, is one figure."""
    for a, b in zip(cells, cells[1:]):
        if b.start == a.end + 1 and len(b.raw) == 3 and b.raw.isdigit() and a.raw.isdigit() and len(a.raw) <= 3 \
                and a in mentions and b in mentions:
            a.value, a.end, a.raw = a.value * 1000 + b.value, b.end, f"{a.raw} {b.raw}"
            mentions.remove(b)


def _bare(m: Mention) -> bool:
    return m.kind == K.COUNT and not m.counted and not m.word_number
