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



def test_a_full_year_budget_does_not_replace_the_months_the_report_is_on():
    text = ("The deficit reached 4.1 percent of GDP in the first seven months of 2019. "
            "The government budgeted a deficit of 4.4 percent of GDP (685 billion rupees) for the full year 2019.\n\n"
            "Total revenues fell to 1,031.9 billion rupees.")
    c = frames_by_surface(text, "2019-09-01")
    assert c["685 billion rupees"].period == "2019"
    assert c["1,031.9 billion rupees"].period == "2019-01/2019-07"


def test_a_target_set_for_this_year_does_not_end_a_report_on_its_first_months():
    text = ("In the first ten months of this year, coffee exports reached 1.4 million tonnes. "
            "The ministry set an export target of 3 billion USD for this year.\n\n"
            "Rice exports fell to 4.1 million tonnes.")
    assert frames_by_surface(text, "2016-11-20")["4.1 million tonnes"].period == "2016-01/2016-10"
