"""Tables flattened into prose: "Suzuki March-20 March-19 YoY Feb-20 MoM ... Swift 82 386
-79% 186 -56% ... Total 2,673 13,615 -81% 5,377 -50% ...".

A table states its own identities: a change column is the same ratio of two amount
columns on every row, a total row is the sum of the rows above it. Which columns relate,
and whether the last row is a total, is read from the table itself: an identity that
holds on most rows is the table's, and a row that breaks it is a slip. No header has to
be understood, so the reader works for any table of this shape. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from factcheck.relations.graph import AMOUNT_KINDS, PERCENT, Graph, Node
from factcheck.relations.interval import half_width

_CELL = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?[%&]?")
_EMPTY = frozenset({"–", "—", "-", "N/A", "n/a", "NA", "n.a.", "nil"})
_TOTAL = re.compile(r"^(?:total|all|overall|grand\s+total|sum)\b", re.I)
#: Fewest rows, and the share of rows that must keep an identity, for it to be the table's.
MIN_ROWS = 3
MAJORITY = 2 / 3
#: Sentences with fewer figures are prose, not tables.
MIN_FIGURES = 12


@dataclass
class Cell:
    start: int
    end: int
    text: str
    node: Optional[Node] = None

    @property
    def empty(self) -> bool:
        return self.text in _EMPTY

    @property
    def percent(self) -> bool:
        return self.text.endswith(("%", "&"))

    @property
    def number(self) -> Optional[float]:
        if self.empty:
            return None
        t = self.text.rstrip("%&").replace(",", "").replace("−", "-")
        try:
            return float(t)
        except ValueError:
            return None


@dataclass
class Row:
    label: str
    cells: list[Cell] = field(default_factory=list)

    @property
    def total(self) -> bool:
        return bool(_TOTAL.match(self.label))


@dataclass
class Table:
    rows: list[Row]
    width: int

    def column(self, j: int) -> list[Cell]:
        return [r.cells[j] for r in self.rows]

    def percent_column(self, j: int) -> bool:
        filled = [c for c in self.column(j) if not c.empty]
        return bool(filled) and sum(c.percent for c in filled) > len(filled) / 2

    def amount_column(self, j: int) -> bool:
        filled = [c for c in self.column(j) if not c.empty]
        return bool(filled) and not any(c.percent for c in filled)


def tables(graph: Graph) -> list[Table]:
    """The tables of the article, read once per graph."""
    return graph.memo("tables", lambda: [t for s in graph.sentences if (t := _read(graph.by_sentence[s]))])


def _read(nodes: list[Node]) -> Optional[Table]:
    if len(nodes) < MIN_FIGURES:
        return None
    sentence = nodes[0].claim.sentence
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", sentence)]
    words = sum(1 for _, _, t in tokens if not (_CELL.fullmatch(t) or t in _EMPTY))
    if words > len(tokens) * 0.6:
        return None  # prose with many figures
    rows: list[Row] = []
    label: list[str] = []
    for start, end, text in tokens:
        if _CELL.fullmatch(text) or text in _EMPTY:
            if not rows or label:
                rows.append(Row(" ".join(label)))
                label = []
            rows[-1].cells.append(Cell(start, end, text))
        else:
            label.append(text)
    widths = [len(r.cells) for r in rows if len(r.cells) >= 3]
    if not widths:
        return None
    width = max(set(widths), key=widths.count)
    rows = [r for r in rows if len(r.cells) == width]
    if len(rows) < MIN_ROWS:
        return None
    by_start = {n.local[0]: n for n in nodes}
    for r in rows:
        for c in r.cells:
            # a claim's surface may leave out the sign the cell prints ("-56%" read as '56%', −56)
            c.node = by_start.get(c.start) or by_start.get(c.start + 1)
            if c.node is not None and (c.node.kind not in (*AMOUNT_KINDS, PERCENT)
                                       or c.number is not None and abs(c.node.value - c.number) > 1e-9 * max(1, abs(c.number))):
                c.node = None  # not the cell's figure
    return Table(rows, width)


def _layout(table: Table) -> tuple:
    """Tables of one layout: the width, which columns are percentages, and the header
    words (the first row's label but its last word, the row's own name)."""
    header = frozenset(table.rows[0].label.split()[:-1])
    return table.width, tuple(table.percent_column(j) for j in range(table.width)), header


def peers(graph: Graph, table: Table) -> list[Table]:
    """The tables of the article laid out like this one ("Suzuki March-20 March-19 YoY
    ..." and "Toyota March-20 March-19 YoY ..."): their rows are evidence of one layout."""
    width, kinds, header = _layout(table)
    out = []
    for t in tables(graph):
        w, k, h = _layout(t)
        if w == width and k == kinds and (t is table or len(h & header) * 2 >= max(len(h | header), 1)):
            out.append(t)
    return out


def growth_columns(table: Table, evidence: Optional[list[Table]] = None) -> list[tuple[int, int, int]]:
    """(percent column, later column, earlier column) for each percent column that is the
    change from one amount column to another on most rows (of this table and the tables
    laid out like it)."""
    out = []
    rows = [r for t in (evidence or [table]) for r in t.rows]
    amounts = [j for j in range(table.width) if table.amount_column(j)]
    for p in range(table.width):
        if not table.percent_column(p):
            continue
        best, best_score = None, 0
        for a in amounts:
            for b in amounts:
                if a == b:
                    continue
                held = tested = 0
                for r in rows:
                    x, y, g = r.cells[a].number, r.cells[b].number, r.cells[p].number
                    if x is None or y is None or g is None or not y:
                        continue
                    tested += 1
                    held += abs((x / y - 1) * 100 - g) <= _half(r.cells[p]) + 100 * abs(x / y) * (_half(r.cells[a]) / max(abs(x), 1e-9) + _half(r.cells[b]) / abs(y))
                if tested >= MIN_ROWS and held >= MAJORITY * tested and held > best_score:
                    best, best_score = (p, a, b), held
        if best:
            out.append(best)
    return out


def total_columns(table: Table) -> list[int]:
    """The amount columns of a table whose last row, labelled a total, is the sum of the
    rows above in two of them at least (an empty cell counts nothing): all of them, since a
    column that does not add up is then a slip."""
    if not table.rows[-1].total or len(table.rows) < MIN_ROWS:
        return []
    amounts = [j for j in range(table.width) if table.amount_column(j)]
    held = 0
    for j in amounts:
        parts = [r.cells[j] for r in table.rows[:-1]]
        total = table.rows[-1].cells[j].number
        if total is None:
            continue
        s = sum(c.number or 0 for c in parts)
        held += abs(s - total) <= sum(_half(c) for c in parts) + _half(table.rows[-1].cells[j])
    # a sum that comes out to the unit is no coincidence: two such columns make the row a total
    return amounts if held >= min(2, len(amounts)) else []


def total_relations(graph: Graph):
    """Each column of a total row against the sum of the cells above it; a cell the
    extractor did not read as a claim counts as printed."""
    from factcheck.relations.relation import Relation

    for table in tables(graph):
        total_row = table.rows[-1]
        for j in total_columns(table):
            total = total_row.cells[j].node
            cells = [r.cells[j] for r in table.rows[:-1] if not r.cells[j].empty]
            parts = [c.node for c in cells if c.node is not None]
            if total is None or not parts or any(c.number is None for c in cells):
                continue
            rest = sum(c.number for c in cells if c.node is None)
            scale = parts[0].value / next(c.number for c in cells if c.node is parts[0]) if parts[0].value else 1.0
            const = rest * scale
            template = " + ".join([f"{{{i}}}" for i in range(len(parts))]
                                  + [c.text for c in cells if c.node is None])
            yield Relation("parts-total", "sum", parts, total, lambda v, k=const: sum(v) + k,
                           f"rows of the table above '{total_row.label}'", template)


def growth_relations(graph: Graph):
    """Each row's change cell against the two amount cells the column relates."""
    from factcheck.relations.relation import Relation

    for table in tables(graph):
        for p, a, b in growth_columns(table, peers(graph, table)):
            for r in table.rows:
                g, new, old = r.cells[p].node, r.cells[a].node, r.cells[b].node
                if g is None or new is None or old is None or not old.value:
                    continue
                yield Relation("level-change", "percent_change", [old, new], g, lambda v: (v[1] / v[0] - 1) * 100,
                               f"change in '{r.label}' from column {b + 1} to column {a + 1} of the table",
                               "({1} ÷ {0} − 1)", slack=0.05, result_text=lambda x: f"{x:+.2f}%")


def _half(c: Cell) -> float:
    """Half the rounding step of a printed cell (none for a count printed to the unit)."""
    if c.node is not None:
        return half_width(c.node.claim)
    digits = c.text.rstrip("%&")
    return 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0)
