"""Typed reading, round 23: ranks take the period of the text they stand in (an owner's
epithet and event counts do not), a standing in a 'place' or 'position' is a rank."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2025-01-10"


@pytest.mark.parametrize("sentence,surface", [
    ("Chile was third with $9 million in sales.", "third"),
    ("Peru ranked fourth among the buyers.", "fourth"),
    ("Tin was the second-largest export.", "second-largest"),
    ("Norway took second place with $3 billion.", "second place"),
])
def test_a_rank_takes_the_period_of_the_text(sentence, surface):
    c = frames_by_surface("Copper exports rose 8% in 2023 to $40 million. " + sentence, DAY)[surface]
    assert (c.role, c.period) == ("rank", "2023")


def test_an_owners_epithet_a_world_ranking_and_an_event_count_take_no_inherited_period():
    claims = frames_by_surface("Copper exports rose 8% in 2023 to $40 million. Chile was third. Africa's fourth-largest "
                               "economy bought more. With its second largest trading partner, Peru, trade fell. "
                               "It was the minister's 11th visit to the mine. Its mining output ranks 4th worldwide.", DAY)
    assert [(c.surface, c.period) for c in claims.values() if c.kind == "ordinal"] == [
        ("third", "2023"), ("fourth-largest", None), ("second largest", None), ("11th visit", None), ("4th", None)]


@pytest.mark.parametrize("text,surface,unit", [
    ("The average price of Brent was $71.40 in March, against $64.10 a year before.", "$71.40", "USD / barrel"),
    ("The average price of Brent was $71.40 in March, against $64.10 a year before.", "$64.10", "USD / barrel"),
    ("WTI settled at $68.25 on Friday.", "$68.25", "USD / barrel"),
    ("Crude oil prices, now around US$90, lifted revenue.", "around US$90", "USD / barrel"),
    ("Oil prices, ranging between $40 and $45 in May, hurt the budget.", "between $40 and $45", "USD / barrel"),
    ("Gold traded at $2,310 on the day.", "$2,310", "USD / troy_ounce"),
])
def test_a_benchmark_commoditys_bare_price_is_per_its_customary_unit(text, surface, unit):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.unit, c.kind) == (unit, "money")


def test_a_bill_or_a_commoditys_trade_is_no_price_per_unit():
    claims = frames_by_surface("The price of Brent was $82 in May, when gold exports were $300 and oil prices cost the treasury $4 billion.", DAY)
    assert [(c.surface, c.unit) for c in claims.values()] == [
        ("$82", "USD / barrel"), ("$300", "USD"), ("$4 billion", "USD")]


@pytest.mark.parametrize("text,surface,value", [
    ("Receipts reached 2 trln. 41.5bln tenge in 2024.", "2 trln. 41.5bln tenge", 2_041_500_000_000),
    ("Spending was set at 845 billion and 120 million CFA francs.", "845 billion and 120 million CFA francs",
     845_120_000_000),
])
def test_an_amount_in_two_scales_joined_by_a_stop_or_and_is_one(text, surface, value):
    c = frames_by_surface(text, DAY)[surface]
    assert c.value == value


def test_and_between_two_scaled_figures_without_a_unit_after_keeps_two():
    claims = frames_by_surface("Sales hit 4 trln. 12bln tenge; exports were 5 billion and 700 million came from oil.", DAY)
    assert [c.value for c in claims.values()] == [4_012_000_000_000, 5e9, 7e8]
