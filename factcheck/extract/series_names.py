"""A series named once in full, then by its head noun alone: "Cotton exports rose to $410
million … Exports were up 6% on the year" (reduced repeated mention, a definite description
shortened to its head). The bare head continues the one fuller name the text gave it before,
so that figures of one series carry one name. Pure: works on the claims of one article.

Never where the text names two series with that head ("oil exports" and "non-oil exports",
"exports of goods" and "exports of services": the bare noun may be either, or their whole),
where the bare noun's sentence marks it as the whole ("total", "overall", "all"), for a
figure that is a share of it (the whole a part is measured against), or across subjects."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.patterns import lazy
from factcheck.models import Claim

_SUFFIX = lazy(r"\s+(growth|decline|change)$")
_WORD = lazy(r"[a-z][a-z-]*")
# the head of "exports of goods" is before its "of"; of "cotton exports", the last word
_OF = lazy(r"\s+(?:of|from|to|in|by|for)\s+")
# words that make the bare noun the whole, not a part
_WHOLE = lazy(r"\b(?:total|overall|all|whole|aggregate|entire|combined|general)\b", re.I)
# words that only say when or how much, never which series
_FILLER = frozenset({"the", "a", "an", "its", "their", "total", "value", "volume", "level", "amount", "figure"})
# words of a variant of the series (nominal or real, adjusted or not): a name that says one is not
# continued, the variant belongs to its own sentence ("rose 7.9% in nominal terms"; a bare level is the default)
_VARIANT = frozenset({"nominal", "real", "seasonally", "adjusted", "unadjusted", "not", "trend", "current", "constant",
                      "prices", "terms"})


def _split(metric: Optional[str]) -> tuple[str, str]:
    """('cotton exports', ' growth') for 'cotton exports growth'."""
    m = _SUFFIX.search(metric or "")
    return ((metric or "")[: m.start()], m.group(0)) if m else (metric or "", "")


def _head(name: str) -> Optional[str]:
    words = _OF.split(name.lower(), maxsplit=1)[0].split()
    return words[-1] if words and _WORD.fullmatch(words[-1]) else None


def _key(name: str) -> frozenset:
    return frozenset(w for w in re.findall(r"[a-z][a-z-]*", name.lower()) if w not in _FILLER and w not in ("of", "and"))


def continue_full_names(claims: list[Claim]) -> None:
    """Give a figure whose metric is a bare head noun ("exports", "remittances growth") the
    fuller name of the one series with that head the text named before it."""
    fuller: dict[str, set[frozenset]] = {}
    first_at: dict[tuple[str, frozenset], tuple[int, str, tuple]] = {}
    for i, c in enumerate(claims):
        name, _ = _split(c.metric)
        head = _head(name) if name else None
        key = _key(name) if name else frozenset()
        if head and len(key) > 1 and head in key and not key & _VARIANT:
            fuller.setdefault(head, set()).add(key)
            first_at.setdefault((head, key), (i, name, tuple(c.subject or ())))
    if not fuller:
        return
    for i, c in enumerate(claims):
        name, suffix = _split(c.metric)
        if not name or " " in name.strip() or not _WORD.fullmatch(name.strip().lower()):
            continue
        head = name.strip().lower()
        names = fuller.get(head)
        if not names or len(names) != 1:
            continue
        key = next(iter(names))
        at, full, subject = first_at[(head, key)]
        if at >= i or subject != tuple(c.subject or ()):
            continue
        if c.context.get("share_of") or _WHOLE.search(c.sentence or ""):
            continue
        c.metric = f"{full}{suffix}"
