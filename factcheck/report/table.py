"""The terminal report: findings first, as linters print them, then one line per article.

    seeds/004_2c6681ad046ffadc.txt:30:59 ⚠ inconsistent 97.2 percent — implied 2019 level …
        In 2024, China received 132 million inbound trips, ⟦97.2 percent⟧ of 2019 levels …
        c-0a1b2c3d · share of 2019 levels · 2024 · rules: baseline

A finding is a claim that is flagged (contradicted or inconsistent) and not settled by a
review, or one a reviewer marked disputed or false. After the findings, each article gets
a summary line (id, date, counts by verdict); for a small run the claims that matched a
reference are listed under it, and `--all` lists every claim. A run of two thousand
articles therefore prints its findings and two thousand lines, not 21 MB of tables.
Everything is laid out by `layout` so that nothing is cut at 80, 120 or 200 columns.
"""

from __future__ import annotations

from typing import Optional

from factcheck.models import REJECTED, Claim, ClaimFile, FailOn, ReviewStatus, Verdict
from factcheck.report.findings import is_finding, is_settled_flag, reasons as finding_reasons
from factcheck.report.layout import NBSP, Column, Line, Seg, Table, render_table as layout_table, wrap_segments, write_lines
from factcheck.summary import RunSummary, counts_toward

STYLE = {
    "supported": ("✔", "green"),
    "contradicted": ("✖", "bold red"),
    "inconsistent": ("⚠", "yellow"),
    "unverified": ("?", "dim"),
}
#: Runs of up to this many articles list, under each article, the claims that matched a
#: reference; longer runs print one line per article (the report stays proportional).
LIST_MATCHES_UP_TO = 10
#: How the number under review or in a finding is marked: by more than colour, so that
#: NO_COLOR output and colour-blind readers still see which number it is.
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
HIGHLIGHT = "bold underline red"


def verdict_segs(verdict: str, review: str = ReviewStatus.UNREVIEWED.value) -> list[Seg]:
    symbol, style = STYLE.get(verdict, ("?", ""))
    segs: list[Seg] = [(f"{symbol} {verdict}", style)]
    if review != ReviewStatus.UNREVIEWED.value:
        segs.append((f" [{review}]", "cyan"))
    return segs


def verdict_text(verdict: str):
    """The verdict as a rich Text (for the review screen)."""
    from rich.text import Text

    symbol, style = STYLE.get(verdict, ("?", ""))
    return Text(f"{symbol} {verdict}", style=style)


def number_span(c: Claim) -> Optional[tuple[int, int]]:
    """Where the claim's surface sits in its sentence."""
    local = c.context.get("local")
    if local and c.sentence[local[0]:local[1]] == c.surface:
        return int(local[0]), int(local[1])
    at = c.sentence.find(c.surface)
    return (at, at + len(c.surface)) if at >= 0 and c.surface else None


def marked_sentence(c: Claim, style: str = HIGHLIGHT) -> list[Seg]:
    """The sentence with the number between ⟦ ⟧ and styled."""
    where = number_span(c)
    if where is None:
        return [(c.sentence, "")]
    a, b = where
    return [(c.sentence[:a], ""), (MARK_OPEN + c.sentence[a:b] + MARK_CLOSE, style), (c.sentence[b:], "")]


def location(cf: ClaimFile, c: Claim) -> str:
    path = cf.article.get("path") or cf.path or cf.id
    return f"{path}:{c.line}:{c.column or 1}"


def finding_lines(cf: ClaimFile, c: Claim, width: int) -> list[Line]:
    """`path:line:col verdict claim — reason`, the sentence with the number marked, and the
    claim's frame; every part wraps at spaces with a hanging indent."""
    head: list[Seg] = [(location(cf, c), "bold"), (" ", "")]
    head += verdict_segs(c.check.verdict, c.review.status)
    head += [(" ", ""), (c.surface, "bold")]
    reasons = finding_reasons(c)
    if reasons:
        head.append((" — " + reasons[0], ""))
    lines = wrap_segments(head, width, indent=4)
    for reason in reasons[1:]:
        lines += wrap_segments([("— " + reason, "")], width, indent=6, first_indent=4)
    lines += wrap_segments(marked_sentence(c), width, indent=4, first_indent=4)
    frame = [c.id] + [x for x in (c.metric, c.period) if x]
    if c.check.rules:
        frame.append("rules: " + ", ".join(c.check.rules))
    correction = getattr(c.check, "correction", None)  # written by the relations engine
    if correction:
        frame.append("correction: " + correction)
    if c.check.source:
        frame.append("source: " + c.check.source)
    lines += wrap_segments([(" · ".join(frame), "dim")], width, indent=6, first_indent=4)
    return lines


def claims_table(claims: list[Claim], width: int) -> list[Line]:
    """line, claim, verdict, metric, period, expected, reference: one line per claim where
    it fits; else two: line, claim and verdict, then metric · period · expected (reference)."""
    columns = [Column("line", align="right"), Column("claim", wrap=True), Column("verdict"),
               Column("metric", wrap=True), Column("period"), Column("expected", wrap=True), Column("reference")]
    rows = []
    for c in claims:
        rows.append([[(str(c.line), "")], [(c.surface, "")], verdict_segs(c.check.verdict, c.review.status),
                     [(c.metric or "", "")], [(c.period or "", "")], [(c.check.expected or "", "")],
                     [(c.check.reference or "", "")]])

    def beneath(r: int) -> str:
        c = claims[r]
        parts = [x for x in (c.metric, c.period) if x]
        ref = f"({c.check.reference})" if c.check.reference else ""
        if c.check.expected or ref:
            parts.append(" ".join(x for x in (c.check.expected or "", ref) if x))
        return " · ".join(parts)

    table = Table(columns, rows, primary=[0, 1, 2], beneath=beneath,
                  header_beneath="metric · period · expected (reference)")
    return layout_table(table, width)


def counts_segs(counts: dict[str, int]) -> list[Seg]:
    segs: list[Seg] = []
    for verdict in ("supported", "contradicted", "inconsistent", "unverified"):
        n = counts.get(verdict, 0)
        if n:
            symbol, style = STYLE[verdict]
            segs += [("  " if segs else "", ""), (f"{symbol}{NBSP}{n}{NBSP}{verdict}", style)]
    return segs


def article_line(cf: ClaimFile, width: int) -> list[Line]:
    counts: dict[str, int] = {}
    for c in cf.claims:
        counts[c.check.verdict] = counts.get(c.check.verdict, 0) + 1
    if cf.date:
        date = cf.date
    elif cf.article.get("year_inferred"):
        date = f"undated (year {cf.article['year_inferred']} inferred)"
    else:
        date = "undated"
    n = len(cf.claims)
    segs: list[Seg] = [(cf.id, "bold"), (f"  {date}  {n} claim{'s' if n != 1 else ''}", "")]
    if n:
        segs += [(":  ", "")] + counts_segs(counts)
    else:
        segs.append((": no quantitative claims found", "dim"))
    return wrap_segments(segs, width, indent=2)


def summary_lines(summary: RunSummary, fail_on: FailOn, width: int, next_step: Optional[str] = None,
                  listing: str = "") -> list[Line]:
    """The closing lines: totals, what fails the run and why, and the next step."""
    s = summary.to_dict(fail_on)
    files = summary.files
    head: list[Seg] = [(f"{s['articles']} article{'s' if s['articles'] != 1 else ''}, "
                        f"{s['claims']} claim{'s' if s['claims'] != 1 else ''}", "bold")]
    counts = counts_segs(s["verdicts"])
    if counts:
        head += [(":  ", "")] + counts
    lines = wrap_segments(head, width, indent=2)
    claims = [c for f in files for c in f.claims]
    settled = sum(1 for c in claims if is_settled_flag(c))
    if settled:
        lines += wrap_segments([(f"{settled} flagged claim{'s' if settled != 1 else ''} settled by review "
                                 f"(verified or ignored){listing}", "dim")], width, indent=2)
    failing = [c for c in claims if counts_toward(c.check.verdict, c.review.status, fail_on)]
    if failing:
        why: dict[str, int] = {}
        for c in failing:
            key = f"reviewed as {c.review.status}" if c.review.status in REJECTED else c.check.verdict
            why[key] = why.get(key, 0) + 1
        detail = ", ".join(f"{n} {k}" for k, n in why.items())
        n = len(failing)
        lines += wrap_segments([(f"{n} claim{'s' if n != 1 else ''} at or above --fail-on {fail_on.value} "
                                 f"({detail}): exit status 1", "bold")], width, indent=2)
    open_flags = sum(1 for c in claims if c.flagged and c.review.status == ReviewStatus.UNREVIEWED.value)
    if open_flags and next_step:
        lines += wrap_segments([("Next: ", "bold"), (next_step, "bold cyan"),
                                (f" to decide on {open_flags} flagged claim{'s' if open_flags != 1 else ''}", "")],
                               width, indent=2)
    return lines


def report_lines(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn, width: int,
                 show_all: bool = False, next_step: Optional[str] = None) -> list[Line]:
    lines: list[Line] = []
    found = [(cf, c) for cf in files for c in cf.claims if is_finding(c)]
    for cf, c in found:
        lines += finding_lines(cf, c, width)
    if found:
        lines.append([])
    list_matches = show_all or len(files) <= LIST_MATCHES_UP_TO
    for cf in files:
        lines += article_line(cf, width)
        shown = cf.claims if show_all else [c for c in cf.claims if c.check.verdict == Verdict.SUPPORTED.value]
        if list_matches and shown:
            lines += claims_table(shown, width)
            lines.append([])
    if files and lines and lines[-1]:
        lines.append([])
    listing = "" if show_all else "; --all lists them"
    return lines + summary_lines(summary, fail_on, width, next_step, listing)


def render_table(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn, console=None,
                 show_all: bool = False, next_step: Optional[str] = None) -> None:
    if console is None:
        from rich.console import Console

        console = Console(highlight=False)
    write_lines(console, report_lines(files, summary, fail_on, console.width, show_all, next_step))
