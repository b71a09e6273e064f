"""Track a metric across claim files: every matching claim ordered by article date, with
claims of the same metric, subject and period whose values disagree flagged."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from factcheck.matching import SYNONYMS, tokens
from factcheck.models import Claim, ClaimFile, Qualifier
from factcheck.quantities import format_quantity


@dataclass
class Hit:
    article: str
    date: Optional[str]
    path: Optional[str]
    claim: Claim
    conflicts: list[str] = field(default_factory=list)


def matches(query: str, claim: Claim) -> bool:
    """Every word of the query (case and inflection ignored) in the metric, subject or surface."""
    q = tokens(query)
    if not q:
        return False
    haystack = tokens(" ".join([claim.metric or "", " ".join(claim.subject), claim.surface]))
    return q <= haystack


def track(files: list[ClaimFile], query: str) -> list[Hit]:
    hits = [Hit(cf.id, cf.date, cf.article.get("path"), c) for cf in files for c in cf.claims if matches(query, c)]
    hits.sort(key=lambda h: (h.date or "9999", h.article, h.claim.span[0]))
    groups: dict[tuple, list[Hit]] = {}
    for h in hits:
        c = h.claim
        key = (tokens(c.metric), frozenset(s.lower() for s in c.subject), c.period, c.unit, c.kind)
        if c.period is None:
            continue  # a figure without a period cannot conflict with another
        groups.setdefault(key, []).append(h)
    for group in groups.values():
        # One representative per distinct value: linear in the number of claims, so that
        # ten thousand restatements of one figure do not cost a hundred million comparisons.
        distinct: dict[tuple, list[Hit]] = {}
        for h in group:
            distinct.setdefault((h.claim.value, h.claim.qualifier, h.claim.precision), []).append(h)
        if len(distinct) < 2:
            continue
        for h in group:
            for (value, _, _), others in distinct.items():
                rep = others[0].claim
                if rep is h.claim or not _disagree(h.claim, rep):
                    continue
                first = next((o for o in others if o.article != h.article), others[0])
                more = f" (and {len(others) - 1} more)" if len(others) > 1 else ""
                h.conflicts.append(f"{first.article}:{first.claim.line} states {format_quantity(value, rep.unit)}{more}")
    return hits


def _disagree(a: Claim, b: Claim) -> bool:
    if a.qualifier not in (Qualifier.EXACT.value, Qualifier.APPROX.value) or b.qualifier not in (Qualifier.EXACT.value, Qualifier.APPROX.value):
        return False
    tol = max((a.precision or 0) / 2, (b.precision or 0) / 2, abs(a.value) * 1e-9)
    if Qualifier.APPROX.value in (a.qualifier, b.qualifier):
        tol = max(tol, abs(a.value) * 0.05)
    return abs(a.value - b.value) > tol


# --- loading many claim files fast --------------------------------------------------------
# The YAML claim files stay the record; this cache only remembers, per file, its size and
# mtime and the claim fields `track` reads. It is rebuilt for any file that changed, and
# can be deleted at any time.
CACHE_NAME = "track.marshal"
_CACHE_VERSION = 3  # 3: keyed by the path within the claims folder
_FIELDS = ("id", "surface", "line", "value", "unit", "kind", "qualifier", "precision", "metric", "subject",
           "period", "verdict", "review", "span")


def _pack(cf: ClaimFile) -> tuple:
    claims = tuple((c.id, c.surface, c.line, c.value, c.unit, c.kind, c.qualifier, c.precision, c.metric,
                    tuple(c.subject), c.period, c.check.verdict, c.review.status, tuple(c.span)) for c in cf.claims)
    return (str(cf.article.get("id")), cf.date, cf.article.get("path"), claims)


def _unpack(packed: tuple, keep=None) -> ClaimFile:
    from factcheck.models import Check, Review

    article_id, date, path, rows = packed
    claims = []
    for row in rows:
        if keep is not None and not keep(row):
            continue
        d = dict(zip(_FIELDS, row))
        claims.append(Claim(id=d["id"], surface=d["surface"], span=tuple(d["span"]), line=d["line"], value=d["value"],
                            unit=d["unit"], kind=d["kind"], qualifier=d["qualifier"], precision=d["precision"],
                            metric=d["metric"], subject=list(d["subject"]), period=d["period"],
                            check=Check(verdict=d["verdict"]), review=Review(status=d["review"])))
    return ClaimFile(article={"id": article_id, "date": date, "path": path}, claims=claims)


_SYNONYM_TARGETS = frozenset(SYNONYMS.values())


def row_matcher(query: str):
    """A predicate on packed claim rows: the query's words in metric, subject or surface."""
    q = tokens(query)
    # A cheap substring test rejects most rows before lemmatising; words that other words
    # stand for ('trip' is a 'visit') cannot be tested that way and always pass it.
    stems = [t[:4] for t in q if t not in _SYNONYM_TARGETS]

    def keep(row: tuple) -> bool:
        # row: id, surface, line, value, unit, kind, qualifier, precision, metric, subject, ...
        text = " ".join([row[8] or "", " ".join(row[9]), row[1]])
        low = text.lower()
        return bool(q) and all(s in low for s in stems) and q <= tokens(text)

    keep.may_match = lambda haystack: bool(q) and all(s in haystack for s in stems)  # type: ignore[attr-defined]
    return keep


def _entry(packed: tuple) -> tuple:
    """The cache's form of a file: its text to search lower-cased, and its rows as one
    marshal blob that is only unpacked when the text could match the query."""
    import marshal

    article_id, date, path, rows = packed
    haystack = " ".join(f"{r[8] or ''} {' '.join(r[9])} {r[1]}" for r in rows).lower()
    return (article_id, date, path, haystack, marshal.dumps(rows))


def load_for_track(claims_dir, query: Optional[str] = None) -> tuple[list[ClaimFile], list]:
    """Claim files for `track`; with a query, only the claims that match it are built."""
    import marshal
    import os
    from pathlib import Path

    from factcheck import claimfile
    from factcheck.errors import ClaimFileError

    folder = Path(claims_dir)
    claims_cache = None  # validated documents scan and check already read; opened on the first miss
    keep = row_matcher(query) if query else None
    cache_path = claimfile.cache_dir(folder) / CACHE_NAME
    cache: dict = {}
    try:
        with open(cache_path, "rb") as fh:
            loaded = marshal.load(fh)
        if isinstance(loaded, dict) and loaded.get("version") == _CACHE_VERSION:
            cache = loaded["files"]
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        cache = {}
    files: list[ClaimFile] = []
    errors = []
    fresh: dict = {}
    dirty = False
    for p in claimfile.claim_files(folder, errors=errors):
        try:
            st = os.stat(p)
        except OSError as exc:
            errors.append(ClaimFileError(p, exc.strerror or str(exc)))
            continue
        key = p.relative_to(folder).as_posix()
        stamp = (st.st_size, st.st_mtime_ns)
        hit = cache.get(key)
        if hit and tuple(hit[0]) == stamp:
            entry = hit[1]
        else:
            try:  # every claim file is validated once, then known by its stamp
                claims_cache = claims_cache or claimfile.ClaimCache(folder)
                packed = _pack(claims_cache.load(p))
            except ClaimFileError as exc:
                errors.append(exc)
                continue
            entry = _entry(packed)
            dirty = True
        fresh[key] = (stamp, entry)
        article_id, date, path, haystack, blob = entry
        if keep is not None and not keep.may_match(haystack):
            rows: tuple = ()  # no claim of this file can match: its rows stay packed
        else:
            rows = marshal.loads(blob)
        cf = _unpack((article_id, date, path, rows), keep)
        cf.path = str(p)
        files.append(cf)
    if claims_cache is not None:
        claims_cache.save()
    if dirty or set(fresh) != set(cache):
        try:
            claimfile.ensure_cache_dir(folder)
            tmp = cache_path.with_name(CACHE_NAME + f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                marshal.dump({"version": _CACHE_VERSION, "files": fresh}, fh)
            os.replace(tmp, cache_path)
        except OSError:
            pass  # a read-only archive still answers, just without the cache
    return files, errors
