"""Render `factcheck status`: counts per article and in total, changed and missing articles."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from factcheck.models import Format, ReviewStatus, Verdict

VERDICTS = [v.value for v in Verdict]
REVIEWS = [r.value for r in ReviewStatus]


def status_rows(files, article_roots: list[Path]) -> dict:
    from factcheck.articles import discover, display_path
    from factcheck.pipeline import article_changed

    rows = []
    for cf in files:
        v = Counter(c.check.verdict for c in cf.claims)
        r = Counter(c.review.status for c in cf.claims)
        rows.append({"id": cf.id, "path": cf.article.get("path"), "date": cf.date, "claims": len(cf.claims),
                     "verdicts": {k: v.get(k, 0) for k in VERDICTS}, "reviews": {k: r.get(k, 0) for k in REVIEWS},
                     "article": article_changed(cf) or "unchanged"})
    known = {str(cf.article.get("path")) for cf in files}  # by path: independent of how ids are made
    unscanned = []
    if not article_roots:
        # by default, the folders the scanned articles live in
        article_roots = sorted({Path(str(cf.article.get("path"))).parent for cf in files
                                if cf.article.get("path") and Path(str(cf.article.get("path"))).parent.is_dir()})
    if article_roots:
        found, _ = discover(article_roots)
        unscanned = [p.as_posix() for p in found if display_path(p) not in known]
    total_v = Counter()
    total_r = Counter()
    for row in rows:
        total_v.update(row["verdicts"])
        total_r.update(row["reviews"])
    return {"articles": rows, "total": {"claims": sum(r["claims"] for r in rows),
                                        "verdicts": {k: total_v.get(k, 0) for k in VERDICTS},
                                        "reviews": {k: total_r.get(k, 0) for k in REVIEWS}},
            "changed": [r["id"] for r in rows if r["article"] == "changed"],
            "missing": [r["id"] for r in rows if r["article"] == "missing"],
            "unscanned": unscanned}


def render_status(data: dict, fmt: Format, console=None) -> None:
    if fmt is Format.JSON:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    head = ["article", "date", "claims"] + VERDICTS + REVIEWS + ["article file"]
    body = []
    for r in data["articles"] + [{"id": "total", "date": "", "claims": data["total"]["claims"],
                                  "verdicts": data["total"]["verdicts"], "reviews": data["total"]["reviews"], "article": ""}]:
        body.append([r["id"], r["date"] or "", str(r["claims"])] + [str(r["verdicts"][k]) for k in VERDICTS]
                    + [str(r["reviews"][k]) for k in REVIEWS] + [r["article"]])
    if fmt is Format.MARKDOWN:
        lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)] + ["| " + " | ".join(b) + " |" for b in body]
        extra = [f"- {k}: {', '.join(data[k])}" for k in ("changed", "missing", "unscanned") if data[k]]
        sys.stdout.write("\n".join(lines + [""] + extra) + "\n")
        return
    from factcheck.report.layout import NBSP, Column, Table, render_table, write_lines

    # Laid out as the report's and track's tables are (report/layout.py): no id is ever
    # folded, and a desk's thousands of articles print in the time their JSON takes.
    symbols = {"supported": "✔", "contradicted": "✖", "inconsistent": "⚠", "unverified": "?"}
    columns = [Column("article"), Column("date"), Column("claims", align="right"), Column("verdicts"),
               Column("reviews", wrap=True), Column("article file")]
    rows = data["articles"] + [{"id": "total", "date": "", "claims": data["total"]["claims"],
                                "verdicts": data["total"]["verdicts"], "reviews": data["total"]["reviews"], "article": ""}]
    cells, beneath = [], []
    for r in rows:
        verdicts = NBSP.join(f"{symbols[k]}{n}" for k, n in r["verdicts"].items())  # one unit, never split
        reviews = ", ".join(f"{n}{NBSP}{k}" for k, n in r["reviews"].items() if n) or "-"
        cells.append([[(r["id"], "")], [(r["date"] or "", "")], [(str(r["claims"]), "")], [(verdicts, "")],
                      [(reviews, "")], [(r["article"], "")]])
        beneath.append(" · ".join(x for x in (reviews, r["article"]) if x))
    table = Table(columns, cells, primary=[0, 1, 2, 3], beneath=beneath.__getitem__, beneath_under=0,
                  header_beneath="reviews · article file")
    lines = render_table(table, console.width)
    for key, label in (("changed", "changed since scanned (re-run scan)"), ("missing", "article file missing"),
                       ("unscanned", "articles with no claim file")):
        if data[key]:
            lines.append([(f"{label}: {', '.join(data[key])}", "")])
    write_lines(console, lines)
