"""A balance whose sides' names carry other words (issue 8): words that say how a series
is booked or reported, not which series it is ("account", "result", "programme",
"collection", "customs-cleared") and the budget's "recurrent" for "current" no longer
keep a balance from its sides; words that name another series (gross, capital) still do.
Our own sentences.

The rule (commit 54d5e1b7 on branch balance68) was measured and reverted: on confirm it changed one
article's scan output and the engine's gold-frame differences by one (240 -> 241), below the
round's bar of three; it caught one published slip there and lost nothing. These strict
xfails record the gap; the tests that words naming another series keep figures apart hold
either way."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run


def _balance(analysis, total):
    return [r for r in analysis.relations
            if r.rule == "parts-total" and r.result.claim.surface == total and len(r.inputs) == 2]


def _figures(total_metric, revenue_metric, spending_metric, surplus="$315.4 million"):
    common = {"subject": ["Ruritania"], "period": "2024", "role": "level"}
    return [{"surface": "$1,216.8 million", "value": 1216.8e6, "metric": revenue_metric, **common},
            {"surface": "$901.4 million", "value": 901.4e6, "metric": spending_metric, **common},
            {"surface": surplus, "value": float(surplus.strip("$ million").replace(",", "")) * 1e6,
             "metric": total_metric, **common}]


def _text(total_metric, revenue_metric, spending_metric, surplus="$315.4 million"):
    return (f"In 2024 {revenue_metric} was $1,216.8 million and {spending_metric} $901.4 million.\n"
            f"The {total_metric} was {surplus}.")


@pytest.mark.xfail(strict=True, reason="register words of a balance's sides: rule measured below the bar, reverted")
@pytest.mark.parametrize("total, revenue, spending", [
    ("current account surplus", "recurrent revenue", "recurrent expenditure"),
    ("recurrent account surplus", "recurrent revenue", "recurrent expenditure"),
    ("consolidated budget programme surplus", "consolidated revenue", "consolidated expenditure"),
    ("budget result surplus", "revenue", "expenditure"),
    ("budget surplus", "revenue collection", "expenditure"),
])
def test_register_words_do_not_keep_a_balance_from_its_sides(total, revenue, spending):
    analysis, checks = run(make(_text(total, revenue, spending), _figures(total, revenue, spending)))
    assert flagged(checks) == set()
    assert [r.holds for r in _balance(analysis, "$315.4 million")] == [True]


@pytest.mark.xfail(strict=True, reason="register words of a balance's sides: rule measured below the bar, reverted")
def test_a_slip_in_a_recurrent_account_surplus_is_weighed():
    args = ("current account surplus", "recurrent revenue", "recurrent expenditure", "$351.4 million")
    analysis, _ = run(make(_text(*args), _figures(*args)))
    assert [r.holds for r in _balance(analysis, "$351.4 million")] == [False]


@pytest.mark.xfail(strict=True, reason="register words of a balance's sides: rule measured below the bar, reverted")
def test_customs_cleared_balance_is_of_exports_and_imports():
    text = ("Customs-cleared exports were 7.3 trillion yen and imports 6.5 trillion yen in March.\n"
            "The customs-cleared trade surplus was 0.8 trillion yen.")
    common = {"subject": ["Japan"], "period": "2018-03", "role": "level"}
    figures = [{"surface": "7.3 trillion yen", "value": 7.3e12, "metric": "exports", **common},
               {"surface": "6.5 trillion yen", "value": 6.5e12, "metric": "imports", **common},
               {"surface": "0.8 trillion yen", "value": 0.8e12, "metric": "customs-cleared trade surplus", **common}]
    analysis, checks = run(make(text, figures))
    assert [r.holds for r in _balance(analysis, "0.8 trillion yen")] == [True]


@pytest.mark.parametrize("total, revenue, spending", [
    ("current account surplus", "capital revenue", "capital expenditure"),
    ("budget surplus", "gross revenue", "expenditure"),
    ("customs surplus", "revenue", "expenditure"),
])
def test_words_naming_another_series_still_keep_figures_apart(total, revenue, spending):
    analysis, _ = run(make(_text(total, revenue, spending), _figures(total, revenue, spending)))
    assert _balance(analysis, "$315.4 million") == []
