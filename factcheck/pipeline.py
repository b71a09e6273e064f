"""Wire the arrows: articles → extract → merge with claims/<id>.yaml → check → write.

Errors in one article are collected and the others still go through. `--jobs N`
runs articles in separate processes; results come back in input order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from factcheck import __version__, claimfile
from factcheck.articles import discover, file_sha256, read_article
from factcheck.config import Settings
from factcheck.errors import ClaimFileError, FactcheckError, ReferenceFileError
from factcheck.models import Article, ClaimFile
from factcheck.references import ReferenceIndex, load_references

Progress = Optional[Callable[[int, int, str], None]]


@dataclass
class RunResult:
    files: list[ClaimFile] = field(default_factory=list)
    errors: list[FactcheckError] = field(default_factory=list)
    reference_errors: list[ReferenceFileError] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def check_file(cf: ClaimFile, references: ReferenceIndex, article: Optional[Article] = None) -> ClaimFile:
    from factcheck.check import check_claims

    if article is None:
        article = article_of(cf)
    check_claims(cf.claims, references.references, article)
    return cf


def article_of(cf: ClaimFile) -> Article:
    """An Article carrying what the rules need (id, date, inferred year) from a claim file."""
    a = cf.article
    year = a.get("year_inferred")
    return Article(id=str(a.get("id")), path=str(a.get("path") or ""), text="", sha256=str(a.get("sha256") or ""),
                   date=None if a.get("date") is None else str(a["date"]), title=a.get("title"),
                   year_hint=int(year) if isinstance(year, int) else None)


# Worker state: the reference index, loaded once per process.
_REFERENCES: Optional[ReferenceIndex] = None


def _init_worker(references: ReferenceIndex) -> None:
    global _REFERENCES
    _REFERENCES = references


def _scan_one(args: tuple) -> tuple[Optional[ClaimFile], Optional[FactcheckError], bool, bool]:
    """(claim file, error, written, skipped) for one article; never raises."""
    path, settings = args
    try:
        return _scan_article(Path(path), settings, _REFERENCES or ReferenceIndex())
    except FactcheckError as exc:
        return None, exc, False, False
    except Exception as exc:  # a bug must not lose the other articles' work
        return None, FactcheckError(path, f"internal error: {type(exc).__name__}: {exc}"), False, False


def _scan_article(path: Path, settings: Settings, references: ReferenceIndex) -> tuple[Optional[ClaimFile], Optional[FactcheckError], bool, bool]:
    from factcheck.extract import extract

    article = read_article(path, settings.date)
    target = claimfile.path_for(settings.claims_dir, article.id)
    stamp = claimfile.file_stamp(target)
    old = _load_prior(target)
    if isinstance(old, FactcheckError):
        return None, old, False, False
    unchanged = old is not None and not settings.force and _unchanged(old, article)
    claims = None if unchanged else extract(article, settings.fiscal_years or None)  # the slow part, outside the lock
    if settings.dry_run:
        return _merge_and_check(old, article, claims, references, target), None, False, unchanged
    with claimfile.locked(target):
        if claimfile.file_stamp(target) != stamp:  # a review or another scan landed meanwhile: merge onto it
            old = _load_prior(target)
            if isinstance(old, FactcheckError):
                return None, old, False, False
            if claims is None and (old is None or not _unchanged(old, article)):
                claims = extract(article, settings.fiscal_years or None)
        cf = _merge_and_check(old, article, claims, references, target)
        try:
            written = claimfile.write(target, cf)
        except OSError as exc:
            return None, ClaimFileError(target, f"cannot write: {exc.strerror or exc}"), False, False
    return cf, None, written, unchanged


def _load_prior(target: Path):
    if not target.exists():
        return None
    try:
        return claimfile.load(target)
    except ClaimFileError as exc:
        # Never overwrite a claim file we cannot read: it may hold review decisions.
        return ClaimFileError(target, f"{exc.reason}; not overwritten (fix or remove it)", exc.line)


def _unchanged(old: ClaimFile, article: Article) -> bool:
    return (old.article.get("sha256") == article.sha256
            and old.article.get("scanned_with") == claimfile.article_block(article)["scanned_with"]
            and str(old.article.get("path")) == article.path and _same_date(old, article))


def _merge_and_check(old: Optional[ClaimFile], article: Article, claims, references: ReferenceIndex, target: Path) -> ClaimFile:
    if claims is None and old is not None:
        cf = old  # unchanged article: re-check only
        retired = old.article.get("__retired__")
        cf.article = {**claimfile.article_block(article), **({"__retired__": retired} if retired else {})}
    else:
        cf = claimfile.merge(old, article, claims or [])
    check_file(cf, references, article)
    cf.path = str(target)
    return cf


def _same_date(old: ClaimFile, article: Article) -> bool:
    return (old.article.get("date") or None) == article.date


def scan_paths(paths: list, settings: Settings, progress: Progress = None) -> RunResult:
    result = RunResult()
    files, errors = discover(paths)
    result.errors.extend(errors)
    references = load_references(settings.reference_dir)
    result.reference_errors = references.errors
    cache = claimfile.ClaimCache(settings.claims_dir)
    # Unchanged articles already checked against these references: nothing to do but report.
    ready: dict[int, ClaimFile] = {}
    for i, p in enumerate(files):
        cf = _unchanged_and_checked(p, settings, references, cache)
        if cf is not None:
            ready[i] = cf
    todo = [i for i in range(len(files)) if i not in ready]
    jobs = min(settings.workers, len(todo)) if todo else 1
    tasks = [(str(files[i]), settings) for i in todo]
    outcomes = []
    if jobs > 1:
        try:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(references,)) as pool:
                for i, outcome in enumerate(pool.map(_scan_one, tasks, chunksize=max(1, len(tasks) // (jobs * 8)))):
                    outcomes.append(outcome)
                    if progress:
                        progress(i + 1, len(tasks), tasks[i][0])
        except (OSError, ImportError, NotImplementedError, RuntimeError):
            # No processes here (or the pool broke, BrokenProcessPool is a RuntimeError):
            # fall back to serial; articles are independent, so redoing them is safe.
            outcomes = []
    if not outcomes:
        _init_worker(references)
        for i, task in enumerate(tasks):
            outcomes.append(_scan_one(task))
            if progress:
                progress(i + 1, len(tasks), task[0])
    merged = dict(ready)
    for i, outcome in zip(todo, outcomes):
        merged[i] = outcome
    for i in range(len(files)):
        item = merged[i]
        if isinstance(item, ClaimFile):
            result.files.append(item)
            result.skipped.append(item.path)
            continue
        cf, error, written, skipped = item
        if error is not None:
            result.errors.append(error)
            continue
        result.files.append(cf)
        if written:
            result.written.append(cf.path)
        if skipped:
            result.skipped.append(cf.path)
        if not settings.dry_run:
            cache.put(Path(cf.path), cf, references=references.digest, date_option=settings.date)
    if not settings.dry_run:
        cache.save()
    return result


def _unchanged_and_checked(path: Path, settings: Settings, references: ReferenceIndex,
                           cache: "claimfile.ClaimCache") -> Optional[ClaimFile]:
    """The cached claim file of an article whose bytes, path, date option, checker version
    and reference data are all as they were at its last scan; else None."""
    from factcheck.articles import article_id, display_path

    if settings.force:
        return None
    target = claimfile.path_for(settings.claims_dir, article_id(path))
    hit = cache.get(target)
    if hit is None:
        return None
    doc, extra = hit
    if extra.get("references") != references.digest or extra.get("date_option") != settings.date:
        return None
    article = doc.get("article") or {}
    if article.get("scanned_with") != f"factcheck {__version__}" or article.get("path") != display_path(path):
        return None
    if file_sha256(path) != article.get("sha256"):
        return None
    return claimfile.from_doc(doc, target)


def load_claim_files(settings: Settings, only: Optional[list[str]] = None) -> tuple[list[ClaimFile], list[FactcheckError]]:
    files: list[ClaimFile] = []
    errors: list[FactcheckError] = []
    cache = claimfile.ClaimCache(settings.claims_dir)
    for p in claimfile.claim_files(settings.claims_dir, only):
        try:
            cf = cache.load(p)
        except ClaimFileError as exc:
            errors.append(exc)
            continue
        cf.path = str(p)
        files.append(cf)
    cache.save()
    return files, errors


def recheck(settings: Settings, only: Optional[list[str]] = None, progress: Progress = None) -> RunResult:
    """Re-check existing claim files against the current reference data; write verdicts."""
    result = RunResult()
    references = load_references(settings.reference_dir)
    result.reference_errors = references.errors
    paths = claimfile.claim_files(settings.claims_dir, only)
    for i, p in enumerate(paths):
        try:
            with claimfile.locked(p):
                cf = claimfile.load(p)
                check_file(cf, references)
                cf.path = str(p)
                if not settings.dry_run and claimfile.write(p, cf):
                    result.written.append(str(p))
            result.files.append(cf)
        except ClaimFileError as exc:
            result.errors.append(exc)
        if progress:
            progress(i + 1, len(paths), str(p))
    return result


def article_changed(cf: ClaimFile) -> Optional[str]:
    """'changed' / 'missing' when the article behind a claim file is no longer as scanned."""
    path = cf.article.get("path")
    digest = file_sha256(path) if path else None
    if digest is None:
        return "missing"
    return None if digest == cf.article.get("sha256") else "changed"
