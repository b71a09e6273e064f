"""`factcheck reference add --from-claim`: one step from a claim to a reference."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.references import load_references

runner = CliRunner()
EUROSTAT = "https://ec.europa.eu/eurostat/databrowser/view/nama_10_gdp/default/table"


def scan(tmp_path, text: str) -> dict:
    art = tmp_path / "articles" / "lux.txt"
    art.parent.mkdir(parents=True, exist_ok=True)
    art.write_text(text)
    r = runner.invoke(app, ["scan", str(art), "--claims-dir", str(tmp_path / "claims"), "--reference-dir",
                            str(tmp_path / "reference"), "--format", "json", "--fail-on", "never", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    return {c["surface"]: c for c in json.loads(r.stdout)["articles"][0]["claims"]}


def add(tmp_path, claim_id: str, *extra: str):
    return runner.invoke(app, ["reference", "add", "--from-claim", claim_id, "--claims-dir", str(tmp_path / "claims"),
                               "--reference-dir", str(tmp_path / "reference"), *extra])


LUX = "date 2015-10-20\n\nLuxembourg's GDP reached 51.8 billion euros in 2014, official figures show.\n"
# Eurostat, nama_10_gdp: Luxembourg, GDP at market prices, current prices, 2014: 51,791.3 million euro
FIGURE = ["--value", "51791.3", "--unit", "million EUR", "--url", EUROSTAT, "--publisher", "Eurostat"]


def test_add_from_claim_writes_a_new_topic_file_and_rechecks(tmp_path):
    (tmp_path / "reference").mkdir()
    claim = scan(tmp_path, LUX)["51.8 billion euros"]
    assert claim["check"]["verdict"] == "unverified"
    result = add(tmp_path, claim["id"], *FIGURE)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        "added luxembourg-gdp-2014 to " + (tmp_path / "reference" / "luxembourg-gdp.yaml").as_posix(),
        f"{claim['id']}: unverified → supported (51.79 billion EUR)"]
    ref = load_references(tmp_path / "reference").by_id("luxembourg-gdp-2014")
    assert (ref.metric, ref.subject, ref.period, ref.value) == ("GDP", ["Luxembourg"], "2014", 51791.3e6)
    assert ref.source == {"publisher": "Eurostat", "url": EUROSTAT}
    # the claim file on disk carries the new verdict
    saved = (tmp_path / "claims" / "lux.yaml").read_text()
    assert "verdict: supported" in saved and "reference: luxembourg-gdp-2014" in saved


def test_add_appends_to_the_file_holding_the_topic_keeping_its_comments(tmp_path):
    ref_dir = tmp_path / "reference"
    ref_dir.mkdir()
    existing = ("# National accounts, hand-curated.\nsource: {publisher: Eurostat, url: '" + EUROSTAT + "'}\n"
                "references:\n  - id: lu-gdp-2013\n    metric: GDP\n    subject: [Luxembourg]\n    period: '2013'\n"
                "    value: 49094.5\n    unit: million EUR\n")
    (ref_dir / "national-accounts.yaml").write_text(existing)
    claim = scan(tmp_path, LUX)["51.8 billion euros"]
    result = add(tmp_path, claim["id"], *FIGURE)
    assert result.exit_code == 0, result.output
    text = (ref_dir / "national-accounts.yaml").read_text()
    assert text.startswith(existing)  # comments and entries untouched; the new one appended
    assert "  - id: luxembourg-gdp-2014\n    metric: GDP\n" in text
    assert [r.id for r in load_references(ref_dir).references] == ["lu-gdp-2013", "luxembourg-gdp-2014"]


def test_add_refuses_bad_input_and_writes_nothing(tmp_path):
    (tmp_path / "reference").mkdir()
    claim = scan(tmp_path, LUX)["51.8 billion euros"]
    bad_unit = add(tmp_path, claim["id"], "--value", "51791.3", "--unit", "milion EUR", "--url", EUROSTAT,
                   "--publisher", "Eurostat")
    assert bad_unit.exit_code == 2 and "unit 'milion EUR' is not a unit pint knows" in bad_unit.stderr
    bad_period = add(tmp_path, claim["id"], *FIGURE, "--period", "2014-13")
    assert bad_period.exit_code == 2 and "period '2014-13' is not well formed" in bad_period.stderr
    no_claim = add(tmp_path, "c-00000000", *FIGURE)
    assert no_claim.exit_code == 2 and "no claim with id 'c-00000000'" in no_claim.stderr
    assert list((tmp_path / "reference").iterdir()) == []
    assert "Traceback" not in bad_unit.output + bad_period.output + no_claim.output


def test_add_refuses_a_conflicting_value(tmp_path):
    (tmp_path / "reference").mkdir()
    claim = scan(tmp_path, LUX)["51.8 billion euros"]
    assert add(tmp_path, claim["id"], *FIGURE).exit_code == 0
    again = add(tmp_path, claim["id"], "--value", "60000", "--unit", "million EUR", "--url", EUROSTAT,
                "--publisher", "Eurostat", "--id", "lu-gdp-2014-other")
    assert again.exit_code == 2 and "give different values" in again.stderr
    assert "lu-gdp-2014-other" not in (tmp_path / "reference" / "luxembourg-gdp.yaml").read_text()
    # the refused write leaves no temporary file behind
    assert [p.name for p in (tmp_path / "reference").iterdir()] == ["luxembourg-gdp.yaml"]


def test_review_key_r_adds_the_reference_and_rechecks(tmp_path):
    (tmp_path / "reference").mkdir()
    claim = scan(tmp_path, LUX)["51.8 billion euros"]
    answers = "\n".join(["r", "51791.3", "million EUR", EUROSTAT, "Eurostat", "", "v", "q"]) + "\n"
    r = runner.invoke(app, ["review", "--all", "--by", "desk", "--claims-dir", str(tmp_path / "claims"),
                            "--reference-dir", str(tmp_path / "reference")],
                      input=answers, env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert "[r]eference" in r.stdout
    assert "added luxembourg-gdp-2014 to" in r.stdout and "unverified → supported" in r.stdout
    assert (tmp_path / "reference" / "luxembourg-gdp.yaml").exists()
    saved = (tmp_path / "claims" / "lux.yaml").read_text()
    assert "reference: luxembourg-gdp-2014" in saved and "status: verified" in saved and claim["id"] in saved
