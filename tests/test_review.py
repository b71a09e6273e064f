"""Review: pure decisions, the walk, and the interactive command driven line by line."""

import pytest
from typer.testing import CliRunner

from factcheck import claimfile
from factcheck.cli import app
from factcheck.models import Check, Claim, ClaimFile
from factcheck.review import Step, apply_decision, to_review, walk

runner = CliRunner()
ENV = {"NO_COLOR": "1"}


def flat(text: str) -> str:
    """Output with its line wrapping undone."""
    return " ".join(text.split())


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
    # the note is saved when typed (status unchanged), the decision after it keeps it
    assert saved == [("c-00000000", "unreviewed", "checked with customs"), ("c-00000000", "verified", None),
                     ("c-00000001", "disputed", None)]


def test_to_review_skips_decided_claims_unless_asked():
    cf = cf_with("contradicted", "inconsistent", "unverified")
    cf.claims[0].review.status = "verified"
    assert [c.id for c in to_review(cf)] == ["c-00000001"]
    assert [c.id for c in to_review(cf, include_decided=True)] == ["c-00000000", "c-00000001"]
    assert [c.id for c in to_review(cf, True, True)] == ["c-00000000", "c-00000001", "c-00000002"]


def test_interactive_review_from_stdin(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    # two flagged claims in 004: verify the first, quit before the second
    r = runner.invoke(app, ["review", "004_2c6681ad046ffadc", "--by", "desk"], input="x\nv\nq\n", env=ENV)
    assert r.exit_code == 0, r.output
    assert "2 claims to review." in r.stdout and "1/2" in r.stdout
    # the number under review is marked by more than colour
    assert "recovering to ⟦97.2 percent⟧ and 93.5 percent" in flat(r.stdout)
    assert "saved: verified" in r.stdout and r.stdout.rstrip().endswith("Recorded 1 decision; 1 still undecided.")
    cf = claimfile.load(workspace / "claims" / "004_2c6681ad046ffadc.yaml")
    statuses = {c.surface: c.review.status for c in cf.claims}
    assert statuses["97.2 percent"] == "verified" and statuses["93.5 percent"] == "unreviewed"
    # the next run resumes where this one stopped: the decided claim is skipped
    again = runner.invoke(app, ["review", "--by", "desk"], input="q\n", env=ENV)
    assert "1 claim to review; 1 already decided, skipped (--redo to revisit)." in again.stdout
    assert "⟦93.5 percent⟧" in flat(again.stdout) and "⟦97.2 percent⟧" not in again.stdout
    redo = runner.invoke(app, ["review", "seeds/004_2c6681ad046ffadc.txt", "--redo", "--by", "desk"], input="q\n", env=ENV)
    assert "2 claims to review." in redo.stdout and "review so far: verified by desk" in flat(redo.stdout)


@pytest.mark.parametrize("after", ["s", "q", "b"])
def test_a_typed_note_is_kept_whatever_key_follows(workspace, after):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    r = runner.invoke(app, ["review", "--by", "desk"], input=f"n\nasked the ministry\n{after}\nq\n", env=ENV)
    assert r.exit_code == 0 and "note saved" in r.stdout
    cf = claimfile.load(workspace / "claims" / "004_2c6681ad046ffadc.yaml")
    c = next(c for c in cf.claims if c.surface == "97.2 percent")
    assert (c.review.status, c.review.note) == ("unreviewed", "asked the ministry")
    # a decision later keeps the note
    runner.invoke(app, ["review", "--by", "desk"], input="d\nq\n", env=ENV)
    c = next(c for c in claimfile.load(workspace / "claims" / "004_2c6681ad046ffadc.yaml").claims if c.surface == "97.2 percent")
    assert (c.review.status, c.review.note, c.review.by) == ("disputed", "asked the ministry", "desk")


def test_nothing_left_to_review_says_so_once(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    runner.invoke(app, ["review", "--by", "desk"], input="v\ni\n", env=ENV)
    r = runner.invoke(app, ["review"], input="", env=ENV)
    assert flat(r.stdout) == "Nothing left to review: all 2 flagged claims are decided (--redo to revisit them)."


def test_unknown_status_is_one_message_said_once(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    cid = claimfile.load(workspace / "claims" / "004_2c6681ad046ffadc.yaml").claims[0].id
    r = runner.invoke(app, ["review", "--claim", cid, "--status", "bogus"], env=ENV)
    assert r.exit_code == 2
    assert r.stderr == ("factcheck: error: unknown review status 'bogus' "
                        "(one of: unreviewed, verified, disputed, false, ignored)\n")


def test_shell_completion_installs(tmp_path, monkeypatch):
    import typer._completion_shared as shared

    monkeypatch.setattr(shared, "_get_shell_name", lambda: "bash")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("SHELL", "/bin/bash")
    r = runner.invoke(app, ["--install-completion"], prog_name="factcheck", env={**ENV, "HOME": str(tmp_path)})
    assert r.exit_code == 0, r.output
    assert "completion installed" in r.stdout.lower()
    script = tmp_path / ".bash_completions" / "factcheck.sh"
    assert script.exists() and "_FACTCHECK_COMPLETE" in script.read_text()
    assert "factcheck.sh" in (tmp_path / ".bashrc").read_text()


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
