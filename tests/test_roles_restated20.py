"""Roles around a change restated in relative terms (round 20): "N, or P percent fewer X",
"thanks to N" (a cause, no level reached), the earlier level after "or P%, from", and a
level compared with a change orders of magnitude smaller; crop reports' participle areas."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2016-09-30"


def test_count_or_percent_fewer_is_one_change():
    cs = frames_by_surface("Arrivals slipped in June: there were 412, or 18.5 percent fewer Germans than a year before.", DAY)
    assert (cs["412"].role, cs["412"].direction) == ("change", "down")
    assert (cs["18.5 percent"].role, cs["18.5 percent"].direction) == ("growth", "down")


def test_thanks_to_a_figure_is_no_level_reached():
    cs = frames_by_surface("The island gained 150 more visitors in May, thanks to 120, or 40 percent more Italian "
                           "passengers, the office said.", DAY)
    assert cs["120"].role == "change"


def test_earlier_level_after_a_restated_change():
    cs = frames_by_surface("Barley output in 2016 was 210,000,000 bus, up 20,000,000 bus, or 10.5%, from 190,000,000 bus in 2015.", DAY)
    assert cs["190,000,000 bus"].role == "level"


def test_level_compared_with_a_small_change_stays_a_level():
    cs = frames_by_surface("The barley estimate was down 4,000,000 bus from the July figure and compared with "
                           "215 million bus as the average of analysts' estimates.", DAY)
    assert cs["215 million bus"].role == "level"


def test_participle_area_keeps_its_crop():
    cs = frames_by_surface("Durum wheat harvested area was 2,100,000 acres in 2016.", DAY)
    assert cs["2,100,000 acres"].metric == "durum wheat harvested area"
