"""Render `factcheck eval`: per article and in total, the relations confirmed on the clean
text, the planted slips caught (by slip kind and by rule), and the flags on clean text."""

from __future__ import annotations

import json
import sys

from factcheck.models import Format


def _pct(caught: int, total: int) -> str:
    return f"{caught}/{total} ({caught / total:.0%})" if total else "–"


def eval_document(result) -> dict:
    total = result.total()
    return {
        "articles": [a.to_dict() for a in result.articles],
        "total": {k: v for k, v in total.to_dict().items() if k not in ("path", "id", "missed", "clean_flags", "error")}
        | {"clean_flags": len(total.clean_flags), "articles": len(result.articles),
           "clean_flags_by_rule": dict(sorted(result.clean_flags_by_rule().items()))},
    }


def render_eval(result, fmt: Format, console=None, verbose: bool = False) -> None:
    total = result.total()
    if fmt is Format.JSON:
        sys.stdout.write(json.dumps(eval_document(result), ensure_ascii=False, indent=2) + "\n")
        return
    by_kind = ", ".join(f"{k} {_pct(total.kinds_caught[k], n)}" for k, n in sorted(total.kinds.items()))
    by_rule = ", ".join(f"{k} {_pct(total.rules_caught[k], n)}" for k, n in sorted(total.rules.items()))
    flags_by_rule = ", ".join(f"{k} {n}" for k, n in sorted(result.clean_flags_by_rule().items())) or "none"
    summary = [f"{len(result.articles)} article(s), {total.claims} claims; {total.relations} relations confirmed "
               f"({total.by_rounding} only within rounding) over {total.numbers} numbers",
               f"slips caught: {_pct(total.caught, total.slips)}",
               f"  by slip: {by_kind or '–'}", f"  by rule: {by_rule or '–'}",
               f"flags on clean text: {len(total.clean_flags)} (by rule: {flags_by_rule})"]
    if fmt is Format.MARKDOWN:
        lines = ["| article | claims | relations | numbers | slips caught | flags on clean text |",
                 "| --- | ---: | ---: | ---: | --- | ---: |"]
        lines += [f"| {a.id} | {a.claims} | {a.relations} | {a.numbers} | {_pct(a.caught, a.slips)} | {len(a.clean_flags)} |"
                  for a in result.articles]
        sys.stdout.write("\n".join(lines + [""] + [f"- {s.strip()}" for s in summary]) + "\n")
        return
    from rich.table import Table

    table = Table(title="factcheck eval", header_style="bold")
    table.add_column("article", overflow="fold")
    for name in ("claims", "relations", "numbers"):
        table.add_column(name, justify="right")
    table.add_column("slips caught", no_wrap=True)
    table.add_column("clean flags", justify="right")
    for a in result.articles:
        table.add_row(a.id, str(a.claims), str(a.relations), str(a.numbers), _pct(a.caught, a.slips),
                      str(len(a.clean_flags)))
    console.print(table)
    for line in summary:
        console.print(line)
    if verbose:
        for a in result.articles:
            for f in a.clean_flags:
                console.print(f"{a.path}:{f['line']}: flag on clean text '{f['surface']}': {'; '.join(f['reasons'])}",
                              markup=False)
            for m in a.missed:
                console.print(f"{a.path}:{m.line}: missed {m.kind} '{m.surface}' → '{m.edited}' ({', '.join(m.rules)})",
                              markup=False)
