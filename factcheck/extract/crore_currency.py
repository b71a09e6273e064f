"""Whose money a bare crore or lakh amount is, where the text states it on another (issue 9).

South Asian copy names the currency of a run of crore amounts once: "exports rose to 3,500
crore dollars, from 3,200 crore", "Tk 18,000 crore, against 15,500 crore a year earlier". A
bare crore amount is in the currency of the last crore or lakh amount before it in its
sentence that prints one; failing that, in the one currency every such amount of the article
prints, where that is not a rupee (a rupee article's bare crores are its rupees already:
cardinals). A crore counts only the rupee's, the taka's and their dollars here.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.patterns import lazy

__all__ = ["stated_crore_currency", "article_crore_currency"]

_CRORE = r"\d[\d,.]*\s*(?:lakh\s+)?(?:crores?|cr\b|lakhs?)"
_STATED = lazy(rf"(?P<sign>₹|\bRs\.?|\bINR|\bTk\.?|\bBDT|\bNRs\.?|\bNPR|\bPKR|\bUS\$|\bUSD|(?<![A-Za-z])\$)\s?{_CRORE}"
               rf"|{_CRORE}\s+(?P<name>(?:US\s+|U\.S\.\s+|American\s+)?dollars?|rupees?|taka|euros?)\b", re.I)
_SIGNS = {"₹": "INR", "inr": "INR", "tk": "BDT", "bdt": "BDT", "nrs": "NPR", "npr": "NPR", "pkr": "PKR",
          "us$": "USD", "usd": "USD"}


def _code(m: re.Match, has: dict) -> Optional[str]:
    sign, name = m.group("sign"), m.group("name")
    if sign:
        key = sign.lower().rstrip(".")
        if key == "rs":
            return has["shared"].code("rupee")
        if key == "$":
            return has.get("dollar_word") or "USD"
        return _SIGNS.get(key)
    name = name.lower()
    if name.startswith(("us", "u.s.", "american")):
        return "USD"
    if name.startswith("dollar"):
        return has.get("dollar_word") or "USD"
    if name.startswith("rupee"):
        return has["shared"].code("rupee")
    return "BDT" if name == "taka" else "EUR"


def stated_crore_currency(before: str, has: dict) -> Optional[str]:
    """The currency of the last crore or lakh amount in `before` (the sentence up to a bare
    one) that prints its currency, or None."""
    last = None
    for last in _STATED.finditer(before):
        pass
    return _code(last, has) if last is not None else None


def article_crore_currency(text: str, has: dict) -> Optional[str]:
    """The one currency every crore or lakh amount of the text that prints one is in, where
    that is no rupee (else None)."""
    if "crore" not in text and "lakh" not in text and "cr" not in text:
        return None
    codes = {_code(m, has) for m in _STATED.finditer(text)}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return None if code in (None, "INR", "PKR", "NPR", "LKR") else code
