"""extract(article) → [Claim]: the extraction stage (see claims.py for the pipeline of rules).

The package's modules load lazily, so that `factcheck.extract.units` (which reference
loading needs) does not compile the extraction grammar: a re-scan of unchanged articles
never extracts, and should not pay for it.
"""

from __future__ import annotations

from typing import Optional

from factcheck.models import Article, Claim

__all__ = ["extract"]


def extract(article: Article, fiscal_years: Optional[dict] = None) -> list[Claim]:
    from factcheck.extract.claims import extract as extract_claims

    return extract_claims(article, fiscal_years)
