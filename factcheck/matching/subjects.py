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


# Names in placenames.ALIASES that are not another name of the place: its seat of government or
# parliament, a city or a part of it (a reference for "Beijing" is the city's, for "England"
# England's).
_NOT_THE_PLACE = frozenset({"Beijing", "Moscow", "Kremlin", "Washington", "New Delhi", "Tokyo", "London", "Brussels",
                            "England", "Nitijela", "Majuro", "ASG", "Pago Pago", "Palikir", "American continent"})


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Every other name of a country or union, lower-cased, to the one the extractor gives a
    claim's subject: its other spellings and abbreviations ("Viet Nam", "St Kitts and Nevis",
    "UAE"), its demonyms ("Kenyan") and its ISO 3166 codes ("KE", "KEN", kept to upper case
    in `canonical_subject`), so that a reference for any of them meets a claim about the place."""
    from factcheck.extract.placenames import other_names

    names = {v.lower(): place.lower() for v, place in other_names().items() if v not in _NOT_THE_PLACE}
    return {**_SHORT_NAMES, **names}


# A country of two named parts, called by the first alone in news copy ("exports from Bosnia")
_SHORT_NAMES = {"bosnia": "bosnia and herzegovina", "antigua": "antigua and barbuda"}


@functools.lru_cache(maxsize=1)
def _area_codes() -> dict[str, str]:
    from factcheck.importing.series import codes

    return {code: name.lower() for code, (name, _currency) in codes()["area_index"].items()
            if isinstance(code, str) and code.isupper()}


def canonical_subject(names: Iterable[str]) -> frozenset[str]:
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
    not China–US trade), or its own sentence names the body among them that it leaves out
    (`_body_named`); None when the claim names none (it may still match a unique reference)."""
    if not ref.subject:
        return True
    if not claim.subject:
        return None
    missing = _unnamed(claim, ref)
    if not missing:
        return True
    named = canonical_subject(claim.subject)
    # a claim naming a place of its own that the reference lacks ('Kedah' against 'Penang') is
    # that place's figure, whatever else its sentence names
    theirs = canonical_subject(ref.subject)
    if any(c not in theirs and c not in _countries() for c in named):
        return False
    return all(_body_named(name, claim.sentence) for name in missing)


def names_every_subject(claim: Claim, ref: Reference) -> bool:
    """The claim's own subjects name every subject of the reference (no body its sentence
    names is needed): of two references that fit alike, the one the claim names itself."""
    return not ref.subject or bool(claim.subject) and not _unnamed(claim, ref)


def _unnamed(claim: Claim, ref: Reference) -> list[str]:
    """The reference's subjects the claim's own subjects do not name, in any of their names."""
    named = canonical_subject(claim.subject)
    return [name for name in ref.subject for n in canonical_subject([name])
            if not (n in named or any(_one_name(n, c) for c in named))]


def _body_named(name: str, sentence: Optional[str]) -> bool:
    """A reference's subject that is a body ('Saudi Ports Authority (Mawani)', 'National Fund
    of Kazakhstan', 'Toyota (Indus Motor)'), which the claim's own sentence names: by its full
    name, by its name without the place it belongs to ('the National Fund'), or by the short
    name or initials it goes by ('Mawani', 'NRF'). The reader gives a figure its place, not the
    body it reports on; the sentence naming that body says whose figure it is."""
    return bool(sentence) and _is_body(name) and any(p.search(sentence) for p in _body_patterns(name))


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset:
    from factcheck.extract.placenames import COUNTRY_SET

    return frozenset(n.lower() for n in COUNTRY_SET)


def _is_place(name: str) -> bool:
    """A name the gazetteer knows: a country or union in any of its names, or an area code."""
    return name.lower() in _variants() or name.lower() in _countries() or name in _area_codes()


@functools.lru_cache(maxsize=1024)
def _is_body(name: str) -> bool:
    """A name with a noun of an institution, an enterprise or a place's own area or gateway
    ('Authority', 'Fund', 'Motor', 'Port', 'County'), and no place the gazetteer knows."""
    return not _is_place(name) and any(w.lower() in _BODY_NOUNS for w in _NAME_WORDS.findall(name))


_BRACKETED = re.compile(r"\s*\(([^()]+)\)\s*")


@functools.lru_cache(maxsize=1024)
def _body_patterns(name: str) -> tuple:
    """The names a body goes by in a sentence (`_body_named`): a name of several words in any
    case, a one-word name, a short name or initials as printed."""
    short = [s.strip() for s in _BRACKETED.findall(name)]
    full = _BRACKETED.sub(" ", name).strip()
    names = {full}
    # 'National Fund of Kazakhstan' is 'the National Fund' in a text about Kazakhstan
    own = re.sub(r"\s+of\s+(?:the\s+)?(.+)$", lambda m: "" if _is_place(m.group(1)) else m.group(0), full)
    if own != full and len(own.split()) >= 2:
        names.add(own)
    initials = "".join(w[0] for w in _NAME_WORDS.findall(full) if w.lower() not in _NOT_INITIALS and w[:1].isupper())
    out = [re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, n.split())) + r"(?![\w-])", re.I)
           for n in names if len(n.split()) >= 2]
    out += [re.compile(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])") for s in [*names, *short, initials]
            if len(s.split()) == 1 and len(s) >= 3 and s[:1].isupper()]
    # "the Fund recorded a profit", "the Bank's net purchases": a text that has named the body
    # goes on to call it by the definite noun its name is headed by
    noun = _head_noun(full)
    if noun:
        out.append(re.compile(r"(?<![\w-])the\s+" + re.escape(noun) + r"(?![\w-])", re.I))
    return tuple(out)


def _head_noun(name: str) -> Optional[str]:
    """The noun of an institution or enterprise a body's name is headed by: the last word of
    a name before any 'of' ('National Fund of Kazakhstan', 'Central Bank of The Bahamas',
    'Saudi Ports Authority'); none for a place's own area or government ('the region' is any
    region) or a name of one word."""
    words_ = _NAME_WORDS.findall(re.split(r"\s+of\s+", name, maxsplit=1)[0])
    last = words_[-1].lower() if len(words_) >= 2 else ""
    return last if last in _BODY_NOUNS and last not in _OWN_BODIES else None


# Nouns that name a place's own government, area or gateway: 'the American Samoa Government'
# and 'the Port of Cotonou' are what a text naming 'American Samoa' or 'Cotonou' reports on.
# Not banks, funds or companies: 'Bank of China' is not China.
_OWN_BODIES = frozenset({"government", "administration", "region", "province", "county", "district", "port",
                         "harbour", "harbor", "airport", "coast"})
_NAME_WORDS = re.compile(r"[\w'’.-]+")
_NOT_INITIALS = frozenset({"of", "the", "and", "for", "&"})
# the nouns a body's name holds: an institution's, an enterprise's, and a place's own
# government, area or gateway
_BODY_NOUNS = _OWN_BODIES | frozenset({
    "authority", "fund", "bank", "company", "corporation", "group", "board", "agency", "bureau", "commission",
    "ministry", "department", "office", "council", "chamber", "institute", "service", "motor", "motors", "airline",
    "airlines", "airways", "holdings", "limited", "ltd", "inc", "plc", "terminal", "canal", "enterprise",
    "enterprises", "association", "exchange", "treasury", "trust"})


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
    # 'Hyundai' for 'Hyundai Motor', 'Emirates' for 'Emirates Group': a firm's name without the
    # nouns of an enterprise it ends with, itself no place
    for short, long_ in ((wa, wb), (wb, wa)):
        trimmed = list(long_)
        while len(trimmed) > 1 and trimmed[-1] in _BODY_NOUNS and trimmed[-1] not in _OWN_BODIES:
            trimmed.pop()
        if short and trimmed == short and len(trimmed) < len(long_) and not _is_place(" ".join(short)):
            return True
    core_a = [w for w in wa if w not in _OWN_BODIES and w not in _NOT_INITIALS]
    core_b = [w for w in wb if w not in _OWN_BODIES and w not in _NOT_INITIALS]
    return bool(core_a) and core_a == core_b and wa != wb
