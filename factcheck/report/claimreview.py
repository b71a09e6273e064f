"""schema.org ClaimReview JSON-LD for the claims a reviewer has decided on."""

from __future__ import annotations

import json

from factcheck.models import ClaimFile, ReviewStatus

# Review decision → (rating value on a 1..5 scale, alternate name)
RATINGS = {
    ReviewStatus.VERIFIED.value: (5, "True"),
    ReviewStatus.DISPUTED.value: (2, "Disputed"),
    ReviewStatus.FALSE.value: (1, "False"),
}


def render_claimreview(files: list[ClaimFile]) -> str:
    reviews = []
    for cf in files:
        for c in cf.claims:
            rating = RATINGS.get(c.review.status)
            if rating is None:
                continue
            item = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": c.sentence,
                "reviewBody": c.review.note or "; ".join(c.check.reasons) or None,
                "datePublished": (c.review.at or "")[:10] or None,
                "author": {"@type": "Person", "name": c.review.by} if c.review.by else None,
                "itemReviewed": {
                    "@type": "Claim",
                    "text": c.surface,
                    "datePublished": cf.date,
                    "appearance": {"@type": "CreativeWork", "name": cf.article.get("title") or cf.id,
                                   "url": cf.article.get("path")},
                },
                "reviewRating": {"@type": "Rating", "ratingValue": rating[0], "bestRating": 5, "worstRating": 1,
                                 "alternateName": rating[1]},
                "identifier": c.id,
            }
            if c.check.reference:
                item["isBasedOn"] = c.check.source or c.check.reference
            reviews.append({k: v for k, v in item.items() if v is not None})
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
