"""Track a metric across claim files: every matching claim ordered by article date, with
claims of the same metric, subject and period whose values disagree flagged."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from typing import Optional

from factcheck.matching import tokens
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
        stated: dict[str, set[tuple]] = {}  # the values each article states under this key
        for h in group:
            value = (h.claim.value, h.claim.qualifier, h.claim.precision)
            distinct.setdefault(value, []).append(h)
            stated.setdefault(h.article, set()).add(value)
        if len(distinct) < 2:
            continue
        for h in group:
            for key, others in distinct.items():
                value = key[0]
                rep = others[0].claim
                # A value the claim's own article also states under this key is no conflict
                # with it: the key names more than one figure there ('97.2 percent and 93.5
                # percent of 2019 levels, respectively'); the article's own rules judge it.
                if rep is h.claim or key in stated[h.article] or not _disagree(h.claim, rep):
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
# The YAML claim files stay the record; the index is an SQLite database (claimdb's schema)
# in <claims>/.factcheck-cache/, holding per file its size and mtime and the claim fields
# `track` reads. Files whose size or mtime changed are re-read, removed ones dropped; the
# index can be deleted at any time.
INDEX_NAME = "index.sqlite"
_FIELDS = ("id", "surface", "line", "value", "unit", "kind", "qualifier", "precision", "metric", "subject",
           "period", "verdict", "review", "span")


def _pack(cf: ClaimFile) -> tuple:
    claims = tuple((c.id, c.surface, c.line, c.value, c.unit, c.kind, c.qualifier, c.precision, c.metric,
                    tuple(c.subject), c.period, c.check.verdict, c.review.status, tuple(c.span)) for c in cf.claims)
    return (str(cf.article.get("id")), cf.date, cf.article.get("path"), claims)


#: The claim columns the index fills (claimdb's schema; the others stay null).
INDEX_COLUMNS = ("article_id", "id", "surface", "span_start", "span_end", "line", "value", "unit", "kind", "qualifier",
                 "precision", "metric", "subject", "period", "verdict", "review_status", "terms")


def _claim_rows(article_id: str, rows) -> list[tuple]:
    """Packed rows → the index's claim columns."""
    from factcheck.claimdb import _json, terms

    return [(article_id, cid, surface, span[0], span[1], line, value, unit, kind, qual, precision, metric,
             _json(subject), period, verdict, status, terms(metric, subject, surface))
            for (cid, surface, line, value, unit, kind, qual, precision, metric, subject, period, verdict, status,
                 span) in rows]


def open_index(claims_dir):
    """The index database of a claims folder (in memory where the folder is read-only)."""
    from factcheck import claimdb, claimfile

    try:
        folder = claimfile.ensure_cache_dir(claims_dir)
        conn = claimdb.connect(folder / INDEX_NAME)
        conn.execute("PRAGMA journal_mode = WAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, claimdb.SCHEMA_VERSION):  # an index of another schema: start again
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                (folder / (INDEX_NAME + suffix)).unlink(missing_ok=True)
            conn = claimdb.connect(folder / INDEX_NAME)
        conn.execute(f"PRAGMA user_version = {claimdb.SCHEMA_VERSION}")
    except (OSError, sqlite3.Error):
        conn = claimdb.connect(":memory:")
    conn.execute("PRAGMA synchronous = OFF")  # a cache: rebuilt if ever lost
    claimdb.create(conn, fts=False)
    return conn


def sync_index(conn, claims_dir) -> list:
    """Bring the index up to date with the claim files (those whose size or mtime changed
    are re-read, removed ones dropped); returns the files' errors."""
    from factcheck import claimdb, claimfile
    from factcheck.errors import ClaimFileError

    errors = []
    known = {path: (size, mtime, article) for path, size, mtime, article in
             conn.execute("SELECT path, size, mtime_ns, article_id FROM files")}
    current = set()
    stale: list[str] = []  # article ids whose rows go before the new ones come in
    articles, claims, stamps = [], [], []
    claims_cache = None  # validated documents scan and check already read; opened on the first miss
    for p in claimfile.claim_files(claims_dir, errors=errors):
        key = str(p)
        try:
            st = os.stat(p)
        except OSError as exc:
            errors.append(ClaimFileError(p, exc.strerror or str(exc)))
            continue
        current.add(key)
        old = known.get(key)
        if old and (old[0], old[1]) == (st.st_size, st.st_mtime_ns):
            continue
        try:  # every claim file is validated once, then known by its stamp
            claims_cache = claims_cache or claimfile.ClaimCache(claims_dir)
            packed = _pack(claims_cache.load(p))
        except ClaimFileError as exc:
            errors.append(exc)
            continue
        article_id, date, path, rows = packed
        if old:
            stale.append(old[2])
        stale.append(article_id)
        articles.append((article_id, path, None, date, None, None, key))
        claims.extend(_claim_rows(article_id, rows))
        stamps.append((key, st.st_size, st.st_mtime_ns, article_id))
    if claims_cache is not None:
        claims_cache.save()
    gone = set(known) - current
    if not (articles or gone):
        return errors
    with conn:
        stale += [known[key][2] for key in gone]
        conn.executemany("DELETE FROM articles WHERE id = ?", [(a,) for a in stale])  # cascades to claims, files
        conn.executemany("DELETE FROM files WHERE path = ?", [(key,) for key in gone])
        conn.executemany(f"INSERT OR REPLACE INTO articles VALUES ({', '.join('?' * len(claimdb.ARTICLE_COLUMNS))})",
                         articles)
        claimdb.insert_claims(conn, INDEX_COLUMNS, claims)
        conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", stamps)
    return errors


def load_for_track(claims_dir, query: Optional[str] = None) -> tuple[list[ClaimFile], list]:
    """Claim files for `track` from the index; with a query, only the claims that match it."""
    from factcheck.models import Check, Review

    conn = open_index(claims_dir)
    try:
        errors = sync_index(conn, claims_dir)
        from factcheck.claimdb import terms_filter

        sql = ("SELECT a.id, a.date, a.path, a.claim_file, c.id, c.surface, c.line, c.value, c.unit, c.kind, "
               "c.qualifier, c.precision, c.metric, c.subject, c.period, c.verdict, c.review_status, "
               "c.span_start, c.span_end FROM articles a JOIN claims c ON c.article_id = a.id")
        params: list = []
        if query:
            condition, params = terms_filter(query)
            sql += " WHERE " + condition
        files: dict[str, ClaimFile] = {}
        for (article_id, date, path, claim_file, cid, surface, line, value, unit, kind, qual, precision, metric,
             subject, period, verdict, status, a, b) in conn.execute(sql + " ORDER BY c.rowid", params):
            subject = json.loads(subject) if subject else []
            cf = files.get(article_id)
            if cf is None:
                cf = files[article_id] = ClaimFile(article={"id": article_id, "date": date, "path": path},
                                                   claims=[], path=claim_file)
            cf.claims.append(Claim(id=cid, surface=surface, span=(a, b), line=line, value=value, unit=unit, kind=kind,
                                   qualifier=qual, precision=precision, metric=metric, subject=list(subject),
                                   period=period, check=Check(verdict=verdict), review=Review(status=status)))
        return list(files.values()), errors
    finally:
        conn.close()
