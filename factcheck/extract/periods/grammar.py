"""The grammar of time expressions: the rule book, every rule of the `rules` families in the
order it is tried. Each rule is a pattern, the needs (`rulebook.Needs`) a sentence must meet
before the pattern runs, and a reader that turns its match into a `TimeExpr`; each family's
module declares its own (`rules.kit.rule`). The order is kept here, in one place, because it
decides what a sentence reads: an earlier rule's match wins where two overlap, so the longer,
more specific phrase ("the first half of fiscal 2024") comes before its parts. Pure: no I/O.
"""

from __future__ import annotations

from factcheck.extract.rulebook import Rulebook
from factcheck.extract.periods.rules import anaphora, days, fiscal, month_counts, months, years

# The rules in the order they are tried.
TRIED = (
    # phrases that contain another rule's phrase, tried before every rule below ('April-March
    # 2020-21' holds the fiscal year '2020-21', 'the week ending 20 August' a day, 'at the end
    # of 2016' a year)
    years._edge_of_year,
    years._season,
    anaphora._sequel,
    anaphora._same_span_to,
    days._week,
    months._year_start_to_month,
    days._year_to_day,
    days._ordinal_days_of,
    days._ordinal_day_of,
    days._part_of_month,
    fiscal._fiscal_to_date,
    fiscal._fiscal_year_from,
    months._by_month,
    fiscal._month_range_of_relative_fiscal,
    fiscal._month_of_relative_fiscal,
    fiscal._month_range_fiscal,
    fiscal._solar_hijri,
    month_counts._first_quarters,
    month_counts._first_month,
    month_counts._months_of_a_year,
    month_counts._year_months_period,
    month_counts._first_months,
    month_counts._closing_months,
    fiscal._year_then_part,
    fiscal._to_part_end,
    # the rest, each before the rules whose phrases its own may hold
    fiscal._fiscal_part,
    fiscal._compact_part,
    fiscal._calendar_part_rule,
    fiscal._the_fiscal_year,
    fiscal._ethiopian_fiscal_year,
    fiscal._fiscal_year_rule,
    month_counts._months_to,
    month_counts._month_quarter,
    month_counts._month_named_year,
    months._nth_month_of_year,
    month_counts._months_of_year,
    month_counts._months_so_far,
    month_counts._rolling_months,
    years._years_window,
    months._month_range,
    months._to_month_end,
    month_counts._first_months_compact,
    month_counts._months_period_to_named_month,
    months._to_end_of,
    years._year_range,
    years._year_to_date,
    years._so_far,
    days._day_span,
    days._days_across_months,
    days._month_to_day,
    days._weekday,
    days._now,
    days._day,
    months._month_year,
    months._deictic_month,
    months._month,
    anaphora._anaphoric,
    anaphora._under_review,
    anaphora._this_period,
    anaphora._the_unit,
    years._annual_totals,
    anaphora._rate_basis,
    years._deictic,
    years._turn_of_year,
    years._by_year_end,
    days._day_month,
    years._year_rule,
    years._calendar_year_code,
    years._full_year,
    years._for_the_year,
)

_BOOK = Rulebook()
for _reader in TRIED:
    _BOOK.rule(**_reader.rule)(_reader)
