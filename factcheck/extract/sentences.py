"""Paragraphs and sentences with their offsets; offset → line and column."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Iterator

from factcheck.extract.patterns import lazy

# Abbreviations whose full stop never ends a sentence (titles, "No. 1", "Jan. 5").
_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "no", "hon", "rt",
    "nos", "vs", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "approx", "est", "fig", "vol", "rs", "dept", "univ", "govt", "mt", "ft",
    "nrs", "nu", "gs", "bs", "fr", "sfr", "lps", "gdes", "l.l", "afl", "naf", "bs.s",  # currency abbreviations: Nepal's rupee, Bhutan's ngultrum, Paraguay's guaraní, Bolivia's boliviano, the Swiss franc
}
# Abbreviations that may also end a sentence ("... Co., Ltd. Its predecessor").
_MAYBE_FINAL = {"u.s", "u.k", "u.n", "e.u", "co", "ltd", "inc", "corp", "plc", "jr", "sr", "etc", "a.m", "p.m"}
_SENTENCE_OPENERS = re.compile(
    r"(?:The|It|Its|This|That|These|Those|There|He|She|They|We|I|In|On|At|As|But|And|A|An|"
    r"For|With|According|Last|This|Meanwhile|However|Since|After|Before)\b"
)
_STRAY_DECIMAL = re.compile(r"\d{3}\s(?:million|billion|trillion)\b", re.I)
_SIGNED_BEFORE = re.compile(r"(?:[(+−±]|(?<=[\s(])-)\d{1,3}$")
_PERCENT_DECIMAL = re.compile(r"\d{1,2}\s?(?:%|per\s?cent\b|percent\b)", re.I)
# lazy: its search is told the characters a boundary begins with (patterns.first_chars)
# a stop glued to the next sentence's opening word after a lower-case word ("member
# states.The arrivals", "last year.On"), as pages stripped of their markup print it
_BOUNDARY = lazy(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n+"
                 r"|(?<=[a-z]{3})\.(?=(?:The|It|Its|This|That|These|Those|There|He|She|They|We|In|On|At|As|But|And"
                 r"|For|With|According|Last|Meanwhile|However|Since|After|Before)\b)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split text[start:] into sentences; a newline always ends a paragraph."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = start
    wrapped = _hard_wrapped(text)
    for m in _BOUNDARY.finditer(text, start):
        if "\n" not in m.group(0) and not _ends_sentence(text, pos, m):
            continue
        if wrapped and m.group(0) == "\n" and _soft_wrap(text, m.start()):
            continue  # "is a trillion one\nhundred and eighty seven billion": a line wrapped mid-sentence
        # keep the closing punctuation ("share.") whether a space or a newline follows
        end = m.start() + len(m.group(0).rstrip())
        _add(sentences, text, pos, end, paragraph)
        if "\n" in m.group(0):
            paragraph += 1
        pos = m.end()
    _add(sentences, text, pos, len(text), paragraph)
    return sentences


# a line that stops mid-sentence (no closing stop, colon or bracket) and a next line that goes
# on in lower case
_SOFT_WRAP = re.compile(r"[a-z0-9,]\n(?=[a-z(])")
_WRAPPED_LINES = 3


def _hard_wrapped(text: str) -> bool:
    """Text wrapped at a fixed width, as plain-text releases and mail are: several lines
    break mid-sentence, each under 90 characters."""
    if text.count("\n") < 2 * _WRAPPED_LINES:
        return False
    n = 0
    for m in _SOFT_WRAP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() + 1 - line_start <= 90:
            n += 1
            if n >= _WRAPPED_LINES:
                return True
    return False


def _soft_wrap(text: str, at: int) -> bool:
    """The newline at `at` wraps a sentence: the next line goes on in lower case, or the line
    ran to the wrapping width and the next goes on with a word ("… (1,250,000,000) Somaliland\n
    Shillings"); a short line before a capital is a heading or a row."""
    if _SOFT_WRAP.match(text, at - 1):
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return at - line_start >= _WRAP_WIDTH and text[at - 1:at].isalnum() and text[at + 1:at + 2].isalpha()


_WRAP_WIDTH = 60


_WORD_AT_END = re.compile(r"([A-Za-z.]+)$")
_ONE_LETTER = re.compile(r"[a-z]")


def _ends_sentence(text: str, pos: int, m: re.Match) -> bool:
    if m.group(0).startswith(".") and m.start() > pos and text[m.start() - 1] in "$€£¥₹":
        return False  # "US$. 1.094 billion": a stray stop after a currency sign
    if m.group(0).startswith(".") and m.start() > pos and text[m.start() - 1] == "/" \
            and m.end() < len(text) and text[m.end()].isdigit():
        return False  # "S/. 45", "B/. 5 billion": the sol's and the balboa's sign ends in a stop
    if m.group(0) == ". " and m.start() > pos and text[m.start() - 1].isdigit() and (
            # "P5. 925 billion": a decimal point with a stray space, not a full stop
            _STRAY_DECIMAL.match(text, m.end())
            # "imports (+7. 4%)": a signed or bracketed rate's decimal point (numbers._BEFORE_PERCENT_SLIPS)
            or _SIGNED_BEFORE.search(text, max(pos, m.start() - 6), m.start()) and _PERCENT_DECIMAL.match(text, m.end())):
        return False
    word = _WORD_AT_END.search(text, max(pos, m.start() - 12), m.start())
    if not word or not m.group(0).startswith("."):
        return True
    w = word.group(1).lower()
    if m.end() < len(text) and text[m.end()].isdigit() and word.group(1) + "." in _dotted_currency_signs():
        return False  # "Kshs. 1.3 trillion", "Nu. 5 million": a currency's abbreviation ends in a stop
    if _ONE_LETTER.fullmatch(w) and text[m.start() - 2: m.start() - 1].isdigit():
        # "to €52.4m. January saw …": a scale's letter glued to its figure, not an initial
        return not (_currency_after().match(text, m.end()) or _SMALLER_PART.match(text, m.end()))
    if w in _NEVER_FINAL or _ONE_LETTER.fullmatch(w):
        return False
    if w in _MAYBE_FINAL:
        return bool(_SENTENCE_OPENERS.match(text, m.end()))
    if w in _SCALE_ABBREVIATIONS and text[m.start() - len(w) - 1: m.start() - len(w)].isdigit() \
            or w in _SCALE_ABBREVIATIONS and text[m.start() - len(w) - 2: m.start() - len(w) - 1].isdigit():
        # "45 mln. Danish kroner", "1.2 bln. US dollars": a scale's stop before the currency it scales;
        # "1 trln. 32.7bln drams": before the next smaller part of one amount
        return not (_currency_after().match(text, m.end()) or _SMALLER_PART.match(text, m.end()))
    return True


# scale words that wire copy abbreviates with a stop ("5 mln. tons", "1.2 bln. Kyrgyz soms")
_SCALE_ABBREVIATIONS = {"mln", "bln", "trln", "mn", "bn", "tn", "thsd", "thous", "mio", "mrd", "mill"}
_SMALLER_PART = re.compile(r"\d{1,3}(?:[.,]\d+)?\s?(?:bln|mln|billion|million|thousand|thsd|bn|mn)\b", re.I)


@functools.cache
def _currency_after() -> re.Pattern:
    from factcheck.extract.numbers import CURRENCY_NAME, ISO_CODE_ALT  # the lexicon, only when a scale ends in a stop
    return re.compile(rf"(?:(?-i:{ISO_CODE_ALT})\b|{CURRENCY_NAME})", re.I)


@functools.cache
def _dotted_currency_signs() -> frozenset[str]:
    from factcheck.extract.numbers import CURRENCY_PREFIXES  # the lexicon, only when a stop is followed by a digit
    return frozenset(sign for sign in CURRENCY_PREFIXES if sign.endswith("."))


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))


class LineIndex:
    """Maps a character offset to a 1-based line and column."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def paragraphs(sentences: list[Sentence]) -> Iterator[list[Sentence]]:
    group: list[Sentence] = []
    for s in sentences:
        if group and s.paragraph != group[-1].paragraph:
            yield group
            group = []
        group.append(s)
    if group:
        yield group
