"""Fractions in words as quantities: "a third of the budget", "half as many", "one in
five adults", "a quarter-point cut" — a share in percent, a multiplier, or points, each
exact only to the nearest simple fraction.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import qualifiers
from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.nouns import whole_of
from factcheck.extract.numbers import clean, parse_digits, parse_number_word
from factcheck.extract.qualifiers import qualifier_left_of
from factcheck.models import Qualifier


# the fraction glyphs a whole number may carry ("3½ per cent"): cardinals.py reads them
GLYPH_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0, "two-thirds": 200 / 3,
              "two thirds": 200 / 3, "three-quarters": 75.0, "three quarters": 75.0,
              "a fifth": 20.0, "one-fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0, "one-tenth": 10.0,
              "a fourth": 25.0, "one fourth": 25.0, "one-fourth": 25.0, "three fourths": 75.0, "three-fourths": 75.0,
              "one tenth": 10.0}


# "over three quarters (77.5pct) of them", "three quarters ($3.3 billion) of the sum": a
# fraction of a whole, its figure restated in brackets before the whole
RESTATED_OF = r"\s*\((?=[^()\n]{0,30}?(?:%|pct|per\s?cent|percent|[$€£¥]|\b[A-Z]{3}\s?\d))[^()\n]{1,30}\)\s+of\b"
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


def read_fraction(sentence: str, m: re.Match) -> Optional[Mention]:
    """'a third of the budget', 'half the condos' (percent of a whole), 'a third of a
    percentage point' (points), 'half as many' (a multiplier); None where the fraction is a
    time or a change's extent ("the first half", "rose by a fifth")."""
    raw = m.group("frac")
    value = _FRACTIONS.get(raw.lower())
    if value is None:
        return None
    left = sentence[: m.start()]
    if re.search(r"\b(?:first|second|the|in|by|same|corresponding|comparable|previous|preceding|latter|next|following)\s+$",
                 left, re.I) and raw.lower() == "half":
        return None  # "the first half", "the same half of 2030" (a time), "cut in half"
    q, qstart = qualifier_left_of(sentence, m.start())
    if not re.match(r"\s+(?:of|the|as)\b|" + RESTATED_OF, sentence[m.end():]) and not re.search(r"\bby\s+$", left, re.I) \
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


def read_fraction_word(sentence: str, m: re.Match) -> Optional[Mention]:
    """'a quarter-point' (0.25 percentage point); 'one in five' (20 percent)."""
    q, qstart = qualifier_left_of(sentence, m.start())
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
