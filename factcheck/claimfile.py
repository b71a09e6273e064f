"""The claims store: claims/<article-id>.yaml.

Fixed key order and formatting so that a re-scan of an unchanged article writes a
byte-identical file; atomic writes under a lock; merge() keeps every review decision.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterator, Optional

import yaml

from factcheck import __version__
from factcheck.errors import ClaimFileError
from factcheck.models import Article, Check, Claim, ClaimFile, Review, ReviewStatus

SCHEMA_LINE = "# yaml-language-server: $schema=../factcheck/schemas/claims.schema.json\n"
MAX_BYTES = 50 * 1024 * 1024

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Flow(list):
    """A list written in flow style: span: [18941, 18966]."""


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    pass


_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


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
        **({"context": _FlowMap(context_of(c))} if context_of(c) else {}),
        "check": c.check.to_dict(),
        "review": c.review.to_dict(),
    }


# Extraction facts the consistency rules need, kept so that `check` can re-run
# them from the claim file alone (offsets within the sentence follow from span).
CONTEXT_KEYS = ("paragraph", "sentence_start", "change", "share_of", "baseline_period", "age", "ago",
                "ordinal_role", "streak", "period_inherited", "compared", "converted",
                "counted", "sign", "per", "pair", "subunit", "basis_points")


class _FlowMap(dict):
    """A mapping written in flow style."""


_Dumper.add_representer(_FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))


def context_of(c: Claim) -> dict[str, Any]:
    return {k: c.context[k] for k in CONTEXT_KEYS if c.context.get(k) not in (None, False, "")}


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


def dumps(cf: ClaimFile) -> str:
    doc: dict[str, Any] = {"article": cf.article, "claims": [claim_to_dict(c) for c in cf.claims]}
    retired = cf.article.get("__retired__")
    if retired:
        doc["article"] = {k: v for k, v in cf.article.items() if k != "__retired__"}
        doc["retired"] = retired
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**9,
                     default_flow_style=False)
    return SCHEMA_LINE + body


def loads(text: str, path: object = None) -> ClaimFile:
    try:
        doc = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ClaimFileError(path, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                             line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict):
        raise ClaimFileError(path, "not a claim file (no 'article' mapping)")
    claims_raw = doc.get("claims") or []
    if not isinstance(claims_raw, list) or not all(isinstance(c, dict) for c in claims_raw):
        raise ClaimFileError(path, "'claims' must be a list of mappings")
    article = dict(doc["article"])
    if article.get("date") is not None:
        article["date"] = str(article["date"])
    if doc.get("retired"):
        article["__retired__"] = doc["retired"]
    try:
        claims = [claim_from_dict(c) for c in claims_raw]
    except (TypeError, ValueError, IndexError) as exc:
        raise ClaimFileError(path, f"malformed claim ({exc})") from None
    return ClaimFile(article=article, claims=claims, path=None if path is None else str(path))


def load(path: os.PathLike | str) -> ClaimFile:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise ClaimFileError(path, "file too large")
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ClaimFileError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise ClaimFileError(path, exc.strerror or str(exc)) from None
    return loads(text, path)


def path_for(claims_dir: os.PathLike | str, article_id: str) -> Path:
    return Path(claims_dir) / f"{article_id}.yaml"


def claim_files(claims_dir: os.PathLike | str, only: Optional[list[str]] = None) -> list[Path]:
    """Claim files in a folder, or those named (paths or article ids)."""
    d = Path(claims_dir)
    if only:
        out = []
        for item in only:
            p = Path(item)
            if p.suffix not in (".yaml", ".yml"):
                p = d / f"{item}.yaml"
            out.append(p)
        return out
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.yaml") if not p.name.startswith("."))


def write(path: os.PathLike | str, cf: ClaimFile) -> bool:
    """Write atomically (temporary file + rename). Returns False when the bytes are unchanged."""
    p = Path(path)
    text = dumps(cf)
    try:
        if p.exists() and p.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        os.chmod(tmp, _file_mode(p))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return True


def _file_mode(p: Path) -> int:
    """The existing file's mode, else what the umask gives a new file (mkstemp makes 0600)."""
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
    claims that are gone from the article are kept under `retired`.
    """
    block = article_block(article)
    if old is None:
        return ClaimFile(article=block, claims=claims)
    remaining = {c.id: c for c in old.claims}
    taken_ids = {c.id for c in claims}

    def take(pred) -> Optional[Claim]:
        hits = [c for c in remaining.values() if pred(c)]
        if len(hits) == 1 or (hits and all(h.surface == hits[0].surface for h in hits)):
            return remaining.pop(hits[0].id)
        return None

    for new in claims:
        prior = remaining.pop(new.id, None)
        if prior is None:
            prior = take(lambda c: _norm(c.sentence) == _norm(new.sentence) and c.kind == new.kind
                         and c.unit == new.unit and c.metric == new.metric)
        if prior is None:  # the number itself was edited: same sentence but for its digits
            prior = take(lambda c: _shape(c.sentence) == _shape(new.sentence) and c.kind == new.kind
                         and c.unit == new.unit and c.metric == new.metric)
        if prior is None:
            prior = take(lambda c: c.surface == new.surface and c.kind == new.kind and c.metric == new.metric)
        if prior is None and new.metric:  # sentence and number both edited: one claim of this metric
            prior = take(lambda c: c.metric == new.metric and c.kind == new.kind and c.unit == new.unit
                         and c.period == new.period and c.subject == new.subject)
        if prior is None:
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
    retired = list(old.article.get("__retired__") or [])
    for gone in remaining.values():
        if gone.review.status != ReviewStatus.UNREVIEWED.value or gone.review.note:
            retired.append({"id": gone.id, "surface": gone.surface, "sentence": gone.sentence,
                            "value": gone.value, "review": gone.review.to_dict()})
    if retired:
        block["__retired__"] = retired
    claims.sort(key=lambda c: c.span)
    return ClaimFile(article=block, claims=claims)


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
    article = dict(doc["article"])
    if doc.get("retired"):
        article["__retired__"] = doc["retired"]
    return ClaimFile(article=article, claims=[claim_from_dict(c) for c in doc.get("claims") or []],
                     path=None if path is None else str(path))


class ClaimCache:
    """Parsed claim files of one folder, valid while a file's size and mtime are unchanged."""

    NAME = "claims.marshal"
    VERSION = 1

    def __init__(self, claims_dir: os.PathLike | str):
        import marshal

        self.claims_dir = Path(claims_dir)
        self.path = cache_dir(claims_dir) / self.NAME
        self.entries: dict[str, tuple] = {}
        self.dirty = False
        try:
            with open(self.path, "rb") as fh:
                data = marshal.load(fh)
            if isinstance(data, dict) and data.get("version") == self.VERSION:
                self.entries = data["entries"]
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            self.entries = {}

    def get(self, path: Path) -> Optional[tuple[dict, dict]]:
        """(document, extra) when the cached entry is current."""
        entry = self.entries.get(path.name)
        if entry is None:
            return None
        stamp, doc, extra = entry
        return (doc, extra) if tuple(stamp) == file_stamp(path) else None

    def put(self, path: Path, cf: ClaimFile, **extra: Any) -> None:
        stamp = file_stamp(path)
        if stamp is None:
            return
        self.entries[path.name] = (stamp, to_doc(cf), plain(extra))
        self.dirty = True

    def load(self, path: Path) -> ClaimFile:
        hit = self.get(path)
        if hit is not None:
            return from_doc(hit[0], path)
        cf = load(path)
        self.put(path, cf)
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
