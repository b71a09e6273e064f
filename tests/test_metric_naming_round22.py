"""Metric naming, round 22: figures the tool left with no series, or with a whole that
names none, found on the spent held-out sets and written here in our own sentences."""

from __future__ import annotations

import pytest

from conftest import by_surface, frames_by_surface


DAY = "2022-05-10"


@pytest.mark.parametrize("text, surface, metric", [
    # "or" restates the amount before as a percentage: the amount's series, past a comma
    ("Shipments of refined copper totalled $2.4 billion, or 31%, in 2023.", "31%", "shipments of refined copper"),
    ("Copper shipments came to $2.4 billion, or 31% of the total, in 2023.", "31%", "copper shipments"),
    # "of the total" names a whole but no series: the part's own words do
    ("Tourist arrivals reached 12,000, or 14 percent of the total.", "14 percent", "tourist arrivals"),
    ("Machinery made up 14 percent of the total.", "14 percent", "machinery"),
])
def test_a_restated_share_names_the_part(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


def test_a_percentage_compared_after_or_restates_no_share():
    # "1,990, or 27.6 percent fewer visitors": a change against a year ago, not a part of the count before
    frames = frames_by_surface("A year ago there were 855 Canadians; this year there were 1,990, or 27.6 percent fewer visitors.",
                               "2022-05-10")
    percent = frames["27.6 percent"]
    # (with the roles merged beside this rule, the sentence's one junk series is shared by all three
    # figures, so the metric alone cannot tell; the role and direction say it is a fall, not a share)
    assert percent.role == "growth" and percent.direction == "down"
