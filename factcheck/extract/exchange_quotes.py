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
from factcheck.extract.numbers import (CURRENCY_NAME, ISO_CODE_ALT, ISO_CODES, SHARED_CURRENCIES, currency_from_name,
                                       is_currency_name)
from factcheck.extract.patterns import lazy

__all__ = ["currency_quotes"]

# (a quick test first: a sentence that names no currency's moves has no quote)
_CUES = ("dollar", "euro", "greenback", "pound", "yen", "yuan", "USD", "EUR", "GBP", "$", "€", "£", "cents")

_NAMED = lazy(rf"\b(?:the|its|one|a|1)\s+(?P<name>(?:[A-Z][a-z]+\s+)?(?:{CURRENCY_NAME}))(?![\w-])(?:['’]s)?", re.I)

# the unit of the other currency a bare figure is quoted per ("per dollar", "to the US dollar",
# "against the greenback", "/USD")
_PER_CURRENCY = lazy(
    r"\s*(?:/\s*|(?:per|to\s+the|to\s+one|to\s+a|to\s+1|against\s+the|versus\s+the|vs\.?\s+the|for\s+(?:one|each|every|a|1)"
    r"|(?-i:a)(?=\s+(?:US\s+)?dollar\b))\s+)"  # "83.2 rupees a dollar"
    r"(?:(?:one|a|1)\s+)?(?:(?P<us>US|U\.S\.|American)\s+)?"
    r"(?:(?P<name>dollar|greenback|euro|pound\s+sterling|pound|sterling|yuan|yen)(?![\w-])|(?-i:(?P<code>USD|EUR|GBP|CNY|JPY|CHF))\b"
    r"|(?P<sign>US\$|\$|€|£)(?:\s?1)?(?![\w$€£]|[.,]?\d|\s*\d))", re.I)  # ("83.2/$", "per US$")
_DENOMINATORS = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound sterling": "GBP", "pound": "GBP",
                 "sterling": "GBP", "yuan": "CNY", "yen": "JPY", "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}

# what one unit of the named currency does at the figure: trades at, buys, is worth, moves to
_QUOTED_AT = lazy(
    r"(?:\s*,\s*which)?"  # "the dollar, which traded at 129.5 shillings"
    r"\s+(?:(?:has|had|was|is|were|are|have)\s+)?(?:been\s+)?(?:(?:also|now|then|still)\s+)?"
    r"(?:(?:trad(?:ing|ed|es?)|quoted|exchang(?:ing|ed)|chang(?:ing|ed)\s+hands|stood|stands|standing|closed|ended|opened|"
    r"settled|hovered|hovering|valued)\s+(?:at|around|near)"
    # what a unit of it sells or goes for ("the dollar sold at 1,700 kwacha", "one dollar
    # exchanged for 130 shillings")
    r"|(?:s(?:old|ell(?:ing|s)?)|buying|went|going|goes)\s+(?:at|for)|exchang(?:ing|ed|es)\s+for"
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
        elif m.kind == K.MONEY and m.unit and "/" not in m.unit:
            _money_per_currency(sentence, m)
        elif m.kind == K.COUNT and m.counted and " / " in (m.unit or "") and _CURRENCY_WORD.fullmatch(m.counted):
            _named_sum_per_currency(m, has)
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
    if "/" in sentence:
        _per_sign(sentence, mentions)
    if "rate" in sentence or "Rate" in sentence:
        _pair_rates(sentence, mentions, has)
    _earlier_rates(sentence, mentions)


# "N1,500/$", "SR14.69/US$": a sum per a unit of the currency whose sign follows its slash
_SLASH_SIGN = lazy(r"\s*/\s*(?P<sign>US\$|\$|€|£)(?![\w$€£]|\s*\d)")


def _per_sign(sentence: str, mentions: list[Mention]) -> None:
    for m in mentions:
        sm = _SLASH_SIGN.match(sentence, m.end) if m.kind == K.MONEY and "/" not in (m.unit or "") else None
        per = _DENOMINATORS.get(sm.group("sign").lower()) if sm else None
        if per and per != m.unit:
            m.unit, m.info["per"], m.end = f"{m.unit} / {per}", per, sm.end()


# The exchange rate named with both its currencies, the bare figure it is said to be after it:
# "the rupee-dollar exchange rate was 14.69", "the USD/KES rate closed at 129.5", "the exchange
# rate of the rupee against the US dollar stood at 83.2", "the shilling's rate to the dollar
# averaged 129.5" → one currency per unit of the other (issue 9).
_CUR = rf"(?:(?-i:(?!(?:The|Its|An?|One)\s)(?:US|U\.S\.|[A-Z][a-z]+))\s+)?(?:{CURRENCY_NAME})|(?-i:{ISO_CODE_ALT})"
_RATE_WORDS = r"(?:(?:official|average|market|parallel|interbank|exchange|cross|spot|reference)\s+)*rates?\b"
_AGAINST = r"\s+(?:against|to|versus|vs\.?|per|relative\s+to|with)\s+(?:the\s+|a\s+|one\s+)?"
_PAIR_RATE = lazy(
    rf"\b(?:(?P<a1>{_CUR})\s*(?:-to-|-|–|/|\s+to\s+)\s*(?P<b1>{_CUR})(?![\w-])\s+{_RATE_WORDS}"
    rf"|(?:exchange\s+)?rates?\s+(?:of|for)\s+(?:the\s+)?(?P<a2>{_CUR}){_AGAINST}(?P<b2>{_CUR})(?![\w-])"
    rf"|(?P<a3>{_CUR})(?:['’]s)?\s+{_RATE_WORDS}{_AGAINST}(?P<b3>{_CUR})(?![\w-]))", re.I)
# between the named rate and its figure: no other figure, no clause of its own
_PAIR_GAP = lazy(r"[^\d;%()]{0,80}")
_PAIR_STOP = lazy(r"\b(?:while|whereas|but|which|compared|than|from)\b", re.I)
# the currencies markets quote others per, the most widely held first: a pair's base
_BASES = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF", "JPY", "CNY")


def _pair_rates(sentence: str, mentions: list[Mention], has: dict) -> None:
    for pm in _PAIR_RATE.finditer(sentence):
        i = next(k for k in (1, 2, 3) if pm.group(f"a{k}"))
        a, b = _pair_code(pm.group(f"a{i}"), has), _pair_code(pm.group(f"b{i}"), has)
        if not a or not b or a == b:
            continue
        ra, rb = (_BASES.index(c) if c in _BASES else len(_BASES) for c in (a, b))
        unit = f"{b} / {a}" if ra < rb else f"{a} / {b}"
        m = next((x for x in mentions if x.start >= pm.end()), None)
        if m is None or not _PAIR_GAP.fullmatch(sentence, pm.end(), m.start) \
                or _PAIR_STOP.search(sentence, pm.end(), m.start):
            continue
        if _plain_count(m) or m.kind == K.MONEY and m.unit == unit.split(" / ")[0]:
            m.kind, m.unit, m.bare = K.MONEY, unit, False
            m.info["per"] = unit.split(" / ")[1]


def _pair_code(name: str, has: dict) -> Optional[str]:
    """The currency a name of the pair is, read without an adjective no name has ("Kenya shilling")."""
    name = re.sub(r"\s+", " ", name.strip())
    if not is_currency_name(name) and name not in ISO_CODES and " " in name:
        name = name.split(" ", 1)[1]
    return _code(name, has) if is_currency_name(name) or name in ISO_CODES else None


def _plain_count(m: Mention) -> bool:
    """A figure with no unit, noun or scale of its own."""
    return m.kind == K.COUNT and not m.counted and (m.unit or "count") == "count" and not m.has_scale


# "weakened to 83.5 against the greenback from 82.1", "129.5 per dollar, compared with 110.2":
# a rate's earlier or compared level, a bare figure set off after it, is the same rate
_EARLIER = lazy(r"(?:\s+(?:against|to|per|versus)\s+(?:the\s+)?(?:[A-Z][\w.$]*\s+)?(?:dollar|euro|pound|yen|yuan|greenback)s?)?"
                r"(?:\s+(?:in|on|by|for|at\s+the\s+end\s+of)\s+(?:the\s+)?[A-Za-z]+(?:\s+\d{4})?)?"  # "in March"
                r"\s*,?\s*(?:(?:up|down|higher|lower)\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+"
                r"(?:(?:about|around|some|nearly|roughly|just|an?\s+average\s+of)\s+)?", re.I)


def _earlier_rates(sentence: str, mentions: list[Mention]) -> None:
    for a, b in zip(mentions, mentions[1:]):
        per = a.info.get("per")
        if per and a.kind == K.MONEY and " / " in (a.unit or "") and len(per) == 3 and per.isupper() \
                and _plain_count(b) and _EARLIER.fullmatch(sentence, a.end, b.start):
            b.kind, b.unit, b.bare = K.MONEY, a.unit, False
            b.info["per"] = per


_TO = lazy(r"\s*to\b", re.I)


def _money_per_currency(sentence: str, m: Mention) -> None:
    """"Rs83.2 against the US dollar", "83.2 rupees a dollar": a sum of one currency per a
    unit of another."""
    den = _PER_CURRENCY.match(sentence, m.end)
    per = _denominator(den) if den else None
    # (not "to": a sum "to" another currency may be a conversion's or a range's other end)
    if per and per != m.unit and not _TO.match(sentence, m.end):
        m.unit, m.end = f"{m.unit} / {per}", den.end()
        m.info["per"] = per


def _named_sum_per_currency(m: Mention, has: dict) -> None:
    """"415 drams per dollar": a currency's name (weight's too) per a unit of another currency."""
    head, per = m.counted, m.unit.split(" / ")[1]
    code = currency_from_name(head)
    code = code[:-1] if code.endswith("?") else _code(head, has)  # ("AMD?": no weight per dollar)
    if code and len(per) == 3 and per.isupper() and per in _DENOMINATORS.values() and code != per:
        m.kind, m.unit, m.counted, m.bare = K.MONEY, f"{code} / {per}", None, False
        m.info["per"] = per


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
