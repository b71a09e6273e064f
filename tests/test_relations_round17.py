"""Relations, round 17: an amount restated as its percentage with no verb of sharing
("Peru (1,540 tonnes; 12.5 percent)", "$2.1 million or 8.4%") is a share of a whole the
text states elsewhere: the one it names, else the largest earlier figure of the same
measure for the period. Our own sentences."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run, with_slip


def _t(surface, value, metric, subject=("Chile",)):
    return {"surface": surface, "value": value, "unit": "tonne", "kind": "measure", "metric": metric,
            "subject": list(subject), "period": "2024-05"}


def _pc(surface, value, metric, subject=("Chile",)):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "subject": list(subject), "period": "2024-05", "role": "share"}


# the list of markets breaks down the total stated in the sentence before, and is not all of it
MARKETS = ("Chile shipped 12,320 tonnes of cherries abroad in May. "
           "Buyers included Peru (1,540 tonnes; 12.5 percent), Brazil (985; 8.0 percent) "
           "and Mexico (616 tonnes/5.0 percent).")
MARKETS_FIGURES = [_t("12,320 tonnes", 12320, "cherry exports"),
                   _t("1,540 tonnes", 1540, "cherry exports to Peru", ("Chile", "Peru")),
                   _pc("12.5 percent", 12.5, "share of cherry exports to Peru", ("Chile", "Peru")),
                   _t("985", 985, "cherry exports to Brazil", ("Chile", "Brazil")),
                   _pc("8.0 percent", 8.0, "share of cherry exports to Brazil", ("Chile", "Brazil")),
                   _t("616 tonnes", 616, "cherry exports to Mexico", ("Chile", "Mexico")),
                   _pc("5.0 percent", 5.0, "share of cherry exports to Mexico", ("Chile", "Mexico"))]


def test_shares_in_brackets_of_a_total_stated_before():
    analysis, checks = run(make(MARKETS, MARKETS_FIGURES))
    assert flagged(checks) == set()
    assert sum(r.rule == "share" for r in analysis.confirmed) == 3


@pytest.mark.parametrize("i, surface, value", [(3, "895", 895), (1, "1,450 tonnes", 1450), (6, "50 percent", 50.0)])
def test_a_slip_in_a_bracketed_share_or_its_part_is_caught(i, surface, value):
    _, checks = run(with_slip(MARKETS, MARKETS_FIGURES, i, surface, value))
    assert surface in flagged(checks)


def test_a_figure_of_another_period_is_not_the_whole():
    figures = [{**MARKETS_FIGURES[0], "period": "2023-05"}, *MARKETS_FIGURES[1:]]
    analysis, _ = run(make(MARKETS.replace("in May", "in May 2023"), figures))
    assert not [r for r in analysis.relations if r.rule == "share"]
    analysis, _ = run(make(MARKETS, MARKETS_FIGURES))
    assert [r for r in analysis.relations if r.rule == "share"]


# three items of one list, restated as shares of the total before: none is the whole of another
LIST = ("The fund paid out $6,000,000 in May. It paid 30% or $1,800,000 to schools, 62% or $3,720,000 to clinics "
        "and 1% equivalent to $60,000 to roads.")


def test_an_item_of_the_same_list_is_not_the_whole():
    money = lambda s, v, m: {**_t(s, v, m), "unit": "USD", "kind": "money"}  # noqa: E731
    figures = [money("$6,000,000", 6e6, "fund outlays"),
               _pc("30%", 30, "school outlays"), money("$1,800,000", 1.8e6, "school outlays"),
               _pc("62%", 62, "clinic outlays"), money("$3,720,000", 3.72e6, "clinic outlays"),
               _pc("1%", 1, "road outlays"), money("$60,000", 6e4, "road outlays")]
    analysis, checks = run(make(LIST, figures))
    assert flagged(checks) == set()
    wholes = {r.inputs[1].claim.surface for r in analysis.relations if r.rule == "share" and len(r.inputs) == 2}
    assert wholes == {"$6,000,000"}
