"""Budget lines across sentences (engine29): tax and non-tax revenue make domestic revenue,
domestic revenue and grants make "revenue and grants", the deficit is spending less
revenue and grants, recurrent and capital spending make all spending; and "revenue and
grants" is never a part of the grants. Our own sentences; each test fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run


def money(unit, period):
    """A figure factory: surface, value and metric of one unit and period."""
    return lambda surface, value, metric: {"surface": surface, "value": value, "unit": unit, "metric": metric,
                                           "period": period}


def confirms_cleanly(claims, *sums):
    """Run the engine: nothing flagged, and each sum (its figures' surfaces) confirmed."""
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    for figures in sums:
        assert sorted(figures) in _sums(analysis)
    return analysis

REVENUE = ("Revenue and grants for the half year came to R3.62 billion. "
           "Domestic revenue reached R3.10 billion, of which tax revenue was R2.71 billion.\n"
           "Non-tax revenue was put at R394.5 million, while grants disbursed amounted to R{grants} million.")


def revenue(grants="518.30", grants_value=518.3e6, domestic="R3.10 billion", domestic_value=3.10e9):
    text = REVENUE.format(grants=grants).replace("R3.10 billion", domestic)

    f = money("ZAR", "2024-01/2024-06")
    return make(text, [f("R3.62 billion", 3.62e9, "revenue and grants"), f(domestic, domestic_value, "domestic revenue"),
                       f("R2.71 billion", 2.71e9, "tax revenue"), f("R394.5 million", 394.5e6, "non-tax revenue"),
                       f(f"R{grants} million", grants_value, "grants")])


def claims_of(text, unit, period, *rows):
    """Claims for (surface, value, metric) rows of one unit and period in `text`."""
    f = money(unit, period)
    return make(text, [f(*row) for row in rows])


def _sums(analysis):
    return [sorted(n.claim.surface for n in r.nodes) for r in analysis.confirmed if r.kind == "sum"]


def test_revenue_lines_add_up_across_sentences():
    confirms_cleanly(revenue(), ["R2.71 billion", "R394.5 million", "R3.10 billion"],
                     ["R3.10 billion", "R518.30 million", "R3.62 billion"])


def test_grants_are_no_whole_of_revenue_and_grants():
    # before: "revenue and grants" was read as a part of "grants" and the grants flagged
    analysis, checks = run(revenue())
    assert not any(r.result.claim.surface == "R518.30 million" for r in analysis.relations if r.kind == "sum")


def test_a_slip_in_a_revenue_line_is_named():
    _, checks = run(revenue(domestic="R3.01 billion", domestic_value=3.01e9))
    assert flagged(checks) == {"R3.01 billion"}


def test_grants_off_by_a_fifth_flag_nothing():
    # a candidate identity: a gap no single slip explains is left alone
    _, checks = run(revenue(grants="620.00", grants_value=620e6))
    assert flagged(checks) == set()


def test_two_values_of_one_line_relate_nothing():
    text = ("Tax revenue was R2.71 billion and non-tax revenue R394.5 million. "
            "Domestic revenue reached R3.10 billion. Domestic revenue was also given as R3.40 billion.")
    analysis, _ = run(claims_of(text, "ZAR", "2024", ("R2.71 billion", 2.71e9, "tax revenue"),
                                ("R394.5 million", 394.5e6, "non-tax revenue"),
                                ("R3.10 billion", 3.10e9, "domestic revenue"), ("R3.40 billion", 3.40e9, "domestic revenue")))
    assert not any(r.rule == "parts-total" and sorted(n.claim.surface for n in r.inputs)
                   == ["R2.71 billion", "R394.5 million"] for r in analysis.relations)


SPENDING = ("The deficit for the year was MVR {deficit} billion. Revenue and grants came to MVR 21.4 billion.\n"
            "Government spending reached MVR 30 billion, with recurrent spending at MVR 20.6 billion. "
            "Capital spending was MVR 9.5 billion, of which MVR 4.1 billion went to housing. "
            "The housing programme spent MVR 6.2 billion.")


def spending(deficit="8.6", deficit_value=8.6e9):
    text = SPENDING.format(deficit=deficit)

    f = money("MVR", "2024")
    return make(text, [f(f"MVR {deficit} billion", deficit_value, "budget deficit"),
                       f("MVR 21.4 billion", 21.4e9, "revenue and grants"),
                       f("MVR 30 billion", 30e9, "government expenditure"),
                       f("MVR 20.6 billion", 20.6e9, "recurrent expenditure"),
                       f("MVR 9.5 billion", 9.5e9, "capital expenditure"),
                       f("MVR 4.1 billion", 4.1e9, "housing capital expenditure"),
                       f("MVR 6.2 billion", 6.2e9, "housing programme expenditure")])


def test_deficit_is_spending_less_revenue_and_grants():
    analysis, checks = run(spending())
    assert flagged(checks) == set()
    assert any(r.kind == "difference" and r.result.claim.surface == "MVR 8.6 billion" for r in analysis.confirmed)


def test_a_deficit_slip_against_revenue_and_grants_is_named():
    _, checks = run(spending("6.8", 6.8e9))
    assert flagged(checks) == {"MVR 6.8 billion"}


def test_recurrent_and_capital_spending_make_all_spending_beside_other_lines():
    # a part of a part (housing) and a programme's spending beside them: the pair alone, exactly
    confirms_cleanly(spending(), ["MVR 20.6 billion", "MVR 9.5 billion", "MVR 30 billion"])


def _revenue_split(oil="DN13.3 billion", oil_value=13.3e9):
    text = (f"Revenues in the draft budget are put at DN15 billion. Oil revenues are seen at {oil}.\n"
            "Non-oil revenues are expected at DN1.6 billion, while tax revenue is put at DN0.9 billion "
            "and non-tax revenue at DN14.1 billion.")

    f = money("KWD", "2025")
    return make(text, [f("DN15 billion", 15e9, "budget revenues"), f(oil, oil_value, "oil revenues"),
                       f("DN1.6 billion", 1.6e9, "non-oil revenues"), f("DN0.9 billion", 0.9e9, "tax revenue"),
                       f("DN14.1 billion", 14.1e9, "non-tax revenue")])


def test_oil_and_non_oil_and_tax_and_non_tax_revenue_each_make_revenue():
    confirms_cleanly(_revenue_split(), ["DN13.3 billion", "DN1.6 billion", "DN15 billion"],
                     ["DN0.9 billion", "DN14.1 billion", "DN15 billion"])


def test_a_deficit_the_text_also_states_before_an_item_is_only_a_reading():
    text = ("The budget projects spending of DN20 billion and revenues of DN15 billion, "
            "leaving a deficit of DN6.556 billion after the transfer to the reserve fund.\n"
            "The deficit before transfer to the fund is DN5 billion.")
    analysis, checks = run(claims_of(text, "KWD", "2025", ("DN20 billion", 20e9, "budget expenditure"),
                                     ("DN15 billion", 15e9, "budget revenues"), ("DN6.556 billion", 6.556e9, "budget deficit"),
                                     ("DN5 billion", 5e9, "budget deficit before transfer to the fund")))
    assert flagged(checks) == set()
    assert not any(r.kind == "difference" and r.exact and r.result.claim.surface == "DN6.556 billion"
                   for r in analysis.relations)


def test_items_a_part_includes_are_no_more_parts_of_the_whole():
    # "This includes" lists what recurrent spending holds: before, salaries and
    # administration were summed with recurrent and capital spending against the whole
    text = ("Government spending reached MVR 50 billion, with recurrent spending at MVR 34.8 billion. "
            "This includes MVR 13.6 billion for salaries and MVR 21 billion for administration. "
            "Capital spending was MVR 15.3 billion.")
    confirms_cleanly(claims_of(text, "MVR", "2024", ("MVR 50 billion", 50e9, "government expenditure"),
                               ("MVR 34.8 billion", 34.8e9, "expenditure: recurrent expenses"),
                               ("MVR 13.6 billion", 13.6e9, "expenditure: salaries"),
                               ("MVR 21 billion", 21e9, "expenditure: administrative"),
                               ("MVR 15.3 billion", 15.3e9, "capital expenditure")),
                     ["MVR 34.8 billion", "MVR 15.3 billion", "MVR 50 billion"])
