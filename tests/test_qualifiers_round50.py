"""'up to' as a bound against 'up to' as the particle of a verb of motion and its preposition:
"climbed back up to 61 million" states the level reached; "fell by up to 5%" a bound."""

from __future__ import annotations

import pytest

from tests.conftest import extracted


def _by_surface(text: str) -> dict:
    return {c.value: c for c in extracted(text, "2033-03-02")}


@pytest.mark.parametrize("text, value", [
    ("Cargo volumes dipped in 2031 before climbing back up to 61.4 million tonnes in 2032.", 61.4e6),
    ("The number of overnight stays went up to 8.25 million last season.", 8.25e6),
    ("A supplementary budget took the total up to 1,412.6 billion shillings.", 1_412.6e9),
    ("Arrivals for the year summed up to 2,046,118, the ministry said.", 2_046_118),
    ("After a weak spring, bookings were shooting up to 73,420 by August.", 73_420),
])
def test_up_to_after_a_verb_of_motion_states_the_level_exactly(text, value):
    claim = _by_surface(text)[value]
    assert claim.qualifier == "exact"
    assert "up to" not in claim.surface


@pytest.mark.parametrize("text, value", [
    ("Fines of up to 50,000 dirhams apply to late filers.", 50_000),
    ("Prices fell by up to 12 percent in the coastal districts.", 12),
    ("Exports could rise up to 9 percent next year, the council said.", 9),
    ("The new terminal holds up to 3,200 passengers.", 3_200),
    ("Processing takes up to 45 days.", 45),
    ("Staff will receive a salary increase up to 7 percent.", 7),
])
def test_up_to_as_a_bound_stays_a_bound(text, value):
    assert _by_surface(text)[value].qualifier == "at_most"


@pytest.mark.parametrize("text, value", [
    ("Copper output is nearing 410,000 tonnes a year.", 410_000),
    ("Guest nights climbed 6.2 per cent, approaching 3.4 million nights.", 3.4e6),
    ("Spot prices hovered at US$87 a barrel through March.", 87),
    ("Tea exports almost reached 9 million kilograms in the season.", 9e6),
    ("The deficit will be in the region of $412.8 million.", 412.8e6),
    ("The ministry expects revenue in the vicinity of 2.1 billion pesos.", 2.1e9),
    ("Turnout reached a near-71 percent in the capital.", 71),
])
def test_a_level_come_close_to_is_approximate(text, value):
    assert _by_surface(text)[value].qualifier == "approx"


@pytest.mark.parametrize("text, value", [
    ("Copper output reached 410,000 tonnes a year.", 410_000),
    ("Spot prices stood at US$87 a barrel through March.", 87),
    ("Tea exports reached 9 million kilograms in the season.", 9e6),
])
def test_a_level_reached_stays_exact(text, value):
    assert _by_surface(text)[value].qualifier == "exact"


@pytest.mark.parametrize("text, value, qualifier", [
    ("Public debt breached the $612m mark in the eleventh month.", 612e6, "more_than"),
    ("Receipts are expected to cross $14.50 billion this year.", 14.5e9, "more_than"),
    ("Shipments could top 2,800 containers a week.", 2_800, "more_than"),
    ("The top 20 exporters shipped 2,800 containers a week.", 20, "exact"),
])
def test_base_forms_of_verbs_of_passing(text, value, qualifier):
    assert _by_surface(text)[value].qualifier == qualifier
