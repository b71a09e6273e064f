"""Metric naming, round 47 (issue 8): figures the tool gave no metric, or a metric without the
words that tell the series apart, found on the look groups, written here in our own sentences.

1. A participle of level or change set off by a comma after a clause whose noun of change
   names its series after "in" ("the board reported a steady rise in wool sales, reaching …")
   states the level of that series, not of the clause's subject (the reporter, a place).
   "reaching a total of" is "reaching". A noun of change that says why ("driven by a rise in
   prices") is no series of the figure.
2. A main clause whose own figure is a change written "pc" or in percentage points is its
   subject's change; the participle after it states the same subject's level.
3. A verb that moves or makes goods (export, import, sell, ship, deliver, produce) with an
   amount then "of" the goods names the flow of those goods ("exports of coal"), not the bare
   flow; a determined whole ("of the total"), a time or goods of any kind ("of goods") is no goods."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2023-09-10"


# 1. the series of a noun of change, continued by a participle

@pytest.mark.parametrize("noun", ["rise", "surge", "modest increase", "sharp decline"])
def test_a_participle_after_a_noun_of_change_takes_its_series(noun):
    text = (f"The wool board reported a {noun} in auction sales for the season, reaching 41,200 tonnes "
            f"against 39,800 tonnes a season earlier.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["41,200 tonnes"] == "auction sales"
    assert metrics["39,800 tonnes"] == "auction sales"


def test_a_growth_of_a_percentage_in_a_series_then_a_pair_of_levels():
    text = ("The terminal logged growth of 12 per cent in container volumes handled for export, "
            "rising from 80,500 to 90,160 tonnes.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["80,500"] == metrics["90,160 tonnes"]
    assert "container volumes" in metrics["90,160 tonnes"]


def test_reaching_a_total_of_reads_as_reaching():
    text = ("Kiribati's fisheries office noted a steep rise in licence fees over three years, "
            "reaching a total of A$212 million in 2022.")
    assert by_surface(text, DAY, "metric")["A$212 million"] == "licence fees"


def test_reaching_a_total_of_after_a_changing_subject():
    text = "Cement deliveries climbed 4%, reaching a total of 2.1 million tonnes."
    assert by_surface(text, DAY, "metric")["2.1 million tonnes"] == "cement deliveries"


@pytest.mark.parametrize("cause", ["driven by", "thanks to", "despite"])
def test_a_noun_of_change_that_says_why_names_no_series(cause):
    # the rise in prices is the cause; the participle states the level of what the clause's
    # subject names, never of the prices
    text = f"Wheat receipts rose sharply, {cause} a rise in world prices, reaching $3.2 billion."
    assert by_surface(text, DAY, "metric")["$3.2 billion"] != "world prices"


def test_no_participle_no_change_series():
    # a noun of change then a figure of its own clause, no participle: the figure is the
    # change's, read as before (not the series' level)
    text = "Analysts expect a rise in copper output of 6 per cent next year."
    assert by_surface(text, DAY, "metric")["6 per cent"] != "copper output"


# 2. a change in "pc" or percentage points before the participle

def test_a_percentage_point_change_then_a_level_of_the_same_subject():
    text = "The occupancy rate slipped 1.4 percentage points against June, standing at 66.2% compared with 67.6%."
    metrics = by_surface(text, DAY, "metric")
    assert metrics["66.2%"] == "occupancy rate"
    assert metrics["67.6%"] == "occupancy rate"


def test_a_pc_change_then_a_level_of_the_same_subject():
    text = "Tea exports fell 3.5pc in the quarter, reaching 61,000 tonnes."
    assert by_surface(text, DAY, "metric")["61,000 tonnes"] == "tea exports"


# 3. goods after a verb that moves or makes them

@pytest.mark.parametrize("verb, noun", [("exported", "exports"), ("imported", "imports"), ("shipped", "shipments"),
                                        ("produced", "production")])
def test_goods_after_the_amount_name_the_flow(verb, noun):
    text = f"Last season the cooperative {verb} 18,400 tonnes of green beans, up from 16,900 tonnes."
    metrics = by_surface(text, DAY, "metric")
    assert metrics["18,400 tonnes"] == f"{noun} of green beans"
    assert metrics["16,900 tonnes"] == f"{noun} of green beans"


def test_goods_after_worth_name_the_flow_of_money():
    text = "Traders sold $85 million worth of cut flowers in the spring."
    assert by_surface(text, DAY, "metric")["$85 million"] == "sales of cut flowers"


def test_two_coordinated_goods_stay_one_flow():
    text = "The island imported NZ$640 million worth of fuel and machinery last year."
    assert by_surface(text, DAY, "metric")["NZ$640 million"] == "imports of fuel and machinery"


@pytest.mark.parametrize("goods", ["goods", "goods and services", "merchandise"])
def test_goods_of_any_kind_leave_the_bare_flow(goods):
    # the article's other figures call this series "exports": goods of any kind add no word
    text = f"Estonia exported EUR 1.9 billion worth of {goods} in May, and exports to Finland rose 8%."
    assert by_surface(text, DAY, "metric")["EUR 1.9 billion"] == "exports"


def test_what_is_said_of_the_goods_is_not_their_name():
    text = "Despite the drought the estate produced 5,000 tonnes of sugar due to new irrigation."
    assert by_surface(text, DAY, "metric")["5,000 tonnes"] == "production of sugar"


def test_a_second_verb_is_not_a_second_good():
    text = "The port exported 920 tonnes of vanilla and earned $41 million."
    assert by_surface(text, DAY, "metric")["920 tonnes"] == "exports of vanilla"


@pytest.mark.parametrize("after", ["of the total", "of which half went to Japan", "in the second quarter"])
def test_a_determined_whole_or_a_time_is_no_goods(after):
    text = f"The growers exported 7,300 tonnes {after}."
    assert by_surface(text, DAY, "metric")["7,300 tonnes"] == "exports"


def test_a_verb_of_no_goods_keeps_its_noun():
    # spending is no flow of goods: "of" after its amount is what it was spent from
    text = "The ministry spent $12 million of its reserves on repairs."
    assert not by_surface(text, DAY, "metric")["$12 million"].startswith("spending of")
