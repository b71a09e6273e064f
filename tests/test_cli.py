"""The command-line contract, end to end and in process."""

import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()
ENV = {"NO_COLOR": "1", "COLUMNS": "160"}


def invoke(*args):
    return runner.invoke(app, list(args), env=ENV)


def test_scan_json_is_one_document_with_articles_and_summary(workspace):
    r = invoke("scan", "seeds", "--format", "json", "--jobs", "1")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    ids = [a["article"]["id"] for a in doc["articles"]]
    assert ids == ["000_6aac05d6371eb8e8", "004_2c6681ad046ffadc"]
    claims = doc["articles"][1]["claims"]
    trade = next(c for c in claims if c["surface"] == "244.8 billion U.S. dollars")
    assert trade["value"] == 244800000000.0 and trade["unit"] == "USD" and trade["period"] == "2024"
    assert trade["check"]["verdict"] == "supported" and trade["check"]["reference"] == "cn-ru-trade-2024"
    assert list(trade)[:6] == ["id", "surface", "span", "line", "column", "sentence"]
    assert doc["summary"]["articles"] == 2 and doc["summary"]["exit_code"] == 0
    assert (workspace / "claims" / "004_2c6681ad046ffadc.yaml").exists()


def test_dry_run_writes_nothing(workspace):
    r = invoke("scan", "seeds", "--dry-run", "--format", "json")
    assert r.exit_code == 0
    assert list((workspace / "claims").iterdir()) == []


def test_bad_article_is_one_line_exit_2_and_the_others_still_done(workspace):
    (workspace / "seeds" / "bad.txt").write_bytes(b"Exports rose \xe9 to 5 billion dollars.\n")
    (workspace / "seeds" / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    r = invoke("scan", "seeds", "--format", "json")
    assert r.exit_code == 2
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert any(re.search(r"seeds/bad\.txt: not UTF-8 text \(invalid byte 0xe9 at offset 13\)", l) for l in lines), r.stderr
    assert any("blob.txt: binary file" in l for l in lines)
    assert "Traceback" not in r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["articles"]) == 2  # the good ones went through
    assert not (workspace / "claims" / "bad.yaml").exists()


def test_missing_path_is_exit_2(workspace):
    r = invoke("scan", "nope.txt")
    assert r.exit_code == 2
    assert "nope.txt: no such file or folder" in r.stderr


def test_bad_date_option_is_usage_error(workspace):
    r = invoke("scan", "seeds", "--date", "21/05/2025")
    assert r.exit_code == 2
    assert "--date" in r.stderr


@pytest.mark.parametrize("level,expected", [("contradicted", 0), ("inconsistent", 1), ("unverified", 1), ("never", 0)])
def test_fail_on_levels_on_the_seeds(workspace, level, expected):
    # The seeds have inconsistent claims (implied 2019 baselines) and unverified ones, none contradicted.
    r = invoke("scan", "seeds", "--format", "json", "--fail-on", level)
    assert r.exit_code == expected, r.stdout[-400:]


def test_check_and_report_read_the_claim_files(workspace):
    assert invoke("scan", "seeds", "--format", "json").exit_code == 0
    r = invoke("report", "--format", "markdown")
    assert r.exit_code == 0
    assert "| line | claim |" in r.stdout and "244.8 billion U.S. dollars" in r.stdout
    r = invoke("check", "--format", "json", "--fail-on", "inconsistent")
    assert r.exit_code == 1
    doc = json.loads(r.stdout)
    verdicts = {c["surface"]: c["check"]["verdict"] for a in doc["articles"] for c in a["claims"]}
    assert verdicts["97.2 percent"] == "inconsistent"
    assert verdicts["244.8 billion U.S. dollars"] == "supported"


def test_check_uses_current_reference_data(workspace):
    assert invoke("scan", "seeds", "--format", "json").exit_code == 0
    ref = workspace / "reference" / "china-russia.yaml"
    ref.write_text(ref.read_text(encoding="utf-8").replace("value: 244.8\n", "value: 250.1\n", 1), encoding="utf-8")
    r = invoke("check", "004_2c6681ad046ffadc", "--format", "json")
    assert r.exit_code == 1  # contradicted now counts at the default --fail-on
    doc = json.loads(r.stdout)
    trade = next(c for c in doc["articles"][0]["claims"] if c["surface"] == "244.8 billion U.S. dollars")
    assert trade["check"]["verdict"] == "contradicted"
    assert "250.1 billion USD" in trade["check"]["reasons"][0]


def test_table_report_shows_numbers_whole_and_flagged_details(workspace):
    r = runner.invoke(app, ["scan", "seeds"], env={"NO_COLOR": "1", "COLUMNS": "80"})
    assert r.exit_code == 0
    assert "\x1b[" not in r.stdout
    assert "244.8 billion" in r.stdout.replace("\n", " ") or "244.8" in r.stdout
    assert "seeds/004_2c6681ad046ffadc.txt:30:" in r.stdout
    assert "implied 2019 level 135.8 million differs from reference 145.3 million" in " ".join(r.stdout.split())
    for symbol in ("✔", "⚠", "?"):
        assert symbol in r.stdout


def test_reference_validate_and_list(workspace):
    r = invoke("reference", "validate")
    assert r.exit_code == 0 and "ok" in r.stdout
    (workspace / "reference" / "bad.yaml").write_text(
        "references:\n  - id: cn-ru-trade-2024\n    metric: trade\n    value: 1\n    unit: bilion USD\n"
        "    source: {publisher: X, url: 'https://example.org'}\n", encoding="utf-8")
    r = invoke("reference", "validate")
    assert r.exit_code == 2
    assert re.search(r"reference/bad\.yaml:2: .*unit 'bilion USD' is not a unit pint knows", r.stderr), r.stderr
    r = invoke("reference", "list", "--format", "json", "trade")
    doc = json.loads(r.stdout)
    assert any(x["id"] == "cn-ru-trade-2024" for x in doc["references"])


def test_every_command_has_help_and_is_in_readme(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    for cmd in ("scan", "check", "report", "review", "track", "status", "reference list", "reference validate"):
        r = runner.invoke(app, cmd.split() + ["--help"], env=ENV)
        assert r.exit_code == 0, cmd
        assert "Usage" in r.stdout
        assert f"factcheck {cmd}" in readme, cmd


def test_report_through_a_pipe_has_no_colour(workspace):
    assert invoke("scan", "seeds", "--format", "json").exit_code == 0
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["FORCE_COLOR"] = ""
    out = subprocess.run([sys.executable, "-m", "factcheck", "report"], capture_output=True, text=True, env=env,
                         cwd=workspace)
    assert out.returncode == 0, out.stderr
    assert "\x1b[" not in out.stdout
    assert "244.8" in out.stdout


def test_subprocess_error_has_no_traceback(workspace):
    out = subprocess.run([sys.executable, "-m", "factcheck", "review", "--claim", "c-00000000", "--status", "verified"],
                         capture_output=True, text=True, cwd=workspace)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "no claim with id 'c-00000000'" in out.stderr


@pytest.mark.parametrize("args", [("scan", "seeds", "--no-such-option"), ("no-such-command",), ("review", "--status", "maybe")])
def test_usage_error_in_a_subprocess_is_exit_2_without_a_traceback(workspace, args):
    # main() matches the error against an interrupt first: under typer 0.28, whose own
    # click has no exceptions.Abort, that match itself raised and printed a traceback
    out = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=workspace)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and "error" in out.stderr.lower()


def test_unwritable_claims_folder_is_a_one_line_error(workspace, monkeypatch):
    from factcheck import claimfile

    def refuse(path, cf):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(claimfile, "write", refuse)  # as on a read-only checkout (root ignores chmod)
    r = invoke("scan", "seeds", "--format", "json", "--jobs", "1")
    assert r.exit_code == 2
    lines = [l for l in r.stderr.splitlines() if l]
    assert any(l.endswith("claims/000_6aac05d6371eb8e8.yaml: cannot write: Permission denied") for l in lines), r.stderr
    assert "Traceback" not in r.stderr


def test_command_annotations_are_objects_so_typer_parses_none_at_start():
    """typer reads every command's parameter types at each start, all commands at once; an
    annotation kept as a string (`from __future__ import annotations`) is parsed and compiled
    there twice (inspect's eval_str, then get_type_hints), about 300 small parses and 8 % of a
    one-article scan's instructions. Written as objects, they are read as they are."""
    import inspect

    from factcheck import cli, cli_review

    own = [f for m in (cli, cli_review) for f in vars(m).values() if inspect.isfunction(f) and f.__module__ == m.__name__]
    assert any(inspect.signature(f).parameters for f in own)
    for f in own:
        for p in inspect.signature(f).parameters.values():
            assert not isinstance(p.annotation, str), f"{f.__name__}({p.name}: {p.annotation!r})"


def test_the_scan_freezes_what_each_article_leaves_only_in_its_own_process(monkeypatch):
    # the claims an article leaves alive stay to the report: where the command owns the
    # process, the collector stops walking them once the article is done (and the progress
    # bar still hears of it); an in-process caller's collector is left as it was
    import gc

    from factcheck import cli

    heard = []
    monkeypatch.setitem(cli._OWNS_PROCESS, "gc", False)
    before = gc.get_freeze_count()
    cli._settled(lambda *args: heard.append(args))(1, 2, "a.txt")
    assert gc.get_freeze_count() == before and heard == [(1, 2, "a.txt")]
    monkeypatch.setitem(cli._OWNS_PROCESS, "gc", True)
    kept = [[]]  # a young container the freeze moves out of the collector's generations
    try:
        cli._settled(None)(2, 2, "b.txt")
        assert gc.get_freeze_count() > before
        assert not any(o is kept for o in gc.get_objects())
    finally:
        gc.unfreeze()
    assert heard == [(1, 2, "a.txt")]


def test_a_scan_in_its_own_process_reads_as_in_process(workspace):
    # freezing after each article changes nothing the scan finds
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}  # this tree's code
    cmd = [sys.executable, "-m", "factcheck", "scan", "seeds", "--format", "json", "--dry-run", "--jobs", "1",
           "--claims-dir", str(workspace / "claims")]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=workspace, env=env)
    here = runner.invoke(app, ["scan", "seeds", "--format", "json", "--dry-run", "--jobs", "1",
                               "--claims-dir", str(workspace / "claims")])
    assert out.returncode == here.exit_code and json.loads(out.stdout) == json.loads(here.stdout)
