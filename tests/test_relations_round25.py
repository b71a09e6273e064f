"""Relations the twenty-fifth round teaches the engine: orderings the text states between
two figures of one series, which a slipped scale word or digit makes impossible by
arithmetic alone. Our own sentences; each test fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run


def _eur(surface, value, metric, period="2024-05", role="level", **kw):
    return {"surface": surface, "value": value, "unit": "EUR", "metric": metric, "period": period, "role": role, **kw}


def test_a_deficit_that_narrowed_ends_below_where_it_started():
    text = "The fuel trade deficit narrowed from 450 million euros in April to 2.9 billion euros in May."
    figures = [_eur("450 million euros", 4.5e8, "fuel trade deficit", "2024-04"),
               _eur("2.9 billion euros", 2.9e9, "fuel trade deficit")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"450 million euros"}
    right = text.replace("2.9 billion", "290 million")
    _, checks = run(make(right, [figures[0], _eur("290 million euros", 2.9e8, "fuel trade deficit")]))
    assert flagged(checks) == set()
    # from a surplus to a deficit: the printed sizes are not ordered as the balance is
    text = "The balance fell from a surplus of 450 million euros to a deficit of 290 million euros."
    text_up = text.replace("fell", "rose")
    figures = [_eur("450 million euros", 4.5e8, "balance"), _eur("290 million euros", 2.9e8, "balance")]
    _, checks = run(make(text_up, figures))
    assert flagged(checks) == set()


def test_a_figure_said_lower_than_another_of_its_series_is_below_it():
    text = "Wine exports came to 4.31 billion euros in May, lower than the 4.87 million euros of April."
    figures = [_eur("4.31 billion euros", 4.31e9, "wine exports"),
               _eur("4.87 million euros", 4.87e6, "wine exports", "2024-04")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"4.87 million euros"}
    # "up from": the first figure is the larger
    text = "Wine exports came to 4.31 million euros in May, up from 4.87 billion euros in April."
    figures = [_eur("4.31 million euros", 4.31e6, "wine exports"),
               _eur("4.87 billion euros", 4.87e9, "wine exports", "2024-04")]
    _, checks = run(make(text, figures))
    assert flagged(checks)
    # an order between two series says nothing of either
    text = "Wine exports came to 4.31 billion euros in May, lower than the 4.87 million euros of beer imports."
    figures = [_eur("4.31 billion euros", 4.31e9, "wine exports"),
               _eur("4.87 million euros", 4.87e6, "beer imports")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def _visitors(surface, value, role="level", **kw):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": "visitor arrivals",
            "period": "2023", "role": role, **kw}


def test_a_rise_is_never_larger_than_the_level_it_rose_to():
    text = "Visitor arrivals rose by 184,000 to 61,200 last year."
    figures = [_visitors("184,000", 1.84e5, "change", direction="up", base_period="2022"),
               _visitors("61,200", 6.12e4)]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"61,200"}
    right = "Visitor arrivals rose by 18,400 to 61,200 last year."
    _, checks = run(make(right, [_visitors("18,400", 1.84e4, "change", direction="up", base_period="2022"),
                                 figures[1]]))
    assert flagged(checks) == set()


def test_a_fall_is_never_larger_than_the_level_it_fell_from():
    text = "Visitor arrivals fell by 184,000 from 61,200 a year earlier."
    figures = [_visitors("184,000", 1.84e5, "change", direction="down", base_period="2022"),
               _visitors("61,200", 6.12e4, period="2022")]
    _, checks = run(make(text, figures))
    assert flagged(checks)
    # a fall may well be larger than the level it arrived at
    text = "Visitor arrivals fell by 184,000 to 61,200 last year."
    figures = [_visitors("184,000", 1.84e5, "change", direction="down", base_period="2022"),
               _visitors("61,200", 6.12e4)]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # a balance may change by more than its level
    text = "The trade balance rose by 1.2 billion euros to 300 million euros in May."
    figures = [_eur("1.2 billion euros", 1.2e9, "trade balance", role="change", direction="up"),
               _eur("300 million euros", 3e8, "trade balance")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def test_a_fall_of_more_than_the_whole_leaves_less_than_nothing():
    text = "Visitor arrivals fell 132.5 percent last year, while net income fell 150 percent."
    figures = [_visitors("132.5 percent", 132.5, "growth", unit="percent", kind="percent", direction="down",
                         base_period="2022"),
               {"surface": "150 percent", "value": 150.0, "unit": "percent", "kind": "percent", "metric": "net income",
                "period": "2023", "role": "growth", "direction": "down", "base_period": "2022"}]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"132.5 percent"}
