"""The rich terminal report: a header per article, the claims table, and for each
flagged claim its sentence with the number highlighted and the reasons."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factcheck.models import ClaimFile, FailOn
from factcheck.summary import RunSummary

STYLE = {
    "supported": ("✔", "green"),
    "contradicted": ("✖", "bold red"),
    "inconsistent": ("⚠", "yellow"),
    "unverified": ("?", "dim"),
}


def verdict_text(verdict: str) -> Text:
    symbol, style = STYLE.get(verdict, ("?", ""))
    return Text(f"{symbol} {verdict}", style=style)


def claims_table(cf: ClaimFile, width: int = 80) -> Table:
    """The claims table. Below 120 columns the kind and reference columns fold into
    others, so that an 80-column terminal still shows every number whole."""
    wide = width >= 120
    table = Table(show_header=True, header_style="bold", expand=False, pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("line", justify="right", no_wrap=True)
    # Never lose a number: surface and expected fold rather than truncate.
    longest = max((len(c.surface) for c in cf.claims), default=10)
    table.add_column("claim", overflow="fold", no_wrap=False, min_width=min(longest, 16 if not wide else 28))
    if wide:
        table.add_column("kind", no_wrap=True)
    table.add_column("metric", overflow="ellipsis", no_wrap=True, max_width=32 if wide else 12)
    table.add_column("period", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("expected", overflow="fold", no_wrap=False, min_width=14)
    if wide:
        table.add_column("reference", overflow="fold", no_wrap=False)
    for c in cf.claims:
        verdict = verdict_text(c.check.verdict)
        if c.review.status != "unreviewed":
            verdict.append(f" [{c.review.status}]", style="cyan")
        expected = c.check.expected or ""
        if not wide and c.check.reference:
            expected = f"{expected}\n{c.check.reference}" if expected else c.check.reference
        claim = Text(c.surface)
        if not wide:  # the kind goes under the number rather than in a column of its own
            claim.append(f"\n{c.kind}", style="dim")
        row = [str(c.line), claim] + ([c.kind] if wide else []) + [c.metric or "", c.period or "", verdict, expected]
        if wide:
            row.append(c.check.reference or "")
        table.add_row(*row)
    return table


def flagged_details(cf: ClaimFile) -> list:
    blocks = []
    path = cf.article.get("path") or cf.id
    for c in cf.claims:
        if not c.flagged:
            continue
        sentence = Text(c.sentence)
        start = c.span[0] - c.context.get("sentence_start", c.span[0])
        local = c.context.get("local")
        if local:
            sentence.stylize("bold red", local[0], local[1])
        else:
            at = c.sentence.find(c.surface)
            if at >= 0:
                sentence.stylize("bold red", at, at + len(c.surface))
        col = c.column or (start + 1 if start >= 0 else 1)
        head = Text(f"{path}:{c.line}:{col}", style="bold")
        head.append("  ")
        head.append_text(verdict_text(c.check.verdict))
        head.append(f"  {c.id}", style="dim")
        lines = [head, Text("  ").append_text(sentence)]
        for reason in c.check.reasons:
            lines.append(Text(f"  → {reason}"))
        if c.check.source:
            lines.append(Text(f"  source: {c.check.source}", style="dim"))
        blocks.append(Group(*lines))
    return blocks


def header(cf: ClaimFile) -> Text:
    counts: dict[str, int] = {}
    for c in cf.claims:
        counts[c.check.verdict] = counts.get(c.check.verdict, 0) + 1
    t = Text(cf.id, style="bold")
    date = cf.date or (f"date unknown (year {cf.article['year_inferred']} inferred)" if cf.article.get("year_inferred") else "date unknown")
    t.append(f"  {date}  {len(cf.claims)} claims  ")
    for verdict in ("supported", "contradicted", "inconsistent", "unverified"):
        if counts.get(verdict):
            symbol, style = STYLE[verdict]
            t.append(f"{symbol} {counts[verdict]} {verdict}  ", style=style)
    return t


def render_table(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn, console: Console | None = None) -> None:
    console = console or Console()
    for cf in files:
        console.print(header(cf))
        if cf.claims:
            console.print(claims_table(cf, console.width))
        else:
            console.print(Text("  no quantitative claims found", style="dim"))
        for block in flagged_details(cf):
            console.print(block)
        console.print()
    s = summary.to_dict(fail_on)
    line = Text(f"{s['articles']} article(s), {s['claims']} claim(s): ")
    for verdict, n in s["verdicts"].items():
        symbol, style = STYLE[verdict]
        line.append(f"{symbol} {n} {verdict}  ", style=style)
    if s["failing"]:
        line.append(f"— {s['failing']} at or above --fail-on {fail_on.value}", style="bold")
    console.print(line)
