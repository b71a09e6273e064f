"""One cardinal figure read with what surrounds it: its sign, its currency before or
after it (currency_marks.py), its scale word or letter (scale_letters.py), and its tail
— percent, points, a currency's name, 'times', a span of time, a physical unit, or the
noun it counts (nouns.py) — or nothing, when the figure is a name's, a label's, a year's
or a date's (exclusions.py).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.articles import MONTH_RE
from factcheck.extract import exclusions, qualifiers
from factcheck.extract.amounts import counts_people_or_things
from factcheck.extract.currency_marks import (
    ASCII_FOLD, ASCII_FOLDED_SIGN, BRACKET_THEN_NAME, CLOSED_AMOUNT, CODE_THEN_SCALE, CURRENCY_WORD, US_AFTER_DOLLARS,
    WORD_CODE_AFTER_SCALE, milestone_mark, name_before, name_code, prefix_before, prefix_currency, scaled_code,
)
from factcheck.extract.fraction_mentions import GLYPH_FRACTIONS
from factcheck.extract.kinds import K, Q
from factcheck.extract.lexicon import load as load_lexicon
from factcheck.extract.mention import Mention
from factcheck.extract.multipliers import times_is_multiplier
from factcheck.extract.nouns import (
    COUNT_STOP, counted_after_measure, counted_phrase, elided_noun, elliptical_count, is_plural, one_counts,
    per_unit, plural_soon,
)
from factcheck.extract.numbers import (
    GAP, CRORE_CURRENCIES, CURRENCY_PREFIXES, NUMBER_WORD, WHOLE_UNIT_CURRENCIES, SUBUNITS,
    SCALE_ABBR, SCALE_WORD, SCALE_AFTER, TAIL, digits_precision, clean, parse_digits, parse_number_word,
    scale_value, spoken_places,
)
from factcheck.extract.ordinal_mentions import rank_after_number_sign, rank_after_number_word
from factcheck.extract.patterns import lazy
from factcheck.extract.qualifiers import qualifier_left_of
from factcheck.extract.ranges import CHANGE_KINDS
from factcheck.extract.scale_letters import (
    CLAUSE_END, CURRENCY_NAME_AFTER, IMPERIAL_LENGTH_RESTATED, METRE_AFTER, beside_glued_millions,
    capital_currency_after, millions_at_clause_end, money_clause,
)
from factcheck.extract.time_spans import in_a_row, span_of_time
from factcheck.extract.units import match_physical_unit
from factcheck.extract.vocabulary import OF_NATIONAL_OUTPUT
from factcheck.extract.worded_signs import negative_by_word
from factcheck.models import Qualifier
from factcheck.quantities import rate_unit


# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
# ("(- 12,6%)": right after a bracket a sign may stand a space apart, as French typography sets it)
_SIGN_BEFORE = lazy(r"(?:(?<![\w.,%)\]\-–—])(?P<s>[-−–+])(?:(?<=\([-−–+])\s)?|(?<![\w-])(?P<w>[Mm]inus)[\s-]?)$")
_NOUN_AFTER_UNIT = re.compile(r"[ \t]+([a-z]{3,}s)\b")
_LONE_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # what numbers.LONE_DECIMAL_COMMA reads


class _CountedCompound:
    """'-member', '-cylinder', ' page document': a compound modifier that counts (lexicon/units.yaml)."""

    @functools.cached_property
    def pattern(self) -> re.Pattern:
        words = "|".join(sorted(load_lexicon("units")["counted_compounds"], key=len, reverse=True))
        # hyphenated, or written apart before the noun it modifies ("the 12 page document")
        return re.compile(rf"(?:-|[ \t]+(?=(?:{words})[ \t]+[a-z]))({words})\b(?!-)", re.I)

    def match(self, text: str, pos: int):
        return self.pattern.match(text, pos)


_COUNTED_COMPOUND = _CountedCompound()


def _spaced_unit(sentence: str, end: int) -> bool:
    """A unit's name after a space undoes a name's number as a glued unit does ("Energy's 550
    megawatt farm", "MacBook Pro 16 inch"), though not a span of time ("Apollo 11 days later")
    nor one letter ("Grade 3 C")."""
    if not sentence.startswith(" ", end):
        return False
    unit = match_physical_unit(sentence, end)
    return unit is not None and unit.entity != "time" and len(sentence[end:unit.end].strip()) >= 3


_CODE_AFTER = re.compile(r"[ \t]+(?:zip|post(?:al)?|area|postcode|pin|dialling|dialing|country)[ \t]*codes?\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:age[ds]?|ages?\s+of)\s+(?:between\s+)?$", re.I)  # "aged between 15 and 64"
# the units after "thousand" in a number spoken in parts: three digits, no unit, scale or figure of their own
_THOUSAND_UNITS_REST = re.compile(r"[ \t]+(\d{3})(?![\d.,%/:-])"
                                  r"(?!\s*(?:per|percent|million|billion|thousand|and\s+\d)\b)")
_COMPOUND_REST = re.compile(r"[ \t]+(\d{1,3}(?:\.\d+)?)[ \t]+(million|thousand)\b", re.I)
# (or of a day or an hour, which no report's period is: "30,000 tonnes of cocoa a day", "1.8
# million barrels of oil and condensate daily"; a year's or a month's "of cashews annually" is
# the period's total as the corpus writes it)
_OF_STUFF_PER = re.compile(r"\s+of(?:\s+[a-z]+){1,3}(?=\s+per\s|\s+(?:a|an|every|each)\s+(?:day|hour)\b|\s+(?:daily|hourly)\b)")
_PLUS_SCALE = re.compile(r"(?P<plus>[ \t-]plus)(?=[ \t]+(?:thousand|million|billion|trillion)\b)", re.I)
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_ZERO_THOUSANDTHS = re.compile(r"[1-9]\d{0,2}\.000")
# another whole number of the sentence printed in thousands groups ("88,400", "961.000"), no
# decimals or scale word after it: the sentence counts in whole thousands
_GROUPED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*(?![\d.,]*\d)(?![ \t]*(?:%|per\s?cent|"
                                r"percent|million|billion|trillion|thousand|mn|bn|m|k)\b)", re.I)


# a figure that ends its line after another figure, spaces between ("Retail trade turnover
# 17 977,9 102,8"): the last cell of a table's row; the words on the next line are the next
# row's label ("food products 8074,5"), which it does not count
_CELL_BEFORE = re.compile(r"\d[ \t]+$")
_LINE_END = re.compile(r"[ \t]*\n")


def _ends_table_row(sentence: str, left: str, pos: int) -> bool:
    return _LINE_END.match(sentence, pos) is not None and _CELL_BEFORE.search(left) is not None


def _grouped_thousands_beside(sentence: str, start: int, end: int, counts: bool) -> bool:
    """Another figure of the sentence in whole thousands: grouped with commas ("88,400"), or
    with a point where one of the two counts a plural noun ("961.000 foreigners … 848.000");
    never two bare dotted figures ("the index stood at 105.968 versus 100.591": decimals)."""
    return any(g.group(1) == "," or counts or counted_phrase(sentence[g.end():]) is not None
               for g in _GROUPED_THOUSANDS.finditer(sentence) if not (g.start() < end and start < g.end()))


# a figure printed in comma-grouped thousands ("198,956"), which no name's number is ("Boeing
# 737", "Article 370"); unlike _GROUPED_THOUSANDS it takes no dot groups ("Section 1.100")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_AVERAGE_AFTER = re.compile(r"\s+(?:on\s+average|on\s+an\s+average|each|apiece|per)\b", re.I)
_AVERAGE_BEFORE = re.compile(r"\b(?:average|mean|median|per|each|every)\b", re.I)
# a spaced lower-case "m" after money, ending its clause: millions, as headlines shorten them
_SPACED_MILLIONS = re.compile(r" m(?=[ \t]*(?:[,;:)]|\.(?!\d)|$))")
# A spaced "m", "M" or "b" after a currency code or sign ("EUR 820 m in March", "USD 1.2
# b of bonds", "$5 M"), as wire copy abbreviates: millions or billions of it wherever the clause goes on
# after it; a unit glued on ("EUR 4,200 m2", "$3 m/s") or a word the letter begins is no scale.
_SPACED_SCALE_LETTER = re.compile(r" (?-i:(m|b|M))(?![\w²³/'’&.-]|\.\d)")
_MILLIONS_AFTER = re.compile(r"[ \t]+(?:million|billion|trillion)\b", re.I)


_SCALE_INSIDE = re.compile(r"(?:million|billion|trillion)\b", re.I)  # "half a million": a magnitude of its own


# a bare count's span after it makes it a rate ("1,300 a year", "218,000 per month"); per_unit
# turns down "a year earlier", a comparison
_COUNT_PER_SPAN = re.compile(r"\s+(?:per|a|an|every)\s+(?:month|week|day|year|hour|quarter)\b|\s+(?:annually|daily|weekly|monthly|hourly)\b"
                             # an incidence: "42 per 100,000 people", "3.1 per 1,000 inhabitants"
                             r"|\s+per\s+(?:1|10|100)(?:,?000)*\s+(?=[a-z])", re.I)
# the adverb of frequency after a figure and what it counts ("325 annually", "72,229 tourists daily")
_SPAN_ADVERB = re.compile(r"\s+(annually|daily|weekly|monthly|hourly)\b", re.I)
# "the US$ 200 million monthly revenue": the span word is an adjective of the noun after it, no rate
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:on|in|to|for|from|at|by|over|and|or|during|since|until|with|while|which|that|"
                                r"this|last|as|into|than|because|so|but|the|a|an)\b)[a-z]")
_ADVERB_SPAN = {"annually": "year", "daily": "day", "weekly": "week", "monthly": "month", "hourly": "hour"}


_LETTER_STOP_END = lazy(r"[A-Za-z]\.$")
# a lower-case word run into a percentage by a lost space ("representing32.4 percent of GDP",
# "exports rose24.3 percent", "stood at13%"): the word is no name, as names glued to their
# numbers ("G20", "COVID19", "A320") start with a capital and take no per cent
_LOWER_WORD_END = lazy(r"(?:^|[\s(])[a-z]{2,}$")
_PERCENT_GLUED_AFTER = lazy(r"\s?(?:%|per\s?cent\b|percent\b)")
# the closing bracket of a list item's number at the start of its line, before the item
_ENUMERATOR_AFTER = lazy(r"\)[ \t]+(?=[A-Z])")
_LEADING_ZERO = lazy(r"0\d+")
_ONE_DOT_GROUP = lazy(r"[1-9]\d{0,2}\.\d{3}")
_GLUED_PENCE = lazy(r"(?-i:([pc]))(?![\w'’-]|\.\w)")
_SCIENTIFIC = lazy(r"\s?[×x]\s?10\^?([−-]?\d{1,3})(?![\d.,])")
_INDEX_POINTS = lazy(r"points?|pts?", re.I)
# an index named by its initials: "the CPI rose to 112.4", "the PMI fell to 48.2"
_INDEX_INITIALS = ("CPI", "PPI", "PMI", "HICP", "WPI", "RPI", "IIP")
_INDEX_NAMED = lazy(rf"\b(?:[Ii]nd(?:ex|ices)\b(?![-–](?:linked|based))|(?:{'|'.join(_INDEX_INITIALS)})s?\b(?!-))")
_RATE_TOLD = lazy(r"%|\bper\s?cent|\bpercent|\binflation|\brate\b", re.I)


def _initials_level(left: str) -> bool:
    """An index named by its initials, the figure its own: no rate told between ("the CPI shows
    that inflation … from 0.84": a rate with its "%" elided)."""
    last = None
    for last in _INDEX_NAMED.finditer(left):
        pass
    return last is not None and not _RATE_TOLD.search(left, last.end())


# the verb or preposition that puts an index at a level, right before the figure
_INDEX_LEVEL_BEFORE = lazy(r"\b(?:was|is|were|stood\s+at|stands\s+at|came\s+in\s+at|settled\s+at|reached|hit|amounted\s+to|"
                           r"(?:rose|fell|climbed|dropped|declined|increased|decreased|jumped|slipped|eased|went\s+(?:up|down)|"
                           r"edged\s+(?:up|down)|moved)\s+(?:from\s+[\d.,]+\s+)?to|from|of|at|"
                           # its change in its own points, printed bare ("the index gained 45.6", "rose by
                           # 2.1 to 112.4"), its level after a change ("fell 12.35, or 0.9 percent, to 1,345.2")
                           # or its mean ("averaged 104.5")
                           r"(?:gained|lost|shed|added|rose|fell|climbed|dropped|declined|jumped|slipped|eased|advanced|"
                           r"retreated|increased|decreased)(?:\s+by)?|to|averaged)\s+$", re.I)
_RATIO_BEFORE = lazy(r"\bratio\b(?:[^.;:\d%]|\b(?:19|20)\d\d\b){0,60}?\b(?:was|is|of|at|amounted\s+to|stood\s+at|reached|"
                     r"(?:rose|fell|improved|dropped|declined|increased|decreased)\s+to|equall?ed|equals?)\s+$", re.I)
# "driven by transport and grain prices, at 1.33 and 0.93 per cent": a bare figure listed with
# one in per cent is in per cent too, whatever index the sentence names
# ("16,644, 16 per cent above": a level and its change apposed, no list)
_LISTED_WITH_PERCENT = lazy(r"\s*,?\s*(?:and|or)\s+\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)", re.I)
_RANKED_BEFORE = lazy(r"\b(?:rank(?:ed|s|ing)?|position(?:ed)?|plac(?:ed|es)|score[sd]?)\b", re.I)  # a rank, a score
_INDEX_POINT_CHANGE = lazy(r"(\s?-?point)(?:\s+or\s+[\w\s.-]{1,30}?)?\s+(?:increase|decrease|rise|fall|drop|decline|gain|"
                           r"jump|loss|slide|climb|advance|dip|slump)s?\b", re.I)
_POINTS_AFTER = lazy(rf"(?:age)?{GAP}?points?\b", re.I)
_HYPHEN_WORD = lazy(r"-(?!year|month|day|week|old)[A-Za-z]")


_SPELLED_SCALE = re.compile(r"[a-z]{4,}")  # "trillion", "million": no verb reads "5 trillion won" so


# read_cardinal's own patterns, compiled once (it runs for every figure)
_NAME_BEFORE_SIGN = re.compile(r"[A-Z][\w]*\s$")
_WORD_AFTER = re.compile(r"\s+[a-z]{3,}")
_PERCENT_WORD_AFTER = re.compile(r"\s+(?:percent|per|points?)\b")
# "58.1 million tonnes -15 per cent higher than": a hyphen set off after a word, before a
# rate whose own comparative says it rose, is a dash, not a minus
_WORD_BEFORE_DASH = re.compile(r"[A-Za-z]\s$")
_RATE_THEN_COMPARATIVE = re.compile(r"\s*(?:%|\s(?:per\s?cent|percent|pct)\b)\s+(?:higher|more|up|above|greater|larger|bigger)\b",
                                    re.I)
_SCALE_WORD_AFTER = re.compile(rf"{GAP}?(?:{SCALE_WORD}|{SCALE_ABBR})\b", re.I)
_OF_DETERMINER_AFTER = re.compile(r"\s+of\s+(?:its|the|their|his|her|our|these|those)\b")
_BILLIONS_B = re.compile(r" B\b")
_UNIT_AFTER_ONE = re.compile(r"[\s-]+(?:per|percent|percentage|pct|dollars?|euros?|pounds?|yuan|yen|"
                             r"rupees?|years?|months?|weeks?|days?|hours?|minutes?|times?|to|or|and)\b|"
                             r"\s+[a-z]", re.I)


def read_cardinal(sentence: str, m: re.Match, has: dict) -> Optional[Mention]:
    start, end = m.span()
    raw = m.group("dig") or m.group("word") or m.group("mixed")
    word_number = bool(m.group("word"))
    fraction_den = None
    # the article's decimal comma, or a lone one no thousands group could be ("119,2 trillion")
    comma = has.get("decimal_comma", False) or ("," in raw and _LONE_DECIMAL_COMMA.fullmatch(raw.replace(", ", ",")) is not None)
    if m.group("mixed") and raw[-1] in GLYPH_FRACTIONS:  # "3½ per cent", "2¼ billion"
        fraction_den = 2 if raw[-1] == "½" else 4
        value = int(raw[:-1]) + GLYPH_FRACTIONS[raw[-1]]
    elif m.group("mixed") and raw[-1].isalpha():  # "3 and a half per cent"
        fraction_den = 2 if raw.lower().endswith("half") else 4
        value = int(re.match(r"\d+", raw).group(0)) + 1 / fraction_den
    elif m.group("mixed"):
        whole, _, frac = raw.rpartition(" ")
        num, den = re.split(r"[/⁄]", frac)
        fraction_den = int(den)
        value = (float(whole) if whole.strip() else 0.0) + int(num) / fraction_den
    else:
        value = parse_number_word(raw) if word_number else parse_digits(raw, comma)
    if value is None:
        return None
    left = sentence[:start]
    right = sentence[end:]
    if not left.strip() and not word_number and raw.isdigit() and _ENUMERATOR_AFTER.match(right):
        return None  # "10) Azerbaijan - USD 4.4 million": a list item's number, not a quantity

    currency: Optional[str] = None
    surface_start = start
    # a sign glued to the digits ("-1.3%", "$-50.8bn", "€ +12.5", "minus 40"); it stays out
    # of the surface, its value in the claim's sign
    sign_m = None if word_number else _SIGN_BEFORE.search(left, max(0, len(left) - 10))
    core_left = left[:sign_m.start()] if sign_m else left
    cm = prefix_before(core_left, raw, right, has)
    if cm and sign_m is None and not word_number:
        sign_m = _SIGN_BEFORE.search(left, max(0, cm.start() - 10), cm.start())  # "-$5bn"
    if sign_m is not None and sign_m.group("s") and _NAME_BEFORE_SIGN.search(left, 0, sign_m.start()) \
            and raw.isdigit() and _WORD_AFTER.match(right) and not _PERCENT_WORD_AFTER.match(right):
        return None  # "COVID -19 tests": a name's number set off by a space, not a sign
    if sign_m is not None and sign_m.group("s") in ("-", "–") and _WORD_BEFORE_DASH.search(left, 0, sign_m.start()) \
            and _RATE_THEN_COMPARATIVE.match(right):
        sign_m = None
    if sign_m is not None and sign_m.group("s") == "+" and raw.isdigit() and exclusions.PHONE_REST.match(right):
        return None  # "+216 71 123 456": a telephone number's country code
    if cm is None and sign_m is None and not word_number and not ("." in raw or "," in raw) \
            and not exclusions.is_year(value, raw) and exclusions.IDENTIFIER_BEFORE.search(left, max(0, len(left) - 24)):
        return None  # "Decree 2023-456", "call 0800 123 456": a document's or a phone's number
    if sign_m is not None:
        left = left[:sign_m.start()] + " " * (len(left) - sign_m.start())
    if cm and not word_number:
        currency = prefix_currency(cm, left, has)
        surface_start = cm.start("cur") if cm.group("cur") else cm.start("gcur")
    elif not word_number and sign_m is None and (named := name_before(sentence, left, end, raw, value, has)):
        currency, surface_start = named  # "Lek 25 billion", "Birr 3 million": a name as the sign
    elif (folded := ASCII_FOLDED_SIGN.search(left, max(0, len(left) - 4))) and not word_number and (
            "." in raw or "," in raw or _SCALE_WORD_AFTER.match(right)):
        # "PS2.7m", "Y=28,030": "£" and "¥" as an ASCII-folding feed prints them (never "PS5")
        currency, surface_start = CURRENCY_PREFIXES[ASCII_FOLD[folded.group(1)]], folded.start()
        if currency is None:
            currency = "CNY" if has.get("yuan") else "JPY"
    elif (left[-1:].isascii() and left[-1:].isalpha() or _LETTER_STOP_END.search(left[-2:])) \
            and not (_LOWER_WORD_END.search(left[-20:]) and _PERCENT_GLUED_AFTER.match(right)):
        return None  # glued to letters: G20, H1, A320, ID.4
    if not word_number and _LEADING_ZERO.fullmatch(raw):
        return None  # "0401", "007": a code, not a quantity
    if currency is None and sign_m is None and (rank := rank_after_number_sign(left, raw, value, end)) is not None:
        return rank
    glued_sub = None
    if currency is None and not word_number and value < 1000:
        # "1.9p", "50c": pence and cents glued to the number, where the article names the currency
        gm = _GLUED_PENCE.match(right)
        share_price = gm is not None and gm.group(1) == "p" and _SHARE_PRICE.search(sentence) is not None
        if gm and (has.get("pence") or share_price if gm.group(1) == "p" else has.get("cents")):
            glued_sub = "GBP" if gm.group(1) == "p" else has.get("cent_currency", "USD")
    # ("French Polynesia 198,956, Cook Islands 161,362": digits grouped in thousands name no model
    # or law; a label's number is short, "Boeing 737", "Article 370")
    # "256GB", "50mph", "5-10W": a unit glued to the number is no name ("5G", "A320")
    # a glued unit makes a quantity even after a capitalised word ("Lamborghini's 640bhp"),
    # and so does a unit's name after a space (_spaced_unit)
    glued_unit = right[:1].isalpha() and glued_sub is None and match_physical_unit(sentence, end) is not None
    if glued_sub is None and currency is None and sign_m is None and not glued_unit and \
            not _COMMA_THOUSANDS.fullmatch(raw) and \
            exclusions.in_name(left, right) and not _MILLIONS_AFTER.match(right) and not _spaced_unit(sentence, end) \
            and not scaled_code(right, has) and not CLOSED_AMOUNT.match(right):
        # a ranking position ("China comes in at number four"), or a name's number: no name's
        # number takes "million" ("Israel's 9 billion shekels")
        return rank_after_number_word(left, right, raw, value, end)
    sub = _SUB.search(left, max(0, len(left) - 5))  # "sub-7 nanometer", "sub-300 sq m office space"
    if sub:
        surface_start = sub.start()

    # scale
    scale = 1.0
    has_scale = bool(word_number and _SCALE_INSIDE.search(raw))  # "one billion, twenty million", "half a million"
    compound_rest = None
    pos = end
    # "$11 plus million", "a 20-plus million market": more than the figure, in the scale after "plus"
    plus = None if glued_sub or word_number else _PLUS_SCALE.match(sentence, pos)
    if plus:
        pos = plus.end("plus")
    sm = None if glued_sub else SCALE_AFTER.match(sentence, pos)
    if sm and sm.group("sa") and sentence.startswith("/", sm.end()):
        sm = None  # "3 m/s": a symbol over a denominator is a unit, not a scale
    if sm:
        word = sm.group("sw") or sm.group("sa2") or sm.group("sa3") or sm.group("sa")
        abbr = sm.group("sa")
        ok = sm.group("sa2") != "cr" or currency in CRORE_CURRENCIES  # "Rs 2,500 cr", never "5 cr" of another money
        if abbr:
            low = abbr.lower()
            after = sentence[sm.end():]
            def plural_next() -> bool:
                return (bool(counted_phrase(after)) or plural_soon(after)) \
                    and not match_physical_unit(sentence, sm.end())
            if low == "m" and _OF_DETERMINER_AFTER.match(after):
                ok = True  # "35m of its Echo devices": millions of a counted thing
            elif low == "k" and abbr in ("k", "K"):
                ok = True  # "25k", "$100K": thousands (a length would be "km")
            elif low == "m" and (abbr == "M" or match_physical_unit(sentence, sm.end()) is not None
                                 and not METRE_AFTER.match(sentence, sm.end())):
                ok = True  # "4.3M sales", "1.2m tons": millions (metres are a lower-case m before no unit)
            elif low in ("m", "k"):
                ok = currency is not None or plural_next() or (low == "m" and (millions_at_clause_end(sentence, start, sm.end())
                                                                             or "." in raw and beside_glued_millions(sentence, sm.end()))
                                              or low == "m" and capital_currency_after(sentence, sm.end())
                                              or low == "m" and money_clause(sentence, start, sm.end()))
                if not ok and low == "m" and not word_number:
                    if METRE_AFTER.match(sentence, sm.end()) or IMPERIAL_LENGTH_RESTATED.match(sentence, sm.end()):
                        # "8m tall", "a 30m-long bridge": metres; so is "the 37m (121ft) skeleton",
                        # restated in feet
                        return Mention(start, sm.end(), value, "meter", K.MEASURE,
                                       Q.EXACT, precision=digits_precision(raw, 1.0), raw=raw)
                    return None  # "the 100m sprint": a glued letter with no reading of its own
            elif low in ("b", "tr"):
                # "Rs14.5tr": Pakistani copy's trillions; "1.6B DKK", "0.9B EUR": billions of the code after
                # a glued "b" before a currency's name in any case ("0.8b euros"): no verb "won"
                # follows a billion as one may a race's length in metres
                ok = currency is not None or capital_currency_after(sentence, sm.end()) \
                    or low == "b" and (money_clause(sentence, start, sm.end())
                                       or CURRENCY_NAME_AFTER.match(sentence, sm.end()) is not None)
            elif low == "cr":
                ok = currency in CRORE_CURRENCIES
        if ok:
            scale = scale_value(word)
            has_scale = True
            pos = sm.end()
            if sm.group("sa2") and sentence.startswith(".", pos) \
                    and (_UNIT_AFTER_ABBR_DOT.match(sentence, pos + 1)
                         and (unit_after := match_physical_unit(sentence, pos + 1)) and unit_after.entity != "time"
                         or CURRENCY_NAME_AFTER.match(sentence, pos + 1)):
                # "546 mln. tons", "4482,7 mln. manats", "45 mln. Danish kroner": the abbreviation's
                # dot, then the unit (a currency's name in any case: its country's adjective is capital)
                pos += 1
            more = SCALE_AFTER.match(sentence, pos) if word.lower() in ("hundred", "thousand") else None
            if more and more.group("sw") and scale_value(more.group("sw")) > scale:
                scale *= scale_value(more.group("sw"))  # "4 hundred million", "200 thousand crore"
                pos = more.end()
        rest = _COMPOUND_REST.match(sentence, pos) if ok and sm.group("sw") and raw.isdigit() else None
        if rest and scale_value(rest.group(2)) < scale and parse_digits(rest.group(1)) * scale_value(rest.group(2)) < scale:
            # "EUR 6 billion 728 million": one amount, 6.728 billion, exact to its last part
            compound_rest = (parse_digits(rest.group(1)) * scale_value(rest.group(2)),
                        digits_precision(rest.group(1), scale_value(rest.group(2))))
            pos = rest.end()
        elif ok and word.lower() == "thousand" and raw.isdigit() and not compound_rest \
                and (units := _THOUSAND_UNITS_REST.match(sentence, pos)) is not None \
                and match_physical_unit(sentence, units.end()) is None:
            # "637 thousand 700 unemployed": thousands, then the units, spoken as one number
            compound_rest = (float(units.group(1)), 1.0)
            pos = units.end()
    elif not word_number and currency is not None and _SPACED_MILLIONS.match(sentence, end):
        scale, has_scale, pos = 1e6, True, end + 2  # "short by nearly $17 m" (a headline): millions
    elif not word_number and currency is not None and (spaced := _SPACED_SCALE_LETTER.match(sentence, end)):
        scale, has_scale, pos = (1e9 if spaced.group(1) == "b" else 1e6), True, spaced.end()
    elif not word_number and _BILLIONS_B.match(sentence, end) \
            and (currency is not None or plural_soon(sentence[end + 2:])):  # the cheap test first
        scale, has_scale, pos = 1e9, True, end + 2  # "about 8 B people", "$3 B": billions
    if not has_scale and currency is None and not word_number and (scaled := scaled_code(right, has)):
        currency, scale, pos = scaled[1], scaled[0], end + scaled[2]  # "775.1 MD": millions of dinars
        has_scale = True
    # "one" is a pronoun or article far more often than a count: it is read only with a
    # unit ("one per cent", "one million"), or counting a noun after a word that asks how
    # many ("pled guilty to one count", "in just one area"); never in "one of the …"
    lone_one = word_number and value == 1 and not has_scale
    if lone_one and not _UNIT_AFTER_ONE.match(right):
        return None
    # "1.99×10−30", "6.02 x 10^23": scientific notation
    sci = _SCIENTIFIC.match(right) if not word_number else None
    if sci:
        value = clean(value * 10.0 ** int(sci.group(1).replace("−", "-")))
        end += sci.end()
        pos, right = end, sentence[end:]
    dot_group = has_scale and not comma and not word_number and scale in has.get("dot_thousands_scales", ()) \
        and _DOT_THOUSANDS.fullmatch(raw) is not None  # "Rs 66.528 million" where the text also prints "66, 528 million"
    if dot_group:
        value = clean(value * 1000)
    full = clean(value * scale + (compound_rest[0] if compound_rest else 0.0))
    if cm is not None and cm.group("cur") == "$" and currency == has.get("dollar", "USD") \
            and (restated := has.get("dollar_figures", {}).get(full)):
        currency = restated  # "$41.7B" in a headline is the body's "G$41.7 billion": the same figure, its sign dropped
    if dot_group:
        precision = scale
    elif compound_rest:
        precision = compound_rest[1]
    elif fraction_den:
        precision = scale / fraction_den  # "1 1/2" is exact to the half
    else:
        precision = digits_precision(raw, scale, comma) if not word_number \
            else scale * (0.5 if raw.lower().endswith("half") else 0.25 if raw.lower().endswith("quarter")
                          else 10.0 ** -spoken_places(raw))  # "six point nine": to the tenth, as 6.9 is

    unit: Optional[str] = None
    kind: Optional[str] = None
    counted: Optional[str] = None
    info: dict = {}
    tm = TAIL.match(sentence, pos)
    if glued_sub:
        currency, tm = glued_sub, None
        full, precision = clean(full / 100.0), clean((precision or 1.0) / 100.0)
        info["subunit"] = True
        pos = end + 1
    if currency is None and sentence.startswith("/-", pos) and (has.get("Sh") or has.get("rupee")):
        # "366,275/-": the East African (or Indian) way of closing an amount of money
        currency, tm = has.get("Sh") or "INR", None
        pos += 2
    if currency is None and tm and tm.group("sub") and not has_scale:
        # subunits: "6 cents", "50 pence", "75 paise" are money in hundredths
        word = tm.group("sub").strip(" -").lower()
        currency = SUBUNITS.get(word) or has.get("cent_currency", "USD")
        full, precision = clean(full / 100.0), clean((precision or 1.0) / 100.0)
        info["subunit"] = True
        pos = tm.end()
        tm = None
    if currency is not None and cm is not None and cm.group("cur") == "$" and tm and tm.group("cur") \
            and CURRENCY_WORD.search(tm.group("cur")):
        # "$2 trillion pesos", "$5 million Jamaican dollars", "$98.56m tala": the name after
        # the sign says whose (many currencies print "$": pesos, dollars, tala, pa'anga, escudos)
        sign_currency, currency = currency, None
    else:
        sign_currency = None
    if not has_scale and tm and tm.group("cur") and currency in (None, tm.group("cur").strip()) \
            and (late := CODE_THEN_SCALE.match(sentence, tm.start())):
        # "425.2 USD million", "USD 180.3 USD million": the code between the figure and its scale word
        scale, has_scale = scale_value(late.group(2)), True
        full = clean(full * scale)
        precision = digits_precision(raw, scale, comma) if not word_number else precision
        currency, pos, tm = late.group(1), late.end(), None
    if currency is None and tm and tm.group("cur"):
        code = name_code(re.sub(r"^(?:\s*(?:of\s+)?|-)", "", tm.group("cur")), has, has_scale,
                          _SPELLED_SCALE.search(sentence, end, pos) is not None) \
            if not milestone_mark(sentence, m.start(), tm.group("cur")) else None
        if code:
            currency = code
            pos = tm.end()
            tm = None
        elif sign_currency:
            currency = sign_currency  # "the $400m mark": a milestone, no Bosnian marks here
    elif currency is None and not tm and ")" in sentence[pos:pos + 1] and sentence[:m.start()].endswith("(") \
            and (bracket := BRACKET_THEN_NAME.match(sentence, pos)):
        # "a trillion one hundred … billion (1,187,000,000,000) Somaliland Shillings": the
        # digits restating the words in brackets, and the currency after the bracket
        currency = name_code(bracket.group(1), has, True)
    if currency is None and has_scale and (word_code := WORD_CODE_AFTER_SCALE.match(sentence, pos)):
        currency, pos, tm = word_code.group(1), word_code.end(), None
    if currency is None and has_scale and has.get("rupee") and re.search(r"crore|cr\b", sm.group(0), re.I) \
            and not (tm and (tm.group("pct") or tm.group("pp") or tm.group("time"))) \
            and not counted_phrase(sentence[pos:]):
        # "revenue reached 68,228 crore": in a rupee article a bare crore amount is rupees, of
        # the country the article names ("Rs" is Pakistan's in a Pakistani story)
        currency = has["shared"].code("rupee")
    if currency:
        unit, kind = currency, K.MONEY
        if not has_scale and not comma and currency in WHOLE_UNIT_CURRENCIES and _ONE_DOT_GROUP.fullmatch(raw):
            full, precision = clean(full * 1000), 1.0  # "Rp5.000", "Gs 25.000": a dot groups thousands
        if tm is not None and tm.group("pct"):
            return None
        us = US_AFTER_DOLLARS.match(sentence, pos) if cm is not None and cm.group("cur") == "$" else None
        if us:  # "$75 U.S. per barrel", "up $31.20 US.": the dollars named after the figure
            unit = currency = "USD"
            pos = us.end()
    elif tm and tm.group("pp"):
        unit, kind, pos = "percentage_point", K.PERCENTAGE_POINT, tm.end()
    elif tm and tm.group("bp"):
        unit, kind, pos = "percentage_point", K.PERCENTAGE_POINT, tm.end()
        full, precision = clean(full / 100.0), clean((precision or 1.0) / 100.0)
        info["basis_points"] = True
    elif tm and tm.group("pct"):
        unit, kind, pos = "percent", K.PERCENT, tm.end()
        pp = _POINTS_AFTER.match(sentence[pos:])
        if pp:
            unit, kind, pos = "percentage_point", K.PERCENTAGE_POINT, pos + pp.end()
    elif tm and (tm.group("times") or tm.group("fold")):
        pos = tm.end()
        unit = "count"
        if tm.group("fold") or value != int(value) or (tm.group("times").strip().lower() == "x") \
                or times_is_multiplier(sentence, surface_start, pos):
            unit, kind = "times", K.MULTIPLIER  # a ratio of two quantities: "1.5 times", "ninefold"
        else:
            kind = K.COUNT
            counted = "times"
    elif tm and tm.group("time"):
        span = span_of_time(sentence, tm, left, raw, value, word_number)
        if span is None:
            return None  # a type, a period's name or the window the article reports on, no span
        unit, factor = span
        full = full * factor
        # "1,676.0 million hours" worked is a quantity of time, not a span
        kind = K.MEASURE if has_scale else K.DURATION
        pos = tm.end()
        if tm.group("old") or _AGE_BEFORE.search(left, max(0, len(left) - 22)) and unit in ("year", "month", "week", "day"):
            info["age"] = True  # "a 400 million-year-old rock", "under the age of 5 years"
        if tm.group("ago"):
            info["ago"] = True
        if in_a_row(tm):
            info["streak"] = True
    else:
        pm = match_physical_unit(sentence, pos)
        if pm and pm.entity in ("mass", "volume") and not has_scale and value >= 1000 \
                and (head := _NOUN_AFTER_UNIT.match(sentence, pm.end)) \
                and not sentence[pos:pm.end].rstrip().endswith("s") and is_plural(head.group(1)) \
                and head.group(1).lower() not in COUNT_STOP and match_physical_unit(sentence, pm.end) is None:
            # "306,315 kilogramme bags", "10,000 litre tanks": a singular unit of mass or volume
            # before a plural noun sizes its containers, and a figure no bag weighs counts the
            # bags ("1,200 kilometre roads" is a length of road)
            pm, counted = None, sentence[pos:head.end()].strip()
            unit, kind, pos = "count", K.COUNT, head.end()
        if pm and not (pm.unit in ("meter",) and re.match(r"m\b", sentence[pos:])):
            unit = pm.unit
            kind = K.DURATION if pm.entity == "time" else K.MEASURE
            full = clean(full * pm.factor)
            precision = clean((precision or 1.0) * pm.factor)
            pos = pm.end
            if pm.factor != 1.0:
                info["unit_scale"] = pm.factor  # "1.7 TWh" is 1.7e9 kWh: what the printed unit held
        else:
            if exclusions.is_year(value, raw) and not has_scale and (
                    not _RANGE_WITH_UNIT.match(sentence, pos) or exclusions.YEAR_PREPOSITION.search(left, max(0, len(left) - 12))) \
                    and not exclusions.year_like_count(sentence, left, pos, value):
                return None  # an anchor year: becomes `period` (not "2000 - 2500 Calories")
            if raw.isdigit() and 2100 < value <= 2300 and exclusions.YEAR_PREPOSITION.search(left, max(0, len(left) - 12)):
                return None  # "by 2120": a year of a long projection
            if raw.isdigit() and _CODE_AFTER.match(sentence, pos):
                return None  # "the 90049 ZIP Code": an identifier
            abbreviated = _ABBREVIATED.match(sentence, pos) if not word_number else None
            if abbreviated:
                what, per = _abbreviated_counts()[abbreviated.group(1)]
                unit, kind, counted = ("count / " + per) if per else "count", K.COUNT, what
                pos = abbreviated.end()
                if per:
                    info["per"] = per
            elif not word_number and not has_scale and raw.isdigit() and exclusions.model_name_after(sentence, pos):
                return None  # "787 Dreamliner", "iPhone 11 Pro", "49 Zorro Ranch Road"
        if unit is None:
            compound = False
            hy = _COUNTED_COMPOUND.match(sentence, pos)
            if _HYPHEN_WORD.match(sentence[pos:]):
                if not hy:
                    return None  # compound modifiers: "eight-point decision", "two-way trade"
                # "a 5,000-strong crowd" counts the crowd's members
                counted = "members" if hy.group(1).lower() == "strong" else hy.group(1) + "s"
                pos += len(hy.group(0).rstrip())
                compound = True
            else:
                counted = None if _ends_table_row(sentence, left, pos) else counted_phrase(sentence[pos:])
                if counted is None and hy and not word_number:
                    counted = hy.group(1) + "s"  # "the 12 page document", "a 1.0l 3 cylinder engine"
                    pos += len(hy.group(0).rstrip())
                    compound = True
            if counted is None:
                counted, how = elided_noun(sentence, left, pos)
                if how:
                    info[how] = True
                    pos += len(counted.split()[0]) + (len(sentence[pos:]) - len(sentence[pos:].lstrip()))
            if counted is None:
                counted, how = elliptical_count(sentence, left, pos, word_number)
                if how:
                    info[how] = True
            measured = counted is None
            if measured:
                counted = counted_after_measure(sentence, pos)  # "eight million 250ml bottles"
            # Deictic numbers restate entities already named: "the two countries", "both sides".
            # Not so a compound modifier ("the nine-person committee"), a ranked set ("its three
            # largest divisions"), or a possessive before a modified noun ("their five non-Indian
            # friends"), which say something new.
            deictic = exclusions.DEICTIC_BEFORE.search(left, max(0, len(left) - 20)) and not compound \
                and not (counted and _SUPERLATIVE_HEAD.match(counted)) \
                and not (counted and len(counted.split()) > 1 and exclusions.POSSESSIVE_BEFORE.search(left))
            if deictic and value <= 10 and not has_scale and (word_number or raw.isdigit() and counted):
                return None  # "the two countries", "both sides", "the 2 countries" (copy that prints digits)
            if value == 2 and counted and _RECIPROCAL.match(counted) and not has_scale:
                return None  # "(the) two neighbouring countries": a pair named by its mutual relation
            if not word_number and value <= 10 and not has_scale and counted and deictic \
                    and re.search(r"\bthe\s+$", left, re.I) is None:
                return None
            unit, kind = "count", K.COUNT
            if counted and not has_scale and not comma and _DOT_THOUSANDS.fullmatch(raw) and counts_people_or_things(counted) \
                    and not _AVERAGE_BEFORE.search(left, max(0, len(left) - 60)):
                # "772.692 tourists": no tourist comes in thousandths (an average may: "3.125
                # people per household"); copy translated from a language that groups thousands
                # with a point keeps its point
                full, precision = clean(full * 1000), 1.0
            if counted and not compound and not info.get("partitive") and not info.get("tally") \
                    and not info.get("elliptical") and not info.get("elided") and not measured:
                pos += len(re.match(r"\s+", sentence[pos:]).group(0)) + len(counted)
            if counted and not compound and _INDEX_POINTS.fullmatch(counted):
                # "averaged 118.3 points", "lost 190 points", "a 0.3 point decrease": an index's
                # level or change, in its own points (percentage points were read above)
                unit, kind, counted = "point", K.MEASURE, None
            elif counted == "nights" and not compound and not has_scale and value < 100:
                # "the average length of stay was 6 nights", "3,986 guests over 4 nights": a stay's
                # length, a span of time (a tally of nights sold is scaled or large: "1.7 million nights")
                unit, kind, counted = "night", K.DURATION, None
            elif counted is None and not has_scale and "." in raw and value < 5 and "atio" in left \
                    and _RATIO_BEFORE.search(left, max(0, len(left) - 80)):
                unit, kind = "times", K.MULTIPLIER  # "a coverage ratio of 0.65": one amount per unit of another
            elif counted is None and not has_scale and not word_number \
                    and ("ndex" in left or any(i in left for i in _INDEX_INITIALS) and _initials_level(left)) \
                    and _INDEX_NAMED.search(left):
                # an index's level printed bare ("the all-items index … was 123.8", "the index
                # stood at 147.9") or its change in singular points ("a 0.3 point decrease")
                change = _INDEX_POINT_CHANGE.match(sentence, pos)
                if change or (_INDEX_LEVEL_BEFORE.search(left, max(0, len(left) - 40))
                              and not _RANKED_BEFORE.search(left, max(0, len(left) - 60))
                              and not _LISTED_WITH_PERCENT.match(sentence, pos)):
                    unit, kind = "point", K.MEASURE
                    pos = change.end(1) if change else pos
    if lone_one and unit == "count" and kind == K.COUNT:
        counted = one_counts(sentence, left, pos)
        if counted is None and not _RANGE_NEXT.match(sentence, pos):
            return None
        if counted:
            pos += len(re.match(r"\s+", sentence[pos:]).group(0)) + len(counted)
    elif lone_one and kind == K.DURATION and not sentence.startswith("-", m.end()) and not re.search(
            r"\b(?:for|within|than|just|only|about|nearly|least|most|over|of|after|by)\s+$", left, re.I):
        return None  # "one day he will": an idiom, not a span
    if m.group("word") and (unit == "count" and kind != K.MULTIPLIER and not counted and not has_scale) \
            and not _RANGE_NEXT.match(sentence, pos):
        return None  # a bare number word: "eight", "two" with nothing counted (kept if a range goes on)

    if kind in _RATE_KINDS and (kind != K.COUNT or counted or has_scale
                                or _COUNT_PER_SPAN.match(sentence, pos)):
        per = per_unit(sentence, pos)  # "averaged 218,000 per month", "risen by 1,300 a year" too
        if per is None and kind == K.MEASURE and (stuff := _OF_STUFF_PER.match(sentence, pos)):
            # "780 metric tons of tuna per vessel": the denominator after what is weighed
            per = per_unit(sentence, stuff.end())
            if per is None and (adverb := _SPAN_ADVERB.match(sentence, stuff.end())):
                per = (pos, _ADVERB_SPAN[adverb.group(1).lower()])
            per = (pos, per[1]) if per is not None else None
        if per is not None:
            pos, denominator = per
            unit = rate_unit(unit, denominator)
            info["per"] = denominator
        elif (adverb := _SPAN_ADVERB.match(sentence, pos)) \
                and not (kind == K.MONEY and (adverb.group(1).lower() == "annually"
                                              or _ATTRIBUTIVE_AFTER.match(sentence, adverb.end()))):
            # "forecast net inward migration of 325 annually", "72,229 tourists daily", "spends
            # $172 million daily" (as "$172 million a day"): the adverb names the span; money
            # "annually" ("revenues of $10 billion annually") is a year's flow, in its currency
            span = _ADVERB_SPAN[adverb.group(1).lower()]
            unit, info["per"] = f"{unit} / {span}", span
    elif kind == K.PERCENT:
        per = per_unit(sentence, pos)
        if per is not None and per[1] in ("year", "month", "quarter", "week", "day"):
            # "growing almost five percent a year": a rate per span; the unit stays percent,
            # as annual rates are printed, and the span is recorded
            pos, info["per"] = per
    q, qstart = qualifier_left_of(sentence, min(surface_start, sign_m.start()) if sign_m else surface_start)
    if sub and q is None:
        q, qstart = Qualifier.LESS_THAN, sub.start()
    if plus and q is None:
        q, qstart = Qualifier.MORE_THAN, surface_start
    # "(-2.0% of GDP)": a signed ratio to the economy's output is a balance's, its sign no change
    signed_ratio = sign_m is not None and kind == K.PERCENT and OF_NATIONAL_OUTPUT.match(sentence, pos) is not None
    if sign_m is not None:
        negative = (sign_m.group("s") or "-") in "-−–"
        info["sign"] = "-" if negative else "+"
        if negative:
            full = -full
        if kind in (K.PERCENT, K.PERCENTAGE_POINT) and not signed_ratio:
            info["direction"] = "down" if negative else "up"  # "-1.3%", "(+4.3 per cent)": a signed change
    elif kind == K.MONEY and negative_by_word(sentence, surface_start, pos):
        full = -full  # "the trade balance was negative $2.5 billion": a word signs the balance
    if "direction" not in info and kind in CHANGE_KINDS and (kind != K.COUNT or counted or has_scale):
        # "up 9.4 per cent", "lost 190 points", "shed 3 percent", "a decrease of $83m",
        # "a $3.8 billion decrease in exports"
        direction = qualifiers.direction_before(sentence[:qstart]) \
            or qualifiers.direction_of_noun(sentence[:qstart], sentence[pos:], money=kind == K.MONEY)
        if direction:
            info["direction"] = direction
    if sign_m is not None and info.get("sign") == "+" and "direction" not in info and not signed_ratio:
        info["direction"] = "up"  # "+13.5k": a printed plus marks a change
    if kind == K.COUNT and not counted and not has_scale and (
            _AGE_BEFORE.search(left, max(0, len(left) - 22)) or _age_apposition(sentence, start, end, raw)
            or _AGE_PREDICATE.search(left, max(0, len(left) - 30)) and CLAUSE_END.match(sentence, pos)
            and raw.isdigit() and 1 <= value <= 119
            or _LIFE_EXPECTANCY.search(left, max(0, len(left) - 60)) and 30 <= value <= 110):
        unit, kind = "year", K.DURATION
        info["age"] = True
    if kind == K.COUNT and unit == "count" and not has_scale and not comma and precision != 1.0 \
            and "ndex" not in sentence \
            and (_ZERO_THOUSANDTHS.fullmatch(raw)
                 or _DOT_THOUSANDS.fullmatch(raw) and _grouped_thousands_beside(sentence, start, end, bool(counted))) \
            and not _AVERAGE_BEFORE.search(left, max(0, len(left) - 60)) and not _AVERAGE_AFTER.match(sentence, end):
        # a bare count's point groups thousands (no count comes in thousandths) where three zeros
        # follow it, which no writer prints as decimals ("or 285.000 more", "reached 370.000 in
        # 2023"), or where it stands among counts printed in whole thousands groups ("(18.700)"
        # beside "(88,400)", "848.000 for the same period" after "961.000 foreigners")
        full, precision = clean(full * 1000), 1.0
    qa, qlen = qualifiers.qualifier_after(sentence[pos:])
    if qa and q is None:
        q = qa
        pos += qlen
    mention = Mention(
        start=qstart if q else surface_start,
        end=pos,
        value=full,
        unit=unit,
        kind=kind,
        qualifier=(q or Qualifier.EXACT).value,
        precision=precision,
        counted=counted,
        scale=scale,
        has_scale=has_scale,
        raw=raw,
        word_number=word_number,
        info=info,
    )
    mention.bare = unit == "count" and kind == K.COUNT and not counted and not has_scale
    return mention


# A range goes on after this number: "four to five thousand people", "seven to 10 years".
_RANGE_NEXT = re.compile(rf"\s*(?:to|-|–|or)\s*(?:{NUMBER_WORD}|\d)", re.I)
# … to a number that is no year, with a unit: "2000 - 2500 Calories" (not "1600 and 1900")
_RANGE_WITH_UNIT = re.compile(r"\s*(?:-|–|to)\s*(?!(?:1[0-9]|20)\d\d\b)\d[\d,.]*\s?[A-Za-z%]")
_SUB = re.compile(r"(?<![\w-])sub-$", re.I)
_SHARE_PRICE = re.compile(r"\b(?:shares?|stock|pence|penny|FTSE|Aim-listed|AIM|target\s+price|price\s+target)\b")


@functools.cache
def _abbreviated_counts() -> dict:
    return load_lexicon("units")["abbreviated_counts"]


class _Abbreviated:
    """'15.3 ppg', '0.5 WAR': counts printed as an abbreviation (lexicon/units.yaml)."""

    @functools.cached_property
    def pattern(self) -> re.Pattern:
        words = sorted(_abbreviated_counts(), key=len, reverse=True)
        return re.compile(r"\s+(" + "|".join(map(re.escape, words)) + r")\b")

    def match(self, text: str, pos: int):
        return self.pattern.match(text, pos)


_ABBREVIATED = _Abbreviated()
# Ages stated without "years old": "his daughter Maria, who was 10", "life expectancy … is around 73"
# "who turned 40", "he will be 35 by the end of the year", "she turns 19 next May": a person's age
_AGE_PREDICATE = re.compile(r"\b(?:who|(?-i:[Hh]e|[Ss]he))\s+(?:is|was|turned|turns|is\s+now|will\s+be|would\s+be|"
                            r"will\s+turn|would\s+have\s+been)\s+(?:just\s+|only\s+|about\s+)?$", re.I)
_LIFE_EXPECTANCY = re.compile(r"\blife\s+expectancy\b[^.;]*?\b(?:is|was|of|at|to|reached|rose|fell)\s+"
                              r"(?:about\s+|around\s+|nearly\s+|just\s+)?$", re.I)
_RATE_KINDS = {K.MONEY, K.COUNT, K.MEASURE, K.DURATION}
_UNIT_AFTER_ABBR_DOT = re.compile(r"[ \t]+[a-z]")  # a lower-case word after "mln.": the sentence goes on


# "Hou, 45, said", "Smith, 62, a farmer": a whole number set off by commas right after a
# person's name is the journalistic age apposition. A list ("Austria, 12, Belgium, 9")
# goes on with another name, an apposition with a lower-case word.
_NAME_BEFORE = lazy(r"(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,\s*$")
_APPOSITION_END = re.compile(r"\s*[,)]\s+(?:a|an|the|who|whose|said|says|told|added|is|was|has|had|[a-z]+s|[a-z]+ed)\b")
_NOT_NAMES = {"however", "meanwhile", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "overall", "instead", "still", "also", "again", "then", "now",
              "besides", "moreover", "furthermore", "thus", "hence", "therefore", "indeed", "yes", "no"}


def _age_apposition(sentence: str, start: int, end: int, raw: str) -> bool:
    if not raw.isdigit() or not 1 <= int(raw) <= 119:
        return False
    nm = _NAME_BEFORE.search(sentence, max(0, start - 60), start)
    if not nm or not _APPOSITION_END.match(sentence, end):
        return False
    word = nm.group(0).rstrip(", ").split()[-1].lower()
    return word not in _NOT_NAMES and not re.fullmatch(MONTH_RE, word, re.I) \
        and not re.search(r"\b(?:in|on|at|by|for|from|to|since|of)\s+$", sentence[: nm.start()], re.I)


# Adjectives of a mutual relation: "two neighbouring countries", "two friendly nations" name
# the parties of the relation (already named), not a number of things.
_RECIPROCAL = lazy(r"(?:neighbou?ring|friendly|brotherly|fraternal|sister|allied|partner|twin|rival|"
                         r"warring|feuding|competing|fellow)\s+[a-z][\w-]*s\b", re.I)
_SUPERLATIVE_HEAD = re.compile(r"(?:most|least|top|leading|main)\s|[a-z]+est\b(?<!\blatest)(?<!\binterest)(?<!\bwest)", re.I)
