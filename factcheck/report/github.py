"""GitHub Actions workflow commands: each finding becomes an annotation on the article's
line in a pull request (`::error file=…,line=…,col=…,title=…::message`).

Escaping follows GitHub's runner (actions/toolkit `command.ts`): in the message `%`, CR
and LF become `%25`, `%0D`, `%0A`; in a property value `:` and `,` also become `%3A` and
`%2C`. A finding that fails the run at `--fail-on` is an error, any other a warning;
flags a review settled are not annotated (the review is the baseline).
"""

from __future__ import annotations

from factcheck.models import ClaimFile, FailOn
from factcheck.report.findings import findings, level, reasons, rule_ids
from factcheck.summary import RunSummary


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: object) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind} {fields}::{escape_data(message)}" if fields else f"::{kind}::{escape_data(message)}"


def render_github(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn) -> str:
    lines = []
    for f in findings(files):
        c = f.claim
        why = reasons(c)
        message = f"{c.surface}: " + ("\n".join(why) if why else c.check.verdict) + f"\n\n{c.sentence}"
        title = f"factcheck: {c.check.verdict} ({', '.join(rule_ids(c))})"
        col = c.column or None
        lines.append(command(level(c, fail_on), message, file=f.path, line=c.line or None, col=col,
                             endColumn=(col + len(c.surface)) if col else None, title=title))
    for e in summary.errors:
        lines.append(command("error", e.reason, file=e.path, line=e.line, title="factcheck: unreadable input"))
    return "".join(line + "\n" for line in lines)
