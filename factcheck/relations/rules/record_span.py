"""An "N-year low" (or "the highest in N years", "for the first time in N years") against the
"since <time>" its own text gives for the same record, in the same sentence or the next: the
span from the claim's period to that time must be N, one either way for a month or a season
at either end ("a 32-year low ... the lowest since summer 1975" of a 2017 figure is 42)."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from factcheck.models import Article, Claim

_HIGH = r"highest|strongest|fastest|biggest|largest|most|high|peak"
_LOW = r"lowest|weakest|slowest|smallest|fewest|least|low|trough"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}

# right after the claim: "32-year" + "low", "32-year record high"
_YEAR_ADJECTIVE_RECORD = re.compile(rf"^\s+(?:record\s+)?({_HIGH}|{_LOW})\b(?!-)", re.I)  # not "high-yield"
# before the claim "N years": "the lowest level in", "its highest for the past", "the first time in"
_SUPERLATIVE_BEFORE = re.compile(rf"\b({_HIGH}|{_LOW}|first\s+time)\b(?:\s+[\w'-]+){{0,3}}?\s+(?:in|for|over)\s+"
                                 r"(?:(?:the|a)\s+)?(?:past\s+|last\s+|previous\s+)?$", re.I)
_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_TIME = (r"(?:(?:the\s+)?(?:early|mid|late|end\s+of|start\s+of|beginning\s+of|summer|spring|autumn|fall|winter)"
         rf"[\s-]+(?:of\s+)?)?(?:(?:{_MONTH})\.?\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")
# "the lowest since summer 1975", "a level not seen since 1975", "for the first time since 2019"
_SINCE = re.compile(rf"\b(?:({_HIGH}|{_LOW})\b(?!-)(?:\s+[\w'-]+){{0,3}}?|(first\s+time)|(not\s+(?:been\s+)?seen))"
                    rf"\s+since\s+{_TIME}", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’']|$)")


def _record(word: str) -> str:
    w = word.lower()
    if w.startswith("first"):
        return "first"
    return "high" if re.fullmatch(_HIGH, w) else "low"


def _span_years(c: Claim, local: tuple[int, int]) -> Optional[tuple[int, str]]:
    """(N, record) when the claim is the N of an N-year record; None otherwise."""
    s = c.sentence
    m = re.fullmatch(r"(\w+)-years?", c.surface.strip(), re.I)
    if m:
        after = _YEAR_ADJECTIVE_RECORD.match(s[local[1]:])
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
        return (n, _record(after.group(1))) if after and n else None
    if c.unit != "year" or re.search(r"decade", c.surface, re.I) or not re.search(r"\byears?$", c.surface, re.I):
        return None
    before = _SUPERLATIVE_BEFORE.search(s[max(0, local[0] - 60): local[0]])
    return (int(c.value), _record(before.group(1))) if before and c.value == int(c.value) else None


def _since(text: str, record: str) -> Optional[int]:
    """The year of the one 'since <time>' of the same record in the text, if there is exactly one."""
    years = set()
    for m in _SINCE.finditer(text):
        kind = "first" if m.group(2) else ("seen" if m.group(3) else _record(m.group(1)))
        if kind == record or (kind == "seen" and record != "first"):
            years.add(int(m.group(4)))
    return years.pop() if len(years) == 1 else None


def _next_sentence(c: Claim, article: Optional[Article]) -> Optional[str]:
    start = c.context.get("sentence_start")
    if article is None or not isinstance(start, int) or article.text[start:start + len(c.sentence)] != c.sentence:
        return None
    rest = article.text[start + len(c.sentence):]
    lead = len(rest) - len(rest.lstrip())
    end = _SENTENCE_END.search(rest, lead)
    return rest[lead:end.end() if end else len(rest)] or None


def _end_year(period: Optional[str]) -> Optional[int]:
    years = re.findall(r"(?:19|20)\d\d", period or "")
    return int(years[-1]) if years else None


def record_spans(c: Claim, claims: list[Claim], article: Optional[Article]) -> Iterator[tuple[int, int, int, str]]:
    """(N, since year, end year, record) for an N-year record whose text dates the previous one."""
    local = c.context.get("local")
    if not local:
        return
    found = _span_years(c, local)
    if not found:
        return
    n, record = found
    since, where = _since(c.sentence, record), c.sentence
    if since is None:
        nxt = _next_sentence(c, article)
        if not nxt or _span_years_in(nxt) or not _same_series(c.sentence[:local[0]], nxt):
            return  # a second record in the next sentence is its own; another series' record too
        since, where = _since(nxt, record), nxt
    if since is None:
        return
    end = _end_year(c.period) or _shared_end_year(claims, where) or _shared_end_year(claims, c.sentence)
    end = end or (article.year if article else None)
    if end is None or end <= since:
        return
    yield n, since, end, record


_LINK_WORDS = frozenset("the a an its it has have had was were is are been to of in on at for and by from with as "
                        "that this which than more less per cent percent since".split())
_BACK_REFERENCE = re.compile(r"^[\"“‘']?(?:it|this|that|which|the\s+(?:figure|level|rate|reading))\b", re.I)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _LINK_WORDS}


def _same_series(before_record: str, nxt: str) -> bool:
    """The next sentence speaks of the record's series: it refers back ('It was the lowest
    since ...') or repeats a word of what the record is of ('the unemployment rate ...
    a rate of 4.6%')."""
    return bool(_BACK_REFERENCE.match(nxt) or _words(before_record) & _words(nxt))


def _span_years_in(sentence: str) -> bool:
    return bool(re.search(rf"\b\w+-year\s+(?:record\s+)?(?:{_HIGH}|{_LOW})\b|\bfirst\s+time\s+in\b|"
                          rf"\b(?:{_HIGH}|{_LOW})\b(?:\s+[\w'-]+){{0,3}}?\s+(?:in|for)\s+(?:the\s+)?(?:past\s+|last\s+)?\w+\s+years\b",
                          sentence, re.I))


def _shared_end_year(claims: list[Claim], sentence: str) -> Optional[int]:
    """The end year the figures of a sentence share, if they all share one."""
    years = {y for c in claims if c.sentence == sentence and (y := _end_year(c.period))}
    return years.pop() if len(years) == 1 else None
