"""The relations engine's candidates, round 49 (issue 8: parts and totals): a month's flow is
bounded by each statement of the total it belongs to (the lead's rounded one and the body's
full one), never by another series the frame named alike; registrations, throughput, cargo
and wholesales are flows; "exports (FOB)" and "imports (CIF)" are the sides of the balance;
a base named by a year's possessive ("than 2022's") is a base like its sides, and the bound
word "over" after the verb is the figure's qualifier, not a comparison. Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run


def _fig(surface, value, metric, period, **kw):
    return {"surface": surface, "value": value, "metric": metric, "period": period, **kw}


def _pairs(analysis, rule, held=True):
    """(inputs..., result) of each identity the rule tested that holds (or, held=False, fails)."""
    return {tuple(n.claim.surface for n in (*r.inputs, r.result)) for r in analysis.relations
            if r.rule == rule and r.holds == held}


# --- sub-period: each statement of the containing total ---------------------------------------

_EARNINGS = ("Tourism earnings reached US$1.1 billion in January-July, the bank said.\n"
             "July alone brought in US$219 million.\n"
             "In the seven months the sector earned {body}, the report shows.")


def _earnings(body="US$1.094 billion", body_value=1.094e9, metric="tourism earnings"):
    return make(_EARNINGS.format(body=body), [
        {"surface": "US$1.1 billion", "value": 1.1e9, "metric": "tourism earnings", "period": "2024-01/2024-07"},
        {"surface": "US$219 million", "value": 219e6, "metric": "tourism earnings", "period": "2024-07"},
        {"surface": body, "value": body_value, "metric": metric, "period": "2024-01/2024-07"},
    ])


def test_a_month_is_bounded_by_each_statement_of_its_total():
    analysis, checks = run(_earnings())
    assert flagged(checks) == set()
    held = _pairs(analysis, "sub-period")
    assert ("US$219 million", "US$1.1 billion") in held
    assert ("US$219 million", "US$1.094 billion") in held


def test_a_different_figure_of_the_same_span_is_another_series_not_a_restatement():
    # total revenue and its domestic part, both named "revenue" by the frame
    text = ("Revenue for July-October came to US$161.9 million.\n"
            "Domestic revenue for the four months was US$154.9 million.\n"
            "October revenue alone reached US$41.2 million.")
    analysis, checks = run(make(text, [_fig("US$161.9 million", 161.9e6, "revenue", "2024-07/2024-10"),
                                       _fig("US$154.9 million", 154.9e6, "revenue", "2024-07/2024-10"),
                                       _fig("US$41.2 million", 41.2e6, "revenue", "2024-10")]))
    wholes = {pair[1] for pair in _pairs(analysis, "sub-period") if pair[0] == "US$41.2 million"}
    assert len(wholes) == 1
    assert not any("sub-period" in c.rules for c in checks.values())


def _registrations(year="1,950,000 cars", year_value=1.95e6, metric="new car registrations"):
    text = (f"New car registrations reached {year} in 2024, the association said. "
            "In December alone 163,541 new cars were registered.")
    return make(text, [
        {"surface": year, "value": year_value, "metric": metric, "period": "2024", "unit": "count", "kind": "count"},
        {"surface": "163,541 new cars", "value": 163541, "metric": metric, "period": "2024-12", "unit": "count",
         "kind": "count"},
    ])


def test_registrations_are_a_flow_a_month_of_which_stays_below_the_year():
    analysis, checks = run(_registrations())
    assert ("163,541 new cars", "1,950,000 cars") in _pairs(analysis, "sub-period")
    _, checks = run(_registrations("1,950 cars", 1950))
    assert flagged(checks)  # a digit group dropped from the year's total


def test_container_throughput_is_a_flow():
    text = ("The port handled 120.19 million TEUs of container throughput in 2024. "
            "Container throughput in December was 10.4 million TEUs.")
    analysis, _ = run(make(text, [
        {"surface": "120.19 million TEUs", "value": 120.19e6, "metric": "container throughput", "period": "2024",
         "unit": "TEU", "kind": "measure"},
        {"surface": "10.4 million TEUs", "value": 10.4e6, "metric": "container throughput", "period": "2024-12",
         "unit": "TEU", "kind": "measure"},
    ]))
    assert ("10.4 million TEUs", "120.19 million TEUs") in _pairs(analysis, "sub-period")


def test_a_monthly_deficit_above_the_year_to_date_one_is_no_flag():
    # a balance nets surpluses and deficits of the months: no strict bound (a candidate one,
    # which a month a little above the year to date meets, and only a scale slip breaks)
    text = ("The trade deficit for January-May was $2.1 billion. In May alone the deficit was $2.4 billion.")
    analysis, checks = run(make(text, [
        {"surface": "$2.1 billion", "value": 2.1e9, "metric": "trade deficit", "period": "2024-01/2024-05"},
        {"surface": "$2.4 billion", "value": 2.4e9, "metric": "trade deficit", "period": "2024-05"},
    ]))
    assert flagged(checks) == set()
    assert not _pairs(analysis, "sub-period", held=False)


# --- the trade balance of exports valued FOB and imports valued CIF ---------------------------

def _valued(balance="-6,303.4", value=-6303.4e6):
    text = ("Exports (FOB) amounted to 46,039.8 million levs in January-October.\n"
            "Imports (CIF) came to 52,343.2 million levs in the same months.\n"
            f"The trade balance was {balance} million levs.")
    return make(text, [
        {"surface": "46,039.8", "value": 46039.8e6, "metric": "exports (FOB)", "period": "2024-01/2024-10", "unit": "BGN"},
        {"surface": "52,343.2", "value": 52343.2e6, "metric": "imports (CIF)", "period": "2024-01/2024-10", "unit": "BGN"},
        {"surface": balance, "value": value, "metric": "trade balance", "period": "2024-01/2024-10", "unit": "BGN"},
    ])


def test_exports_fob_and_imports_cif_are_the_sides_of_the_trade_balance():
    analysis, checks = run(_valued())
    assert flagged(checks) == set()
    assert ("parts-total", "difference") in [(r.rule, r.kind) for r in analysis.confirmed]


def test_a_balance_off_its_fob_and_cif_sides_by_a_slip_is_flagged():
    _, checks = run(_valued("-6,033.4", -6033.4e6))
    assert flagged(checks) == {"-6,033.4"}


# --- the base of a comparison, and a bound's own word -----------------------------------------

def test_a_balance_named_by_a_years_possessive_is_a_base_like_its_sides():
    text = ("Exports are forecast at USD 330 billion this year, down 1.2% from USD 334.1 billion last year. "
            "Imports will reach USD 245.2 billion, down 10% from USD 272.6 billion in 2023. "
            "The surplus would be 37.7% higher than 2023's USD 61.525 billion.")
    analysis, checks = run(make(text, [
        {"surface": "USD 334.1 billion", "value": 334.1e9, "metric": "exports", "period": "2023"},
        {"surface": "USD 272.6 billion", "value": 272.6e9, "metric": "imports", "period": "2023"},
        {"surface": "USD 61.525 billion", "value": 61.525e9, "metric": "trade surplus", "period": "2023"},
    ]))
    assert flagged(checks) == set()
    assert ("parts-total", "difference") in [(r.rule, r.kind) for r in analysis.confirmed]


def test_over_after_the_verb_is_the_bound_not_a_base():
    text = ("The trade gap widened to over US$1 billion between October and February. "
            "Exports were valued at $6.76 billion, while imports were valued at $7.77 billion.")
    span = "2024-10/2025-02"
    analysis, checks = run(make(text, [_fig("US$1 billion", 1e9, "trade deficit", span, qualifier="more_than"),
                                       _fig("$6.76 billion", 6.76e9, "exports", span),
                                       _fig("$7.77 billion", 7.77e9, "imports", span)]))
    assert flagged(checks) == set()
    assert "parts-total" in {r.rule for r in analysis.relations if r.holds}


def test_over_after_of_in_a_comparison_is_still_a_base():
    # "against exports of over 1,107 million": the base of the comparison, and a bound
    text = ("Exports to China were more than 1,150 million dollars in July-February against exports of over "
            "1,107 million dollars a year earlier.")
    from factcheck.relations.graph import Graph, is_compared
    claims = make(text, [
        {"surface": "1,107 million dollars", "value": 1107e6, "metric": "exports", "period": "2023-07/2024-02",
         "qualifier": "more_than"},
    ])
    node = Graph.build(claims, "2025-03-01", 1).nodes[0]
    assert is_compared(node)


def test_a_shift_from_a_trade_deficit_names_the_base():
    text = "The country posted a surplus in March, a shift from a trade deficit of K119.5 million in February."
    from factcheck.relations.graph import Graph, is_compared
    claims = make(text, [
        {"surface": "K119.5 million", "value": 119.5e6, "metric": "trade deficit", "period": "2024-02", "unit": "ZMW"},
    ])
    node = Graph.build(claims, "2024-04-30", 1).nodes[0]
    assert is_compared(node)


# --- a balance without a category, and the category's own balance ----------------------------

def _all_but(total="$4.23 billion", total_value=4.23e9, rest_metric="non-oil and gas trade balance"):
    text = ("Indonesia posted a trade surplus of {total} in July. "
            "The non-oil and gas sector recorded a surplus of $7.31 billion, "
            "while the oil and gas sector ran a deficit of $3.08 billion.").format(total=total)
    return run(make(text, [_fig(total, total_value, "trade balance", "2024-07"),
                           _fig("$7.31 billion", 7.31e9, rest_metric, "2024-07"),
                           _fig("$3.08 billion", 3.08e9, "oil and gas trade deficit", "2024-07")]))


def test_the_balance_without_a_category_and_the_categorys_make_the_whole():
    analysis, checks = _all_but()
    assert flagged(checks) == set()
    assert ("$7.31 billion", "$3.08 billion", "$4.23 billion") in _pairs(analysis, "parts-total")


def test_a_whole_off_its_two_sides_by_a_transposed_digit_is_flagged():
    _, checks = _all_but("$4.32 billion", 4.32e9)
    assert flagged(checks) == {"$4.32 billion"}


def test_a_balance_of_another_breakdown_is_no_side():
    # "the manufacturing balance" is no complement of "oil and gas": no identity
    analysis, checks = _all_but(rest_metric="manufacturing trade balance")
    assert flagged(checks) == set()
    assert not any(len(r.inputs) == 2 for r in analysis.relations if r.rule == "parts-total")


def test_excluding_a_category_names_the_rest():
    text = ("The trade deficit reached 11,163.8 million dinars in January-July. "
            "The deficit excluding energy stood at 6,996.6 million dinars and the energy deficit at 4,167.3 million dinars.")
    span = "2024-01/2024-07"
    analysis, checks = run(make(text, [_fig("11,163.8 million dinars", 11163.8e6, "trade deficit", span, unit="TND"),
                                       _fig("6,996.6 million dinars", 6996.6e6, "trade deficit excluding energy", span,
                                            unit="TND"),
                                       _fig("4,167.3 million dinars", 4167.3e6, "energy trade deficit", span,
                                            unit="TND")]))
    assert flagged(checks) == set()
    assert ("6,996.6 million dinars", "4,167.3 million dinars", "11,163.8 million dinars") in _pairs(analysis, "parts-total")
