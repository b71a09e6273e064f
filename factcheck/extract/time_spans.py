"""A figure with a unit of time: a span ("three years", "a 12-month review period"), or no
quantity at all where the words make it a type ("a five-year plan", "10-year bonds"), a
fiscal year or quarter named by its number ("the 2024 financial year"), or the window the
article reports on ("in the first six months", "the three months to September": its period).
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.articles import MONTH_RE
from factcheck.extract import exclusions
from factcheck.extract.scale_letters import CLAUSE_END
from factcheck.extract.units import TIME_FACTOR, TIME_UNITS


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
_IN_A_ROW = re.compile(r"consecutive|straight|successive|running", re.I)


def in_a_row(tm: re.Match) -> bool:
    """The unit of time counts a run of like spans ("three consecutive years", "a fifth
    straight month"): a streak, never the window the article reports on."""
    return _IN_A_ROW.search(tm.group(0)) is not None


def span_of_time(sentence: str, tm: re.Match, left: str, raw: str, value: float,
                 word_number: bool) -> Optional[tuple[str, float]]:
    """(unit, factor to that unit) for a figure whose tail `tm` (numbers.TAIL) is a unit of
    time; None where the figure and its unit are no span."""
    tu = tm.group("tu").lower().rstrip("s")
    if tu == "centurie":
        tu = "century"
    if tu == "yr":
        tu = "year"
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
            and value <= _PERIOD_LIMIT[tu] and not in_a_row(tm):
        return None  # "in the first six months", "over the past ten years": a period, an anchor
    if tu in ("month", "quarter") and not hyphen_attr and _IN_THE_BEFORE.search(left, max(0, len(left) - 16)) \
            and value <= _PERIOD_LIMIT[tu] and not in_a_row(tm):
        # "in the 11 months", "during the nine months period": the report's window, pointed back
        # at ("in the 12-month review period" measures the window, a span)
        return None
    if tu in _PERIOD_UNITS and value == 1 and word_number and re.search(r"\b(?:over|within)\s+$", left, re.I) \
            and CLAUSE_END.match(sentence, tm.end()):
        return None  # "decreased by 3.8% over one year": the change's window, a period
    return TIME_UNITS.get(tu, tu), TIME_FACTOR.get(tu, 1)
