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


def _count(surface, value, metric, period="2019-07", **kw):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric,
            "period": period, **kw}


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
