"""Published slips the engine missed with a right frame (issue 8, round 51): a change of a
series stated in value and volume is of the levels in its own unit; a gap stated "above the
budgeted outturn of X" is measured from X; a growth that is the change divided by the later
level is the figure wrong. Clean text stays clean. Our own sentences, none from the corpus."""

from __future__ import annotations

from test_relations import flagged, make, run


def _meat(change="$12.8 million", change_value=12.8e6):
    text = ("Meat exports brought in $443.3 million in the first quarter, for 129,782 tonnes.\n"
            "In the same quarter of 2023 they earned $430.5 million for 140,259 tonnes.\n"
            f"Earnings were {change} higher than a year before, although less meat was sold.")
    return make(text, [
        {"surface": "$443.3 million", "value": 443.3e6, "metric": "meat exports", "period": "2024-Q1"},
        {"surface": "129,782 tonnes", "value": 129782, "metric": "meat exports", "period": "2024-Q1",
         "unit": "tonne", "kind": "measure"},
        {"surface": "$430.5 million", "value": 430.5e6, "metric": "meat exports", "period": "2023-Q1"},
        {"surface": "140,259 tonnes", "value": 140259, "metric": "meat exports", "period": "2023-Q1",
         "unit": "tonne", "kind": "measure"},
        {"surface": change, "value": change_value, "metric": "meat exports", "period": "2024-Q1", "role": "change",
         "direction": "up", "base_period": "2023-Q1"},
    ])


def test_a_change_is_of_the_levels_in_its_own_unit():
    analysis, checks = run(_meat())
    assert flagged(checks) == set()
    assert any(r.kind == "difference" and r.holds and r.result.claim.surface == "$12.8 million"
               for r in analysis.relations)


def test_a_transposed_change_beside_a_volume_is_caught():
    analysis, checks = run(_meat("$21.8 million", 21.8e6))
    assert flagged(checks) == {"$21.8 million"}


def _outturn(gap="$28.7 million", gap_value=28.7e6):
    text = (f"Revenue for the half year came to $122.4 million, which was {gap} or 31% above the budgeted "
            "outturn of $93.7 million.")
    return make(text, [
        {"surface": "$122.4 million", "value": 122.4e6, "metric": "revenue", "period": "2024-H1"},
        {"surface": gap, "value": gap_value, "metric": "revenue", "period": "2024-H1", "role": "change",
         "direction": "up"},
        {"surface": "31%", "value": 31, "metric": "revenue", "period": "2024-H1", "role": "growth",
         "direction": "up", "unit": "percent", "kind": "percent"},
        {"surface": "$93.7 million", "value": 93.7e6, "metric": "budgeted revenue", "period": "2024-H1"},
    ])


def test_a_gap_above_a_budget_is_measured_from_it():
    analysis, checks = run(_outturn())
    assert flagged(checks) == set()
    assert any(r.kind == "difference" and r.holds and r.inputs[0].claim.surface == "$93.7 million"
               for r in analysis.relations)


def test_a_gap_above_a_budget_that_the_levels_break_is_caught():
    analysis, checks = run(_outturn("$18.7 million", 18.7e6))
    assert "$18.7 million" in flagged(checks)


def test_a_level_above_a_target_measures_no_change_from_it():
    # "above the target of" after a level and a comma places the rate, it states no gap
    text = "Unemployment fell 0.3 percentage points to 5.1% in March, above the target of 4.5%."
    claims = make(text, [
        {"surface": "0.3 percentage points", "value": 0.3, "metric": "unemployment rate", "period": "2024-03",
         "role": "change", "direction": "down", "unit": "percentage_point", "kind": "percentage_point"},
        {"surface": "5.1%", "value": 5.1, "metric": "unemployment rate", "period": "2024-03", "role": "rate",
         "unit": "percent", "kind": "percent"},
        {"surface": "4.5%", "value": 4.5, "metric": "unemployment rate target", "period": "2024-03", "role": "rate",
         "unit": "percent", "kind": "percent"},
    ])
    analysis, checks = run(claims)
    assert flagged(checks) == set()


def _revenues(growth="13.43%", growth_value=13.43):
    text = f"Oil revenues rose to $8.293 billion in July from $7.179 billion in June, a rise of {growth}."
    return make(text, [
        {"surface": "$8.293 billion", "value": 8.293e9, "metric": "oil revenues", "period": "2024-07"},
        {"surface": "$7.179 billion", "value": 7.179e9, "metric": "oil revenues", "period": "2024-06"},
        {"surface": growth, "value": growth_value, "metric": "oil revenues", "period": "2024-07", "role": "growth",
         "direction": "up", "base_period": "2024-06", "unit": "percent", "kind": "percent"},
    ])


def test_a_growth_divided_by_the_later_level_is_the_figure_wrong():
    analysis, checks = run(_revenues())
    assert flagged(checks) == {"13.43%"}
    assert checks["13.43%"].correction == "13.43% → 15.52%"
    assert any("divided by the later level" in r for r in checks["13.43%"].reasons)


def test_a_growth_on_the_right_base_is_clean():
    analysis, checks = run(_revenues("15.52%", 15.52))
    assert flagged(checks) == set()
