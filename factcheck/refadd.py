"""One step from a claim to a reference: `factcheck reference add --from-claim ID …`
(and key **r** in the interactive review).

Drafts an entry from the claim's metric, subject and period and the figure the checker
found (value, unit, publisher, URL), validates it as `reference validate` would, appends
it to the reference file that already holds that topic (or a new file named after it),
atomically, and re-checks the claim file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from factcheck import atomicfile, claimfile
from factcheck.errors import FactcheckError, ReferenceFileError, UsageError
from factcheck.models import Claim, Reference


@dataclass
class Added:
    reference: Reference
    path: Path
    claim: Claim  # re-checked
    before: str  # the claim's verdict before


def find(claims_dir: os.PathLike | str, claim_id: str) -> tuple[Path, Claim]:
    path = claimfile.find_claim(claims_dir, claim_id)
    if path is None:
        raise UsageError(claims_dir, f"no claim with id '{claim_id}'")
    cf = claimfile.load(path)
    for c in cf.claims:
        if c.id == claim_id:
            return path, c
    raise UsageError(path, f"no claim with id '{claim_id}'")


def draft(claim: Claim, value: float, unit: str, url: str, publisher: str, period: Optional[str] = None,
          title: Optional[str] = None, published: Optional[str] = None, note: Optional[str] = None,
          metric: Optional[str] = None, subject: Optional[list[str]] = None, ref_id: Optional[str] = None) -> dict:
    """The entry, keys in the reference files' order."""
    metric = metric or claim.metric
    if not metric:
        raise UsageError(None, f"claim {claim.id} has no metric: give --metric")
    subjects = list(subject if subject is not None else claim.subject)
    period = period if period is not None else claim.period
    entry: dict = {"id": ref_id or make_id(metric, subjects, period)}
    entry["metric"] = metric
    if subjects:
        entry["subject"] = subjects
    entry["period"] = period
    entry["value"] = int(value) if float(value).is_integer() and abs(value) < 1e15 else value
    entry["unit"] = unit
    source = {"publisher": publisher, "url": url}
    if title:
        source["title"] = title
    if published:
        source["published"] = published
    entry["source"] = source
    entry["note"] = note or f"Added from claim {claim.id}: \"{claim.sentence.strip()[:300]}\""
    return entry


def make_id(metric: str, subjects: list[str], period: Optional[str]) -> str:
    words = re.findall(r"[a-z0-9]+", metric.lower())
    words = [w for w in words if w not in {"the", "of", "a", "an", "and", "in", "for", "with", "to"}][:5]
    parts = [re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:12] for s in subjects[:3]] + words
    if period:
        parts.append(re.sub(r"[^A-Za-z0-9]+", "-", period).strip("-"))
    return "-".join(p for p in parts if p) or "reference"


def target(reference_dir: Path, entry: dict, references: list[Reference]) -> Path:
    """The curated file that already holds this topic: most entries with the same metric
    head and a shared subject; else a new file named after the subject and metric."""
    from factcheck.matching import head

    h = head(entry["metric"])
    subjects = {s.lower() for s in entry.get("subject") or []}
    votes: dict[str, int] = {}
    for r in references:
        if not r.line:  # imported entries live in their dataset files
            continue
        same_head = h in {head(p) for p in [r.metric, *r.aliases]}
        shared = bool(subjects & {s.lower() for s in r.subject}) or not subjects
        if same_head:
            votes[r.file] = votes.get(r.file, 0) + (2 if shared else 1)
    if votes:
        best = max(sorted(votes), key=lambda f: votes[f])
        path = Path(best)
        return path if path.is_absolute() or path.exists() else reference_dir / path.name
    stem = "-".join(re.sub(r"[^a-z0-9]+", "-", x.lower()).strip("-") for x in
                    [*(entry.get("subject") or [])[:2], h or "reference"] if x)
    return reference_dir / f"{stem or 'references'}.yaml"


def entry_text(entry: dict, indent: str) -> str:
    body = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    lines = body.rstrip("\n").split("\n")
    return "".join(f"{indent}{line}\n" for line in lines)


def append(path: Path, entry: dict) -> str:
    """The file's new text with the entry appended to its `references` list, keeping
    every comment and the layout of what is there."""
    if not path.exists():
        return "references:\n" + entry_text(entry, "  ")
    text = path.read_text(encoding="utf-8-sig")
    keys = re.findall(r"(?m)^([A-Za-z_][\w-]*):", text)
    if not keys or keys[-1] != "references":
        raise ReferenceFileError(path, "cannot append: 'references' is not the file's last top-level key (give --file)")
    m = re.search(r"(?m)^(\s*)- id:", text)
    indent = m.group(1) if m else "  "
    if not text.endswith("\n"):
        text += "\n"
    if re.search(r"(?m)^references:\s*\[\]\s*$", text):
        text = re.sub(r"(?m)^references:\s*\[\]\s*$", "references:", text)
    return text + entry_text(entry, indent)


def add(reference_dir: os.PathLike | str, claims_dir: os.PathLike | str, claim_id: str, *, value: float, unit: str,
        url: str, publisher: str, period: Optional[str] = None, file: Optional[os.PathLike | str] = None,
        **more) -> Added:
    """Draft, validate, write (atomically) and re-check. Raises FactcheckError with one
    line on anything wrong, having written nothing."""
    from factcheck.pipeline import check_file
    from factcheck.references import load_file, load_references
    from factcheck.refvalidate import validate

    reference_dir = Path(reference_dir)
    claim_path, claim = find(claims_dir, claim_id)
    if not re.match(r"https?://", url or ""):
        raise UsageError(None, f"--url {url!r} is not an http(s) URL")
    index = load_references(reference_dir)
    entry = draft(claim, value, unit, url, publisher, period=period, **more)
    if index.by_id(entry["id"]) is not None:
        raise UsageError(None, f"a reference '{entry['id']}' exists already (give --id)")
    path = Path(file) if file else target(reference_dir, entry, index.references)
    new_text = append(path, entry)
    # validate the file as it will be, before anything is written
    path.parent.mkdir(parents=True, exist_ok=True)
    # the shared temporary-file helper: a ".tmp" no scan reads as a reference file, removed
    # on any failure (a validation error, Ctrl-C) before the rename
    with atomicfile.temporary_beside(path) as (fd, tmp):
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(new_text)
        refs, errors = load_file(tmp)
        if errors:
            raise ReferenceFileError(path, errors[0].reason, errors[0].line)
        new = next(r for r in refs if r.id == entry["id"])
        new.file = path.as_posix()
        conflicts = [e for e in validate(_with(index, new)) if entry["id"] in e.reason]
        if conflicts:
            raise ReferenceFileError(path, conflicts[0].reason)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    with claimfile.locked(claim_path):
        cf = claimfile.load(claim_path)
        before = next(c for c in cf.claims if c.id == claim_id).check.verdict
        check_file(cf, load_references(reference_dir))
        claimfile.write(claim_path, cf)
    return Added(new, path, next(c for c in cf.claims if c.id == claim_id), before)


def _with(index, ref: Reference):
    from dataclasses import replace

    return replace(index, references=[*index.references, ref], errors=[], _by_head=None)


__all__ = ["Added", "add", "draft", "find", "FactcheckError"]
