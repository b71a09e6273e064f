"""Render a run: the terminal report for people; JSON, Markdown, ClaimReview, HTML, SARIF
and GitHub workflow commands for machines and pull requests.

Only this package and the CLI import rich; the machine formats bypass it entirely so
that `factcheck scan --format json | jq` always parses.
"""

from __future__ import annotations

import sys
from typing import IO, Optional

from factcheck.models import ClaimFile, FailOn, Format
from factcheck.summary import RunSummary


def _isatty(out) -> bool:
    try:
        return bool(out.isatty())
    except (AttributeError, ValueError):
        return False


def render(files: list[ClaimFile], summary: RunSummary, fmt: Format, fail_on: FailOn,
           console=None, out: Optional[IO[str]] = None, show_all: bool = False,
           next_step: Optional[str] = None) -> None:
    """Write the report in `fmt`. `show_all` lists every claim in the terminal report;
    `next_step` is the command it suggests when flagged claims await a review."""
    out = out or sys.stdout
    if fmt is Format.JSON:
        from factcheck.report.json import render_json

        # indented for a person at a terminal, compact (and fast) for pipes and files
        out.write(render_json(files, summary, fail_on, indent=2 if _isatty(out) else None))
    elif fmt is Format.MARKDOWN:
        from factcheck.report.markdown import render_markdown

        out.write(render_markdown(files, summary, fail_on))
    elif fmt is Format.CLAIMREVIEW:
        from factcheck.report.claimreview import render_claimreview

        out.write(render_claimreview(files))
    elif fmt is Format.HTML:
        from factcheck.report.html import render_html

        out.write(render_html(files, summary, fail_on))
    elif fmt is Format.SARIF:
        from factcheck.report.sarif import render_sarif

        out.write(render_sarif(files, fail_on))
    elif fmt is Format.GITHUB:
        from factcheck.report.github import render_github

        out.write(render_github(files, summary, fail_on))
    else:
        from factcheck.report.table import render_table

        render_table(files, summary, fail_on, console, show_all=show_all, next_step=next_step)
