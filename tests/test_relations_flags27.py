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

