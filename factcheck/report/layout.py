"""Text layout for the terminal reports: word wrapping, columns, and a fast writer.

rich's Table shrinks columns by cropping or folding them mid-word when a terminal is
narrow ("244.8 billio", "cn-longmen-g" / "ttoes-start"). These reports lay out their own
lines instead, by rules a reader can rely on at any width:

- text wraps only at spaces, so no word, number or id is ever cut or loses a character;
  a token longer than the line stays whole and runs past the edge;
- a table that fits its columns at their natural widths keeps one line per row; one that
  does not narrows the columns that may wrap (never below their longest word), and when
  even that does not fit, or a row would take more than two lines, each row becomes two
  lines: its primary cells, then the others joined with " · " and dimmed beneath.

Lines are lists of (text, style) segments; `write_lines` turns them into output
directly (plain text for pipes and NO_COLOR, rich's styles for a terminal), which keeps a
report of many thousand rows as fast as its JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

Seg = tuple[str, str]  # (text, rich style; "" for none)
Line = list[Seg]


def text_of(line: Sequence[Seg]) -> str:
    return "".join(t for t, _ in line).replace(NBSP, " ")


def wrap_words(text: str, width: int) -> list[str]:
    """Greedy wrap at spaces. Never splits a word: one longer than `width` stays whole."""
    width = max(1, width)
    if len(text) <= width and "  " not in text:  # the common case: it fits
        return [text.strip()] if text.strip() else [""]
    words = text.split(" ")
    words = [w for w in words if w]
    if not words:
        return [""]
    lines: list[str] = []
    current = words[0]
    for word in words[1:]:
        if len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def wrap_segments(segs: Sequence[Seg], width: int, indent: int = 0, first_indent: int = 0) -> list[Line]:
    """Wrap styled text at spaces; continuation lines start with `indent` spaces. Styles
    stay with their words, and the spaces between words are kept except at a break."""
    width = max(1, width)
    if len(segs) == 1 and segs[0][0] and first_indent + len(segs[0][0]) <= width and "\n" not in segs[0][0]:
        return [[(" " * first_indent, ""), segs[0]] if first_indent else [segs[0]]]  # the common case: it fits
    if first_indent + sum(len(t) for t, _ in segs) <= width and not any("\n" in t for t, _ in segs):
        return [([(" " * first_indent, "")] if first_indent else []) + [seg for seg in segs if seg[0]]]
    # words as (spaces before it, its styled pieces)
    words: list[tuple[str, list[Seg]]] = []
    pending = ""
    glued = False  # does the next piece continue the last word (no space between)?
    for text, style in segs:
        for space, word in _WORDS.findall(text):
            if space:
                pending += space
                glued = False
            if word:
                if glued and words and not pending:
                    words[-1][1].append((word, style))
                else:
                    words.append((pending, [(word, style)]))
                    pending = ""
                glued = True
        if text[-1:] in (" ", "\t", "\n"):
            glued = False
    lines: list[Line] = []
    line: Line = [(" " * first_indent, "")] if first_indent else []
    used = start = first_indent
    for space, pieces in words:
        n = sum(len(t) for t, _ in pieces)
        if used > start and used + len(space) + n > width:
            lines.append(line)
            line = [(" " * indent, "")] if indent else []
            used = start = indent
        elif used > start and space:
            line.append((space, ""))
            used += len(space)
        line.extend(pieces)
        used += n
    lines.append(line)
    return lines


#: Words are separated by ordinary spaces only; a no-break space (NBSP) glues "⚠ 2 inconsistent"
#: into one unit and is written out as a plain space.
NBSP = "\u00a0"
_WORDS = re.compile(r"([ \t\n]*)([^ \t\n]*)")


@dataclass
class Column:
    name: str
    wrap: bool = False  # may wrap at spaces (metric, sentence); else one line (ids, verdicts, numbers)
    align: str = "left"


@dataclass
class Table:
    """Rows of cells; each cell is a list of segments (a wrapping cell has one style)."""

    columns: list[Column]
    rows: list[list[list[Seg]]]
    #: Narrow form: the columns on a row's first line, and what goes dimmed beneath it.
    primary: Optional[list[int]] = None
    beneath: Optional[Callable[[int], "str | tuple[str, str]"]] = None  # text, or (text, style)
    header_beneath: str = ""
    #: The primary column under which the dimmed line starts (default: the first that wraps).
    beneath_under: Optional[int] = None
    gap: int = 2


def _cell_text(cell: Sequence[Seg]) -> str:
    if len(cell) == 1:
        return cell[0][0]
    return "".join(t for t, _ in cell)


def _plain_cell(cell: Sequence[Seg]) -> bool:
    """One unstyled segment (or none): such a row's line can be formatted as one string."""
    return not cell or (len(cell) == 1 and not cell[0][1])


def _row_format(columns: Sequence[Column], widths: Sequence[int], gap: int) -> str:
    """A format string that pads each cell to its column, as _pad does, gaps between."""
    return (" " * gap).join("{:%s%d}" % (">" if c.align == "right" else "<", w) for c, w in zip(columns, widths))


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split(" ")), default=0)


def column_widths(columns: list[Column], cells: list[list[str]], width: int, gap: int = 2) -> Optional[list[int]]:
    """Widths that fit `width`, or None. Natural widths when they fit; else the wrapping
    columns are capped at one common width (water-filling), never below their longest word."""
    natural = [max(len(c.name), max((len(row[i]) for row in cells), default=0)) for i, c in enumerate(columns)]
    room = width - gap * (len(columns) - 1)
    if sum(natural) <= room:
        return natural
    minimum = [max([len(c.name) if not c.wrap else _longest_word(c.name)] + [_longest_word(row[i]) for row in cells])
               if c.wrap else natural[i] for i, c in enumerate(columns)]
    if sum(minimum) > room:
        return None
    fixed = sum(n for n, c in zip(natural, columns) if not c.wrap)
    flexible = [i for i, c in enumerate(columns) if c.wrap]

    def total(cap: int) -> int:
        return fixed + sum(max(minimum[i], min(natural[i], cap)) for i in flexible)

    lo, hi = 1, max(natural)
    while lo < hi:  # the largest cap that fits
        mid = (lo + hi + 1) // 2
        if total(mid) <= room:
            lo = mid
        else:
            hi = mid - 1
    return [max(minimum[i], min(natural[i], lo)) if c.wrap else natural[i] for i, c in enumerate(columns)]


def _pad(text: str, width: int, align: str) -> str:
    return text.rjust(width) if align == "right" else text.ljust(width)


def render_table(table: Table, width: int, header_style: str = "bold", dim: str = "dim") -> list[Line]:
    """The table as lines no wider than `width` (save for a single token longer than it)."""
    cells = [[_cell_text(cell) for cell in row] for row in table.rows]
    widths = column_widths(table.columns, cells, width, table.gap)
    if widths is not None:
        wrapping = [i for i, c in enumerate(table.columns) if c.wrap]
        wrapped_rows = []
        for row in cells:  # a row that fits its columns stays one line: wrap only the others
            if any(len(row[i]) > widths[i] for i in wrapping):
                wrapped = [[text] if len(text) <= widths[i] or not table.columns[i].wrap else wrap_words(text, widths[i])
                           for i, text in enumerate(row)]
                if table.primary is not None and max(len(w) for w in wrapped) > 2:
                    break  # too tall: the narrow form
                wrapped_rows.append(wrapped)
            else:
                wrapped_rows.append(None)
        else:
            return _wide(table, widths, wrapped_rows, header_style, cells)
    if table.primary is None:  # no narrow form: one column per line is all that is left
        widths = [max([len(c.name)] + [len(row[i]) for row in cells]) for i, c in enumerate(table.columns)]
        return _wide(table, widths, [None] * len(cells), header_style, cells)
    return _narrow(table, cells, width, header_style, dim)


def _wide(table: Table, widths: list[int], wrapped_rows, header_style: str, cells: list[list[str]]) -> list[Line]:
    """One line per row, or more where a cell wraps; `wrapped_rows[r]` is None for a row
    whose cells all fit their columns."""
    gap = " " * table.gap
    head = gap.join(_pad(c.name, widths[i], c.align) for i, c in enumerate(table.columns)).rstrip()
    out: list[Line] = [[(head, header_style)]]
    fmt = _row_format(table.columns, widths, table.gap)
    for r, row in enumerate(table.rows):
        if wrapped_rows[r] is None:
            if all(_plain_cell(cell) for cell in row):  # the common row: one string
                out.append([(fmt.format(*cells[r]).rstrip(), "")])
                continue
            wrapped_rows[r] = [[text] for text in cells[r]]
        height = max(len(w) for w in wrapped_rows[r])
        for k in range(height):
            line: Line = []
            for i, col in enumerate(table.columns):
                if i:
                    line.append((gap, ""))
                parts = wrapped_rows[r][i]
                if k >= len(parts):
                    line.append((" " * widths[i], ""))
                elif not col.wrap and k == 0:
                    text = parts[0]
                    pad = widths[i] - len(text)
                    if col.align == "right":
                        line.append((" " * pad, ""))
                    line.extend(row[i])
                    if col.align != "right":
                        line.append((" " * pad, ""))
                else:
                    style = row[i][0][1] if row[i] else ""
                    line.append((_pad(parts[k], widths[i], col.align), style))
            out.append(_rstrip(line))
    return out


def _narrow(table: Table, cells: list[list[str]], width: int, header_style: str, dim: str) -> list[Line]:
    primary = table.primary or []
    cols = [table.columns[i] for i in primary]
    sub = [[row[i] for i in primary] for row in cells]
    widths = column_widths(cols, sub, width, table.gap)
    if widths is None:  # keep every cell whole; the terminal wraps what it must
        widths = [max([len(c.name)] + [len(row[k]) for row in sub]) for k, c in enumerate(cols)]
    gap = " " * table.gap
    # continuation text starts under the first column that wraps (the claim)
    first_wrap = table.beneath_under if table.beneath_under is not None else next(
        (k for k, c in enumerate(cols) if c.wrap), 0)
    indent = sum(widths[:first_wrap]) + table.gap * first_wrap
    head = gap.join(_pad(c.name, widths[k], c.align) for k, c in enumerate(cols)).rstrip()
    out: list[Line] = [[(head, header_style)]]
    if table.header_beneath:
        out.extend(wrap_segments([(table.header_beneath, header_style)], width, indent, indent))
    fmt = _row_format(cols, widths, table.gap)
    for r, row in enumerate(table.rows):
        texts = sub[r]
        if all(_plain_cell(row[i]) for i in primary) and all(
                len(texts[k]) <= widths[k] for k, c in enumerate(cols) if c.wrap):
            out.append([(fmt.format(*texts).rstrip(), "")])  # the common row: one string
            wrapped = None
        else:
            wrapped = [[text] if len(text) <= widths[k] or not cols[k].wrap else wrap_words(text, widths[k])
                       for k, text in enumerate(texts)]
        for k in range(max(len(w) for w in wrapped) if wrapped is not None else 0):
            line: Line = []
            for j, col in enumerate(cols):
                if j:
                    line.append((gap, ""))
                parts = wrapped[j]
                cell = table.rows[r][primary[j]]
                if k >= len(parts):
                    line.append((" " * widths[j], ""))
                elif not col.wrap:
                    pad = widths[j] - len(parts[0])
                    if col.align == "right":
                        line.append((" " * pad, ""))
                    line.extend(cell)
                    if col.align != "right":
                        line.append((" " * pad, ""))
                else:
                    line.append((_pad(parts[k], widths[j], col.align), cell[0][1] if cell else ""))
            out.append(_rstrip(line))
        below = table.beneath(r) if table.beneath else ""
        text, style = below if isinstance(below, tuple) else (below, dim)
        if text:
            out.extend(wrap_segments([(text, style)], width, indent, indent))
    return out


def _rstrip(line: Line) -> Line:
    """Drop trailing padding, so that golden files and pipes carry no trailing spaces."""
    while line and not line[-1][0].strip():
        line.pop()
    if line:
        text, style = line[-1]
        line[-1] = (text.rstrip(), style)
    return line


# --- output ------------------------------------------------------------------------------

def write_lines(console, lines: Iterable[Sequence[Seg]]) -> None:
    """Write lines to a rich Console's file: plain text when it has no colour (pipes,
    NO_COLOR), else each segment with its style's escape codes. Nothing is wrapped or
    cropped here: the lines were laid out for the console's width already."""
    out = console.file
    system = None if console.no_color else console.color_system
    if system is None:
        out.write("".join(text_of(line) + "\n" for line in lines).replace(NBSP, " "))
        return
    from rich.color import ColorSystem
    from rich.style import Style

    color_system = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT,
                    "truecolor": ColorSystem.TRUECOLOR, "windows": ColorSystem.WINDOWS}.get(system, ColorSystem.STANDARD)
    cache: dict[str, Style] = {}
    chunks = []
    for line in lines:
        for text, style in line:
            if style and text.strip():
                s = cache.get(style)
                if s is None:
                    s = cache[style] = Style.parse(style)
                chunks.append(s.render(text, color_system=color_system))
            else:
                chunks.append(text)
        chunks.append("\n")
    out.write("".join(chunks).replace(NBSP, " "))
    out.flush()
