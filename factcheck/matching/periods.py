"""Period agreement: whether a claim's period is a reference's span, or only may date its
figure (a month in a year to date, a fiscal year named by its end, a period still running)."""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Optional

from factcheck import timespan

@functools.lru_cache(maxsize=1 << 14)  # pure, and asked of the same pairs about ten times over
def periods_agree(claim_period: Optional[str], ref_period: Optional[str]) -> Optional[bool]:
    """True when the two periods are the same span (in any notation: '2024-H1' is
    '2024-01/2024-06', 'FY2023-24' is '2023-04/2024-03'), or a day lies in the month that
    dates the other (a stock dated by its day is the month's figure); None when only
    the reference states one."""
    if claim_period is None or ref_period is None:
        return None if claim_period is None and ref_period is not None else True
    a, b = str(claim_period), str(ref_period)
    if a == b:
        return True
    sa, sb = timespan.parse(a), timespan.parse(b)
    if sa is None or sb is None:
        return False
    if sa == sb:
        return True
    day, other = (sa, sb) if sa.start == sa.end else (sb, sa)
    return day.start == day.end and other.months == 1 and other.start <= day.start <= other.end


def periods_may_agree(claim_period: Optional[str], ref_period: Optional[str], stated: bool = True,
                      as_of: Optional[str] = None) -> bool:
    """Two different spans that can date one figure: a claim's month (or a day in it) and a
    longer span that ends with that month (a year-to-date total is dated 'May' as often as
    'the eleven months to May'; a stock 'as of 30 June' is the half's closing figure); a
    claim's span and the month or day that closes it (a stock's level for a year is its
    closing level), only when the claim's own sentence dates it (`stated`): a period
    inherited from the text around is a guess already; and two twelve-month spans that
    end in one year (a fiscal year is named by the year it ends, and calendars differ:
    'FY2019' may be April–March or October–September); and a period still running on the
    article's date (`as_of`) and its figure so far (`told_so_far`); and, where the claim's own
    sentence dates it, two spans from one start that end in one month ('Jan-Apr' and the year
    to 15 April: customs count to a day, the report names the month). Weaker than `periods_agree`:
    enough to support a claim, never to contradict it."""
    sa, sb = timespan.parse(claim_period), timespan.parse(ref_period)
    if sa is None or sb is None or sa == sb:
        return False
    if told_so_far(sa, sb, as_of) or split_year_of(sa, sb, as_of):
        return True
    if sa.start == sb.start and (sa.end.year, sa.end.month) == (sb.end.year, sb.end.month) and stated:
        return True  # 'January-April' and the year to 15 April: a figure counted to a day of the month that names it
    if (sa.end.year, sa.end.month) == (sb.end.year, sb.end.month):
        if sa.months == 1 and sb.start <= sa.start:
            return True
        if sb.months == 1 and sa.start <= sb.start:
            return stated
    return sa.months == sb.months == 12 and sa.end.year == sb.end.year and _whole_months(sa) and _whole_months(sb)


def _article_day(as_of: Optional[str]) -> Optional[date]:
    """The article's date, when it is a full one (a year alone cannot tell a period that is
    still running from one that is over)."""
    if not as_of or len(as_of) < 10:
        return None
    try:
        return date.fromisoformat(as_of[:10])
    except ValueError:
        return None


def told_so_far(claim_span: timespan.Span, ref_span: timespan.Span, as_of: Optional[str]) -> bool:
    """A period not yet over when the article was written ('exports in 2023 reached …' in
    September 2023, 'in fiscal 2012' in June 2012) can only have its figure so far: a span
    from the period's start to a day no later than the article's date."""
    today = _article_day(as_of)
    return (today is not None and ref_span.start == claim_span.start and ref_span.end < claim_span.end
            and claim_span.start <= today <= claim_span.end and ref_span.end <= today)


def split_year_of(claim_span: timespan.Span, ref_span: timespan.Span, as_of: Optional[str]) -> bool:
    """A claim dated by two whole calendar years ('the 2018/19 season', a marketing or crop
    year whose months the text leaves unsaid) and a reference for a year of at most twelve
    months that begins in the first of them: the split year itself, when it runs into the
    second, or, while it runs on the article's date, its figure so far."""
    first = claim_span.start.year
    if (claim_span.start, claim_span.end) != (date(first, 1, 1), date(first + 1, 12, 31)):
        return False
    if ref_span.start.year != first or ref_span.months > 12:
        return False
    if ref_span.end.year == first + 1:
        return True
    today = _article_day(as_of)
    return today is not None and ref_span.end <= today <= claim_span.end


def _whole_months(span: timespan.Span) -> bool:
    return span.start.day == 1 and (span.end + timedelta(days=1)).day == 1


def period_start(period: Optional[str]) -> Optional[str]:
    """The month a period begins: '2024' → '2024-01', '2024-Q3' → '2024-07', 'FY2023-24' → '2023-04'."""
    span = timespan.parse(period)
    return None if span is None else f"{span.start.year}-{span.start.month:02d}"
