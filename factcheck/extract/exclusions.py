"""What is not a claim: dates, times, anchor years, numbers in names, deictic numbers.

Each function answers one question about a number in its sentence, so that a rule
a linguist would name ("a number inside a proper name") is one place in the code.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.articles import MONTH_RE
from factcheck.extract.nouns import counted_phrase, is_plural
from factcheck.extract.numbers import ISO_CODES, is_currency_name
from factcheck.extract.patterns import ends_with, lazy, literal_alternation, triggered

# Spans that are dates, times and periods: never claims (their years become `period`).
_DATE_PATTERNS = [
    rf"\b{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+\d{{4}})?\b",
    rf"\b{MONTH_RE}\s*[-–]\s*{MONTH_RE}(?:\s+\d{{4}}(?:\s*[-–/]\s*\d{{2,4}}\b)?|\s*['‘’]\d{{2}}\b)?",
    rf"\b{MONTH_RE}\s*['‘’]\d{{2}}\b",  # a month and its year cut short, as table headers print them: "Oct'18"
    rf"\b{MONTH_RE},?\s+\d{{4}}\b",
    r"\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",  # ISO dates and times
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    # a day, month and four-digit year set off by points, as European and post-Soviet pages date
    # their releases: "12.07.2019" (two points and a year: no decimal, no dot-grouped figure)
    r"\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}\b(?![.,]\d)",
    # street addresses: "16-18 Industrial Avenue", "358 El Brillo Way" (case-sensitive street words,
    # and capitalised name words: "US$31 million in Road Fund" is no address)
    r"\b\d{1,5}(?:\s*[-–]\s*\d{1,5})?\s+(?-i:[A-Z][\w'’-]*\s+){0,3}(?-i:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|"
    r"Lane|Drive|Way|Place|Court|Highway|Terrace|Parade|Crescent)\b",
    # times of day: "10:30", "10:30 a.m."; with a full stop only when a clock word follows
    # ("10.30 am"), since "14.67 trillion" and "5.40 percent" are decimals.
    r"\b(?:[01]?\d|2[0-4]):[0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|EST|ET|CET|IST|JST|hrs|hours)(?!\w))?(?![\d%])",
    r"\b(?:[01]?\d|2[0-4])\.[0-5]\d\s*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|BST\b|EST\b|ET\b|CET\b|IST\b|JST\b|hrs\b)",
    r"\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b",
    r"\b\d{1,2}\s+o'clock\b",
    r"\b\d{1,2}\s+(?:noon|midnight)\b",
    # a unit definition, not a claim: "(1 dan = 50 kilograms)", "1 mile = 1.6 km"
    # and an exchange-rate note: "(1 U.S. dollar equals 142.62 Japanese yen)", "1 USD = 7.1 yuan"
    r"(?<![\d.,])1\s+(?:[A-Z][\w.]*\s+)?[A-Za-z]+\s*(?:=|equals?|is\s+equal\s+to|is\s+equivalent\s+to)\s*"
    r"(?:[^\d\s]{1,3}\s?)?[\d.,]+\s*(?:[A-Z][\w.]*\s+)?[A-Za-z]*",
    r"\b(?:FY|fiscal\s+(?:year\s+)?)['‘’]?\d{2,4}(?:\s*[-–/]\s*['‘’]?\d{2,4})?\b",
    # fiscal years: 2023-24, 2024-'25, 2024-‘25 (not "in 2010 - 57,000 girls": a figure after a dash)
    r"\b(?:19|20)\d{2}\s*[-–/]\s*['‘’]?\d{2}\b(?![\d]|[,.]\d)",
    # a day of the month in brackets after its weekday: "on Friday (12)"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(\d{1,2}(?:st|nd|rd|th)?\)",
    # a quarter or half, with its year; not "Q127 billion" (the quetzal): a two-digit year
    # glued to it is set off by an apostrophe
    r"\b(?:Q[1-4]|H[12])(?:\s*(?:of\s+)?(?:(?:19|20)\d{2}(?:\s*[-–/]\s*['‘’]?\d{2}\b)?|['‘’]\d{2}\b)|\s+\d{2}\b)?(?![\d.,]*\d)",
    r"\b(?:19|20)\d{2}s\b",  # decades: the 1990s
    r"\b\d{1,2}(?:st|nd|rd|th)\s+centur(?:y|ies)\b",
    r"\b(?:19|20)\d{2}\s*(?:[-–]|to|and)\s*(?:19|20)\d{2}\b",  # year spans as anchors (unless in parentheses: see year_range)
]
# Every alternative starts at a "1" or at the start of a word, and that word begins with a
# digit or with the first letters of a month, FY, fiscal, a weekday, Q1 or H1: the lookahead
# says so once, so that the engine skips every other position without trying each alternative.
# (Three letters, not one: a class of first letters let in nearly every word, "the", "of",
# "and", "to", "said", to try the whole alternation there.)
_DATE_OPENINGS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_OTHER_OPENINGS = ("fy", "fis", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "q1", "q2", "q3", "q4", "h1", "h2")
# the alternatives that open with a word other than a month's: FY or fiscal, a weekday, Q1 or H1
_OTHER_PATTERNS = frozenset(p for p in _DATE_PATTERNS if p.startswith((r"\b(?:FY", r"\b(?:Mon", r"\b(?:Q")))
_OTHER_WORDS = ("fy", "fiscal", "day", "q1", "q2", "q3", "q4", "h1", "h2")


def _date_start(openings) -> str:
    if not openings:
        return r"(?=\b\d|1)"
    return r"(?=\b(?:\d|" + literal_alternation(openings, ignore_case=True) + r")|1)"


def _date_re(months: bool, others: bool):
    """The date patterns a sentence can match: those opening with a month only where it names
    one, those opening with FY, a weekday or a quarter only where it holds such a word (the
    alternation is tried at every position the start lets in, so fewer alternatives and
    fewer openings are faster; most sentences need only the ones opening with a digit)."""
    openings = (_DATE_OPENINGS if months else ()) + (_OTHER_OPENINGS if others else ())
    kept = [p for p in _DATE_PATTERNS if (months or MONTH_RE not in p) and (others or p not in _OTHER_PATTERNS)]
    # (lazy: its search is told the characters a match can begin with, see patterns.first_chars)
    return lazy(_date_start(openings) + "(?:" + "|".join(f"(?:{p})" for p in kept) + ")", re.I)


_DATE_RES = {(months, others): _date_re(months, others) for months in (False, True) for others in (False, True)}
DATE_RE = _DATE_RES[True, True]
_MONTH_HINT = triggered(lazy(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I),
                        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_OTHER_HINT = triggered(lazy("|".join(_OTHER_WORDS), re.I), _OTHER_WORDS)

_FUNCTION_WORDS = {
    "in", "on", "at", "by", "for", "from", "to", "of", "about", "around", "over", "under", "nearly",
    "some", "more", "less", "fewer", "up", "only", "just", "almost", "roughly", "approximately",
    "the", "a", "an", "and", "but", "or", "since", "with", "than", "between", "all", "its",
    "their", "his", "her", "our", "last", "this", "that", "those", "these", "each", "every",
    "another", "exactly", "total", "top", "another", "after", "before", "until", "till", "during",
    "nearly", "around", "whereas", "while", "if", "as", "so", "yet", "then", "now", "also", "still",
    "another", "into", "onto", "across", "among", "per", "another", "nearly", "within", "without",
    "however", "meanwhile", "overall", "altogether", "combined", "together", "another", "both",
    "at least", "least", "most", "many", "much", "several", "further", "another", "an estimated",
    "estimated", "record", "nearly", "above", "below", "beyond", "toward", "towards", "through",
    "when", "where", "which", "who", "what", "why", "how", "there", "here", "it", "he", "she",
    "they", "we", "you", "i", "just", "even", "another", "other", "such", "same",
}
_CURRENCY_LIKE = re.compile(r"(?:Rs|RMB|Rmb|US|HK|NT|NZ|A|C|S|R)\$?$")

# Lower-case words after which a number is a label, not a quantity ("phase 2", "route 66").
_LABEL_WORDS = {
    "no", "no.", "nos", "number", "page", "pages", "p", "pp", "route", "line", "flight", "room",
    "phase", "stage", "grade", "level", "tier", "category", "type", "model", "version", "chapter",
    "article", "rule", "clause", "section", "paragraph", "item", "code", "platform", "gate",
    "terminal", "row", "lane", "bus", "block", "unit", "floor", "building", "lot", "case", "act",
    "resolution", "amendment", "figure", "table", "exhibit", "episode", "season", "volume", "issue",
    "batch", "group", "class", "team", "wave", "round", "game", "match", "day", "week", "district",
    "zone", "ward", "precinct", "highway", "road", "street", "avenue", "channel", "rank", "ranked",
    "aged", "age",
}
# Definite determiners that make a small number anaphoric: "the two countries".
DEICTIC_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|both|its|their|our|his|her|all|each of the|the other|first|last|next|"
    r"these|my|your|whose|such)\s+)$",
    re.I,
)


POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|our|his|her|my|your|whose)\s+$", re.I)


# Sports scores: "beat Charlton 2-1", "tied Game 7 at 89-89", "a 9-2 lead", "at 2-0 down"
# (case-sensitive: the words between the verb and the score are a team's name).
_SCORE_RE = re.compile(
    r"\b(?:[Bb]eat|beats|beaten|won|[Ww]in|wins|lost|lose|loses|tied|ties|drew|draw|defeated|edged|routed|[Aa]t)\s+"
    r"(?:[A-Z][\w'’]*\s+){0,3}\d{1,3}\s*[-–]\s*\d{1,3}\b(?!\s*(?:%|per\b|percent\b|votes?\b|[-–]|[A-Za-z]))"
    r"|\b\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:lead|win|victory|defeat|loss|draw|down|scoreline|thrashing)\b")
_SCORE_HINT = re.compile(r"\d\s*[-–]\s*\d")


def date_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans that are no claims: dates, times, periods, unit definitions, scores."""
    pattern = _DATE_RES[_MONTH_HINT.may_match(sentence), _OTHER_HINT.may_match(sentence)]
    spans = [m.span() for m in pattern.finditer(sentence) if not _currency_equation(m.group(0))]
    if _SCORE_HINT.search(sentence):
        spans.extend(m.span() for m in _SCORE_RE.finditer(sentence))
    return spans


# "1 USD = 3,700 UGX", "1 kina = 0.26 US dollars": an exchange rate, whose figure is a claim
# (rates._exchange_equation reads it per the one unit on the left), not a unit's definition
_ONE_UNIT_EQUALS = lazy(r"1\s+(?P<unit>(?:[A-Z][\w.]*\s+)?[A-Za-z]+)\s*(?:=|equals?|is\s+equal|is\s+equivalent)", re.I)


def _currency_equation(span: str) -> bool:
    m = _ONE_UNIT_EQUALS.match(span) if span.startswith("1") else None
    if m is None:
        return False
    unit = m.group("unit")
    last = unit.split()[-1]
    return last in ISO_CODES or is_currency_name(unit) or is_currency_name(last)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# What makes "X of N" a quantity rather than a name: a scale, a percent or a currency after N.
_QUANTITY_AFTER = re.compile(  # (after a list of figures sharing the unit: "Rates of 3, 4 and 5 percent")
    r"(?:\.\d+)?(?:\s*(?:,|,?\s*and|,?\s*or|to|[-–])\s*\d[\d.,]*){0,6}[\s-]?(?:thousand|million|billion|trillion|lakh|crore|bn|mn|tn|m\b|%|per\s?cent|percent|pct|"
    r"(?-i:[A-Z]{3})\b|dollars?|euros?|pounds|yen|yuan|rupees)", re.I)


# The patterns of in_name, compiled once (it runs for every number).
_IDENTIFIER_AFTER = re.compile(r"/\d")
_HYPHENATED_NAME = re.compile(r"[A-Za-z][\w.]*-$")
_PREFIX_HYPHEN = re.compile(r"(?<![\w-])(?:sub|now|then|mid|pre|post|near|all|ex|over|under|top|low|high|up|down|"
                            r"minus|plus)-$", re.I)
_NAME_OF = re.compile(r"[A-Z][\w&.]*\s+of\s+$")
_NAME_OF = ends_with(_NAME_OF, ("of",))  # a `$` pattern, tried only where the text ends in its last word
# (and a noun of amount or change opening a sentence or headline: "Loss of 700 jobs", "Sales of 5
# million units", never a name as "Group of 20" is)
_QUANTITY_OF = re.compile(r"\b(?:[Tt]otal|[Aa]ll|[Mm]ost|[Ss]ome|[Oo]ut|(?:Loss|Sale|Export|Import|Rise|Increase|Decrease|"
                          r"Fall|Drop|Decline|Gain|Cut|Number|Value|Cost|Sum)(?:es|s)?)\s+of\s+$")
_QUANTITY_OF = ends_with(_QUANTITY_OF, ("of",))  # a `$` pattern, tried only where the text ends in its last word
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.&'’]*)\s+$")  # what word_before() finds, read from the end
_WORD_CHARS = frozenset(".&'’_")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# a percentage or a difference of percentages, however printed: no name's number takes one
_PERCENT_WORD = r"(?:%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b|basis\s+points?\b|bps\b)"
_ROW_AFTER = re.compile(r"(?:\.\d+)?\s?" + _PERCENT_WORD + r"|\s+\(?\d"
                        # an item of a list of shares whose next item prints its "%" ("Ukraine 10.0, China 5.9%"),
                        # and a gapped list's next item ("in the U.K. 2.6 percentage points, in Germany four")
                        r"|(?:\.\d+)?,\s+(?:[A-Z][\w'’-]*\s+){1,3}\d[\d.]*\s?" + _PERCENT_WORD, re.I)
_TIMES_AFTER = re.compile(r"\s+times\b", re.I)
_CAMEL_CASE = re.compile(r"[a-z]+[A-Z][\w.&]*")
_POSSESSIVE_END = re.compile(r"['’]s$")
_MONTH_WORD = lazy(MONTH_RE, re.I)
_GLUED_ABBREVIATION = re.compile(
    r"(?:st|nd|rd|th|s|m|bn|mn|mln|bln|k|tn|trn|trln|b|cr|x|pc|pct|pp|bp|bps|km|kg|kw|kwh|mw|mwh|gw|gwh|tw|twh|ha|cm|mm|"
    r"ft|lbs?|bbl|bpd|thousand|million|billion|trillion|percent|per\s?cent)\b", re.I)  # (a text that lost its spaces: "31billion", "24.9percent", "11.8per cent")


def word_before(text: str, start: int = 0) -> Optional[str]:
    """The word that ends `text` before its trailing white space (at least one character of
    it), from its first ASCII letter at or after `start`: group 1 of
    `_WORD_BEFORE.search(text, start)`, read back from the end instead of trying the pattern
    at every position (each try ran to the end of its word and back)."""
    end = len(text.rstrip())  # str.isspace is the white space of re's \s
    if end == len(text):
        return None
    first = end
    while first > start and (text[first - 1].isalnum() or text[first - 1] in _WORD_CHARS):
        first -= 1  # str.isalnum and "_" are re's \w
    for i in range(first, end):
        if text[i] in _ASCII_LETTERS:
            return text[i:end]
    return None


# A list of labels after one label word: "(Tables 1, 7, 13)", "Articles 12 and 14", "sections 4, 5
# and 9": each number after the first names a table or clause as the first does
_LABEL_LIST_BEFORE = re.compile(
    r"\b(?:tables?|figures?|charts?|sections?|articles?|chapters?|annex(?:es)?|appendi(?:x|ces)|pages?|"
    r"paragraphs?|clauses?)\s+\d{1,3}[a-z]?(?:\s*(?:,|and|&)\s*\d{1,3}[a-z]?)*\s*(?:,|and|&)\s*$", re.I)
_LABEL_LIST_BEFORE = ends_with(_LABEL_LIST_BEFORE, (",", "and", "&"))  # a `$` pattern, tried only where the text ends in its last word


def in_name(left: str, right: str) -> bool:
    """The number is part of a proper name or label: 'Group of 20', 'Boeing 737',
    'COVID-19', 'G20', 'Article 370', 'phase 2', '5G'."""
    left = left[-80:]  # only the words right before the number matter; '$' searches scan it all
    if left.endswith("/") and left[-2:-1].isdigit() or _IDENTIFIER_AFTER.match(right):
        return True  # inside an identifier: "2023/0264(BUD)", "Regulation 2019/1020"
    if left.endswith("-") and _HYPHENATED_NAME.search(left) and not _PREFIX_HYPHEN.search(left):
        # COVID-19, F-35, Su-57 (but "sub-7 nanometer", "her now-18 month-old daughter")
        return True
    if left[-1:] in " ," and _LABEL_LIST_BEFORE.search(left):
        return True  # "(Tables 1, 7, 13)": the list goes on naming tables
    if left.endswith(" ") and _NAME_OF.search(left) and not _QUANTITY_OF.search(left) \
            and not _QUANTITY_AFTER.match(right):
        return True  # Group of 20, Class of 2024 (but "Sales of 5 million units", "QE of 50bn GBP")
    word = word_before(left, max(0, len(left) - 40))
    if word and _ROW_AFTER.match(right):
        word = None  # "Newfoundland and Labrador 11.8%", "Swift 82 386 -79%", "Quebec 5.3 (5.6)": a row of figures
    if word and _TIMES_AFTER.match(right):
        word = None  # "visited Russia 11 times": the object of a repeated event, not a label
    if word:
        if _CAMEL_CASE.fullmatch(word):
            return True  # "iPhone 11", "eBay 5": a brand written in camel case
        if word[0].isupper() and not _POSSESSIVE_END.search(word) and word.lower() not in _FUNCTION_WORDS \
                and not _CURRENCY_LIKE.fullmatch(word) and word not in ISO_CODES \
                and not _MONTH_WORD.fullmatch(word):
            return True
        if word.lower().rstrip(".") in _LABEL_WORDS and word.lower() not in ("aged", "age"):
            return True
    if right[:1].isascii() and right[:1].isalpha() and not _GLUED_ABBREVIATION.match(right):
        return True  # 5G, 3D, 4K
    return False


def is_year(value: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1000 <= value <= 2100


# the rest of an identifier whose first part is a year or a number with a leading zero or a
# country code: "Decree 2023-456", "Law 12/2019", "0800 123 456", "+216 71 123 456"
IDENTIFIER_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d[-/]|(?:\+\d{1,3}|(?<![\d.,])\(?0\d{1,4}\)?)(?:[ -]\d{2,4})*[ -])$")
PHONE_REST = re.compile(r"(?:[ -]\d{2,4}){2,}(?![\d.,])")
_NAME_AFTER = re.compile(r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][\w'’&-]*)")


def model_name_after(sentence: str, pos: int) -> bool:
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


def year_like_count(sentence: str, left: str, pos: int, value: float) -> bool:
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
    return value % 100 == 0 and not YEAR_PREPOSITION.search(left, max(0, len(left) - 12))


_HISTORIC_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|from|until|till|before|after|during|year|circa|between|early|late|mid)\s+$", re.I)


YEAR_PREPOSITION = re.compile(r"\b(?:in|of|since|by|from|until|till|to|before|after|during|year|fiscal|"
                               r"circa|between|and|the|early|late|mid)\s+$", re.I)
