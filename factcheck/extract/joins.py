"""One amount printed in pieces, and bare figures the shape of their list makes percentages:
passes over one sentence's mentions, in order, after they are read (mentions.py) and
before ranges join their neighbours (ranges.py).

"sixty-one dollars and forty cents", "85,619 million 200 thousand manat" and "5898 689.99
thousand USD" are one amount each; "Imports increased by 5.5%, exports by 6.5" and "Turkey
with 16.7%, Azerbaijan 10.9%, Ukraine 10.0, China 5.9%" print a percentage without its "%".
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import clean
from factcheck.extract.patterns import CLOSE_BRACKET
from factcheck.quantities import rate_parts


def joined_amounts(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each amount printed in pieces read as one."""
    return _joined_scales(sentence, _joined_subunits(sentence, _odd_groups(sentence, mentions)))


def implied_percents(sentence: str, mentions: list[Mention]) -> None:
    """Bare figures that gapping or a list of shares makes percentages, typed so in place."""
    _gapped_percents(sentence, mentions)
    _listed_percents(sentence, mentions)
    if "(" in sentence and "%" in sentence:
        _bracketed_change_percents(sentence, mentions)


def _folded(mentions: list[Mention], join) -> list[Mention]:
    """The mentions with each pair that `join(prev, cur)` merged standing as the one mention
    it returns (None: no merge)."""
    out: list[Mention] = []
    for cur in mentions:
        if out and (merged := join(out[-1], cur)) is not None:
            out[-1] = merged
            continue
        out.append(cur)
    return out


def _joined_subunits(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"sixty-one dollars and forty cents": one amount, the cents added to the dollars."""
    def join(prev: Mention, cur: Mention) -> Optional[Mention]:
        if not (cur.info.get("subunit") and not prev.info.get("subunit") and prev.kind == K.MONEY
                and rate_parts(cur.unit)[0] == prev.unit and 0 < cur.value < 1
                and _AND_BETWEEN.fullmatch(sentence, prev.end, cur.start)):
            return None
        # "… and forty cents per pupil": the rate's denominator is the whole amount's
        prev.end, prev.value, prev.unit = cur.end, clean(prev.value + cur.value), cur.unit
        prev.precision = cur.precision
        prev.info.update({k: v for k, v in cur.info.items() if k != "subunit"})
        return prev
    return _folded(mentions, join)


_AND_BETWEEN = re.compile(r"\s+and\s+")
_SCALE_END = re.compile(r"(?:thousand|million|billion|trillion|mln|bln|trln|mn|bn)\s*$", re.I)
# "85,619 million 200 thousand", "1 trln. 32.7bln" (an abbreviation's stop), "1303 billion and
# 629 million" (the parts joined as a number is said)
_SCALES_GAP = re.compile(r"\.?[ \t]+(?:and[ \t]+)?")
# "976-million, 943-thousand 437 dollars", "747 million, 376 thousand, 387 dollars": a budget
# read out as it is said, its parts set off by commas
_SPOKEN_GAP = re.compile(r",?[ \t]+(?:and[ \t]+)?")


def _joined_scales(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"85,619 million 200 thousand manat": one amount written in two scales, as CIS and
    translated texts print them; the smaller part is added to the larger, and the unit the
    last part names is the whole's."""
    def join(prev: Mention, cur: Mention) -> Optional[Mention]:
        # ("1304 thousand 272.59 USD": the last part may be units, in the currency it names;
        # "637 thousand 700 unemployed": or the things it counts)
        if not (prev.has_scale and (cur.has_scale or prev.kind == K.COUNT and (cur.kind == K.MONEY or _spoken_units(prev, cur)))
                and cur.scale < prev.scale
                and 0 < cur.value < prev.scale and prev.kind in (K.COUNT, K.MONEY) and cur.kind in (K.COUNT, K.MONEY)
                and (prev.kind == K.COUNT and prev.unit in (None, "count") or prev.unit == cur.unit)
                and _SCALE_END.search(sentence, prev.start, prev.end)
                and (_SCALES_GAP.fullmatch(sentence, prev.end, cur.start) or _spoken_parts(sentence, prev, cur))
                and sentence[cur.start: cur.start + 1].isdigit()):  # "$85.4 million and $2.8 million": two amounts
            return None
        gap = sentence[prev.end: cur.start]
        if ("." in gap or "and" in gap) and not (cur.has_scale and cur.value < 1000 * cur.scale and prev.scale == cur.scale * 1000
                                                   and (cur.kind == K.MONEY or cur.counted)) \
                and not _units_after_thousand(sentence, prev, cur):
            # a stop or an 'and' joins only a part of the next scale down, under a thousand of it,
            # that names the whole's unit ("5 billion and 700 million came from oil": two figures)
            return None
        prev.end, prev.value, prev.unit, prev.kind = cur.end, clean(prev.value + cur.value), cur.unit, cur.kind
        prev.precision, prev.counted = cur.precision, cur.counted
        prev.info.update(cur.info)
        return prev
    return _folded(mentions, join)


def _last_scale(sentence: str, prev: Mention) -> str:
    """The scale word ending a (possibly joined) mention: "229 million, 567 thousand" → "thousand"."""
    m = _SCALE_END.search(sentence, prev.start, prev.end)
    return m.group(0).strip().lower() if m else ""


def _spoken_units(prev: Mention, cur: Mention) -> bool:
    """"637 thousand 700 unemployed": the units part of a count said in words, naming what it
    counts, after a bare count of thousands."""
    return bool(cur.counted) and not prev.counted and not cur.has_scale and cur.value < 1000 and not cur.word_number


def _units_after_thousand(sentence: str, prev: Mention, cur: Mention) -> bool:
    """"567 thousand and 50 dollars": an 'and' before the last part, under a thousand and
    naming the unit, as the number is said."""
    return (not cur.has_scale and 0 < cur.value < 1000 and _last_scale(sentence, prev) == "thousand"
            and "." not in sentence[prev.end: cur.start] and (cur.kind == K.MONEY or bool(cur.counted)))


def _spoken_parts(sentence: str, prev: Mention, cur: Mention) -> bool:
    """"976-million, 943-thousand 437 dollars": a comma between the parts of one amount said
    in scales, each under a thousand of the scale above (a list of amounts repeats its scale
    or its unit: "5 million, 3 million and 2 million")."""
    if not _SPOKEN_GAP.fullmatch(sentence, prev.end, cur.start) or prev.kind != K.COUNT or prev.counted:
        return False
    scale = cur.scale if cur.has_scale else 1.0
    return _NEXT_SCALE_DOWN.get(_last_scale(sentence, prev)) == scale and 0 < cur.value / scale < 1000 \
        and _ends_in_unit(sentence, cur)


_NEXT_SCALE_DOWN = {"trillion": 1e9, "billion": 1e6, "million": 1e3, "thousand": 1.0}


def _ends_in_unit(sentence: str, cur: Mention) -> bool:
    """The part, or the amount it begins, ends in the unit it is said in ("… 437 dollars")."""
    return cur.kind == K.MONEY or bool(cur.counted) or bool(_THEN_UNITS.match(sentence, cur.end))


# "943-thousand, 680 dollars": after a thousands part, a units part naming the unit
_THEN_UNITS = re.compile(r",?[ \t]+(?:and[ \t]+)?\d{1,3}[ \t]+[A-Za-z]")


def _odd_groups(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """"5898 689.99 thousand USD": a run of four or more digits (no year), a space, then three
    digits are one number whose thousands group was printed apart from the rest."""
    def join(prev: Mention, cur: Mention) -> Optional[Mention]:
        head = prev.raw
        if not (prev.bare and head.isdigit() and len(head) >= 4 and not 1000 <= prev.value <= 2100
                and sentence[prev.end: cur.start] == " " and _THREE_DIGITS.fullmatch(cur.raw)):
            return None
        # the later mention holds the scale and the unit: it takes in the head
        printed = float(head + cur.raw)
        cur.start, cur.raw = prev.start, head + cur.raw
        cur.value = clean(printed * (cur.scale if cur.has_scale else 1.0) * (-1 if cur.value < 0 else 1))
        return cur
    return _folded(mentions, join)


_THREE_DIGITS = re.compile(r"\d{3}(?:\.\d+)?")


# Gapping: "Imports increased by 5.5%, exports by 6.5", "Imports +2.7%, Exports +5.0". The second
# conjunct repeats the first's frame (its marker: "by", "up", a sign) and drops the verb and
# the "%"; a bare figure so framed, ending its clause, is a percentage too.
_GAP_BETWEEN = re.compile(r"\s*(?:,|;|,?\s+and)\s+(?:[A-Za-z][\w-]*\s+){1,3}?(?P<m>by|up|down|[+\-−–])\s*$", re.I)
_GAP_END = re.compile(r"\s*(?:[,;.)]|$)")


def _gapped_percents(sentence: str, mentions: list[Mention]) -> None:
    for prev, cur in zip(mentions, mentions[1:]):
        if prev.kind != K.PERCENT or cur.kind != K.COUNT or cur.unit != "count" or cur.counted \
                or cur.has_scale or cur.word_number or abs(cur.value) >= 1000 or not _GAP_END.match(sentence, cur.end):
            continue
        gap = _GAP_BETWEEN.match(sentence[:cur.start], prev.end)
        first = re.search(r"(?:\b(by|up|down)\s+|([+\-−–]))$", sentence[:prev.start], re.I)
        if gap is None or first is None or (first.group(1) or first.group(2)).lower() != gap.group("m").lower():
            continue
        cur.unit, cur.kind, cur.bare = "percent", K.PERCENT, False
        if "sign" in cur.info:
            cur.info["direction"] = "down" if cur.info["sign"] == "-" else "up"


# Ellipsis in a list of shares: "Turkey with 16.7%, Azerbaijan 10.9%, Ukraine 10.0, China 5.9%":
# a bare decimal between two percentages, each item a name and its figure, is one too.
_LIST_ITEM_BEFORE = re.compile(r"\s*[,;]\s*(?:[A-Z][\w'’.-]*\s+){1,3}$")
_LIST_ITEM_AFTER = re.compile(r"\s*[,;]\s*(?:and\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}$")


def _listed_percents(sentence: str, mentions: list[Mention]) -> None:
    for prev, cur, nxt in zip(mentions, mentions[1:], mentions[2:]):
        if prev.kind != K.PERCENT or nxt.kind != K.PERCENT or cur.kind != K.COUNT or cur.unit != "count" \
                or cur.counted or cur.has_scale or cur.word_number or "." not in cur.raw:
            continue
        if _LIST_ITEM_BEFORE.match(sentence[:cur.start], prev.end) and _LIST_ITEM_AFTER.match(sentence[:nxt.start], cur.end):
            cur.unit, cur.kind, cur.bare = "percent", K.PERCENT, False


# A list of items each followed by its change in brackets: "energy (+37.4), equipment (+17%),
# food (+ 9.3%)": the list's other signed bracketed changes are percentages, so is the bare one
_SIGNED_OPEN = re.compile(r"\(\s*[+\-−–]?\s*$")


def _bracketed_change(sentence: str, m: Mention) -> bool:
    return bool(m.info.get("sign")) and _SIGNED_OPEN.search(sentence, max(0, m.start - 4), m.start) is not None \
        and CLOSE_BRACKET.match(sentence, m.end) is not None


def _bracketed_change_percents(sentence: str, mentions: list[Mention]) -> None:
    if not any(m.kind == K.PERCENT and _bracketed_change(sentence, m) for m in mentions):
        return
    for cur in mentions:
        if cur.kind == K.COUNT and cur.unit == "count" and not cur.counted and not cur.has_scale \
                and not cur.word_number and abs(cur.value) < 1000 and _bracketed_change(sentence, cur):
            cur.unit, cur.kind, cur.bare = "percent", K.PERCENT, False
            cur.info["direction"] = "down" if cur.info["sign"] == "-" else "up"
