"""Flags on clean text the twenty-seventh round removes by their cause: a whole named by
its noun alone whose own words name the other side of its part's split, and a growth of
a price measured against levels of a quantity. Our own sentences; each test fails
without its change."""

from __future__ import annotations

from test_relations import flagged, make, run


def _nights(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric, "period": "2024-06"}


def test_the_other_side_of_a_split_is_no_whole_of_its_sibling():
    text = "Foreign guests spent 4,210,330 nights in June, while domestic guests stayed 951,204 nights."
    figures = [_nights("4,210,330", 4210330, "foreign guest nights"), _nights("951,204 nights", 951204, "nights")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # a whole that names both sides holds them both: a part larger than it is still a slip
    text = "Foreign guests spent 4,210,330 nights in June, and foreign and domestic guests 951,204 nights."
    _, checks = run(make(text, figures))
    assert flagged(checks)


def _tonnes(surface, value, period="2024-06"):
    return {"surface": surface, "value": value, "unit": "tonne", "kind": "measure", "metric": "copper shipments",
            "period": period}


def test_a_price_growth_is_no_change_of_the_quantities_beside_it():
    text = "Copper shipments rose to 8,640 tonnes from 6,210 tonnes, while the average price dropped 17%."
    growth = {"surface": "17%", "value": 17, "unit": "percent", "kind": "percent", "metric": "average price drop",
              "period": "2024-06", "role": "growth", "direction": "down"}
    figures = [_tonnes("8,640 tonnes", 8640), _tonnes("6,210 tonnes", 6210, "2023-06"), growth]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # the growth of the quantities themselves is still measured against them
    text = "Copper shipments rose to 8,640 tonnes from 6,210 tonnes, a rise of 17%."
    figures[2] = {**growth, "metric": "copper shipments rise", "direction": "up"}
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"17%"}


def test_a_side_said_by_an_adverb_of_its_clause_is_no_whole_of_the_other():
    text = ("Domestically, ferries carried 41.3 million travellers in 2023. Internationally, they carried "
            "6.2 million travellers.")
    figures = [{"surface": "41.3 million", "value": 41.3e6, "unit": "count", "kind": "count",
                "metric": "travellers by sea", "period": "2023"},
               {"surface": "6.2 million travellers", "value": 6.2e6, "unit": "count", "kind": "count",
                "metric": "travellers", "period": "2023"}]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
