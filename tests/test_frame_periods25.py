"""Period classes found on the spent sets after period24's round, in our own sentences:
budgets read by the fiscal calendar of the country that presents them."""

from __future__ import annotations

from conftest import frames_by_surface


def test_nauru_reads_a_two_year_budget_by_its_july_to_june_year():
    text = "Nauru's finance minister handed down the 2020/21 budget, with revenue of $140 million."
    assert frames_by_surface(text, "2020-06-10")["$140 million"].period == "2020-07/2021-06"


def test_a_budget_presented_with_no_time_named_is_for_the_fiscal_year_that_opens_next():
    text = ("Kenya's Treasury secretary delivered the budget in Nairobi this afternoon. "
            "It sets aside Sh12 billion for rural roads.")
    assert frames_by_surface(text, "2021-06-10")["Sh12 billion"].period == "2021-07/2022-06"


