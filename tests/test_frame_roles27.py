"""Roles and directions of figures by class of phrasing (round 27; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2022-06-15"


def _rd(f, surface):
    return f[surface].role, f[surface].direction


# --- the earlier reading of a share or a rate after 'from' -------------------------------

def test_the_earlier_reading_of_a_share_after_from_is_a_share_not_the_growth_before():
    f = frames_by_surface("Tax receipts fell 3.1 percent from a year earlier to 812.4 billion pesos, or to 5.2 percent of GDP "
                          "from 5.9 percent a year earlier.", DAY)
    assert _rd(f, "3.1 percent") == ("growth", "down")
    assert _rd(f, "5.2 percent") == ("share", None)
    assert _rd(f, "5.9 percent") == ("share", None)


def test_a_share_up_from_an_earlier_share_leaves_both_readings_shares():
    f = frames_by_surface("Outlays grew 8.8 percent to 904.1 billion pesos or to 6.3 percent of GDP from 6.1 percent, "
                          "leaving a primary deficit of 1.4 percent of GDP, up from 0.6 percent last year.", DAY)
    assert _rd(f, "6.1 percent") == ("share", None)
    assert _rd(f, "0.6 percent") == ("share", None)
    # (a growth set against an earlier growth keeps its role: only a share or a rate is restated)
    g = frames_by_surface("Shipments rose 7% in March, up from 4% in February.", DAY)
    assert _rd(g, "4%") == ("growth", "up")


# --- a noun of change as the subject of a verb of being, its base between them ------------

def test_a_change_noun_with_its_base_before_the_copula_names_a_growth():
    f = frames_by_surface("The rise in cement output in Chile compared to the previous month was 9.6%.", DAY)
    assert _rd(f, "9.6%") == ("growth", "up")


def test_a_change_noun_with_its_base_before_the_copula_names_a_change_amount():
    f = frames_by_surface("The decline in wheat imports compared with the previous season was 4,100 tonnes.", DAY)
    assert _rd(f, "4,100 tonnes") == ("change", "down")

