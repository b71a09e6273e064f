"""Issue 8, thirtieth round: which figures the engine pairs before it tests an identity.
Each test is a made-up sentence of a class that raised false flags on correct frames
(bn–br), and fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run


def _per_head(surface, value, period, metric="spending per visitor", unit="EUR / person"):
    return {"surface": surface, "value": value, "unit": unit, "kind": "money", "metric": metric, "period": period}


def test_an_average_per_head_of_one_month_may_exceed_that_of_the_quarter():
    text = ("Spending per visitor in the first quarter averaged €610.2. "
            "In March alone, spending per visitor reached €655.8.")
    figures = [_per_head("€610.2", 610.2, "2024-Q1"), _per_head("€655.8", 655.8, "2024-03")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def test_a_total_of_one_month_still_never_exceeds_the_quarter():
    text = "Visitors spent €610.2 million in the first quarter. In March alone they spent €655.8 million."
    figures = [{"surface": "€610.2 million", "value": 610.2e6, "unit": "EUR", "metric": "visitor spending",
                "period": "2024-Q1"},
               {"surface": "€655.8 million", "value": 655.8e6, "unit": "EUR", "metric": "visitor spending",
                "period": "2024-03"}]
    _, checks = run(make(text, figures))
    assert flagged(checks)
