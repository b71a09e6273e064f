"""The claims store: claims/<article-id>.yaml (an id with folders, `jan/story`, lives in
the same subfolder: claims/jan/story.yaml).

Fixed key order and formatting so that a re-scan of an unchanged article writes a
byte-identical file; atomic writes under a lock; merge() keeps every review decision.
Every read validates the file (validation.py) and checks that it is whole: the article
block records the claim count and the file ends with YAML's '...' line. The YAML the writer
emits is read by claimyaml's fast reader; anything else by PyYAML.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import os
import re
from pathlib import Path
from typing import Any, Iterator, Optional

from factcheck import __version__, atomicfile, claimyaml
from factcheck.errors import ClaimFileError, DamagedClaimFile
from factcheck.models import Article, Check, Claim, ClaimFile, Review, ReviewStatus
from factcheck.validation import END_MARKER, problems

SCHEMA_LINE = "# yaml-language-server: $schema=../factcheck/schemas/claims.schema.json\n"
MAX_BYTES = 50 * 1024 * 1024

class _Flow(list):
    """A list written in flow style: span: [18941, 18966]."""


class _FlowMap(dict):
    """A mapping written in flow style."""


@functools.cache
def _yaml_classes() -> tuple:
    """(loader, dumper): PyYAML's safe ones (C where present), the loader leaving dates and
    times as the strings they are written as (a hand-typed `at: 2025-05-21T10:00:00Z` is
    then a string, as the schema says), the dumper writing _Flow and _FlowMap in flow
    style. Built on first use: a dry-run scan that meets no claim file never imports
    PyYAML (about 100M instructions at every start)."""
    import yaml

    base_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    base_dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class _Loader(base_loader):  # type: ignore[misc, valid-type]
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base_loader.yaml_implicit_resolvers.items()
    }

    class _Dumper(base_dumper):  # type: ignore[misc, valid-type]
        pass

    _Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
    _Dumper.add_representer(_FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
    return _Loader, _Dumper


def __getattr__(name: str):
    # `claimfile._Loader` and `claimfile._Dumper`, as before they were built lazily
    if name == "_Loader":
        return _yaml_classes()[0]
    if name == "_Dumper":
        return _yaml_classes()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def article_block(article: Article) -> dict[str, Any]:
    block: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "sha256": article.sha256,
        "date": article.date,
        "title": article.title,
        "scanned_with": f"factcheck {__version__}",
    }
    if article.source_format != "text":
        block["text_from"] = article.source_format  # spans index the text extracted from HTML
    if article.date is None and article.year_hint:
        block["year_inferred"] = article.year_hint
    return block


def claim_to_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "surface": c.surface,
        "span": _Flow([int(c.span[0]), int(c.span[1])]),
        "line": c.line,
        "column": c.column,
        "sentence": c.sentence,
        "value": float(c.value),
        "end": None if c.end is None else float(c.end),
        "unit": c.unit,
        "kind": c.kind,
        "qualifier": c.qualifier,
        "precision": None if c.precision is None else float(c.precision),
        "metric": c.metric,
        "subject": _Flow(list(c.subject)),
        "period": None if c.period is None else str(c.period),
        "role": c.role,
        "direction": c.direction,
        "base_period": c.base_period,
        **({"base_value": float(c.base_value)} if c.base_value is not None else {}),
        **({"context": _FlowMap(context)} if (context := context_of(c)) else {}),
        "check": c.check.to_dict(),
        "review": c.review.to_dict(),
    }


# Extraction facts the consistency rules need, kept so that `check` can re-run
# them from the claim file alone (offsets within the sentence follow from span).
CONTEXT_KEYS = ("paragraph", "sentence_start", "change", "share_of", "baseline_period", "age", "ago",
                "ordinal_role", "streak", "period_inherited", "compared", "converted",
                "counted", "sign", "per", "pair", "subunit", "basis_points", "scale_elided", "plan_before",
                "coordinated_bases", "compared_side")


def context_of(c: Claim) -> dict[str, Any]:
    # by identity: 0 == False, and the first sentence's start (0) and the first paragraph (0)
    # are facts a rule reads, not absent ones
    return {k: v for k in CONTEXT_KEYS if (v := c.context.get(k)) is not None and v is not False and v != ""}


def restore_context(c: Claim, context: Optional[dict]) -> None:
    c.context = dict(context or {})
    start = c.context.get("sentence_start")
    if isinstance(start, int):
        c.context["local"] = (c.span[0] - start, c.span[1] - start)


def claim_from_dict(d: dict[str, Any]) -> Claim:
    span = d.get("span") or [0, 0]
    subject = d.get("subject") or []
    if isinstance(subject, str):
        subject = [subject]
    claim = Claim(
        id=str(d.get("id") or ""),
        surface=str(d.get("surface") or ""),
        span=(int(span[0]), int(span[1])),
        line=int(d.get("line") or 0),
        column=int(d.get("column") or 0),
        sentence=str(d.get("sentence") or ""),
        value=float(d.get("value") or 0.0),
        end=None if d.get("end") is None else float(d["end"]),
        unit=str(d.get("unit") or "count"),
        kind=str(d.get("kind") or "count"),
        qualifier=str(d.get("qualifier") or "exact"),
        precision=None if d.get("precision") is None else float(d["precision"]),
        metric=d.get("metric"),
        subject=[str(s) for s in subject],
        period=None if d.get("period") is None else str(d["period"]),
        role=d.get("role"),
        direction=d.get("direction"),
        base_period=None if d.get("base_period") is None else str(d["base_period"]),
        base_value=None if d.get("base_value") is None else float(d["base_value"]),
        check=Check.from_dict(d.get("check")),
        review=Review.from_dict(d.get("review")),
    )
    restore_context(claim, d.get("context") if isinstance(d.get("context"), dict) else None)
    return claim


#: Fields of the article block that describe the file itself: recomputed on every dump.
_FILE_FIELDS = ("claim_count",)


def schema_line(article_id: str) -> str:
    """The editor hint on the first line; one '../' more for each folder of a nested id."""
    return SCHEMA_LINE.replace("=../", "=" + "../" * (1 + str(article_id).count("/")), 1)


def dumps(cf: ClaimFile) -> str:
    article = {k: v for k, v in cf.article.items() if k != "__retired__" and k not in _FILE_FIELDS}
    article["claim_count"] = len(cf.claims)
    doc: dict[str, Any] = {"article": article, "claims": [claim_to_dict(c) for c in cf.claims]}
    retired = cf.article.get("__retired__")
    if retired:
        doc["retired"] = retired
    import yaml

    body = yaml.dump(doc, Dumper=_yaml_classes()[1], sort_keys=False, allow_unicode=True, width=10**9,
                     default_flow_style=False, explicit_end=True)
    return schema_line(cf.id) + body


_CLAIM_COUNT = re.compile(r"^  claim_count: *(\d+) *$", re.M)
_ITEM = re.compile(r"^- ", re.M)


def _ends_whole(text: str) -> bool:
    return text.rstrip(" \t\r\n").endswith("\n" + END_MARKER)


def loads(text: str, path: object = None) -> ClaimFile:
    """Parse, validate and check that the file is whole. Raises ClaimFileError (with the
    line) for a malformed file and DamagedClaimFile for one that was cut or lost claims."""
    return from_doc(parse(text, path), path)


def parse(text: str, path: object = None) -> dict[str, Any]:
    """The validated document of a whole claim file, in plain types (what `loads` builds
    its ClaimFile from); raises as `loads` does."""
    head = text.split("\nclaims:", 1)[0]
    recorded = _CLAIM_COUNT.search(head)
    expected = int(recorded.group(1)) if recorded else None
    cut = expected is not None and not _ends_whole(text)
    import yaml

    loader = _yaml_classes()[0]
    try:  # the writer's own subset is read fast; anything else (or anything doubtful) by PyYAML
        doc = claimyaml.load(text, loader)
        if doc is None:
            doc = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        if cut:
            raise _damaged(text, path, expected, "it ends inside a value") from None
        mark = getattr(exc, "problem_mark", None)
        raise ClaimFileError(path, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                             line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict):
        if cut:
            raise _damaged(text, path, expected, "it ends inside the article block")
        raise ClaimFileError(path, "not a claim file (no 'article' mapping)", line=1)
    found = problems(doc, text)
    if cut:
        raise _damaged(text, path, expected, f"its last line is not '{END_MARKER}'")
    if found:
        line, reason = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ClaimFileError(path, reason + more, line=line)
    if expected is not None and expected != len(doc["claims"]):
        raise DamagedClaimFile(path, f"damaged: it has {len(doc['claims'])} claims but records {expected}",
                               salvaged=from_doc(doc, path), expected=expected)
    return doc


def _damaged(text: str, path: object, expected: Optional[int], how: str) -> DamagedClaimFile:
    """The error for a cut file, carrying its whole part: everything before the item the
    cut fell in (the text is tried whole first, in case the cut fell between items)."""
    import yaml

    salvaged = None
    items = [m.start() for m in _ITEM.finditer(text)]
    for end in [len(text)] + items[-1:]:
        part = text[:end]
        if part.endswith("\nretired:\n"):
            part = part[: -len("retired:\n")]
        try:
            doc = yaml.load(part, Loader=_yaml_classes()[0])
        except yaml.YAMLError:
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict):
            continue
        if doc.get("claims") is None and "\nclaims:" in part:
            doc["claims"] = []
        if not problems(doc, part):
            salvaged = from_doc(doc, path)
            break
    whole = f"{len(salvaged.claims)} of {expected} claims whole" if salvaged else "nothing whole"
    return DamagedClaimFile(path, f"truncated: {how} ({whole})", salvaged=salvaged, expected=expected)


def load(path: os.PathLike | str) -> ClaimFile:
    return from_doc(load_doc(path), path)


def load_doc(path: os.PathLike | str) -> dict[str, Any]:
    """The validated document of the claim file at `path` (see `parse`)."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise ClaimFileError(path, "file too large")
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ClaimFileError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise ClaimFileError(path, exc.strerror or str(exc)) from None
    return parse(text, path)


def path_for(claims_dir: os.PathLike | str, article_id: str) -> Path:
    """claims/<id>.yaml; an id with folders (`jan/story`) in the same subfolders."""
    *folders, name = str(article_id).split("/")
    return Path(claims_dir).joinpath(*folders, f"{name}.yaml")


def claim_files(claims_dir: os.PathLike | str, only: Optional[list[str]] = None,
                errors: Optional[list] = None) -> list[Path]:
    """Claim files in a folder and its subfolders, or those named (paths or article ids).
    A subfolder that cannot be read is added to `errors` (when given), never skipped silently."""
    d = Path(claims_dir)
    if only:
        out = []
        for item in only:
            p = Path(item)
            if p.suffix not in (".yaml", ".yml"):
                p = path_for(d, item)
            out.append(p)
        return out
    if not d.is_dir():
        return []
    found: list[Path] = []

    def walk(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if errors is not None:
                errors.append(ClaimFileError(folder, f"cannot read folder: {exc.strerror or exc}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # the cache, temporary files, editors' and git's files
            if entry.is_dir(follow_symlinks=False):
                walk(Path(entry.path))
            elif entry.name.endswith(".yaml"):
                found.append(Path(entry.path))

    walk(d)
    return sorted(found)


def article_id_of(claims_dir: os.PathLike | str, path: os.PathLike | str) -> str:
    """The article id a claim file's place in the claims folder stands for."""
    rel = Path(path).relative_to(Path(claims_dir)).as_posix()
    return rel[: -len(".yaml")] if rel.endswith(".yaml") else rel


def write(path: os.PathLike | str, cf: ClaimFile) -> bool:
    """Write atomically (temporary file + rename). Returns False when the bytes are unchanged.
    An OS error (disk full, permission) is a ClaimFileError naming the file; the old file
    is then untouched and no temporary file is left."""
    p = Path(path)
    text = dumps(cf)
    try:
        if p.exists() and p.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        with atomicfile.temporary_beside(p) as (fd, tmp):
            os.chmod(tmp, _file_mode(p))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, p)
    except OSError as exc:
        raise ClaimFileError(p, f"cannot write: {exc.strerror or exc}") from None
    return True


def remove_temporaries(path: os.PathLike | str) -> None:
    """Remove the temporary files `write` makes for `path` (".<name>.XXXX.tmp"), as a write
    that was killed mid-way leaves them; the claim file itself is never touched."""
    p = Path(path)
    with contextlib.suppress(OSError):
        for tmp in p.parent.glob(f".{glob.escape(p.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _file_mode(p: Path) -> int:
    """The existing file's mode, else what the umask gives a new file (the temporary is made 0600)."""
    try:
        return p.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextlib.contextmanager
def locked(path: os.PathLike | str) -> Iterator[None]:
    """An exclusive lock for a claim file's read-merge-write, so that a scan and a review
    (or two scans) never interleave and lose a decision. It locks the claims folder itself
    (POSIX flock on the directory): no lock files are left behind to commit. Elsewhere the
    atomic rename still guarantees that no file is ever half-written."""
    folder = Path(path).parent
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl

        fd = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):  # pragma: no cover - Windows, or a folder we cannot open
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _shape(s: str) -> str:
    return re.sub(r"\d[\d,.]*", "#", _norm(s))


def merge(old: Optional[ClaimFile], article: Article, claims: list[Claim]) -> ClaimFile:
    """New claims with the earlier review state carried over.

    An old claim is the same claim when it has the same id (same sentence and
    surface), else the same sentence, kind, unit and metric, or the same sentence
    but for its digits (the value was edited), else the same surface, kind and
    metric (the sentence was edited), else the only claim of its metric, kind,
    unit, period and subject. Each step takes only an unambiguous match. A carried
    claim keeps its id; when its value or sentence changed its review returns to
    `unreviewed` and the earlier decision is kept under `review.previous`. Reviewed
    claims that are gone from the article are kept under `retired`; one that comes
    back with the same sentence and value gets its decision (and id) back.

    Each step looks its candidates up in an index, so a merge costs time linear in
    the number of claims, however large the article.
    """
    block = article_block(article)
    if old is None:
        return ClaimFile(article=block, claims=claims)
    remaining = {c.id: c for c in old.claims}
    taken_ids = {c.id for c in claims}
    steps = (
        lambda c: (_norm(c.sentence), c.kind, c.unit, c.metric),
        lambda c: (_shape(c.sentence), c.kind, c.unit, c.metric),  # the number itself was edited
        lambda c: (c.surface, c.kind, c.metric),  # the sentence was edited
        # sentence and number both edited: the one claim of this metric
        lambda c: (c.metric, c.kind, c.unit, c.period, tuple(c.subject)) if c.metric else None,
    )
    indexes: list[dict[Any, list[str]]] = []
    for key in steps:
        index: dict[Any, list[str]] = {}
        for c in old.claims:
            k = key(c)
            if k is not None:
                index.setdefault(k, []).append(c.id)
        indexes.append(index)

    def take(step: int, new: Claim) -> Optional[Claim]:
        k = steps[step](new)
        bucket = indexes[step].get(k) if k is not None else None
        if not bucket:
            return None
        bucket[:] = [i for i in bucket if i in remaining]  # drop the ones taken meanwhile
        hits = [remaining[i] for i in bucket]
        if len(hits) == 1 or (hits and all(h.surface == hits[0].surface for h in hits)):
            return remaining.pop(hits[0].id)
        return None

    unmatched: list[Claim] = []
    for new in claims:
        prior = remaining.pop(new.id, None)
        for step in range(len(steps)):
            if prior is not None:
                break
            prior = take(step, new)
        if prior is None:
            unmatched.append(new)
            continue
        if prior.id != new.id and prior.id not in taken_ids:
            taken_ids.discard(new.id)
            new.id = prior.id
            taken_ids.add(new.id)
        changed = prior.value != new.value or prior.end != new.end or _norm(prior.sentence) != _norm(new.sentence)
        if changed and prior.review.status != ReviewStatus.UNREVIEWED.value:
            new.review = Review(previous={
                "status": prior.review.status, "by": prior.review.by, "at": prior.review.at,
                "note": prior.review.note, "surface": prior.surface, "value": prior.value,
                "sentence": prior.sentence,
            })
        elif changed:
            new.review = Review(previous=prior.review.previous)
        else:
            new.review = prior.review
    retired = _restore_retired(list(old.article.get("__retired__") or []), unmatched, taken_ids)
    for gone in remaining.values():
        if gone.review.status != ReviewStatus.UNREVIEWED.value or gone.review.note or gone.review.previous:
            retired.append({"id": gone.id, "surface": gone.surface, "sentence": gone.sentence,
                            "value": gone.value, "review": gone.review.to_dict()})
    if retired:
        block["__retired__"] = retired
    claims.sort(key=lambda c: c.span)
    return ClaimFile(article=block, claims=claims)


def _restore_retired(retired: list[dict], unmatched: list[Claim], taken_ids: set[str]) -> list[dict]:
    """Give a retired decision back to a claim that returned with the same sentence and
    value (a sentence cut in one edit and pasted back in the next). Returns what stays retired."""
    if not retired or not unmatched:
        return retired
    waiting: dict[tuple, list[int]] = {}
    for i, entry in enumerate(retired):
        waiting.setdefault((_norm(str(entry.get("sentence") or "")), entry.get("value")), []).append(i)
    restored: set[int] = set()
    for new in unmatched:
        slots = waiting.get((_norm(new.sentence), new.value))
        if not slots:
            continue
        i = slots.pop(0)
        entry = retired[i]
        restored.add(i)
        new.review = Review.from_dict(entry.get("review"))
        old_id = str(entry.get("id") or "")
        if old_id and old_id != new.id and old_id not in taken_ids:
            taken_ids.discard(new.id)
            new.id = old_id
            taken_ids.add(old_id)
    return [entry for i, entry in enumerate(retired) if i not in restored]


def find_claim(claims_dir: os.PathLike | str, claim_id: str) -> Optional[Path]:
    for p in claim_files(claims_dir):
        try:
            text = p.read_text(encoding="utf-8")
        except OSError:
            continue
        if re.search(rf"^\s*- id: {re.escape(claim_id)}$", text, re.M):
            return p
    return None


# --- a rebuildable cache of parsed claim files -------------------------------------------
# Parsing YAML dominates a re-scan of an unchanged corpus. The cache keeps, per claim file,
# its size and mtime, the parsed document in plain types, and the fingerprint of the
# reference data it was last checked against. It lives in <claims>/.factcheck-cache/ with a
# .gitignore of its own (as pytest's cache does), so it never reaches the editorial record.
CACHE_DIR = ".factcheck-cache"


def file_stamp(path: os.PathLike | str) -> Optional[tuple[int, int]]:
    """(size, mtime) of a file, or None: what tells a cached or earlier-read copy is current."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def cache_dir(claims_dir: os.PathLike | str) -> Path:
    d = Path(claims_dir) / CACHE_DIR
    return d


def ensure_cache_dir(claims_dir: os.PathLike | str) -> Path:
    d = cache_dir(claims_dir)
    d.mkdir(parents=True, exist_ok=True)
    ignore = d / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# factcheck's rebuildable cache\n*\n", encoding="utf-8")
    return d


def plain(value: Any) -> Any:
    """Builtin types only (marshal refuses subclasses such as the flow-style list)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def to_doc(cf: ClaimFile) -> dict[str, Any]:
    doc: dict[str, Any] = {"article": {k: v for k, v in cf.article.items() if k != "__retired__"},
                           "claims": [claim_to_dict(c) for c in cf.claims]}
    if cf.article.get("__retired__"):
        doc["retired"] = cf.article["__retired__"]
    return plain(doc)


def from_doc(doc: dict[str, Any], path: object = None) -> ClaimFile:
    article = {k: v for k, v in doc["article"].items() if k not in _FILE_FIELDS}
    if article.get("date") is not None:
        article["date"] = str(article["date"])
    if doc.get("retired"):
        article["__retired__"] = doc["retired"]
    return ClaimFile(article=article, claims=[claim_from_dict(c) for c in doc.get("claims") or []],
                     path=None if path is None else str(path))


class ClaimCache:
    """Parsed claim files of one folder, valid while a file's size and mtime are unchanged.
    Only validated documents enter it (a file factcheck wrote, or one `load` accepted), so a
    hit needs no parsing and no validation: that keeps validation off the re-scan's hot path."""

    NAME = "claims.marshal"
    VERSION = 2  # 2: keyed by the path within the claims folder (ids may have folders)

    def __init__(self, claims_dir: os.PathLike | str):
        import marshal

        self.claims_dir = Path(claims_dir)
        self.path = cache_dir(claims_dir) / self.NAME
        self.entries: dict[str, tuple] = {}
        self.dirty = False
        try:
            with open(self.path, "rb") as fh:
                data = marshal.loads(fh.read())  # marshal.load(fh) reads object by object: 5x slower
            if isinstance(data, dict) and data.get("version") == self.VERSION:
                self.entries = data["entries"]
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            self.entries = {}

    def get(self, path: Path) -> Optional[tuple[dict, dict]]:
        """(document, extra) when the cached entry is current."""
        entry = self.entries.get(self._key(path))
        if entry is None:
            return None
        stamp, doc, extra = entry
        return (doc, extra) if tuple(stamp) == file_stamp(path) else None

    def entry(self, path: Path) -> Optional[tuple]:
        """(stamp, document) as cached, current or not (the caller compares the stamp)."""
        hit = self.entries.get(self._key(path))
        return None if hit is None else (tuple(hit[0]), hit[1])

    def put(self, path: Path, cf: ClaimFile, doc: Optional[dict] = None, **extra: Any) -> None:
        """Cache a claim file as written, or (`doc`) the document it was read from. A parsed
        document is cached as read, so that a cache hit gives exactly what a read gives
        (to_doc would drop what the writer does not write), and copying it costs a third
        less than turning the claims back into a document."""
        import marshal

        stamp = file_stamp(path)
        if stamp is None:
            return
        try:  # a copy, since the claims read from it may change
            kept = marshal.loads(marshal.dumps(doc)) if doc is not None else to_doc(cf)
        except ValueError:  # a type marshal cannot write (a YAML tag the schema let through)
            kept = to_doc(cf)
        self.entries[self._key(path)] = (stamp, kept, plain(extra))
        self.dirty = True

    def _key(self, path: Path) -> str:
        try:
            return Path(path).relative_to(self.claims_dir).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def load(self, path: Path) -> ClaimFile:
        hit = self.get(path)
        if hit is not None:
            return from_doc(hit[0], path)
        doc = load_doc(path)
        cf = from_doc(doc, path)
        self.put(path, cf, doc=doc)
        return cf

    def save(self) -> None:
        import marshal

        if not self.dirty:
            return
        try:
            ensure_cache_dir(self.claims_dir)
            tmp = self.path.with_name(f"{self.NAME}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                marshal.dump({"version": self.VERSION, "entries": self.entries}, fh)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            pass  # a read-only claims folder still works, just without the cache
