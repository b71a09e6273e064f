"""The figure a change is measured from ("compared to 81,200 last year", "a rise from
last year's $95 million") is of an earlier time. When the frame dates it with the time of
the figure measured (a deictic 'last year' read against the wrong year in an undated
text), it neither restates that time's figure nor sits within it: no flag on clean text."""

from __future__ import annotations

from test_relations import flagged, make, run


def test_base_of_a_comparison_dated_like_the_later_figure_is_no_part_of_it():
    text = "For July and August, visitors rose to 86,400 compared to 81,200 last year."
    figures = [{"surface": "86,400", "value": 86400, "unit": "count", "kind": "count", "metric": "visitors",
                "period": "2024-07/2024-08"},
               {"surface": "81,200", "value": 81200, "unit": "count", "kind": "count", "metric": "visitors",
                "period": "2024"}]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def test_base_of_a_growth_dated_apart_from_the_growth_base_restates_nothing():
    text = ("Lawmakers approved a $120 million budget for 2025. "
            "The figure is a 21 per cent rise from last year's $99 million budget.")
    figures = [{"surface": "$120 million", "value": 120e6, "metric": "budget", "period": "2025"},
               {"surface": "21 per cent", "value": 21, "unit": "percent", "kind": "percent", "metric": "figure",
                "role": "growth", "direction": "up", "period": "2025", "base_period": "2024"},
               {"surface": "$99 million", "value": 99e6, "metric": "budget", "period": "2025"}]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()

