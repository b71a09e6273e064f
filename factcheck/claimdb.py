"""Claims in SQLite: one schema for `factcheck export --sqlite` and for `track`'s index.

Tables (documented in docs/sqlite.md):

- `articles` (id primary key): path, sha256, date, title, scanned_with, claim_file;
- `claims` (rowid primary key; article_id → articles, reference_id → reference_values):
  every claim-file field, `subject`, `reasons` and `rules` as JSON arrays;
- `findings` (claim_rowid → claims, article_id → articles): one row per reason of a
  flagged or reviewed-as-wrong claim, with the claim's rule ids;
- `reference_values` (id primary key): the curated references with their sources
  (`references` is an SQL keyword, hence the name);
- `claims_fts`: FTS5 full-text index over the claims' sentence, metric and subject;
- `claims.terms`: the lemmatised words of metric, subject and surface that `track` matches;
- `files`: each claim file's size and mtime when read, so an index is updated
  incrementally (only `track`'s index uses it).

Only the standard library's sqlite3: the schema is small and fixed, and the writer must be
fast on ten thousand files, which plain executemany is; sqlite-utils would add a
dependency for no capability used here.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Iterable, Optional, Sequence

from factcheck.models import Claim, ClaimFile

SCHEMA_VERSION = 1

CLAIM_COLUMNS = ("article_id", "id", "surface", "span_start", "span_end", "line", "column", "sentence", "value",
                 "end", "unit", "kind", "qualifier", "precision", "metric", "subject", "period", "role", "direction",
                 "base_period", "verdict", "reference", "reference_id", "expected", "reasons", "rules", "source",
                 "review_status", "review_by", "review_at", "review_note", "terms")
ARTICLE_COLUMNS = ("id", "path", "sha256", "date", "title", "scanned_with", "claim_file")
REFERENCE_COLUMNS = ("id", "metric", "aliases", "subject", "period", "value", "unit", "value_as_written",
                     "unit_as_written", "publisher", "title", "url", "published", "note", "file", "line")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, date TEXT, title TEXT, scanned_with TEXT, claim_file TEXT);
CREATE TABLE IF NOT EXISTS reference_values (
    id TEXT PRIMARY KEY, metric TEXT, aliases TEXT, subject TEXT, period TEXT, value REAL, unit TEXT,
    value_as_written REAL, unit_as_written TEXT, publisher TEXT, title TEXT, url TEXT, published TEXT,
    note TEXT, file TEXT, line INTEGER);
CREATE TABLE IF NOT EXISTS claims (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, surface TEXT NOT NULL, span_start INTEGER, span_end INTEGER, line INTEGER,
    "column" INTEGER, sentence TEXT, value REAL, "end" REAL, unit TEXT, kind TEXT, qualifier TEXT,
    precision REAL, metric TEXT, subject TEXT, period TEXT, role TEXT, direction TEXT, base_period TEXT,
    verdict TEXT, reference TEXT, reference_id TEXT REFERENCES reference_values(id), expected TEXT,
    reasons TEXT, rules TEXT, source TEXT, review_status TEXT, review_by TEXT, review_at TEXT, review_note TEXT,
    terms TEXT,
    UNIQUE (article_id, id));
CREATE TABLE IF NOT EXISTS findings (
    rowid INTEGER PRIMARY KEY,
    claim_rowid INTEGER NOT NULL REFERENCES claims(rowid) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL, verdict TEXT, review_status TEXT, reason TEXT, rules TEXT);
CREATE INDEX IF NOT EXISTS findings_claim ON findings(claim_rowid);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,
    article_id TEXT REFERENCES articles(id) ON DELETE CASCADE);
"""

FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(
    sentence, metric, subject, content='claims', content_rowid='rowid');
"""


def connect(path: os.PathLike | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def create(conn: sqlite3.Connection, fts: bool = True) -> None:
    conn.executescript(SCHEMA + (FTS if fts else ""))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def _json(value: Sequence) -> str:
    if all(isinstance(v, str) and '"' not in v and "\\" not in v and v.isprintable() for v in value):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"  # what json.dumps writes, four times faster
    return json.dumps(list(value), ensure_ascii=False)


def claim_row(article_id: str, c: Claim, known_references: Optional[set] = None) -> tuple:
    ref = c.check.reference
    ref_id = ref if ref and (known_references is None or ref in known_references) else None
    return (article_id, c.id, c.surface, int(c.span[0]), int(c.span[1]), c.line, c.column, c.sentence, c.value,
            c.end, c.unit, c.kind, c.qualifier, c.precision, c.metric, _json(c.subject), c.period, c.role,
            c.direction, c.base_period, c.check.verdict, ref, ref_id, c.check.expected, _json(c.check.reasons),
            _json(c.check.rules), c.check.source, c.review.status, c.review.by, c.review.at, c.review.note,
            terms(c.metric, c.subject, c.surface))


def terms(metric: Optional[str], subject: Sequence[str], surface: str) -> str:
    """The words `track` matches (metric, subject and surface, lemmatised, synonyms mapped),
    as ' word word ', so that a query word is found with instr(terms, ' word ')."""
    from factcheck.matching import tokens

    return " " + " ".join(sorted(tokens(" ".join([metric or "", " ".join(subject), surface])))) + " "


def terms_filter(query: str) -> tuple[str, list[str]]:
    """SQL condition and parameters: every word of the query among a claim's terms (the
    same test as track.matches, done by SQLite)."""
    from factcheck.matching import tokens

    words = sorted(tokens(query))
    if not words:
        return "0", []
    return " AND ".join("instr(c.terms, ?) > 0" for _ in words), [f" {w} " for w in words]


def article_row(cf: ClaimFile) -> tuple:
    a = cf.article
    return (cf.id, a.get("path"), a.get("sha256"), cf.date, a.get("title"), a.get("scanned_with"), cf.path)


_INSERT_CLAIM = (f"INSERT INTO claims ({', '.join(chr(34) + c + chr(34) for c in CLAIM_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})")
_INSERT_ARTICLE = f"INSERT OR REPLACE INTO articles VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"


def insert_article(conn: sqlite3.Connection, article: tuple, claims: Iterable[tuple]) -> None:
    """One article and its claim rows (replacing what the index held for that article)."""
    conn.execute("DELETE FROM claims WHERE article_id = ?", (article[0],))
    conn.execute(_INSERT_ARTICLE, article)
    conn.executemany(_INSERT_CLAIM, claims)


def insert_claims(conn: sqlite3.Connection, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """Claim rows with only some of the columns (the others stay null): `track`'s index
    writes the fields it reads, which on ten thousand files halves the insert's cost."""
    names = ", ".join(f'"{c}"' for c in columns)
    conn.executemany(f"INSERT INTO claims ({names}) VALUES ({', '.join('?' * len(columns))})", rows)


def insert_findings(conn: sqlite3.Connection, files: list[ClaimFile]) -> int:
    """A row per reason of each claim that is a finding (or settled flag), for queries like
    'every baseline finding this month'."""
    from factcheck.report.findings import is_finding, is_settled_flag, reasons, rule_ids

    rows = []
    ids = {(a, c): r for r, a, c in conn.execute("SELECT rowid, article_id, id FROM claims")}
    for cf in files:
        for c in cf.claims:
            if not (is_finding(c) or is_settled_flag(c)):
                continue
            rules = _json(rule_ids(c))
            for reason in reasons(c) or [c.check.verdict]:
                rows.append((ids[(cf.id, c.id)], cf.id, c.id, c.check.verdict, c.review.status, reason, rules))
    conn.executemany("INSERT INTO findings (claim_rowid, article_id, claim_id, verdict, review_status, reason, rules) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def insert_references(conn: sqlite3.Connection, references) -> set:
    rows = []
    for r in references:
        s = r.source or {}
        rows.append((r.id, r.metric, _json(r.aliases), _json(r.subject), r.period, r.value, r.unit_code,
                     r.raw_value, r.unit_text, s.get("publisher"), s.get("title"), s.get("url"),
                     None if s.get("published") is None else str(s.get("published")), r.note, r.file, r.line))
    conn.executemany(f"INSERT OR REPLACE INTO reference_values VALUES ({', '.join('?' * len(REFERENCE_COLUMNS))})", rows)
    return {row[0] for row in rows}


def rebuild_fts(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")


def write_database(target: os.PathLike | str, files: list[ClaimFile], references) -> dict:
    """A fresh database at `target`, written to a temporary file and renamed into place, so
    that a failed export never leaves half a database where a good one was."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    conn = connect(tmp)
    try:
        with conn:
            create(conn)
            known = insert_references(conn, references)
            seen: set = set()
            for cf in files:
                if cf.id in seen:  # two claim files claim one article id: keep the first
                    continue
                seen.add(cf.id)
                insert_article(conn, article_row(cf), (claim_row(cf.id, c, known) for c in cf.claims))
            n_findings = insert_findings(conn, [cf for cf in files if cf.id in seen])
            rebuild_fts(conn)
        counts = {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                  for name in ("articles", "claims", "findings", "reference_values")}
        conn.execute("VACUUM")
    finally:
        conn.close()
    os.replace(tmp, target)
    counts["findings"] = n_findings
    return counts
