"""Whose money a figure is, from the marks around it: a sign or code before it ("$",
"RO 9,463.4 million", "K500" where the article names Zambia), a currency's name before
or after it ("Lek 25 billion", "5 billion euros"), a scaled code ("775.1 MD"), a
conversion in brackets, a milestone's "mark".
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import exclusions
from factcheck.extract.lexicon import load as load_lexicon
from factcheck.extract.numbers import (
    COMMA_SPACE_RUN_RE, CURRENCY_NAME, CURRENCY_PREFIX, CURRENCY_PREFIXES, FIGURE_ONLY_PREFIXES, GAP,
    GLUED_CURRENCY_PREFIX, ISO_CODE_ALT, SCALE_AFTER, SCALE_MAKES_MONEY, SCALE_WORD, SCALED_CODES, SHARED_CURRENCIES, TAIL,
    WORD_CODES, currency_from_name,
)
from factcheck.extract.patterns import ending_words, ends_with, lazy
from factcheck.extract.units import match_physical_unit


# Glued currency prefixes that are also names or initials, and the article convention
# (conventions.article_conventions) that makes them money: "R4,2 billion" where the article
# speaks of rand, "SR26.8 billion" of riyals or Saudi Arabia ("SR71" is a plane), "Sh100bn" in
# an East African article, "N1.1 trillion" in a Nigerian one.
_PREFIX_NEEDS = {"R": "rand", "SR": "riyal", "Sh": "Sh", "Shs": "Sh", "N": "N"}


@functools.cache
def _unplaced_shillings() -> dict[str, str]:
    return load_lexicon("money")["unplaced_shillings"]


# a prefix that reads only glued may stand a space before a figure that can only be money
# ("RO 9,463.4 million", "JD 741 million"): see _spaced_prefix_ok
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_CURRENCY_BEFORE = lazy(
    rf"(?<![A-Za-z])(?:(?P<cur>{CURRENCY_PREFIX}){GAP}?|(?P<gcur>{GLUED_CURRENCY_PREFIX})(?P<gsp> )?)$")
_SCALED_CODE_AFTER = re.compile(rf"\s?({'|'.join(sorted(SCALED_CODES, key=len, reverse=True))})\b")
CLOSED_AMOUNT = re.compile(r"(?:bn|mn|tri|b|m)?/-")  # "5tri/-", "Sh20bn/-": East African money, closed
CURRENCY_WORD = re.compile(r"[^\W\d_]{3,}")  # a currency's name or code, not a symbol
_MONEY_SCALE_AFTER = re.compile(rf"{GAP}?(?:{SCALE_WORD}|bn|mn|mln|bln|tn|trn|trln|tln|mio|mrd|mld)\b|{GAP}?mill\.", re.I)
_GLUED_SCALE_AFTER = re.compile(r"(?-i:m|b|k)\b(?![-'’])")  # "M250m", "D35b": a glued scale letter
# "an increase of 22 Bln MAD", "10 billion AMD": a code the lexicon does not read after any
# figure, being also a word (lexicon `word_codes`: ALL, TOP, CUP, MAD …), is the currency in
# capitals after a figure that carries a scale word (a word is never so written) when no noun
# follows that it could modify ("3 million ALL voters", "5 million AMD shares")
WORD_CODE_AFTER_SCALE = re.compile(
    rf"[ \t]+({'|'.join(sorted(WORD_CODES))})(?=\s*(?:[,.;:)–—]|$)|\s+(?:in|on|of|for|from|to|and|or|as|at|by|"
    r"over|against|compared|versus|vs|than|was|were|is|are|has|had|last|this|that|which|while|with|during|between|"
    r"a|an|the|per|each|respectively)\b)")
CODE_THEN_SCALE = lazy(rf"[ \t]*((?-i:{ISO_CODE_ALT}))[ \t]+(million|billion|trillion)\b", re.I)


# "10.5 million Australian dollars ($7.5 million)", "a 1.62 billion-dinar ($5.7 billion)": the
# bracket converts an amount into US dollars; after a bare noun it is the article's own dollar
# amount ("royalties ($13.9 billion)")
_CONVERSION_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
                                r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)\b)"
                                r"[\d,.]*(?:\s*(?!(?:per\s?cent|percent(?:age)?|points?|pp)\b)[A-Za-z.’'-]+){0,3}\s*\(\s*"
                                r"(?:about\s+|around\s+|roughly\s+|some\s+|or\s+|"
                                r"nearly\s+|approximately\s+|US)?$", re.I)




# "… forty-five dollars ($1,022,164,555.00)": figures restating an amount in words, not a conversion
_DOLLARS_BEFORE_BRACKET = re.compile(r"(?:(\S+)\s+)?dollars?(?:\s+and\s+[\w-]+\s+cents?)?\s*\(\s*$", re.I)


def _restates_dollars(left: str) -> bool:
    """A "$" in brackets right after a bare "dollars" restates the amount in the same dollar;
    after "Australian dollars (" or "pesos (" it converts."""
    m = _DOLLARS_BEFORE_BRACKET.search(left, max(0, len(left) - 60))
    return m is not None and (m.group(1) is None or not m.group(1)[0].isupper())


def name_code(name: str, has: dict, has_scale: bool, spelled_scale: bool = True) -> Optional[str]:
    """The currency a name after a figure is in this article ("dollars", "dinars", "pounds")."""
    code = currency_from_name(name)
    if code == "dollar" and not has["shared"].named(code):
        code = has.get("dollar_word", "USD")  # a bare "dollars": the article's own dollar
    elif code in SHARED_CURRENCIES and SHARED_CURRENCIES[code].get("homograph") and name.islower() \
            and not spelled_scale and not has["shared"].named(code):
        code = None  # "the 100m won by": a verb where no country of the currency is named
    elif code in SHARED_CURRENCIES:  # "dinars", "pesos", "kr": the article's country decides
        code = has["shared"].code(code)
    if code == "GBP?":
        if has_scale or has.get("pound_sign") or re.search(r"sterling", name, re.I):
            code = "GBP"
        else:
            code = None  # pounds of weight: read as a physical unit below
    return code


# "surpassed the two million mark", "passed the 1,000 mark": a threshold, not a sum in marks
# (an amount in marks is "marks" after any figure but one, and takes no "the" before it)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def milestone_mark(sentence: str, start: int, name: str) -> bool:
    return name.strip().lower() == "mark" and bool(_THE_BEFORE.search(sentence, max(0, start - 6), start))


BRACKET_THEN_NAME = lazy(rf"\)\s*((?:{CURRENCY_NAME}))\b", re.I)


def scaled_code(right: str, has: dict) -> Optional[tuple[float, str, int]]:
    """'775.1 MD': (factor, currency, length read) where the abbreviation after the figure is
    millions of a currency whose country the article names (a family's: lexicon/money.yaml)."""
    sc = _SCALED_CODE_AFTER.match(right)
    if sc is None:
        return None
    factor, code = SCALED_CODES[sc.group(1)]
    code = has["shared"].named(code) if code in SHARED_CURRENCIES else code
    return (factor, code, sc.end()) if code else None


def _spaced_prefix_ok(cm: re.Match, raw: str, right: str, has: dict) -> bool:
    """A glued-only prefix set off by a space ("RO 1,896.8 million", "QR 5bn") is money
    when it is no word of the sentence (in capitals, or two letters with a capital first)
    and the figure is one only money takes: a scale after it, or a decimal with grouped
    thousands ("RO 5,584.3"); "SR 71", "K 9" stay names and initials. A code or sign of two
    letters or more that is money only in its country's article is money before any figure
    there ("SSP 500" in a story from Juba, "Le 2,000" in one from Freetown), and so is a code
    or sign of one currency in the article of that currency's country ("TL 20,431" in a
    story of Turkey's minimum wage)."""
    prefix = cm.group("gcur")
    if not prefix[0].isupper():
        return False
    family = CURRENCY_PREFIXES.get(prefix)
    if len(prefix) < 2:  # "K 2.5 billion" in a Zambian article: a country's letter, before a scale only
        return family in SHARED_CURRENCIES and bool(_MONEY_SCALE_AFTER.match(right))
    return bool(_MONEY_SCALE_AFTER.match(right)) or bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", raw)) \
        or family in SHARED_CURRENCIES and SHARED_CURRENCIES[family].get("needs_country") \
        and has["shared"].named(family) is not None \
        or family is not None and len(family) == 3 and has["shared"].names_country_of(family)


# A currency's name printed before its figure, as a sign ("Lek 25 billion", "Birr 3 million",
# "Rupees 200 crore", "Kwacha 40"): the names a figure is read with after it (lexicon/money.yaml
# names and the shared families), each a word of its own (not "Kč", "DA", "TL": symbols, which
# the prefixes list where they print before a figure); case is the name's own, as after a figure.
_NAME_PREFIX = lazy(rf"(?<![\w$€£¥₹'’-])(?P<name>(?:{CURRENCY_NAME}))[ \t\u00a0]$", re.I)
# asked before most figures, and the engine tries every name at each word of the last 40
# characters: a text that does not end in the last letters of some name (202 endings: "nar",
# "lar", "yen") is answered at once (patterns.EndsWith)
_NAME_ENDINGS = ending_words(f"(?:{CURRENCY_NAME})", re.I)
if _NAME_ENDINGS:
    _NAME_PREFIX = ends_with(_NAME_PREFIX, _NAME_ENDINGS)
# the name closes an amount before it ("5 billion euros 20 percent more"): no sign of the next
_AMOUNT_BEFORE_NAME = re.compile(r"(?:\d|%|\b(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m|b|k))\s*$", re.I)
# a word, not a symbol: its last word has three letters or more ("US dollars", "U.S. dollars",
# "Lek"), never "Kč" or "DA"
_SHORT_NAME = re.compile(r"(?:[^\W\d_](?:[^\W\d_]|\.)*\s+)*[^\W\d_]{3,}")


def name_before(sentence: str, left: str, end: int, raw: str, value: float, has: dict) -> Optional[tuple[str, int]]:
    """(currency, where its name starts) where a currency's name stands right before the
    figure as its sign does. Not where a name closes an amount before it, nor before a figure
    that reads as something else: a percentage, points, a span of time, a unit ("the lek 2 %"
    is a change of the lek), a year or a small whole number with no scale word ("Euro 2020",
    "Euro 6": a tournament, an emission standard); a name in lower case, only before a scale
    word ("rupees 200 crore"), as a noun is no sign ("the yuan 6.9 to the dollar")."""
    if not left or left[-1] not in " \t\u00a0" or not left[-2:-1].isalpha():
        return None  # the cheap test first: a word, then one space
    m = _NAME_PREFIX.search(left, max(0, len(left) - 40))
    if m is None or not _SHORT_NAME.fullmatch(m.group("name")):
        return None
    if _AMOUNT_BEFORE_NAME.search(left, max(0, m.start() - 14), m.start()):
        return None
    sm = SCALE_AFTER.match(sentence, end)
    scaled = sm is not None and bool(sm.group("sw") or sm.group("sa2") or sm.group("sa3"))
    pos = sm.end() if scaled else end
    name = m.group("name")
    if not scaled and (name[0].islower() or exclusions.is_year(value, raw)
                       or value < 10 and raw.isdigit()):
        return None
    tm = TAIL.match(sentence, pos)
    if tm and not (tm.group("cur") or tm.group("sub")) or (match_physical_unit(sentence, pos) if not tm else None):
        return None
    code = name_code(name, has, scaled, scaled and sm.group("sw") is not None)
    if not code or code == "GBP?" or len(code) != 3:
        return None
    return code, m.start("name")


ASCII_FOLD = {"PS": "£", "Y=": "¥"}
ASCII_FOLDED_SIGN = re.compile(r"(?<![A-Za-z])(PS|Y=)$")
US_AFTER_DOLLARS = re.compile(r"[ \t]+(?:U\.S\.|US)(?=[ \t]+(?:per|a|an|each)\b|[ \t]*(?:[,;:)]|\.(?!\w)|$))")


def prefix_before(left: str, raw: str, right: str, has: dict) -> Optional[re.Match]:
    """The currency's sign or code right before a figure `raw` (`left` ends where the figure
    or its sign starts), where it is money in this article; None where it is a label ("the E4
    highway"), a name or an initial outside its country's article ("SR71", "K500" in a story
    naming no Zambia), or a glued-only prefix set off by a space before a figure only money
    takes no more than any other ("SR 71")."""
    cm = _CURRENCY_BEFORE.search(left, max(0, len(left) - 12))
    if cm is None and left.endswith(", ") and COMMA_SPACE_RUN_RE.fullmatch(raw):
        # "BD, 457, 131, 000": the hand that spaces after every comma puts one after the currency too
        cm = _CURRENCY_BEFORE.search(left[:-2], max(0, len(left) - 14))
    if cm and cm.group("gsp") and not _spaced_prefix_ok(cm, raw, right, has):
        cm = None
    if cm and cm.group("gcur") in FIGURE_ONLY_PREFIXES and not (
            _MONEY_SCALE_AFTER.match(right) or _GLUED_SCALE_AFTER.match(right) or "." in raw or "," in raw):
        cm = None  # "the E4 highway": a label, not lilangeni ("M250m" is maloti)
    if cm and cm.group("gcur") in _PREFIX_NEEDS and not has.get(_PREFIX_NEEDS[cm.group("gcur")]) \
            and not (cm.group("gcur") in _unplaced_shillings() and has.get("Sh_unplaced")):
        cm = None  # a glued prefix that is also a name or an initial is money only in its country's article
    elif cm and CURRENCY_PREFIXES.get(cm.group("cur") or cm.group("gcur")) in SHARED_CURRENCIES:
        family = CURRENCY_PREFIXES[cm.group("cur") or cm.group("gcur")]
        if has["shared"].code(family) is None and (family not in SCALE_MAKES_MONEY or not (
                _MONEY_SCALE_AFTER.match(right) or _GLUED_SCALE_AFTER.match(right))):
            cm = None  # "K500", "P20": kwacha, kina or pesos only where the article names the country
            # (or before a scale word, which only money takes: "a K106.0 billion budget")
    return cm


def prefix_currency(cm: re.Match, left: str, has: dict) -> Optional[str]:
    """The currency a sign or code before a figure (`prefix_before`'s match) stands for in
    this article: "$" the article's dollar, or US dollars in a conversion's brackets; "Sh" the
    shilling of the country named; "¥" yuan where the article speaks of yuan, else yen; "Rs"
    the rupee of the article's country."""
    prefix = cm.group("cur") or cm.group("gcur")
    currency = CURRENCY_PREFIXES.get(prefix)
    if prefix == "$" and not _CONVERSION_BEFORE.search(left, max(0, cm.start() - 80), cm.start()):
        # a conversion in brackets is into US dollars; "rose 15.9 percent (or $7.5 million)"
        # restates a rate of change as an amount, in the article's own money
        currency = has.get("dollar", "USD")
    elif prefix == "$" and _restates_dollars(left[:cm.start()]):
        currency = has.get("dollar_word", "USD")
    if currency is None and prefix in ("Sh", "Shs", "N"):
        currency = has[_PREFIX_NEEDS[prefix]]
        if currency is None and prefix != "N" and has.get("Sh_unplaced"):
            currency = _unplaced_shillings()[prefix]  # no shilling country named: "Sh4,000 a bag"
    elif currency is None:  # ¥: yuan where the article speaks of yuan, else yen
        currency = "CNY" if has.get("yuan") else "JPY"
    elif currency in SHARED_CURRENCIES:  # "Rs", "Dh": the rupee or dirham of the article's country
        currency = has["shared"].of_amount(currency)
    return currency

