"""SDMX messages (SDMX-ML 2.1 generic and structure-specific, SDMX-JSON) read through
`sdmx1`, and SDMX web-service URLs fetched through its client.

Imported only by `factcheck reference import` (`pip install factcheck[sdmx]`).
"""

from __future__ import annotations

import io
import json
import logging
import re
from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qsl, urlsplit

from factcheck.importing.series import (
    Dataset, ImportError_, Observation, Overrides, RawSeries, codes, describe, keep_series, sdmx_period,
    iso_date, series_url, status_of,
)

# Components that are attributes in every structure we know of: without a structure,
# sdmx1 cannot tell them from dimensions in a structure-specific message.
_ATTRIBUTES = {
    "UNIT_MULT", "DECIMALS", "DECIMALS_DISPLAYED", "SCALE", "OVERLAP", "COUNTRY_UPDATE_DATE", "TITLE",
    "TITLE_COMPL", "SERIES_NAME", "TIME_FORMAT", "COLLECTION", "SOURCE_AGENCY", "LAST_UPDATE", "IDBANK",
    "BASE_PER", "PRECISION", "UNIT_INDEX_BASE", "COMPILATION", "BREAKS", "COVERAGE", "NAT_TITLE",
    "TIME_PER_COLLECT", "EMBARGO_TIME", "OBS_STATUS", "OBS_CONF", "OBS_COM", "OBS_FLAG", "CONF_STATUS",
    "UNIT_MEASURE", "REF_AREA_ATTR", "COMMENT", "DATA_COMP", "PUBLICATION_DATE", "UPDATE_DATE",
}
_OBS_LEVEL = {"OBS_STATUS", "OBS_CONF", "OBS_COM", "OBS_FLAG", "CONF_STATUS", "OBS_PRE_BREAK", "OBS_NOTE"}


def _quiet() -> None:
    # sdmx1 logs a warning for every message read without its structure: we handle that.
    logging.getLogger("sdmx").setLevel(logging.ERROR)


def is_structure(data: bytes) -> bool:
    """A structure message (code lists, DSDs, dataflows), not data: by its root element."""
    m = re.search(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)", data[:4000])
    return bool(m) and m.group(1) == b"Structure"


def read_structure(data: bytes, origin: str):
    import sdmx

    _quiet()
    try:
        return sdmx.read_sdmx(io.BytesIO(data), format="XML")
    except Exception as exc:  # sdmx1 raises many kinds on malformed input
        raise ImportError_(f"not a readable SDMX structure message ({type(exc).__name__}: {exc})") from None


def _structures_index(structures: list) -> dict[str, Any]:
    """DSDs by their own id and by the id of every dataflow that uses them."""
    out: dict[str, Any] = {}
    for msg in structures:
        for dsd_id, dsd in getattr(msg, "structure", {}).items():
            out[dsd_id] = dsd
        for flow_id, flow in getattr(msg, "dataflow", {}).items():
            if getattr(flow, "structure", None) is not None and flow.structure.id in out:
                out[flow_id] = out[flow.structure.id]
            out.setdefault(f"flow:{flow_id}", flow)
    return out


def _referenced_structure(data: bytes) -> list[str]:
    """Ids a data message names for its structure (structureID, StructureUsage, URN)."""
    head = data[:6000].decode("utf-8", "replace")
    ids = re.findall(r'<Ref[^>]*\bid="([^"]+)"', head)
    ids += re.findall(r"DataStructure=[^:]+:([^(<\s]+)\(", head)
    ids += re.findall(r"Dataflow=[^:]+:([^(<\s]+)\(", head)
    ids += re.findall(r'structureID="([^"]+)"', head)
    return ids


def read_data(data: bytes, origin: str, structures: list, overrides: Overrides, message=None,
              url: Optional[str] = None) -> Dataset:
    """One SDMX data message as a Dataset of described series."""
    import sdmx

    _quiet()
    is_json = data.lstrip()[:1] in (b"{", b"[")
    index = _structures_index(structures)
    dsd = next((index[i] for i in _referenced_structure(data) if i in index), None) if not is_json else None
    if dsd is None and not is_json and len(index) and len({id(v) for k, v in index.items() if not k.startswith("flow:")}) == 1:
        dsd = next(v for k, v in index.items() if not k.startswith("flow:"))
    if message is None:
        try:
            message = sdmx.read_sdmx(io.BytesIO(data), format="JSON" if is_json else "XML",
                                     **({"structure": dsd} if dsd is not None else {}))
        except Exception as exc:
            raise ImportError_(f"not a readable SDMX data message ({type(exc).__name__}: {exc})") from None
    if not getattr(message, "data", None):
        raise ImportError_("the message holds no data set")
    json_doc = json.loads(data.decode("utf-8-sig")) if is_json else None
    names = _Names(dsd or (message.data[0].structured_by if message.data else None), json_doc)

    header = message.header
    agency = _agency(header, json_doc, data)
    dsd_id = dsd.id if dsd is not None else (getattr(message.data[0].structured_by, "id", None) if message.data else None)
    flow = _flow(message, json_doc, data, dsd_id, agency)
    publisher_info = codes()["publishers"].get(agency or "", {})
    flow = publisher_info.get("flows", {}).get(flow, flow)
    flow_obj = index.get(f"flow:{flow}")
    title = _name(flow_obj) or _name(dsd) or (json_doc or {}).get("structure", {}).get("name") or None

    ds0 = message.data[0]
    ds_attrs = {k: _text(v) for k, v in (getattr(ds0, "attrib", {}) or {}).items()} or _dataset_attributes(data)
    as_of = iso_date(ds_attrs.get("PUBLICATION_DATE")) or iso_date(ds_attrs.get("UPDATE_DATE")) \
        or iso_date(getattr(header, "extracted", None)) or iso_date(getattr(header, "prepared", None))
    publisher = overrides.publisher or publisher_info.get("name") or ds_attrs.get("PUBLISHER") \
        or _text(getattr(getattr(header, "sender", None), "name", None)) or agency
    if not publisher:
        raise ImportError_("the message does not say who published it (give --publisher)")
    dataset_id = overrides.dataset or ".".join(p for p in (agency, flow) if p) or "SDMX"
    request_link = _json_link(json_doc, "request") or url
    dataset = Dataset(id=_safe_id(dataset_id), publisher=publisher, url=overrides.url or request_link,
                      title=title, origin=origin, as_of=as_of)

    raws = list(_raw_series(message, dsd is not None))
    for raw in raws:
        key = ".".join(raw.dimensions.values())
        if not keep_series(key, overrides.series):
            continue
        try:
            series = describe(raw, names, title, overrides)
        except ImportError_ as exc:
            dataset.skipped.append(str(exc))
            continue
        attrs = {k.upper(): v for k, v in raw.attributes.items()}
        series.as_of = iso_date(attrs.get("LAST_UPDATE")) or as_of
        series.url = overrides.url or series_url(publisher_info, agency, flow, series.key, attrs) or dataset.url
        dataset.series.append(series)
    if not dataset.series and not dataset.skipped:
        raise ImportError_("no series in the message" + (" matches --series" if overrides.series else ""))
    return dataset


def _dataset_attributes(data: bytes) -> dict[str, str]:
    """Attributes written on a structure-specific DataSet element (the IMF's
    PUBLICATION_DATE), which sdmx1 keeps only when it has the structure."""
    m = re.search(rb"<(?:[\w.-]+:)?DataSet\s([^>]*)>", data[:20000])
    if not m:
        return {}
    return {k.decode(): v.decode("utf-8", "replace") for k, v in re.findall(rb'([A-Z][A-Z0-9_]*)="([^"]*)"', m.group(1))}


def _raw_series(message, has_structure: bool):
    for ds in message.data:
        if ds.series:
            for sk, obs in ds.series.items():
                yield _one_series(sk.values, sk.attrib, obs, has_structure)
        elif ds.obs:
            # every dimension at the observation (SDMX-JSON 'AllDimensions'): group by key
            groups: dict[tuple, list] = {}
            keys: dict[tuple, Any] = {}
            for o in ds.obs:
                values = {k: v for k, v in o.key.values.items() if k != "TIME_PERIOD"}
                gk = tuple((k, str(v.value)) for k, v in values.items())
                groups.setdefault(gk, []).append(o)
                keys[gk] = values
            for gk, obs in groups.items():
                yield _one_series(keys[gk], {}, obs, has_structure)


def _one_series(values, series_attrib, obs, has_structure: bool) -> RawSeries:
    dims: dict[str, str] = {}
    attrs: dict[str, str] = {}
    for k, kv in values.items():
        v = str(kv.value)
        if not has_structure and k.upper() in _ATTRIBUTES:
            attrs[k] = v
        else:
            dims[k] = v
    for k, av in (series_attrib or {}).items():
        attrs[k] = _text(av)
    if obs:  # group attributes reach sdmx1's observations, not the series key
        for k, av in obs[0].attrib.items():
            if k.upper() not in _OBS_LEVEL:
                attrs.setdefault(k, _text(av))
    raw = RawSeries(dims, attrs)
    for o in obs:
        period = _period_of(o)
        value = _value_text(o.value)
        if value is None:
            continue
        status = status_of(_text(o.attrib["OBS_STATUS"]) if "OBS_STATUS" in o.attrib else
                           (_text(o.attrib["OBS_FLAG"]) if "OBS_FLAG" in o.attrib else None))
        if status == "missing":
            continue
        raw.observations.append(Observation(period, value, status))
    return raw


def _period_of(o) -> Optional[str]:
    dim = getattr(o, "dimension", None)
    text = None
    if dim is not None and "TIME_PERIOD" in dim.values:
        text = str(dim.values["TIME_PERIOD"].value)
    elif "TIME_PERIOD" in o.key.values:
        text = str(o.key.values["TIME_PERIOD"].value)
    if text is None:
        return None
    period = sdmx_period(text)
    if period is None:
        raise ImportError_(f"time period {text!r} is not one factcheck can read")
    return period


def _value_text(v) -> Optional[str]:
    if v is None:
        return None
    if isinstance(v, float):
        if v != v:  # NaN: no value
            return None
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    s = str(v).strip()
    if not s or s.lower() == "nan":
        return None
    try:
        float(s)
    except ValueError:
        raise ImportError_(f"observation value {s!r} is not a number") from None
    return s


class _Names:
    """English names of codes, from the structure's code lists, or from an SDMX-JSON
    message's own structure section."""

    def __init__(self, dsd, json_doc):
        self.lists: dict[str, dict[str, str]] = {}
        if dsd is not None:
            for comp in list(getattr(dsd, "dimensions", [])) + list(getattr(dsd, "attributes", [])):
                rep = getattr(comp, "local_representation", None)
                cl = getattr(rep, "enumerated", None) if rep is not None else None
                if cl is not None and len(cl):
                    self.lists[comp.id] = {c.id: _name(c) for c in cl if _name(c)}
        if json_doc:
            structure = json_doc.get("structure") or (json_doc.get("data") or {}).get("structure") or {}
            for group in (structure.get("dimensions") or {}).values():
                for comp in group or []:
                    self.lists.setdefault(comp.get("id"), {}).update(
                        {v["id"]: _json_name(v) for v in comp.get("values", []) if v.get("id") and _json_name(v)})

    def __call__(self, component: str, code: str) -> Optional[str]:
        return self.lists.get(component, {}).get(code)


def _json_name(v: dict) -> Optional[str]:
    name = v.get("name") or v.get("names")
    if isinstance(name, dict):
        return name.get("en") or next(iter(name.values()), None)
    return name


def _name(obj) -> Optional[str]:
    if obj is None:
        return None
    name = getattr(obj, "name", None)
    if name is None:
        return None
    loc = getattr(name, "localizations", None) or {}
    text = loc.get("en") or str(name)
    return text.strip() or None


def _text(v) -> str:
    inner = getattr(v, "value", v)
    return "" if inner is None else str(inner)


def _agency(header, json_doc, data: bytes) -> Optional[str]:
    head = data[:6000].decode("utf-8", "replace")
    m = re.search(r'<Ref[^>]*\bagencyID="([^"]+)"', head) or re.search(r'<Ref[^>]*\bagencyID="([^"]+)"', head)
    if m:
        return m.group(1)
    m = re.search(r"(?:DataStructure|Dataflow)=([^:]+):", head)
    if m:
        return m.group(1)
    link = _json_link(json_doc, "dataflow")
    if link:
        parts = urlsplit(link).path.rstrip("/").split("/")
        rest = parts[parts.index("dataflow") + 1:] if "dataflow" in parts else []
        if len(rest) >= 2 and rest[1].lower() != "all" and rest[0].lower() != "all":
            return rest[0]
    sender = getattr(header, "sender", None)
    sid = getattr(sender, "id", None)
    if sid and "missing" not in str(sid):
        return str(sid)
    if json_doc:
        return ((json_doc.get("header") or {}).get("sender") or {}).get("id")
    return None


def _flow(message, json_doc, data: bytes, dsd_id: Optional[str], agency: Optional[str]) -> Optional[str]:
    head = data[:6000].decode("utf-8", "replace")
    m = re.search(r"<(?:\w+:)?DataSetID>([^<]+)<", head) or re.search(r"<Ref[^>]*\bid=\"([^\"]+)\"", head)
    if m:
        return m.group(1)
    link = _json_link(json_doc, "dataflow") or _json_link(json_doc, "request")
    if link:
        parts = urlsplit(link).path.rstrip("/").split("/")
        for marker in ("dataflow", "data"):
            if marker in parts:
                rest = [p for p in parts[parts.index(marker) + 1:] if p]
                if marker == "dataflow" and len(rest) >= 2:
                    return rest[0] if rest[1].lower() == "all" else rest[1]
                if rest:
                    return rest[0].split(",")[-2] if "," in rest[0] else rest[0]
    flow = getattr(getattr(message, "dataflow", None), "id", None)
    if flow and "missing" not in str(flow):
        return str(flow)
    return dsd_id


def _json_link(json_doc, rel: str) -> Optional[str]:
    if not json_doc:
        return None
    for holder in (json_doc.get("header") or {}, json_doc.get("structure") or {}):
        for link in holder.get("links") or []:
            if link.get("rel") == rel and link.get("href"):
                return link["href"]
    return None


def _safe_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._-") or "SDMX"


# ----------------------------------------------------------------------------- web service


def fetch(url: str, session=None) -> tuple[bytes, Any, list]:
    """Fetch an SDMX web-service URL through sdmx1's client: (raw bytes, message,
    structures). For a data URL of a source sdmx1 knows, the client also fetches the
    dataflow's structure, which gives the codes their names."""
    import tempfile

    import sdmx

    _quiet()
    source_id, resource = _known_source(url)
    kwargs = {"session": session} if session is not None else {}
    with tempfile.TemporaryDirectory(prefix="factcheck-sdmx-") as tmp:
        copy = Path(tmp) / "response"  # sdmx1 tees the raw response here: we read names from it too
        try:
            if source_id and resource:
                flow, key, params = resource
                message = sdmx.Client(source_id, **kwargs).get(
                    "data", resource_id=flow, key=key or None, params=params, tofile=copy)
            else:
                message = sdmx.Client(**kwargs).get(url=url, tofile=copy)
        except Exception as exc:  # network, HTTP status, unreadable response: one line
            raise ImportError_(f"cannot fetch: {type(exc).__name__}: {exc}") from None
        raw = copy.read_bytes() if copy.exists() else b""
    structures = []
    ds = message.data[0] if getattr(message, "data", None) else None
    if ds is not None and getattr(ds, "structured_by", None) is not None:
        structures.append(_Wrapped(ds.structured_by, getattr(message, "dataflow", None)))
    return raw, message, structures


class _Wrapped:
    """A DSD (and its dataflow) fetched with the data, shaped like a structure message."""

    def __init__(self, dsd, flow):
        self.structure = {dsd.id: dsd}
        self.dataflow = {flow.id: flow} if flow is not None and getattr(flow, "id", None) and "missing" not in str(flow.id) else {}


def _known_source(url: str) -> tuple[Optional[str], Optional[tuple[str, str, dict]]]:
    """The sdmx1 source whose base URL starts `url`, and the flow, key and parameters
    of a data query: '…/service/data/EXR/M.USD.EUR.SP00.A?startPeriod=2019'."""
    try:
        from sdmx.source import sources
    except ImportError:
        return None, None
    parts = urlsplit(url)
    for sid, src in sorted(sources.items(), key=lambda kv: -len(str(getattr(kv[1], "url", "")))):
        base = str(getattr(src, "url", "") or "").rstrip("/")
        if not base or not url.startswith(base + "/"):
            continue
        rest = url[len(base) + 1:].split("?")[0].strip("/").split("/")
        if rest and rest[0] == "data" and len(rest) >= 2:
            flow = rest[1].split(",")[1] if rest[1].count(",") >= 1 else rest[1]
            key = rest[2] if len(rest) >= 3 else ""
            return sid, (flow, key, dict(parse_qsl(parts.query)))
        return sid, None
    return None, None

