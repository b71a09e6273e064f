"""Conversions, multiples and averages the relations engine reads (our own sentences): a
conversion whose figures carry "more than" or "over" still states a rate; "N times"
between two stated figures; a daily or monthly average of a total over its span."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.relations import analyse

from conftest import article_of, inconsistent


def _inconsistent(text: str, date: str = "2023-05-20") -> set[str]:
    return inconsistent(text, date)


def _confirmed(text: str, rule: str, date: str = "2023-05-20") -> list[set[str]]:
    article = article_of(text, date)
    claims = extract(article)
    analysis = analyse(claims, article, [])
    return [{n.claim.surface for n in r.nodes} for r in analysis.confirmed if r.rule == rule]


QUALIFIED = ("Timber sales brought in more than 40 billion pesos, or 810 million dollars, in 2022. "
             "Coffee sales reached more than 25 billion pesos, or more than 505 million dollars, in 2022.")


def test_conversions_qualified_by_more_than_confirm_one_rate():
    found = _confirmed(QUALIFIED, "fx-rate")
    assert any({"810 million dollars", "more than 505 million dollars"} <= f for f in found)


def test_a_slip_among_qualified_conversions_is_flagged():
    text = QUALIFIED + " Cocoa sales reached more than 12 billion pesos, or 2,430 million dollars, in 2022."
    assert "2,430 million dollars" in _inconsistent(text)


def test_a_price_converted_with_its_currency_shares_the_rate_of_amounts():
    text = ("Visitors spent 2.1 billion dollars (4.8 trillion shillings) in 2016. Each spent 178 dollars "
            "(405,000 shillings) a night in 2016.")
    found = _confirmed(text, "fx-rate")
    assert any({"178 dollars", "405,000 shillings"} <= f for f in found)


def test_times_between_two_stated_figures_is_their_ratio():
    text = "The trade deficit reached $8.9 billion in 2022, nine times the $1.0 billion of 2021."
    assert any({"$8.9 billion", "nine times", "$1.0 billion"} <= f for f in _confirmed(text, "times"))


def test_a_misplaced_decimal_point_breaks_a_multiple():
    text = "The trade deficit reached $89 billion in 2022, nine times the $1.0 billion of 2021."
    assert "$89 billion" in _inconsistent(text)


def test_a_daily_average_is_the_total_over_the_days_of_its_period():
    text = ("In all 97,165 tourists arrived in the first 18 days of April, "
            "an average of 5,398 tourists a day.")
    assert any({"97,165 tourists", "5,398 tourists a day"} <= f
               for f in _confirmed(text, "span-average", "2023-04-20"))


def test_a_monthly_average_with_a_slip_is_flagged():
    text = "Exports reached $144.39 million in 2019, a monthly average of $1.203 million."
    assert "$1.203 million" in _inconsistent(text, "2020-03-01")
