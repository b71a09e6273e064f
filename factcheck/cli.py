"""The command line: a thin typer layer over the library. Parses options, makes the
consoles, calls pipeline/report/summary, maps errors to exit codes. No logic here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck import __version__
from factcheck.models import FailOn, Format

app = typer.Typer(
    help="Extract quantitative claims from news articles, check them against curated references "
         "and for internal consistency, and keep the editorial record in git.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # plain help: typer's rich help imports markdown rendering, tripling `--help` time
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
reference_app = typer.Typer(help="List and validate the curated reference values.", no_args_is_help=True,
                            rich_markup_mode=None)
app.add_typer(reference_app, name="reference")

ClaimsDirOpt = Annotated[Optional[Path], typer.Option("--claims-dir", help="Folder of claim files [default: claims].")]
ReferenceDirOpt = Annotated[Optional[Path], typer.Option("--reference-dir", help="Folder of reference files [default: reference].")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format: table, json, markdown (report: also claimreview).", case_sensitive=False)]
FailOnOpt = Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when a claim is at or above: contradicted (default), inconsistent, unverified, never.", case_sensitive=False)]


def make_consoles():
    from rich.console import Console

    out = Console(highlight=False, soft_wrap=False)
    err = Console(stderr=True, highlight=False)
    return out, err


def settings_for(claims_dir: Optional[Path], reference_dir: Optional[Path], fail_on: Optional[FailOn],
                 fmt: Format = Format.TABLE, **extra):
    from factcheck.config import Settings, from_pyproject

    base = from_pyproject()
    s = Settings(**{k: v for k, v in base.items() if k in ("claims_dir", "reference_dir", "fail_on", "jobs", "fiscal_years")})
    if s.fiscal_years:
        from factcheck.calendars import Calendars

        try:
            Calendars(s.fiscal_years if isinstance(s.fiscal_years, dict) else {"?": s.fiscal_years})
        except ValueError as e:
            raise fail(f"pyproject.toml: [tool.factcheck] {e}")
    s.claims_dir = Path(claims_dir or s.claims_dir)
    s.reference_dir = Path(reference_dir or s.reference_dir)
    s.fail_on = FailOn(fail_on or s.fail_on)
    s.fmt = fmt
    for k, v in extra.items():
        setattr(s, k, v)
    return s


def fail(message: str) -> "typer.Exit":
    sys.stderr.write(f"factcheck: error: {message}\n")
    return typer.Exit(2)


def _finish(result, settings, files=None) -> None:
    """Print errors, render, exit with the one exit decision."""
    from factcheck.report import render
    from factcheck.summary import RunSummary

    for e in result.reference_errors:
        sys.stderr.write(f"factcheck: warning: {e.message} (entry skipped)\n")
    summary = RunSummary.of(files if files is not None else result.files, result.errors)
    out_console, _ = make_consoles() if settings.fmt is Format.TABLE else (None, None)
    render(summary.files, summary, settings.fmt, settings.fail_on, console=out_console)
    for e in result.errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(summary.exit_code(settings.fail_on))


def _progress(total_hint: int):
    """A progress bar on stderr for long runs (never in pipes; rich is imported only then)."""
    if total_hint <= 3 or not sys.stderr.isatty():
        return None, None
    from rich.progress import Progress

    _, err = make_consoles()
    progress = Progress(console=err, transient=True)
    task = progress.add_task("scanning", total=total_hint)

    def update(done: int, total: int, name: str) -> None:
        progress.update(task, completed=done, total=total, description=Path(name).name[:40])

    return progress, update


@app.command()
def scan(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt .md .html .htm), searched recursively.")],
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    fail_on: FailOnOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report only; write no claim file.")] = False,
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD for articles that state none.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes [default: one per core].")] = 0,
    force: Annotated[bool, typer.Option("--force", help="Re-extract articles whose text has not changed.")] = False,
):
    """Read articles, extract their claims, write/merge claims/<id>.yaml, check them, print the report."""
    from factcheck.pipeline import scan_paths

    if fmt is Format.CLAIMREVIEW:
        raise fail("--format claimreview is for 'factcheck report'")
    if date is not None:
        import re

        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise fail(f"--date {date!r} is not YYYY-MM-DD")
    settings = settings_for(claims_dir, reference_dir, fail_on, fmt, dry_run=dry_run, date=date, force=force)
    if jobs:
        settings.jobs = jobs
    from factcheck.articles import discover

    progress, update = _progress(len(discover(paths)[0]) if sys.stderr.isatty() else 0)
    if progress:
        with progress:
            result = scan_paths(paths, settings, update)
    else:
        result = scan_paths(paths, settings)
    _finish(result, settings)


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Claim files or article ids [default: all in --claims-dir].")] = None,
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    fail_on: FailOnOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report only; write nothing.")] = False,
):
    """Re-check existing claim files against the current reference data and update their verdicts."""
    from factcheck.pipeline import recheck

    if fmt is Format.CLAIMREVIEW:
        raise fail("--format claimreview is for 'factcheck report'")
    settings = settings_for(claims_dir, reference_dir, fail_on, fmt, dry_run=dry_run)
    _finish(recheck(settings, paths or None), settings)


@app.command()
def report(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Claim files or article ids [default: all in --claims-dir].")] = None,
    claims_dir: ClaimsDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    fail_on: FailOnOpt = None,
):
    """Print the report from claim files without re-checking."""
    from factcheck.pipeline import RunResult, load_claim_files

    settings = settings_for(claims_dir, None, fail_on, fmt)
    files, errors = load_claim_files(settings, paths or None)
    _finish(RunResult(files=files, errors=errors), settings)


@app.command()
def review(
    article_id: Annotated[Optional[str], typer.Argument(help="Review only this article's claims.")] = None,
    claim: Annotated[Optional[str], typer.Option("--claim", help="Non-interactive: the claim id to decide on.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="With --claim: verified, disputed, false, ignored or unreviewed.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="With --claim: a note for the editors.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also walk the unverified claims after the flagged ones.")] = False,
    by: Annotated[Optional[str], typer.Option("--by", help="Reviewer name [default: git user.name, else login].")] = None,
    claims_dir: ClaimsDirOpt = None,
):
    """Walk flagged claims and record a decision and note (or decide one claim with --claim/--status)."""
    from factcheck import claimfile
    from factcheck.errors import FactcheckError
    from factcheck.review import apply_decision, parse_status

    settings = settings_for(claims_dir, None, None)
    if claim or status:
        if not (claim and status):
            raise fail("--claim and --status go together")
        try:
            parse_status(status)
            path = claimfile.path_for(settings.claims_dir, article_id) if article_id else claimfile.find_claim(settings.claims_dir, claim)
            if path is None or not path.exists():
                raise fail(f"no claim with id '{claim}' in {settings.claims_dir}")
            with claimfile.locked(path):
                cf = claimfile.load(path)
                cf.path = str(path)
                decided = apply_decision(cf, claim, status, note, by)
                claimfile.write(path, cf)
        except FactcheckError as exc:
            raise fail(exc.message) from None
        sys.stdout.write(f"{claim}: {decided.review.status} ({path})\n")
        raise typer.Exit(0)
    from factcheck.cli_review import interactive_review

    raise typer.Exit(interactive_review(settings, article_id, all_, by))


@app.command()
def track(
    query: Annotated[str, typer.Argument(help="Words to find in claims' metric, subject or surface.")],
    claims_dir: ClaimsDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
):
    """Every claim matching QUERY across all claim files, by article date; conflicting values flagged."""
    from factcheck.track import load_for_track, track as run_track

    settings = settings_for(claims_dir, None, None, fmt)
    files, errors = load_for_track(settings.claims_dir, query)
    hits = run_track(files, query)
    from factcheck.report.track import render_track

    out, _ = make_consoles()
    render_track(hits, query, settings.fmt, out)
    for e in errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(2 if errors else (1 if any(h.conflicts for h in hits) else 0))


@app.command()
def status(
    claims_dir: ClaimsDirOpt = None,
    articles: Annotated[Optional[list[Path]], typer.Argument(help="Article folders to look for articles without a claim file [default: the folders of the scanned articles].")] = None,
    fmt: FormatOpt = Format.TABLE,
):
    """Counts by verdict and review status; claim files whose article changed since the scan."""
    from factcheck.pipeline import load_claim_files
    from factcheck.report.status import render_status, status_rows

    settings = settings_for(claims_dir, None, None, fmt)
    files, errors = load_claim_files(settings)
    rows = status_rows(files, articles or [])
    out, _ = make_consoles()
    render_status(rows, settings.fmt, out)
    for e in errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(2 if errors else 0)


@reference_app.command("list")
def reference_list(
    reference_dir: ReferenceDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    query: Annotated[Optional[str], typer.Argument(help="Only references whose id, metric or alias contains this.")] = None,
):
    """List the reference values with their sources."""
    from factcheck.references import load_references
    from factcheck.report.references import render_references

    settings = settings_for(None, reference_dir, None, fmt)
    index = load_references(settings.reference_dir)
    refs = index.references
    if query:
        ql = query.lower()
        refs = [r for r in refs if ql in r.id.lower() or ql in r.metric.lower() or any(ql in a.lower() for a in r.aliases)]
    out, _ = make_consoles()
    render_references(refs, settings.fmt, out)
    for e in index.errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(2 if index.errors else 0)


@reference_app.command("validate")
def reference_validate(reference_dir: ReferenceDirOpt = None):
    """Validate every reference file: schema, units, duplicate ids, sources. Exit 2 on any error."""
    from factcheck.references import load_references

    settings = settings_for(None, reference_dir, None)
    if not settings.reference_dir.is_dir():
        raise fail(f"{settings.reference_dir}: no such folder")
    index = load_references(settings.reference_dir)
    for e in index.errors:
        sys.stderr.write(f"{e.message}\n")
    if index.errors:
        sys.stderr.write(f"factcheck: {len(index.errors)} error(s) in {len(index.files)} reference file(s)\n")
        raise typer.Exit(2)
    sys.stdout.write(f"{len(index.references)} references in {len(index.files)} file(s): ok\n")
    raise typer.Exit(0)


def version_callback(value: bool):
    if value:
        sys.stdout.write(f"factcheck {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")] = False):
    """factcheck: statistics fact-checking and claim tracking for newsrooms."""


def main() -> None:
    """Entry point. Usage errors exit 2 (click's standalone mode); anything unexpected
    is one line on stderr and exit 2, never a traceback."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # last resort
        sys.stderr.write(f"factcheck: error: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(2)
