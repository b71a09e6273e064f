"""track: one figure across articles, by date, conflicts flagged."""

import json

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
    assert (workspace / "claims" / ".factcheck-cache" / "track.marshal").exists()
    assert (workspace / "claims" / ".factcheck-cache" / ".gitignore").read_text().strip().endswith("*")
    assert [c["value"] for c in first["claims"]] == [132e6]
    seed = workspace / "seeds" / "004_2c6681ad046ffadc.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("132 million inbound", "133 million inbound"), encoding="utf-8")
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code in (0, 1)
    again = json.loads(runner.invoke(app, ["track", "inbound trips", "--format", "json"], env=ENV).stdout)
    assert [c["value"] for c in again["claims"]] == [133e6]
    assert runner.invoke(app, ["track", "inbound trips"], env=ENV).exit_code == 0
