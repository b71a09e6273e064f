"""The latest year an undated text states as a fact, which lifts the year it is read in, is
never a year a plan or target aims at, nor a deadline a span runs up to (round 69's first
scoring on the unseen set ie–ik: a bank's results read a year late from "its cost-cutting plan
through the end of 2019", a debt report's "last year" two years late from "plans to draw …
for the 2026 repayment")."""

import pytest

from conftest import extracted
from factcheck.extract.claims import _latest_year


@pytest.mark.parametrize("sentence", [
    "The government plans to draw MVR 9.8 billion from the fund for the 2030 repayment.",
    "The utility aims to connect 40,000 homes in 2030.",
    "The target is 5 million visitors in 2030.",
    "The cost-cutting programme runs through the end of 2030 and is on track.",
    "The levy stays in force until 2030 under the agreement.",
])
def test_a_plan_or_deadline_year_is_no_year_the_text_reports(sentence):
    text = f"Public debt stood at MVR 124 billion at the end of 2023. {sentence}"
    assert _latest_year(text) == 2023


def test_a_year_a_stock_was_reached_by_is_still_reported():
    assert _latest_year("Debt soared to MVR 124 billion by the end of 2023, from 95 billion in 2021.") == 2023


def test_a_plan_sentence_moves_no_period_of_an_undated_text():
    report = ("National debt soared to MVR 124 billion by the end of 2023. Around MVR 458 million was spent "
              "on servicing internal debt last year alone.")
    plan = " The administration has outlined plans to draw MVR 9.8 billion from the fund for the 2026 repayment."
    before = {c.surface: c.period for c in extracted(report, None)}
    after = {c.surface: c.period for c in extracted(report + plan, None)}
    assert before["Around MVR 458 million"] and after["Around MVR 458 million"] == before["Around MVR 458 million"]
    assert after["MVR 124 billion"] == "2023"


def test_a_quantity_that_looks_like_a_year_is_no_year():
    assert _latest_year("The harvest of 2012 was poor. Production is estimated at 2044 tons this season.") == 2012
