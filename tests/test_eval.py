"""`factcheck eval`: slips planted in numbers of confirmed relations are caught, clean real
text gets no flag, and the command keeps the CLI contract (table, JSON, exit codes)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.articles import read_article
from factcheck.cli import app
from factcheck.evaluate import evaluate, evaluate_article
from factcheck.models import Check

HERE = Path(__file__).parent
CLEAN = HERE / "data/consistency/trade_clean.txt"


def test_slips_in_confirmed_relations_are_caught_and_clean_text_is_not_flagged():
    result = evaluate_article(read_article(CLEAN), [])
    assert result.relations >= 4 and result.numbers >= 8
    assert result.clean_flags == []
    assert result.slips >= 30
    assert result.caught / result.slips >= 0.8
    assert set(result.kinds) >= {"scale_word", "decimal_point", "transposed", "part_changed"}
    assert sum(result.kinds.values()) == result.slips
    assert {"parts-total", "share", "level-change"} <= set(result.rules)
    # every miss is reported with the edit that was not caught
    assert all(m.surface != m.edited for m in result.missed)
    assert len(result.missed) == result.slips - result.caught


def test_real_articles_have_no_flag_on_clean_text():
    result, errors = evaluate([HERE / "data/heldout"], [])
    assert errors == []
    assert len(result.articles) >= 8
    assert result.total().clean_flags == []


def test_eval_command_json_and_table(tmp_path):
    runner = CliRunner()
    refs = tmp_path / "refs"
    refs.mkdir()
    out = runner.invoke(app, ["eval", str(CLEAN), "--reference-dir", str(refs), "--format", "json"],
                        env={"NO_COLOR": "1"})
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    total = doc["total"]
    assert total["articles"] == 1 and total["relations"] >= 4 and total["clean_flags"] == 0
    assert total["caught"] <= total["slips"] and total["kinds"]["scale_word"] >= 1
    assert doc["articles"][0]["id"].endswith("trade_clean")  # the id is the path from the articles root
    table = runner.invoke(app, ["eval", str(CLEAN), "--reference-dir", str(refs)], env={"NO_COLOR": "1"})
    assert table.exit_code == 0 and "slips caught:" in table.stdout and "flags on clean text: 0" in table.stdout


def test_eval_of_a_missing_file_is_a_one_line_error(tmp_path):
    out = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.txt")], env={"NO_COLOR": "1"})
    assert out.exit_code == 2
    assert "nope.txt" in out.stderr and "Traceback" not in out.output


def test_suspect_and_correction_round_trip_through_the_claim_file_block():
    check = Check(verdict="inconsistent", reasons=["x"], rules=["parts-total"], suspect=True,
                  correction="7.06 billion yuan → 7.06 trillion yuan")
    d = check.to_dict()
    assert d["suspect"] is True and d["correction"] == "7.06 billion yuan → 7.06 trillion yuan"
    assert Check.from_dict(d) == check
    assert "suspect" not in Check().to_dict()  # absent when there is none: old files stay byte-identical
