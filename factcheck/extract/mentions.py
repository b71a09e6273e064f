"""Find quantity mentions in one sentence with our own grammar.

A mention is a number core (digits, number words, ordinals, fractions, '-fold'
words) read together with what surrounds it. This module finds the cores
(`CORE`) and hands each to its reader: a cardinal figure with its currency, scale
and tail (cardinals.py), an ordinal (ordinal_mentions.py), a fraction in words
(fraction_mentions.py), a span of years in brackets (year_spans.py), 'twice' and
'-fold' (multipliers.py). Ranges, from–to pairs and coordinated numbers that share
one unit ("3 to 4 million", "3.2 and 2.1 trillion yuan") are merged afterwards
(ranges.py), after an amount printed in pieces is read as one (joins.py).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import exclusions
from factcheck.extract.cardinals import read_cardinal
from factcheck.extract.elided_scales import carry_converted_scales, carry_elided_scales
from factcheck.extract.listed_rates import carry_listed_denominators
from factcheck.extract.exchange_quotes import currency_quotes
from factcheck.extract.fraction_mentions import RESTATED_OF, read_fraction, read_fraction_word
from factcheck.extract.joins import implied_percents, joined_amounts
from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.multipliers import COMPARATIVE_AFTER_TIMES, times_is_multiplier
from factcheck.extract.numbers import (
    COMMA_SPACE_RUN_RE, DIGITS, NUMBER_WORD, NUMBER_WORDS_CHAINED, DIGITS_DECIMAL_COMMA, DIGITS_DECIMAL_COMMA_SPACED, DIGITS_SPACED,
    ORDINAL_DIGITS, ORDINAL_WORD, ORDINAL_WORDS, TENS_WORDS, UNITS_WORDS, parse_digits, parse_number_word,
    words_chain_end,
)
from factcheck.extract.ordinal_mentions import read_ordinal
from factcheck.extract.patterns import LazyPattern, lazy, literal_alternation
from factcheck.extract.qualifiers import qualifier_left_of
from factcheck.extract.ranges import bare_is_claim, merge_ranges
from factcheck.extract.rates import carry_denominators
from factcheck.extract.unitnotes import apply_unit_notes
from factcheck.extract.units import TIME_FACTOR, TIME_UNITS
from factcheck.extract.year_spans import YEAR_RANGE, read_year_range
from factcheck.models import Qualifier


def _core(digits: str) -> LazyPattern:
    # lazy: its search is told the characters a match begins with (patterns.first_chars)
    return lazy(_CORE.replace("{DIGITS}", digits), re.I)


# Every word an alternative of _CORE can start with: number words, ordinals, fractions,
# multipliers, each kept whole where no shorter one begins it ("four" for "fourteen"), and
# "a" before a space or hyphen only ahead of the words it counts ("a quarter", "a-third",
# "a hundred"). (Their first three letters let in every "for", "this", "second" and every
# article "a", to try the whole alternation there: 16 % of the searches' cost.)
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
    + RESTATED_OF + "))"
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


# A table row whose figures print one decimal after a comma ("Retail trade turnover 17 977,9 102,8"),
# in an article whose prose writes decimal points: no thousands group has one digit, so the row
# keeps the statistics office's own convention (and its space-grouped thousands)
_ONE_DECIMAL_AFTER_COMMA = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})*,\d(?![\d,])")
_POINT_OR_COMMA_GROUPS = re.compile(r"\d\.\d|\d,\d{2,}")


def _decimal_comma_row(sentence: str) -> bool:
    return "," in sentence and len(_ONE_DECIMAL_AFTER_COMMA.findall(sentence)) >= 2 \
        and _POINT_OR_COMMA_GROUPS.search(sentence) is None


_SCALE_IN_WORDS = re.compile(r"thousand|million|billion|trillion", re.I)


def scan_sentence(sentence: str, article_text_has: dict, offset: Optional[int] = None) -> list[Mention]:
    """All mentions in one sentence, in order, exclusions applied. `offset`, the sentence's
    place in the article, lets a table's unit note above it type its bare cells."""
    consumed: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for m in YEAR_RANGE.finditer(sentence) if "(" in sentence else ():
        mention = read_year_range(sentence, m)
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
        if COMMA_SPACE_RUN_RE.fullmatch(m.group("dig") or "") and (mention is None or mention.kind != K.MONEY):
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
    if len(mentions) > 1 or ":" in sentence:
        carry_listed_denominators(sentence, mentions)  # "$82 a barrel, while WTI stood at $78"
    if offset is not None and article_text_has.get("unit_notes"):
        apply_unit_notes(mentions, offset, article_text_has["unit_notes"], sentence)
    out = [x for x in mentions if not x.bare or bare_is_claim(x, sentence)]
    for x in out:
        if x.counted:
            x.info["counted"] = x.counted
    return out


def _read(sentence: str, m: re.Match, has: dict) -> Optional[Mention]:
    if m.group("twice"):
        # "more than twice the size": a multiplier ("changed its stance twice" states no figure)
        _, tpos = m.span()
        if not (times_is_multiplier(sentence, m.start(), tpos) or COMPARATIVE_AFTER_TIMES.match(sentence, tpos)):
            return None
        q, qstart = qualifier_left_of(sentence, m.start())
        return Mention(qstart if q else m.start(), tpos, 2.0 if m.group("twice").lower() == "twice" else 3.0,
                       "times", K.MULTIPLIER, (q or Qualifier.EXACT).value, precision=1.0, raw=m.group("twice"))
    if m.group("unithalf"):
        q, qstart = qualifier_left_of(sentence, m.start())
        tu = m.group("hu").lower()
        return Mention(qstart if q else m.start(), m.end(), 1.5 * TIME_FACTOR.get(tu, 1), TIME_UNITS[tu], K.DURATION,
                       (q or Qualifier.EXACT).value, precision=0.5 * TIME_FACTOR.get(tu, 1), raw=m.group(0))
    if m.group("fracpt") or m.group("ratio"):
        return read_fraction_word(sentence, m)
    if m.group("frac"):
        return read_fraction(sentence, m)
    if m.group("foldw"):
        raw = m.group("foldw")
        num = re.sub(r"-?fold$", "", raw, flags=re.I)
        value = parse_digits(num) if num[0].isdigit() else parse_number_word(num)
        if not value:
            return None
        q, qstart = qualifier_left_of(sentence, m.start())
        return Mention(qstart if q else m.start(), m.end(), value, "times", K.MULTIPLIER,
                       (q or Qualifier.EXACT).value, precision=1.0, raw=raw)
    if m.group("ordd") or m.group("ordw"):
        return read_ordinal(sentence, m)
    return read_cardinal(sentence, m, has)
