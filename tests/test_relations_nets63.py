"""A net flow (a surplus, a deficit) over a month against the same net over the period that
holds it (issue 8): a candidate bound, since the other months may have had the other sign,
broken only by a scale word that explains a gap no mix of signs could. Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run


def _nets(month_surface, month_value, whole_surface="US$9.8 billion", whole_value=9.8e9,
          whole_metric="trade surplus"):
    text = (f"The country posted a trade surplus of {month_surface} in May.\n"
            f"For January-May, the trade surplus reached {whole_surface}, the ministry said.")
    return make(text, [
        {"surface": month_surface, "value": month_value, "metric": "trade surplus", "period": "2023-05"},
        {"surface": whole_surface, "value": whole_value, "metric": whole_metric, "period": "2023-01/2023-05"},
    ])


def _net_bounds(analysis):
    return [r for r in analysis.relations if r.rule == "sub-period" and "within the net" in r.label]


def test_a_months_surplus_within_the_surplus_of_its_months_holds():
    analysis, checks = run(_nets("US$2.24 billion", 2.24e9))
    assert [r.holds for r in _net_bounds(analysis)] == [True]
    assert flagged(checks) == set()


def test_a_months_surplus_a_little_above_the_year_to_date_is_no_slip():
    # the earlier months ran a deficit: the month may exceed the five months' surplus
    analysis, checks = run(_nets("US$3.1 billion", 3.1e9, "US$1.2 billion", 1.2e9))
    assert [r.holds for r in _net_bounds(analysis)] == [True]
    assert flagged(checks) == set()


def test_a_months_surplus_a_thousand_times_the_year_to_date_is_a_scale_slip():
    analysis, checks = run(_nets("US$2.24 billion", 2.24e9, "US$9.8 million", 9.8e6))
    assert [r.holds for r in _net_bounds(analysis)] == [False]
    assert flagged(checks) & {"US$2.24 billion", "US$9.8 million"}
    # a deficit is no part of a surplus, whatever their sizes
    analysis, checks = run(_nets("US$2.24 billion", 2.24e9, "US$9.8 million", 9.8e6, "trade deficit"))
    assert _net_bounds(analysis) == [] and flagged(checks) == set()
