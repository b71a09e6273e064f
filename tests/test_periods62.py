"""Periods, round 62 (issue 8, time): a list of times paired by 'respectively'. Written in
our own sentences from classes found among the look groups' period misses.

1. The times of a 'respectively' list date a figure of every list of figures the word
   governs, in order ("rose 5% and 7% to $3.1 billion and $3.3 billion in 2022 and 2023,
   respectively"), not only the last list.
2. A 'respectively' list of figures with no members or times of its own stands, member by
   member, for as many figures stated before it, each dated by a time of its own ("reached
   170,696 in 2022 and 248,129 in 2023, increases of 73% and 45%, respectively").
"""

from __future__ import annotations

from conftest import by_surface


def test_a_respectively_list_of_times_dates_every_list_of_figures():
    text = "Coffee exports rose 5% and 7% to $3.1 billion and $3.3 billion in 2022 and 2023 respectively."
    got = by_surface(text, "2024-07-20", "period")
    assert [got[s] for s in ("5%", "7%", "$3.1 billion", "$3.3 billion")] == ["2022", "2023", "2022", "2023"]


def test_a_respectively_list_without_members_stands_for_the_dated_figures_before_it():
    text = ("Visitor numbers kept climbing. Arrivals reached 170,696 in 2022 and again climbed to 248,129 in 2023, "
            "representing increases of 73% and 45%, respectively.")
    got = by_surface(text, "2024-07-20", "period")
    assert (got["73%"], got["45%"]) == ("2022", "2023")
    # a list with members of its own is left to them
    text = ("Imports increased by 2.7% from K7,948.6 million in February 2024 to K8,164.9 million in March 2024, "
            "with the capital goods and consumer goods categories up by 18.4% and 7.1%, respectively.")
    got = by_surface(text, "2024-04-20", "period")
    assert got["18.4%"] == got["7.1%"]

