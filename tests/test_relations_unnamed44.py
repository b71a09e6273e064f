"""Figures the frame left unnamed (issue 8, series44): with the tool's own metrics, a
growth or a compared level whose clause names no series lost the relation it makes with the
figure named before it in its sentence. Such a figure takes that figure's series; an
unnamed level that is not compared (another item of a list) takes nothing. Our own
sentences, each with a slip caught and a clean text left alone."""

from __future__ import annotations

from test_relations import flagged, make, run

from factcheck.relations.graph import Graph


def _growth(growth_surface="17.3 percent", growth=17.3, change_metric="remittances"):
    text = ("Remittances to Freedonia reached $16.3 billion in the year to August 2031.\n"
            f"The year saw a $2.4 billion increase in remittances, or {growth_surface} over the year before.")
    return make(text, [
        {"surface": "$16.3 billion", "value": 16.3e9, "metric": "remittances", "period": "2030-09/2031-08"},
        {"surface": "$2.4 billion", "value": 2.4e9, "metric": change_metric, "period": "2030-09/2031-08",
         "role": "change", "direction": "up", "base_period": "2029-09/2030-08"},
        {"surface": growth_surface, "value": growth, "metric": None, "period": "2030-09/2031-08", "role": "growth",
         "direction": "up", "base_period": "2029-09/2030-08", "unit": "percent", "kind": "percent"},
    ])


def _percent_changes(analysis):
    return [r.holds for r in analysis.relations if r.kind == "percent_change"]


def test_an_unnamed_growth_is_of_the_change_named_before_it():
    # 2.4 ÷ (16.3 − 2.4) = 17.3%: the growth of the level stated a sentence before
    analysis, checks = run(_growth())
    assert flagged(checks) == set()
    assert True in _percent_changes(analysis)


def test_a_slip_in_an_unnamed_growth_is_caught():
    analysis, checks = run(_growth("71.3 percent", 71.3))  # transposed: the identity breaks
    assert _percent_changes(analysis) == [False]
    analysis, checks = run(_growth("1.73 percent", 1.73))  # the decimal point moved: flagged
    assert "1.73 percent" in flagged(checks)


def test_an_unnamed_growth_after_an_unnamed_change_takes_nothing():
    analysis, checks = run(_growth("71.3 percent", 71.3, change_metric=None))
    assert _percent_changes(analysis) == []
    assert flagged(checks) == set()


def _wool(text, second):
    return make(text, [
        {"surface": "3,140 tonnes", "value": 3140, "metric": "wool exports", "period": "2031", "unit": "tonne",
         "kind": "measure"},
        {"metric": None, **second},
    ])


def test_an_unnamed_compared_level_takes_the_series_it_is_compared_with():
    claims = _wool("Wool exports reached 3,140 tonnes in 2031, against 2,650 tonnes in 2030.",
                   {"surface": "2,650 tonnes", "value": 2650, "period": "2030", "unit": "tonne", "kind": "measure"})
    named, base = Graph.build(claims).nodes
    assert base.series == named.series


def _list(text_items, share_surface="3.4 percent", share=3.4):
    text = f"Among the sectors, mining yielded 412.5 million crowns in 2031, {text_items}."
    return make(text, [
        {"surface": "412.5 million crowns", "value": 412.5e6, "metric": "mining output", "period": "2031"},
        {"surface": "96.1 million crowns", "value": 96.1e6, "metric": None, "period": "2031"},
        {"surface": share_surface, "value": share, "metric": None, "period": "2031", "role": "share",
         "unit": "percent", "kind": "percent"},
    ])


def test_an_unnamed_item_of_a_list_takes_no_series_nor_lends_one():
    claims = _list("fishing 96.1 million crowns, or 3.4 percent of the total")
    mining, fishing, share = Graph.build(claims).nodes
    assert fishing.series == frozenset()  # another item, not more mining
    assert share.series == frozenset()  # the share of fishing, not of mining
    assert flagged(run(claims)[1]) == set()


def test_a_percentage_right_after_a_named_figure_is_of_its_series():
    text = "Mining yielded 412.5 million crowns in 2031, or 61.2 percent of all output."
    claims = make(text, [
        {"surface": "412.5 million crowns", "value": 412.5e6, "metric": "mining output", "period": "2031"},
        {"surface": "61.2 percent", "value": 61.2, "metric": None, "period": "2031", "role": "share",
         "unit": "percent", "kind": "percent"},
    ])
    mining, share = Graph.build(claims).nodes
    assert share.series == mining.series


def test_a_figure_of_another_sentence_lends_no_series():
    claims = _wool("Wool exports reached 3,140 tonnes in 2031. Prices rose by 4.2 percent in 2031.",
                   {"surface": "4.2 percent", "value": 4.2, "period": "2031", "role": "growth", "direction": "up",
                    "unit": "percent", "kind": "percent"})
    assert Graph.build(claims).nodes[1].series == frozenset()


def test_a_clause_of_its_own_lends_no_series():
    """'… and cargo handled grew 4.1 percent': the coordinated clause names its own measure
    (which the frame missed); the figure is not the first figure's, and the two growths,
    however close, are no restatement of one series."""
    text = ("Port calls rose by 4.3 percent in 2031 compared with 2030, and cargo handled grew "
            "4.1 percent over the same period.")
    claims = make(text, [
        {"surface": "4.3 percent", "value": 4.3, "metric": "port calls", "period": "2031", "role": "growth",
         "direction": "up", "base_period": "2030", "unit": "percent", "kind": "percent"},
        {"surface": "4.1 percent", "value": 4.1, "metric": None, "period": "2031", "role": "growth",
         "direction": "up", "base_period": "2030", "unit": "percent", "kind": "percent"},
    ])
    calls, cargo = Graph.build(claims).nodes
    assert cargo.series == frozenset()
    assert flagged(run(claims)[1]) == set()
    # a clause whose subject only refers back is the same series' ("and it grew …")
    same = make(text.replace("cargo handled grew", "it grew"), [
        {"surface": "4.3 percent", "value": 4.3, "metric": "port calls", "period": "2031", "role": "growth",
         "direction": "up", "base_period": "2030", "unit": "percent", "kind": "percent"},
        {"surface": "4.1 percent", "value": 4.1, "metric": None, "period": "2031", "role": "growth",
         "direction": "up", "base_period": "2030", "unit": "percent", "kind": "percent"},
    ])
    assert Graph.build(same).nodes[1].series == Graph.build(same).nodes[0].series
