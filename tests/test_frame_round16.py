"""Frame classes found on the spent held-out sets (aj–an, ae–ai) after their scoring, each in
our own sentences: a relative clause bounding a period; a forecast's deadline year; a noun of
change measured "at" its figures; the verb closing a 'respectively' coordination; an amount
reached after a percentage of change."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _frames(text: str, date: str = "2018-05-20") -> dict[str, object]:
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=date))}


@pytest.mark.parametrize("clause", ["which ended in March", "which ended on March 31", "that ends in June"])
def test_a_clause_bounding_a_period_is_no_period_of_its_own(clause):
    c = _frames(f"India's tea exports in fiscal 2017, {clause}, rose 8 percent to 240 million kg.")
    # the fiscal year (India's), not the month that bounds it
    assert c["240 million kg"].period == c["8 percent"].period == "2016-04/2017-03"
    assert "31" not in c  # the day bounding the year is no figure


def test_a_forecast_deadline_does_not_date_the_paragraphs_after_it():
    text = ("The island's accounts for 2016 show spending of £640m.\n\n"
            "The deficit is expected to widen to £90m by 2021, the treasury warned.\n\n"
            "Health took £150m and education £120m.")
    c = _frames(text, "2017-06-01")
    assert c["£90m"].period == "2021"
    assert c["£150m"].period == "2016" and c["£120m"].period == "2016"


def test_a_budget_for_the_year_ahead_still_dates_what_follows():
    text = ("Spending in the budget for 2025 will amount to 9,200 million dinars.\n\n"
            "Of it, 1,100 million dinars will go to schools.")
    assert _frames(text, "2024-11-10")["1,100 million dinars"].period == "2025"


@pytest.mark.parametrize("text, direction", [
    ("In April, sales of cars and of vans both recorded year-on-year decreases, at 6.1% and 9.8% respectively.", "down"),
    ("Sales of cars showed an increase, at 3.5%, in April.", "up"),
])
def test_a_noun_of_change_measured_at_its_figures_makes_them_growths(text, direction):
    for c in _frames(text).values():
        assert (c.role, c.direction) == ("growth", direction)


def test_the_verb_of_a_respectively_coordination_is_no_part_of_its_last_member():
    c = _frames("In April, car sales and van sales both recorded falls, at 6.1% and 9.8% respectively.")
    assert c["6.1%"].metric == "car sales decline"
    assert c["9.8%"].metric == "van sales decline"


@pytest.mark.parametrize("verb", ["gained", "added"])
def test_an_amount_reached_after_a_percentage_of_change_is_a_level(verb):
    c = _frames(f"Shipments {verb} 10.8 percent to ¥79.22 trillion in the year.")
    assert c["¥79.22 trillion"].role == "level"
    assert c["10.8 percent"].role == "growth"


def test_an_amount_right_after_a_verb_of_gain_is_still_a_change():
    c = _frames("The economy added about 3,000 jobs in 2019.")
    assert c["about 3,000 jobs"].role == "change"
