"""The command line: a thin typer layer over the library. Parses options, makes the
consoles, calls pipeline/report/summary, maps errors to exit codes. No logic here."""


import gc
import sys
from pathlib import Path
from typing import Annotated, Optional

# A command allocates many short-lived objects and few reference cycles: at its default
# pace (every 700 allocations) the cyclic collector spends 3-5% of a scan, imports
# included, walking live objects. This module is the process's entry point, so it sets
# the pace for the process, before the imports (as mypy does); reference counting still
# frees everything that is not a cycle.
gc.set_threshold(50_000, 20, 20)

import typer  # noqa: E402

from factcheck import __version__
from factcheck.models import FailOn, Format

app = typer.Typer(
    help="Extract quantitative claims from news articles, check them against curated references "
         "and for internal consistency, and keep the editorial record in git.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # `factcheck --install-completion` (bash, zsh, fish, PowerShell)
    add_completion=True,
    # plain help: typer's rich help imports markdown rendering, tripling `--help` time
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
reference_app = typer.Typer(help="List, validate, import and add reference values.", no_args_is_help=True,
                            rich_markup_mode=None)
app.add_typer(reference_app, name="reference")

ClaimsDirOpt = Annotated[Optional[Path], typer.Option("--claims-dir", help="Folder of claim files [default: claims].")]
ReferenceDirOpt = Annotated[Optional[Path], typer.Option("--reference-dir", help="Folder of reference files [default: reference].")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format: table, json, markdown, html, sarif, github (report: also claimreview).", case_sensitive=False)]
AllOpt = Annotated[bool, typer.Option("--all", "-a", help="List every claim, not only the findings and what matched.")]
ArticlesRootOpt = Annotated[Optional[Path], typer.Option("--articles-root", help="Folder article ids are taken from [default: the project's top-level folder holding each article, e.g. articles/].")]
PartialRefsOpt = Annotated[bool, typer.Option("--allow-partial-references", help="Go on when a reference file is bad or missing (skipped, and the summary says so); by default that is exit 2.")]
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
    s = Settings(**{k: v for k, v in base.items()
                    if k in ("claims_dir", "reference_dir", "articles_root", "fail_on", "jobs", "max_bytes", "fiscal_years",
                             "home_currency", "home_country")})
    if s.fiscal_years:
        from factcheck.calendars import Calendars

        try:
            Calendars(s.fiscal_years if isinstance(s.fiscal_years, dict) else {"?": s.fiscal_years})
        except ValueError as e:
            raise fail(f"pyproject.toml: [tool.factcheck] {e}")
    if s.home_currency or s.home_country:
        from factcheck.extract import home_currency

        try:
            home_currency(s.home_currency, s.home_country)
        except ValueError as e:
            raise fail(f"pyproject.toml: [tool.factcheck] {e}")
    s.claims_dir = Path(claims_dir or s.claims_dir)
    s.reference_dir = Path(reference_dir or s.reference_dir)
    s.fail_on = FailOn(fail_on or s.fail_on)
    s.fmt = fmt
    for k, v in extra.items():
        if v is not None:
            setattr(s, k, v)
    return s


def fail(message: str) -> "typer.Exit":
    sys.stderr.write(f"factcheck: error: {message}\n")
    return typer.Exit(2)


def review_command(settings) -> str:
    """The command a checker runs next, with the options this run was given."""
    from pathlib import Path as _Path

    extra = f" --claims-dir {settings.claims_dir}" if _Path(settings.claims_dir) != _Path("claims") else ""
    return f"factcheck review{extra}"


def _finish(result, settings, files=None, show_all: bool = False) -> None:
    """Print errors, render, exit with the one exit decision."""
    from factcheck.report import render
    from factcheck.summary import RunSummary

    for e in result.reference_errors:
        sys.stderr.write(f"factcheck: warning: {e.message} (skipped: --allow-partial-references)\n")
    if result.reference_errors:
        sys.stderr.write(f"factcheck: warning: checked without {len(result.reference_errors)} bad reference "
                         "file(s) or entries named above\n")
    for old, new in getattr(result, "relocated", []):
        sys.stderr.write(f"factcheck: moved {old} to {new} (the article's id changed; reviews kept)\n")
    summary = RunSummary.of(files if files is not None else result.files, result.errors,
                            skipped_references=[e.message for e in result.reference_errors])
    out_console, _ = make_consoles() if settings.fmt is Format.TABLE else (None, None)
    next_step = None if getattr(settings, "dry_run", False) else review_command(settings)
    render(summary.files, summary, settings.fmt, settings.fail_on, console=out_console, show_all=show_all,
           next_step=next_step)
    # verdicts a changed reference moved: under the report in a terminal, on stderr beside data
    moved = getattr(result, "moved", None) or []
    if moved and settings.fmt is Format.TABLE:
        sys.stdout.write(f"\n{len(moved)} verdict(s) moved by reference changes:\n" + "".join(f"  {m}\n" for m in moved))
    else:
        for m in moved:
            sys.stderr.write(f"factcheck: moved: {m}\n")
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
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt .md .html .htm), searched recursively.",
                                                readable=False)],
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
    articles_root: ArticlesRootOpt = None,
    fmt: FormatOpt = Format.TABLE,
    fail_on: FailOnOpt = None,
    allow_partial_references: PartialRefsOpt = False,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Largest article file read, in bytes [default: 4 MiB].")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report only; write no claim file.")] = False,
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD for articles that state none.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes [default: one per core].", show_default=False)] = 0,
    force: Annotated[bool, typer.Option("--force", help="Re-extract articles whose text has not changed.")] = False,
    all_: AllOpt = False,
):
    """Read articles, extract their claims, write/merge claims/<id>.yaml, check them, print the report."""
    from factcheck.pipeline import scan_paths

    if fmt is Format.CLAIMREVIEW:
        raise fail("--format claimreview is for 'factcheck report'")
    if date is not None:
        import re

        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise fail(f"--date {date!r} is not YYYY-MM-DD")
    settings = settings_for(claims_dir, reference_dir, fail_on, fmt, dry_run=dry_run, date=date, force=force,
                            articles_root=articles_root, max_bytes=max_bytes,
                            allow_partial_references=allow_partial_references or None)
    if jobs:
        settings.jobs = jobs
    from factcheck.articles import discover

    progress, update = _progress(len(discover(paths)[0]) if sys.stderr.isatty() else 0)
    if progress:
        with progress:
            result = scan_paths(paths, settings, _settled(update))
    else:
        result = scan_paths(paths, settings, _settled(None))
    _finish(result, settings, show_all=all_)


def _settled(update):
    """The scan's per-article callback: the progress bar's `update` (if any), after freezing
    what the collector tracks. What an article leaves alive (its claims, findings and claim
    file, kept for the report) lives to the end of the command, yet the collector walked it
    all as it grew: some 250,000 objects in a scan of the bench's 600 KB corpus, about 1% of
    the scan. Frozen after each article, it is left to reference counting (as _run_command
    leaves everything at the end), and the collector walks only what the article being read
    makes. (A reference cycle an article leaves unreachable and not yet collected is kept:
    a few dozen objects in that scan.) Only where the command owns the process (main)."""
    def done(finished: int, total: int, name: str) -> None:
        if _OWNS_PROCESS["gc"]:
            gc.freeze()
        if update is not None:
            update(finished, total, name)
    return done


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Claim files, claim folders, articles or article ids [default: all in --claims-dir].")] = None,
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    fail_on: FailOnOpt = None,
    allow_partial_references: PartialRefsOpt = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report only; write nothing.")] = False,
    all_: AllOpt = False,
):
    """Re-check existing claim files against the current reference data and update their verdicts."""
    from factcheck.pipeline import recheck

    if fmt is Format.CLAIMREVIEW:
        raise fail("--format claimreview is for 'factcheck report'")
    settings = settings_for(claims_dir, reference_dir, fail_on, fmt, dry_run=dry_run,
                            allow_partial_references=allow_partial_references or None)
    only = _select(settings, paths)
    _finish(recheck(settings, only), settings, show_all=all_)


@app.command()
def report(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Claim files, claim folders, articles or article ids [default: all in --claims-dir].")] = None,
    claims_dir: ClaimsDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    fail_on: FailOnOpt = None,
    all_: AllOpt = False,
):
    """Print the report from claim files without re-checking."""
    from factcheck.pipeline import RunResult, load_claim_files

    settings = settings_for(claims_dir, None, fail_on, fmt)
    only = _select(settings, paths)
    files, errors = load_claim_files(settings, only)
    _finish(RunResult(files=files, errors=errors), settings, show_all=all_)


def _select(settings, items: Optional[list[str]]) -> Optional[list[str]]:
    """What the user typed (claim files or folders, articles, ids) → claim files; a folder of
    claim files becomes the claims folder of the run."""
    from factcheck.selection import select_claim_files

    if not items:
        return None
    claims_dir, only = select_claim_files(settings.claims_dir, items)
    settings.claims_dir = claims_dir
    return only


@app.command()
def review(
    article_id: Annotated[Optional[str], typer.Argument(help="Review only this article's claims (its id, article file or claim file).")] = None,
    claim: Annotated[Optional[str], typer.Option("--claim", help="Non-interactive: the claim id to decide on.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="With --claim: verified, disputed, false, ignored or unreviewed.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="With --claim: a note for the editors.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also walk the unverified claims, and claims already decided.")] = False,
    redo: Annotated[bool, typer.Option("--redo", help="Revisit flagged claims already decided (skipped by default).")] = False,
    by: Annotated[Optional[str], typer.Option("--by", help="Reviewer name [default: git user.name, else login].")] = None,
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
):
    """Walk flagged claims and record a decision and note (or decide one claim with --claim/--status)."""
    from factcheck import claimfile
    from factcheck.errors import FactcheckError
    from factcheck.review import apply_decision, parse_status

    settings = settings_for(claims_dir, reference_dir, None)  # the reference folder: key r adds to it
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

    only = _select(settings, [article_id]) if article_id else None
    raise typer.Exit(interactive_review(settings, article_id, all_, by, redo=redo, only=only))


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


@app.command("eval")
def eval_(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt .md .html .htm), searched recursively.")],
    reference_dir: ReferenceDirOpt = None,
    fmt: FormatOpt = Format.TABLE,
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD for articles that state none.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List each flag on clean text and each slip missed.")] = False,
):
    """Plant realistic slips in numbers of confirmed relations; report slips caught and flags on clean text."""
    from factcheck.evaluate import evaluate
    from factcheck.references import load_references
    from factcheck.report.evaluation import render_eval

    settings = settings_for(None, reference_dir, None, fmt)
    references = load_references(settings.reference_dir)
    progress, update = _progress(len(paths) * 4)
    if progress:
        with progress:
            result, errors = evaluate(paths, references.references, date, update)
    else:
        result, errors = evaluate(paths, references.references, date)
    out, _ = make_consoles()
    render_eval(result, settings.fmt, out, verbose)
    for e in errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(2 if errors else 0)


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


@app.command()
def export(
    sqlite: Annotated[Path, typer.Option("--sqlite", help="The database file to write (replaced atomically).")],
    paths: Annotated[Optional[list[str]], typer.Argument(help="Claim files, claim folders, articles or article ids [default: all in --claims-dir].")] = None,
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
):
    """Write articles, claims, findings and references to an SQLite database with full-text search."""
    from factcheck.export import export_sqlite

    settings = settings_for(claims_dir, reference_dir, None)
    result = export_sqlite(settings, sqlite, _select(settings, paths))
    for e in result.warnings:
        sys.stderr.write(f"factcheck: warning: {e.message} (entry skipped)\n")
    for e in result.errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    if result.counts:
        c = result.counts
        sys.stdout.write(f"{sqlite}: {c['articles']} articles, {c['claims']} claims, {c['findings']} findings, "
                         f"{c['reference_values']} references\n")
    raise typer.Exit(2 if result.errors else 0)


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
    refs = index.search(query)
    out, _ = make_consoles()
    render_references(refs, settings.fmt, out)
    for e in index.errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(2 if index.errors else 0)


@reference_app.command("validate")
def reference_validate(reference_dir: ReferenceDirOpt = None):
    """Validate every reference file, curated and imported: schema, units, periods, duplicate ids,
    conflicting values, sources. Exit 2 on any error."""
    from factcheck.references import load_references

    settings = settings_for(None, reference_dir, None)
    if not settings.reference_dir.is_dir():
        raise fail(f"{settings.reference_dir}: no such folder")
    from factcheck.refvalidate import validate

    index = load_references(settings.reference_dir)
    errors = index.errors + validate(index)
    imported = index.store.count() if index.store is not None else 0
    files = len(index.files) + (len(index.store.datasets()) if index.store is not None else 0)
    for e in errors:
        sys.stderr.write(f"{e.message}\n")
    if errors:
        sys.stderr.write(f"factcheck: {len(errors)} error(s) in {files} reference file(s)\n")
        raise typer.Exit(2)
    sys.stdout.write(f"{len(index.references) + imported} references in {files} file(s)"
                     f"{f' ({imported} imported)' if imported else ''}: ok\n")
    raise typer.Exit(0)


@reference_app.command("import")
def reference_import(
    sources: Annotated[list[str], typer.Argument(help="SDMX messages (XML, JSON, CSV), plain CSV tables, or SDMX web-service URLs; structure messages given alongside name the codes.")],
    series: Annotated[Optional[list[str]], typer.Option("--series", help="Only this series key ('M.USD.EUR.SP00.A'; '*' or an empty position for any code). Repeatable.")] = None,
    metric: Annotated[Optional[str], typer.Option("--metric", help="The metric, instead of the series' own name.")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", help="The subject (comma-separated), instead of the area code's country.")] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", help="The unit ('million EUR', 'percent'), for tables that do not say.")] = None,
    publisher: Annotated[Optional[str], typer.Option("--publisher", help="The publisher (required for plain CSV).")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="The source URL (required for plain CSV).")] = None,
    dataset: Annotated[Optional[str], typer.Option("--dataset", help="The dataset id the entries are filed under [default: agency and dataflow].")] = None,
    reference_dir: ReferenceDirOpt = None,
):
    """Import official series (SDMX, CSV) as reference entries, keeping revisions."""
    from factcheck.importing import Overrides, import_sources

    settings = settings_for(None, reference_dir, None)
    overrides = Overrides(series=list(series or []), metric=metric, subject=subject, unit=unit,
                          publisher=publisher, url=url, dataset=dataset)
    report = import_sources(sources, settings.reference_dir, overrides)
    for d in report.datasets:
        sys.stdout.write(f"{d.dataset}: {d.series} series, {d.added} new value(s), {len(d.revised)} revised, "
                         f"{d.unchanged} unchanged ({d.origin} → {d.files[1]})\n")
        for ref_id, old, new, old_as_of, new_as_of in d.revised:
            sys.stdout.write(f"  revised {ref_id}: {old} ({old_as_of}) → {new} ({new_as_of})\n")
        for why in d.skipped:
            sys.stderr.write(f"factcheck: warning: {d.origin}: skipped {why}\n")
    for e in report.errors:
        sys.stderr.write(f"factcheck: error: {e.message}\n")
    raise typer.Exit(2 if report.errors else 0)


@reference_app.command("add")
def reference_add(
    from_claim: Annotated[str, typer.Option("--from-claim", help="The claim whose metric, subject and period the entry takes.")],
    value: Annotated[float, typer.Option("--value", help="The published figure, in --unit.")],
    unit: Annotated[str, typer.Option("--unit", help="Its unit: 'billion USD', 'count', 'percent', …")],
    url: Annotated[str, typer.Option("--url", help="Where the figure is published.")],
    publisher: Annotated[str, typer.Option("--publisher", help="Who publishes it.")],
    period: Annotated[Optional[str], typer.Option("--period", help="The period it is for [default: the claim's].")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="The source's title.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="The date it was published, YYYY-MM-DD.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="A short quote of the sentence that gives the figure.")] = None,
    metric: Annotated[Optional[str], typer.Option("--metric", help="The metric [default: the claim's].")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", help="Subjects, comma-separated [default: the claim's].")] = None,
    ref_id: Annotated[Optional[str], typer.Option("--id", help="The entry's id [default: from subject, metric and period].")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="The reference file to add it to [default: the one holding that topic].")] = None,
    claims_dir: ClaimsDirOpt = None,
    reference_dir: ReferenceDirOpt = None,
):
    """Draft, validate and write a reference entry from a claim, then re-check the claim."""
    from factcheck.errors import FactcheckError
    from factcheck.refadd import add

    settings = settings_for(claims_dir, reference_dir, None)
    try:
        added = add(settings.reference_dir, settings.claims_dir, from_claim, value=value, unit=unit, url=url,
                    publisher=publisher, period=period, file=file, title=title, published=published, note=note,
                    metric=metric, ref_id=ref_id,
                    subject=[s.strip() for s in subject.split(",") if s.strip()] if subject is not None else None)
    except FactcheckError as exc:
        raise fail(exc.message) from None
    c = added.claim
    sys.stdout.write(f"added {added.reference.id} to {added.path.as_posix()}\n"
                     f"{c.id}: {added.before} → {c.check.verdict}"
                     f"{f' ({c.check.expected})' if c.check.expected else ''}\n")
    for reason in c.check.reasons:
        sys.stdout.write(f"  {reason}\n")
    raise typer.Exit(0)


def version_callback(value: bool):
    if value:
        sys.stdout.write(f"factcheck {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")] = False):
    """factcheck: statistics fact-checking and claim tracking for newsrooms."""


# Set by main(): the command owns the process, and so its collector (_settled). In-process
# callers of `app` (tests, typer's runner) keep theirs as it was.
_OWNS_PROCESS = {"gc": False}


def _run_command():
    _OWNS_PROCESS["gc"] = True
    code = app(standalone_mode=False)
    # The command is done, its output written and its workers joined. The interpreter's
    # shutdown would now walk every object still alive (grammar, references, results) in
    # two last cyclic collections only to free memory the process is about to hand back:
    # 3% of the instructions of a scan of the bench's 22-article base. Frozen, they are
    # left to reference counting and the OS; what the exit handlers (regexcache,
    # unitcache) make afterwards is still collected. Not on an interrupt or an error: a
    # stopped pool of workers is still being wound up then.
    gc.freeze()
    return code


def main() -> None:
    """Entry point. Usage errors exit 2; anything unexpected is one line on stderr and
    exit 2, never a traceback. Ctrl-C and SIGTERM stop the run cleanly (workers too),
    keep what was done, and exit 130 / 143 (click's own handling would say "Aborted!"
    and exit 1, which CI would read as "flagged claims")."""
    try:
        from typer import _click as click  # typer 0.2x carries its own click
    except ImportError:  # pragma: no cover - older typer depends on click
        import click

    from factcheck.errors import FactcheckError, Interrupted
    from factcheck.regexcache import install as keep_compiled_patterns
    from factcheck.unitcache import install as keep_unit_answers
    from factcheck.yamlcache import install as keep_parsed_yaml
    from factcheck.workers import handle_sigterm

    keep_compiled_patterns()  # a fresh process no longer compiles the grammar again (regexcache.py)
    keep_unit_answers()  # nor loads pint for the units it has met before (unitcache.py)
    keep_parsed_yaml()  # nor parses the word lists and reference files again (yamlcache.py)
    handle_sigterm()
    try:
        code = _run_command()
    except Interrupted as exc:
        sys.stderr.write(f"factcheck: interrupted: {exc.done} of {exc.total} done and written; "
                         "run the command again to finish\n")
        sys.exit(128 + exc.signum)
    except (KeyboardInterrupt, typer.Abort) as exc:
        cause = exc.__cause__ or exc.__context__ or exc
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(143 if type(cause).__name__ == "Terminated" else 130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except FactcheckError as exc:
        sys.stderr.write(f"factcheck: error: {exc.message}\n")
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except SystemExit:
        raise
    except Exception as exc:  # last resort
        sys.stderr.write(f"factcheck: error: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
