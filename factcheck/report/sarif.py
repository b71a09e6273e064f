"""SARIF 2.1.0 (OASIS), the format code-scanning tools read: each finding is a result on
the article's line and column, its rule ids are the run's rules, and a flag that a
reviewer verified or ignored is kept as a result with an accepted external suppression,
so that a SARIF viewer shows the baseline as GitHub and VS Code expect."""

from __future__ import annotations

import json
from urllib.parse import quote

from factcheck import __version__
from factcheck.models import ClaimFile, FailOn
from factcheck.report.findings import findings, level, reasons, rule_description, rule_ids

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def render_sarif(files: list[ClaimFile], fail_on: FailOn) -> str:
    rules: list[dict] = []
    index: dict[str, int] = {}
    results = []
    for f in findings(files, include_settled=True):
        c = f.claim
        ids = rule_ids(c)
        for rule in ids:
            if rule not in index:
                index[rule] = len(rules)
                rules.append({"id": rule, "name": rule.replace("-", " ").title().replace(" ", ""),
                              "shortDescription": {"text": rule_description(rule)},
                              "defaultConfiguration": {"level": "error" if rule == "reference" else "warning"}})
        why = reasons(c)
        text = f"{c.check.verdict}: {c.surface}" + (" — " + "; ".join(why) if why else "")
        region: dict = {"startLine": max(1, c.line or 1)}
        if c.column:
            region.update(startColumn=c.column, endColumn=c.column + len(c.surface))
        region["snippet"] = {"text": c.surface}
        result = {
            "ruleId": ids[0],
            "ruleIndex": index[ids[0]],
            "level": level(c, fail_on),
            "message": {"text": text},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(f.path, safe="/")}, "region": region}}],
            # stable across re-scans: the claim id hashes the claim's text and place
            "partialFingerprints": {"factcheckClaim/v1": f"{f.cf.id}/{c.id}"},
            "properties": {"claimId": c.id, "claimFile": f.cf.path, "verdict": c.check.verdict,
                           "review": c.review.status, "rules": ids, "metric": c.metric, "period": c.period,
                           "expected": c.check.expected, "reference": c.check.reference},
        }
        if level(c, fail_on) == "note":
            note = f": {c.review.note}" if c.review.note else ""
            result["suppressions"] = [{"kind": "external", "status": "accepted",
                                       "justification": f"reviewed as {c.review.status} by {c.review.by or 'unknown'}{note}"}]
        results.append(result)
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
