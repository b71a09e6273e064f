"""A table's unit note: "Details follow (in millions of levs):", "(EUR million)", "(USD mn)".
Statistical releases state the unit and scale of a table's bare cells once, above them;
the cells below the note ("|46,039.8") are amounts in that unit, not counts. Decided once
per article (conventions), applied to the bare figures of the lines the note governs."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import CURRENCY_NAME, ISO_CODE_ALT, SHARED_CURRENCIES, clean, currency_from_name
from factcheck.extract.patterns import lazy

__all__ = ["unit_notes", "apply_unit_notes"]

_SCALE = r"(?P<scale>thousands?|millions?|billions?|mln|mn|bln|bn|'000)"
_CURRENCY = rf"(?P<cur>(?-i:{ISO_CODE_ALT})|{CURRENCY_NAME})"
# "(in millions of levs)", "(million US dollars)", "(EUR million)", "(in USD mn)"; the
# parenthesis closes the note, and a colon or the line's end follows it
_NOTE = lazy(rf"\((?:(?:all\s+)?(?:figures|values|amounts|data)\s+)?(?:in\s+)?(?:{_SCALE}\s+(?:of\s+)?{_CURRENCY}"
             rf"|{_CURRENCY.replace('cur>', 'cur2>')}\s+{_SCALE.replace('scale>', 'scale2>')})\)\s*:?[ \t]*$",
             re.I | re.M)
_FACTORS = {"thousand": 1e3, "'000": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9}
_PROSE_WORDS = 8  # a line of this many words is prose again: the table has ended


def unit_notes(text: str, shared) -> list[tuple[int, int, float, str]]:
    """(start, end, factor, currency) of each stretch of lines a unit note governs: from the
    note to the first line of prose (or a blank line after the rows)."""
    if "(" not in text or not any(w in text for w in ("illion", "mn)", "mln", "bn)", "bln", "'000", "housand")):
        return []
    notes = []
    for m in _NOTE.finditer(text):
        scale = (m.group("scale") or m.group("scale2")).lower()
        factor = _FACTORS.get(scale.rstrip("s"), _FACTORS.get(scale))
        code: Optional[str] = currency_from_name(m.group("cur") or m.group("cur2"))
        if code in SHARED_CURRENCIES:
            code = shared.code(code)
        if not factor or not code or code.endswith("?"):
            continue
        start = end = m.end()
        for line in re.finditer(r"[^\n]*\n?", text[start:]):
            body = line.group(0).strip()
            if not line.group(0) or len(body.split()) >= _PROSE_WORDS:
                break
            end = start + line.end()
        notes.append((start, end, factor, code))
    return notes


def apply_unit_notes(mentions: list[Mention], offset: int, notes) -> None:
    """Bare figures of a governed line become amounts of the note's unit and scale."""
    for m in mentions:
        at = offset + m.start
        if m.kind != K.COUNT or m.counted or m.has_scale or m.word_number:
            continue
        for start, end, factor, code in notes:
            if start <= at < end:
                m.value, m.unit, m.kind = clean(m.value * factor), code, K.MONEY
                m.precision = clean((m.precision or 1.0) * factor)
                m.scale, m.has_scale, m.bare = factor, True, False
                m.info["unit_note"] = True
                break
