"""What a whole article settles for reading its sentences' numbers: which currency a bare
"$", "¥", "cents", a glued "p", "Sh" or "N" stand for, whether a bare crore is rupees, and
whether it writes decimal commas. Decided once per article, from its own words."""

from __future__ import annotations

import functools
import re

from factcheck.extract.dollar_places import DOLLAR_PLACES
from factcheck.extract.placenames import article_country
from factcheck.extract.numbers import (CURRENCY_NAME, CURRENCY_PREFIXES, SHARED_CURRENCIES, clean, currency_from_name,
                                       decimal_comma, parse_digits, restated_dot_thousands, scale_value,
                                       space_thousands)
from factcheck.extract.patterns import lazy
from factcheck.extract.rates import pay_spans, price_unit
from factcheck.extract.column_units import delimited_column_periods
from factcheck.extract.unitnotes import unit_notes

__all__ = ["article_conventions", "SharedCurrencies"]


def article_conventions(text: str, home_currency: str | None = None) -> dict:
    """What the whole article settles for reading one sentence: which currency "¥",
    "cents" and a glued "p" stand for, whether a bare crore is rupees, and how it writes
    numbers (decimal comma or point). Each word is first looked for as a plain substring
    (fast), and only then by its pattern. `home_currency` (the desk's setting) decides a
    bare "$" when it is a currency printed so."""
    low = text.lower()

    def has_word(words: tuple, pattern: re.Pattern, haystack: str = low) -> bool:
        return any(w in haystack for w in words) and pattern.search(text) is not None

    shared = SharedCurrencies(text)
    has = {
        "yuan": has_word(("yuan", "rmb", "renminbi"), _YUAN),
        "pound_sign": "£" in text,
        "rupee": "₹" in text or has_word(("rs", "rupee", "inr"), _RUPEE),
        # glued subunits ("1.9p", "50c") need their currency in the article's own words
        "pence": "£" in text or has_word(("pound", "pence", "sterling", "gbp", "brit", "uk", "u.k."), _PENCE),
        "cents": "$" in text or "€" in text or has_word(("dollar", "euro", "cent", "usd", "eur"), _CENTS),
        # South Africa's own press names neither: "R149bn … R2.2-trillion of debt" is its money
        "rand": home_currency == "ZAR" or has_word(("rand", "zar", "south africa"), _RAND) or _rand_figures(text),
        "riyal": has_word(("riyal", "sar", "saudi", "seychell"), _RIYAL),  # "SR": the Saudi riyal or Seychelles rupee
        "N": "NGN" if home_currency == "NGN" or has_word(("naira", "nigeria"), _NAIRA) or _scaled_figures(text, "N")
        else None,
        # "Sh": the shilling of the East African country the article names (by name, adjective
        # or capital: "Nairobi — …"), as money.yaml's shilling family lists them
        "Sh": _east_african_shilling(shared, low),
        # ... and where the text names no shilling country at all, the sign's own press's
        "Sh_unplaced": "Sh" in text and not any(w in low for w in _shilling_places()) and shared.named("shilling") is None,
        "decimal_comma": decimal_comma(text),
        "space_thousands": space_thousands(text),
        "dot_thousands_scales": restated_dot_thousands(text),
        "shared": shared,
    }
    # a bare "$" is the dollar of the country the article is about: Australian in an ABS
    # release, Canadian in a Statistics Canada one; US dollars unless another dollar
    # country is named more often than the United States
    has["dollar"] = home_currency if home_currency in DOLLAR_SIGN_CURRENCIES else \
        _peso_dollar(text, has["shared"]) or _named_dollar(text) or _worded_dollar(text) or _dollar_of(text)
    # a bare "dollars" ("a $1.8 billion dollar budget") is that same dollar, where the
    # article's "$" is a dollar at all (not a peso, tala or pa'anga printed "$")
    has["dollar_word"] = has["dollar"] if has["dollar"] not in _NOT_DOLLARS else "USD"
    # "(in millions of levs)" above a table, a header's "SLSH Dollar" columns
    has["unit_notes"] = unit_notes(text, has["shared"], has["dollar_word"])
    # "Airport | Passengers 2018 | Passengers 2017 | Change (%)": each column's period
    has["column_periods"] = delimited_column_periods(text)
    has["dollar_figures"] = _qualified_dollar_figures(text)
    # "monthly earnings" named once: the article's later bare "earnings" are monthly too
    has["pay_spans"] = pay_spans(text)
    # "US $1,400 per tonne" quoted once: a later "the price slumped to US $700" is per tonne too
    has["price_unit"] = price_unit(text)
    has["cent_currency"] = has["dollar"] if has["dollar"] != "USD" else _prefixed_cents(text) or "USD"
    # "cents" belong to the article's cent-divided currency: dollars unless it speaks only of euros
    if ("€" in text or "eur" in low) and _EUROS.search(text) and not ("$" in text or _DOLLARS.search(text)):
        has["cent_currency"] = "EUR"
    return has


_RIYAL = lazy(r"\b(?:riyals?|SAR|Saudi|Seychell(?:es|ois))\b", re.I)
_YUAN = lazy(r"\b(?:yuan|RMB|renminbi)\b", re.I)
_RUPEE = lazy(r"\bRs\.?\s?\d|\brupees?\b|\bINR\b", re.I)
_PENCE = lazy(r"\b(?:pounds?|pence|sterling|GBP|Britain|British|UK|U\.K\.)(?![\w.])")
_CENTS = lazy(r"\b(?:dollars?|euros?|cents?|USD|EUR)\b")
_RAND = lazy(r"\b(?:rand|ZAR|South\s+Africa)")
# "R149bn", "R2.2-trillion", "N31,794,085.85 million": a letter glued to digits and a scale
# word is money; South African and Nigerian papers print their own so, naming neither the
# country nor the currency
_SCALED_FIGURE = {letter: lazy(rf"(?<![\w$.]){letter}\d[\d,.]*\s?-?(?:bn|mn|m|tn|trn|billion|million|trillion)\b")
                  for letter in ("R", "N")}
_OTHER_R = lazy(r"₹|R\$|\brupees?\b|\brubles?\b|\broubles?\b|\breais\b|\breal\b", re.I)


def _scaled_figures(text: str, letter: str) -> bool:
    """Two or more amounts printed with `letter` and a scale word ("R149bn … R237bn")."""
    return letter in text and len(_SCALED_FIGURE[letter].findall(text)) >= 2


def _rand_figures(text: str) -> bool:
    """Rand figures where no rupee, rouble or real is named."""
    return _scaled_figures(text, "R") and _OTHER_R.search(text) is None
_NAIRA = lazy(r"\b(?:naira|Nigeria|Nigerian)\b")
_EUROS = lazy(r"€|\beuros?\b|\bEUR\b")
_DOLLARS = lazy(r"\bdollars?\b|\bUSD\b")
_SH_CURRENCIES = ("KES", "TZS", "UGX")  # the shillings a bare "Sh" prints (Somalia's reads "SoSh")


@functools.cache
def _shilling_places() -> tuple[str, ...]:
    """The lower-case names of the East African shillings' places, to ask the text cheaply first."""
    return tuple(word.lower() for code, adjective, places in SHARED_CURRENCIES["shilling"]["countries"]
                 if code in _SH_CURRENCIES for word in places.split("|"))


def _east_african_shilling(shared: "SharedCurrencies", low: str) -> str | None:
    if not any(w in low for w in _shilling_places()):
        return None
    code = shared.named("shilling")
    return code if code in _SH_CURRENCIES else None
# lower-case words one of which any mention of a dollar country holds (names, bodies)
_COUNTRY_HINTS = {
    "AUD": ("austral", "abs", "rba", "asx", "kiribati", "tarawa", "tuvalu", "nauru", "queensland", "new south wales",
            "tasmania", "canberra"),
    "CAD": ("canad", "ottawa", "tsx", "statcan", "ontario", "quebec", "nova scotia", "new brunswick", "manitoba",
            "british columbia", "saskatchewan", "alberta", "newfoundland", "prince edward island", "yukon", "nunavut",
            "b.c.", "bc", "p.e.i."),
    "NZD": ("new zealand", "kiwi", "stats nz", "rbnz", "cook islands", "rarotonga", "niue"),
    "HKD": ("hong kong", "hkma"),
    "SGD": ("singapore", "mas"),
    "TWD": ("taiwan", "central bank of the republic"),
    "JMD": ("jamaica", "boj", "statin"),
    "TTD": ("trinidad", "tobago", "t&t", "cbtt"),
    "BBD": ("barbad", "bajan"),
    "GYD": ("guyan",),
    "NAD": ("namibi", "windhoek"),
    "BSD": ("bahama", "nassau", "abaco", "eleuthera", "exuma", "bimini"),
    "BZD": ("belize",),
    "FJD": ("fiji", "suva", "rbf"),
    "BND": ("brunei", "ambd"),
    "XCD": ("caribbean", "eccb", "antigua", "grenad", "lucia", "kitts", "vincent", "dominica"),
    "SBD": ("solomon", "honiara"),
    "WST": ("samoa", "apia"),
    "TOP": ("tonga", "nuku"),
    "BMD": ("bermud",),
    "KYD": ("cayman",),
}
# (and their capitals, cities and people: dollar_places)
_COUNTRY_HINTS = {code: hints + tuple(p.lower() for p in DOLLAR_PLACES.get(code, ())) for code, hints in _COUNTRY_HINTS.items()}
_DOLLAR_HINTS = tuple(h for hints in _COUNTRY_HINTS.values() for h in hints)
#: The currencies other than the US dollar that a text may print with a bare "$": the dollar
#: countries above and the named dollars of the money lexicon's shared "dollar" family.
OTHER_DOLLARS = (frozenset(_COUNTRY_HINTS) | {code for code, *_ in SHARED_CURRENCIES["dollar"]["countries"]}) - {"USD"}


#: A dollar named by its prefix ("EC$27.1 million", "NZ$4.2 billion"); the US prefixes too.
# (case-sensitive and glued: "a $5 million" is no "A$")
_PREFIXED_DOLLAR = lazy(r"(?<![A-Za-z$])(EC|NZ|HK|S|A|AU|CA|CAN|J|TT|Bds|BDS|G|N|L|FJ|BZ|NT|Z|US|U\.S\.)\$")


def _named_dollar(text: str) -> str | None:
    """The one dollar the text names by its prefix, where it names no other and no US
    dollar: "EC$27.1 million … A total of $27,140,200": the bare "$" after it is that
    dollar (a newsroom names its dollar once and drops the prefix after)."""
    if "$" not in text:
        return None
    named = {m.group(1).upper().replace(".", "") for m in _PREFIXED_DOLLAR.finditer(text)}
    if len(named) != 1 or named & {"US", "CA"} or _US_DOLLAR_WORDS.search(text):
        return None  # none, several, or a US dollar named too ("C$" may be a córdoba: not read)
    code = CURRENCY_PREFIXES.get(next(iter(named)) + "$")
    return code if code and len(code) == 3 else None


def _prefixed_cents(text: str) -> str | None:
    """Whose cents a text's "cents" are where it prints no bare "$" and names most of its
    money by one qualified dollar ("TT$2.6 million, or 17 cents per share … US$1 was
    equivalent to TT$6.45"): that dollar's."""
    if "cent" not in text or "$" not in text or BARE_DOLLAR.search(text):
        return None
    counts: dict[str, int] = {}
    for m in _PREFIXED_DOLLAR.finditer(text):
        code = CURRENCY_PREFIXES.get(m.group(1).upper().replace(".", "") + "$") or "USD"
        counts[code] = counts.get(code, 0) + 1
    best = max(counts, key=counts.get, default=None)
    if best is None or best == "USD" or len(best) != 3 or 2 * counts[best] <= sum(counts.values()):
        return None
    return best


def _worded_dollar(text: str) -> str | None:
    """The one "$"-printed currency the text names in words as its own ("the Samoan tala
    depreciated 0.7 percent against the US dollar", "Hong Kong dollars"), where it names no
    other and no US dollar but as the other side of an exchange rate ("against the US
    dollar", "per Australian dollar"): an exchange rate is told of the home currency, and
    the text's bare "$" is that currency. None where it prints "US$" anywhere."""
    if "$" not in text or not any(w in text for w in _CURRENCY_WORD_HINTS):
        return None
    own = {code for code, names, _ in _DOLLAR_COUNTRIES for m in names.finditer(text)
           if _CURRENCY_NAME.match(text, m.end()) and not _counterpart(text, m.start())}
    if len(own) != 1 or _US_DOLLAR_SIGN.search(text):
        return None
    if any(not _counterpart(text, m.start()) for m in _US_DOLLAR_WORDS.finditer(text)):
        return None
    return next(iter(own))


_CURRENCY_WORD_HINTS = ("dollar", "tala", "pa'anga", "pa’anga", "paanga")
_CURRENCY_NAME = lazy(r"\s+(?:dollars?|tala|pa['’]?anga)\b", re.I)
# "against (both) the US dollar (and the euro)", "per US dollar", "versus the US and Australian dollars"
_COUNTERPART_BEFORE = lazy(r"\b(?:against|versus|vs\.?|relative\s+to|vis-[àa]-vis|per|to\s+the)\s+(?:both\s+)?(?:the\s+)?"
                           r"(?:[\w.]+(?:\s+[\w.]+)?(?:\s+(?:dollars?|euros?|yen|pounds?))?\s*(?:,|and|&)\s*(?:the\s+)?)*$", re.I)


def _counterpart(text: str, at: int) -> bool:
    """The currency named at `at` is the other side of an exchange rate ("against the US dollar")."""
    return _COUNTERPART_BEFORE.search(text, max(0, at - 60), at) is not None


# a "$" no letter qualifies ("$5", "a $5 fee"), as against "TT$5" and "US$5"
BARE_DOLLAR = lazy(r"(?<![A-Za-z$])\$(?!\s?US\b)")
_US_DOLLAR_WORDS = lazy(r"\b(?:USD|US\s?dollars?|U\.S\.\s?dollars?|American\s+dollars?)\b|\$US", re.I)


def _dollar_of(text: str) -> str:
    """Whose dollar a bare "$" is (_dollar_by_place), or where that is the US dollar but the
    text marks the US dollar's sums "US$", the other dollar it sets the bare "$" apart as."""
    best = _dollar_by_place(text)
    if best == "USD" and _marks_us_dollars(text):
        best = _contrasted_dollar(text) or best
    return best


def _dollar_by_place(text: str) -> str:
    """Whose dollar a bare "$" is: the country whose statistics office or central bank the
    article quotes (its figures are in its currency), that its headline names while it never
    names the United States, or that it names at least three times and more than twice as
    often as the United States; else the US dollar."""
    low = text.lower()
    if "$" not in text and "dollar" not in low:
        return "USD"  # nothing to decide (and the counting below is the costly part)
    if not any(h in low for h in _DOLLAR_HINTS):
        return "USD"  # no other dollar country named at all
    us_names, us_bodies = _us_as_place(text), len(_US_BODIES.findall(text))
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("date ")]
    # a headline is a short first line, not a first paragraph that names a company's origin
    title = lines[0] if len(lines) > 1 and len(lines[0].split()) <= _HEADLINE_WORDS else ""
    dateline = _local_dateline(lines)
    best, best_score = "USD", 0
    # "Guyana earned $126.3 billion (US$604.3 million)": a bare "$" converted into US dollars
    # is not the US dollar, but that of the dollar country the text names
    converted = "(" in text and _BARE_TO_US.search(text) is not None
    for code, names, bodies in _DOLLAR_COUNTRIES:
        if not any(h in low for h in _COUNTRY_HINTS[code]):
            continue  # named nowhere: skip the counting
        # (a dateline in capitals is a mention its title-cased place makes countable)
        n, b = _country_mentions(names, text) + _country_mentions(names, dateline), len(bodies.findall(text))
        # "…, Australia" as the headline, or "NASSAU, BAHAMAS —" as a local paper's dateline
        titled = bool(_country_mentions(names, title) or _country_mentions(names, dateline)) \
            and not us_names and not us_bodies
        # "the government of Dominica presented its budget": a government's own accounts are
        # in its own money, when the text never names the United States
        governed = not us_names and not us_bodies and _names_its_government(names, text)
        # "Hong Kong's total exports … to $317.6 billion": the series are that country's own
        # (its partners are named after "to" and "from", not as owners), when the text never
        # names the United States
        owns = not us_names and not us_bodies and _owns_a_series(names, text)
        if b > us_bodies or titled or governed or owns or (n >= 3 and n > 2 * us_names and not us_bodies) \
                or converted and n:
            if (b, n) > (best_score, 0):
                best, best_score = code, b or 0.5
    if best == "USD" and not us_names and not us_bodies \
            and not _US_DOLLAR_WORDS.search(text) and not _US_DOLLAR_SIGN.search(text):
        # "the 2010 National Budget Address … in St. Kitts and Nevis": a government's accounts
        # are in its own money, that of the one country the text is about
        # (placenames.article_country), when it never names the US nor its dollar ("withdrew
        # US$200 million … its first withdrawal of $200 million": a bare "$" beside "US$" may be
        # either); so is any text about one dollar country that names no other ("Hong Kong's
        # goods exports … totalled $332.7 billion")
        # (the latter never naming the United States, even as a partner)
        public = _PUBLIC_ACCOUNTS.search(text) is not None
        place = _dollar_of_place(article_country(text)) if public or not _US.search(text) else None
        if place and (public and _named_as_home(place, text) or _sole_dollar_country(place, text)):
            best = place
    return best


def _marks_us_dollars(text: str) -> bool:
    """The text prints some of its dollars "US$" and others with a bare "$"."""
    return _US_DOLLAR_SIGN.search(text) is not None and _BARE_DOLLAR_FIGURE.search(text) is not None


def _contrasted_dollar(text: str) -> str | None:
    """A text about one dollar country that marks the US dollar "US$" and prints other sums
    with a bare "$" ("tourism earned US$4.2 billion … the government collected $12 billion in
    taxes") sets its own dollar apart by the mark: the bare "$" is the country's dollar (a
    bare "$" restating a "US$" figure stays that figure's, mentions.py). The country is the
    one the text is about (placenames.article_country), named as its own at least once; or
    the one other dollar it names by its prefix ("J$1.2 billion … US$40 million … $300
    million"), where that is the only one."""
    named = {CURRENCY_PREFIXES.get(m.group(1).upper().replace(".", "") + "$")
             for m in _PREFIXED_DOLLAR.finditer(text)} - {"USD", None}
    place = _dollar_of_place(article_country(text))
    if place and place != "USD" and _named_as_home(place, text):
        return place if named <= {place} else None  # (another dollar named too: unclear)
    code = next(iter(named)) if len(named) == 1 else ""
    return code if len(code) == 3 and code.isalpha() else None


_BARE_DOLLAR_FIGURE = lazy(r"(?<![A-Za-z$])\$\s?\d")


def _sole_dollar_country(code: str, text: str) -> bool:
    """The text names `code`'s country at least twice ("clients from Canada" once is a
    partner) and no other dollar country (the hints first, cheaply)."""
    low = text.lower()
    return not any(other != code and any(h in low for h in _COUNTRY_HINTS[other]) and _country_mentions(names, text)
                   for other, names, _ in _DOLLAR_COUNTRIES) \
        and any(_country_mentions(names, text) >= 2 for other, names, _ in _DOLLAR_COUNTRIES if other == code)


def _named_as_home(code: str, text: str) -> bool:
    """The text names `code`'s country once at least other than as a partner or an origin
    ("visitors from Canada"): a government's accounts are in the money of a place it names
    as its own."""
    names = next(names for other, names, _ in _DOLLAR_COUNTRIES if other == code)
    return any(not _PARTNER_BEFORE.search(text, max(0, m.start() - 12), m.start())
               and not _ORIGIN_COMPOUND.match(text, m.end()) for m in names.finditer(text))


def _us_as_place(text: str) -> int:
    """How often the text names the United States other than as a partner or an origin in a
    sentence without money ("visitors from the US rose by 4.9 percent"): such a partner is not
    the place whose money the text counts (beside money it may be: "Singapore's exports to the
    United States rose to $12 billion" may be in US dollars)."""
    return sum(1 for m in _US.finditer(text) if not (_PARTNER_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                                      and not _MONEY_WORDS.search(_sentence_around(text, m.start()))))


_PARTNER_BEFORE = lazy(r"\b(?:from|to|into|with)\s+(?:the\s+)?$", re.I)
_MONEY_WORDS = lazy(r"\$|\bdollars?\b|\bUSD\b", re.I)


def _sentence_around(text: str, at: int) -> str:
    """The sentence (or line) that holds `at`, by its stops."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]
_US_DOLLAR_SIGN = lazy(r"(?<![A-Za-z])(?:US|U\.S\.)\s?\$")
_PUBLIC_ACCOUNTS = lazy(r"\b(?:national\s+budget|budget\s+(?:address|speech|statement)|minister\s+of\s+finance|"
                        r"finance\s+minister|ministry\s+of\s+finance|finance\s+ministry|recurrent\s+(?:revenue|expenditure)|estimates\s+of\s+(?:revenue|expenditure))\b",
                        re.I)


def _dollar_of_place(place: str | None) -> str | None:
    """The dollar of a place named as placenames.article_country names it ("Saint Kitts and Nevis")."""
    return next((code for code, names, _ in _DOLLAR_COUNTRIES if place and names.search(place)), None)


def _local_dateline(lines: list[str]) -> str:
    """The place a story's own paper files it from, title-cased ("NASSAU, BAHAMAS — The
    country's reserves …" → "Nassau, Bahamas"): a capital dateline opening one of the first
    lines and closed by a dash or a colon, a local agency's or broadcaster's mark between
    ("WELLINGTON (RNZ) -"). A world wire's ("HONG KONG (Reuters) -") or a dated one
    ("LONDON, Jan 5") names no home."""
    for line in lines[:3]:
        m = _CAPITAL_DATELINE.match(line)
        if m:
            return m.group(1).title() + (f", {m.group(2)}" if m.group(2) else "")
    return ""


# (its country may follow in title case: "KINGSTON, Jamaica —", "WINDHOEK, Namibia:")
_CAPITAL_DATELINE = re.compile(r"([A-Z][A-Z'’.-]+(?:,?\s[A-Z][A-Z'’.-]+){0,4})"
                               r"(?:,\s(?-i:([A-Z][a-z]+(?:\s(?:and\s)?[A-Z][a-z]+){0,2})))?"
                               # a local broadcaster's or agency's mark ("WELLINGTON (RNZ) -"); a world
                               # wire's files from anywhere ("HONG KONG (Reuters) -")
                               r"(?:\s*\((?!Reuters|AP\b|AFP|Bloomberg|Xinhua|Dow\s|UPI|dpa|IANS|PTI|ANI|Sputnik|TASS|Anadolu|Kyodo|"
                               r"Yonhap|EFE|ANSA|CNA|Platts|Argus|IPS|Thomson|MarketWatch|The\s+Associated|Associated)[^()\n]{1,30}\))?"
                               r"\s*(?:—|–|-\s|:)")
_BARE_TO_US = lazy(r"(?<![A-Za-z$])\$\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|b)\b)?\s*\(\s*"
                   r"(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|or\s+)?"
                   r"(?:US\s?\$|U\.S\.\s?\$|USD\b)")
_GOVERNMENT_OF = lazy(r"\b(?:government|parliament|treasury|ministry\s+of\s+finance|finance\s+ministry|national\s+budget)"
                      r"\s+of\s+(?:the\s+)?$", re.I)
# "Fiji Revenue and Customs Service", "the Jamaica Customs Agency": the country's own tax office
_ITS_GOVERNMENT = lazy(r"(?:['’]s)?\s+(?:government|parliament|treasury|finance\s+ministry|ministry\s+of\s+finance|national\s+budget|"
                       r"(?-i:(?:Inland\s+)?Revenue(?:\s+and\s+Customs)?|Customs)\s+(?-i:[A-Z]))", re.I)


def _names_its_government(names: re.Pattern, text: str) -> bool:
    """The text names the country's own government, parliament or treasury ("the government of
    Dominica", "Belize's parliament")."""
    return any(_GOVERNMENT_OF.search(text, max(0, m.start() - 30), m.start()) or _ITS_GOVERNMENT.match(text, m.end())
               for m in names.finditer(text))


def _owns_a_series(names: re.Pattern, text: str) -> bool:
    """The text names the country as the owner of a figure's series ("Singapore's exports",
    "Namibia’s budget deficit"), before the money it states."""
    return any(_OWNED_SERIES.match(text, m.end()) for m in names.finditer(text))


# (any few lower-case words before the series' head: "Canada's federal deficit", "Hong Kong's
# retail sales", "Jamaica's net international reserves")
_OWNED_SERIES = lazy(r"['’]s\s+(?:(?-i:[a-z][a-z-]*)\s+){0,3}"
                     r"(?:exports?|imports?|trade|budget|revenues?|spending|expenditures?|gdp|gross\s+domestic\s+product|economy|debt|deficit|"
                     r"surplus|reserves?|income|earnings|sales|receipts|current\s+account|finances|taxe?s|assets|wages|payroll|"
                     r"investments?|savings)\b", re.I)


def _country_mentions(names: re.Pattern, text: str) -> int:
    """How often the text names a country as its place, leaving out a firm's or a partner's
    origin ("Canadian-based Centerra Gold", "a Canadian-owned miner"): a foreign company
    does not make the article's dollar its own."""
    return sum(1 for m in names.finditer(text) if not _ORIGIN_COMPOUND.match(text, m.end()))


_ORIGIN_COMPOUND = lazy(r"-(?:based|owned|listed|registered|headquartered|controlled|backed|led|run|made|born)\b", re.I)
_HEADLINE_WORDS = 30
# what a bare "$" may be that a bare word "dollars" is not
_NOT_DOLLARS = frozenset({"MXN", "ARS", "CLP", "COP", "UYU", "CUP", "WST", "TOP"})


def _peso_dollar(text: str, shared: "SharedCurrencies") -> str | None:
    """The peso a bare "$" is in its own country's press (Mexico, Argentina, Chile,
    Colombia, Uruguay, Cuba print pesos as "$"): where the article counts money in pesos by
    name, names a peso country, and never speaks of dollars nor converts pesos into "$"."""
    if "$" not in text or "peso" not in text.lower() or not _PESO_AMOUNT.search(text):
        return None
    if _DOLLAR_WORDS.search(text) or _PESOS_CONVERTED.search(text):
        return None
    code = shared.named("peso")
    return code if code in _DOLLAR_SIGN_PESOS else None


_PESO_AMOUNT = lazy(r"\d\s?(?:(?:million|billion|trillion|thousand|mn|bn)\s+)?pesos\b", re.I)
_DOLLAR_WORDS = lazy(r"\bdollars?\b|\bgreenbacks?\b|\bUSD\b|\bU\.?S\.?\s?\$|\$\s?US\b", re.I)
_PESOS_CONVERTED = lazy(r"pesos?\s*\((?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?\$", re.I)
# the pesos printed "$" at home (the Philippine peso is "P" or "₱", the Dominican "RD$")
_DOLLAR_SIGN_PESOS = frozenset({"MXN", "ARS", "CLP", "COP", "UYU", "CUP"})


def _qualified_dollar_figures(text: str) -> dict[float, str]:
    """Figures the article prints with a qualified dollar sign ("US$200 million", "G$41.7
    billion"), by value, where one value has one currency: a bare "$" restating one of them
    (a headline, a quote) is that dollar."""
    if "$" not in text or not _QUALIFIED_DOLLAR_SIGN.search(text):
        return {}
    seen: dict[float, set] = {}
    for m in _QUALIFIED_DOLLAR.finditer(text):
        code = CURRENCY_PREFIXES.get(m.group(1))
        if not code or code in SHARED_CURRENCIES or code.endswith("?"):
            continue
        try:
            value = clean(parse_digits(m.group(2)) * scale_value(m.group(3)))
        except ValueError:
            continue
        seen.setdefault(value, set()).add(code)
    return {v: next(iter(codes)) for v, codes in seen.items() if len(codes) == 1}


_QUALIFIED_DOLLAR_SIGN = lazy(r"[A-Za-z]\$|\$[A-Z]")
_QUALIFIED_DOLLAR = lazy(r"(?<![\w$])([A-Z][A-Za-z.]{0,3}\$|\$US|\$A)\s?(\d[\d,]*(?:\.\d+)?)"
                         r"(?:\s?(million|billion|trillion|thousand|bn|mn|m|b|tn)\b)?", re.I)
# the United States as a place; "the US dollar" names a currency ("remittances in AUD, NZD and
# the US dollar fell"), which a Tongan or Fijian text names as often as its own
_US = re.compile(r"(?:\bU\.?S\.?A?\b(?!\$)|\bUnited States\b|\bAmerican?s?\b|\bWashington\b)(?!\s+dollars?\b)")
_US_BODIES = re.compile(r"\bFederal Reserve\b|\bBureau of (?:Labor Statistics|Economic Analysis)\b|\bBLS\b|"
                        r"\bCensus Bureau\b|\bCommerce Department\b|\bDepartment of Commerce\b|\bCBO\b")
_DOLLAR_COUNTRIES = [
    # Kiribati, Tuvalu and Nauru spend the Australian dollar, the Cook Islands and Niue New Zealand's
    # a state or province names its country too ("Nova Scotia is forecasting a deficit of $264.3
    # million": a provincial budget is in Canadian dollars); Victoria and Perth are other places' too
    ("AUD", re.compile(r"\bAustrali(?:a|an)s?\b|\bASX\b|\bKiribati\b|\bTarawa\b|\bTuvalu(?:an)?s?\b|\bNauru(?:an)?s?\b|"
                       r"\bQueensland(?:ers?)?\b|\bNew South Wales\b|\bTasmanian?s?\b|\bCanberra\b"),
     re.compile(r"\bAustralian Bureau of Statistics\b|\bABS\b|\bRBA\b|\bReserve Bank of Australia\b")),
    ("CAD", re.compile(r"\bCanad(?:a|ian)s?\b|\bOttawa\b|\bTSX\b|\bOntari(?:o|ans?)\b|\bQu[eé]bec(?:ers?|ois)?\b|"
                       r"\bNova Scotian?s?\b|\bNew Brunswick\b|\bManitoban?s?\b|\bBritish Columbian?s?\b|"
                       r"\bSaskatchewan\b|\bAlbert(?:a|ans?)\b|\bNewfoundland\b|\bPrince Edward Island\b|\bYukon\b|\bNunavut\b|"
                       # the provinces' common abbreviations ("B.C. budget", "BC's deficit"), not an era's "500 BC"
                       r"\bB\.C\.|(?<!\d )\bBC\b|\bP\.E\.I\."),
     re.compile(r"\bStatistics Canada\b|\bStatCan\b|\bBank of Canada\b")),
    ("NZD", re.compile(r"\bNew Zealand(?:ers?)?\b|\bKiwis?\b|\bCook Islands?\b|\bRarotonga\b|\bNiue(?:an)?s?\b"),
     re.compile(r"\bStats NZ\b|\bStatistics New Zealand\b|\bReserve Bank of New Zealand\b|\bRBNZ\b")),
    ("HKD", re.compile(r"\bHong Kong\b"), re.compile(r"\bHong Kong Monetary Authority\b|\bHKMA\b")),
    ("SGD", re.compile(r"\bSingapore(?:an)?s?\b"), re.compile(r"\bMonetary Authority of Singapore\b|\bMAS\b")),
    ("TWD", re.compile(r"\bTaiwan(?:ese)?\b"), re.compile(r"\bCentral Bank of the Republic of China\b")),
    # the Caribbean's, Oceania's and southern Africa's own dollars, which their press prints as "$"
    ("JMD", re.compile(r"\bJamaican?s?\b"), re.compile(r"\bBank of Jamaica\b|\bBOJ\b|\bSTATIN\b")),
    ("TTD", re.compile(r"\bTrinidad(?:ian)?s?\b|\bTobago(?:nian)?\b|\bT&T\b"),
     re.compile(r"\bCentral Bank of Trinidad and Tobago\b|\bCBTT\b")),
    ("BBD", re.compile(r"\bBarbad(?:os|ian)s?\b|\bBajans?\b"), re.compile(r"\bCentral Bank of Barbados\b")),
    ("GYD", re.compile(r"\bGuyan(?:a|ese)\b"), re.compile(r"\bBank of Guyana\b")),
    ("NAD", re.compile(r"\bNamibian?s?\b|\bWindhoek\b"),
     re.compile(r"\bBank of Namibia\b|\bNamibia Statistics Agency\b")),
    # (its islands name it too: "Grand Bahama, Eleuthera and Abaco also saw growth")
    ("BSD", re.compile(r"\bBahamas\b|\bBahamians?\b|\bNassau\b|\bGrand Bahama\b|\bAbaco\b|\bEleuthera\b|\bExumas?\b|"
                       r"\bBimini\b"), re.compile(r"\bCentral Bank of (?:The )?Bahamas\b")),
    ("BZD", re.compile(r"\bBelize(?:an)?s?\b"), re.compile(r"\bCentral Bank of Belize\b")),
    ("FJD", re.compile(r"\bFiji(?:an)?s?\b|\bSuva\b"), re.compile(r"\bReserve Bank of Fiji\b|\bRBF\b")),
    ("BND", re.compile(r"\bBrunei(?:an)?s?\b"), re.compile(r"\bAutoriti Monetari Brunei Darussalam\b|\bAMBD\b")),
    ("XCD", re.compile(r"\bEastern Caribbean\b|\bAntigua\b|\bGrenad(?:a|ian)s?\b|\b(?:St\.?|Saint) "
                       r"(?:Lucia|Kitts|Vincent)\b|\bDominica(?!n)\b"),
     re.compile(r"\bEastern Caribbean Central Bank\b|\bECCB\b")),
    ("SBD", re.compile(r"\bSolomon Islands?\b|\bHoniara\b"), re.compile(r"\bCentral Bank of Solomon Islands\b")),
    # not dollars, but their press prints the tala and the pa'anga with a bare "$" too
    ("WST", re.compile(r"\bSamoan?s?\b(?<!American Samoa)|\bApia\b"), re.compile(r"\bCentral Bank of Samoa\b")),
    ("TOP", re.compile(r"\bTongan?s?\b|\bNuku.alofa\b"), re.compile(r"\bNational Reserve Bank of Tonga\b")),
    ("BMD", re.compile(r"\bBermud(?:a|ian)s?\b"), re.compile(r"\bBermuda Monetary Authority\b|\bBMA\b")),
    ("KYD", re.compile(r"\bCayman(?:ian)?s?\b"), re.compile(r"\bCayman Islands Monetary Authority\b|\bCIMA\b")),
]


def _with_places(code: str, names: re.Pattern) -> re.Pattern:
    """A dollar country's names and its capital, cities and people's (dollar_places): a local
    paper names its city ("WELLINGTON (RNZ) -", "Aucklanders") more often than its country."""
    places = DOLLAR_PLACES.get(code)
    if not places:
        return names
    alternation = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"{names.pattern}|(?<![\w'’-])(?:{alternation})s?(?![\w$])")


_DOLLAR_COUNTRIES = [(code, _with_places(code, names), bodies) for code, names, bodies in _DOLLAR_COUNTRIES]


class SharedCurrencies:
    """Whose currency a name or sign several countries share is in this article ("dinars",
    "Rs", a glued "K"): the country the article names most often, by adjective or place;
    with none named, the family's first (or nothing, for a family that needs its country).
    Decided when first asked, once per family, as most articles never ask."""

    def __init__(self, text: str):
        self._text = text
        self._codes: dict[str, str | None] = {}
        self._named: dict[str, bool] = {}
        self._countries_named: dict[str, bool] = {}

    def code(self, family: str) -> str | None:
        if family not in self._codes:
            self._codes[family] = self._decide(family, SHARED_CURRENCIES[family])
        return self._codes[family]

    def named(self, family: str) -> str | None:
        """The family's currency of a country the article names; None where it names none."""
        code = self.code(family)
        return code if self._named.get(family) else None

    def names_country_of(self, code: str) -> bool:
        """The article names the country (or its capital or main city) whose currency `code`
        is, as the families list their members' places: asked only for a local sign printed
        apart from its figure ("TL 20,431" in a story of Turkey)."""
        if code not in self._countries_named:
            self._countries_named[code] = any(
                member == code and _compiled(rf"\b(?:{places})\b").search(self._text)
                for fam in SHARED_CURRENCIES.values() for member, _, places in fam.get("countries", ()))
        return self._countries_named[code]

    def of_amount(self, family: str) -> str | None:
        """The family's currency for a figure only money prints ("K106.0 billion", "SSP 500
        million": a sign and a scale word), where the article may name none of its countries
        (a desk's own copy, "Finance Minister … unveiled a K106.0 billion budget"): the named
        country's, else the member whose own name the text prints ("kina"), else the first."""
        code = self.code(family)
        if code is not None:
            return code
        codes = [member for member, _, _ in SHARED_CURRENCIES[family]["countries"]]
        return next((member for member in codes if member in self._printed), codes[0])

    @functools.cached_property
    def _printed(self) -> frozenset:
        """_printed_currencies of the text, read once: every figure a sign prints asks it, and it
        runs the names of all the currencies over the whole text."""
        return _printed_currencies(self._text)

    @functools.cached_property
    def _named_text(self) -> str:
        """The text with capital datelines read as names ("NAIROBI —" as "Nairobi —"),
        made when a family is first decided: most articles never ask."""
        return _DATELINE.sub(lambda m: m.group(0).title(), self._text)

    def _decide(self, family: str, fam: dict) -> str | None:
        # a country's mentions, and more: the headline naming it (the article's own
        # country, where a list of partners names others as often) and its ISO code printed
        # ("11,163.8 million TND")
        title = next((ln for ln in self._named_text.splitlines() if ln.strip()), "")
        best, best_score = None, 0
        for code, adjective, places in fam["countries"]:
            country = _country_re(adjective, places)
            score = len(country.findall(self._named_text))
            if score:
                score += bool(country.search(title)) + 2 * bool(re.search(rf"\b{re.escape(code)}\b", self._named_text))
            if score > best_score:
                best, best_score = code, score
        if best is None:
            best = _placed_by_cue(fam, self._text)
        self._named[family] = best is not None
        if best is None and not fam.get("needs_country"):
            best = fam["countries"][0][0]
        return best


_CURRENCY_NAME_WORD = lazy(rf"(?<!\w)(?:{CURRENCY_NAME})(?!\w)", re.I)


def _printed_currencies(text: str) -> frozenset:
    """The currencies whose names the text prints, a shared name standing for each of its
    family's members ("kwacha": the Zambian and the Malawian)."""
    out = set()
    for m in _CURRENCY_NAME_WORD.finditer(text):
        code = currency_from_name(m.group(0))
        fam = SHARED_CURRENCIES.get(code)
        out.update([member for member, _, _ in fam["countries"]] if fam else [code])
    return frozenset(out)


def _placed_by_cue(fam: dict, text: str) -> str | None:
    """The family's one country whose own words (its calendar, not its name) the text uses
    ("the fiscal year 2024-25, beginning mid-July": Nepal's): lexicon/money.yaml `cues`."""
    placed = [code for code, pattern in (fam.get("cues") or {}).items() if _compiled(pattern).search(text)]
    return placed[0] if len(placed) == 1 else None


@functools.cache
def _compiled(pattern: str) -> re.Pattern:
    """A lexicon pattern, compiled once."""
    return re.compile(pattern)


# A wire dateline in capitals at the start of a line ("NAIROBI —", "KUWAIT CITY, Nov 17:"):
# the place names the country as its title-cased name would
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}(?=\s*(?:,|—|–|-\s|:|\())")


def _country_re(adjective: str, places: str) -> re.Pattern:
    key = (adjective, places)
    if key not in _COUNTRY_RES:
        # the people name their country too: "remittances of Moroccans residing abroad"
        _COUNTRY_RES[key] = re.compile(rf"\b(?:(?:{adjective})s?|{places})(?![\w-])")
    return _COUNTRY_RES[key]


_COUNTRY_RES: dict = {}


# What a bare "$" may stand for: the US dollar, the other dollars (and the tala and pa'anga)
# their press prints "$", and the pesos printed "$" at home
DOLLAR_SIGN_CURRENCIES = frozenset({"USD", *_COUNTRY_HINTS, *_DOLLAR_SIGN_PESOS})
