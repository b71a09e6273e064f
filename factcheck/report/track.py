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
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"track: {query}", header_style="bold")
    for name, kw in (("article", {"overflow": "fold"}), ("date", {"no_wrap": True}), ("line", {"justify": "right"}),
                     ("claim", {"overflow": "fold"}), ("value", {"overflow": "fold"}), ("period", {"no_wrap": True}),
                     ("verdict", {"no_wrap": True}), ("review", {"no_wrap": True}), ("conflict", {"overflow": "fold"})):
        table.add_column(name, **kw)
    for h in hits:
        c = h.claim
        conflict = Text("✖ " + "; ".join(h.conflicts), style="bold red") if h.conflicts else Text("")
        table.add_row(h.article, h.date or "", str(c.line), c.surface, format_quantity(c.value, c.unit),
                      c.period or "", c.check.verdict, c.review.status, conflict)
    console.print(table)
    n = sum(1 for h in hits if h.conflicts)
    console.print(f"{len(hits)} claim(s); {n} with conflicting values for the same period")
