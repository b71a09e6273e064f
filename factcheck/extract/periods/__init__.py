"""Time expressions in a sentence, read as spans of the calendar (the temporal model).

Every expression becomes a `TimeExpr`: where it sits in the sentence, the span it
names (resolved against the article's date and the fiscal calendar of the place the
sentence is about), or, for anaphoric expressions ("a year earlier", "the previous
quarter", "year on year"), a shift to apply to the period of the statement it
belongs to. An expression introduced by a comparison word ("from", "than",
"compared with", "against", "since") is a comparison base, never a claim's own period.

What a claim's period and base are is decided in the `frame` package, which knows the claim;
this package only reads time. Pure: no I/O.

- `expressions`: the `TimeExpr` and `TimeContext` model and shifting a period;
- `grammar`: the rule book, the rules that read time expressions in the order they are tried;
- `rules`: those rules by family (fiscal years and parts of years, counts of months, months,
  days, years, anaphora), each gated by what a sentence holds;
- `bases`: what an expression is to its sentence (a comparison base, an aside, a plan's
  time, a release day, the end of a flow counted so far);
- `reading`: `find`, which runs the grammar over a sentence and joins what belongs together.
"""

from factcheck.extract.periods.bases import MEASURING_VERBS, MONTH_END_NAMES
from factcheck.extract.periods.expressions import TimeContext, TimeExpr, shift
from factcheck.extract.periods.reading import find
from factcheck.extract.periods.rules.anaphora import THIS_PERIOD

__all__ = ["MEASURING_VERBS", "MONTH_END_NAMES", "THIS_PERIOD", "TimeContext", "TimeExpr", "find", "shift"]
