"""The editorial record: byte-identical re-scans, stable ids, reviews that survive."""

import json
import threading

from typer.testing import CliRunner

from factcheck import claimfile
from factcheck.cli import app

runner = CliRunner()
ENV = {"NO_COLOR": "1"}
SEED = "004_2c6681ad046ffadc"


def scan(*extra):
    r = runner.invoke(app, ["scan", "seeds", "--format", "json", "--jobs", "1", *extra], env=ENV)
    assert r.exit_code in (0, 1), r.output
    return r


def test_rescans_are_byte_identical_and_ids_stable(workspace):
    scan()
    path = workspace / "claims" / f"{SEED}.yaml"
    first = path.read_bytes()
    for _ in range(3):
        scan("--force")
        assert path.read_bytes() == first
    ids = [c.id for c in claimfile.load(path).claims]
    assert len(ids) == len(set(ids)) and all(i.startswith("c-") and len(i) == 10 for i in ids)


def test_round_trip_dump_load(workspace):
    scan()
    for p in (workspace / "claims").glob("*.yaml"):
        text = p.read_text(encoding="utf-8")
        assert claimfile.dumps(claimfile.load(p)) == text
        assert text.startswith("# yaml-language-server: $schema=")
        assert "span: [" in text


def test_claims_are_in_text_order(workspace):
    scan()
    claims = claimfile.load(workspace / "claims" / f"{SEED}.yaml").claims
    assert [c.span for c in claims] == sorted(c.span for c in claims)


def _claim_id(workspace, surface):
    cf = claimfile.load(workspace / "claims" / f"{SEED}.yaml")
    return next(c.id for c in cf.claims if c.surface == surface)


def test_scripted_review_survives_a_rescan(workspace):
    scan()
    cid = _claim_id(workspace, "97.2 percent")
    r = runner.invoke(app, ["review", "--claim", cid, "--status", "verified", "--note", "MCT uses a different 2019 base", "--by", "desk"], env=ENV)
    assert r.exit_code == 0, r.output
    scan("--force")
    cf = claimfile.load(workspace / "claims" / f"{SEED}.yaml")
    c = next(c for c in cf.claims if c.id == cid)
    assert c.review.status == "verified" and c.review.by == "desk" and c.review.note == "MCT uses a different 2019 base"
    assert c.review.at  # an ISO timestamp
    # verified no longer counts toward --fail-on inconsistent, the other inconsistent claim still does
    r = runner.invoke(app, ["report", "--format", "json", "--fail-on", "inconsistent"], env=ENV)
    doc = json.loads(r.stdout)
    assert doc["summary"]["failing"] == doc["summary"]["flagged"] - 1


def test_changed_value_returns_to_unreviewed_and_keeps_the_previous_decision(workspace):
    scan()
    cid = _claim_id(workspace, "244.8 billion U.S. dollars")
    assert runner.invoke(app, ["review", "--claim", cid, "--status", "verified", "--by", "desk"], env=ENV).exit_code == 0
    article = workspace / "seeds" / f"{SEED}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("244.8 billion U.S. dollars", "254.8 billion U.S. dollars"), encoding="utf-8")
    scan()
    cf = claimfile.load(workspace / "claims" / f"{SEED}.yaml")
    c = next(c for c in cf.claims if c.id == cid)  # the id follows the claim
    assert c.surface == "254.8 billion U.S. dollars"
    assert c.review.status == "unreviewed"
    assert c.review.previous["status"] == "verified" and c.review.previous["value"] == 244.8e9
    assert c.check.verdict == "contradicted"


def test_reviewed_claim_removed_from_the_article_is_retired_not_lost(workspace):
    scan()
    cid = _claim_id(workspace, "more than 40 times")
    assert runner.invoke(app, ["review", "--claim", cid, "--status", "disputed", "--note", "source?", "--by", "desk"], env=ENV).exit_code == 0
    article = workspace / "seeds" / f"{SEED}.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(" The two heads of state have met more than 40 times on different occasions over the years.", ""), encoding="utf-8")
    scan()
    text = (workspace / "claims" / f"{SEED}.yaml").read_text(encoding="utf-8")
    assert f"- id: {cid}" in text.split("\nretired:\n", 1)[1]
    assert "status: disputed" in text.split("\nretired:\n", 1)[1]
    assert claimfile.dumps(claimfile.load(workspace / "claims" / f"{SEED}.yaml")) == text


def test_unknown_claim_or_status_is_a_clear_error(workspace):
    scan()
    r = runner.invoke(app, ["review", "--claim", "c-deadbeef", "--status", "verified"], env=ENV)
    assert r.exit_code == 2 and "no claim with id 'c-deadbeef'" in r.stderr
    cid = _claim_id(workspace, "29 countries")
    r = runner.invoke(app, ["review", "--claim", cid, "--status", "maybe"], env=ENV)
    assert r.exit_code == 2 and "unknown review status 'maybe'" in r.stderr


def test_unreadable_claim_file_is_never_overwritten(workspace):
    scan()
    path = workspace / "claims" / f"{SEED}.yaml"
    path.write_text("article: [broken\n", encoding="utf-8")
    r = runner.invoke(app, ["scan", "seeds", "--format", "json", "--force"], env=ENV)
    assert r.exit_code == 2
    assert f"{SEED}.yaml" in r.stderr and "not overwritten" in r.stderr
    assert path.read_text(encoding="utf-8") == "article: [broken\n"


def test_concurrent_scans_leave_whole_files(workspace):
    from factcheck.config import Settings
    from factcheck.pipeline import scan_paths

    settings = Settings(claims_dir=workspace / "claims", reference_dir=workspace / "reference", jobs=1, force=True)
    errors = []

    def run():
        try:
            result = scan_paths([workspace / "seeds"], settings)
            errors.extend(result.errors)
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for p in (workspace / "claims").glob("*.yaml"):
        claimfile.load(p)  # parses: never half-written
    assert not list((workspace / "claims").glob(".*.tmp"))


def test_unchanged_articles_are_skipped_but_rechecked(workspace):
    from factcheck.config import Settings
    from factcheck.pipeline import scan_paths

    settings = Settings(claims_dir=workspace / "claims", reference_dir=workspace / "reference", jobs=1)
    first = scan_paths([workspace / "seeds"], settings)
    assert len(first.written) == 2 and not first.skipped
    again = scan_paths([workspace / "seeds"], settings)
    assert len(again.skipped) == 2 and not again.written


def test_jobs_2_output_identical_to_jobs_1(workspace):
    a = runner.invoke(app, ["scan", "seeds", "--format", "json", "--dry-run", "--jobs", "1"], env=ENV).stdout
    b = runner.invoke(app, ["scan", "seeds", "--format", "json", "--dry-run", "--jobs", "2"], env=ENV).stdout
    assert json.loads(a)["articles"] == json.loads(b)["articles"]


def test_rescan_fast_path_still_sees_reference_and_review_changes(workspace):
    scan()
    cache = workspace / "claims" / ".factcheck-cache"
    assert (cache / "claims.marshal").exists() and (cache / ".gitignore").exists()
    cid = _claim_id(workspace, "244.8 billion U.S. dollars")
    assert runner.invoke(app, ["review", "--claim", cid, "--status", "disputed", "--by", "desk"], env=ENV).exit_code == 0
    doc = json.loads(scan().stdout)
    c = next(c for a in doc["articles"] for c in a["claims"] if c["id"] == cid)
    assert c["review"]["status"] == "disputed"  # the cache entry was stale: the file changed
    ref = workspace / "reference" / "china-russia.yaml"
    ref.write_text(ref.read_text(encoding="utf-8").replace("value: 244.8\n", "value: 250.1\n", 1), encoding="utf-8")
    doc = json.loads(runner.invoke(app, ["scan", "seeds", "--format", "json"], env=ENV).stdout)
    c = next(c for a in doc["articles"] for c in a["claims"] if c["id"] == cid)
    assert c["check"]["verdict"] == "contradicted"  # new reference data: re-checked


def test_json_report_writes_each_claim_as_its_claim_file_fields_in_builtin_types(workspace):
    # the JSON report leaves the flow-style lists and maps (and tuples) of claim_to_dict
    # to json rather than copying them into builtin types: the text must be the same
    from factcheck.report.json import article_dict

    scan()
    cfs = [claimfile.load(p) for p in sorted((workspace / "claims").glob("*.yaml"))]
    claims = [c for cf in cfs for c in cf.claims]
    assert any(c.subject for c in claims) and any(claimfile.context_of(c) for c in claims)
    for cf in cfs:
        fast = json.dumps(article_dict(cf)["claims"], ensure_ascii=False)
        assert fast == json.dumps([claimfile.plain(claimfile.claim_to_dict(c)) for c in cf.claims], ensure_ascii=False)
        assert json.loads(fast) == [claimfile.plain(claimfile.claim_to_dict(c)) for c in cf.claims]
