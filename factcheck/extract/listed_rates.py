"""A denominator stated once for a run of figures listed in one sentence (issue 9).

News quotes a list of prices, or of a rate's levels by place, with the denominator printed
on one of them only:

- "Brent traded at $82 a barrel on Monday, while WTI stood at $78";
- "gold was quoted at $1,950 an ounce, silver at $23.5 and platinum at $910";
- "wheat sold for Rs 4,000 per maund in Lahore, compared with Rs 3,800 in Multan and Rs 3,900
  in Karachi"; and the other way round, "WTI at $78 and Brent at $82 a barrel";
- a list after a colon whose lead names it: "Prices (per tonne): maize $210, wheat $250", or
  a list's lead line ("Retail prices (per kg):", layout.Lead.per) over its items;
- a change and the level it led to: "raised petrol by Rs 5 to Rs 250 per litre, diesel by Rs 3
  to Rs 260".

The items are joined by a list's own words: a comma, "and", "while", "compared with", each
item a short label and a verb of quoting ("at", "stood at", "sold for"); a bare label
("maize $210") only in a list after a colon. The figures must read alike: sums of the same
currency, none with a scale word or above a price's size, or bare counts of a rate per so
many people of like size. A figure with its own denominator, a percentage, or any other
words between two figures end the run.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.nouns import per_unit
from factcheck.extract.numbers import ISO_CODES
from factcheck.extract.patterns import lazy
from factcheck.quantities import rate_parts

__all__ = ["carry_listed_denominators", "lead_denominator", "takes_lead_denominator"]

_PER_UNIT_CEILING = 10_000  # a price per barrel or kilogram, not a shipment's bill
# the earlier item's own place or time, printed after its figure: "in Lahore", "on Monday"
_ITEM_TAIL = (r"(?:\s+(?:in|at|on|for|during)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
              r"|\s+(?:in|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
              r"|\s+(?:last|this)\s+(?:week|month|year|quarter))?")
_JOIN = r"\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+|;\s*)"
_COMPARED = r"(?:(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+)?"
# an item's label: a few words, neither a clause ("when gold exports were $300") nor an amount
# of trade or accounts ("while imports stood at $300": a bill or a trade is no price per unit)
_LABEL = (r"(?!(?:when|as|after|before|because|since|which|who|where|if|though|although|until|with)\b)"
          r"(?![^\d$€£¥]{0,60}?\b(?:exports?|imports?|revenues?|sales|spending|budget|deficit|surplus|income|"
          r"earnings|receipts|debts?|bills?|trade|turnover|profits?|loss(?:es)?|fees?|taxe?s?)\b)"
          r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’&.-]*\s+){1,4}?")
# verbs that quote a price, which may take the figure straight after them ("diesel will cost
# Rs 260"), and verbs of a move, which name a level or a change only after "to" or "by"
# ("petrol rose to $3.10"; "Brent reached $87" may be any figure the move reached)
_QUOTING_VERB = r"(?:was|were|is|are|stood|traded|sold|fetched|cost|costs|averaged|went|closed|settled|ended)"
_MOVING_VERB = r"(?:rose|fell|increased|decreased|raised|cut|reduced|climbed|dropped)"
# "WTI at ", "WTI stood at ", "diesel will cost ", "for industry it is ", "kerosene by "
_QUOTED = rf"(?:(?:{_QUOTING_VERB}|{_MOVING_VERB})\s+(?:at|for|to|by)\s+|(?:at|for|to|by)\s+|{_QUOTING_VERB}\s+)"
_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under)\s+)?"
# an item named by whom or where the figure is for, the verb gapped: "and for CNG stations "
_FOR_LABEL = r"(?:for|in|at)\s+(?:the\s+)?(?:[A-Za-z][\w'’&.-]*\s+){1,3}?(?:(?:it|they)\s+(?:is|are|was|were)\s+)?"
# two items of a list: "…, while WTI stood at ", " in Lahore, compared with ", " and platinum at "
_ITEM_GAP = lazy(_ITEM_TAIL + _JOIN + r"(?:" + _COMPARED + r"|" + _LABEL + _QUOTED + r"|" + _FOR_LABEL + r")" + _ABOUT,
                 re.I)
# a change and the level it led to, one item: "raised petrol by Rs 5 to Rs 250 per litre"
_BY_BEFORE = lazy(r"\bby\s+$", re.I)
_TO_LEVEL = lazy(r"\s+to\s+" + _ABOUT, re.I)
# ... and in a list after a colon, a bare label: ", wheat ", "; soybeans "
_COLON_ITEM_GAP = lazy(_ITEM_TAIL + _JOIN + r"(?:" + _LABEL + r"|" + _LABEL + _QUOTED + r")?" + _ABOUT, re.I)
# a list's lead naming the denominator before its colon: "Prices (per tonne):", "Rates per 1,000 people:"
_LEAD_PER = lazy(r"\bper\s+", re.I)
_POPULATION = lazy(r"(?:\d+(?:\.\d+)?\s+)?(?:person|woman|household|family)", re.I)


def carry_listed_denominators(sentence: str, mentions: list[Mention]) -> None:
    """Give a denominator printed on one figure of a list to the other figures listed with it."""
    if len(mentions) < 2 and ":" not in sentence:
        return
    colon = sentence.find(":")
    if colon > 0:
        _from_colon_lead(sentence, colon, mentions)
    for _ in range(2):  # forward, then back: "WTI at $78 and Brent at $82 a barrel"
        changed = False
        for a, b in zip(mentions, mentions[1:]):
            listed = colon >= 0 and a.start > colon
            if _rated(a) and _bare_alike(b, a) and _joined(sentence, a, b, listed):
                b.give_denominator(rate_parts(a.unit)[1])
                changed = True
            elif _rated(b) and _bare_alike(a, b) and _joined(sentence, a, b, listed):
                a.give_denominator(rate_parts(b.unit)[1])
                changed = True
        if not changed:
            break


def _rated(m: Mention) -> bool:
    """A money or count figure with its own denominator (not a span of time's: pay and flows
    have their own rules)."""
    numerator, per = rate_parts(m.unit or "")
    if not per or per in _SPANS or per in ISO_CODES:
        return False  # (a rate per a currency is an exchange rate: exchange_quotes reads those)
    if m.kind == K.MONEY:
        return _price_sized(m)
    return m.kind == K.COUNT and numerator == "count" and _POPULATION.fullmatch(per) is not None


def _bare_alike(m: Mention, rated: Mention) -> bool:
    """`m` has no denominator and reads like `rated`: the same currency, or a bare count of like size."""
    if m.info.get("per") or "/" in (m.unit or "") or m.end_value is not None:
        return False
    if rated.kind == K.MONEY:
        return m.kind == K.MONEY and m.unit == rate_parts(rated.unit)[0] and _price_sized(m)
    return m.kind == K.COUNT and m.unit == "count" and not m.counted and not m.word_number and not m.has_scale \
        and bool(m.value) and 0.1 <= rated.value / m.value <= 10


def _price_sized(m: Mention) -> bool:
    return not m.has_scale and m.scale == 1 and abs(m.value) < _PER_UNIT_CEILING


def _joined(sentence: str, a: Mention, b: Mention, listed: bool) -> bool:
    if _TO_LEVEL.fullmatch(sentence, a.end, b.start) and _BY_BEFORE.search(sentence, max(0, a.start - 5), a.start):
        return True
    gap = _COLON_ITEM_GAP if listed else _ITEM_GAP
    return gap.fullmatch(sentence, a.end, b.start) is not None


def lead_denominator(lead: str) -> Optional[str]:
    """The denominator a list's lead names for its items ("Retail prices (per kg)", "Deaths
    per 1,000 people"), not a span of time's (pay and flows have their own rules); or None."""
    found = None
    for m in _LEAD_PER.finditer(lead):
        found = per_unit(" " + lead[m.start():], 0) or found  # (per_unit reads from before its "per")
    return found[1] if found is not None and found[1] not in _SPANS else None


def takes_lead_denominator(kind: str, unit: str, value: float, counted: Optional[str], denominator: str) -> bool:
    """A listed figure the lead's denominator reaches: a price-sized sum with none of its own,
    or a bare count where the lead is a rate per so many people."""
    if "/" in (unit or "") or abs(value) >= _PER_UNIT_CEILING:
        return False
    return kind == K.MONEY or kind == K.COUNT and unit == "count" and not counted \
        and _POPULATION.fullmatch(denominator) is not None


def _from_colon_lead(sentence: str, colon: int, mentions: list[Mention]) -> None:
    """"Prices (per tonne): maize $210, wheat $250": the lead's denominator, with no figure of
    its own before the colon, to each bare price or count listed after it."""
    if any(m.start < colon for m in mentions):
        return
    lead = lead_denominator(sentence[:colon])
    if lead is None:
        return
    for m in mentions:
        if not m.info.get("per") and not m.has_scale and not m.word_number \
                and takes_lead_denominator(m.kind, m.unit, m.value, m.counted, lead):
            m.give_denominator(lead)


_SPANS = frozenset({"hour", "day", "night", "week", "fortnight", "month", "quarter", "year"})
