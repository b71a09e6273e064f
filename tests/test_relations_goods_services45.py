"""Goods as a part, not the default (issue 8): a flow's figure "of goods" is the flow
itself in customs figures ("exports" are exports of goods), but where the text also states
the same flow of services, "exports" are goods and services and the goods figure is one
side of it. Our own sentences: the sides add up, a slip is caught, and the goods figure
that restates the whole, or a change of another comparison, is left alone."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip

TEXT = ("Sales abroad climbed by $2.6 billion in May as the month's services exports gained $0.5 billion.\n"
        "Exports of goods were up $2.1 billion on April.")


def _figures():
    common = {"subject": ["Ruritania"], "period": "2024-05", "role": "change", "direction": "up",
              "base_period": "2024-04"}
    return [{"surface": "$2.6 billion", "value": 2.6e9, "metric": "exports", **common},
            {"surface": "$0.5 billion", "value": 0.5e9, "metric": "exports of services", **common},
            {"surface": "$2.1 billion", "value": 2.1e9, "metric": "exports of goods", **common}]


def _sides(analysis, whole="$2.6 billion"):
    return [r for r in analysis.relations
            if r.rule == "parts-total" and r.result.claim.surface == whole and len(r.inputs) == 2]


def test_goods_and_services_make_the_flow_the_text_states_both_of():
    analysis, checks = run(make(TEXT, _figures()))
    assert flagged(checks) == set()
    assert [r.holds for r in _sides(analysis)] == [True]


def test_a_slip_in_the_goods_side_is_caught():
    claims = with_slip(TEXT, _figures(), 2, "$1.2 billion", 1.2e9)  # two digits swapped
    _, checks = run(claims)
    assert flagged(checks) & {"$1.2 billion", "$2.6 billion"}


def test_goods_that_restate_the_whole_leave_services_another_flow():
    # "exports" are the goods here: the same $2.6 billion again, beside services
    text = TEXT.replace("$2.1 billion", "$2.6 billion")
    figures = _figures()
    figures[2] = {**figures[2], "surface": "$2.6 billion", "value": 2.6e9}
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert not _sides(analysis)


def test_a_change_of_another_comparison_has_no_such_parts():
    # a year-on-year rise is no sum of month-on-month rises of goods and services
    text = ("Year on year, exports rose $9.4 billion.\n"
            "On the month, exports of goods rose $2.1 billion and exports of services $0.5 billion.")
    common = {"subject": ["Ruritania"], "period": "2024-05", "role": "change", "direction": "up"}
    figures = [{"surface": "$9.4 billion", "value": 9.4e9, "metric": "exports", "base_period": "2023-05", **common},
               {"surface": "$2.1 billion", "value": 2.1e9, "metric": "exports of goods", "base_period": "2024-04",
                **common},
               {"surface": "$0.5 billion", "value": 0.5e9, "metric": "exports of services", "base_period": "2024-04",
                **common}]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert not _sides(analysis, "$9.4 billion")


def test_without_services_goods_still_restate_the_flow():
    # customs figures: "exports" and "exports of goods" are one series
    text = "Exports rose $2.1 billion in May.\nExports of goods rose $2.1 billion on April."
    common = {"subject": ["Ruritania"], "period": "2024-05", "role": "change", "direction": "up",
              "base_period": "2024-04"}
    figures = [{"surface": "$2.1 billion", "value": 2.1e9, "metric": "exports", **common},
               {"surface": "$2.1 billion", "value": 2.1e9, "metric": "exports of goods", **common}]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert not any(r.rule == "parts-total" and r.kind == "sum" for r in analysis.relations)
