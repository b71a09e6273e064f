"""The reference store: load and validate reference/*.yaml into a ReferenceIndex.

Errors name file:line and what is wrong, the way a linter reports rule errors.
"""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from factcheck.errors import ReferenceFileError
from factcheck.models import Reference
from factcheck.yamlcache import parsed, yaml_error

if TYPE_CHECKING:
    from factcheck.refstore import ReferenceStore

MAX_BYTES = 5 * 1024 * 1024
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_KNOWN_KEYS = {"id", "metric", "aliases", "subject", "period", "value", "end", "unit", "tolerance",
               "source", "note", "role", "history", "status"}
ROLES = {"level", "change", "growth", "share", "rate", "ratio", "count", "rank", "span", "start_year", "end_year"}


@functools.cache
def _line_loader():
    """Safe loader (C where present: ten times faster) that records each mapping's line;
    built on first use, so that reference files the YAML cache knows never import PyYAML."""
    import yaml

    class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def construct_mapping(self, node, deep=False):  # type: ignore[override]
            mapping = super().construct_mapping(node, deep=deep)
            mapping["__line__"] = node.start_mark.line + 1
            return mapping

    return _LineLoader


# An anchor or alias outside quotes and comments: refused, so that a reference file
# cannot expand itself (and so that every entry reads as written).
_ALIAS = re.compile(r"""(?m)^[^#"'\n]*?(?:^|[\s\[,{])[&*][A-Za-z0-9_-]+""")


@dataclass
class ReferenceIndex:
    """Every reference value: the hand-curated YAML entries in memory, and the imported
    series in their store (`refstore`), queried per claim.

    Matching asks `candidates(heads, subjects, period)` and the fx-rate rule asks
    `rates(units, period)`; iterating the index yields the YAML entries only (the
    rules that scan every reference look for dates and spans, which only curated
    entries carry)."""

    references: list[Reference] = field(default_factory=list)
    errors: list[ReferenceFileError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    #: Fingerprint of the reference files' names and bytes: a claim file checked against
    #: the same fingerprint needs no re-check.
    digest: str = ""
    store: Optional["ReferenceStore"] = None
    _by_head: Optional[dict[str, list[Reference]]] = field(default=None, repr=False, compare=False)
    #: The heads last asked about (by identity) and the curated references under them: a claim
    #: whose metric names no series is looked up by its sentence's words, one set for every
    #: figure of the sentence (matching's _sentence_heads)
    _last: tuple = field(default=(None, ()), repr=False, compare=False)

    def __iter__(self):
        return iter(self.references)

    def by_id(self, ref_id: str) -> Optional[Reference]:
        for r in self.references:
            if r.id == ref_id:
                return r
        return self.store.get(ref_id) if self.store is not None else None

    def candidates(self, heads, subjects=(), period: Optional[str] = None) -> list[Reference]:
        """The references that could match a claim whose metric has one of these head
        nouns (a superset: matching decides)."""
        from factcheck.matching import reference_heads

        if self._by_head is None:
            by_head: dict[str, list[Reference]] = {}
            for ref in self.references:
                for h in set().union(*(reference_heads(p) for p in [ref.metric, *ref.aliases])):
                    by_head.setdefault(h, []).append(ref)
            self._by_head = by_head
        if heads is self._last[0]:  # (held, so never freed and its address reused while kept)
            out = list(self._last[1])
        else:
            seen: dict[str, Reference] = {}
            for h in heads:
                for ref in self._by_head.get(h, []):
                    seen.setdefault(ref.id, ref)
            out = list(seen.values())
            if isinstance(heads, frozenset):  # (a set may change under the same identity)
                self._last = heads, tuple(out)
        if self.store is not None:
            out += self.store.candidates(heads, subjects, period)
        return out

    def search(self, query: Optional[str] = None) -> list[Reference]:
        """Curated and imported references whose id, metric or an alias contains `query`."""
        refs = self.references
        if query:
            ql = query.lower()
            refs = [r for r in refs if ql in r.id.lower() or ql in r.metric.lower() or any(ql in a.lower() for a in r.aliases)]
        if self.store is not None:
            refs = refs + list(self.store.search(query))
        return refs

    def rates(self, units, period: Optional[str]) -> list[Reference]:
        """References in these units (exchange rates: 'USD/EUR') for a period or its
        year, the exact period first."""
        if not period:
            return []
        units = set(units)
        hits = [r for r in self.references if r.unit_code in units and r.period in (period, period[:4])]
        if self.store is not None:
            hits += self.store.rates(units, period)
        return sorted(hits, key=lambda r: (r.period != period, r.metric != "exchange rate"))


def load_references(reference_dir: os.PathLike | str) -> ReferenceIndex:
    """Load every reference/*.yaml (recursively). Bad entries and files become errors
    (a missing folder too: a mistyped --reference-dir must not check against nothing);
    the good entries are still loaded, for callers that explicitly accept partial data."""
    index = ReferenceIndex()
    root = Path(reference_dir)
    if not root.exists():
        index.errors.append(ReferenceFileError(root, "no such reference folder"))
        return index
    if not root.is_dir():
        index.errors.append(ReferenceFileError(root, "not a folder"))
        return index
    first_seen: dict[str, str] = {}
    import hashlib

    fingerprint = hashlib.sha256()
    from factcheck.imported import IMPORTED_DIR

    for path in sorted(list(root.rglob("*.yaml")) + list(root.rglob("*.yml"))):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts) or parts[0] == IMPORTED_DIR:
            continue  # imported series are read through their store
        shown = _show(path)
        try:
            fingerprint.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            pass
        index.files.append(shown)
        refs, errors = load_file(path)
        index.errors.extend(errors)
        for ref in refs:
            if ref.id in first_seen:
                index.errors.append(ReferenceFileError(
                    shown, f"duplicate id '{ref.id}' (first at {first_seen[ref.id]})", line=ref.line))
                continue
            first_seen[ref.id] = f"{shown}:{ref.line}"
            index.references.append(ref)
    from factcheck import __version__
    from factcheck.imported import dataset_files

    if dataset_files(root):  # the store (and sqlite3) is imported only for a folder that has one
        from factcheck.refstore import ReferenceStore

        index.store = ReferenceStore.open(root)
    if index.store is not None:
        index.errors.extend(index.store.errors)
        fingerprint.update(b"imported\0" + index.store.digest.encode())
    fingerprint.update(__version__.encode())  # a new checker may judge differently
    index.digest = fingerprint.hexdigest()[:16]
    return index


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_file(path: Path) -> tuple[list[Reference], list[ReferenceFileError]]:
    shown = _show(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            return [], [ReferenceFileError(shown, f"file too large (limit {MAX_BYTES} bytes)")]
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return [], [ReferenceFileError(shown, "not UTF-8 text")]
    except OSError as exc:
        return [], [ReferenceFileError(shown, exc.strerror or str(exc))]
    return loads(text, shown)


def _parse_reference(text: str):
    import yaml

    return yaml.load(text, Loader=_line_loader())  # noqa: S506 - a SafeLoader subclass


def loads(text: str, shown: str) -> tuple[list[Reference], list[ReferenceFileError]]:
    """The references of one file's text (`shown` names it in errors); never raises."""
    alias = _ALIAS.search(text)
    if alias:
        line = text.count("\n", 0, alias.end()) + 1
        return [], [ReferenceFileError(shown, "anchors and aliases are not allowed in reference files", line=line)]
    try:
        doc = parsed("reference", text, _parse_reference)
    except yaml_error() as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [ReferenceFileError(shown, f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
                                       line=mark.line + 1 if mark else None)]
    if not isinstance(doc, dict):
        return [], [ReferenceFileError(shown, "the file must be a mapping with a 'references' list")]
    default_source = doc.get("source") or {}
    if not isinstance(default_source, dict):
        return [], [ReferenceFileError(shown, "'source' must be a mapping", line=doc.get("__line__"))]
    entries = doc.get("references")
    if not isinstance(entries, list):
        return [], [ReferenceFileError(shown, "missing 'references' list", line=doc.get("__line__"))]
    refs: list[Reference] = []
    errors: list[ReferenceFileError] = []
    for entry in entries:
        try:
            refs.append(_entry(entry, default_source, shown))
        except ReferenceFileError as exc:
            errors.append(exc)
    return refs, errors


def _clean(d: dict) -> dict:
    return {k: v for k, v in d.items() if k != "__line__"}


def _entry(entry: Any, default_source: dict, shown: str) -> Reference:
    if not isinstance(entry, dict):
        raise ReferenceFileError(shown, "each reference must be a mapping")
    line = entry.get("__line__")

    def fail(reason: str) -> ReferenceFileError:
        return ReferenceFileError(shown, reason, line=line)

    ref_id = entry.get("id")
    if not isinstance(ref_id, str) or not _ID.fullmatch(ref_id):
        raise fail(f"missing or malformed id {ref_id!r}")
    unknown = set(entry) - _KNOWN_KEYS - {"__line__"}
    if unknown:
        raise fail(f"'{ref_id}': unknown field(s) {', '.join(sorted(unknown))}")
    metric = entry.get("metric")
    if not isinstance(metric, str) or not metric.strip():
        raise fail(f"'{ref_id}': missing metric")
    value = entry.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise fail(f"'{ref_id}': value {value!r} is not a number")
    if not _finite(value):
        raise fail(f"'{ref_id}': value {value!r} is not a finite number")
    unit_text = entry.get("unit")
    if unit_text is None:
        unit_text = "count"
    from factcheck.extract.units import normalise_unit

    try:
        unit_code, factor = normalise_unit(str(unit_text))
    except ValueError:
        raise fail(f"'{ref_id}': unit '{unit_text}' is not a unit pint knows") from None
    subject = entry.get("subject") or []
    if isinstance(subject, str):
        subject = [subject]
    if not isinstance(subject, list) or not all(isinstance(s, str) for s in subject):
        raise fail(f"'{ref_id}': subject must be a list of names")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list):
        raise fail(f"'{ref_id}': aliases must be a list")
    period = entry.get("period")
    if period is not None:
        period = str(period)
    end = entry.get("end")
    if end is not None and (isinstance(end, bool) or not isinstance(end, (int, float)) or not _finite(end)):
        raise fail(f"'{ref_id}': end {end!r} is not a finite number")
    role = entry.get("role")
    if role is not None and role not in ROLES:
        raise fail(f"'{ref_id}': role {role!r} is not one of {', '.join(sorted(ROLES))}")
    source = dict(_clean(default_source))
    own = entry.get("source") or {}
    if not isinstance(own, dict):
        raise fail(f"'{ref_id}': source must be a mapping")
    source.update(_clean(own))
    for key in ("publisher", "url"):
        if not source.get(key):
            raise fail(f"'{ref_id}': no source {key} (give one on the entry or as the file's default)")
    if not re.match(r"https?://", str(source["url"])):
        raise fail(f"'{ref_id}': source url {source['url']!r} is not an http(s) URL")
    tol_abs, tol_rel = None, None
    tolerance = entry.get("tolerance")
    if tolerance is not None:
        tol_abs, tol_rel = _tolerance(tolerance, unit_code, fail, ref_id)
    if "published" in source and source["published"] is not None:
        source["published"] = str(source["published"])
    status = entry.get("status")
    if status is not None and not isinstance(status, str):
        raise fail(f"'{ref_id}': status must be a word such as 'provisional'")
    history = _history(entry.get("history"), factor, source, fail, ref_id)
    return Reference(
        id=ref_id, metric=metric.strip(), value=float(value) * factor, unit_code=unit_code,
        unit_text=str(unit_text), aliases=[str(a) for a in aliases], subject=list(subject),
        period=period, end=None if end is None else float(end) * factor, role=role,
        tolerance_abs=tol_abs, tolerance_rel=tol_rel, source=source,
        note=entry.get("note"), file=shown, line=line or 0, raw_value=float(value),
        status=status, as_of=source.get("published"), history=history,
    )


def _history(items: Any, factor: float, source: dict, fail, ref_id: str) -> list[dict]:
    """Earlier published values, newest first: each with a value and the date it was
    published (`as_of`), and optionally its own source and status."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise fail(f"'{ref_id}': history must be a list of earlier values")
    out = []
    for item in items:
        if not isinstance(item, dict) or isinstance(item.get("value"), bool) or not isinstance(item.get("value"), (int, float)):
            raise fail(f"'{ref_id}': each history item needs a numeric value")
        as_of = item.get("as_of")
        if as_of is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(as_of)):
            raise fail(f"'{ref_id}': history item {item.get('value')!r} needs as_of: YYYY-MM-DD (the date it was published)")
        own = item.get("source") or {}
        if not isinstance(own, dict):
            raise fail(f"'{ref_id}': a history item's source must be a mapping")
        out.append({"value": float(item["value"]) * factor, "raw_value": float(item["value"]), "as_of": str(as_of),
                    "status": item.get("status"), "source": {**source, **_clean(own)} if own else source})
    return sorted(out, key=lambda h: h["as_of"], reverse=True)


def _finite(number: float) -> bool:
    try:
        return math.isfinite(number)
    except OverflowError:  # an integer too large for a float
        return False


def _tolerance(tolerance: Any, unit_code: str, fail, ref_id: str) -> tuple[Optional[float], Optional[float]]:
    from factcheck.extract.units import normalise_unit

    if isinstance(tolerance, (int, float)) and not isinstance(tolerance, bool):
        if not _finite(tolerance) or tolerance < 0:
            raise fail(f"'{ref_id}': tolerance {tolerance!r} is not a finite, non-negative number")
        return float(tolerance), None
    text = str(tolerance).strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", text)
    if m:
        return None, float(m.group(1)) / 100.0
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(.*)", text)
    if not m:
        raise fail(f"'{ref_id}': tolerance {text!r} is neither '1%' nor an amount with a unit")
    amount = float(m.group(1))
    if not m.group(2):
        return amount, None
    try:
        code, factor = normalise_unit(m.group(2))
    except ValueError:
        raise fail(f"'{ref_id}': tolerance unit '{m.group(2)}' is not a unit pint knows") from None
    if code != unit_code and not (code == "count" and unit_code == "count"):
        raise fail(f"'{ref_id}': tolerance unit '{m.group(2)}' does not match unit '{unit_code}'")
    return amount * factor, None
