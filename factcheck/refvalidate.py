"""`factcheck reference validate`, beyond what loading already refuses (schema, units,
duplicate ids, sources): checks that span every reference, curated and imported.

- every period is well formed (the canonical notation, or a legacy fiscal year);
- no id is both a curated entry and an imported one;
- every entry has an http(s) source URL;
- no two entries state different values for the same metric, subject, period and
  unit, unless one value is an earlier published value (a revision) of the other.

Streams the store a batch at a time: half a million entries validate in seconds.
"""

from __future__ import annotations

import re
from typing import Iterator

from factcheck import timespan
from factcheck.errors import ReferenceFileError
from factcheck.models import Reference
from factcheck.references import ReferenceIndex


def all_references(index: ReferenceIndex) -> Iterator[Reference]:
    yield from index.references
    if index.store is not None:
        yield from index.store.entries()


def _where(ref: Reference) -> str:
    return f"{ref.file}:{ref.line}" if ref.line else f"{ref.file} ({ref.id})"


MAX_PER_FILE = 20  # a generated file with one systematic fault should not print 500,000 lines


def validate(index: ReferenceIndex) -> list[ReferenceFileError]:
    errors = _Errors()
    curated = {r.id for r in index.references}
    seen: dict[tuple, Reference] = {}
    for ref in all_references(index):
        line = ref.line or None
        if ref.period is not None and timespan.parse(ref.period) is None:
            errors.append(ReferenceFileError(ref.file, f"'{ref.id}': period {ref.period!r} is not well formed "
                                                       "(2024, 2024-H1, 2024-Q3, 2024-05, 2024-05-21 or an interval a/b)", line))
        if not re.match(r"https?://", str(ref.source.get("url") or "")):
            errors.append(ReferenceFileError(ref.file, f"'{ref.id}': no http(s) source URL", line))
        if not ref.line and ref.id in curated:
            errors.append(ReferenceFileError(ref.file, f"'{ref.id}': the id of a curated entry as well"))
        if ref.role or ref.end is not None:
            continue  # dates and spans: one event, checked by id
        key = (ref.metric.strip().lower(), tuple(sorted(s.lower() for s in ref.subject)), ref.period, ref.unit_code)
        other = seen.get(key)
        if other is None:
            seen[key] = ref
            continue
        if _same(other.value, ref.value) or _revision_of(ref, other) or _revision_of(other, ref):
            continue
        errors.append(ReferenceFileError(
            ref.file, f"'{ref.id}' ({ref.raw_value:g} {ref.unit_text}) and '{other.id}' at {_where(other)} "
                      f"({other.raw_value:g} {other.unit_text}) give different values for {ref.metric!r}, "
                      f"{', '.join(ref.subject) or 'no subject'}, {ref.period or 'no period'}; "
                      "keep one, or record the earlier one in its history", line))
    return errors.done()


class _Errors(list):
    """Errors, at most MAX_PER_FILE for one file, then one line saying how many more."""

    def __init__(self):
        super().__init__()
        self.per_file: dict[str, int] = {}

    def append(self, error: ReferenceFileError) -> None:  # type: ignore[override]
        n = self.per_file[error.path] = self.per_file.get(error.path, 0) + 1
        if n <= MAX_PER_FILE:
            super().append(error)

    def done(self) -> list[ReferenceFileError]:
        out = list(self)
        for path, n in self.per_file.items():
            if n > MAX_PER_FILE:
                out.append(ReferenceFileError(path, f"… and {n - MAX_PER_FILE} more error(s) like these"))
        return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _revision_of(a: Reference, b: Reference) -> bool:
    """b's value is one a published before (a revised it)."""
    return any(_same(h["value"], b.value) for h in a.history)
