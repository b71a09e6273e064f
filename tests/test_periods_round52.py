"""Periods, round 52 (issue 8): a period carried over from another sentence, where the figure's
own sentence names no time. A class found among the look groups' period misses, written here in
our own sentences.

1. A stock is held at a day. A balance (debt, assets, equity, reserves, deposits, a cash
   balance) said with no time of its own, in a text about a span that has closed (a quarter, a
   half, a fiscal year), is the balance at that span's last day; the other side of its
   comparison ("against … in the same period last year") is the balance that day a year
   before. The span's flows (profit, revenue, debt issued or serviced during it) keep the span,
   and so does a stock in a plan for a span still running or to come (a budget's debt).
2. The report period is the year so far. "The reporting period", "the period under review"
   after a year's plan and then its first months reported ("Under the 2025 budget … a surplus
   in January-July 2025 … in the reporting period") is those months, the span the report
   covers; a later part of the text's main span ("In April-May", after "the first five
   months") still leaves the report about the whole (round 18).
"""

from __future__ import annotations

import pytest
from conftest import by_surface


@pytest.mark.parametrize("text,date,surface,want", [
    # a half's results, then the balance sheet
    ("Harbourline Holdings posted a net profit of Dhs 412 million in the first half of 2023. "
     "Total assets for the group rose to Dhs 31 billion.", "2023-08-10", "Dhs 31 billion", "2023-06-30"),
    # a quarter's budget outturn, then the debt
    ("The kingdom's budget recorded a deficit of SAR 41.2 billion in the first quarter of 2024. "
     "Total public debt stood at SAR 1.15 trillion, with domestic debt at SAR 690 billion.", "2024-05-08",
     "SAR 1.15 trillion", "2024-03-31"),
    ("The kingdom's budget recorded a deficit of SAR 41.2 billion in the first quarter of 2024. "
     "Total public debt stood at SAR 1.15 trillion, with domestic debt at SAR 690 billion.", "2024-05-08",
     "SAR 690 billion", "2024-03-31"),
    # a fiscal year's results, then the cash held when it closed
    ("The airline reported revenue of AED 98.1 billion for the 2023-24 financial year, which ended in March. "
     "The group closed the year with a record cash balance of AED 31.6 billion.", "2024-05-15",
     "AED 31.6 billion", "2024-03-31"),
    # a calendar year's outturn, then the debt
    ("The government ran a deficit of €310 million in 2023. "
     "Net of deposits, the debt came to €3.9 billion.", "2024-02-20", "€3.9 billion", "2023-12-31"),
    # the span's flows keep the span: the profit the text opens with, debt issued during the quarter
    ("Harbourline Holdings posted a net profit of Dhs 412 million in the first half of 2023. "
     "Total assets for the group rose to Dhs 31 billion.", "2023-08-10", "Dhs 412 million", "2023-H1"),
    ("The kingdom's budget recorded a deficit of SAR 41.2 billion in the first quarter of 2024. "
     "New borrowing during the quarter came to SAR 88 billion, including SAR 37 billion in external debt.", "2024-05-08",
     "SAR 37 billion", "2024-Q1"),
    # debt service is a flow, whatever its noun's modifier says
    ("The government ran a deficit of €310 million in 2023. "
     "Debt service amounted to €420 million.", "2024-02-20", "€420 million", "2023"),
    # a plan for a span still to come names no day the stock was counted at
    ("The finance minister presented the budget for 2025 on Tuesday, with spending of $2.4 billion. "
     "Public debt would reach $5.1 billion.", "2024-10-15", "$5.1 billion", "2025"),
    # a span still running at the article's date
    ("Remittances reached $1.2 billion in the first eight months of 2024. "
     "Foreign reserves stand at $3.4 billion.", "2024-08-20", "$3.4 billion", "2024-01/2024-08"),
    # a month is no span a balance sheet closes on: the month stays
    ("Exports rose 4% to $610 million in June 2024. "
     "Foreign reserves rose to $3.4 billion.", "2024-07-20", "$3.4 billion", "2024-06"),
])
def test_a_stock_is_held_at_the_close_and_flows_plans_running_spans_keep_theirs(text, date, surface, want):
    assert by_surface(text, date, "period")[surface] == want


def test_the_comparand_of_a_stock_is_that_day_a_year_before():
    text = ("Harbourline Holdings posted a net profit of Dhs 412 million in the first half of 2023. "
            "Shareholders' equity increased to Dhs 14.2 billion compared to Dhs 13.6 billion during the same period last year.")
    got = by_surface(text, "2023-08-10", "period")
    assert got["Dhs 14.2 billion"] == "2023-06-30"
    assert got["Dhs 13.6 billion"] == "2022-06-30"


# 2. the report period is the year so far, not the year planned

@pytest.mark.parametrize("phrase", ["in the reporting period", "in the period under review"])
def test_the_report_period_after_a_year_planned_is_the_year_so_far(phrase):
    text = ("Under the 2025 budget approved by parliament, revenues were planned at 2.4 trillion drams. "
            "The state budget was executed with a surplus of 41.2 billion drams in January-July 2025. "
            f"Spending rose by 6.1% to 1.1 trillion drams {phrase}.")
    got = by_surface(text, "2025-08-20", "period")
    assert got["6.1%"] == got["1.1 trillion drams"] == "2025-01/2025-07"
    assert got["2.4 trillion drams"] == "2025"
