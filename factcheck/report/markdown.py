"""A Markdown table fit for a pull-request comment."""

from __future__ import annotations

from factcheck.models import ClaimFile, FailOn
from factcheck.summary import RunSummary

SYMBOLS = {"supported": "✔", "contradicted": "✖", "inconsistent": "⚠", "unverified": "?"}


def _cell(text: object) -> str:
    return str("" if text is None else text).replace("|", "\\|").replace("\n", " ")


def render_markdown(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn) -> str:
    s = summary.to_dict(fail_on)
    v = s["verdicts"]
    lines = [
        "## factcheck report",
        "",
        f"{s['articles']} article(s), {s['claims']} claim(s): "
        + ", ".join(f"{SYMBOLS[k]} {n} {k}" for k, n in v.items()),
        "",
    ]
    for cf in files:
        lines += [f"### {_cell(cf.id)}" + (f" ({cf.date})" if cf.date else ""), ""]
        if not cf.claims:
            lines += ["No quantitative claims found.", ""]
            continue
        lines += ["| line | claim | metric | period | verdict | expected | reference | review |",
                  "| ---: | --- | --- | --- | --- | --- | --- | --- |"]
        for c in cf.claims:
            verdict = f"{SYMBOLS.get(c.check.verdict, '')} {c.check.verdict}"
            lines.append(f"| {c.line} | {_cell(c.surface)} | {_cell(c.metric)} | {_cell(c.period)} | {verdict} | "
                         f"{_cell(c.check.expected)} | {_cell(c.check.reference)} | {_cell(c.review.status)} |")
        flagged = [c for c in cf.claims if c.flagged]
        if flagged:
            lines += ["", "**Flagged**", ""]
            for c in flagged:
                lines.append(f"- `{_cell(cf.article.get('path'))}:{c.line}` **{_cell(c.surface)}** ({c.check.verdict}): "
                             + "; ".join(_cell(r) for r in c.check.reasons))
        lines.append("")
    if s["errors"]:
        lines += ["### Errors", ""] + [f"- {_cell(e)}" for e in s["errors"]] + [""]
    return "\n".join(lines) + "\n"
