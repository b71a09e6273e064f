"""track: one figure across articles, by date, conflicts flagged."""

import json
from pathlib import Path

import pytest

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


def _archive():
    """The seed claim files and a later article restating one of them with another value."""
    import copy

    from factcheck import claimfile

    root = Path(__file__).resolve().parent.parent
    files = [claimfile.load(p) for p in sorted((root / "claims").glob("*.yaml"))]
    later = copy.deepcopy(next(cf for cf in files if cf.id == "004_2c6681ad046ffadc"))
    later.article.update(id="2025-06/moscow-trade-restated", date="2025-06-02")
    for c in later.claims:
        if c.value == 244.8e9:
            c.value = 248.4e9
    return files + [later]


@pytest.mark.parametrize("width", (80, 120, 200))
def test_track_table_golden(width):
    """The table `track` prints, at three widths (FACTCHECK_UPDATE_GOLDEN=1 regenerates)."""
    import io
    import os

    from rich.console import Console

    from factcheck.models import Format
    from factcheck.report.track import render_track
    from factcheck.track import track

    hits = track(_archive(), "China")
    assert any(h.conflicts for h in hits)
    buf = io.StringIO()
    render_track(hits, "China", Format.TABLE, Console(file=buf, width=width, force_terminal=False, highlight=False))
    out = buf.getvalue()
    golden = Path(__file__).parent / "golden" / f"track-china-{width}.txt"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")
    assert all(len(line) <= width for line in out.splitlines())
    for h in hits:  # every claim and every conflict whole, never cut
        assert h.claim.surface in out.replace("\n", " ") or all(w in out for w in h.claim.surface.split())
        for conflict in h.conflicts:
            assert all(w in out for w in conflict.split())


def test_a_value_an_article_states_itself_is_no_conflict_for_it():
    """Two articles quoting one 'respectively' sentence state both figures under one key:
    neither conflicts with the other for a figure it states itself; a third article with a
    value of its own still does."""
    import copy

    from factcheck.models import Check, Claim, ClaimFile, Review
    from factcheck.track import track

    def claim(cid, value, line):
        return Claim(id=cid, surface=f"{value} percent", span=(line, line + 4), line=line, value=value, unit="percent",
                     kind="percent", precision=0.1, metric="share of 2019 level", subject=["China"], period="2024",
                     check=Check(), review=Review())

    first = ClaimFile(article={"id": "a", "date": "2025-05-21"}, claims=[claim("c-1", 97.2, 1), claim("c-2", 93.5, 2)])
    second = copy.deepcopy(first)
    second.article.update(id="b", date="2025-06-01")
    third = ClaimFile(article={"id": "c", "date": "2025-07-01"}, claims=[claim("c-3", 95.0, 1)])
    hits = {(h.article, h.claim.value): h.conflicts for h in track([first, second], "2019 level")}
    assert all(not conflicts for conflicts in hits.values())
    hits = {(h.article, h.claim.value): h.conflicts for h in track([first, second, third], "2019 level")}
    assert hits[("c", 95.0)] and hits[("a", 97.2)] == ["c:1 states 95%"]
