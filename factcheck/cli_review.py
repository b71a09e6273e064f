"""Interactive review in the terminal (part of the CLI layer: it uses rich and reads keys)."""

from __future__ import annotations

import sys
from typing import Optional

from factcheck import claimfile
from factcheck.models import Claim, ClaimFile
from factcheck.review import DECISIONS, KEYS_HELP, Step, apply_decision, to_review, walk


def read_key() -> str:
    """One key press where stdin is a terminal; a line otherwise (scripts, tests)."""
    if sys.stdin.isatty():
        try:
            import termios
            import tty

            fd = sys.stdin.fileno()
            old = termios.tcgetattr(fd)
            try:
                tty.setraw(fd)
                ch = sys.stdin.read(1)
            finally:
                termios.tcsetattr(fd, termios.TCSADRAIN, old)
            if ch in ("\x03", "\x04"):
                return "q"
            return ch
        except (ImportError, OSError):
            pass
    line = sys.stdin.readline()
    return line.strip()[:1] if line else "q"


def add_reference(console, settings, c: Claim) -> None:
    """Key r: ask for the published figure and its source, add the reference entry
    (refadd.add: validated, written atomically) and show the claim's new verdict."""
    from factcheck.errors import FactcheckError
    from factcheck.refadd import add

    def ask(label: str, default: Optional[str] = None) -> str:
        console.print(f"  {label}{f' [{default}]' if default else ''}: ", end="", markup=False)
        answer = sys.stdin.readline().strip()
        return answer or (default or "")

    value = ask("value (in the unit below)")
    unit = ask("unit", c.unit)
    url = ask("source URL")
    publisher = ask("publisher")
    period = ask("period", c.period)
    try:
        added = add(settings.reference_dir, settings.claims_dir, c.id, value=float(value.replace(",", "")), unit=unit,
                    url=url, publisher=publisher, period=period or None)
    except ValueError:
        console.print(f"  not added: value {value!r} is not a number", style="red", markup=False)
        return
    except FactcheckError as exc:
        console.print(f"  not added: {exc.message}", style="red", markup=False)
        return
    c.check = added.claim.check
    console.print(f"  added {added.reference.id} to {added.path.as_posix()}: {added.before} → {c.check.verdict}",
                  style="green", markup=False)


def interactive_review(settings, article_id: Optional[str], include_unverified: bool, by: Optional[str]) -> int:
    from rich.console import Console
    from rich.text import Text

    from factcheck.pipeline import load_claim_files
    from factcheck.report.table import verdict_text

    console = Console(highlight=False)
    files, errors = load_claim_files(settings, [article_id] if article_id else None)
    for e in errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    if errors:
        return 2
    # every flagged claim first, then (with --all) the unverified ones, each in file and text order
    items = [(cf, c) for cf in files for c in to_review(cf)]
    if include_unverified:
        items += [(cf, c) for cf in files for c in cf.claims if c.check.verdict == "unverified"]
    if not items:
        console.print("Nothing to review: no flagged claims" + (" or unverified claims." if include_unverified else "."))
        return 0

    def ask(cf: ClaimFile, c: Claim, i: int, n: int) -> Step:
        console.rule(f"{i + 1}/{n}  {cf.article.get('path') or cf.id}:{c.line}  {c.id}")
        sentence = Text(c.sentence)
        at = c.sentence.find(c.surface)
        if at >= 0:
            sentence.stylize("bold red", at, at + len(c.surface))
        console.print(sentence)
        head = verdict_text(c.check.verdict)
        head.append(f"   {c.metric or ''}  {c.period or ''}")
        console.print(head)
        for r in c.check.reasons:
            console.print(f"  → {r}", markup=False)
        if c.check.expected:
            console.print(f"  reference: {c.check.expected} ({c.check.reference})", markup=False)
        if c.check.source:
            console.print(f"  source: {c.check.source}", markup=False, style="dim")
        if c.review.status != "unreviewed":
            console.print(f"  current review: {c.review.status} by {c.review.by} — {c.review.note or ''}", markup=False)
        while True:
            console.print(KEYS_HELP, style="cyan", markup=False)
            key = read_key().lower()
            if key in DECISIONS:
                return Step("decide", DECISIONS[key])
            if key == "s":
                return Step("skip")
            if key == "b":
                return Step("back")
            if key == "q":
                return Step("quit")
            if key == "n":
                console.print("note: ", end="")
                note = sys.stdin.readline().rstrip("\n")
                return Step("note", note=note)
            if key == "r":  # the checker has found the source: record it and re-check, then decide
                add_reference(console, settings, c)

    def save(cf: ClaimFile, c: Claim, status: str, note: Optional[str]) -> None:
        path = cf.path
        with claimfile.locked(path):
            fresh = claimfile.load(path)  # merge onto what is on disk now
            fresh.path = path
            decided = apply_decision(fresh, c.id, status, note, by)
            claimfile.write(path, fresh)
        c.review = decided.review
        console.print(f"  saved: {status}", style="green")

    decided = walk(items, ask, save)
    console.print(f"{decided} decision(s) recorded.")
    return 0
