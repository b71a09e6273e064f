import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """A newsroom checkout in a temporary folder: seeds/, reference/, claims/ (empty)."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "reference", tmp_path / "reference")
    (tmp_path / "claims").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_article(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def article_of(text: str, date: str | None):
    """`text` as an article dated `date`, as the tests that read a sentence of their own make it."""
    from factcheck.models import Article

    return Article(id="t", path="t.txt", text=text, sha256="0", date=date)


def extracted(text: str, date: str | None, *args, **kw) -> list:
    """The claims factcheck extracts from `text` (an article dated `date`), in order; further
    arguments go to extract()."""
    from factcheck.extract import extract

    return extract(article_of(text, date), *args, **kw)


def checked(text: str, date: str | None) -> list:
    """The claims factcheck extracts from `text` (an article dated `date`), checked with no
    reference values: each carries the consistency rules' verdict."""
    from factcheck.check import check_claims
    from factcheck.extract import extract

    article = article_of(text, date)
    claims = extract(article)
    check_claims(claims, [], article)
    return claims


def checked_by_surface(text: str, date: str | None = "2031-09-14") -> dict:
    """The checked claims of `text` (an article dated `date`) by surface: what the end-to-end
    tests read a passage of their own with."""
    return {c.surface: c for c in checked(text, date)}


def flagged_reasons(by: dict) -> dict[str, str]:
    """Surface → the consistency rules' reasons, for the claims of `by` they flag."""
    return {s: " ".join(c.check.reasons) for s, c in by.items() if c.check.verdict == "inconsistent"}


def inconsistent(text: str, date: str | None) -> set[str]:
    """The surfaces of the claims of `text` that the consistency rules flag."""
    return {c.surface for c in checked(text, date) if c.check.verdict == "inconsistent"}


def frames_by_surface(text: str, date: str | None, *args, **kw) -> dict:
    """The claims factcheck extracts from `text` (an article dated `date`), by surface: what
    the frame tests read a sentence of their own with."""
    return {c.surface: c for c in extracted(text, date, *args, **kw)}


def by_surface(text: str, date: str | None, *fields: str) -> dict:
    """Surface → one field of each claim extracted from `text` (or a tuple of several fields)."""
    def pick(c):
        return getattr(c, fields[0]) if len(fields) == 1 else tuple(getattr(c, f) for f in fields)

    return {c.surface: pick(c) for c in extracted(text, date)}


def flags(text: str, date: str | None) -> list[str]:
    """The reasons of the findings the relations engine flags among the claims of `text`."""
    from factcheck.extract import extract
    from factcheck.relations import analyse

    article = article_of(text, date)
    return [f.reason for f in analyse(extract(article), article, []).findings if f.flag]


def claim_id(surface: str) -> str:
    """The id of the claim with this surface, from `factcheck report --format json` (cwd's claims/)."""
    import json

    from typer.testing import CliRunner

    from factcheck.cli import app

    doc = json.loads(CliRunner().invoke(app, ["report", "--format", "json"], env={"NO_COLOR": "1"}).stdout)
    return next(c["id"] for a in doc["articles"] for c in a["claims"] if c["surface"] == surface)


def decide(surface: str, status: str, note: str = "", by: str = "desk") -> None:
    """Record a review decision on the claim with this surface, as a checker would."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    args = ["review", "--claim", claim_id(surface), "--status", status, "--by", by] + (["--note", note] if note else [])
    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
