"""Metrics of figures that restate a series without naming it (round 29; our own sentences):
a comparison base after 'from the' and a plural of an empty head take the series named
before them, so the engine can key them with the figure they are compared with."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2019-03-10"


def test_a_base_after_from_the_takes_the_series_of_the_level_it_is_compared_with():
    f = frames_by_surface("Cocoa output in the season fell 4% to 2.2 million sacks from the 2.3 million sacks gathered a year before.", DAY)
    assert f["2.3 million sacks"].metric == f["2.2 million sacks"].metric
    assert "cocoa" in f["2.3 million sacks"].metric.lower()


def test_a_base_after_down_from_the_takes_the_series_of_the_level_before():
    f = frames_by_surface("In February, Peruvian quinoa shipments were 8,400 crates, 3% down from the 8,660 crates shipped in February 2018.", DAY)
    assert f["8,660 crates"].metric == f["8,400 crates"].metric


def test_a_plural_empty_head_takes_the_series_named_before():
    f = frames_by_surface("Some 12,400 Korean visitors came to Fiji in 2016, and the numbers rose to 15,100 in 2017.", DAY)
    assert f["15,100"].metric == f["Some 12,400 Korean visitors"].metric


def test_the_figures_as_head_take_the_series_named_before():
    f = frames_by_surface("Wool exports earned $310 million in 2017; the figures reached $355 million in 2018.", DAY)
    assert f["$355 million"].metric == f["$310 million"].metric
