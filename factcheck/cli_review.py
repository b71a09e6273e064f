"""Interactive review in the terminal (part of the CLI layer: it uses rich and reads keys)."""


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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def interactive_review(settings, article_id: Optional[str], include_unverified: bool, by: Optional[str],
                       redo: bool = False, only: Optional[list[str]] = None) -> int:
    """Walk the claims that await a decision. `include_unverified` (--all) adds the
    unverified claims and revisits decided ones; `redo` revisits decided flagged claims."""
    from rich.console import Console

    from factcheck.pipeline import load_claim_files
    from factcheck.report.layout import wrap_segments, write_lines
    from factcheck.report.table import location, marked_sentence, verdict_segs

    console = Console(highlight=False)
    files, errors = load_claim_files(settings, only)
    for e in errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    if errors:
        return 2
    include_decided = redo or include_unverified
    items = [(cf, c) for cf in files for c in to_review(cf, include_unverified, include_decided)]
    every = [(cf, c) for cf in files for c in to_review(cf, include_unverified, True)]
    skipped = len(every) - len(items)
    what = "flagged or unverified claims" if include_unverified else "flagged claims"
    if not items:
        if skipped:
            console.print(f"Nothing left to review: all {_plural(skipped, 'flagged claim')} are decided "
                          "(--redo to revisit them).", markup=False)
        else:
            console.print(f"Nothing to review: no {what}.", markup=False)
        return 0
    intro = f"{_plural(len(items), 'claim')} to review"
    if skipped:
        intro += f"; {skipped} already decided, skipped (--redo to revisit)"
    console.print(intro + ".", markup=False)

    def ask(cf: ClaimFile, c: Claim, i: int, n: int) -> Step:
        width = console.width
        console.rule(f"{i + 1}/{n}  {location(cf, c)}  {c.id}")
        lines = wrap_segments(marked_sentence(c), width)
        head = verdict_segs(c.check.verdict, c.review.status) + [(f"   {c.surface}", "bold")]
        frame = " · ".join(x for x in (c.metric, c.period) if x)
        if frame:
            head.append((f"   {frame}", "dim"))
        lines += wrap_segments(head, width, indent=2)
        for r in c.check.reasons:
            lines += wrap_segments([(f"→ {r}", "")], width, indent=4, first_indent=2)
        if c.check.expected:
            lines += wrap_segments([(f"reference: {c.check.expected} ({c.check.reference})", "")], width, indent=4,
                                   first_indent=2)
        if c.check.source:
            lines += wrap_segments([(f"source: {c.check.source}", "dim")], width, indent=4, first_indent=2)
        if c.review.status != "unreviewed" or c.review.note:
            who = f" by {c.review.by}" if c.review.by else ""
            note = f": {c.review.note}" if c.review.note else ""
            lines += wrap_segments([(f"review so far: {c.review.status}{who}{note}", "cyan")], width, indent=4,
                                   first_indent=2)
        write_lines(console, lines)
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
                console.print("note (Enter to save): ", end="", markup=False)
                note = sys.stdin.readline().rstrip("\n")
                return Step("note", note=note)
            if key == "r":  # the checker has found the source: record it and re-check, then decide
                add_reference(console, settings, c)

    def save(cf: ClaimFile, c: Claim, status: str, note: Optional[str]) -> None:
        before = c.review.status
        path = cf.path
        with claimfile.locked(path):
            fresh = claimfile.load(path)  # merge onto what is on disk now
            fresh.path = path
            decided = apply_decision(fresh, c.id, status, note, by)
            claimfile.write(path, fresh)
        c.review = decided.review
        saved = "note saved" if note is not None and status == before else f"saved: {status}"
        console.print(f"  {saved}", style="green", markup=False)

    decided = walk(items, ask, save)
    left = sum(1 for _, c in items if c.review.status == "unreviewed")
    message = f"Recorded {_plural(decided, 'decision')}"
    message += f"; {left} still undecided." if left else "; none left undecided."
    console.print(message, markup=False)
    return 0
