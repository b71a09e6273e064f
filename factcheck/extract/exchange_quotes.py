"""An exchange rate quoted for one unit of a currency the sentence names (issue 9).

A currency's price is news's way of telling its exchange rate, in two forms:

- a bare figure per a unit of another currency, the currency quoted named before it: "the
  shilling was quoted at 129.5 per dollar", "the rupee fell to 83.2 against the dollar",
  "the yuan 6.9 to the dollar" → KES / USD, INR / USD, CNY / USD;
- a sum of another currency that one unit of the named currency trades at or buys: "the
  kina was trading at 28 US cents", "the euro rose to $1.09", "the pound bought $1.27"
  → USD / PGK, USD / EUR, USD / GBP.

Either is a rate (one currency per unit of another), not a count nor a sum of money.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import CURRENCY_NAME, SHARED_CURRENCIES, currency_from_name
from factcheck.extract.patterns import lazy

__all__ = ["currency_quotes"]

# (a quick test first: a sentence that names no currency's moves has no quote)
_CUES = ("dollar", "euro", "greenback", "pound", "yen", "yuan", "USD", "EUR", "GBP", "$", "€", "£", "cents")

_NAMED = lazy(rf"\b(?:the|its)\s+(?P<name>(?:[A-Z][a-z]+\s+)?(?:{CURRENCY_NAME}))(?![\w-])(?:['’]s)?", re.I)

# the unit of the other currency a bare figure is quoted per ("per dollar", "to the US dollar",
# "against the greenback", "/USD")
_PER_CURRENCY = lazy(
    r"\s*(?:/\s*|(?:per|to\s+the|to\s+one|to\s+a|to\s+1|against\s+the|versus\s+the|vs\.?\s+the|for\s+(?:one|each|every|a|1))\s+)"
    r"(?:(?:one|a|1)\s+)?(?:(?P<us>US|U\.S\.|American)\s+)?"
    r"(?:(?P<name>dollar|greenback|euro|pound\s+sterling|pound|sterling|yuan|yen)(?![\w-])|(?-i:(?P<code>USD|EUR|GBP|CNY|JPY|CHF))\b"
    r"|(?P<sign>US\$|\$|€|£)\s?1(?![\d.,]))", re.I)
_DENOMINATORS = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound sterling": "GBP", "pound": "GBP",
                 "sterling": "GBP", "yuan": "CNY", "yen": "JPY", "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}

# what one unit of the named currency does at the figure: trades at, buys, is worth, moves to
_QUOTED_AT = lazy(
    r"\s+(?:(?:has|had|was|is|were|are|have)\s+)?(?:been\s+)?(?:(?:also|now|then|still)\s+)?"
    r"(?:(?:trad(?:ing|ed|es?)|quoted|exchang(?:ing|ed)|chang(?:ing|ed)\s+hands|stood|stands|standing|closed|ended|opened|"
    r"settled|hovered|hovering|valued)\s+(?:at|around|near)"
    r"|(?:fell|dropped|declined|slipped|slid|eased|weakened|depreciated|rose|climbed|gained|firmed|strengthened|"
    r"appreciated|recovered|rebounded|jumped|plunged|tumbled|sank|surged|moved)\s+(?:to|below|above|past|beyond)"
    r"|bought|buys|fetch(?:ed|es)|(?:was|is)\s+worth|worth"
    # "depreciated against the US dollar by 2.1 percent to US$0.2650": the other currency and
    # the change may stand between the verb and its "to"
    r"|(?:fell|dropped|declined|slipped|slid|eased|weakened|depreciated|rose|climbed|gained|firmed|strengthened|"
    r"appreciated|recovered|rebounded|jumped|plunged|tumbled|sank|surged|moved)"
    r"(?:\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:[A-Z][\w.$]*\s+)?(?:dollar|euro|pound|yen|yuan|greenback)s?)?"
    r"(?:\s+(?:by|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent))?"
    r"(?:\s+(?:on|in|over|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:to|at))"
    r"\s+(?:(?:about|around|some|nearly|roughly|just|only|almost|over|under|below|above|a\s+(?:new\s+)?(?:record\s+|historic\s+|"
    r"all-time\s+)?(?:low|high)\s+of)\s+)*$", re.I)
_QUOTE_REACH = 90  # characters from the currency's name to the figure


def currency_quotes(sentence: str, mentions: list[Mention], has: dict) -> None:
    """Read the figures of `sentence` that quote a named currency's exchange rate as rates."""
    if not mentions or not any(c in sentence for c in _CUES):
        return
    for m in mentions:
        if m.kind == K.MONEY and " / " in (m.unit or "") and (m.unit.split(" / ")[1][:1].islower()):
            _name_denominator(m, has)  # "US$0.2850 per kina": the kina's code
    named = None
    for m in mentions:
        if m.start > 0 and (named is None or named.end() <= m.start):
            named = _last_named(sentence, m.start)
        if named is None or m.start - named.end() > _QUOTE_REACH:
            continue
        code = _code(named.group("name"), has)
        if code is None:
            continue
        if m.kind == K.COUNT and not m.counted and (m.unit or "count").split(" / ")[0] == "count":
            den = _PER_CURRENCY.match(sentence, m.end)
            per = _denominator(den) if den else (m.unit.split(" / ")[1] if " / " in (m.unit or "") else None)
            if per and len(per) == 3 and per.isupper() and per != code:
                m.kind, m.unit, m.bare = K.MONEY, f"{code} / {per}", False
                m.info["per"] = per
                if den:
                    m.end = den.end()
        elif m.kind == K.MONEY and "/" not in (m.unit or "") and m.unit and m.unit != code \
                and _QUOTED_AT.fullmatch(sentence, named.end(), m.start) is not None:
            m.unit = f"{m.unit} / {code}"
            m.info["per"] = code


def _last_named(sentence: str, before: int) -> Optional[re.Match]:
    """The last currency the sentence names as a subject ("the shilling") before `before`, not
    the other side of its rate ("against the US dollar")."""
    last = None
    for nm in _NAMED.finditer(sentence, 0, before):
        if not _COUNTERPART.search(sentence, max(0, nm.start() - 12), nm.start()):
            last = nm
    return last


_COUNTERPART = lazy(r"\b(?:against|versus|vs\.?|per|to|into|from|of)\s+$", re.I)


def _denominator(den: re.Match) -> Optional[str]:
    if den.group("code"):
        return den.group("code")
    key = (den.group("name") or den.group("sign") or "").lower()
    key = re.sub(r"\s+", " ", key)
    return _DENOMINATORS.get(key)


def _code(name: str, has: dict) -> Optional[str]:
    """The currency a name in the sentence is in this article ("the shilling": the article's)."""
    code = currency_from_name(name)
    if code == "dollar":
        code = has.get("dollar_word") or "USD"
    elif code in SHARED_CURRENCIES:
        code = has["shared"].code(code) if has.get("shared") else None
    if code == "GBP?":
        code = "GBP"  # a pound with an exchange rate is money, not weight
    return code if code and len(code) == 3 and code.isalpha() else None


_CURRENCY_WORD = lazy(rf"(?:{CURRENCY_NAME})", re.I)
# names that are words of another sense too after "per" or "a": weight, a cry, a tile
_HOMOGRAPH = lazy(r"pounds?|marks?|rands?|reals?|wons?|crowns?|lats?|lev|kips?|dram|birr|bolt", re.I)


def _name_denominator(m: Mention, has: dict) -> None:
    """A rate per a currency's name ("US$0.2850 per kina", "50 cents per rupee") is per its code."""
    head, den = m.unit.split(" / ", 1)
    if " " in den or not _CURRENCY_WORD.fullmatch(den) or _HOMOGRAPH.fullmatch(den):
        return  # ("$1.35 a pound": of weight)
    code = _code(den, has)
    if code and code != head:
        m.unit, m.info["per"] = f"{head} / {code}", code
