"""Classes the ninth held-out set (ao–as) showed at its one scoring, fixed after it (not
blind), each in our own sentences: a capital in a dateline names the country whose "Sh" a
text prints; words glued to their figures in a text that lost its spaces; a footnote digit
after a scale word."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2021-06-10"


@pytest.mark.parametrize("capital, code", [("Nairobi", "KES"), ("Kampala", "UGX"), ("Dodoma", "TZS")])
def test_a_dateline_capital_names_the_shilling(capital, code):
    c = frames_by_surface(f"{capital} — The Treasury tabled a budget of Sh2.91 trillion for the coming year.", DAY)
    assert c["Sh2.91 trillion"].unit == code and c["Sh2.91 trillion"].value == 2.91e12


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Exports reached 28billion USD in the year.", "28billion USD", 28e9, "USD"),
    ("Imports grew 13.6percent in the year.", "13.6percent", 13.6, "percent"),
])
def test_a_scale_word_or_percent_glued_to_its_figure_is_read(text, surface, value, unit):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.value, c.unit) == (value, unit)


def test_a_footnote_digit_after_a_scale_word_leaves_the_scale():
    c = frames_by_surface("The trade surplus was NOK 31.7 billion2 in June.", DAY)
    assert c["NOK 31.7 billion"].value == 31.7e9


def test_a_glued_model_name_is_still_no_figure():
    assert not frames_by_surface("The 5G rollout reached 40 towns.", DAY).get("5G")
