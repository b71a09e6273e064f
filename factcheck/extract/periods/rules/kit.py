"""What every rule of time is made of: `rule`, which declares a reader's pattern and the needs
(`rulebook.Needs`) a sentence must meet before the pattern runs; the needs many rules share (a
month, a digit, a year, a quarter's word, a fiscal year); and `time_expr`, the expression a reader
returns for its match. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.timespan import Span
from factcheck.extract.rulebook import Needs
from factcheck.extract.periods.expressions import TimeExpr


def rule(pattern: str, flags: int = re.I, needs: tuple = (), key: Optional[str] = None, opening: bool = False):
    """Declare a reader a rule of time: its pattern and what `Rulebook.rule` takes with it
    (flags, needs, key, opening), kept on the reader as `rule`. `periods.grammar` enters the
    rules in the book, in the order they are tried."""
    def declare(fn):
        fn.rule = dict(pattern=pattern, flags=flags, needs=tuple(needs), key=key, opening=opening)
        return fn
    return declare


# the needs many rules share: a quarter's or a half's word, a fiscal year, a month, a digit, a year
T_PART = Needs(("quarter", "quarters", "half", "semester", "trimester", "q1", "q2", "q3", "q4", "h1", "h2"), subs=("1q", "2q", "3q", "4q", "1h", "2h"))
T_FISCAL = Needs(("fy", "fiscal", "financial"), subs=("fy",), pattern=r"(?:19|20)\d\d\s?[-–/]\s?['‘’]?(?:\d\d|(?:19|20)\d\d)(?!\d)")
T_MONTH = Needs(month=True)
T_DIGIT = Needs(digit=True)
T_YEAR = Needs(pattern=r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a day named by its ordinal before "of" ("the 18th of August", "to the 10th of this month"):
# every match of the two rules that read it holds one (most sentences with a digit hold none)
T_ORDINAL_DAY = Needs(pattern=r"\d(?i:st|nd|rd|th)\s+(?i:of)\s")
_MONTH3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# a day of a month: "March 20", "Sept. 1", "1st of July" (a sentence naming a month and a figure
# apart has none: the rules of days, tried at every position, would find nothing there)
T_DAY = Needs(pattern=rf"{_MONTH3}[a-z]*\.?\s+\d|\d(?i:st|nd|rd|th)?\s+(?i:of\s+)?{_MONTH3}")
YEAR_PAIR = Needs(pattern=r"(?:19|20)\d\d\s?(?:[-–]|(?i:and|to|through|until))\s?(?:19|20)\d\d")


TWO_MONTHS = Needs(pattern=rf"{_MONTH3}[^,;]{{0,26}}?{_MONTH3}")


def tokens(*words: str) -> Needs:
    """Any of these tokens ('ending', 'quarter')."""
    return Needs(tuple(words))


def time_expr(m: re.Match, span: Optional[Span], **kw) -> TimeExpr:
    return TimeExpr(m.start(), m.end(), m.group(0), span, **kw)
