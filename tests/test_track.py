"""track: one figure across articles, by date, conflicts flagged."""

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
ENV = {"NO_COLOR": "1", "COLUMNS": "200"}


def test_track_flags_a_conflicting_figure_for_the_same_period(workspace):
    (workspace / "seeds" / "later.txt").write_text(
        "date 2025-06-02\nMOSCOW, June 2 — Bilateral trade between China and Russia rose to 248.4 billion U.S. dollars "
        "in 2024, Russian officials said.\n", encoding="utf-8")
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code in (0, 1)
    r = runner.invoke(app, ["track", "bilateral trade", "--format", "json"], env=ENV)
    assert r.exit_code == 1  # a conflict
    doc = json.loads(r.stdout)
    rows = [(c["article"], c["value"], c["period"]) for c in doc["claims"]]
    assert ("004_2c6681ad046ffadc", 244.8e9, "2024") in rows and ("later", 248.4e9, "2024") in rows
    # ordered by article date: the undated article sorts last
    assert [c["article"] for c in doc["claims"]][-1] == "004_2c6681ad046ffadc"
    later = next(c for c in doc["claims"] if c["article"] == "later")
    assert later["conflicts"] == ["004_2c6681ad046ffadc:78 states 244.8 billion USD"]
    table = runner.invoke(app, ["track", "Bilateral Trades"], env=ENV)
    assert "248.4 billion U.S. dollars" in table.stdout and "✖" in table.stdout


def test_track_cache_is_rebuilt_when_a_file_changes(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code in (0, 1)
    first = json.loads(runner.invoke(app, ["track", "inbound trips", "--format", "json"], env=ENV).stdout)
    assert (workspace / "claims" / ".factcheck-cache" / "index.sqlite").exists()
    assert (workspace / "claims" / ".factcheck-cache" / ".gitignore").read_text().strip().endswith("*")
    assert [c["value"] for c in first["claims"]] == [132e6]
    seed = workspace / "seeds" / "004_2c6681ad046ffadc.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("132 million inbound", "133 million inbound"), encoding="utf-8")
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code in (0, 1)
    again = json.loads(runner.invoke(app, ["track", "inbound trips", "--format", "json"], env=ENV).stdout)
    assert [c["value"] for c in again["claims"]] == [133e6]
    assert runner.invoke(app, ["track", "inbound trips"], env=ENV).exit_code == 0


def test_index_is_incremental_and_forgets_removed_files(workspace, monkeypatch):
    from factcheck import track as track_module

    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code in (0, 1)
    read = []
    real = track_module._pack
    monkeypatch.setattr(track_module, "_pack", lambda cf: read.append(Path(cf.path).name) or real(cf))
    files, errors = track_module.load_for_track(workspace / "claims", "trade")
    assert sorted(read) == ["000_6aac05d6371eb8e8.yaml", "004_2c6681ad046ffadc.yaml"] and not errors
    read.clear()
    track_module.load_for_track(workspace / "claims", "trade")
    assert read == []  # nothing changed: nothing re-read
    (workspace / "claims" / "000_6aac05d6371eb8e8.yaml").unlink()
    files, _ = track_module.load_for_track(workspace / "claims", "years")
    assert read == [] and {cf.id for cf in files} == {"004_2c6681ad046ffadc"}
    # a query matches whole words of metric, subject or surface, inflection ignored
    found = [c for cf in files for c in cf.claims]
    assert "15 consecutive years" in [c.surface for c in found] and all(track_module.matches("years", c) for c in found)
