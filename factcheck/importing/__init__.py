"""`factcheck reference import`: official series (SDMX-ML, SDMX-JSON, SDMX-CSV, plain
CSV; files or SDMX web-service URLs) into reference entries, keeping every earlier
published value.

    import_sources(["ESTAT/NAMA_10_GDP-ss.xml"], "reference", Overrides())

reads each message, describes its series (metric, subject, unit, period: see
`series.describe`), merges them into `reference/imported/<DATASET>.{yaml,csv}` and
brings the store's index up to date. SDMX-ML and SDMX-JSON need sdmx1 (the `sdmx`
extra), imported only here; CSV needs nothing extra.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from factcheck.errors import FactcheckError
from factcheck.importing.series import Dataset, ImportError_, Overrides

__all__ = ["Overrides", "ImportReport", "import_sources"]

MAX_BYTES = 200 * 1024 * 1024


@dataclass
class DatasetReport:
    dataset: str
    origin: str
    files: tuple[str, str]
    series: int
    added: int
    revised: list[tuple[str, str, str, str, str]]  # (entry id, old value, new value, old as_of, new as_of)
    unchanged: int
    skipped: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    datasets: list[DatasetReport] = field(default_factory=list)
    errors: list[FactcheckError] = field(default_factory=list)


def _needs_sdmx():
    try:
        import sdmx  # noqa: F401
    except ImportError:
        raise ImportError_("reading SDMX-ML and SDMX-JSON needs the sdmx extra: pip install 'factcheck[sdmx]'") from None


def kind_of(data: bytes) -> str:
    """'sdmx-ml', 'sdmx-structure', 'sdmx-json', 'sdmx-csv' or 'csv', from the content."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        from factcheck.importing.sdmxread import is_structure

        return "sdmx-structure" if is_structure(data) else "sdmx-ml"
    if head.startswith((b"{", b"[")):
        return "sdmx-json"
    from factcheck.importing.tables import sniff_csv

    kind = sniff_csv(head.decode("utf-8", "replace"))
    if kind is None:
        raise ImportError_("neither SDMX (XML, JSON, CSV) nor a CSV table")
    return kind


def import_sources(sources: list[str], reference_dir: os.PathLike | str, overrides: Overrides,
                   session=None, today: Optional[str] = None) -> ImportReport:
    """Import every file or URL; a source that fails is an error naming it, and the
    others are still imported. `session` is a requests session for URL fetches (tests
    pass one that answers from recorded files)."""
    report = ImportReport()
    today = today or _dt.date.today().isoformat()
    loaded: list[tuple[str, bytes, str]] = []
    structures = []
    for source in sources:
        try:
            if _is_url(source):
                loaded.append((source, b"", "url"))
                continue
            data = _read(Path(source))
            kind = kind_of(data)
            if kind == "sdmx-structure":
                _needs_sdmx()
                from factcheck.importing.sdmxread import read_structure

                structures.append(read_structure(data, source))
            else:
                loaded.append((source, data, kind))
        except ImportError_ as exc:
            report.errors.append(FactcheckError(source, str(exc)))
    for source, data, kind in loaded:
        try:
            dataset = _read_dataset(source, data, kind, structures, overrides, session, today)
            report.datasets.append(_store(dataset, reference_dir, today))
        except ImportError_ as exc:
            report.errors.append(FactcheckError(source, str(exc)))
        except FactcheckError as exc:
            report.errors.append(exc)
    if report.datasets:
        from factcheck.refstore import ReferenceStore

        store = ReferenceStore.open(reference_dir)
        if store is not None:
            report.errors.extend(store.errors)
            store.close()
    return report


def _shown(origin: str) -> str:
    """A file relative to the working folder where it lies under it (a recorded path
    should not name one machine's home folder)."""
    if _is_url(origin):
        return origin
    try:
        return Path(origin).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(origin).name


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportError_(f"file too large (limit {MAX_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportError_("no such file") from None
    except IsADirectoryError:
        raise ImportError_("a folder: give the message files") from None
    except OSError as exc:
        raise ImportError_(exc.strerror or str(exc)) from None


def _read_dataset(source: str, data: bytes, kind: str, structures: list, overrides: Overrides, session,
                  today: str) -> Dataset:
    if kind == "url":
        _needs_sdmx()
        from factcheck.importing.sdmxread import fetch, read_data

        raw, message, fetched = fetch(source, session)
        return read_data(raw, source, structures + fetched, overrides, message=message, url=source)
    if kind in ("sdmx-ml", "sdmx-json"):
        _needs_sdmx()
        from factcheck.importing.sdmxread import read_data

        return read_data(data, source, structures, overrides)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportError_("not UTF-8 text") from None
    from factcheck.importing.tables import read_plain_csv, read_sdmx_csv

    if kind == "sdmx-csv":
        return read_sdmx_csv(text, source, overrides)
    return read_plain_csv(text, source, overrides, as_of=today)


def _store(dataset: Dataset, reference_dir, today: str) -> DatasetReport:
    from factcheck import imported

    if not dataset.series:
        raise ImportError_("no series could be imported: " + "; ".join(dataset.skipped[:3]))
    for s in dataset.series:
        if not (s.url or dataset.url):
            raise ImportError_(f"series {s.key}: no source URL in the message (give --url)")
    root = imported.folder(reference_dir)
    yaml_path = root / f"{dataset.id}.yaml"
    record = imported.read_record(yaml_path) if yaml_path.exists() else imported.DatasetRecord(dataset.id)
    meta = {"id": dataset.id, "publisher": dataset.publisher, "title": dataset.title, "url": dataset.url,
            "imported_from": _shown(dataset.origin), "imported_on": today}
    result = imported.merge(record, meta, dataset.series, dataset.as_of or today)
    files = imported.write_record(record, reference_dir)
    revised = [(imported.entry_id(dataset.id, key, period or None), old.value, new.value, old.as_of, new.as_of)
               for key, period, old, new in result.revised]
    return DatasetReport(dataset.id, dataset.origin, (files[0].as_posix(), files[1].as_posix()), len(dataset.series),
                         result.added, revised, result.unchanged, dataset.skipped)
