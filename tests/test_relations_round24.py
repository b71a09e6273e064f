"""Relations the twenty-fourth round teaches the engine, from published slips it missed
and false flags it raised on annotated and extracted frames. Our own sentences; each test
fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run


def _tonnes(surface, value, period, role="level", **kw):
    return {"surface": surface, "value": value, "unit": "tonne", "kind": "measure", "metric": "wheat exports",
            "period": period, "role": role, **kw}


# the frame dated the level the fall arrived at with the year the fall is measured from
ARRIVED = ("Against 2022, wheat exports dropped by 8.0 percent to 920,000 tonnes. "
           "In the first half of last year they had reached 1,000,000 tonnes.")


def test_a_level_a_change_arrived_at_dated_by_its_base_bounds_no_sub_period():
    figures = [_tonnes("8.0 percent", 8.0, "2023-H1", "growth", unit="percent", kind="percent", direction="down",
                       base_period="2022-H1"),
               _tonnes("920,000 tonnes", 9.2e5, "2022"),  # the frame's misreading: of 2023-H1
               _tonnes("1,000,000 tonnes", 1e6, "2022-H1")]
    _, checks = run(make(ARRIVED, figures))
    assert flagged(checks) == set()


def test_a_level_stated_for_the_whole_year_still_bounds_its_half():
    text = ("In 2022, wheat exports reached 920,000 tonnes. "
            "In the first half of that year they had reached 1,000,000 tonnes.")
    figures = [_tonnes("920,000 tonnes", 9.2e5, "2022"), _tonnes("1,000,000 tonnes", 1e6, "2022-H1")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"920,000 tonnes"}


def _pln(surface, value, metric, role="level", **kw):
    return {"surface": surface, "value": value, "unit": "PLN", "metric": metric, "period": "2024-01/2024-03",
            "role": role, **kw}


# a level with its own change, and a growth of a narrower, hypothetical scope with its own
SCOPES = ("From excise came PLN 30.0 billion, about PLN 5.0 billion less than a year before "
          "(without the fuel reform, state revenue from excise would be PLN 12.0 billion, or 9.0% more).")


def test_a_growth_is_not_measured_against_a_level_whose_own_change_is_another():
    figures = [_pln("PLN 30.0 billion", 30e9, "excise"),
               _pln("PLN 5.0 billion", 5e9, "excise", "change", direction="down", base_period="2023-01/2023-03"),
               _pln("PLN 12.0 billion", 12e9, "state revenue from excise", "change", direction="up",
                    base_period="2023-01/2023-03"),
               _pln("9.0%", 9.0, "state revenue from excise", "growth", unit="percent", kind="percent", direction="up",
                    base_period="2023-01/2023-03")]
    _, checks = run(make(SCOPES, figures))
    assert flagged(checks) == set()


def _units(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric, "period": "2023"}


# sales over all markets, split into the home market and the markets abroad
MARKETS = ("The maker sold 2,400,000 tractors worldwide last year. "
           "Sales at home reached 900,000 units and overseas sales 1,500,000 units.")
MARKET_FIGURES = [_units("2,400,000 tractors", 2.4e6, "worldwide tractor sales"),
                  _units("900,000 units", 9e5, "domestic tractor sales"),
                  _units("1,500,000 units", 1.5e6, "overseas tractor sales")]


def test_domestic_and_overseas_sales_add_up_to_worldwide_sales():
    analysis, checks = run(make(MARKETS, MARKET_FIGURES))
    assert flagged(checks) == set()
    assert any(r.holds and r.compare == "=" and len(r.inputs) == 2 for r in analysis.relations)
    slipped = MARKETS.replace("900,000 units", "600,000 units")
    _, checks = run(make(slipped, [MARKET_FIGURES[0], _units("600,000 units", 6e5, "domestic tractor sales"),
                                   MARKET_FIGURES[2]]))
    assert flagged(checks)


def _usd(surface, value, metric):
    return {"surface": surface, "value": value, "metric": metric, "period": "2024-05"}


def _usds(*figures):
    """Money figures of May, each (surface, value, metric)."""
    return [_usd(*f) for f in figures]


# X and non-X exports: all exports, by definition
OIL = ("Exports came to $9.84 billion in May. Oil exports were $2.61 billion, "
       "while non-oil exports reached $7.23 billion.")


def test_oil_and_non_oil_exports_make_all_exports():
    figures = [_usd("$9.84 billion", 9.84e9, "exports"), _usd("$2.61 billion", 2.61e9, "oil exports"),
               _usd("$7.23 billion", 7.23e9, "non-oil exports")]
    _, checks = run(make(OIL, figures))
    assert flagged(checks) == set()
    # a dropped last digit is no slip the engine names, yet the parts no longer make the whole
    slipped = OIL.replace("$2.61 billion", "$2.6 billion").replace("$9.84 billion", "$9.90 billion")
    figures = [_usd("$9.90 billion", 9.9e9, "exports"), _usd("$2.6 billion", 2.6e9, "oil exports"),
               _usd("$7.23 billion", 7.23e9, "non-oil exports")]
    _, checks = run(make(slipped, figures))
    assert flagged(checks)


def test_x_and_non_x_of_one_side_do_not_make_a_whole_of_two_sides():
    from factcheck.relations import breakdown
    from factcheck.relations.graph import Graph
    from test_relations import ARTICLE

    text = ("Goods and services credits came to $9.84 billion in May. Rural goods credits were $2.61 billion. "
            "Non-rural goods credits were $7.23 billion.")
    figures = _usds(("$9.84 billion", 9.84e9, "goods and services credits"),
                    ("$2.61 billion", 2.61e9, "rural goods credits"), ("$7.23 billion", 7.23e9, "non-rural goods credits"))
    whole, *pair = Graph.build(make(text, figures), ARTICLE.date).nodes
    assert not breakdown._complete(tuple(pair), whole, whole.series)
    oil = Graph.build(make(OIL, [_usd("$9.84 billion", 9.84e9, "exports"), _usd("$2.61 billion", 2.61e9, "oil exports"),
                                 _usd("$7.23 billion", 7.23e9, "non-oil exports")]), ARTICLE.date).nodes
    assert breakdown._complete((oil[1], oil[2]), oil[0], oil[0].series)


def test_a_figure_named_as_both_x_and_non_x_is_no_part():
    # the frame named the non-oil figure "imports" and the total "oil and non-oil imports"
    text = ("Oil imports were $3.29 billion in May, and oil and non-oil imports together $17.94 billion. "
            "Imports came to $14.65 billion.")
    figures = _usds(("$3.29 billion", 3.29e9, "oil imports"), ("$17.94 billion", 17.94e9, "oil and non-oil imports"),
                    ("$14.65 billion", 14.65e9, "imports"))
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
