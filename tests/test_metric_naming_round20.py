"""Metric naming, round 20: two series the tool gave one name, found on the spent held-out
sets and written here in our own sentences. Two figures of different series under one name
are conflated: a reference entry for one contradicts the other."""

from __future__ import annotations

from conftest import by_surface, extracted


DAY = "2022-05-10"


def test_a_growth_of_a_quantity_is_named_apart_from_the_growth_of_its_value():
    metrics = by_surface("Shipments abroad climbed to 4 million tonnes, a 12 per cent increase on last year. "
                         "Shipments abroad rose by 8 per cent to $3bn.", DAY, "metric")
    assert metrics["12 per cent"] == "shipments abroad volume growth"
    assert metrics["8 per cent"] == "shipments abroad growth"


def test_a_growth_reaching_a_quantity_is_a_volume_growth():
    metrics = by_surface("Coal sales grew 6 percent to 900,000 tonnes while coal sales rose 3 percent to $70 million.", DAY, "metric")
    assert metrics["6 percent"] == "coal sales volume growth"
    assert metrics["3 percent"] == "coal sales growth"


def test_a_qualifier_right_after_a_figure_is_its_own():
    metrics = by_surface("Car sales went up 6.1% in value and 2.4% in volume.", DAY, "metric")
    assert metrics["6.1%"] == "car sales growth"
    assert metrics["2.4%"] == "car sales volume growth"
    metrics = by_surface("The median wage was 4.1% higher in nominal terms and 0.9% higher in real terms than a year before.", DAY, "metric")
    assert metrics["4.1%"].startswith("nominal ")
    assert metrics["0.9%"].startswith("real ")


def _tonnes(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "unit": "tonne", "kind": "measure", "metric": metric,
            "subject": ["Chile"], "period": "2024-H1", **kw}


VOLUME = "Copper output reached 12 million tonnes, an increase of 20 percent, or 2 million tonnes."
VOLUME_FIGURES = [_tonnes("12 million tonnes", 12e6, "copper output"),
                  _tonnes("20 percent", 20.0, "copper output volume growth", unit="percent", kind="percent",
                          role="growth", direction="up"),
                  _tonnes("2 million tonnes", 2e6, "copper output", role="change", direction="up")]


def test_a_volume_growth_is_the_ratio_of_its_quantity_levels():
    # a growth of output or volume is not the ratio of two money levels; of two levels in
    # tonnes it is, and a slip in it is caught
    from test_relations import flagged, make, run, with_slip

    _, checks = run(make(VOLUME, VOLUME_FIGURES))
    assert not flagged(checks)
    _, checks = run(with_slip(VOLUME, VOLUME_FIGURES, 1, "30 percent", 30.0))
    assert "30 percent" in flagged(checks)


def test_items_bracketed_after_their_labels_are_named_by_them():
    metrics = by_surface("Prices rose most in these groups: “Housing and utilities” (+2.2%), “Health” (+1.4%) "
                         "and “Recreation” (+0.5%).", DAY, "metric")
    assert metrics["2.2%"] == "housing and utilities growth"
    assert metrics["1.4%"] == "health growth"
    assert metrics["0.5%"] == "recreation growth"
    # one name for both items before: each takes its label
    metrics = by_surface("Guests said they came for sightseeing (52.4 percent) and snorkelling (30.1 percent).", DAY, "metric")
    assert metrics["52.4 percent"] == "sightseeing"
    assert metrics["30.1 percent"] == "snorkelling"
    # a bracketed figure after a time is the same series then, no item of its own
    metrics = by_surface("In May there was a 5.0 percent increase in visitor arrivals (8,400) compared to the previous "
                         "month (8,000).", DAY, "metric")
    assert metrics["8,400"] == metrics["8,000"]


def test_a_percentage_in_an_amounts_bracket_is_that_items_share():
    claims = {c.surface: c for c in extracted("Most guests came from Peru (2,110 visitors; 21.5 percent) "
                                               "and Chile (980 visitors; 10.0 percent).", DAY)}
    for share, amount in (("21.5 percent", "2,110 visitors"), ("10.0 percent", "980 visitors")):
        assert claims[share].metric == "visitors"
        assert claims[share].subject == claims[amount].subject  # the item's, not the sentence's
        assert claims[share].role == "share"
