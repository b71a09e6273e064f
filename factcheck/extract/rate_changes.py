"""The change of a rate printed as a percentage: "the unemployment rate stood at 8.4 percent, a
2.1 percent decline from the year before", "the annual inflation rate rose to 60.67%, an increase
of 2.97%", "19.1 percent, up by 0.5% for the same period last year". A rate that moves is said to
move by points; a desk that prints "percent" beside that move means the difference of the two
rates (GUIDE.md: `percentage_point`, a change "up 0.3 percentage points"), not a growth of the
rate itself, which no release of a rate reports.

Read only where the sentence states the rate itself before the move, as a percentage of the same
series, and the move is smaller than that rate: a growth of a level ("exports, 12% of the total,
rose 5%") names a series that is no rate.

Pure: no I/O.
"""

from __future__ import annotations

import re

from factcheck.extract.kinds import K, R
from factcheck.models import Claim

# the series a rate names: "unemployment rate", "inflation", "participation rate", "ratio"
_RATE_SERIES = re.compile(r"\b(?:rates?|inflation|ratios?)\b", re.I)


def _same_series(a: Claim, b: Claim) -> bool:
    return bool(a.metric) and (a.metric or "").lower() == (b.metric or "").lower()


def changes_of_rates(claims: list[Claim]) -> None:
    """A percentage growth of a rate the same sentence states before it is that rate's change
    in percentage points."""
    for i, c in enumerate(claims):
        if c.kind != K.PERCENT or c.role != R.GROWTH or not c.metric or not _RATE_SERIES.search(c.metric):
            continue
        rate = next((p for p in reversed(claims[:i]) if p.kind == K.PERCENT and p.role == R.RATE
                     and _same_series(p, c)), None)
        if rate is None or not abs(c.value) < abs(rate.value):
            continue
        c.unit, c.kind, c.role = "percentage_point", K.PERCENTAGE_POINT, R.CHANGE
