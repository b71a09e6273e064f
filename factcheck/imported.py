"""Imported series as text in git: `reference/imported/<DATASET>.yaml` describes each
series (metric, aliases, subject, unit, source) and `<DATASET>.csv` beside it holds every
published value, one line per observation and vintage:

    series,period,value,status,as_of
    LU.B1GQ.CP_MEUR.A,2014,51791.3,,2022-11-11

A revision is a new line for the same series and period with a later `as_of`, so the
history of a figure is in the file and a revision shows in `git diff` as one added
line. Values stay exactly as the publisher wrote them; the series' unit scales them
(`million EUR`). These files are the record; the SQLite index that `refstore` builds
from them is generated and not committed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


from factcheck import atomicfile
from factcheck.errors import ReferenceFileError

IMPORTED_DIR = "imported"
CSV_FIELDS = ["series", "period", "value", "status", "as_of"]
_HEADER = ("# Imported by `factcheck reference import`: the series of one dataset. Their values,\n"
           "# with every earlier published value, are in the .csv file of the same name.\n")


@dataclass(frozen=True)
class Row:
    series: str
    period: str  # '' for a timeless value
    value: str
    status: str
    as_of: str


@dataclass
class DatasetRecord:
    name: str  # file stem: the dataset id
    meta: dict = field(default_factory=dict)  # publisher, title, url, origin
    series: dict[str, dict] = field(default_factory=dict)  # key -> metric, aliases, subject, unit, url, dimensions
    rows: list[Row] = field(default_factory=list)


@dataclass
class MergeResult:
    added: int = 0
    revised: list[tuple[str, str, Row, Row]] = field(default_factory=list)  # (series, period, old, new)
    unchanged: int = 0
    series_added: int = 0


def folder(reference_dir: os.PathLike | str) -> Path:
    return Path(reference_dir) / IMPORTED_DIR


def dataset_files(reference_dir: os.PathLike | str) -> list[Path]:
    root = folder(reference_dir)
    return sorted(root.glob("*.yaml")) if root.is_dir() else []


def read_record(yaml_path: Path) -> DatasetRecord:
    """Read one dataset's two files; errors name the file and line."""
    import yaml

    shown = yaml_path.as_posix()
    try:
        doc = yaml.load(yaml_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceFileError(shown, f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ReferenceFileError(shown, f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
                                 line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("series"), dict) or not isinstance(doc.get("dataset"), dict):
        raise ReferenceFileError(shown, "an imported dataset needs a 'dataset' mapping and a 'series' mapping")
    record = DatasetRecord(name=yaml_path.stem, meta=dict(doc["dataset"]), series={str(k): dict(v or {}) for k, v in doc["series"].items()})
    csv_path = yaml_path.with_suffix(".csv")
    try:
        text = csv_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceFileError(csv_path.as_posix(), "missing: the values of the series in the .yaml beside it") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceFileError(csv_path.as_posix(), f"cannot read: {exc}") from None
    record.rows = parse_rows(text, csv_path.as_posix())
    return record


def parse_rows(text: str, shown: str) -> list[Row]:
    import csv  # the store's modules, only where a store is read or written (a scan meets none mostly)
    import io

    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header != CSV_FIELDS:
        raise ReferenceFileError(shown, f"the header must be {','.join(CSV_FIELDS)}", line=1)
    rows = []
    for n, fields in enumerate(reader, start=2):
        if len(fields) != 5:
            raise ReferenceFileError(shown, f"expected 5 fields, found {len(fields)}", line=n)
        rows.append(Row(*fields))
    return rows


def write_record(record: DatasetRecord, reference_dir: os.PathLike | str) -> tuple[Path, Path]:
    """Write both files atomically (each to a temporary file, then renamed)."""
    root = folder(reference_dir)
    root.mkdir(parents=True, exist_ok=True)
    yaml_path = root / f"{record.name}.yaml"
    csv_path = root / f"{record.name}.csv"
    import csv
    import io

    import yaml

    doc = {"dataset": record.meta, "series": {k: record.series[k] for k in sorted(record.series)}}
    body = yaml.dump(doc, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                     allow_unicode=True, width=1000, default_flow_style=None)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for row in sorted(record.rows, key=_row_order):
        writer.writerow([row.series, row.period, row.value, row.status, row.as_of])
    _atomic_write(csv_path, out.getvalue())
    _atomic_write(yaml_path, _HEADER + body)
    return yaml_path, csv_path


def _row_order(row: Row) -> tuple:
    return (row.series, row.period, row.as_of)


def _atomic_write(path: Path, text: str) -> None:
    with atomicfile.temporary_beside(path) as (fd, tmp):
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # made 0600; a reference file is shared like any other
        os.replace(tmp, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def current(rows: list[Row]) -> dict[tuple[str, str], list[Row]]:
    """Each (series, period) with its vintages, newest first."""
    out: dict[tuple[str, str], list[Row]] = {}
    for row in sorted(rows, key=_row_order, reverse=True):
        out.setdefault((row.series, row.period), []).append(row)
    return out


def same_value(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return a == b


def merge(record: DatasetRecord, meta: dict, series: list, as_of_default: str) -> MergeResult:
    """Merge a freshly read dataset into its record. A value that differs from the
    latest vintage of its (series, period) becomes a new vintage; the earlier one stays.
    A series already on record under another key order keeps its key."""
    result = MergeResult()
    record.meta.update({k: v for k, v in meta.items() if v})
    by_dims = {_dims_key(v.get("dimensions") or {}): k for k, v in record.series.items()}
    vintages = current(record.rows)
    for s in series:
        key = by_dims.get(_dims_key(s.dimensions), s.key)
        if key not in record.series:
            result.series_added += 1
        entry = {"metric": s.metric, "aliases": list(s.aliases), "subject": list(s.subject), "unit": s.unit}
        if s.title:
            entry["title"] = s.title
        if s.url:
            entry["url"] = s.url
        entry["dimensions"] = dict(s.dimensions)
        record.series[key] = entry
        as_of = s.as_of or as_of_default
        for obs in s.observations:
            period = obs.period or ""
            new = Row(key, period, obs.value, obs.status or "", as_of)
            known = vintages.get((key, period))
            if not known:
                record.rows.append(new)
                vintages[(key, period)] = [new]
                result.added += 1
                continue
            latest = known[0]
            if same_value(latest.value, new.value) and latest.status == new.status:
                result.unchanged += 1
                continue
            same_date = next((r for r in known if r.as_of == as_of), None)
            if same_date is not None:
                # the same publication read again with another value: the later read replaces it
                record.rows.remove(same_date)
                known = [r for r in known if r is not same_date]
            record.rows.append(new)
            vintages[(key, period)] = sorted([new, *known], key=_row_order, reverse=True)
            if vintages[(key, period)][0] is new:
                result.revised.append((key, period, latest, new))
            else:
                result.added += 1  # an older vintage imported after a newer one: history, not a revision
    return result


def _dims_key(dims: dict) -> frozenset:
    return frozenset((str(k).upper(), str(v)) for k, v in dims.items())


def entry_id(dataset: str, key: str, period: Optional[str]) -> str:
    """A stable reference id: 'ESTAT.NAMA_10_GDP.LU.B1GQ.CP_MEUR.A.2014'."""
    base = f"{dataset}.{key}"
    if period:
        base += "." + period.replace("/", "--")
    return re.sub(r"[^A-Za-z0-9._-]", "_", base)
