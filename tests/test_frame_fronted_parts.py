"""A part of the year fronted without its year ("In the second quarter, …") and the bare years
that narrow it (our own sentences)."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("opening,part", [("In the second quarter", "Q2"), ("For the third quarter", "Q3"),
                                          ("During the first half", "H1")])
def test_bare_years_after_a_fronted_part_of_the_year_are_that_part_of_each_year(opening, part):
    c = frames_by_surface(f"{opening}, cargo in 2018 totalled 41,200 tonnes, against 38,900 tonnes in 2017.", "2020-03-10")
    assert c["41,200 tonnes"].period == f"2018-{part}"
    assert c["38,900 tonnes"].period == f"2017-{part}"


def test_a_part_of_the_year_that_is_not_fronted_leaves_the_years_whole():
    c = frames_by_surface("Cargo in 2018 totalled 41,200 tonnes, the most since the second quarter, against 38,900 "
                          "tonnes in 2017.", "2020-03-10")
    assert c["41,200 tonnes"].period == "2018"
    assert c["38,900 tonnes"].period == "2017"


def test_a_fronted_part_with_its_own_year_is_not_this_class():
    c = frames_by_surface("In the second quarter of 2019, cargo reached 41,200 tonnes; the total for 2018 was "
                          "150,000 tonnes.", "2020-03-10")
    assert c["41,200 tonnes"].period == "2019-Q2"
    assert c["150,000 tonnes"].period == "2018"
