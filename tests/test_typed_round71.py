"""Typed extraction, round 71 (issue 9): a denominator stated once for a run of listed
figures carries to the others (listed_rates), in a sentence or under a list's lead; and a sign
several countries share ("Rs", a bare "$") is the currency of the country whose institutions
and places the text names (lexicon/institutions.yaml, dollar_places)."""

from __future__ import annotations

import pytest
from conftest import by_surface


def _unit(text: str, surface: str) -> str:
    return by_surface(text, "2024-05-01", "value", "unit")[surface][1]


@pytest.mark.parametrize("text,surface,unit", [
    # forward: the items after the one that names the denominator
    ("Brent crude traded at $82 a barrel on Monday, while WTI stood at $78.", "$78", "USD / barrel"),
    ("Gold was quoted at $1,950 an ounce, silver at $23.5 and platinum at $910.", "$910", "USD / troy_ounce"),
    ("Wheat sold for Rs 4,000 per maund in Lahore, compared with Rs 3,800 in Multan and Rs 3,900 in Karachi.",
     "Rs 3,900", "PKR / maund"),
    # back: the denominator printed on the last item
    ("WTI settled at $78 and Brent at $82 a barrel.", "$78", "USD / barrel"),
    # a list after a lead that names it
    ("Prices (per tonne): maize $210, wheat $250, soybeans $480.", "$250", "USD / tonne"),
])
def test_a_denominator_stated_once_carries_to_the_figures_listed_with_it(text, surface, unit):
    assert _unit(text, surface) == unit


@pytest.mark.parametrize("text,surface,unit", [
    # a sum of another size, with its own scale word
    ("Brent traded at $82 a barrel, while the company paid $5 million in fees.", "$5 million", "USD"),
    # no list's words between: another clause
    ("Brent traded at $82 a barrel, which the company said left it $40 short of its costs.", "$40", "USD"),
    # a clause, and an amount of trade, are no items of the list
    ("The price of Brent was $82 a barrel in May, when gold exports were $300.", "$300", "USD"),
    ("Brent traded at $82 a barrel, while imports stood at $300.", "$300", "USD"),
    # another currency
    ("Brent traded at $82 a barrel, while the ruble stood at 95 rubles.", "95 rubles", "RUB"),
])
def test_the_denominator_stops_where_the_list_does(text, surface, unit):
    assert _unit(text, surface) == unit


@pytest.mark.parametrize("text,surface,unit", [
    # Pakistan's revenue board, central bank and exchange, never its name ("India" once)
    ("The FBR collected Rs 2,150 billion in the first half, officials said. The SBP kept its policy rate "
     "unchanged, while the PSX gained. India's exports also rose.", "Rs 2,150 billion", "PKR"),
    ("Tax collection in Sindh and Balochistan rose to Rs 120 billion, the Federal Board of Revenue said.",
     "Rs 120 billion", "PKR"),
    # the Northwest Territories as their press abbreviates them, for a bare "$"
    ("NWT's projected surplus expected to drop\n\nThe NWT's finance minister says the operating surplus is "
     "expected to be $5 million this year.", "$5 million", "CAD"),
])
def test_a_shared_sign_is_the_currency_of_the_country_whose_institutions_the_text_names(text, surface, unit):
    assert _unit(text, surface) == unit


@pytest.mark.parametrize("text,surface,unit", [
    # a change and the level it led to, one item of the list
    ("The government raised petrol by Rs 5 to Rs 250 per litre, diesel by Rs 3 to Rs 260, and kerosene by Rs 2 "
     "to Rs 180.", "Rs 5", "INR / liter"),
    ("The government raised petrol by Rs 5 to Rs 250 per litre, diesel by Rs 3 to Rs 260, and kerosene by Rs 2 "
     "to Rs 180.", "Rs 180", "INR / liter"),
    # an item named by whom the figure is for, its verb gapped
    ("The price of gas for households rose to Rs 1,100 per mmBtu; for industry it is Rs 1,200 and for CNG "
     "stations Rs 1,400.", "Rs 1,400", "INR / MMBtu"),
    # a level listed with its own year
    ("The average wage was $12 per worker in 2022 and $13 in 2023.", "$13", "USD / worker"),
])
def test_a_listed_denominator_reaches_a_change_and_its_level_and_gapped_items(text, surface, unit):
    assert _unit(text, surface) == unit


def test_a_list_lead_that_names_a_denominator_gives_it_to_its_items():
    text = "Vegetable prices\n\nRetail prices (per kg):\nTomatoes Rs 120\nOnions Rs 95\nPotatoes Rs 60\n"
    assert _unit(text, "Rs 95") == "INR / kilogram"
    assert _unit(text, "Rs 60") == "INR / kilogram"
