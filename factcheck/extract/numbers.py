"""Our own number grammar for news text: numerals, number words, scale words,
currencies, percent forms, ordinals. Pure functions and compiled patterns only."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract.lexicon import load as load_lexicon
from factcheck.extract.patterns import first_letter_alternation, lazy, literal_alternation

# --- numerals ---------------------------------------------------------------

# Indian grouping (1,00,000) before Western grouping (100,000) before plain digits; thin
# or no-break spaces group thousands in either convention ("1 234 567"), and so do plain
# spaces where there are two groups or more.
_SPACE_GROUPS = r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,3}(?: \d{3}){2,}(?!\d)"
_SCALE_NEXT = r"(?=\s(?:million|billion|trillion|mn|bn)\b)"
_BEFORE_SCALE_SLIPS = (rf"|\d{{1,3}} \.\d{{1,2}}{_SCALE_NEXT}|\d{{1,3}}, \d{_SCALE_NEXT}"
                       rf"|\d{{1,3}}\.(?-i:l){_SCALE_NEXT}|(?<=[A-Z$])(?-i:O)\.\d{{1,2}}{_SCALE_NEXT}")
# The same stray space beside a decimal point before a percent ("13 .4%", "imports (+7. 4%)"),
# where the two sides cannot be two numbers: no number is written ".4", and a point with a
# space after it ends a sentence only outside brackets and after no sign ("rose in 2019. 4% of
# firms …" stays two; so does "COVID-19. 4% …", whose hyphen is no minus).
_PERCENT_NEXT = r"(?=\s?(?:%|per\s?cent\b|percent\b))"
_BEFORE_PERCENT_SLIPS = (rf"|(?<![\d.,])\d{{1,3}} \.\d{{1,2}}{_PERCENT_NEXT}"
                         rf"|(?:(?<=[(+−±])|(?<=[\s(]-))\d{{1,3}}\. \d{{1,2}}{_PERCENT_NEXT}")
# A separator with a stray space after it, as typesetting leaves it ("819, 507 visitors",
# "P1, 290.1 million", "P5. 925 billion"): one number where one group of three follows
# (not a list: "1, 234, 5"), a decimal point only before a scale word.
_STRAY_SPACE = r"\d{1,3}, \d{3}(?!\d)(?!,\s?\d)|\d{1,3}\. \d{3}(?=\s(?:million|billion|trillion)\b)" \
    + _BEFORE_SCALE_SLIPS + _BEFORE_PERCENT_SLIPS
# The same accidents in longer figures and before a decimal, where only a scale word can
# follow: a grouped figure whose later groups lost their comma's closeness ("$1,656, 356,
# 499", "5,151, 200,000", "6,100,000, 000"; a list would not mix a grouped and an ungrouped
# figure, nor give each of its grouped figures exactly the digits a group holds), a space before the decimal
# point ("K11 .3 billion"), a decimal comma and a space ("744, 8 billion kwanzas", from copy
# that writes decimal commas), and the letters a scan reads for digits in a figure ("K35.l
# billion", "KO.6 billion": l for 1, O for 0; parse_digits reads them back).
_STRAY_GROUPS = r"\d{1,3},\d{3}(?:,\s?\d{3})*, \d{3}(?:,\s?\d{3})*(?!\d)(?!,\s?\d)"
# Digit groups written with a comma and a space, every one of them (issue 8's class "digit groups
# written with comma and space"): after a currency, a run of two groups of exactly three digits
# or more is one amount, keyed by a hand that spaces after every comma ("BD, 457, 131, 000 for
# 2022", "$1, 250, 000"). Not where the run goes on into a further figure or ends a list with a
# conjunction ("$5, 100, 200 and 300"), and never without a currency before it: "in 2019, 2020
# and 2021", "5, 10, 15" and "100, 200, 300 tonnes" are lists as often as not, and read as lists
# (mentions.scan_sentence reads a run that took no currency as its first figure alone).
COMMA_SPACE_RUN = r"\d{1,3}(?:, \d{3}){2,}(?!\d)(?!,\s?\d)(?!,?\s+(?:and|or|&)\s)"
COMMA_SPACE_RUN_RE = re.compile(COMMA_SPACE_RUN)  # a list, or one amount only after a currency ("BD 457, 131, 000")
_CURRENCY_COMMA_SPACE_RUN = (rf"(?={COMMA_SPACE_RUN})(?:(?<=[$€£¥₹])|(?<=[$€£¥₹] )|(?<=[A-Za-z.] )|(?<=[A-Za-z.], ))"
                             r"\d{1,3}(?:, \d{3}){2,}")
# One plain-space group right after a currency sign or code is one figure in any article
# ("$100 000", "EUR 1 234,5 million"): a sign begins one amount, never two numbers run together.
# (Compiled case-blind in the core, [A-Z]{3} here takes any three-letter word, so "and 925 796"
# is one number in a point-decimal article too; the decimal-comma form below asks for capitals,
# where "and 2 602 024" read as "2 602" and "024". Left so: not measured here without it.)
_SIGN_SPACE_GROUP = r"(?:(?<=[$€£])|(?<=\b[A-Z]{3} ))\d{1,3} \d{3}(?!\d)(?![.,]\d)"
_SIGN_SPACE_GROUP_DECIMAL_COMMA = r"(?:(?<=[$€£])|(?<=\b(?-i:[A-Z]{3}) ))\d{1,3} \d{3}(?!\d)(?!\.\d)"
# So is one plain-space group right before a scale word, as West and Central African copy
# prints its CFA budgets ("6 400 billion FCFA"): no list runs a figure into a scaled amount.
_SPACE_GROUP_BEFORE_SCALE = r"(?<![\d.,])\d{1,3} \d{3}(?=(?:\.\d+)?\s(?:million|billion|trillion|milliards?|mln|bln|trln)\b)"
# A group of three that starts with a zero begins no number of its own, so a space before it
# groups thousands in any article ("about 1 000 price quotations", "M6 052.2 million").
_ZERO_LED_GROUP = r"(?<![\d.,])\d{1,3} 0\d{2}(?!\d)"
# A comma before one or two digits and a percent sign or scale word is a decimal comma
# in any article ("119,2 trillion tenge", "4,2%"): no thousands group has fewer than three.
# (or before an abbreviation that is itself millions of a currency, "134,6 MD": lexicon/money.yaml scaled_codes)
LONE_DECIMAL_COMMA = (r"\d{1,3},\d{1,2}(?![\d,])(?=\s?%|\s?(?:per\s?cent|percent|pct|million|billion|trillion|mn|bn|mln|bln|trln|tn)\b"
                      rf"|\s?(?-i:{'|'.join(sorted(load_lexicon('money')['scaled_codes'], key=len, reverse=True))})\b)")
# Swiss copy groups thousands with apostrophes ("CHF 1'234'567", typeset "1’234’567", or keyed
# as an acute accent "1´234´567"); two
# dot groups or more ("2.500.000") are thousands in any article, as no decimal has two points.
_APOSTROPHE_GROUPS = r"\d{1,3}(?:['’´]\d{3})+(?![\d'’´])"
# A figure can mix the two ("275’820,000", "1'250,000"), as copy keyed on a Swiss layout
# prints an apostrophe for its first comma: every mark still stands before a group of three,
# so it is one whole number (read only where the article writes decimal points: there a
# comma after three digits is no decimal one).
_APOSTROPHE_COMMA_GROUPS = r"\d{1,3}['’]\d{3}(?:[,'’]\d{3})*,\d{3}(?![\d'’]|,\d)"
# (a full stop may end the sentence after one: "the trade deficit is 4.031.000.")
_DOT_GROUPS = r"\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)"
# Two points in a figure before a scale word, the last before one or two digits ("1.394.7
# billion U.S. dollars"): a figure in millions ("1,394.7 million") re-scaled to billions
# with its grouping comma turned into the decimal point and its own decimal point left in.
# The first point is the decimal: 1.3947 billion (parse_digits drops the later points).
_DOT_GROUPS_DECIMAL = r"\d{1,3}(?:\.\d{3})+\.\d{1,2}(?=\s?(?:million|billion|trillion|mn|bn)\b)"
# Dot groups and a decimal comma in one figure ("€1.090,1 million", "3.204,75 tonnes"), as
# continental copy prints it inside an English text that otherwise writes decimal points: a
# decimal point is never followed by a grouping comma, so the figure reads so in any article,
# as a lone decimal comma does.
_DOT_GROUPS_COMMA_DECIMAL = r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,.])"
# Two points around fewer than three digits before a scale word ("N26.81.95 trillion", for
# N26,801.95 billion re-scaled by hand): one figure garbled past reading, kept whole so that
# neither part stands for it (see garbled_figure).
_GARBLED_POINTS = r"\d{1,3}\.\d{1,2}\.\d{1,3}(?![\d.])(?=\s?(?:million|billion|trillion|mn|bn|tn)\b)"
# A decimal point struck twice before a scale word ("a decrease of N14..007 billion"): one
# point, as no grouping prints two marks together
_DOUBLED_POINT = r"\d{1,3}\.\.\d{1,3}(?![\d.])(?=\s?(?:million|billion|trillion|mn|bn|tn)\b)"
# Commas for both thousands and the decimal before a scale word ("TND 2,358,5 million", as copy
# translated from French prints 2 358,5 million): a last group of one or two digits is no
# thousands group, so its comma is the decimal one (parse_digits reads it so).
_COMMA_GROUPS_DECIMAL = r"\d{1,3}(?:,\d{3})+,\d{1,2}(?![\d,.])(?=\s?(?:million|billion|trillion|mn|bn|mln|bln)\b)"
# Spoken decimals, as broadcast transcripts print them ("12 point 5 per cent", "1,203 point 8
# million dollars"): the word stands for the decimal point (parse_digits reads it back).
_SPOKEN_POINT = r"(?:\d{1,3}(?:,\d{3})+|\d+) (?i:point) \d{1,3}(?![\d.,]\d)"
DIGITS = rf"{_SPOKEN_POINT}|{_COMMA_GROUPS_DECIMAL}|{LONE_DECIMAL_COMMA}|{_DOT_GROUPS_COMMA_DECIMAL}|{_DOT_GROUPS_DECIMAL}|{_GARBLED_POINTS}|{_DOUBLED_POINT}|{_DOT_GROUPS}|(?:{_CURRENCY_COMMA_SPACE_RUN}|{_STRAY_GROUPS}|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|{_SPACE_GROUPS}|{_APOSTROPHE_COMMA_GROUPS}|{_APOSTROPHE_GROUPS}|{_STRAY_SPACE}|{_SIGN_SPACE_GROUP}|{_SPACE_GROUP_BEFORE_SCALE}|{_ZERO_LED_GROUP}|\d+)(?:\.\d+)?|(?<![A-Za-z/])\.\d+"
# Where the article writes decimal commas ("4,2 billion", "1.234.567,5"): dots group; but a
# lone point before one or two digits is a decimal point in any article ("▲ 14.6" in a table
# whose counts read "5.641.105"): no thousands group has fewer than three digits.
LONE_DECIMAL_POINT = r"\d+\.\d{1,2}(?![\d.,])"
# Copy that writes decimal commas can leave a space after one too, with up to three
# decimals before an abbreviated scale word ("USD 1, 118 bln", beside "739,386 mln"): one
# figure, as a list never runs its item into a scaled amount.
_DECIMAL_COMMA_STRAY_SPACE = r"\d{1,3}, \d{1,3}(?=\s(?:million|billion|trillion|mn|bn|mln|bln|trln)\b)"
DIGITS_DECIMAL_COMMA = rf"{_SPOKEN_POINT}|{_COMMA_GROUPS_DECIMAL}|(?:\d{{1,3}}(?:\.\d{{3}})+(?!\d|\.\d)|{LONE_DECIMAL_POINT}|{_DECIMAL_COMMA_STRAY_SPACE}|{_BEFORE_SCALE_SLIPS[1:]}{_BEFORE_PERCENT_SLIPS}|{_SIGN_SPACE_GROUP_DECIMAL_COMMA}|{_SPACE_GROUP_BEFORE_SCALE}|{_ZERO_LED_GROUP}|{_SPACE_GROUPS}|{_APOSTROPHE_GROUPS}|\d+)(?:,\d+)?"
# Where the article groups thousands with spaces and never with commas ("1 234 567" or a
# no-break space, as European copy does), a single plain-space group is one number too
# ("1 200 Ft", "15 000 tonnes"); elsewhere "in 2019 200 people" would run two together.
_ONE_SPACE_GROUP = r"\d{1,3} \d{3}(?!\d)"
DIGITS_SPACED = DIGITS.replace(_SPACE_GROUPS, f"{_SPACE_GROUPS}|{_ONE_SPACE_GROUP}", 1)
DIGITS_DECIMAL_COMMA_SPACED = DIGITS_DECIMAL_COMMA.replace(_SPACE_GROUPS, f"{_SPACE_GROUPS}|{_ONE_SPACE_GROUP}", 1)
SPACE_GROUPED_PLAIN = r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|(?<![\d.,])\d{1,3}(?: \d{3}){2,}(?!\d)"
# The same, written to start with a digit (the lookbehind checks the character before that
# digit): the engine then jumps from digit to digit instead of trying both branches at every
# character of the article, about six times faster; the matches are the same (test_fast_paths)
_SPACE_GROUPED = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
                            r"|\d(?<![\d.,]\d)\d{0,2}(?: \d{3}){2,}(?!\d)")
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?![\d])")
_SPACE_THREE_GROUPS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?: \d{3}){2,}(?![\d]|[.,]\d)")


# "from 18 984 to 19 250": one group set off by a plain space (a figure and the next could
# read so too: taken only when the article writes two such, and no comma-grouped number)
SPACE_ONE_GROUP_PLAIN = r"(?<![\d.,])\d{1,3} \d{3}(?![\d]|[.,]\d)"
# written to start with a digit, as _SPACE_GROUPED is: searched over a whole article that
# has no comma-grouped number, it jumps from digit to digit (about three times faster), and
# finds the same matches (test_fast_paths)
_SPACE_ONE_GROUP = re.compile(r"\d(?<![\d.,]\d)\d{0,2} \d{3}(?![\d]|[.,]\d)")


_SCALED_DOT_GROUP = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})[ \t]+(million|billion|trillion)\b", re.I)
# the same figure printed with a comma ("66, 528 million"); no match can start inside another
# (a match's only inner digit run not after a digit or point is its group of three, which a
# blank follows, never the comma a start needs), so finditer finds every one
_SCALED_COMMA_GROUP = re.compile(r"(?<![\d.,])(\d{1,3}),[ \t]?(\d{3})[ \t]+(million|billion|trillion)\b", re.I)


def restated_dot_thousands(text: str) -> frozenset[float]:
    """The scales before which the article's point groups thousands, as it shows by printing
    one figure both ways: "a deficit of Rs 66.528 million" in its headline and "Rs 66, 528
    million" in its body. One figure alone ("$1.234 billion") is a decimal, as almost always.
    (The comma-grouped figures are read in one pass and looked up, not searched for with a
    pattern built from each dotted figure: that compiled a new expression per figure of every
    article, and kept the article's numbers in the cache of compiled patterns.)"""
    dotted = [(m.group(1), m.group(2), m.group(3).lower()) for m in _SCALED_DOT_GROUP.finditer(text)]
    if not dotted:
        return frozenset()
    commas = {(m.group(1), m.group(2), m.group(3).lower()) for m in _SCALED_COMMA_GROUP.finditer(text)}
    return frozenset(SCALES[scale] for whole, group, scale in dotted if (whole, group, scale) in commas)


def space_thousands(text: str) -> bool:
    """Does the article group thousands with spaces (and never with commas, or, where it also
    prints commas, in at least two figures of three groups: "2 501 616 arrivals … (1 470 012)"
    beside "(419,095)" is a text that spaces its thousands)?"""
    if _COMMA_GROUPED.search(text) is not None:
        first = _SPACE_THREE_GROUPS.search(text)
        return first is not None and _SPACE_THREE_GROUPS.search(text, first.end()) is not None
    if _SPACE_GROUPED.search(text) is not None:
        return True
    first = _SPACE_ONE_GROUP.search(text)
    return first is not None and _SPACE_ONE_GROUP.search(text, first.end()) is not None

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_UNIT_ALT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS_WORDS)
_ORD_UNIT_ALT = "|".join(sorted((k for k, v in ORDINAL_WORDS.items() if v < 10), key=len, reverse=True))
# "twenty-nine", "ninety", "seven", "a hundred", "two hundred and fifty"
_BELOW_THOUSAND = (
    rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_ALT}))?|(?:{_UNIT_ALT}))"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_ALT}))?|(?:{_UNIT_ALT})))?)?"
)
# "twenty-eight thousand six hundred forty-two": a scale word inside the number goes on
# only when another number word follows it ("five thousand people" leaves "thousand" to
# the scale reader).
NUMBER_WORD = rf"{_BELOW_THOUSAND}|(?:a|one)\s+hundred"


# between the scale groups of one amount in words: a space, a comma, or "and"
_GROUP_SEP = r"(?:,?\s+and|,)?\s+"
_SCALE_GROUP = rf"(?:{_BELOW_THOUSAND})\s+(?:thousand|million|billion|trillion)"
# … and the long form, for the number reader itself (costly to compile: used once): scale
# groups set off by a space, a comma or "and", as budgets and bills write amounts out ("one
# billion, twenty million, one hundred sixty-four thousand five hundred and forty-five").
# The pattern reads any run of groups; words_chain_end() keeps the part that is one amount.
# "six point nine per cent", "one point seven percentage points": a decimal read aloud, as
# broadcasters' scripts print it; only before a percentage, a point or a scale word, as "at one
# point two ministers …" is no number
# The whole part may be "nought" or "oh", and a fraction below one may be read without it ("point
# five per cent", after any word but a determiner: "at that point five per cent of …" is a point
# in time). (Hyphens joining the words, "six-point-nine per cent", are read back by _spoken_parts
# but not matched: the figures they added on the spent corpus made the relations engine, on the
# tool's own names, flag a clean claim.)
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"
_NO_WHOLE = r"(?<![\w.,-])(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\bone )(?<!\bsome )(?<!\bany )(?<!\beach )" \
    r"(?<!\bwhat )(?<!\bwhich )(?<!\bno )(?<!\ba )(?<!\bevery )(?<!\bcertain )(?<!\bsame )"
SPOKEN_DECIMAL = (rf"(?:(?:{_BELOW_THOUSAND}|nought|oh)\s+|{_NO_WHOLE})point\s+{_DIGIT_WORD}(?:[\s-]+{_DIGIT_WORD}){{0,3}}"
                  r"(?=\s+(?:per\s?cent|percent|percentage\s+points?|million|billion|trillion)\b)")
NUMBER_WORDS_CHAINED = (
    rf"{SPOKEN_DECIMAL}|{_SCALE_GROUP}(?:{_GROUP_SEP}{_SCALE_GROUP})*(?:{_GROUP_SEP}(?:{_BELOW_THOUSAND})\b)?"
    # "a trillion one hundred and eighty seven billion": the first group's "a" for "one"
    rf"|a\s+(?:thousand|million|billion|trillion)(?:{_GROUP_SEP}{_SCALE_GROUP})+(?:{_GROUP_SEP}(?:{_BELOW_THOUSAND})\b)?"
    rf"|{_BELOW_THOUSAND}"
    r"|(?:a|one)\s+hundred|a\s+(?:thousand|million|billion|trillion)"  # "a million dollar house"
    r"|half[\s-](?:a[\s-])?(?:million|billion|trillion)\b"  # "the half-million mark", "half a billion dollars"
)
ORDINAL_WORD = (
    rf"(?:(?:{_TENS_ALT})-(?:{_ORD_UNIT_ALT})|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + ")"
)
# "21st", "the 1,000,000th visitor": an ordinal in digits, its thousands grouped or not
ORDINAL_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:st|nd|rd|th)"

# --- scale words ------------------------------------------------------------

_LEXICON_SCALES = load_lexicon("scales")
# scale word → factor: "billion" 1e9, "crore" 1e7, "lakh crore" 1e12 (lexicon/scales.yaml)
SCALES: dict[str, float] = {k: float(v) for k, v in _LEXICON_SCALES["factors"].items()}
# Written-out scale words are safe anywhere; the one-letter ones ('m', 'b', 'k')
# only when glued to the number ("$3m", "£5bn") and in money or count context.
# Indian headline shorthand: "₹1.17L-cr", "Rs 2.5 lakh cr" (lakh crore).
# The plural after a figure ("USD 2.459 millions", "3 billions") is the scale in copy from
# languages that inflect it (French, Spanish, Portuguese); without a figure it is a magnitude.
# The white space between a figure and its scale word or unit: one character of any white
# space (a no-break or thin space too), or a run of spaces and tabs, as pages that justify
# or paste their copy print it ("US$75.8  million", "3.1\u00a0\u00a0million tonnes"). The text
# is never normalised (claims' spans are offsets into it): the patterns allow the run.
GAP = r"(?:[^\S\n]{2,}|\s)"
SCALE_WORD = r"(?:lakh[- ]crores?|lakh[- ]cr\b|(?-i:L)[- ]?cr(?:ore)?\b|hundred(?!s)|thousand|millions?|milliards?|billions?|trillions?|quadrillions?|lakhs?|lacs?|crores?)"
SCALE_ABBR = r"(?:mn|mln|mil|bn|bln|bil|tn|trn|trln|tril|tln|tr|cr|m|b|k)"

# --- currencies -------------------------------------------------------------

_MONEY = load_lexicon("money")
# with the codes the issuers of currencies ISO 4217 leaves out print (Somaliland's "SLSH")
# and the retired codes of the euro's predecessors ("LTL 3.58 billion")
ISO_CODES = frozenset(_MONEY["codes"]) | frozenset(_MONEY["unofficial_codes"]) | frozenset(_MONEY["retired_codes"])
# every currency a claim may carry, read from the text or not ("MAD" is read as "dirhams")
# the unread codes that are also words, read only after a scaled figure ("22 Bln MAD")
WORD_CODES = frozenset(_MONEY["word_codes"])
ALL_CURRENCY_CODES = ISO_CODES | WORD_CODES | frozenset(_MONEY["unread_codes"]) | frozenset(_MONEY["unread_retired_codes"])
# Names and signs several countries share (lexicon/money.yaml "shared"): family → its
# countries as (ISO code, adjective, places), the first the default.
SHARED_CURRENCIES: dict[str, dict] = _MONEY["shared"]


def _with_institutions(families: dict[str, dict]) -> dict[str, dict]:
    """Each family member's places and the institutions, cities and regions of its country
    (lexicon/institutions.yaml): a text about Pakistan may name only the FBR and the SBP."""
    institutions = load_lexicon("institutions")
    out = {}
    for name, fam in families.items():
        countries = [[code, adjective, f"{places}|{institutions[code]}" if code in institutions else places]
                     for code, adjective, places in fam.get("countries", ())]
        out[name] = {**fam, "countries": countries} if "countries" in fam else fam
    return out


SHARED_CURRENCIES = _with_institutions(SHARED_CURRENCIES)
# Symbols and prefixes, longest first; value: ISO code (None: decided by context).
CURRENCY_PREFIXES: dict[str, Optional[str]] = dict(_MONEY["prefixes"])
for _code in sorted(ISO_CODES):  # sorted: the same pattern text in every process (a set's order is not)
    CURRENCY_PREFIXES.setdefault(_code, _code)
    # "over CAD $2 million", "COP$ 3,500": a code before the dollar or peso sign names which one
    # (the code decides the currency, and a qualifier before the code is the figure's own)
    CURRENCY_PREFIXES.setdefault(f"{_code} $", _code)
    CURRENCY_PREFIXES.setdefault(f"{_code}$", _code)
GLUED_PREFIXES = frozenset(_MONEY["glued_only"])
WHOLE_UNIT_CURRENCIES = frozenset(_MONEY["whole_units"])  # no price in them has three decimals
FIGURE_ONLY_PREFIXES = frozenset(_MONEY["figure_only"])
CRORE_CURRENCIES = frozenset(_MONEY["crore_currencies"])  # counted in lakhs and crores
SCALE_MAKES_MONEY = frozenset(_MONEY["scale_makes_money"])  # shared signs a scale word makes money anywhere
# "775.1 MD": millions of dinars in one abbreviation → (factor, ISO code or shared family)
SCALED_CODES: dict[str, tuple[float, str]] = {k: (float(f), c) for k, (f, c) in _MONEY["scaled_codes"].items()}
# Alternations of literals, matched case-sensitively, grouped by first character
# (patterns.literal_alternation: the same alternatives in the same order), so that a
# position tries only the codes and prefixes that can start there, not all of them.
ISO_CODE_ALT = literal_alternation(sorted(ISO_CODES))
CURRENCY_PREFIX = literal_alternation(
    [k for k in sorted(CURRENCY_PREFIXES, key=len, reverse=True) if k not in GLUED_PREFIXES])
GLUED_CURRENCY_PREFIX = literal_alternation(sorted(sorted(GLUED_PREFIXES), key=len, reverse=True))
# Currency names after the number. Order matters: qualified names first ("Tunisian
# dinars" → TND), then the lexicon's own names, then a shared name alone ("dinars"), whose
# value is its family, decided by the article (conventions.SharedCurrencies).
CURRENCY_NAMES: list[tuple[str, str]] = [
    *((rf"{adjective}(?:\s+|-)(?:{fam['names']})", code) for fam in SHARED_CURRENCIES.values() if "names" in fam
      for code, adjective, _ in fam["countries"]),
    *((p, code) for p, code in _MONEY["names"]),
    *((fam["names"], family) for family, fam in SHARED_CURRENCIES.items() if "names" in fam),
]
# (grouped by first letter: tried after every figure, the names were entered one by one)
CURRENCY_NAME = first_letter_alternation([p for p, _ in CURRENCY_NAMES])
# Every name in one pattern, each its own group, in the same order: the name that reads the
# whole text is the first that can, as when they were tried one by one (a fullmatch backtracks
# into the next alternative), for one pass instead of up to 190.
_CURRENCY_NAME_WHOLE = lazy("|".join(f"(?P<n{i}>{p})" for i, (p, _) in enumerate(CURRENCY_NAMES)), re.I)
# "63 cents", "18 sen": hundredths; None is the article's cent currency
SUBUNITS: dict[str, Optional[str]] = dict(_MONEY["subunits"])
SUBUNIT_WORD = "|".join(sorted(SUBUNITS, key=len, reverse=True))


@functools.lru_cache(maxsize=1024)  # a few names recur: the pattern below is a long alternation
def is_currency_name(name: str) -> bool:
    """`name` is a currency's name ("kina", "US dollars", "Japanese yen")."""
    return _CURRENCY_NAME_WHOLE.fullmatch(name.strip()) is not None


@functools.lru_cache(maxsize=1024)  # asked again for each figure a name is read beside (name_code)
def currency_from_name(name: str) -> str:
    if name.strip() in ISO_CODES:
        return name.strip()
    if name.strip() in CURRENCY_PREFIXES and CURRENCY_PREFIXES[name.strip()]:
        return CURRENCY_PREFIXES[name.strip()]  # a symbol after the number: "1,200€"
    m = _CURRENCY_NAME_WHOLE.fullmatch(name.strip())
    return CURRENCY_NAMES[int(m.lastgroup[1:])][1] if m else "USD"


# --- percent ----------------------------------------------------------------

PERCENT_WORD = r"(?:%|\s?per\s?cent\b|\s?percent\b|\s?pct\b|\s?per-cent\b)"
POINTS_WORD = (
    r"(?:\s?percentage[- ]points?|\s?percent(?:age)?[- ]pts?\b|\s?pct[- ]points?|\s?pct\s?pts?|"
    r"\s?pp\b|\s?ppts?\b|\s?points?\b)"
)
BASIS_POINTS_WORD = rf"(?:(?:{GAP}|-)?basis[- ]points?|{GAP}?bps?\b)"

# --- parsing ----------------------------------------------------------------


def _ungroup(s: str) -> str:
    """The digits without their space or apostrophe separators (thin, no-break or plain)."""
    if not s.isascii() or " " in s or "'" in s:
        s = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
        s = s.replace("'", "").replace("’", "").replace("´", "")
    return s


_LONE_POINT = re.compile(LONE_DECIMAL_POINT)


_SPOKEN = re.compile(r"\s*point\s*", re.I)


@functools.lru_cache(maxsize=1 << 14)  # pure: asked of each figure's digits by both parse_digits and digits_precision
def _plain_decimal(s: str) -> Optional[str]:
    """The forms that say which mark is the decimal one in any article, as plain digits:
    '12 point 5' → '12.5' (_SPOKEN_POINT), '2,358,5' → '2358.5' (_COMMA_GROUPS_DECIMAL);
    else None."""
    if "oint" in s or "OINT" in s:
        return _SPOKEN.sub(".", s).replace(",", "")
    s = _ungroup(s)
    if s.count(",") < 2 or "." in s:
        return None
    whole, _, last = s.rpartition(",")
    return whole.replace(",", "") + "." + last if len(last) < 3 else None


@functools.lru_cache(maxsize=1 << 14)  # pure; the same digits are read again by later passes
def parse_digits(s: str, decimal_comma: bool = False) -> float:
    if (plain := _plain_decimal(s)) is not None:
        return float(plain)
    s = _ungroup(s)
    if ".." in s:  # "14..007 billion": _DOUBLED_POINT
        s = s.replace("..", ".")
    if "l" in s or "O" in s:  # a scan's letters for digits ("35.l", "O.6"): see _BEFORE_SCALE_SLIPS
        s = s.replace("l", "1").replace("O", "0")
    if decimal_comma and not _LONE_POINT.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _DOT_COMMA.fullmatch(s):  # "1.090,1": see _DOT_GROUPS_COMMA_DECIMAL
        return float(s.replace(".", "").replace(",", "."))
    if s.count(".") > 1:  # "2.500.000": dot groups; "1.394.7": see _DOT_GROUPS_DECIMAL
        if len(s.rpartition(".")[2]) < 3:
            whole, _, rest = s.partition(".")
            return float(whole.replace(",", "") + "." + rest.replace(".", ""))
        return float(s.replace(".", "").replace(",", ""))
    return float(s.replace(",", ""))


_GARBLED = re.compile(r"\d\.\d{1,2}\.\d")
_DOT_COMMA = re.compile(_DOT_GROUPS_COMMA_DECIMAL)


def garbled_figure(surface: str) -> bool:
    """Is the figure printed with two points around fewer than three digits ("N26.81.95
    trillion")? No grouping or decimal convention reads it, so its value is a guess that
    no identity should be checked against."""
    return _GARBLED.search(surface) is not None


_DECIMAL_COMMA_HINT = re.compile(r"\d,\d{1,2}(?![\d,])|\d\.\d{3}[.,]\d")


def decimal_comma(text: str) -> bool:
    """Does the text write decimal commas ("4,2 billion", "1.234.567")? Decided once per
    article from its own numbers, since one number alone ("215.000") is ambiguous."""
    if not _DECIMAL_COMMA_HINT.search(text):
        return False
    comma = len(re.findall(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])", text)) \
        + 2 * len(re.findall(r"\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d", text))
    if not comma:
        return False
    point = len(re.findall(r"(?<![\d,.])\d+\.\d{1,2}(?![\d.])", text)) \
        + 2 * len(re.findall(r"\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d", text))
    return comma > point


_AND_A_PART = {"half": 0.5, "quarter": 0.25}


_CHAIN_PART = lazy(rf"(?:{_GROUP_SEP})?(?P<n>{_BELOW_THOUSAND})(?:\s+(?P<s>thousand|million|billion|trillion)\b)?", re.I)


def words_chain_end(words: str) -> int:
    """How much of a run of number words is one amount. Its scale groups fall ("two billion,
    four hundred million, fifty"); a list of amounts ("one million, two million and three
    million") never does, so a group whose scale does not fall begins the next amount. One
    group alone ends before its scale word, which the scale reader takes ("five thousand
    people"); a number below a thousand after the groups ends the amount."""
    pos, groups, last, first_number_end = 0, 0, float("inf"), len(words)
    while pos < len(words):
        m = _CHAIN_PART.match(words, pos)
        if m is None:
            break
        if m.group("s") is None:
            return m.end()
        factor = SCALES[m.group("s").lower()]
        if factor >= last:
            break
        if not groups:
            first_number_end = m.end("n")
        groups, last, pos = groups + 1, factor, m.end()
    return first_number_end if groups == 1 else pos if groups else len(words)


_DIGIT_VALUE = {**{w: v for w, v in UNITS_WORDS.items() if v < 10}, "oh": 0, "nought": 0}


def spoken_places(s: str) -> int:
    """The digits read aloud after "point" ("six point nine" → 1, "two point four five" → 2),
    0 for a whole number in words: the reading's precision, as a printed figure's decimals."""
    _, point, decimals = _spoken_parts(s)
    return len(re.split(r"[\s-]+", decimals.strip())) if point else 0


def _spoken_parts(s: str) -> tuple[str, str, str]:
    """('six', ' point ', 'nine') for "six point nine", "six-point-nine"; ('', ' point ', 'five')
    for "point five"."""
    return (" " + re.sub(r"[\s-]+", " ", s.lower().strip())).partition(" point ")


@functools.lru_cache(maxsize=4096)  # pure; "one", "two", "three" and a few others make most calls
def parse_number_word(s: str) -> Optional[float]:
    part = re.search(r"[\s-]+and[\s-]+a[\s-]+(half|quarter)$", s, re.I)
    if part:  # "three-and-a-half", "two and a quarter"
        whole = parse_number_word(s[:part.start()])
        return None if whole is None else whole + _AND_A_PART[part.group(1).lower()]
    half = re.fullmatch(r"half[\s-]+(?:a[\s-]+)?(\w+)", s.strip(), re.I)
    if half:  # "half a million", "half-billion"
        return SCALES.get(half.group(1).lower(), 0) / 2 or None
    whole, point, decimals = _spoken_parts(s)
    if point:  # "six point nine": the digits after the point, one word each
        digits = [_DIGIT_VALUE.get(w) for w in re.split(r"[\s-]+", decimals.strip())]
        whole = whole.strip()
        head = _DIGIT_VALUE[whole] if whole in ("oh", "nought") else parse_number_word(whole) if whole else 0
        if head is None or not digits or None in digits:
            return None
        return head + float("0." + "".join(map(str, digits)))
    words = re.split(r"[\s,-]+", s.lower().strip())
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    for w in words:
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "a":
            current += 1
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
    return total + current


def parse_ordinal(s: str) -> Optional[int]:
    t = s.lower()
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1).replace(",", ""))
    if t in ORDINAL_WORDS:
        return ORDINAL_WORDS[t]
    m = re.fullmatch(rf"({_TENS_ALT})-(\w+)", t)
    if m and m.group(2) in ORDINAL_WORDS:
        return TENS_WORDS[m.group(1)] + ORDINAL_WORDS[m.group(2)]
    return None


_SPACES_HYPHENS = lazy(r"[\s-]+")
_LAKH_CRORE = lazy(r"l ?cr(?:ore)?|lakh cr")


@functools.lru_cache(maxsize=1024)  # pure: a handful of scale words, asked for every figure
def scale_value(word: Optional[str]) -> float:
    if not word:
        return 1.0
    w = _SPACES_HYPHENS.sub(" ", word.lower().strip())
    if _LAKH_CRORE.fullmatch(w):
        return 1e12
    return SCALES.get(w, SCALES.get(w.rstrip("s"), 1.0))


def digits_precision(num: str, scale: float, decimal_comma: bool = False) -> float:
    """The rounding a written number implies: '244.8' billion → 0.1 billion.

    Whole numbers under 1,000 are taken as exact to the unit; larger round figures
    ('1,500', '540,000') as rounded to their last non-zero digit.
    """
    s = _plain_decimal(num)
    if s is None:
        s = _ungroup(num)
        if (decimal_comma and not _LONE_POINT.fullmatch(s)) or s.count(".") > 1:  # dot groups ("2.500.000") leave no decimals
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    if "." in s:
        decimals = len(s.split(".", 1)[1])
        return round(10.0 ** -decimals * scale, 12)
    n = s.lstrip("0") or "0"
    if scale == 1.0 and int(n) >= 1000:
        zeros = len(n) - len(n.rstrip("0"))
        return float(10 ** zeros)
    return scale


def another_size(amount: float, figure: float) -> bool:
    """A bracketed figure more than 5% away from the amount before it ("LE 218.1 billion (12.2
    billion)"): its conversion into another currency, not the amount restated."""
    return abs(amount - figure) > 0.05 * abs(amount)


def clean(x: float) -> float:
    """Drop binary noise from scaling: 4.1 * 1e9 is 4100000000.0, not 4099999999.9999995."""
    return float(f"{x:.12g}")


# --- what follows a figure ------------------------------------------------

# its scale word or abbreviation ("4.2 billion", "Sh20bn", "6 mln.", "Rs 2,500 cr")
SCALE_AFTER = re.compile(
    # ("NOK 24.2 billion1": a footnote's digit may follow the scale word)
    rf"(?:(?:{GAP}|-)?(?P<sw>{SCALE_WORD})(?:\b|(?=\d(?![\d.,])))|{GAP}?(?P<sa2>bn|mn|mln|bln|bil|tn|trn|trln|tril|tln|mio|mrd|mld|mlrd|thsd|(?-i:tri)(?=/-)|(?-i:cr))\b|{GAP}?(?P<sa3>mill|thous)\.|(?P<sa>{SCALE_ABBR})(?![\w]))",
    re.I,
)
# its tail: points, basis points, percent, a currency's code, name or sign, a subunit, "times",
# "-fold", or a span of time ("years old", "months ago")
TAIL = re.compile(
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
