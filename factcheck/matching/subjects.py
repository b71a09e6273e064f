"""Subject agreement: whether a claim names the places a reference is about, in any of
their names (spellings, demonyms, ISO codes)."""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from factcheck.models import Claim, Reference

#: Flows between two parties: a claim naming two subjects states the bilateral figure.
RELATIONAL = frozenset({"trade", "export", "import", "investment", "flight", "visit", "tourist", "trip", "deal", "aid",
                        "loan", "balance", "shipment", "remittance"})
_RELATIONAL = RELATIONAL


# Names in context._ALIASES that are not another name of the place: its seat of government or
# parliament, a city or a part of it (a reference for "Beijing" is the city's, for "England"
# England's).
_NOT_THE_PLACE = frozenset({"Beijing", "Moscow", "Kremlin", "Washington", "New Delhi", "Tokyo", "London", "Brussels",
                            "England", "Nitijela", "Majuro", "ASG", "Pago Pago", "Palikir", "American continent"})


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Every other name of a country or union, lower-cased, to the one the extractor gives a
    claim's subject: its other spellings and abbreviations ("Viet Nam", "St Kitts and Nevis",
    "UAE"), its demonyms ("Kenyan") and its ISO 3166 codes ("KE", "KEN", kept to upper case
    in `_canon`), so that a reference for any of them meets a claim about the place."""
    from factcheck.extract.context import other_names

    names = {v.lower(): place.lower() for v, place in other_names().items() if v not in _NOT_THE_PLACE}
    return {**_SHORT_NAMES, **names}


# A country of two named parts, called by the first alone in news copy ("exports from Bosnia")
_SHORT_NAMES = {"bosnia": "bosnia and herzegovina", "antigua": "antigua and barbuda"}


@functools.lru_cache(maxsize=1)
def _area_codes() -> dict[str, str]:
    from factcheck.importing.series import codes

    return {code: name.lower() for code, (name, _currency) in codes()["area_index"].items()
            if isinstance(code, str) and code.isupper()}


def _canon(names: Iterable[str]) -> frozenset[str]:
    """The places named, each by the name the extractor gives it. Asked for every pair of
    a claim and a candidate reference: read once per list of names (a reference's, a
    claim's subject)."""
    return _canon_of(tuple(names))


@functools.lru_cache(maxsize=4096)
def _canon_of(names: tuple) -> frozenset[str]:
    variants, codes = _variants(), _area_codes()
    return frozenset(codes.get(n) or variants.get(n.lower(), n.lower()) for n in names)


def subjects_overlap(claim: Claim, ref: Reference) -> Optional[bool]:
    """True when the claim names every subject of the reference (China–Russia trade is
    not China–US trade); None when the claim names none (it may still match a unique
    reference)."""
    if not ref.subject:
        return True
    if not claim.subject:
        return None
    named = _canon(claim.subject)
    return all(n in named or any(_one_name(n, c) for c in named) for n in _canon(ref.subject))


# Nouns that name a place's own government, area or gateway: 'the American Samoa Government'
# and 'the Port of Cotonou' are what a text naming 'American Samoa' or 'Cotonou' reports on.
# Not banks, funds or companies: 'Bank of China' is not China.
_OWN_BODIES = frozenset({"government", "administration", "region", "province", "county", "district", "port",
                         "harbour", "harbor", "airport", "coast"})
_NAME_WORDS = re.compile(r"[\w'’.-]+")
_NOT_INITIALS = frozenset({"of", "the", "and", "for", "&"})


@functools.lru_cache(maxsize=4096)
def _one_name(a: str, b: str) -> bool:
    """Two names of one subject that the gazetteer does not list: one the initials of the
    other ('IMF', 'International Monetary Fund'), or one the other with a noun of its own
    government, area or gateway ('Turks and Caicos Islands Government', 'Port of Cotonou')."""
    wa, wb = _NAME_WORDS.findall(a), _NAME_WORDS.findall(b)
    for short, long_ in ((wa, wb), (wb, wa)):
        initials = "".join(w[0] for w in long_ if w not in _NOT_INITIALS)
        if len(short) == 1 and len(long_) >= 2 and len(initials) >= 2 and short[0] == initials:
            return True
    core_a = [w for w in wa if w not in _OWN_BODIES and w not in _NOT_INITIALS]
    core_b = [w for w in wb if w not in _OWN_BODIES and w not in _NOT_INITIALS]
    return bool(core_a) and core_a == core_b and wa != wb
