"""Settings for a run: defaults, then [tool.factcheck] in pyproject.toml, then options."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Optional

from factcheck.models import FailOn, Format


@dataclass
class Settings:
    claims_dir: Path = Path("claims")
    reference_dir: Path = Path("reference")
    fail_on: FailOn = FailOn.CONTRADICTED
    fmt: Format = Format.TABLE
    jobs: int = 0  # 0: one per core
    date: Optional[str] = None
    dry_run: bool = False
    force: bool = False
    #: Fiscal calendars by place, added to or overriding the packaged ones:
    #: {"Microsoft": "July", "Japan": "April start"} (calendars.parse_setting).
    fiscal_years: dict = field(default_factory=dict)

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs and self.jobs > 0 else (os.cpu_count() or 1)


def from_pyproject(start: Path = Path(".")) -> dict:
    """[tool.factcheck] of the nearest pyproject.toml (claims-dir, reference-dir, fail-on, jobs, fiscal-years)."""
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
            return {k.replace("-", "_"): v for k, v in table.items() if k.replace("-", "_") in names}
    return {}
