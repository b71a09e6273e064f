"""A text that spaces its thousands in several figures also spaces them in a two-group figure,
even where it prints some figures with commas (read on the spent dh–dl set)."""

from __future__ import annotations

from conftest import frames_by_surface

_MIXED = ("The islands received 1 204 318 visitors in 2019, up 4.2 percent (48,561) on 2018.\n\n"
          "Cruise passengers numbered 2 310 907, and 61.3 percent of visitors (738 247) came by sea.")


def test_a_two_group_figure_in_a_text_that_spaces_its_thousands_is_one_number():
    c = frames_by_surface(_MIXED, "2020-03-01")
    assert c["738 247"].value == 738247


def test_one_spaced_figure_beside_commas_proves_no_convention():
    text = "Exports were 12,406 tonnes in 2019 and 3 200 000 in 2018; the ratio was 4 to 1, or 120 500 tonnes."
    values = {c.value for c in frames_by_surface(text, "2020-03-01").values()}
    assert 120500 not in values
