"""Render `factcheck track` results."""

from __future__ import annotations

import json
import sys

from factcheck.models import Format
from factcheck.quantities import format_quantity


def _row(h) -> dict:
    c = h.claim
    return {"article": h.article, "date": h.date, "path": h.path, "line": c.line, "id": c.id,
            "surface": c.surface, "value": c.value, "unit": c.unit, "metric": c.metric,
            "subject": list(c.subject), "period": c.period, "verdict": c.check.verdict,
            "review": c.review.status, "conflicts": list(h.conflicts)}


def render_track(hits, query: str, fmt: Format, console=None) -> None:
    if fmt is Format.JSON:
        doc = {"query": query, "claims": [_row(h) for h in hits],
               "conflicts": sum(1 for h in hits if h.conflicts)}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.MARKDOWN:
        lines = [f"## factcheck track: {query}", "", "| article | date | line | claim | value | period | verdict | review | conflict |",
                 "| --- | --- | ---: | --- | --- | --- | --- | --- | --- |"]
        for h in hits:
            c = h.claim
            lines.append(f"| {h.article} | {h.date or ''} | {c.line} | {c.surface} | {format_quantity(c.value, c.unit)} | "
                         f"{c.period or ''} | {c.check.verdict} | {c.review.status} | {'; '.join(h.conflicts)} |")
        sys.stdout.write("\n".join(lines) + "\n")
        return
    from factcheck.report.layout import Column, Table, render_table, write_lines

    columns = [Column("date"), Column("article"), Column("line", align="right"), Column("claim", wrap=True),
               Column("value", wrap=True), Column("period"), Column("verdict"), Column("review"),
               Column("conflict", wrap=True)]
    rows = []
    quantities = [format_quantity(h.claim.value, h.claim.unit) for h in hits]
    for h, quantity in zip(hits, quantities):
        c = h.claim
        rows.append([[(h.date or "", "")], [(h.article, "")], [(str(c.line), "")], [(c.surface, "")],
                     [(quantity, "")], [(c.period or "", "")], [(c.check.verdict, "")],
                     [(c.review.status, "")],
                     [("✖ " + "; ".join(h.conflicts), "bold red")] if h.conflicts else [("", "")]])

    def beneath(r: int):
        h = hits[r]
        c = h.claim
        parts = [quantities[r]] + [x for x in (c.period, c.check.verdict) if x]
        if c.review.status != "unreviewed":
            parts.append(c.review.status)
        if h.conflicts:
            return " · ".join(parts) + " · ✖ " + "; ".join(h.conflicts), "bold red"
        return " · ".join(parts)

    table = Table(columns, rows, primary=[0, 1, 2, 3], beneath=beneath, beneath_under=1,
                  header_beneath="value · period · verdict · review · conflict")
    n = sum(1 for h in hits if h.conflicts)
    lines = [[(f"track: {query}", "bold")]] + render_table(table, console.width)
    lines.append([(f"{len(hits)} claim(s); {n} with conflicting values for the same period", "bold" if n else "")])
    write_lines(console, lines)
