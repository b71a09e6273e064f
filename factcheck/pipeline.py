"""Wire the arrows: articles → extract → merge with claims/<id>.yaml → check → write.

Errors in one article are collected and the others still go through. `--jobs N`
runs articles in worker processes (workers.py); results come back in input order.
Reference data is all-or-error: a bad reference file stops the run before anything is
checked or written, unless `allow_partial_references` says to go on without it.
"""

from __future__ import annotations

import os
import re
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from factcheck import __version__, claimfile
from factcheck.articles import MAX_BYTES, article_id, discover, display_path, file_sha256, read_article
from factcheck.config import Settings
from factcheck.errors import ClaimFileError, DamagedClaimFile, FactcheckError, Interrupted, ReferenceFileError, UsageError
from factcheck.models import Article, ClaimFile
from factcheck.references import ReferenceIndex, load_references
from factcheck.revisions import moved, snapshot

Progress = Optional[Callable[[int, int, str], None]]


@dataclass
class RunResult:
    files: list[ClaimFile] = field(default_factory=list)
    errors: list[FactcheckError] = field(default_factory=list)
    #: Reference problems that were skipped (only with allow_partial_references).
    reference_errors: list[ReferenceFileError] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: 'c-…: supported → contradicted, <ref> revised <date>: a → b' for each verdict a re-check moved
    moved: list[str] = field(default_factory=list)
    #: (old claim file, new claim file) moved to the article's current id.
    relocated: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Outcome:
    """What one article's scan produced; picklable, so it crosses from worker processes."""

    cf: Optional[ClaimFile] = None
    errors: list[FactcheckError] = field(default_factory=list)
    written: bool = False
    unchanged: bool = False
    moved_from: Optional[str] = None


def check_file(cf: ClaimFile, references: ReferenceIndex, article: Optional[Article] = None) -> ClaimFile:
    from factcheck.check import check_claims

    if article is None:
        article = article_of(cf)
    check_claims(cf.claims, references, article)
    return cf


def article_of(cf: ClaimFile) -> Article:
    """An Article carrying what the rules need (id, date, inferred year) from a claim file."""
    a = cf.article
    year = a.get("year_inferred")
    return Article(id=str(a.get("id")), path=str(a.get("path") or ""), text="", sha256=str(a.get("sha256") or ""),
                   date=None if a.get("date") is None else str(a["date"]), title=a.get("title"),
                   year_hint=int(year) if isinstance(year, int) else None)


def references_for(settings: Settings, result: RunResult) -> Optional[ReferenceIndex]:
    """The reference data, or None when it is broken and partial data is not allowed (the
    errors then are the run's errors: nothing may be checked against half the references)."""
    references = load_references(settings.reference_dir)
    if not references.errors:
        return references
    if settings.allow_partial_references:
        result.reference_errors = references.errors
        return references
    result.errors.extend(references.errors)
    result.errors.append(UsageError(None, f"{len(references.errors)} reference error(s): nothing was checked or "
                                          "written (fix them, or pass --allow-partial-references)"))
    return None


# Worker state: the reference index, loaded once per process.
_REFERENCES: Optional[ReferenceIndex] = None


def _init_worker(references: ReferenceIndex) -> None:
    global _REFERENCES
    _REFERENCES = references


def _scan_one(args: tuple) -> Outcome:
    """One article; never raises (but for an interruption)."""
    path, moved_from, known, settings = args
    try:
        return _scan_article(Path(path), moved_from, settings, _REFERENCES or ReferenceIndex(), known)
    except FactcheckError as exc:
        return Outcome(errors=[exc])
    except Exception as exc:  # a bug must not lose the other articles' work
        return Outcome(errors=[FactcheckError(path, f"internal error: {type(exc).__name__}: {exc}")])


def _scan_article(path: Path, moved_from: Optional[str], settings: Settings, references: ReferenceIndex,
                  known: Optional[tuple] = None) -> Outcome:
    """`known`: (stamp, document) of the claim file as the claim cache holds it, validated;
    used while the file's stamp is unchanged, so an edited article's old claim file is not
    parsed and validated again."""
    article = read_article(path, settings.date, settings.articles_root, settings.max_bytes)
    target = claimfile.path_for(settings.claims_dir, article.id)
    out = Outcome()
    stamp = claimfile.file_stamp(target)
    source = Path(moved_from) if moved_from and stamp is None else None
    if known is not None and source is None and stamp is not None and tuple(known[0]) == stamp:
        old, damage = _owned(claimfile.from_doc(known[1], target), target, article)
    else:
        old, damage = _prior(source or target, article)
    if isinstance(damage, FactcheckError) and not damage.salvage:
        return Outcome(errors=[damage])
    if source is not None and old is None:
        source = None
    unchanged = old is not None and damage is None and source is None and not settings.force and _unchanged(old, article)
    claims = None if unchanged else _extract(article, settings)  # the slow part, outside the lock
    if settings.dry_run:
        out.cf, out.unchanged = _merge_and_check(old, article, claims, references, target), unchanged
        out.errors = [damage] if damage else []
        return out
    with claimfile.locked(target):
        if claimfile.file_stamp(target) != stamp:  # a review or another scan landed meanwhile: merge onto it
            source = None
            old, damage = _prior(target, article)
            if isinstance(damage, FactcheckError) and not damage.salvage:
                return Outcome(errors=[damage])
            if claims is None and (old is None or damage or not _unchanged(old, article)):
                claims = _extract(article, settings)
        cf = _merge_and_check(old, article, claims, references, target)
        try:
            out.written = claimfile.write(target, cf)
        except OSError as exc:  # write() reports its own; this is for a replaced writer
            raise ClaimFileError(target, f"cannot write: {exc.strerror or exc}") from None
    if damage is not None:
        out.errors.append(damage)  # repaired, and said so: this run did not read the file whole
    if source is not None:
        try:
            with claimfile.locked(source):
                os.unlink(source)  # its decisions now live in the new file
        except OSError as exc:
            out.errors.append(ClaimFileError(source, f"moved to {target} but cannot remove it: {exc.strerror or exc}"))
        out.moved_from = str(source)
    out.cf, out.unchanged = cf, unchanged
    return out


def _extract(article: Article, settings: Settings):
    from factcheck.extract import extract, home_currency

    return extract(article, settings.fiscal_years or None, home_currency(settings.home_currency, settings.home_country),
                   settings.home_country)


def _prior(target: Path, article: Article) -> tuple[Optional[ClaimFile], Optional[ClaimFileError]]:
    """The claim file already there for this article, and what is wrong with it.

    A file that fails validation is never overwritten: (None, error). A damaged one (cut
    short) gives what survived and an error marked `salvage`: the article is re-extracted
    and the file rewritten whole, and the run says so. A file that belongs to another
    article that still exists is refused with both paths named."""
    if not target.exists():
        return None, None
    try:
        old = claimfile.load(target)
    except DamagedClaimFile as exc:
        notice = ClaimFileError(target, f"{exc.reason}: re-extracted from {article.path} and rewritten; "
                                        "reviews of the lost claims, if any, are in its git history")
        notice.salvage = True
        return exc.salvaged, notice
    except ClaimFileError as exc:
        # Never overwrite a claim file we cannot read: it may hold review decisions.
        return None, ClaimFileError(target, f"{exc.reason}; not overwritten (fix or remove it)", exc.line)
    return _owned(old, target, article)


def _owned(old: ClaimFile, target: Path, article: Article) -> tuple[Optional[ClaimFile], Optional[ClaimFileError]]:
    owner = str(old.article.get("path") or "")
    if owner and owner != article.path and _other_file(owner, article.path):
        return None, ClaimFileError(target, f"holds the claims of {owner}; {article.path} would share it "
                                            "(rename one of them, or set --articles-root)")
    return old, None


def _other_file(recorded: str, current: str) -> bool:
    """Is the article a claim file records a different file that still exists?"""
    try:
        return os.path.isfile(recorded) and not os.path.samefile(recorded, current)
    except OSError:
        return False


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
    references = references_for(settings, result)
    if references is None:
        return result
    ids = {p: article_id(p, settings.articles_root) for p in files}
    files = _refuse_shared(files, ids, settings, result)
    cache = claimfile.ClaimCache(settings.claims_dir)
    # Unchanged articles already checked against these references: nothing to do but report.
    ready: dict[int, ClaimFile] = {}
    for i, p in enumerate(files):
        cf = _unchanged_and_checked(p, ids[p], settings, references, cache)
        if cf is not None:
            ready[i] = cf
    todo = [i for i in range(len(files)) if i not in ready]
    moved = _moved_claim_files([files[i] for i in todo], ids, settings, cache)
    tasks = [(str(files[i]), moved.get(files[i]), cache.entry(claimfile.path_for(settings.claims_dir, ids[files[i]])),
              settings) for i in todo]
    outcomes: dict[int, Outcome] = {}

    def record(k: int, outcome: Outcome) -> None:
        outcomes[todo[k]] = outcome
        if progress:
            progress(len(outcomes), len(tasks), tasks[k][0])

    jobs = min(settings.workers, len(todo)) if todo else 1
    try:
        if jobs > 1:
            from factcheck import workers

            try:
                for _ in workers.map_in_order(_scan_one, tasks, jobs, _init_worker, (references,), on_result=record):
                    pass
            except (OSError, ImportError, NotImplementedError, RuntimeError):
                # No processes here (or a worker died: BrokenProcessPool is a RuntimeError).
                # Articles are independent, so doing the rest in this process is safe.
                pass
        _init_worker(references)
        for k, task in enumerate(tasks):
            if todo[k] not in outcomes:
                record(k, _scan_one(task))
    except KeyboardInterrupt as exc:
        # a worker still writing when it had to be killed (a loaded machine: no answer to
        # SIGTERM in time) leaves its temporary file; the articles not done own no other
        for k, task in enumerate(tasks):
            if todo[k] not in outcomes and not settings.dry_run:
                claimfile.remove_temporaries(claimfile.path_for(settings.claims_dir, ids[files[todo[k]]]))
        _collect(files, ready, outcomes, settings, references, cache, result)
        signum = signal.SIGTERM if type(exc).__name__ == "Terminated" else signal.SIGINT
        raise Interrupted(len(ready) + len(outcomes), len(files), int(signum), result) from None
    _collect(files, ready, outcomes, settings, references, cache, result)
    return result


def _collect(files: list[Path], ready: dict, outcomes: dict, settings: Settings, references: ReferenceIndex,
             cache: "claimfile.ClaimCache", result: RunResult) -> None:
    for i in range(len(files)):
        if i in ready:
            result.files.append(ready[i])
            result.skipped.append(ready[i].path)
            continue
        outcome = outcomes.get(i)
        if outcome is None:  # not reached: interrupted
            continue
        result.errors.extend(outcome.errors)
        cf = outcome.cf
        if cf is None:
            continue
        result.files.append(cf)
        if outcome.written:
            result.written.append(cf.path)
        if outcome.unchanged:
            result.skipped.append(cf.path)
        if outcome.moved_from:
            result.relocated.append((outcome.moved_from, cf.path))
        if not settings.dry_run and not outcome.errors:
            cache.put(Path(cf.path), cf, references=references.digest, date_option=settings.date)
    if not settings.dry_run:
        cache.save()


def _refuse_shared(files: list[Path], ids: dict, settings: Settings, result: RunResult) -> list[Path]:
    """Articles that would write one claim file (jan/story.txt and jan/story.md, or names
    that differ only in case on a case-insensitive disk) are refused, each naming the others."""
    groups: dict[str, list[Path]] = {}
    for p in files:
        groups.setdefault(ids[p].casefold(), []).append(p)
    refused: set[Path] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        target = claimfile.path_for(settings.claims_dir, ids[group[0]])
        for p in group:
            others = ", ".join(display_path(o) for o in group if o is not p)
            result.errors.append(UsageError(p, f"would share {target} with {others}; not scanned "
                                               "(rename one of them, or set --articles-root)"))
            refused.add(p)
    return [p for p in files if p not in refused]


_PATH_LINE = re.compile(r"^  path: (.*)$", re.M)


def _moved_claim_files(paths: list[Path], ids: dict, settings: Settings, cache: "claimfile.ClaimCache") -> dict:
    """For articles whose claim file is missing: a claim file kept for the same article under
    another id (an earlier factcheck's name-only id, a changed articles root, a moved
    article), found by the article path it records, so that its reviews move along."""
    missing = {display_path(p): p for p in paths if not claimfile.path_for(settings.claims_dir, ids[p]).exists()}
    if not missing:
        return {}
    found: dict[Path, str] = {}
    for claim_path in claimfile.claim_files(settings.claims_dir):
        recorded = _recorded_path(claim_path, cache)
        p = missing.get(recorded) if recorded else None
        if p is not None and p not in found:
            found[p] = str(claim_path)
    return found


def _recorded_path(claim_path: Path, cache: "claimfile.ClaimCache") -> Optional[str]:
    hit = cache.get(claim_path)
    if hit is not None:
        return hit[0]["article"].get("path")
    try:
        with open(claim_path, encoding="utf-8", errors="replace") as fh:
            head = fh.read(8192).split("\nclaims:", 1)[0]
    except OSError:
        return None
    m = _PATH_LINE.search(head)
    if not m:
        return None
    value = m.group(1).strip()
    if value[:1] in ("'", '"'):
        import yaml

        try:
            value = yaml.safe_load(value)
        except yaml.YAMLError:
            return None
    return str(value)


def _unchanged_and_checked(path: Path, article_id_: str, settings: Settings, references: ReferenceIndex,
                           cache: "claimfile.ClaimCache") -> Optional[ClaimFile]:
    """The cached claim file of an article whose bytes, path, date option, checker version
    and reference data are all as they were at its last scan; else None."""
    if settings.force:
        return None
    target = claimfile.path_for(settings.claims_dir, article_id_)
    hit = cache.get(target)
    if hit is None:
        return None
    doc, extra = hit
    if extra.get("references") != references.digest or extra.get("date_option") != settings.date:
        return None
    article = doc.get("article") or {}
    if article.get("scanned_with") != f"factcheck {__version__}" or article.get("path") != display_path(path):
        return None
    limit = MAX_BYTES if settings.max_bytes is None else settings.max_bytes
    try:
        if os.stat(path).st_size > limit:
            return None  # read_article refuses it, whatever the cache knows
    except OSError:
        return None
    if file_sha256(path) != article.get("sha256"):
        return None
    return claimfile.from_doc(doc, target)


def load_claim_files(settings: Settings, only: Optional[list[str]] = None) -> tuple[list[ClaimFile], list[FactcheckError]]:
    """Every claim file (or those named), validated; a bad one is an error and the others are read."""
    files: list[ClaimFile] = []
    errors: list[FactcheckError] = []
    cache = claimfile.ClaimCache(settings.claims_dir)
    for p in claimfile.claim_files(settings.claims_dir, only, errors):
        try:
            cf = cache.load(p)
        except ClaimFileError as exc:
            errors.append(_refusal(exc))
            continue
        cf.path = str(p)
        files.append(cf)
    cache.save()
    return files, errors


def _refusal(exc: ClaimFileError) -> ClaimFileError:
    """How a command that does not re-extract reports a damaged claim file."""
    if isinstance(exc, DamagedClaimFile):
        return ClaimFileError(exc.path, f"{exc.reason}: not read (run `factcheck scan` on its article to "
                                        "restore it, or restore it from git)", exc.line)
    return exc


def recheck(settings: Settings, only: Optional[list[str]] = None, progress: Progress = None) -> RunResult:
    """Re-check existing claim files against the current reference data; write verdicts."""
    result = RunResult()
    references = references_for(settings, result)
    if references is None:
        return result
    paths = claimfile.claim_files(settings.claims_dir, only, result.errors)
    cache = claimfile.ClaimCache(settings.claims_dir)
    try:
        for i, p in enumerate(paths):
            try:
                with claimfile.locked(p):
                    cf = cache.load(p)
                    before = snapshot(cf.claims)
                    check_file(cf, references)
                    result.moved.extend(moved(before, cf.claims, references.by_id))
                    cf.path = str(p)
                    if not settings.dry_run and claimfile.write(p, cf):
                        result.written.append(str(p))
                        cache.put(p, cf)
                result.files.append(cf)
            except ClaimFileError as exc:
                result.errors.append(_refusal(exc))
            if progress:
                progress(i + 1, len(paths), str(p))
    except KeyboardInterrupt as exc:
        cache.save()
        signum = signal.SIGTERM if type(exc).__name__ == "Terminated" else signal.SIGINT
        raise Interrupted(len(result.files), len(paths), int(signum), result) from None
    cache.save()
    return result


def article_changed(cf: ClaimFile) -> Optional[str]:
    """'changed' / 'missing' when the article behind a claim file is no longer as scanned."""
    path = cf.article.get("path")
    digest = file_sha256(path) if path else None
    if digest is None:
        return "missing"
    return None if digest == cf.article.get("sha256") else "changed"
