"""Review: pure decisions, the walk, and the interactive command driven line by line."""

from typer.testing import CliRunner

from factcheck import claimfile
from factcheck.cli import app
from factcheck.models import Check, Claim, ClaimFile
from factcheck.review import Step, apply_decision, to_review, walk

runner = CliRunner()
ENV = {"NO_COLOR": "1"}


def cf_with(*verdicts):
    claims = [Claim(id=f"c-{i:08x}", surface=str(i), span=(i, i + 1), value=i, unit="count", kind="count",
                    check=Check(verdict=v)) for i, v in enumerate(verdicts)]
    return ClaimFile(article={"id": "a"}, claims=claims)


def test_apply_decision_records_who_and_when():
    cf = cf_with("contradicted")
    c = apply_decision(cf, "c-00000000", "false", "wrong year", by="ana", at="2025-05-21T10:00:00+00:00")
    assert (c.review.status, c.review.by, c.review.at, c.review.note) == ("false", "ana", "2025-05-21T10:00:00+00:00", "wrong year")


def test_to_review_orders_flagged_then_unverified():
    cf = cf_with("unverified", "inconsistent", "supported", "contradicted")
    assert [c.id for c in to_review(cf)] == ["c-00000001", "c-00000003"]
    assert [c.id for c in to_review(cf, include_unverified=True)] == ["c-00000001", "c-00000003", "c-00000000"]


def test_walk_saves_each_decision_at_once_and_quit_keeps_them():
    cf = cf_with("contradicted", "inconsistent", "contradicted")
    items = [(cf, c) for c in cf.claims]
    script = iter([Step("note", note="checked with customs"), Step("decide", "verified"), Step("skip"),
                   Step("back"), Step("decide", "disputed"), Step("quit")])
    saved = []
    n = walk(items, lambda cf, c, i, total: next(script), lambda cf, c, s, note: saved.append((c.id, s, note)))
    assert n == 2
    assert saved == [("c-00000000", "verified", "checked with customs"), ("c-00000001", "disputed", None)]


def test_interactive_review_from_stdin(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    # two flagged claims in 004: verify the first, quit before the second
    r = runner.invoke(app, ["review", "004_2c6681ad046ffadc", "--by", "desk"], input="x\nv\nq\n", env=ENV)
    assert r.exit_code == 0, r.output
    assert "1/2" in r.stdout and "1 decision(s) recorded." in r.stdout
    cf = claimfile.load(workspace / "claims" / "004_2c6681ad046ffadc.yaml")
    statuses = {c.surface: c.review.status for c in cf.claims}
    assert statuses["97.2 percent"] == "verified" and statuses["93.5 percent"] == "unreviewed"


def test_status_counts_and_changed_articles(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    (workspace / "seeds" / "new.txt").write_text("Exports rose 5 percent.\n", encoding="utf-8")
    seed = workspace / "seeds" / "000_6aac05d6371eb8e8.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    import json

    r = runner.invoke(app, ["status", "--format", "json"], env=ENV)  # default: the articles' folders
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert doc["changed"] == ["000_6aac05d6371eb8e8"]
    assert doc["unscanned"] == ["seeds/new.txt"]
    assert doc["total"]["verdicts"]["inconsistent"] == 2
