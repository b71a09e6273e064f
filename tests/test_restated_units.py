"""A figure restated in brackets in other units keeps the figure's bound (not its
approximation: the restatement prints its own digits);
a range approximated says so; "up" after a verb it is the particle of ("gave up") is no rise."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2021-05-04"


def test_bracketed_conversion_keeps_the_bound():
    cs = frames_by_surface("The new ferry can sail more than 250 kilometres (155 miles) on one charge. "
                           "The bridge spans 40 km (25 miles) of open water.", DAY)
    assert cs["155 miles"].qualifier == "more_than"
    assert cs["25 miles"].qualifier == "exact"


def test_every_unit_of_a_bracketed_list_keeps_the_bound():
    cs = frames_by_surface("The tuned motor now delivers just under 320 hp (239 kW / 324 PS) at 6,000 rpm.", DAY)
    assert cs["239 kW"].qualifier == "less_than"
    assert cs["324 PS"].qualifier == "less_than"


def test_currency_conversion_keeps_the_bound_but_not_an_approximation():
    cs = frames_by_surface("The club paid more than 40 million euros ($44 million) for the striker and "
                           "roughly 12 million euros ($13.2 million) for the keeper.", DAY)
    assert cs["$44 million"].qualifier == "more_than"
    assert cs["$13.2 million"].qualifier == "exact"


def test_approximated_range_is_marked():
    cs = frames_by_surface("Charging takes about 35-50 minutes at a public station, and 6 to 8 hours at home.", DAY)
    assert cs["about 35-50 minutes"].context.get("approximate") is True
    assert not cs["6 to 8 hours"].context.get("approximate")


def test_particle_of_give_is_no_rise():
    cs = frames_by_surface("The visitors gave up 412 passing yards in the second half.", DAY)
    assert cs["412 passing yards"].direction is None
    assert cs["412 passing yards"].role == "level"
