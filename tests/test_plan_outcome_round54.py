"""The relations engine, round 54: a balance the text gives as a forecast, target or estimate
is no sum of the outcomes it names beside it (and an outturn no sum of planned sides): the
identity is a candidate that only a slip breaks. Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run


def _budget(verb_surplus="forecast a record surplus of", surplus="£63.5m", value=63.5e6):
    text = (f"The chief minister {verb_surplus} {surplus} for 2023/24.\n"
            "He said government revenue was up to £702m, against expenditure of £684m over the same period.")
    figs = [
        {"surface": surplus, "value": value, "metric": "budget surplus", "period": "2023-04/2024-03", "unit": "GBP"},
        {"surface": "£702m", "value": 702e6, "metric": "revenue", "period": "2023-04/2024-03", "unit": "GBP"},
        {"surface": "£684m", "value": 684e6, "metric": "expenditure", "period": "2023-04/2024-03", "unit": "GBP"},
    ]
    return make(text, figs)


def _parts_total(analysis):
    return [r for r in analysis.relations if r.rule == "parts-total"]


def test_a_forecast_surplus_beside_outturn_revenue_and_spending_is_not_flagged():
    analysis, checks = run(_budget())
    assert _parts_total(analysis), "the identity is still considered"
    assert flagged(checks) == set()


def test_the_same_surplus_as_an_outcome_is_flagged():
    analysis, checks = run(_budget("recorded a surplus of"))
    assert flagged(checks)


def test_a_forecast_a_scale_word_off_is_still_caught():
    # the plan and the outturn need not agree, but a slip that explains the gap is named
    analysis, checks = run(_budget(surplus="£18bn", value=18e9))
    assert flagged(checks)


def test_one_sentence_of_plans_stays_one_identity():
    # the verb of planning reaches the first figure's window only: one statement, one plan
    text = ("The treasury projects revenue of £702m for 2023/24, while spending "
            "of £684m leaves a surplus of £63.5m.")
    figs = [
        {"surface": "£702m", "value": 702e6, "metric": "revenue", "period": "2023-04/2024-03", "unit": "GBP"},
        {"surface": "£684m", "value": 684e6, "metric": "expenditure", "period": "2023-04/2024-03", "unit": "GBP"},
        {"surface": "£63.5m", "value": 63.5e6, "metric": "budget surplus", "period": "2023-04/2024-03", "unit": "GBP"},
    ]
    analysis, checks = run(make(text, figs))
    assert flagged(checks)
