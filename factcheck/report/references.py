"""Render `factcheck reference list`."""

from __future__ import annotations

import json
import sys

from factcheck.check import expected_text
from factcheck.models import Format


def render_references(refs, fmt: Format, console=None) -> None:
    rows = [{"id": r.id, "metric": r.metric, "subject": r.subject, "period": r.period, "value": expected_text(r),
             "publisher": r.source.get("publisher"), "url": r.source.get("url"), "file": f"{r.file}:{r.line}"} for r in refs]
    if fmt is Format.JSON:
        sys.stdout.write(json.dumps({"references": rows}, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is Format.MARKDOWN:
        lines = ["| id | metric | subject | period | value | source |", "| --- | --- | --- | --- | --- | --- |"]
        lines += [f"| {r['id']} | {r['metric']} | {', '.join(r['subject'])} | {r['period'] or ''} | {r['value']} | "
                  f"[{r['publisher']}]({r['url']}) |" for r in rows]
        sys.stdout.write("\n".join(lines) + "\n")
        return
    from rich.table import Table

    table = Table(header_style="bold")
    for name in ("id", "metric", "subject", "period", "value", "publisher"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(r["id"], r["metric"], ", ".join(r["subject"]), r["period"] or "", r["value"], r["publisher"] or "")
    console.print(table)
    console.print(f"{len(rows)} reference(s)")
