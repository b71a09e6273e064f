"""Role and dimension agreement: a level matches a level, a growth rate a growth rate."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.patterns import lazy
from factcheck.models import Claim, Reference

# Roles that can be compared: a level with a level, a growth rate with a growth rate. A
# rate and a share are both proportions (annotators and publishers use either word).
_ROLE_GROUPS = {"level": "level", "count": "level", "share": "proportion", "rate": "proportion",
                "growth": "growth", "change": "change", "ratio": "ratio", "rank": "rank", "span": "span"}


# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_GROWTH_WORDS = lazy(r"\b(?:growth|increase|rise|gain|decline|decrease|fall|drop|contraction|expansion)\b", re.I)
_CHANGE_WORDS = re.compile(r"\bchange\b", re.I)
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_SHARE_WORDS = lazy(r"\b(?:share|proportion|percentage)\b", re.I)


def reference_role(ref: Reference) -> Optional[str]:
    """The role a reference states, or the one its metric names ('real GDP growth' is a
    growth, 'share of exports' a share); None when neither says."""
    if ref.role and ref.role not in ("start_year", "end_year"):
        return ref.role
    return _metric_role(ref.metric, ref.unit_code)


@functools.lru_cache(maxsize=1024)
def _metric_role(metric: str, unit_code: str) -> Optional[str]:
    """The role a reference's metric names in its unit (asked for every reference a claim
    is matched against, of the same few metrics: read once each)."""
    percent = unit_code in ("percent", "percentage_point")
    if _GROWTH_WORDS.search(metric):
        return "growth" if unit_code == "percent" else "change"
    if _CHANGE_WORDS.search(metric) or unit_code == "percentage_point":
        return "change"
    if _SHARE_WORDS.search(metric) and percent:
        return "share"
    return None


def roles_agree(claim: Claim, ref: Reference) -> bool:
    """A growth rate matches a growth reference, a level a level. A reference that states no
    role (and whose metric names none) is a level, or in percent any proportion or rate;
    so an absolute change never matches it."""
    rr = reference_role(ref)
    cr = claim.role
    if rr is None:
        return cr != "change" or ref.unit_code in ("percent", "percentage_point")
    if cr is None:
        return True
    return _role_group(cr, claim.unit) == _role_group(rr, ref.unit_code)


def _role_group(role: str, unit: Optional[str]) -> str:
    """The group a role is compared in. An amount per unit ('EUR 2,398.8 a month', '€490.9 per
    tourist', '$2.87 per kg') is the level of that quantity, called a rate by some and a level
    by others; its unit keeps it apart from any total, whose dimension differs. So is a rate
    in any unit but percent ('505,006 arrivals a week', 'a rate of 40 ships a day'): only a
    percentage can be a proportion."""
    if role == "rate" and unit and ("/" in unit or unit not in ("percent", "percentage_point")):
        return "level"
    return _ROLE_GROUPS.get(role, role)


def same_dimension(claim: Claim, ref: Reference) -> bool:
    from factcheck.extract.units import dimension

    if claim.unit == ref.unit_code:
        return True
    return dimension(claim.unit) == dimension(ref.unit_code)
