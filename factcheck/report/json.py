"""One JSON document: {articles: [{article, claims}], summary}."""

from __future__ import annotations

import json
from typing import Optional

from factcheck.claimfile import claim_to_dict
from factcheck.models import ClaimFile, FailOn
from factcheck.summary import RunSummary


def article_dict(cf: ClaimFile) -> dict:
    article = {k: v for k, v in cf.article.items() if not k.startswith("__")}
    # the claim-file fields; json writes their flow-style lists and maps (subclasses of
    # list and dict) and tuples as it would the builtin types, so no copy is needed
    claims = [claim_to_dict(c) for c in cf.claims]
    return {"article": article, "claim_file": cf.path, "claims": claims}


def render_json(files: list[ClaimFile], summary: RunSummary, fail_on: FailOn, indent: Optional[int] = None) -> str:
    """Compact by default: json's C encoder only runs without indent, and the indented
    encoder costs more than extracting the claims on a large corpus (pipe to `jq` to read)."""
    doc = {"articles": [article_dict(cf) for cf in files], "summary": summary.to_dict(fail_on)}
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"
