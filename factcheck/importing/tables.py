"""CSV inputs, read with the standard library only: SDMX-CSV (the dimensions come
first, then TIME_PERIOD and OBS_VALUE, then the attributes, as the SDMX-CSV format
lays them out; labels written 'LU: Luxembourg' give the names) and plain CSV (a
period column and a value column; the rest from the command line)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from typing import Optional

from factcheck.importing.series import (
    Dataset, ImportError_, Observation, Overrides, RawSeries, Series, area_name, codes, describe, keep_series,
    iso_date, sdmx_period, series_url, status_of,
)

_SDMX_LEAD = {"DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "ACTION", "STRUCTURE_NAME"}
_SKIP = {"LAST UPDATE", "LAST_UPDATE"}


def sniff_csv(text: str) -> Optional[str]:
    """'sdmx-csv', 'csv', or None when it does not look like a table."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if "," not in first and ";" not in first and "\t" not in first:
        return None
    head = [h.strip().strip('"').upper() for h in re.split(r"[,;\t]", first)]
    if head and head[0] in ("DATAFLOW", "STRUCTURE") and "OBS_VALUE" in head:
        return "sdmx-csv"
    return "csv"


def _rows(text: str) -> list[list[str]]:
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [r for r in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in r)]


def _code_and_name(cell: str) -> tuple[str, Optional[str]]:
    code, sep, name = cell.partition(": ")
    return (code.strip(), name.strip() or None) if sep else (cell.strip(), None)


def read_sdmx_csv(text: str, origin: str, overrides: Overrides) -> Dataset:
    rows = _rows(text)
    if not rows:
        raise ImportError_("empty file")
    header = [h.strip() for h in rows[0]]
    upper = [h.upper() for h in header]
    try:
        t_at, v_at = upper.index("TIME_PERIOD"), upper.index("OBS_VALUE")
    except ValueError:
        raise ImportError_("an SDMX-CSV file needs TIME_PERIOD and OBS_VALUE columns") from None
    # dimensions come before OBS_VALUE (TIME_PERIOD among or after them), attributes after it
    dim_cols = [i for i in range(v_at) if i != t_at and upper[i] not in _SDMX_LEAD | _SKIP]
    attr_cols = [i for i in range(v_at + 1, len(header)) if upper[i] not in _SKIP]
    ref_at = upper.index("STRUCTURE_ID") if "STRUCTURE_ID" in upper else 0
    flow_ref = rows[1][ref_at] if len(rows) > 1 else ""
    m = re.match(r"(?:dataflow=)?([^:]+):([^(]+)(?:\(([^)]*)\))?", flow_ref.split(": ")[0])
    agency, flow = (m.group(1), m.group(2)) if m else (None, None)
    names: dict[tuple[str, str], str] = {}
    series: dict[tuple, RawSeries] = {}
    last_update = None
    for n, row in enumerate(rows[1:], start=2):
        if len(row) < len(header):
            raise ImportError_(f"line {n}: {len(row)} fields, the header has {len(header)}")
        dims = {}
        for i in dim_cols:
            code, name = _code_and_name(row[i])
            dims[header[i]] = code
            if name:
                names[(header[i], code)] = name
        attrs = {header[i]: _code_and_name(row[i])[0] for i in attr_cols if row[i].strip()}
        stamp = iso_date(row[upper.index("LAST UPDATE")]) if "LAST UPDATE" in upper else None
        if stamp:
            last_update = max(last_update or "", stamp)
        key = tuple(dims.items())
        raw = series.get(key)
        if raw is None:
            raw = series[key] = RawSeries(dims, {k: v for k, v in attrs.items() if k.upper() not in ("OBS_STATUS", "OBS_FLAG", "CONF_STATUS")})
        value = row[v_at].strip()
        if not value or value.upper() == "NAN":
            continue
        _number(value, n)
        period = sdmx_period(_code_and_name(row[t_at])[0])
        if period is None:
            raise ImportError_(f"line {n}: time period {row[t_at]!r} is not one factcheck can read")
        status = status_of(attrs.get("OBS_STATUS") or attrs.get("OBS_FLAG"))
        if status == "missing":
            continue
        raw.observations.append(Observation(period, value, status))
    publisher_info = codes()["publishers"].get(agency or "", {})
    publisher = overrides.publisher or publisher_info.get("name") or agency
    if not publisher:
        raise ImportError_("the file does not say who published it (give --publisher)")
    dataset = Dataset(id=overrides.dataset or ".".join(p for p in (agency, flow) if p) or "SDMX-CSV",
                      publisher=publisher, url=overrides.url, title=None, origin=origin, as_of=last_update)
    _describe_all(dataset, list(series.values()), lambda c, code: names.get((c, code)), overrides,
                  publisher_info, agency, flow)
    return dataset


def _describe_all(dataset: Dataset, raws: list[RawSeries], name_of, overrides: Overrides, publisher_info: dict,
                  agency, flow) -> None:
    for raw in raws:
        key = ".".join(raw.dimensions.values())
        if not keep_series(key, overrides.series):
            continue
        try:
            s = describe(raw, name_of, dataset.title, overrides)
        except ImportError_ as exc:
            dataset.skipped.append(str(exc))
            continue
        s.as_of = dataset.as_of
        s.url = overrides.url or series_url(publisher_info, agency, flow, s.key, raw.attributes) or dataset.url
        dataset.series.append(s)


def _number(value: str, line: int) -> None:
    try:
        float(value)
    except ValueError:
        raise ImportError_(f"line {line}: value {value!r} is not a number") from None


_PERIOD_COLS = ("period", "time_period", "date", "time", "year", "month", "quarter", "observation_date", "ref_date")
_VALUE_COLS = ("value", "obs_value", "observation", "amount")
_SUBJECT_COLS = ("subject", "country", "area", "geo", "ref_area", "location", "region", "economy")


def read_plain_csv(text: str, origin: str, overrides: Overrides, as_of: Optional[str]) -> Dataset:
    """A table with a period column and a value column. The metric is --metric, a
    'metric' column, or the value column's own header ('DATE,GDP'); --publisher and
    --url are required (a plain table does not say where it comes from)."""
    rows = _rows(text)
    if len(rows) < 2:
        raise ImportError_("a CSV file needs a header line and at least one row")
    header = [h.strip() for h in rows[0]]
    low = [h.lower() for h in header]
    p_at = next((low.index(c) for c in _PERIOD_COLS if c in low), None)
    if p_at is None:
        raise ImportError_(f"no period column (one of: {', '.join(_PERIOD_COLS)})")
    v_at = next((low.index(c) for c in _VALUE_COLS if c in low), None)
    metric_col = low.index("metric") if "metric" in low else None
    unit_col = low.index("unit") if "unit" in low else None
    status_col = next((low.index(c) for c in ("status", "obs_status", "flag") if c in low), None)
    subject_col = next((low.index(c) for c in _SUBJECT_COLS if c in low), None)
    used = {p_at, metric_col, unit_col, status_col, subject_col}
    if v_at is None:
        numeric = [i for i in range(len(header)) if i not in used and _all_numbers(rows[1:], i)]
        if len(numeric) != 1:
            raise ImportError_("no value column: name it 'value', or keep one numeric column besides the period")
        v_at = numeric[0]
        if metric_col is None and not overrides.metric:
            overrides = _with(overrides, metric=header[v_at])
    used.add(v_at)
    if not overrides.publisher or not overrides.url:
        raise ImportError_("a plain CSV file does not say who published it: give --publisher and --url")
    periods = _periods([r[p_at] for r in rows[1:] if len(r) > p_at])
    series: dict[tuple, RawSeries] = {}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) < len(header):
            raise ImportError_(f"line {n}: {len(row)} fields, the header has {len(header)}")
        value = row[v_at].strip().replace(",", "") if row[v_at].count(",") and "." in row[v_at] else row[v_at].strip()
        if not value or value in (".", "..", "NA", "n/a"):
            continue  # the usual marks for 'no value'
        _number(value, n)
        dims = {header[i]: row[i].strip() for i in range(len(header)) if i not in used}
        if subject_col is not None:
            dims = {header[subject_col]: row[subject_col].strip(), **dims}
        if metric_col is not None:
            dims["metric"] = row[metric_col].strip()
        if unit_col is not None:
            dims["unit"] = row[unit_col].strip()
        key = tuple(dims.items())
        raw = series.setdefault(key, RawSeries(dims, {}))
        status = status_of(row[status_col]) if status_col is not None else None
        raw.observations.append(Observation(periods[n - 2], value, status))
    dataset = Dataset(id=overrides.dataset or _stem(origin), publisher=overrides.publisher, url=overrides.url,
                      title=None, origin=origin, as_of=as_of)
    for raw in series.values():
        key = ".".join(v for v in raw.dimensions.values() if v) or "value"
        if not keep_series(key, overrides.series):
            continue
        metric = overrides.metric or raw.dimensions.get("metric")
        if not metric:
            raise ImportError_("no metric: give --metric or a 'metric' column")
        unit = overrides.unit or raw.dimensions.get("unit")
        if not unit:
            raise ImportError_("no unit: give --unit (e.g. 'million EUR', 'percent') or a 'unit' column")
        subject = [s.strip() for s in overrides.subject.split(",")] if overrides.subject else []
        if not subject and subject_col is not None:
            code = raw.dimensions.get(header[subject_col], "")
            subject = [area_name(code)] if code else []
        dataset.series.append(Series(key, dict(raw.dimensions), metric, [], subject, unit,
                                     raw.observations, url=overrides.url, as_of=as_of))
    return dataset


def _with(o: Overrides, **changes) -> Overrides:
    from dataclasses import replace

    return replace(o, **changes)


def _stem(origin: str) -> str:
    name = re.split(r"[/\\]", origin.rstrip("/"))[-1]
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name.rsplit(".", 1)[0]) or "CSV"


def _all_numbers(rows: list[list[str]], i: int) -> bool:
    seen = False
    for r in rows:
        if i >= len(r) or not r[i].strip() or r[i].strip() in (".", "..", "NA"):
            continue
        try:
            float(r[i].replace(",", ""))
            seen = True
        except ValueError:
            return False
    return seen


def _periods(cells: list[str]) -> list[str]:
    """Periods of a column. Dates that are all the first day of a month, stepping a
    month, a quarter or a year at a time, stand for those periods (FRED and many
    statistics offices write the month of March 2019 as 2019-03-01)."""
    texts = [c.strip() for c in cells]
    dates = []
    for t in texts:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if not m:
            dates = []
            break
        dates.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if len(dates) >= 2 and all(d.day == 1 for d in dates):
        months = sorted({d.year * 12 + d.month - 1 for d in dates})
        steps = {b - a for a, b in zip(months, months[1:])}
        step = min(steps) if steps else 1
        if step in (1, 3, 12) and all(s % step == 0 for s in steps) and all((m % 12) % step == 0 for m in months):
            kind = {1: "month", 3: "quarter", 12: "year"}[step]
            return [_period_of(d, kind) for d in dates]
    out = []
    for t in texts:
        p = sdmx_period(t)
        if p is None:
            raise ImportError_(f"period {t!r} is not one factcheck can read")
        out.append(p)
    return out


def _period_of(d: date, kind: str) -> str:
    if kind == "year":
        return str(d.year)
    if kind == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return f"{d.year}-{d.month:02d}"
