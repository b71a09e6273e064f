"""Sums and shares the engine missed on annotated frames, and flags it raised on clean
text: coordinated shares, a growth in a clause of its own, restatements and bounds cut
rather than rounded, averages of the other flow, parts of wholes named by whose they are.
Our own sentences; each test fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run


def _eur(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "unit": "EUR", "metric": metric, "period": "2024-H1", **kw}


def _pct(surface, value, metric, role="share", **kw):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "period": "2024-H1", "role": role, **kw}


def _confirmed(analysis, kind):
    return [sorted(n.claim.surface for n in r.nodes) for r in analysis.confirmed if r.kind == kind]


COORDINATED = ("Exports totalled 80.0 billion euros and imports 50.0 billion euros in the half. "
               "Trade with the bloc came to 40.0 billion euros for exports and 30.0 billion euros for imports, "
               "representing 50.0% of all exports and 60.0% of all imports.")


def _coordinated(first="50.0%", first_value=50.0):
    text = COORDINATED.replace("50.0%", first)
    return make(text, [_eur("80.0 billion euros", 8e10, "exports"), _eur("50.0 billion euros", 5e10, "imports"),
                       _eur("40.0 billion euros", 4e10, "exports to the bloc"),
                       _eur("30.0 billion euros", 3e10, "imports from the bloc"),
                       _pct(first, first_value, "bloc share of exports", context={"share_of": "all exports"}),
                       _pct("60.0%", 60.0, "bloc share of imports", context={"share_of": "all imports"})])


def test_coordinated_shares_go_with_the_coordinated_amounts_in_order():
    analysis, checks = run(_coordinated())
    assert flagged(checks) == set()
    shares = _confirmed(analysis, "share")
    assert sorted(["40.0 billion euros", "80.0 billion euros", "50.0%"]) in shares
    assert sorted(["30.0 billion euros", "50.0 billion euros", "60.0%"]) in shares
    # a slip of the first share breaks its own identity
    _, checks = run(_coordinated("05.0%", 5.0))
    assert flagged(checks) & {"05.0%", "40.0 billion euros"}


def _tonnes(surface, value, period="2024-Q1"):
    return {"surface": surface, "value": value, "unit": "tonne", "kind": "measure", "metric": "coffee export volume",
            "period": period}


def test_a_growth_in_a_clause_of_its_own_is_not_the_pairs_change():
    text = "Coffee shipments fell to 4,200 tonnes from 6,000 tonnes, while the average price declined 45%."
    figures = [_tonnes("4,200 tonnes", 4200), _tonnes("6,000 tonnes", 6000, "2023-Q1"),
               _pct("45%", 45.0, "coffee export price", role="growth", period="2024-Q1", direction="down",
                    base_period="2023-Q1")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # the pair's own fall, said in the same clause, is still its change
    text = "Coffee shipments fell to 4,200 tonnes from 6,000 tonnes, a decline of 45%."
    figures[2]["metric"] = "coffee export volume"
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"45%"}


def _usd(surface, value, metric, period="2024-05", **kw):
    return {"surface": surface, "value": value, "metric": metric, "period": period, **kw}


def test_a_body_figure_cut_to_four_digits_restates_the_precise_one():
    text = "A title\nImports stood at $41.27 billion in May.\nOther news.\nImports came to $41.276 billion in May."
    figures = [_usd("$41.27 billion", 41.27e9, "imports"), _usd("$41.276 billion", 41.276e9, "imports")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # off by more than the cut: still flagged
    text = text.replace("$41.27 billion", "$41.37 billion")
    _, checks = run(make(text, [_usd("$41.37 billion", 41.37e9, "imports"), figures[1]]))
    assert flagged(checks)


def test_a_worded_whole_percent_growth_may_be_cut():
    text = "Cruise calls rose to 256 from 199 a year earlier, i.e. a 28% increase."
    figures = [{"surface": "256", "value": 256, "unit": "count", "kind": "count", "metric": "cruise calls"},
               {"surface": "199", "value": 199, "unit": "count", "kind": "count", "metric": "cruise calls",
                "period": "2023"},
               _pct("28%", 28.0, "cruise calls", role="growth", period="2024", direction="up", base_period="2023")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # cut from the printed levels only, not from their rounding as well: 409 / 349 is 17.2%
    text = "Imports rose to 409 billion from 349 billion, up 16 per cent."
    figures = [_usd("409 billion", 4.09e11, "imports", "2024"), _usd("349 billion", 3.49e11, "imports", "2023"),
               _pct("16 per cent", 16.0, "imports", role="growth", period="2024", direction="up", base_period="2023")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"16 per cent"}


def _per_tonne(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "USD / tonne", "metric": metric, "period": "2024-Q1",
            "role": "rate"}


def test_an_average_of_exported_tonnes_is_of_exports():
    text = ("Exports came to 20.0 million tonnes worth $8.0 billion in the quarter. "
            "Meanwhile 5.0 million tonnes of goods valued at $10.0 billion were imported. "
            "The average value of each exported tonne was $400 and of each imported tonne $2,000.")
    figures = [{"surface": "20.0 million tonnes", "value": 2e7, "unit": "tonne", "kind": "measure",
                "metric": "exports (weight)", "period": "2024-Q1"},
               _usd("$8.0 billion", 8e9, "exports", "2024-Q1"),
               {"surface": "5.0 million tonnes", "value": 5e6, "unit": "tonne", "kind": "measure",
                "metric": "imports (weight)", "period": "2024-Q1"},
               _usd("$10.0 billion", 1e10, "imports", "2024-Q1"),
               _per_tonne("$400", 400, "average export unit value"),
               _per_tonne("$2,000", 2000, "average import unit value")]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert sorted(["$8.0 billion", "20.0 million tonnes", "$400"]) in _confirmed(analysis, "average")


def _count(surface, value, metric, period="2019-07", **kw):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric,
            "period": period, **kw}


def test_foreign_and_domestic_nights_make_all_nights():
    text = ("Foreign tourists spent 26,967,981 nights in July and domestic tourists 3,557,568.\n"
            "In all, tourist nights reached 30,525,549 in July.")
    figures = [_count("26,967,981", 26967981, "foreign tourist nights"),
               _count("3,557,568", 3557568, "domestic tourist nights"),
               _count("30,525,549", 30525549, "tourist nights")]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert sorted(["26,967,981", "3,557,568", "30,525,549"]) in _confirmed(analysis, "sum")
    # "foreign visitors ... including 322,900 tourists who stayed a night": the clause
    # narrows the tourists to a part of the visitors; they are no whole of them
    text = "In June, 355,200 foreign visitors arrived, including 322,900 tourists who stayed at least one night."
    analysis, checks = run(make(text, [_count("355,200", 355200, "foreign visitors", "2023-06"),
                                       _count("322,900 tourists", 322900, "visitors", "2023-06")]))
    assert flagged(checks) == set()
    slipped = ("Foreign tourists spent 26,967,981 nights in July and domestic tourists 3,575,568.\n"
               "In all, tourist nights reached 30,525,549 in July.")
    _, checks = run(make(slipped, [figures[0], _count("3,575,568", 3575568, "domestic tourist nights"), figures[2]]))
    assert flagged(checks)


def _sar(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "SAR", "metric": metric, "period": "2024-Q1"}


def test_oil_and_non_oil_revenues_are_parts_of_government_revenues():
    text = ("Government revenues reached SAR 263.6 bn in the quarter.\nThe minister spoke.\nMarkets were calm.\n"
            "Oil revenues were SAR 149.8 bn, while non-oil revenues came to SAR 113.8 bn.")
    figures = [_sar("SAR 263.6 bn", 2.636e11, "government revenues"), _sar("SAR 149.8 bn", 1.498e11, "oil revenues"),
               _sar("SAR 113.8 bn", 1.138e11, "non-oil revenues")]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert sorted(["SAR 263.6 bn", "SAR 149.8 bn", "SAR 113.8 bn"]) in _confirmed(analysis, "sum")
    # "total public expenditure" is named by whose it is: the whole, never a part of spending
    text = "Total public expenditure reached SAR 322.3 bn.\nGovernment spending came to SAR 322.3 bn."
    figures = [_sar("SAR 322.3 bn", 3.223e11, "total public expenditure"),
               _sar("SAR 322.3 bn", 3.223e11, "government spending")]
    analysis, _ = run(make(text, figures))
    assert not [r for r in analysis.relations if r.rule == "parts-total"]


def test_a_quarter_as_a_share_of_the_annual_total_and_shares_said_approximately():
    text = ("Air arrivals for 2025 amounted to 855,994. The first quarter recorded 256,923 arrivals, "
            "representing 30% of the annual total. North America sent 541,615 arrivals, representing "
            "approximately 63.3% of total arrivals in 2025.")
    figures = [_count("855,994", 855994, "air passenger arrivals", "2025"),
               _count("256,923", 256923, "air passenger arrivals", "2025-Q1"),
               _pct("30%", 30.0, "share of annual arrivals", period="2025-Q1", context={"share_of": "annual total"}),
               _count("541,615", 541615, "air passenger arrivals by source market", "2025",
                      subject=["North America"]),
               _pct("63.3%", 63.3, "share of arrivals", period="2025", qualifier="approx",
                    context={"share_of": "total arrivals"}, subject=["North America"])]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    shares = _confirmed(analysis, "share")
    assert sorted(["256,923", "855,994", "30%"]) in shares
    assert sorted(["541,615", "855,994", "63.3%"]) in shares
