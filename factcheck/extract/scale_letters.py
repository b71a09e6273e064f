"""A scale letter glued to a figure ("28m", "5.7b", "2,780m GBP"): millions or billions
where the clause is about money or counts a plural noun, metres where a dimension word
follows or the figure modifies a noun ("8m tall", "the 100m sprint").
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.nouns import COUNT_STOP, is_plural
from factcheck.extract.numbers import CURRENCY_NAME, ISO_CODE_ALT
from factcheck.extract.patterns import lazy


# "visitors at 28m", "a record 28m last year": a glued "m" at the end of its clause is
# "million" when the clause names what is counted; a length has a dimension word after it
# ("8m tall") or is a compound modifier ("the 100m sprint").
CLAUSE_END = lazy(
    r"\s*(?:$|[.,;:!?)\]\"”’—–]|\s(?:-|–|—)\s|\s+(?:last|this|next|in|on|for|per|since|as|after|before|"
    r"during|by|over|amid|a\s+year|according|and|or|from|to|up|down|so\s+far|(?:19|20)\d\d)\b)")
CURRENCY_NAME_AFTER = lazy(rf"[ \t]+(?:(?-i:{ISO_CODE_ALT})|{CURRENCY_NAME})\b", re.I)


def capital_currency_after(sentence: str, after: int) -> bool:
    """"2,780m GBP", "755,514m CFA": a glued "m" before a currency's code or capitalised name
    is millions of it (a lower-case word such as "won" may be a verb after a race's length)."""
    m = CURRENCY_NAME_AFTER.match(sentence, after)
    return m is not None and m.group(0).lstrip()[:1].isupper()


METRE_AFTER = re.compile(r"(?:\s+|-)(?:tall|high|long|wide|deep|thick|away|across|in\s+(?:height|length|"
                          r"diameter|width|depth))\b", re.I)
IMPERIAL_LENGTH_RESTATED = re.compile(r"[ \t]*\([ \t]*(?:about|around|some|c\.|~)?[ \t]*\d[\d,.]*[ \t]*-?"
                                       r"(?:ft|feet|foot|yards?|yds?|miles?|inch(?:es)?)\.?[ \t]*\)", re.I)
_LENGTH_WORDS = {"metres", "meters", "kilometres", "kilometers", "miles", "feet", "inches", "yards"}


def beside_glued_millions(sentence: str, after: int) -> bool:
    """"Total trade was 483.6m, of which exports earned $95.7m": a decimal glued to "m" at a
    clause's end, in a sentence that prints its money in glued millions, is millions too (a
    whole "the 100m," is more often metres)."""
    return bool(CLAUSE_END.match(sentence, after)) and not METRE_AFTER.match(sentence, after) \
        and _MONEY_GLUED_MILLIONS.search(sentence) is not None


_MONEY_GLUED_MILLIONS = lazy(r"[$€£]\s?\d[\d,]*(?:\.\d+)?m\b")


# Nouns and verbs of money: an amount they govern is money, never a length or a label.
_MONEY_WORD = re.compile(
    r"\b(?:revenues?|sales|turnover|profits?|loss(?:es)?|earnings|income|ebitda|deficits?|surplus(?:es)?|"
    r"debts?|budgets?|spending|expenditures?|outlays?|investments?|costs?|capex|funding|loans?|dividends?|"
    r"valuation|worth|valued|priced|fines?|taxe?s|subsid(?:y|ies)|grants?|proceeds|payments?|payouts?|"
    r"remittances?|wages?|salar(?:y|ies)|bonus(?:es)?|fees?|raised|spent|paid|lent|borrowed|invested)\b", re.I)


def money_clause(sentence: str, start: int, after: int) -> bool:
    """"a profit of 853m for the year", "its loss narrowed to 5.7b from 8.2b": a figure with a
    glued "m" or "b" and no currency, in a clause whose noun or verb is one of money, is
    millions or billions of the article's money (amounts.give_currencies names it); a length
    has a dimension word after it ("8m tall") or modifies a noun ("a 400m tower"), and a label
    ("Figure 5b") stands in no clause about money."""
    clause = _clause_before_glued_letter(sentence, start, after)
    return clause is not None and _MONEY_WORD.search(clause) is not None


def _clause_before_glued_letter(sentence: str, start: int, after: int) -> Optional[str]:
    """The clause before a figure with a glued scale letter, where the figure ends its clause
    and no dimension word makes it a length; else None."""
    if METRE_AFTER.match(sentence, after) or not CLAUSE_END.match(sentence, after):
        return None
    return re.split(r"[;:()—–]|,\s", sentence[:start])[-1]


def millions_at_clause_end(sentence: str, start: int, after: int) -> bool:
    clause = _clause_before_glued_letter(sentence, start, after)
    return clause is not None and any(is_plural(w) and w.lower() not in COUNT_STOP and w.lower() not in _LENGTH_WORDS
                                      for w in re.findall(r"[A-Za-z][\w'’]*", clause))
