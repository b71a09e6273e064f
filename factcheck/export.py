"""`factcheck export --sqlite FILE`: the claim archive as an SQLite database (claimdb's
schema: articles, claims, findings, reference_values, full-text search), to open in
Datasette, the sqlite3 shell or any SQL tool. See docs/sqlite.md."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from factcheck.config import Settings
from factcheck.errors import FactcheckError


@dataclass
class ExportResult:
    counts: dict = field(default_factory=dict)
    errors: list[FactcheckError] = field(default_factory=list)
    warnings: list[FactcheckError] = field(default_factory=list)


def export_sqlite(settings: Settings, target: os.PathLike | str, only=None) -> ExportResult:
    """Write the claim files (all, or `only`) and the reference data to a fresh database."""
    import sqlite3

    from factcheck import claimdb
    from factcheck.pipeline import load_claim_files
    from factcheck.references import load_references

    result = ExportResult()
    files, result.errors = load_claim_files(settings, only)
    references = load_references(settings.reference_dir) if os.path.isdir(settings.reference_dir) else None
    if references is not None:
        result.warnings = list(references.errors)
    try:
        result.counts = claimdb.write_database(target, files, references.references if references else [])
    except (OSError, sqlite3.Error) as exc:
        result.errors.append(FactcheckError(target, f"cannot write the database: {getattr(exc, 'strerror', None) or exc}"))
    return result
