"""The population account (issue 8): births − deaths = the natural increase, immigration −
emigration = net migration, and the two balances (or their flows) make the population's
change. The engine related none of these figures. Our own sentences: each identity holds
on right figures, a slip is caught, and figures that count other people, another time or
another place, or a gap that no one slip explains, are left alone."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip

from factcheck.relations.demography import item_of
from factcheck.relations.graph import Graph

ACCOUNT = ("The statistics bureau counted 5,210 births on the island last year against 4,880 deaths, "
           "a natural increase of 330.\n"
           "Some 2,400 newcomers registered while 1,950 residents moved abroad, leaving net migration at 450.\n"
           "All told the island gained 780 inhabitants.")


def _account(**metrics):
    names = {"births": "live births", "deaths": "deaths", "natural": "natural increase", "in": "immigration",
             "out": "emigration", "net": "net migration", "growth": "population growth", **metrics}
    figures = [
        ("5,210 births", 5210, names["births"], "level"), ("4,880 deaths", 4880, names["deaths"], "level"),
        ("330", 330, names["natural"], "level"), ("2,400 newcomers", 2400, names["in"], "level"),
        ("1,950 residents", 1950, names["out"], "level"), ("450", 450, names["net"], "level"),
        ("780 inhabitants", 780, names["growth"], "change"),
    ]
    return [{"surface": s, "value": v, "metric": m, "unit": "count", "kind": "count", "period": "2023",
             "subject": ["Ruritania"], "role": r, **({"direction": "up"} if r == "change" else {})}
            for s, v, m, r in figures]


def test_a_whole_account_holds_and_is_related():
    analysis, checks = run(make(ACCOUNT, _account()))
    assert flagged(checks) == set()
    found = {(r.kind, r.result.claim.surface) for r in analysis.relations if r.rule == "parts-total" and r.holds}
    assert ("difference", "330") in found  # births − deaths
    assert ("difference", "450") in found  # immigration − emigration
    assert ("sum", "780 inhabitants") in found  # natural increase + net migration


def test_a_slip_in_the_natural_increase_is_caught():
    claims = with_slip(ACCOUNT, _account(), 2, "3,300", 3300)
    _, checks = run(claims)
    assert "3,300" in flagged(checks)


def test_a_slip_in_the_population_change_is_caught():
    claims = with_slip(ACCOUNT, _account(), 6, "870 inhabitants", 870)  # two digits swapped
    _, checks = run(claims)
    assert "870 inhabitants" in flagged(checks)


def test_a_gap_no_slip_explains_is_left_to_the_office_corrections():
    # registers are cleaned up: the change need not be the two balances exactly
    claims = with_slip(ACCOUNT, _account(), 6, "1,215 inhabitants", 1215)
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert any(r.result.claim.surface == "1,215 inhabitants" and not r.holds for r in analysis.relations)


def test_a_natural_decrease_counts_against_the_change():
    text = ("Deaths outnumbered births, a natural decrease of 210 people.\n"
            "Net migration brought 900 people, so the population rose by 690.")
    figures = [{"surface": "210 people", "value": 210, "metric": "natural decrease", "unit": "count", "kind": "count",
                "period": "2023"},
               {"surface": "900 people", "value": 900, "metric": "net migration", "unit": "count", "kind": "count",
                "period": "2023"},
               {"surface": "690", "value": 690, "metric": "population change", "unit": "count", "kind": "count",
                "period": "2023", "role": "change", "direction": "up"}]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert any(r.holds and r.result.claim.surface == "690" for r in analysis.relations if r.rule == "parts-total")


def test_figures_of_some_of_the_people_are_no_items():
    # births to one group, emigration of citizens, migration per year: parts or rates, not the flows
    analysis, checks = run(make(ACCOUNT, _account(births="births to teenage mothers", out="emigration of citizens",
                                                  net="net migration per year")))
    assert flagged(checks) == set()
    surfaces = {r.result.claim.surface for r in analysis.relations if r.rule == "parts-total"}
    assert "330" not in surfaces and "450" not in surfaces


def test_another_places_balance_is_no_part_of_the_change():
    text = ("The capital's net migration was 450 and its natural increase 330.\n"
            "The country's population grew by 780.")
    figures = [{"surface": "450", "value": 450, "metric": "net migration", "subject": ["Capital City"]},
               {"surface": "330", "value": 330, "metric": "natural increase", "subject": ["Capital City"]},
               {"surface": "780", "value": 780, "metric": "population growth", "subject": ["Ruritania"],
                "role": "change", "direction": "up"}]
    figures = [{"unit": "count", "kind": "count", "period": "2023", **f} for f in figures]
    analysis, _ = run(make(text, figures))
    assert not any(r.result.claim.surface == "780" for r in analysis.relations if r.rule == "parts-total")


def test_a_flow_compared_with_last_year_is_not_the_flow():
    # "immigration rose by 300 on the year": a change of the flow, not the people who came
    text = ("Immigration rose by 300 on the year and emigration fell by 120.\n"
            "Net migration stood at 450.")
    figures = [{"surface": "300", "value": 300, "metric": "immigration", "role": "change", "direction": "up",
                "base_period": "2022"},
               {"surface": "120", "value": 120, "metric": "emigration", "role": "change", "direction": "down",
                "base_period": "2022"},
               {"surface": "450", "value": 450, "metric": "net migration"}]
    figures = [{"unit": "count", "kind": "count", "period": "2023", **f} for f in figures]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert not any(r.result.claim.surface == "450" for r in analysis.relations if r.rule == "parts-total")


def _item(metric, role="level", direction=None):
    claims = make("There were 1,000 of them in 2023.", [{"surface": "1,000", "value": 1000, "metric": metric,
                                                         "unit": "count", "kind": "count", "period": "2023",
                                                         "role": role, "direction": direction}])
    return item_of(Graph.build(claims).nodes[0])


def test_items_are_read_off_the_series_words():
    assert _item("live births") == "birth"
    assert _item("number of deaths") == "death"
    assert _item("immigrants") == "immigration"
    assert _item("emigration") == "emigration"
    assert _item("net migration") == "net"
    assert _item("natural increase") == "natural"
    assert _item("population growth", "change", "up") == "population"
    # not items: a stock, a subset, both flows at once, a rate
    assert _item("population") is None
    assert _item("deaths from road accidents") is None
    assert _item("immigration over emigration") is None
    assert _item("birth rate") is None
