"""Find quantity mentions in one sentence with our own grammar.

A mention is a number core (digits, number words, ordinals, fractions, '-fold'
words) read together with what surrounds it: a currency before it, a scale word,
and a tail after it (percent, points, currency name, 'times', a time unit, a
physical unit, or the noun it counts: nouns.py). Ranges, from–to pairs and coordinated
numbers that share one unit ("3 to 4 million", "3.2 and 2.1 trillion yuan") are merged
afterwards (ranges.py), after an amount printed in pieces is read as one (joins.py).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.articles import MONTH_RE
from factcheck.extract import exclusions, qualifiers
from factcheck.extract.amounts import counts_people_or_things
from factcheck.extract.conventions import article_conventions  # noqa: F401 (claims.extract reads it here)
from factcheck.extract.joins import implied_percents, joined_amounts
from factcheck.extract.lexicon import load as load_lexicon
from factcheck.extract.numbers import (
    BASIS_POINTS_WORD, CURRENCY_NAME, GAP, ISO_CODE_ALT, CRORE_CURRENCIES, CURRENCY_PREFIX, CURRENCY_PREFIXES, SCALE_MAKES_MONEY, DIGITS, FIGURE_ONLY_PREFIXES,
    NUMBER_WORD,
    NUMBER_WORDS_CHAINED,
    DIGITS_DECIMAL_COMMA, DIGITS_DECIMAL_COMMA_SPACED, DIGITS_SPACED, GLUED_CURRENCY_PREFIX, SHARED_CURRENCIES, WORD_CODES,
    WHOLE_UNIT_CURRENCIES, COMMA_SPACE_RUN,
    SCALED_CODES,
    SUBUNIT_WORD, SUBUNITS,
    ORDINAL_DIGITS, ORDINAL_WORD, ORDINAL_WORDS, SCALE_ABBR, SCALE_WORD, TENS_WORDS, UNITS_WORDS,
    currency_from_name, digits_precision,
    clean, parse_digits, parse_number_word, parse_ordinal, scale_value, spoken_places, words_chain_end,
)
from factcheck.extract.nouns import (
    COUNT_STOP, counted_after_measure, counted_phrase, elided_noun, elliptical_count, is_plural, one_counts,
    per_unit, plural_soon, whole_of,
)
from factcheck.extract.patterns import LazyPattern, ending_words, ends_with, lazy, literal_alternation
from factcheck.extract.ranges import CHANGE_KINDS, bare_is_claim, merge_ranges
from factcheck.extract.rates import carry_denominators
from factcheck.extract.units import TIME_FACTOR, TIME_UNITS, match_physical_unit
from factcheck.quantities import rate_unit
from factcheck.extract.kinds import K, Q
from factcheck.extract.mention import Mention
from factcheck.extract.unitnotes import apply_unit_notes
from factcheck.extract.worded_signs import negative_by_word
from factcheck.extract.vocabulary import OF_NATIONAL_OUTPUT
from factcheck.extract.elided_scales import carry_converted_scales, carry_elided_scales
from factcheck.extract.exchange_quotes import currency_quotes
from factcheck.models import Qualifier


# Glued currency prefixes that are also names or initials, and the article convention
# (conventions.article_conventions) that makes them money: "R4,2 billion" where the article
# speaks of rand, "SR26.8 billion" of riyals or Saudi Arabia ("SR71" is a plane), "Sh100bn" in
# an East African article, "N1.1 trillion" in a Nigerian one.
_PREFIX_NEEDS = {"R": "rand", "SR": "riyal", "Sh": "Sh", "Shs": "Sh", "N": "N"}


@functools.cache
def _unplaced_shillings() -> dict[str, str]:
    return load_lexicon("money")["unplaced_shillings"]

# the rest of an identifier whose first part is a year or a number with a leading zero or a
# country code: "Decree 2023-456", "Law 12/2019", "0800 123 456", "+216 71 123 456"
_IDENTIFIER_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d[-/]|(?:\+\d{1,3}|(?<![\d.,])\(?0\d{1,4}\)?)(?:[ -]\d{2,4})*[ -])$")
_PHONE_REST = re.compile(r"(?:[ -]\d{2,4}){2,}(?![\d.,])")
_GLYPH_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0, "two-thirds": 200 / 3,
              "two thirds": 200 / 3, "three-quarters": 75.0, "three quarters": 75.0,
              "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0, "one-tenth": 10.0,
              "a fourth": 25.0, "one fourth": 25.0, "one-fourth": 25.0, "three fourths": 75.0, "three-fourths": 75.0,
              "one tenth": 10.0}

def _core(digits: str) -> LazyPattern:
    # lazy: its search is told the characters a match begins with (patterns.first_chars)
    return lazy(_CORE.replace("{DIGITS}", digits), re.I)


# Every word an alternative of _CORE can start with: number words, ordinals, fractions,
# multipliers, each kept whole where no shorter one begins it ("four" for "fourteen"), and
# "a" before a space or hyphen only ahead of the words it counts ("a quarter", "a-third",
# "a hundred"). (Their first three letters let in every "for", "this", "second" and every
# article "a", to try the whole alternation there: 16 % of the searches' cost.)
# "over three quarters (77.5pct) of them", "three quarters ($3.3 billion) of the sum": a
# fraction of a whole, its figure restated in brackets before the whole
_RESTATED_OF = r"\s*\((?=[^()\n]{0,30}?(?:%|pct|per\s?cent|percent|[$€£¥]|\b[A-Z]{3}\s?\d))[^()\n]{1,30}\)\s+of\b"
# ("point", "nought" and "oh" open a decimal read aloud: "point five per cent", numbers.SPOKEN_DECIMAL)
_NUMBER_OPENERS = {*UNITS_WORDS, *TENS_WORDS, *ORDINAL_WORDS, "twice", "thrice", "half", "quarter", "hundred",
                   "point", "nought", "oh"}
_WORD_STARTS = literal_alternation(sorted(w for w in _NUMBER_OPENERS
                                          if not any(o != w and w.startswith(o) for o in _NUMBER_OPENERS)),
                                   ignore_case=True)
# what "a" counts in _CORE's alternatives: fractions (fracpt, frac) and scales (word)
_AFTER_A = literal_alternation(("third", "quarter", "fourth", "fifth", "tenth", "hundred", "thousand", "million",
                                "billion", "trillion"), ignore_case=True)
_HALF_UNITS = r"(?:year|month|week|day|hour|decade)"
_CORE = (
    # Every alternative starts with a digit or full stop, or at one of those words: this
    # lookahead lets the engine skip every other position ("the", "of", "and") at once.
    r"(?=[\d.]|(?-i:O)\.\d|\b(?:a[\s-]\s*(?:" + _AFTER_A + r")|an?\s+" + _HALF_UNITS + r"\s+and\b|"
    + _WORD_STARTS + r"))(?:"
    # "a year and a half", "an hour and a half": one unit of time and a half, a span
    r"(?P<unithalf>\b(?:an?|one)\s+(?P<hu>" + _HALF_UNITS + r")\s+and\s+a\s+half\b)|"
    # "a quarter-point cut", "half a percentage point", "a quarter of a percentage point"
    r"(?P<fracpt>\b(?:(?:a\s+|one[- ])?quarter|half)(?:[- ]|\s+a\s+|\s+of\s+a\s+)(?:(?:percentage[- ])?points?|per\s?cent)\b)"
    # "one in five adults", "nearly 1 in 4": a proportion
    r"|(?P<ratio>(?<![\w.,])(?:one|two|three|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>\d{1,3}(?:,\d{3})*(?![\d,]|\.\d)|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|a\s+hundred|hundred|a\s+thousand|thousand)\b)"
    r"|(?P<frac>\b(?:(?:a|one)[- ](?:third|quarter|fourth|fifth|tenth)|two[- ]thirds|three[- ](?:quarters|fourths)|half)\b"
    r"(?=\s+(?:of|the|as\s+(?:many|much|large|big|high|low|long|fast|likely|great|small)\b)|[,.;](?:\s|$)|\s+(?:to|from|in|on|since|over|compared|"
    r"last|this|after|before|more|less|higher|lower|now|are|is|was|were|have|has|had|having|being|said|say|says)\b|\s*$|"
    + _RESTATED_OF + "))"
    rf"|(?P<foldw>\b(?:{NUMBER_WORD}|\d+(?:\.\d+)?)-?fold\b)"
    r"|(?P<twice>\b(?:twice|thrice)\b)"
    rf"|(?P<ordd>(?<![\w.,]){ORDINAL_DIGITS}\b)"
    rf"|(?P<ordw>\b{ORDINAL_WORD}\b)"
    # "1 1/2 percent", "3/4 of a point": a vulgar fraction, alone or after a whole number
    r"|(?P<mixed>(?<![\d.,/⁄])(?:\d{1,3}\s+)?[1-9][/⁄](?:2|3|4|8|16|32|64|128)(?![\d/⁄])|(?<![\d.,])\d{1,3}[½¼¾]"
    # "3 and a half per cent", "2-and-a-half years": a whole in digits and a half or quarter in words
    r"|(?<![\d.,])\d{1,3}[\s-]and[\s-]a[\s-](?:half|quarter)\b)"
    r"|(?P<dig>(?<![\d,])(?<!\d\.)(?:{DIGITS}))"
    # "three-and-a-half years", "two and a half million": a whole and a half or quarter
    rf"|(?P<word>\b(?:{NUMBER_WORDS_CHAINED})(?:[\s-]and[\s-]a[\s-](?:half|quarter))?\b))"
)
CORE = _core(DIGITS)
_core_decimal_comma = functools.cache(lambda: _core(DIGITS_DECIMAL_COMMA))  # compiled for such articles only
_core_spaced = functools.cache(lambda decimal_comma: _core(DIGITS_DECIMAL_COMMA_SPACED if decimal_comma
                                                           else DIGITS_SPACED))  # "1 200 Ft" articles only
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
# ("(- 12,6%)": right after a bracket a sign may stand a space apart, as French typography sets it)
_SIGN_BEFORE = lazy(r"(?:(?<![\w.,%)\]\-–—])(?P<s>[-−–+])(?:(?<=\([-−–+])\s)?|(?<![\w-])(?P<w>[Mm]inus)[\s-]?)$")
# a prefix that reads only glued may stand a space before a figure that can only be money
# ("RO 9,463.4 million", "JD 741 million"): see _spaced_prefix_ok
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_CURRENCY_BEFORE = lazy(
    rf"(?<![A-Za-z])(?:(?P<cur>{CURRENCY_PREFIX}){GAP}?|(?P<gcur>{GLUED_CURRENCY_PREFIX})(?P<gsp> )?)$")
_SCALED_CODE_AFTER = re.compile(rf"\s?({'|'.join(sorted(SCALED_CODES, key=len, reverse=True))})\b")
_NOUN_AFTER_UNIT = re.compile(r"[ \t]+([a-z]{3,}s)\b")
_LONE_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # what numbers.LONE_DECIMAL_COMMA reads
_COMMA_SPACE_RUN = re.compile(COMMA_SPACE_RUN)  # "457, 131, 000": one amount only after a currency
_CLOSED_AMOUNT = re.compile(r"(?:bn|mn|tri|b|m)?/-")  # "5tri/-", "Sh20bn/-": East African money, closed
_CURRENCY_WORD = re.compile(r"[^\W\d_]{3,}")  # a currency's name or code, not a symbol
_MONEY_SCALE_AFTER = re.compile(rf"{GAP}?(?:{SCALE_WORD}|bn|mn|mln|bln|tn|trn|trln|tln|mio|mrd|mld)\b|{GAP}?mill\.", re.I)
_GLUED_SCALE_AFTER = re.compile(r"(?-i:m|b|k)\b(?![-'’])")  # "M250m", "D35b": a glued scale letter
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
# a figure set off on both sides: ", i.e. over a third,", "(nearly half)", "— about a quarter —"
_SET_OFF_BEFORE = re.compile(r"(?:[,(]|\s[–—])\s*(?:(?:i\.\s?e\.|or|that\s+is|namely)\s*,?\s*)?$")
_SET_OFF_AFTER = re.compile(r"\s*(?:[,;)]|\s[–—]\s)")
# an apposition follows the noun it restates; after a bare conjunction the set-off words are an
# adverbial ("… and, over a quarter, grew by 1.4%": during a quarter)
_AFTER_CONJUNCTION = re.compile(r"\b(?:and|but|yet|so|while)\s*,\s*$", re.I)
# "a rise of a third in the pandemic", "a drop of a quarter since 2019": a fraction as the
# extent a noun of change names, its phrase ending there (not "an increase of a third party"; "a
# reduction of half" left as it was, as "cut by half" keeps its multiplier reading)
_CHANGE_NOUN_OF = re.compile(r"\b(?:drop|fall|decline|decrease|increase|rise|reduction|cut|gain|jump|slump)s?\s+of\s+$",
                             re.I)
_PHRASE_END = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:in|on|since|from|over|compared|to|for|during|last|this|year)\b")
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
# "an increase of 22 Bln MAD", "10 billion AMD": a code the lexicon does not read after any
# figure, being also a word (lexicon `word_codes`: ALL, TOP, CUP, MAD …), is the currency in
# capitals after a figure that carries a scale word (a word is never so written) when no noun
# follows that it could modify ("3 million ALL voters", "5 million AMD shares")
_WORD_CODE_AFTER_SCALE = re.compile(
    rf"[ \t]+({'|'.join(sorted(WORD_CODES))})(?=\s*(?:[,.;:)–—]|$)|\s+(?:in|on|of|for|from|to|and|or|as|at|by|"
    r"over|against|compared|versus|vs|than|was|were|is|are|has|had|last|this|that|which|while|with|during|between|"
    r"a|an|the|per|each|respectively)\b)")
_CODE_THEN_SCALE = lazy(rf"[ \t]*((?-i:{ISO_CODE_ALT}))[ \t]+(million|billion|trillion)\b", re.I)
_SCALE_AFTER = re.compile(
    # ("NOK 24.2 billion1": a footnote's digit may follow the scale word)
    rf"(?:(?:{GAP}|-)?(?P<sw>{SCALE_WORD})(?:\b|(?=\d(?![\d.,])))|{GAP}?(?P<sa2>bn|mn|mln|bln|bil|tn|trn|trln|tril|tln|mio|mrd|mld|mlrd|thsd|(?-i:tri)(?=/-)|(?-i:cr))\b|{GAP}?(?P<sa3>mill|thous)\.|(?P<sa>{SCALE_ABBR})(?![\w]))",
    re.I,
)
_TAIL = re.compile(
    rf"(?P<pp>\s+of\s+a\s+(?:percentage[- ]point|point)\b|(?:{GAP}|-)?(?:percentage[- ]points?|percent(?:age)?[- ]pts?\b|pct\.?[- ]?points?|pct\s?pts?|pp\b|ppts?\b|(?-i:{GAP}?p\.\s?p\.)))"
    rf"|(?P<bp>{BASIS_POINTS_WORD})"
    # "a 35.7-percent drop", "a 2-per-cent rise": the hyphenated attributive form too
    # ("rose by 12.%": a stray point between a whole figure and its sign, a slip of the keyboard)
    rf"|(?P<pct>(?:{GAP}|\.)?%|(?:{GAP}|-)?(?:per[\s-]?cent|percent|pct)\b|(?-i:{GAP}?pc)\b|(?-i: ?p\.c\.))"  # "2.1 p.c." (South Asian copy)
    # "147.7-billion-kwacha total", "a 5-billion-dollar deal": the hyphenated attributive form too
    rf"|(?P<cur>\s*(?:(?-i:{ISO_CODE_ALT})|(?:{GAP}(?:of\s+)?|-)(?:{CURRENCY_NAME}))\b|{GAP}?[€£₹₽₩₺₴₪฿₸₼₾₮₭៛₡₲₨](?!\s?\d))"
    rf"|(?P<sub>(?:\s+|-)(?:{SUBUNIT_WORD})\b)"
    rf"|(?P<times>{GAP}?(?:times|x)\b)"
    r"|(?P<fold>\s?-?fold\b)"
    r"|(?P<time>(?:[\s-]+(?:consecutive|straight|successive|running|full|more|whole|long|calendar|"
    r"fiscal|financial|additional|extra|working|business|trading))*[\s-]+(?P<tu>years?|yrs?|months?|weeks?|days?|hours?|minutes?|"
    r"decades?|century|centuries|quarters?)\b(?![-‐](?:on|over)[-‐])(?P<old>[\s-]old\b)?(?P<ago>\s+ago\b)?)",
    re.I,
)
# "the first six months (of the year)": a part of the calendar year that context.find_anchors
# resolves as the claim's period, not a duration claimed. ("the first 100 days", "the next
# five years" are spans, and claims.)
# A window of the calendar counted back from the report ("the first five months", "the past
# 12 months", "over the last three years", "the first 20 days of the month"): a period.
# ("in the mentioned four months", "the said three years": the window named before, pointed back at)
_PERIOD_BEFORE = re.compile(r"\b(?:first|last|final|latter|past|previous|preceding|course\s+of|"
                            r"(?:afore|above[- ])?mentioned|said)\s+$", re.I)
_PERIOD_UNITS = {"month", "quarter", "week", "day", "year"}
# a window of months named with the definite article, as the article's reporting period
_IN_THE_BEFORE = re.compile(r"\b(?:in|during|over)\s+the\s+$", re.I)
_PERIOD_LIMIT = {"day": 31, "week": 52, "month": 12, "quarter": 4, "year": 10}
_TO_MONTH = re.compile(rf"\s+(?:to|ending|ended|through|until)\s+(?:(?:the\s+)?end[- ](?:of\s+)?)?{MONTH_RE}\b")
# Compound modifiers that name a type, not a quantity: "five-year plan", "10-year bond".
# ("a seven-year low" is a span: the time since the level was last seen, a duration.)
_TYPE_HEADS = re.compile(
    r"\s*(?:plans?|programmes?|programs?|bonds?|notes?|yields?|treasur(?:y|ies)|mortgages?|visas?|"
    r"contracts?|leases?|loans?|deals?|strateg(?:y|ies)|roadmap|blueprint|cycle|horizon|outlook|"
    r"agenda|initiative|guarantee|warranty|sentence|ban|moratorium|pact|treaty|framework|"
    r"periods?|window|stretch|span|tenor|maturity|term)\b",
    re.I,
)
# "over a three-year period", "breaking a five-year cycle": an indefinite stretch of time
# measures its length, a duration ("the three-month period" names a reporting window)
_SPAN_HEAD = re.compile(r"\s*(?:period|cycle|stretch|span|window)\b", re.I)
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)
# "N times" is a multiplier when it compares (what follows names the base: "three times
# the outlay", "12 times that of", "nine times of what it was", "30 times compared with")
# and a count of repeated events when a verb of occurrence governs it ("met 40 times",
# "visited Russia 11 times"). Strong markers compare whatever precedes; weak ones ("the",
# "over", a possessive) yield to a verb of occurrence ("met 40 times over the decade").
_COMPARATIVE_AFTER_TIMES = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|"
    r"than|what|that\s+of|those\s+of|of|as\s+(?:\w+\s+)?as|compared|relative|year[- ]on[- ]year|"
    r"the\s+(?:size|level|amount|number|figure|rate|average|value|volume|total|price|cost)s?\b)\b",
    re.I,
)
_WEAK_AFTER_TIMES = re.compile(r"\s+(?:as|the|that|over|its|their|his|her|[A-Z][a-z]+['’]s|those)\b")
# "an increase of 30 times", "grew by almost nine times": the number measures a change.
_MULTIPLIER_LEFT = re.compile(
    r"(?:\b(?:increase|rise|growth|jump|surge|expansion|leap|decrease|decline|drop|fall|reduction|"
    r"contraction)s?\s+(?:of|by)|\b(?:increased|grew|rose|expanded|multiplied|jumped|surged|soared|"
    r"swelled|ballooned|shrank|decreased|declined|differ|differs|differed|diverge[sd]?)(?:\s+by)?|\b(?:up|down)\s+by|\b(?:is|are|was|were|be)"
    r"(?:\s+(?:now|still|already|about|roughly|nearly|almost|around))?)\s+$",
    re.I,
)
# Verbs of occurrence: what they govern happens N times.
_OCCURRENCE_LEFT = lazy(
    r"\b(?:me[te]t?s?|meeting|visit(?:s|ed|ing)?|travel(?:l)?(?:s|ed|ing)?|been|went|gone|go(?:es)?|"
    r"call(?:s|ed)|phon(?:e|ed)|sp[oe]ken?|spoke|talk(?:s|ed)|h[oe]ld|won|wins?|los[te]|play(?:s|ed)|"
    r"attempt(?:s|ed)|tri(?:ed|es)|fail(?:s|ed)|happen(?:s|ed)|occur(?:s|red)|str(?:uck|ikes?)|"
    r"appear(?:s|ed)|tour(?:s|ed)|return(?:s|ed)|came|come|stay(?:s|ed)|repeat(?:s|ed)|vot(?:es|ed)|"
    r"scor(?:es|ed)|fired|launch(?:es|ed)|postpon(?:es|ed)|delay(?:s|ed)|chang(?:es|ed)|revis(?:es|ed)|"
    r"rais(?:es|ed)|cut|hik(?:es|ed)|lower(?:s|ed)|interven(?:es|ed)|convened?|gathered|sat|crashed|"
    r"erupted|flooded|used|done|did|does|do)\b(?:\s+[\w'’-]+){0,3}\s+$",
    re.I,
)
def _left_qualifier(sentence: str, start: int) -> tuple[Optional[Qualifier], int]:
    q, offset = qualifiers.qualifier_before(sentence[:start])
    if q is None:
        qv = qualifiers.qualifier_verb_before(sentence[:start])
        if qv is not None:
            return qv, start  # "exceeded $1.42 trillion": the verb stays out of the surface
        # "an over 1,500-year-old site": the article may not sit between, but a
        # determiner may sit before the qualifier; nothing to do here.
        return None, start
    return q, offset


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


# A table row whose figures print one decimal after a comma ("Retail trade turnover 17 977,9 102,8"),
# in an article whose prose writes decimal points: no thousands group has one digit, so the row
# keeps the statistics office's own convention (and its space-grouped thousands)
_ONE_DECIMAL_AFTER_COMMA = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*,\d(?![\d,])")
_POINT_OR_COMMA_GROUPS = re.compile(r"\d\.\d|\d,\d{2,}")


def _decimal_comma_row(sentence: str) -> bool:
    return "," in sentence and len(_ONE_DECIMAL_AFTER_COMMA.findall(sentence)) >= 2 \
        and _POINT_OR_COMMA_GROUPS.search(sentence) is None


_SCALE_INSIDE = re.compile(r"(?:million|billion|trillion)\b", re.I)  # "half a million": a magnitude of its own
_SCALE_IN_WORDS = re.compile(r"thousand|million|billion|trillion", re.I)


def scan_sentence(sentence: str, article_text_has: dict, offset: Optional[int] = None) -> list[Mention]:
    """All mentions in one sentence, in order, exclusions applied. `offset`, the sentence's
    place in the article, lets a table's unit note above it type its bare cells."""
    consumed: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for m in YEAR_RANGE.finditer(sentence) if "(" in sentence else ():
        mention = _year_range(sentence, m)
        consumed.append((m.start(), m.start("label") if m.group("label") else m.end()))
        if mention:
            mentions.append(mention)
    consumed.extend(exclusions.date_spans(sentence))
    position = 0
    if not (article_text_has.get("decimal_comma") and article_text_has.get("space_thousands")) \
            and _decimal_comma_row(sentence):
        article_text_has = {**article_text_has, "decimal_comma": True, "space_thousands": True}
    if article_text_has.get("space_thousands"):
        core = _core_spaced(bool(article_text_has.get("decimal_comma")))
    else:
        core = _core_decimal_comma() if article_text_has.get("decimal_comma") else CORE
    search_from = 0
    while (m := core.search(sentence, search_from)) is not None:
        if (words := m.group("word")) and _SCALE_IN_WORDS.search(words):
            keep = words_chain_end(words)
            if keep < len(words):  # "one million, two million …": one amount at a time
                m = core.match(sentence, m.start(), m.start() + keep) or m
        search_from = m.end() if m.end() > m.start() else m.start() + 1
        if m.start() < position or any(s <= m.start() < e for s, e in consumed):
            if ", " not in (m.group("dig") or "") or m.start() < position:
                continue
            # "On May 12, 345 people": a date's day read with the next figure past a stray
            # space; the figure after the comma stands alone
            m = core.match(sentence, m.start() + m.group("dig").index(", ") + 2)
            if m is None:
                continue
        mention = _read(sentence, m, article_text_has)
        if _COMMA_SPACE_RUN.fullmatch(m.group("dig") or "") and (mention is None or mention.kind != K.MONEY):
            # "the figures 100, 200, 300": a run of comma-and-space groups that took no currency
            # is a list (numbers.COMMA_SPACE_RUN); its first figure stands alone, the rest are read on
            first = core.match(sentence, m.start("dig"), m.start("dig") + m.group("dig").index(","))
            search_from = first.end() if first is not None else m.start("dig") + 1
            mention = _read(sentence, first, article_text_has) if first is not None else None
        if mention is None:
            continue
        mentions.append(mention)
        position = mention.end
    mentions.sort(key=lambda x: x.start)
    mentions = carry_denominators(sentence, merge_ranges(sentence, joined_amounts(sentence, mentions)),
                                  article_text_has.get("pay_spans"), article_text_has.get("price_unit"))
    currency_quotes(sentence, mentions, article_text_has)
    implied_percents(sentence, mentions)
    carry_elided_scales(sentence, mentions)
    if "(" in sentence:
        carry_converted_scales(sentence, mentions)
    if offset is not None and article_text_has.get("unit_notes"):
        apply_unit_notes(mentions, offset, article_text_has["unit_notes"], sentence)
    out = [x for x in mentions if not x.bare or bare_is_claim(x, sentence)]
    for x in out:
        if x.counted:
            x.info["counted"] = x.counted
    return out


YEAR_RANGE = re.compile(
    r"\((?:(?:from|between)\s+)?(?:c\.\s*|circa\s+)?(?P<a>\d{1,4})\s*(?P<era1>AD|CE|BC|BCE)?\s*"
    r"(?:-|–|—|to|and)\s*(?P<b>\d{1,4})\s*(?P<era>AD|CE|BC|BCE)?(?:\s+inclusive)?(?:\)|(?P<label>:))",
    re.I,
)
_ERA_WORDS = re.compile(
    r"\b(?:dynast(?:y|ies)|period|era|reign|empire|kingdom|plans?|war|rule|lived|life|born|centur(?:y|ies)|"
    r"republic|regime|presidency|administration|term|tenure|years?|age|epoch|occupation|revolution)\b",
    re.I,
)


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

_FIGURE_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|trillion|bn|mn|percent|per\s?cent))\s*$", re.I)


def _year_range(sentence: str, m: re.Match) -> Optional[Mention]:
    a, b = int(m.group("a")), int(m.group("b"))
    raw_b = m.group("b")
    before = sentence[max(0, m.start() - 60): m.start()]
    era_context = bool(_ERA_WORDS.search(before)) or bool(m.group("era") or m.group("era1"))
    if len(m.group("a")) == 4 and len(raw_b) == 2:
        if not era_context:
            return None  # "(2023-24)": a fiscal year, an anchor
        b = a // 100 * 100 + b
        if b <= a:
            b += 100
    bc = (m.group("era") or m.group("era1") or "").upper() in ("BC", "BCE")
    if bc:
        a, b = -a, -b
        if b <= a and (m.group("era1") or "").upper() not in ("BC", "BCE"):
            b = -b  # "(221 BC-AD 9)" style spans are rare; keep AD end
    if b <= a:
        return None
    if b == a + 1 and not era_context and _FIGURE_BEFORE.search(before):
        return None  # "a budget of 267.5 billion (2022-2023)": the figure's fiscal year, an anchor
    if not (a >= 1000 or era_context or re.search(r"[A-Z][\w-]*\s*$", before)):
        return None
    if b > 2200:
        return None
    # "(2001 to 2004: 400 per year)": a span labelling the figure after it, which stays its own
    start, end = (m.start() + 1, m.start("label")) if m.group("label") else m.span()
    return Mention(
        start=start, end=end, value=float(a), end_value=float(b), unit="year",
        kind=K.YEAR_RANGE, qualifier=Q.RANGE, precision=1.0, raw=sentence[start:end],
    )


def _read(sentence: str, m: re.Match, has: dict) -> Optional[Mention]:
    if m.group("twice"):
        # "more than twice the size": a multiplier ("changed its stance twice" states no figure)
        _, tpos = m.span()
        if not (_times_is_multiplier(sentence, m.start(), tpos) or _COMPARATIVE_AFTER_TIMES.match(sentence, tpos)):
            return None
        q, qstart = _left_qualifier(sentence, m.start())
        return Mention(qstart if q else m.start(), tpos, 2.0 if m.group("twice").lower() == "twice" else 3.0,
                       "times", K.MULTIPLIER, (q or Qualifier.EXACT).value, precision=1.0, raw=m.group("twice"))
    if m.group("unithalf"):
        q, qstart = _left_qualifier(sentence, m.start())
        tu = m.group("hu").lower()
        return Mention(qstart if q else m.start(), m.end(), 1.5 * TIME_FACTOR.get(tu, 1), TIME_UNITS[tu], K.DURATION,
                       (q or Qualifier.EXACT).value, precision=0.5 * TIME_FACTOR.get(tu, 1), raw=m.group(0))
    if m.group("fracpt") or m.group("ratio"):
        return _fraction_word(sentence, m)
    if m.group("frac"):
        return _fraction(sentence, m)
    if m.group("foldw"):
        raw = m.group("foldw")
        num = re.sub(r"-?fold$", "", raw, flags=re.I)
        value = parse_digits(num) if num[0].isdigit() else parse_number_word(num)
        if not value:
            return None
        q, qstart = _left_qualifier(sentence, m.start())
        return Mention(qstart if q else m.start(), m.end(), value, "times", K.MULTIPLIER,
                       (q or Qualifier.EXACT).value, precision=1.0, raw=raw)
    if m.group("ordd") or m.group("ordw"):
        return _ordinal(sentence, m)
    return _cardinal(sentence, m, has)


def _fraction(sentence: str, m: re.Match) -> Optional[Mention]:
    raw = m.group("frac")
    value = _FRACTIONS.get(raw.lower())
    if value is None:
        return None
    left = sentence[: m.start()]
    if re.search(r"\b(?:first|second|the|in|by|same|corresponding|comparable|previous|preceding|latter|next|following)\s+$",
                 left, re.I) and raw.lower() == "half":
        return None  # "the first half", "the same half of 2030" (a time), "cut in half"
    q, qstart = _left_qualifier(sentence, m.start())
    if not re.match(r"\s+(?:of|the|as)\b|" + _RESTATED_OF, sentence[m.end():]) and not re.search(r"\bby\s+$", left, re.I) \
            and not _fraction_as_subject(sentence, m, left[:qstart] if q else left) \
            and not _extent_of_change().search(left, max(0, len(left) - 80)) \
            and not (q and _SET_OFF_BEFORE.search(sentence[:qstart]) and _SET_OFF_AFTER.match(sentence, m.end())
                     and not _AFTER_CONJUNCTION.search(sentence[:qstart])) \
            and not (raw.lower() != "half" and _CHANGE_NOUN_OF.search(left, max(0, len(left) - 30))
                     and _PHRASE_END.match(sentence, m.end())):
        return None  # "rose by a fifth to €3 billion" is a change; "a quarter to five" a time
    # (a hedged fraction set off as an apposition is a share: "53,000 residents, i.e. over a third, were retired")
    point = re.match(r"\s+of\s+an?\s+(?:percentage[- ])?point\b", sentence[m.end():])
    if point:  # "a third of a percentage point"
        return Mention(qstart if q else m.start(), m.end() + point.end(), round(value / 100, 4), "percentage_point",
                       K.PERCENTAGE_POINT, (q or Qualifier.EXACT).value, precision=0.05, raw=raw)
    if re.match(r"\s+as\s", sentence[m.end():]):  # "half as many", "a third as large": a multiplier
        return Mention(qstart if q else m.start(), m.end(), round(value / 100, 4), "times", K.MULTIPLIER,
                       (q or Qualifier.EXACT).value, precision=0.05, raw=raw)
    den = next((d for d in range(1, 13) if abs(value / 100 * d - round(value / 100 * d)) < 1e-6), 10)
    mention = Mention(qstart if q else m.start(), m.end(), round(value, 4), "percent", K.PERCENT,
                      (q or Qualifier.EXACT).value, precision=_fraction_step(round(value / 100 * den), den), raw=raw)
    mention.info["fraction"] = True
    whole = whole_of(sentence[m.end():]) if re.match(r"\s+(?:of|the)\b", sentence[m.end():]) else None
    if whole:
        mention.info["share_of"] = whole  # "half the condos", "a third of the US population"
    return mention


# a fraction standing for a part of a group just named, as its clause's subject: "with
# three-quarters having student visas", "about half were women", "down to about a third now"
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:are|is|was|were|have|has|had|having|being|said|say|says)\b|\s+now\b(?!\s+\w+ing\b)")
_FRACTION_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:(]|\b(?:with|while|and|but|of\s+(?:them|whom|these|those|which)|to|that|"
                                      r"says|said|say|shows|showed|found|finds|"
                                      r"from|about|around|almost|nearly|some|roughly|over|just|more\s+than|less\s+than)"
                                      r")\s*$", re.I)


def _fraction_as_subject(sentence: str, m: re.Match, left: str) -> bool:
    verb = _SUBJECT_VERB_AFTER.match(sentence, m.end())
    if verb is None or _FRACTION_SUBJECT_BEFORE.search(left) is None:
        return False
    # "a quarter is a long time": one quarter with a singular verb is the span of time
    return not (re.fullmatch(r"(?:a|one)[- ]quarter", m.group("frac"), re.I)
                and verb.group(0).split()[0].lower() in ("is", "was", "has", "says"))


@functools.cache
def _extent_of_change() -> re.Pattern:
    """A fraction as the extent of a change, past a hedge: "dropped only about a third",
    "went up by almost a third", "decreased by more than a quarter", "a drop of almost one
    third" (a bare "by half" keeps its multiplier reading: "cut by half")."""
    return re.compile(
        rf"(?:(?<![\w-])(?:{qualifiers.change_verb_alternation()})(?:\s+by)?|\bby|"
        r"\b(?:drop|fall|decline|decrease|increase|rise|reduction|cut|gain)s?\s+of)\s+"
        r"(?:(?:only|about|almost|nearly|roughly|around|some|just|over|more\s+than|less\s+than)\s+)+$", re.I)


def _fraction_word(sentence: str, m: re.Match) -> Optional[Mention]:
    """'a quarter-point' (0.25 percentage point); 'one in five' (20 percent)."""
    q, qstart = _left_qualifier(sentence, m.start())
    raw = m.group(0)
    if m.group("fracpt"):
        value = 0.25 if "quarter" in raw.lower() else 0.5
        # "a quarter-point cut" is in percentage points; "a quarter percent", as printed, in percent
        unit = kind = K.PERCENT if re.search(r"per\s?cent$", raw, re.I) else K.PERCENTAGE_POINT
        precision = 0.25
    else:
        num = raw.split()[0]
        a = parse_digits(num) if num[0].isdigit() else parse_number_word(num)
        den = m.group("den")
        b = parse_digits(den) if den[0].isdigit() else parse_number_word(den.replace("a ", "one "))
        if not a or not b or a >= b:
            return None
        value, unit, kind = clean(100.0 * a / b), "percent", K.PERCENT
        precision = _fraction_step(a, b) if not num[0].isdigit() else None
    mention = Mention(qstart if q else m.start(), m.end(), value, unit, kind, (q or Qualifier.EXACT).value,
                      precision=precision, raw=raw)
    mention.info["fraction"] = True
    whole = whole_of(sentence[m.end():]) if m.group("ratio") else None
    if whole:
        mention.info["share_of"] = whole  # "one in five adults"
    return mention


def _fraction_step(a: float, b: float) -> float:
    """A fraction in words rounds to the nearest simple one: "a third" stands for anything
    nearer 1/3 than 1/4 or 1/2 (in percent, twice the distance to the nearer midpoint: 8.3)."""
    top = max(int(b) + 1, 4)
    simple = sorted({p / q for q in range(1, top + 1) for p in range(0, q + 1)})
    x = a / b
    lower = max((f for f in simple if f < x - 1e-12), default=0.0)
    upper = min((f for f in simple if f > x + 1e-12), default=1.0)
    return clean(100.0 * min(x - lower, upper - x))  # twice the half-gap to the nearer neighbour


# ("the third leading partner", "the second-leading cause", "the second top export": "leading"
# and "top" rank as a superlative does)
_SUPERLATIVE = re.compile(r"[\s-]+(?P<sup>(?:most|least)\s+[a-z]\w*|[a-z]+est|leading|top)\b", re.I)
# -est words that are not superlatives.
_NOT_SUPERLATIVE = {"latest", "interest", "west", "forest", "test", "request", "harvest", "protest",
                    "suggest", "rest", "honest", "modest", "earnest", "invest", "arrest", "contest",
                    "digest", "manifest", "nest", "quest", "chest", "guest", "crest", "midwest",
                    "northwest", "southwest", "conquest", "inquest", "unrest", "priest"}
# Words that may sit between an ordinal and its noun ("11th state visit") are adjectives
# or nouns, never function words: "the second of the year" has no noun of its own.
_ORD_CONTENT_WORD = (r"(?:(?!(?:of|the|a|an|in|to|for|and|or|at|on|by|with|from|than|as|is|was|"
                     r"that|this|its|their|his|her|since|after|before|amid|while|when)\b)[a-z][\w-]*)")
_ORD_GAP = _ORD_CONTENT_WORD + r"\s+"
# "third straight year", "fourth consecutive rate cut": the streak's noun runs to a function word.
_STREAK = re.compile(
    r"[\s-]+(?P<adj>consecutive|straight|successive|running)\s+"
    r"(?P<unit>[a-z][\w-]*(?:\s+" + _ORD_CONTENT_WORD + r"){0,2})\b",
    re.I,
)
# Nouns an ordinal numbers as an event in a series ("11th visit", "80th anniversary"):
# occurrences that recur ("the fifth wave", "the third round", "the second tranche").
# Not so the parts of one whole ("the second phase", "the third stage", "the first
# chapter"): like "the second half", they divide a whole and are labels, not counts.
_EVENT = re.compile(
    r"\s+(?:" + _ORD_GAP + r"){0,2}?(?P<noun>visits?|trips?|anniversary|time|tours?|meetings?|summits?|"
    r"editions?|terms?|place|position|sessions?|sittings?|plenum|rounds?|waves?|tranches?|instal(?:l)?ments?|batch(?:es)?|"
    r"payments?|pay-?outs?|disbursements?|flights?|deficits?|surplus(?:es)?|"
    r"iterations?|occasions?|outbreaks?|attempt|victory|win|title|medal|birthday|"
    r"congress|conference|forum|expo|games|championship|season|cut|hike|increase|reduction|rise|"
    r"decline|fall|drop|gain|loss|record|year|month|week|day|quarter)\b"
    # "an eighth month of decline": a period counted as one of a run of like periods, a streak
    r"(?P<row>\s+(?:in\s+a\s+row|in\s+succession|running|of\s+(?:decline|growth|contraction|expansion|deflation|"
    r"(?:increase|decrease|rise|fall|gain|loss|drop)(?:s|es)?)\b))?",
    re.I,
)
# "the second session of the 14th National People's Congress", "the fourth plenary session
# of the Central Committee": a body's sittings are numbered in its own calendar; the
# ordinal is part of the sitting's name.
_SITTING_OF_BODY = lazy(
    r"(?:\s+(?:plenary|full|annual|regular|ordinary|extraordinary|special)\s+(?:sessions?|meetings?))?"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s?\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|[a-z]+(?:th|st|nd|rd)\s+)?[A-Z]")
# Calendar divisions numbered by an ordinal are periods ("the second quarter", "the third
# year of the plan"), unless the ordinal counts a streak ("third year in a row").
_PERIOD_NOUNS = {"quarter", "year", "month", "week", "day", "half"}
# "ranks 13th in the world", "7th in Asia", "came third": a ranking position.
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|placed|came|finished|comes|coming|finishing|is|was|stood|stands|"
                          r"ranking)\s+(?:the\s+|at\s+|in\s+|as\s+)?$", re.I)
# "ranked fourth and fifth overall", "came second, third and sixth": ranks coordinated after the verb
_RANK_COORDINATED = lazy(rf"\b(?:rank(?:s|ed|ing)?|placed|came|finished|stood|stand)\s+(?:the\s+)?"
                         rf"(?:{ORDINAL_WORD}|{ORDINAL_DIGITS})(?:\s*,\s*(?:{ORDINAL_WORD}|{ORDINAL_DIGITS}))*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", re.I)
# and "third in global diamond production", "fourth in value", "the third out of four": a
# place within a measure or a count
_RANK_AFTER = re.compile(r"\s+(?:in|among|on|out\s+of)\s+(?:the\s+(?:world|country|region|list|league|rankings?|table|index)\b|"
                         r"(?:all\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b)|[A-Z]|(?:global|world|worldwide|regional|continental)\s+[a-z]|"
                         r"(?:terms\s+of\s+)?(?:value|volume|size|output|production|sales|revenues?|exports?|imports?|"
                         r"tonnage|capacity|population|area)\b|terms\s+of\b)"
                         # "Parex Bank eighth with 23.5 million euros": a place in a list, held with its figure
                         r"|\s+with\s+(?:[A-Z]{1,3}\$?\s?|[$€£¥]\s?)?\d")


# "comes in at number four", "ranked No. 3", "is number one": a ranking position printed as a
# cardinal after "number" (elsewhere "number 4" labels: "Article number 4", "bus number 9")
_RANK_NUMBER = lazy(r"\b(?:at|is|was|ranks?|ranked|ranking|to|climbed\s+to|rose\s+to|fell\s+to)\s+(?P<no>number|No\.)\s+$",
                    re.I)
# "Georgia's number one export product", "the former No. 1 tourist market", "Tahiti's N° 1
# market": a rank as a named owner's modifier (a label's number has no owner before it;
# "our No. 1 industry" is a speaker's praise)
_RANK_NUMBER_ATTRIBUTIVE = lazy(r"(?:\bthe|[A-Za-z]['’]s)\s+(?:former\s+|new\s+)?"
                                r"(?P<no>number|No\.|N[°º])\s*$", re.I)
# a rank printed with the number sign after a verb of ranking, or as a named owner's modifier
_RANK_HASH = lazy(r"(?:\b(?:at|is|was|are|were|ranks?|ranked|ranking|placed|climbed\s+to|rose\s+to|fell\s+to|"
                  r"dropped\s+to|moved\s+(?:up|down)\s+to)\s+|(?:\bthe|[A-Za-z]['’]s)\s+)(?P<no>#)$", re.I)
_NOUN_NEXT = re.compile(r"\s+[a-z]")
# "ranked first", "came first": the one first that is a ranking position
_RANK_FIRST = re.compile(r"\b(?:rank(?:s|ed)?|placed|came|finished|stood)\s+$", re.I)

# "In second was India", "Second is ferroalloys with USD 57 million": a position fronted
# before its copula at the opening of a clause (a ranked list told in prose)
_FRONTED_RANK = re.compile(r"\s+(?:place\s+)?(?:is|was|were|are|came|comes)\b", re.I)
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s*|\b(?:while|and|but)\s+)(?:in\s+)?$", re.I)
_ANNIVERSARY_AFTER = re.compile(r"\s+(anniversary|birthday|jubilee)\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|its|their|our|a\s+record)\s+$", re.I)
_POSSESSED_NOUN = re.compile(r"\s+([a-z][a-z-]+)\b")


_NAME_AFTER_ORDINAL = re.compile(r"\s+[A-Z]|-[A-Z]")
_CENTURY_AFTER = re.compile(r"\s+centur(?:y|ies)\b", re.I)


def _ordinal(sentence: str, m: re.Match) -> Optional[Mention]:
    raw = m.group(0)
    value = parse_ordinal(raw)
    left = sentence[: m.start()]
    if not value or value == 1 and not _RANK_FIRST.search(left, max(0, len(left) - 20)):
        return None  # "first" is a sequence word far more often than a count
    right = sentence[m.end():]
    if _NAME_AFTER_ORDINAL.match(right):
        return None  # a name: "15th Five-Year Plan", "20th CPC National Congress"
    if _CENTURY_AFTER.match(right):
        return None
    info: dict = {}
    end = m.end()
    sm = _SUPERLATIVE.match(right)
    st = _STREAK.match(right)
    em = _EVENT.match(right)
    if sm and sm.group("sup").lower() not in _NOT_SUPERLATIVE:
        info["noun"] = sm.group("sup")
        info["ordinal_role"] = "rank"
        end = m.end() + sm.end()
    elif st:
        unit = st.group("unit")
        info["noun"] = "consecutive " + unit
        info["ordinal_role"] = "streak"
        end = m.end() + st.end()
    elif em:
        noun, noun_end = em.group("noun"), em.end("noun")
        if noun.lower() in _PERIOD_NOUNS and not em.group("row"):
            if not (am := _ANNIVERSARY_AFTER.match(right, noun_end)):
                return None  # "the second quarter": a period, an anchor
            noun, noun_end = am.group(1), am.end(1)  # "our 50th year anniversary"
        if noun.lower().rstrip("s") in ("session", "meeting", "sitting", "plenum") \
                and _SITTING_OF_BODY.match(right, noun_end):
            return None  # "the second session of China's 12th National People's Congress": a calendar name
        info["noun"] = noun
        # "took second place", "came in the third position": a standing, not an occurrence
        info["ordinal_role"] = "streak" if em.group("row") else "rank" if noun.lower() in ("place", "position") else "event"
        end = m.end() + noun_end
    elif _RANK_BEFORE.search(left, max(0, len(left) - 40)) or _RANK_AFTER.match(right) or _FRONTED_RANK.match(right) \
            and _CLAUSE_OPENING.search(left, max(0, len(left) - 12)) \
            or re.search(r"(?:,|\band|\bor)\s*$", left[-6:]) and _RANK_COORDINATED.search(left, max(0, len(left) - 60)):
        info["ordinal_role"] = "rank"
        rm = _RANK_AFTER.match(right)
        if rm and re.match(r"\s+(?:in|among)\s+(?:the\s+)?(?!terms\s+of\b)[A-Za-z]", right):
            # include the frame of the ranking: "7th in Asia", "13th in the world"
            fm = re.match(r"\s+(?:in|among)\s+(?:the\s+)?[A-Za-z][\w-]*", right)
            end = m.end() + fm.end()
    elif _POSSESSIVE_BEFORE.search(left[-20:]) and (pm := _POSSESSED_NOUN.match(right)) \
            and pm.group(1).lower().rstrip("s") not in _PERIOD_NOUNS | {"quarter", "half", "time"}:
        # "won his eighth award", "her third child": an owner's count of occurrences
        info["noun"] = pm.group(1)
        info["ordinal_role"] = "event"
        end = m.end() + pm.end(1)
    elif "," in raw:
        # "the 10,000th call", "its 1,000,000th visitor": an ordinal of grouped thousands is a
        # milestone count, never a sequence word nor part of a name
        info["ordinal_role"] = "event"
    else:
        return None
    mention = Mention(m.start(), end, float(value), "count", K.ORDINAL,
                      Q.EXACT, precision=1.0, raw=raw, info=info)
    return mention


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


def _name_code(name: str, has: dict, has_scale: bool, spelled_scale: bool = True) -> Optional[str]:
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


def _milestone_mark(sentence: str, start: int, name: str) -> bool:
    return name.strip().lower() == "mark" and bool(_THE_BEFORE.search(sentence, max(0, start - 6), start))


_SPELLED_SCALE = re.compile(r"[a-z]{4,}")  # "trillion", "million": no verb reads "5 trillion won" so
_BRACKET_THEN_NAME = lazy(rf"\)\s*((?:{CURRENCY_NAME}))\b", re.I)


def _scaled_code(right: str, has: dict) -> Optional[tuple[float, str, int]]:
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


def _name_before(sentence: str, left: str, end: int, raw: str, value: float, has: dict) -> Optional[tuple[str, int]]:
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
    sm = _SCALE_AFTER.match(sentence, end)
    scaled = sm is not None and bool(sm.group("sw") or sm.group("sa2") or sm.group("sa3"))
    pos = sm.end() if scaled else end
    name = m.group("name")
    if not scaled and (name[0].islower() or exclusions.is_year(value, raw)
                       or value < 10 and raw.isdigit()):
        return None
    tm = _TAIL.match(sentence, pos)
    if tm and not (tm.group("cur") or tm.group("sub")) or (match_physical_unit(sentence, pos) if not tm else None):
        return None
    code = _name_code(name, has, scaled, scaled and sm.group("sw") is not None)
    if not code or code == "GBP?" or len(code) != 3:
        return None
    return code, m.start("name")


# _cardinal's own patterns, compiled once (it runs for every figure)
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


def _cardinal(sentence: str, m: re.Match, has: dict) -> Optional[Mention]:
    start, end = m.span()
    raw = m.group("dig") or m.group("word") or m.group("mixed")
    word_number = bool(m.group("word"))
    fraction_den = None
    # the article's decimal comma, or a lone one no thousands group could be ("119,2 trillion")
    comma = has.get("decimal_comma", False) or ("," in raw and _LONE_DECIMAL_COMMA.fullmatch(raw.replace(", ", ",")) is not None)
    if m.group("mixed") and raw[-1] in _GLYPH_FRACTIONS:  # "3½ per cent", "2¼ billion"
        fraction_den = 2 if raw[-1] == "½" else 4
        value = int(raw[:-1]) + _GLYPH_FRACTIONS[raw[-1]]
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
    cm = _CURRENCY_BEFORE.search(core_left, max(0, len(core_left) - 12))
    if cm is None and core_left.endswith(", ") and _COMMA_SPACE_RUN.fullmatch(raw):
        # "BD, 457, 131, 000": the hand that spaces after every comma puts one after the currency too
        cm = _CURRENCY_BEFORE.search(core_left[:-2], max(0, len(core_left) - 14))
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
    if cm and sign_m is None and not word_number:
        sign_m = _SIGN_BEFORE.search(left, max(0, cm.start() - 10), cm.start())  # "-$5bn"
    if sign_m is not None and sign_m.group("s") and _NAME_BEFORE_SIGN.search(left, 0, sign_m.start()) \
            and raw.isdigit() and _WORD_AFTER.match(right) and not _PERCENT_WORD_AFTER.match(right):
        return None  # "COVID -19 tests": a name's number set off by a space, not a sign
    if sign_m is not None and sign_m.group("s") in ("-", "–") and _WORD_BEFORE_DASH.search(left, 0, sign_m.start()) \
            and _RATE_THEN_COMPARATIVE.match(right):
        sign_m = None
    if sign_m is not None and sign_m.group("s") == "+" and raw.isdigit() and _PHONE_REST.match(right):
        return None  # "+216 71 123 456": a telephone number's country code
    if cm is None and sign_m is None and not word_number and not ("." in raw or "," in raw) \
            and not exclusions.is_year(value, raw) and _IDENTIFIER_BEFORE.search(left, max(0, len(left) - 24)):
        return None  # "Decree 2023-456", "call 0800 123 456": a document's or a phone's number
    if sign_m is not None:
        left = left[:sign_m.start()] + " " * (len(left) - sign_m.start())
    if cm and not word_number:
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
        surface_start = cm.start("cur") if cm.group("cur") else cm.start("gcur")
    elif not word_number and sign_m is None and (named := _name_before(sentence, left, end, raw, value, has)):
        currency, surface_start = named  # "Lek 25 billion", "Birr 3 million": a name as the sign
    elif (folded := _ASCII_FOLDED_SIGN.search(left, max(0, len(left) - 4))) and not word_number and (
            "." in raw or "," in raw or _SCALE_WORD_AFTER.match(right)):
        # "PS2.7m", "Y=28,030": "£" and "¥" as an ASCII-folding feed prints them (never "PS5")
        currency, surface_start = CURRENCY_PREFIXES[_ASCII_FOLD[folded.group(1)]], folded.start()
        if currency is None:
            currency = "CNY" if has.get("yuan") else "JPY"
    elif (left[-1:].isascii() and left[-1:].isalpha() or _LETTER_STOP_END.search(left[-2:])) \
            and not (_LOWER_WORD_END.search(left[-20:]) and _PERCENT_GLUED_AFTER.match(right)):
        return None  # glued to letters: G20, H1, A320, ID.4
    if not word_number and _LEADING_ZERO.fullmatch(raw):
        return None  # "0401", "007": a code, not a quantity
    if currency is None and sign_m is None and left.endswith("#") and value == int(value) and 0 < value < 200 \
            and (rank := _RANK_HASH.search(left, max(0, len(left) - 30))):
        # "reserves ranked at #17 in the world", "the country's #1 export": the number sign of a rank
        return Mention(rank.start("no"), end, float(value), "count", K.ORDINAL, Q.EXACT, precision=1.0,
                       raw=raw, info={"ordinal_role": "rank"})
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
            and not _scaled_code(right, has) and not _CLOSED_AMOUNT.match(right):
        rank = _RANK_NUMBER.search(left, max(0, len(left) - 30)) if value == int(value) and 0 < value < 200 else None
        if rank is None and value == int(value) and 0 < value < 200 and _NOUN_NEXT.match(right):
            rank = _RANK_NUMBER_ATTRIBUTIVE.search(left, max(0, len(left) - 30))
        if rank:  # "China comes in at number four", "ranked No. 3": a ranking position
            return Mention(rank.start("no"), end, float(value), "count", K.ORDINAL, Q.EXACT, precision=1.0,
                           raw=raw, info={"ordinal_role": "rank"})
        return None  # (no name's number takes "million": "Israel's 9 billion shekels")
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
    sm = None if glued_sub else _SCALE_AFTER.match(sentence, pos)
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
                                 and not _METRE_AFTER.match(sentence, sm.end())):
                ok = True  # "4.3M sales", "1.2m tons": millions (metres are a lower-case m before no unit)
            elif low in ("m", "k"):
                ok = currency is not None or plural_next() or (low == "m" and (_millions_at_clause_end(sentence, start, sm.end())
                                                                             or "." in raw and _beside_glued_millions(sentence, sm.end()))
                                              or low == "m" and _capital_currency_after(sentence, sm.end())
                                              or low == "m" and _money_clause(sentence, start, sm.end()))
                if not ok and low == "m" and not word_number:
                    if _METRE_AFTER.match(sentence, sm.end()) or _IMPERIAL_LENGTH_RESTATED.match(sentence, sm.end()):
                        # "8m tall", "a 30m-long bridge": metres; so is "the 37m (121ft) skeleton",
                        # restated in feet
                        return Mention(start, sm.end(), value, "meter", K.MEASURE,
                                       Q.EXACT, precision=digits_precision(raw, 1.0), raw=raw)
                    return None  # "the 100m sprint": a glued letter with no reading of its own
            elif low in ("b", "tr"):
                # "Rs14.5tr": Pakistani copy's trillions; "1.6B DKK", "0.9B EUR": billions of the code after
                # a glued "b" before a currency's name in any case ("0.8b euros"): no verb "won"
                # follows a billion as one may a race's length in metres
                ok = currency is not None or _capital_currency_after(sentence, sm.end()) \
                    or low == "b" and (_money_clause(sentence, start, sm.end())
                                       or _CURRENCY_NAME_AFTER.match(sentence, sm.end()) is not None)
            elif low == "cr":
                ok = currency in CRORE_CURRENCIES
        if ok:
            scale = scale_value(word)
            has_scale = True
            pos = sm.end()
            if sm.group("sa2") and sentence.startswith(".", pos) \
                    and (_UNIT_AFTER_ABBR_DOT.match(sentence, pos + 1)
                         and (unit_after := match_physical_unit(sentence, pos + 1)) and unit_after.entity != "time"
                         or _CURRENCY_NAME_AFTER.match(sentence, pos + 1)):
                # "546 mln. tons", "4482,7 mln. manats", "45 mln. Danish kroner": the abbreviation's
                # dot, then the unit (a currency's name in any case: its country's adjective is capital)
                pos += 1
            more = _SCALE_AFTER.match(sentence, pos) if word.lower() in ("hundred", "thousand") else None
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
    if not has_scale and currency is None and not word_number and (scaled := _scaled_code(right, has)):
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
    tm = _TAIL.match(sentence, pos)
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
            and _CURRENCY_WORD.search(tm.group("cur")):
        # "$2 trillion pesos", "$5 million Jamaican dollars", "$98.56m tala": the name after
        # the sign says whose (many currencies print "$": pesos, dollars, tala, pa'anga, escudos)
        sign_currency, currency = currency, None
    else:
        sign_currency = None
    if not has_scale and tm and tm.group("cur") and currency in (None, tm.group("cur").strip()) \
            and (late := _CODE_THEN_SCALE.match(sentence, tm.start())):
        # "425.2 USD million", "USD 180.3 USD million": the code between the figure and its scale word
        scale, has_scale = scale_value(late.group(2)), True
        full = clean(full * scale)
        precision = digits_precision(raw, scale, comma) if not word_number else precision
        currency, pos, tm = late.group(1), late.end(), None
    if currency is None and tm and tm.group("cur"):
        code = _name_code(re.sub(r"^(?:\s*(?:of\s+)?|-)", "", tm.group("cur")), has, has_scale,
                          _SPELLED_SCALE.search(sentence, end, pos) is not None) \
            if not _milestone_mark(sentence, m.start(), tm.group("cur")) else None
        if code:
            currency = code
            pos = tm.end()
            tm = None
        elif sign_currency:
            currency = sign_currency  # "the $400m mark": a milestone, no Bosnian marks here
    elif currency is None and not tm and ")" in sentence[pos:pos + 1] and sentence[:m.start()].endswith("(") \
            and (bracket := _BRACKET_THEN_NAME.match(sentence, pos)):
        # "a trillion one hundred … billion (1,187,000,000,000) Somaliland Shillings": the
        # digits restating the words in brackets, and the currency after the bracket
        currency = _name_code(bracket.group(1), has, True)
    if currency is None and has_scale and (word_code := _WORD_CODE_AFTER_SCALE.match(sentence, pos)):
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
        us = _US_AFTER_DOLLARS.match(sentence, pos) if cm is not None and cm.group("cur") == "$" else None
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
                or _times_is_multiplier(sentence, surface_start, pos):
            unit, kind = "times", K.MULTIPLIER  # a ratio of two quantities: "1.5 times", "ninefold"
        else:
            kind = K.COUNT
            counted = "times"
    elif tm and tm.group("time"):
        tu = tm.group("tu").lower().rstrip("s")
        if tu == "centurie":
            tu = "century"
        if tu == "yr":
            tu = "year"
        if tu == "quarter" and not re.search(r"consecutive|straight|successive", tm.group(0), re.I):
            pass
        hyphen_attr = tm.group(0).startswith("-") and not tm.group("old")
        if hyphen_attr and _TYPE_HEADS.match(sentence, tm.end()) and not (
                _SPAN_HEAD.match(sentence, tm.end()) and _INDEFINITE_BEFORE.search(left, max(0, len(left) - 4))) or \
                hyphen_attr and re.match(r"(?:\s+[a-z][\w-]*){1,2}?(?=\s*(?:plans?|programmes?|programs?|bonds?|"
                                         r"strateg(?:y|ies)|roadmap|blueprint|framework|contracts?|deals?)\b)",
                                         sentence[tm.end():]):
            # "five-year plan", "10-year bond", "a seven-year spending plan": a type, not a duration
            return None  # "five-year plan", "10-year bond"
        if tu == "year" and not word_number and exclusions.is_year(value, raw) and not tm.group("tu").lower().endswith("s") \
                and re.search(r"fiscal|financial|calendar", tm.group(0), re.I):
            return None  # "the 2024 financial year": a fiscal year named by its number, an anchor
        if tu in ("quarter", "half") and not word_number and exclusions.is_year(value, raw) and not hyphen_attr \
                and not tm.group("tu").lower().endswith("s"):
            return None  # "in the 3rd 2016 quarter": a year before a singular quarter names it, an anchor
        if tu in _PERIOD_UNITS and _TO_MONTH.match(sentence, tm.end()) and re.search(r"\bthe\s+$", left):
            return None  # "in the three months to September": a reporting period, an anchor
        if tu in _PERIOD_UNITS and _PERIOD_BEFORE.search(left, max(0, len(left) - 16)) \
                and value <= _PERIOD_LIMIT[tu] and not re.search(r"consecutive|straight|successive|running", tm.group(0), re.I):
            return None  # "in the first six months", "over the past ten years": a period, an anchor
        if tu in ("month", "quarter") and not hyphen_attr and _IN_THE_BEFORE.search(left, max(0, len(left) - 16)) \
                and value <= _PERIOD_LIMIT[tu] and not re.search(r"consecutive|straight|successive|running", tm.group(0), re.I):
            # "in the 11 months", "during the nine months period": the report's window, pointed back
            # at ("in the 12-month review period" measures the window, a span)
            return None
        if tu in _PERIOD_UNITS and value == 1 and word_number and re.search(r"\b(?:over|within)\s+$", left, re.I) \
                and _CLAUSE_END.match(sentence, tm.end()):
            return None  # "decreased by 3.8% over one year": the change's window, a period
        unit = TIME_UNITS.get(tu, tu)
        full = full * TIME_FACTOR.get(tu, 1)
        # "1,676.0 million hours" worked is a quantity of time, not a span
        kind = K.MEASURE if has_scale else K.DURATION
        pos = tm.end()
        if tm.group("old") or _AGE_BEFORE.search(left, max(0, len(left) - 22)) and unit in ("year", "month", "week", "day"):
            info["age"] = True  # "a 400 million-year-old rock", "under the age of 5 years"
        if tm.group("ago"):
            info["ago"] = True
        if re.search(r"consecutive|straight|successive|running", tm.group(0), re.I):
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
                    not _RANGE_WITH_UNIT.match(sentence, pos) or _YEAR_PREPOSITION.search(left, max(0, len(left) - 12))) \
                    and not _year_like_count(sentence, left, pos, value):
                return None  # an anchor year: becomes `period` (not "2000 - 2500 Calories")
            if raw.isdigit() and 2100 < value <= 2300 and _YEAR_PREPOSITION.search(left, max(0, len(left) - 12)):
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
            elif not word_number and not has_scale and raw.isdigit() and _model_name_after(sentence, pos):
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
    q, qstart = _left_qualifier(sentence, min(surface_start, sign_m.start()) if sign_m else surface_start)
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
            or _AGE_PREDICATE.search(left, max(0, len(left) - 30)) and _CLAUSE_END.match(sentence, pos)
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
_ASCII_FOLD = {"PS": "£", "Y=": "¥"}
_ASCII_FOLDED_SIGN = re.compile(r"(?<![A-Za-z])(PS|Y=)$")
_US_AFTER_DOLLARS = re.compile(r"[ \t]+(?:U\.S\.|US)(?=[ \t]+(?:per|a|an|each)\b|[ \t]*(?:[,;:)]|\.(?!\w)|$))")
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
_NAME_AFTER = re.compile(r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][\w'’&-]*)")


def _model_name_after(sentence: str, pos: int) -> bool:
    """A bare number followed by a capitalised word that counts nothing is part of a name:
    "787 Dreamliner", "11 Pro Max", "49 Zorro Ranch Road". A count goes on to a plural
    noun ("400 Chinese tourists", "63,000 Model 3 sedans", "three Germans")."""
    m = _NAME_AFTER.match(sentence, pos)
    if not m or is_plural(m.group(1)) or m.group(1).isupper():
        return False  # an acronym may be a unit or a noun: "784 HP", "0.5 WAR", "5 EU members"
    rest = re.match(r"(?:[ \t]+[\w'’&-]+){1,5}", sentence[m.end():])
    return not (rest and any(is_plural(w) for w in rest.group(0).split()))


# A bound that no year takes: "more than 1000 customers", "at least 1500 jobs".
_COUNT_BOUND_BEFORE = re.compile(r"\b(?:(?:more|fewer|less|greater)\s+than|at\s+least|up\s+to|as\s+many\s+as|"
                                 r"no\s+(?:more|fewer)\s+than|a\s+total\s+of|an\s+average\s+of)\s+$", re.I)
_UP_TO_BEFORE = re.compile(r"\bup\s+to\s+$", re.I)
# Words after which a year names a period ("its 2019 models", "Apple's 2020 sales").
_FIGURE_MORE_THAN = re.compile(r"(?:\d|%|\b(?:thousand|million|billion|trillion|cent|percent))\s+(?:more|fewer|less)\s+than\s+$",
                               re.I)
_YEAR_DETERMINER = re.compile(r"(?:^|\b(?:its|their|his|her|our|this|that|a|an|last|next|[A-Z][\w&.-]*)\s+|['’]s?\s+)$")


def _year_like_count(sentence: str, left: str, pos: int, value: float) -> bool:
    """A number that looks like a year but counts: after a bound no year takes ("more than
    1000 customers"), or a round hundred or a number below 1900 counting a plural noun after
    a verb or adjective ("hired 2000 workers"; "its 2019 models" and "in 2000 exports rose"
    stay years)."""
    if _COUNT_BOUND_BEFORE.search(left, max(0, len(left) - 24)):
        if _UP_TO_BEFORE.search(left, max(0, len(left) - 8)) and counted_phrase(sentence[pos:]) is None:
            return False  # "revenues up to 2025": "up to" a year with nothing counted after is "until"
        # ("427,545 more than 2016": after a figure, "more than" compares it with a year)
        return not _FIGURE_MORE_THAN.search(left, max(0, len(left) - 40))
    if counted_phrase(sentence[pos:]) is None or _YEAR_DETERMINER.search(left, max(0, len(left) - 30)):
        return False
    if value < 1900:  # a year before 1900 rarely premodifies what statistics count: "and 1828 subscribers"
        return not _HISTORIC_YEAR_BEFORE.search(left, max(0, len(left) - 12))
    return value % 100 == 0 and not _YEAR_PREPOSITION.search(left, max(0, len(left) - 12))


_HISTORIC_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|from|until|till|before|after|during|year|circa|between|early|late|mid)\s+$", re.I)


_YEAR_PREPOSITION = re.compile(r"\b(?:in|of|since|by|from|until|till|to|before|after|during|year|fiscal|"
                               r"circa|between|and|the|early|late|mid)\s+$", re.I)
_RATE_KINDS = {K.MONEY, K.COUNT, K.MEASURE, K.DURATION}


# "visitors at 28m", "a record 28m last year": a glued "m" at the end of its clause is
# "million" when the clause names what is counted; a length has a dimension word after it
# ("8m tall") or is a compound modifier ("the 100m sprint").
_CLAUSE_END = lazy(
    r"\s*(?:$|[.,;:!?)\]\"”’—–]|\s(?:-|–|—)\s|\s+(?:last|this|next|in|on|for|per|since|as|after|before|"
    r"during|by|over|amid|a\s+year|according|and|or|from|to|up|down|so\s+far|(?:19|20)\d\d)\b)")
_UNIT_AFTER_ABBR_DOT = re.compile(r"[ \t]+[a-z]")  # a lower-case word after "mln.": the sentence goes on
_CURRENCY_NAME_AFTER = lazy(rf"[ \t]+(?:(?-i:{ISO_CODE_ALT})|{CURRENCY_NAME})\b", re.I)


def _capital_currency_after(sentence: str, after: int) -> bool:
    """"2,780m GBP", "755,514m CFA": a glued "m" before a currency's code or capitalised name
    is millions of it (a lower-case word such as "won" may be a verb after a race's length)."""
    m = _CURRENCY_NAME_AFTER.match(sentence, after)
    return m is not None and m.group(0).lstrip()[:1].isupper()


_METRE_AFTER = re.compile(r"(?:\s+|-)(?:tall|high|long|wide|deep|thick|away|across|in\s+(?:height|length|"
                          r"diameter|width|depth))\b", re.I)
_IMPERIAL_LENGTH_RESTATED = re.compile(r"[ \t]*\([ \t]*(?:about|around|some|c\.|~)?[ \t]*\d[\d,.]*[ \t]*-?"
                                       r"(?:ft|feet|foot|yards?|yds?|miles?|inch(?:es)?)\.?[ \t]*\)", re.I)
_LENGTH_WORDS = {"metres", "meters", "kilometres", "kilometers", "miles", "feet", "inches", "yards"}


def _beside_glued_millions(sentence: str, after: int) -> bool:
    """"Total trade was 483.6m, of which exports earned $95.7m": a decimal glued to "m" at a
    clause's end, in a sentence that prints its money in glued millions, is millions too (a
    whole "the 100m," is more often metres)."""
    return bool(_CLAUSE_END.match(sentence, after)) and not _METRE_AFTER.match(sentence, after) \
        and _MONEY_GLUED_MILLIONS.search(sentence) is not None


_MONEY_GLUED_MILLIONS = lazy(r"[$€£]\s?\d[\d,]*(?:\.\d+)?m\b")


# Nouns and verbs of money: an amount they govern is money, never a length or a label.
_MONEY_WORD = re.compile(
    r"\b(?:revenues?|sales|turnover|profits?|loss(?:es)?|earnings|income|ebitda|deficits?|surplus(?:es)?|"
    r"debts?|budgets?|spending|expenditures?|outlays?|investments?|costs?|capex|funding|loans?|dividends?|"
    r"valuation|worth|valued|priced|fines?|taxe?s|subsid(?:y|ies)|grants?|proceeds|payments?|payouts?|"
    r"remittances?|wages?|salar(?:y|ies)|bonus(?:es)?|fees?|raised|spent|paid|lent|borrowed|invested)\b", re.I)


def _money_clause(sentence: str, start: int, after: int) -> bool:
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
    if _METRE_AFTER.match(sentence, after) or not _CLAUSE_END.match(sentence, after):
        return None
    return re.split(r"[;:()—–]|,\s", sentence[:start])[-1]


def _millions_at_clause_end(sentence: str, start: int, after: int) -> bool:
    clause = _clause_before_glued_letter(sentence, start, after)
    return clause is not None and any(is_plural(w) and w.lower() not in COUNT_STOP and w.lower() not in _LENGTH_WORDS
                                      for w in re.findall(r"[A-Za-z][\w'’]*", clause))


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


def _times_is_multiplier(sentence: str, start: int, pos: int) -> bool:
    """'N times' at sentence[start:pos]: a multiplier, or a count of repeated events?"""
    _, qstart = _left_qualifier(sentence, start)
    left = sentence[:qstart]
    if _COMPARATIVE_AFTER_TIMES.match(sentence, pos) or _MULTIPLIER_LEFT.search(left):
        return True
    if _WEAK_AFTER_TIMES.match(sentence, pos):
        return not _OCCURRENCE_LEFT.search(left)
    return False


# Adjectives of a mutual relation: "two neighbouring countries", "two friendly nations" name
# the parties of the relation (already named), not a number of things.
_RECIPROCAL = lazy(r"(?:neighbou?ring|friendly|brotherly|fraternal|sister|allied|partner|twin|rival|"
                         r"warring|feuding|competing|fellow)\s+[a-z][\w-]*s\b", re.I)
_SUPERLATIVE_HEAD = re.compile(r"(?:most|least|top|leading|main)\s|[a-z]+est\b(?<!\blatest)(?<!\binterest)(?<!\bwest)", re.I)
