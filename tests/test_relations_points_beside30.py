"""A change in points stated with both rates in its sentence (issue 8, engine30): "The
jobless rate was 6.0% in March, a fall of 0.5 percentage points from March 2023, when it
was 6.5%": the rate of the change's own period is the later one, the other the earlier.
Our own sentences; the first test fails without the change."""

from __future__ import annotations

from test_relations import flagged, make, run

TEXT = "The jobless rate was 6.0% in March 2024, a fall of 0.5 percentage points from March 2023, when it was 6.5%."


def _rates(points="0.5 percentage points", value=-0.5):
    return make(TEXT.replace("0.5 percentage points", points), [
        {"surface": "6.0%", "value": 6.0, "unit": "percent", "kind": "percent", "metric": "jobless rate",
         "period": "2024-03", "role": "rate"},
        {"surface": points, "value": value, "unit": "percentage_point", "kind": "percentage_point",
         "metric": "jobless rate", "period": "2024-03", "role": "change", "direction": "down",
         "base_period": "2023-03", "context": {"change": "down"}},
        {"surface": "6.5%", "value": 6.5, "unit": "percent", "kind": "percent", "metric": "jobless rate",
         "period": "2023-03", "role": "rate"},
    ])


def _point_changes(analysis):
    return [sorted(n.claim.surface for n in r.nodes) for r in analysis.confirmed if r.kind == "point_change"]


def test_both_rates_beside_their_change_in_points():
    analysis, checks = run(_rates())
    assert flagged(checks) == set()
    assert sorted(["6.0%", "0.5 percentage points", "6.5%"]) in _point_changes(analysis)
    _, checks = run(_rates("5.0 percentage points", -5.0))
    assert "5.0 percentage points" in flagged(checks)


def test_two_rates_of_the_changes_period_name_no_rate():
    claims = _rates()
    claims[2].period = "2024-03"
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert not [r for r in analysis.relations if r.kind == "point_change"]
