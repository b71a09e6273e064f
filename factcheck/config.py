"""Settings for a run: defaults, then [tool.factcheck] in pyproject.toml, then options."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Optional

from factcheck.models import FailOn, Format

#: Settings that name a folder: in pyproject.toml they are relative to that file's folder.
PATH_SETTINGS = ("claims_dir", "reference_dir", "articles_root")


@dataclass
class Settings:
    claims_dir: Path = Path("claims")
    reference_dir: Path = Path("reference")
    #: Where article ids are taken from (None: the project's top-level folder holding each
    #: article; see articles.article_id).
    articles_root: Optional[Path] = None
    fail_on: FailOn = FailOn.CONTRADICTED
    fmt: Format = Format.TABLE
    jobs: int = 0  # 0: one per core
    date: Optional[str] = None
    dry_run: bool = False
    force: bool = False
    #: Fiscal calendars by place, added to or overriding the packaged ones:
    #: {"Microsoft": "July", "Japan": "April start"} (calendars.parse_setting).
    fiscal_years: dict = field(default_factory=dict)
    #: The desk's own currency, an ISO code ("HKD"), or its country ("Hong Kong"), whose
    #: currency it is: a bare "$" is that dollar when it is one (else the article decides),
    #: and an amount no text names a currency for is in it.
    home_currency: Optional[str] = None
    home_country: Optional[str] = None
    #: The largest article file read (None: articles.MAX_BYTES).
    max_bytes: Optional[int] = None
    #: Go on when a reference file is bad or the folder is missing (the summary says what was
    #: skipped); by default that is an error, so a broken reference file cannot pass CI.
    allow_partial_references: bool = False

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs and self.jobs > 0 else (os.cpu_count() or 1)


def from_pyproject(start: Path = Path(".")) -> dict:
    """[tool.factcheck] of the nearest pyproject.toml (claims-dir, reference-dir,
    articles-root, fail-on, jobs, max-bytes, fiscal-years, home-currency, home-country). Folders are relative to the file's folder."""
    try:
        import tomllib  # Python 3.11+
    except ImportError:  # pragma: no cover
        return {}
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return {}
            table = data.get("tool", {}).get("factcheck", {})
            names = {f.name for f in fields(Settings)}
            out = {k.replace("-", "_"): v for k, v in table.items() if k.replace("-", "_") in names}
            for key in PATH_SETTINGS:
                if isinstance(out.get(key), str):
                    out[key] = Path(os.path.relpath(folder / out[key]))
            return out
    return {}
