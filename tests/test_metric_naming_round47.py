"""Metric naming, round 47 (issue 8): figures the tool gave no metric, or a metric without the
words that tell the series apart, found on the look groups, written here in our own sentences.

1. A participle of level or change set off by a comma after a clause whose noun of change
   names its series after "in" ("the board reported a steady rise in wool sales, reaching …")
   states the level of that series, not of the clause's subject (the reporter, a place).
   "reaching a total of" is "reaching". A noun of change that says why ("driven by a rise in
   prices") is no series of the figure.
2. A main clause whose own figure is a change written "pc" or in percentage points is its
   subject's change; the participle after it states the same subject's level.
A noun after the series' "of" ("the tonnage of cargo") stays: it tells the series apart."""

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


def test_the_noun_after_the_series_of_stays():
    # "the weight of fish landed": without "of fish" the level would name every weight the
    # article counts (of vessels, of cargo) and read as their whole
    text = ("The harbour saw a sharp increase in the weight of fish landed at its quays, "
            "rising from 8,100 to 9,300 tonnes.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["9,300 tonnes"] == "weight of fish"
    assert metrics["8,100"] == "weight of fish"


def test_a_time_after_of_is_no_part_of_the_series():
    text = "Officials noted a rise in coal shipments of the last quarter, reaching 410,000 tonnes."
    assert "quarter" not in (by_surface(text, DAY, "metric")["410,000 tonnes"] or "")
