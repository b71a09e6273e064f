"""A flow stated 'by' a month is summed from January; a stock is counted at that month
(round 22; our own sentences)."""

from __future__ import annotations

import pytest

from factcheck.relations import vocabulary

from conftest import frames_by_surface


DAY = "2021-09-01"


@pytest.mark.parametrize("by", ["by June 2021", "by the end of June", "by end-June"])
def test_a_flow_by_a_month_runs_from_january(by):
    text = f"Ghana's tax revenue reached 31.2 billion cedis {by}."
    assert frames_by_surface(text, DAY)["31.2 billion cedis"].period == "2021-H1"


def test_a_deficit_as_a_share_of_gdp_by_a_month_runs_from_january():
    text = "Ghana's budget deficit widened to 5.1 percent of gross domestic product by June 2021."
    assert frames_by_surface(text, DAY)["5.1 percent"].period == "2021-H1"


def test_a_stock_by_a_month_is_counted_at_that_month():
    text = "Ghana's public debt rose to 332 billion cedis by June 2021."
    assert frames_by_surface(text, DAY)["332 billion cedis"].period == "2021-06"


def test_the_flow_heads_are_one_list_for_extraction_and_relations():
    assert {"revenue", "export", "arrival", "remittance"} <= vocabulary.FLOW_HEADS
    assert "debt" not in vocabulary.FLOW_HEADS
