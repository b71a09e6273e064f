"""factcheck export --sqlite: the claim archive as SQLite tables with foreign keys and
full-text search, equal in counts to the JSON report."""

import json
import shutil
import sqlite3
import subprocess

import pytest
from typer.testing import CliRunner

from conftest import decide
from factcheck.cli import app

runner = CliRunner()
ENV = {"NO_COLOR": "1"}


@pytest.fixture
def db(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    decide("97.2 percent", "disputed", "ask Shi")
    doc = json.loads(runner.invoke(app, ["report", "--format", "json"], env=ENV).stdout)
    r = runner.invoke(app, ["export", "--sqlite", "claims.db"], env=ENV)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("claims.db: 2 articles, 30 claims, ")
    return workspace / "claims.db", doc


def test_claim_count_equals_the_json_report(db):
    path, doc = db
    n = doc["summary"]["claims"]
    if shutil.which("sqlite3"):  # the command an editor would type
        out = subprocess.run(["sqlite3", str(path), "select count(*) from claims"], capture_output=True, text=True)
        assert out.stdout.strip() == str(n)
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from claims").fetchone()[0] == n
    assert conn.execute("select count(*) from articles").fetchone()[0] == doc["summary"]["articles"]
    by_verdict = dict(conn.execute("select verdict, count(*) from claims group by verdict"))
    assert by_verdict == {k: v for k, v in doc["summary"]["verdicts"].items() if v}


def test_full_text_search_finds_a_claim_by_a_word_of_its_sentence(db):
    conn = sqlite3.connect(db[0])
    rows = conn.execute("select c.article_id, c.surface from claims_fts f join claims c on c.rowid = f.rowid "
                        "where claims_fts match 'grottoes' order by c.article_id").fetchall()
    assert rows == [("000_6aac05d6371eb8e8", "over 1,500-year-old"), ("004_2c6681ad046ffadc", "over 1,500-year-old")]
    # metric and subject are indexed too
    assert conn.execute("select count(*) from claims_fts where claims_fts match 'metric:inbound'").fetchone()[0] >= 1
    assert conn.execute("select count(*) from claims_fts where claims_fts match 'subject:russia'").fetchone()[0] >= 1


def test_foreign_keys_hold_and_rows_carry_every_field(db):
    path, doc = db
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    claim = conn.execute("select * from claims where surface = '244.8 billion U.S. dollars'").fetchone()
    assert (claim["value"], claim["unit"], claim["period"], claim["verdict"]) == (244.8e9, "USD", "2024", "supported")
    assert json.loads(claim["subject"]) == ["China", "Russia"]
    ref = conn.execute("select * from reference_values where id = ?", (claim["reference_id"],)).fetchone()
    assert ref["url"].startswith("http") and ref["publisher"]
    # the disputed claim's finding keeps the reviewer's decision and the rule
    f = conn.execute("select f.* from findings f join claims c on c.rowid = f.claim_rowid "
                     "where c.surface = '97.2 percent'").fetchall()
    assert [(r["review_status"], json.loads(r["rules"])) for r in f][0] == ("disputed", ["baseline"])
    assert any(r["reason"] == "reviewed as disputed by desk: ask Shi" for r in f)
    art = conn.execute("select * from articles where id = '004_2c6681ad046ffadc'").fetchone()
    assert art["path"] == "seeds/004_2c6681ad046ffadc.txt" and art["claim_file"].endswith("004_2c6681ad046ffadc.yaml")


def test_unwritable_target_is_one_line_and_exit_2(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    r = runner.invoke(app, ["export", "--sqlite", "no/such/folder/claims.db"], env=ENV)
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("factcheck: error: no/such/folder/claims.db: cannot write")
