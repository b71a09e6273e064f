"""Report formats: golden files per format (regenerate with FACTCHECK_UPDATE_GOLDEN=1),
and ClaimReview JSON-LD for reviewed claims."""

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
ENV = {"NO_COLOR": "1", "COLUMNS": "100"}
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def committed(root, tmp_path, monkeypatch):
    """The committed seed claim files, read from a temporary copy."""
    shutil.copytree(root / "claims", tmp_path / "claims", ignore=shutil.ignore_patterns(".factcheck-cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("fmt,name", [("markdown", "seeds.md")])
def test_report_golden(committed, fmt, name):
    r = runner.invoke(app, ["report", "--format", fmt], env=ENV)
    assert r.exit_code == 0, r.output
    golden = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(r.stdout, encoding="utf-8")
    assert r.stdout == golden.read_text(encoding="utf-8"), f"{name} is stale: FACTCHECK_UPDATE_GOLDEN=1 pytest tests/test_reports.py"


def test_claimreview_for_reviewed_claims_only(committed):
    r = runner.invoke(app, ["report", "--format", "claimreview"], env=ENV)
    assert json.loads(r.stdout) == []  # nothing reviewed yet
    doc = json.loads(runner.invoke(app, ["report", "--format", "json"], env=ENV).stdout)
    cid = next(c["id"] for a in doc["articles"] for c in a["claims"] if c["surface"] == "93.5 percent")
    r = runner.invoke(app, ["review", "--claim", cid, "--status", "false", "--note", "2019 revenue was 131.3 billion", "--by", "desk"], env=ENV)
    assert r.exit_code == 0
    items = json.loads(runner.invoke(app, ["report", "--format", "claimreview"], env=ENV).stdout)
    assert len(items) == 1
    item = items[0]
    assert item["@type"] == "ClaimReview" and item["@context"] == "https://schema.org"
    assert item["reviewRating"]["alternateName"] == "False" and item["reviewRating"]["ratingValue"] == 1
    assert item["itemReviewed"]["text"] == "93.5 percent"
    assert item["reviewBody"] == "2019 revenue was 131.3 billion" and item["author"]["name"] == "desk"
