"""Digits grouped in thousands name no model, law or team ('Boeing 737', 'Article 370', 'Group of
20' do): a list of places with their figures is read whole (read on the spent dh–dl set)."""

from __future__ import annotations

from conftest import frames_by_surface


def test_a_list_of_places_with_grouped_figures_is_read_whole():
    text = ("Hotel nights were led by Lisbon with 1,204,318, followed by Madeira 812,906, Porto 640,155 "
            "and Algarve 598,033.")
    values = {c.value for c in frames_by_surface(text, "2023-03-01").values()}
    assert {1204318, 812906, 640155, 598033} <= values


def test_short_numbers_in_names_stay_names():
    text = "The airline ordered Boeing 737 jets under Article 370 before the Group of 20 met."
    assert not frames_by_surface(text, "2023-03-01")
