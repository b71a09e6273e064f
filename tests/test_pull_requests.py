"""Findings in pull requests: SARIF 2.1.0 validated against the published OASIS schema,
and GitHub workflow commands that parse, escaped as GitHub's runner unescapes them."""

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import decide
from factcheck.cli import app
from factcheck.report.github import command, escape_data, escape_property

runner = CliRunner()
ENV = {"NO_COLOR": "1"}
SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
# ::kind key=value,key=value::message, as the runner reads it (properties hold no raw ':' or ',')
COMMAND = re.compile(r"^::(error|warning|notice)(?: ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*))?::(.*)$")


def unescape(text: str) -> str:
    """What GitHub's runner does to a value (actions/runner ActionCommand.Unescape)."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse(line: str) -> tuple[str, dict, str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
    return m.group(1), {k: unescape(v) for k, v in props.items()}, unescape(m.group(3))


@pytest.fixture
def scanned(workspace):
    assert runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).exit_code == 0
    return workspace


def test_sarif_from_the_seeds_validates_against_the_schema(scanned):
    jsonschema = pytest.importorskip("jsonschema")
    # one flag settled by a review (kept as a suppressed result), one reviewed as false
    decide("97.2 percent", "verified")
    decide("93.5 percent", "false", "x")
    r = runner.invoke(app, ["report", "--format", "sarif"], env=ENV)
    assert r.exit_code == 1  # the claim reviewed as false fails the run
    doc = json.loads(r.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    run = doc["runs"][0]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["baseline"]
    results = {r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]: r for r in run["results"]}
    verified, false = results["97.2 percent"], results["93.5 percent"]
    assert verified["level"] == "note" and verified["suppressions"][0]["status"] == "accepted"
    assert false["level"] == "error" and "suppressions" not in false
    loc = false["locations"][0]["physicalLocation"]
    # on the article's line, not the claim file's
    assert loc["artifactLocation"]["uri"] == "seeds/004_2c6681ad046ffadc.txt"
    line = Path("seeds/004_2c6681ad046ffadc.txt").read_text(encoding="utf-8").splitlines()[loc["region"]["startLine"] - 1]
    col = loc["region"]["startColumn"]
    assert line[col - 1: loc["region"]["endColumn"] - 1] == "93.5 percent"
    assert false["ruleIndex"] == 0 and false["ruleId"] == "baseline"


def test_github_lines_parse_as_workflow_commands_on_the_article_lines(scanned):
    r = runner.invoke(app, ["report", "--format", "github", "--fail-on", "inconsistent"], env=ENV)
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        kind, props, message = parse(line)
        assert kind == "error"  # at or above --fail-on inconsistent
        assert props["file"] == "seeds/004_2c6681ad046ffadc.txt" and props["line"] == "30"
        assert props["title"] == "factcheck: inconsistent (baseline)"
        text = Path(props["file"]).read_text(encoding="utf-8").splitlines()[int(props["line"]) - 1]
        surface = message.split(":", 1)[0]
        assert text[int(props["col"]) - 1: int(props["endColumn"]) - 1] == surface
        assert "implied 2019 level" in message and "\n" in message  # the sentence follows the reasons
    # below the threshold a finding is a warning
    warn = runner.invoke(app, ["report", "--format", "github"], env=ENV)
    assert {parse(line)[0] for line in warn.stdout.splitlines()} == {"warning"}


def test_github_escaping_round_trips_awkward_text():
    path = "articles/50%, not 5:0.txt"
    message = "share: 52.7% of the total\r\nline two, with a comma: and a colon"
    line = command("error", message, file=path, line=3, col=7, title="factcheck: contradicted (reference, share)")
    assert "\n" not in line and "\r" not in line
    kind, props, text = parse(line)
    assert (kind, props["file"], props["title"], text) == ("error", path, "factcheck: contradicted (reference, share)", message)
    assert escape_data("100%\n") == "100%25%0A" and escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_settled_flags_are_not_annotated_and_unreadable_input_is(scanned):
    for surface in ("97.2 percent", "93.5 percent"):
        decide(surface, "ignored")
    (scanned / "seeds" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    r = runner.invoke(app, ["scan", "seeds", "--format", "github"], env=ENV)
    assert r.exit_code == 2
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    kind, props, message = parse(lines[0])
    assert kind == "error" and props["file"].endswith("bad.txt")


def test_workflow_in_docs_scans_annotates_and_fails_on_unreviewed_contradictions(root):
    yaml = pytest.importorskip("yaml")
    path = root / "docs" / "github-workflow.yml"
    flow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "pull_request" in flow[True] or "pull_request" in flow.get("on", {})
    steps = [s.get("run", "") for job in flow["jobs"].values() for s in job["steps"]]
    script = "\n".join(steps)
    assert "--format github" in script and "--fail-on contradicted" in script and "--format sarif" in script
