"""Money and rates whose unit the text decides elsewhere (issue 9, typed60): a dollar
country told by its capital, cities or people and by a local agency's dateline; an exchange
rate quoted for one unit of a named currency; an exchange-rate note's figure; and a bare
figure set off as a quantity's other end, or a flow named daily, per its span."""

from __future__ import annotations

import pytest
from conftest import by_surface


def _typed(text: str, surface: str) -> tuple:
    got = by_surface(text, "2024-05-01", "value", "unit", "kind")
    return got[surface][1], got[surface][2]


@pytest.mark.parametrize("text,surface,unit", [
    # a capital alone, as a local paper files
    ("CASTRIES - The government will spend $12 million on roads this year.", "$12 million", "XCD"),
    # its cities and people named, never the country
    ("Aucklanders will pay $300 more in rates this year, the Auckland Council said. Christchurch "
     "households face a rise of $120.", "$300", "NZD"),
    ("Toronto home prices fell to $1.1 million in May, while Vancouver prices held at $1.2 million, "
     "and Calgary sales rose.", "$1.1 million", "CAD"),
])
def test_a_dollar_country_named_by_its_places_and_people(text, surface, unit):
    assert _typed(text, surface)[0] == unit


def test_a_local_agencys_dateline_is_home_and_a_world_wires_is_not():
    local = "WELLINGTON (RNZ) - The government will spend $1.2 billion on new hospitals."
    wire = "HONG KONG (Reuters) - The company raised $1.2 billion in its listing."
    assert (_typed(local, "$1.2 billion")[0], _typed(wire, "$1.2 billion")[0]) == ("NZD", "USD")


@pytest.mark.parametrize("text,surface,unit", [
    # a bare figure per a unit of another currency, the quoted currency named before it
    ("The shilling was quoted at 129.5 per dollar in Nairobi on Friday.", "129.5 per dollar", "KES / USD"),
    ("The Indian rupee fell to 83.2 against the dollar on Friday.", "83.2 against the dollar", "INR / USD"),
    # a sum that one unit of the named currency trades at or buys
    ("The kina was trading at 28 US cents on Friday in Port Moresby.", "28 US cents", "USD / PGK"),
    ("The euro rose to $1.09 on Friday.", "$1.09", "USD / EUR"),
    ("The kina depreciated against the US dollar by 2.1 percent to US$0.2650 in Port Moresby.", "US$0.2650",
     "USD / PGK"),
    # an exchange-rate note: its figure is a claim, per the one unit on the left
    ("The yen weakened (1 U.S. dollar equals 142.62 Japanese yen).", "142.62 Japanese yen", "JPY / USD"),
])
def test_an_exchange_rate_quoted_for_one_unit_of_a_named_currency(text, surface, unit):
    assert _typed(text, surface) == (unit, "money")


def test_a_rate_per_a_currencys_name_is_per_its_code_but_a_pound_of_weight_stays():
    kina = "In Papua New Guinea the central bank set the rate at US$0.2850 per kina."
    weight = "Farmers were paid $1.35 a pound for salmon in Alaska."
    assert (_typed(kina, "US$0.2850 per kina")[0], _typed(weight, "$1.35 a pound")[0]) == ("USD / PGK", "USD / pound")


def test_an_exchange_rate_note_is_a_claim_and_a_unit_definition_is_not():
    note = by_surface("Uganda's shilling weakened, with the rate at 1 USD = 3,700 UGX last week.", "2024-05-01", "unit")
    definition = by_surface("The old measure (1 dan = 50 kilograms) is still used.", "2024-05-01", "unit")
    assert note.get("3,700 UGX") == "UGX / USD" and "50 kilograms" not in definition


@pytest.mark.parametrize("text,surface,unit,kind", [
    ("The refinery will process 500,000 bpd this year, up from 450,000.", "450,000", "barrel / day", "measure"),
    ("Arrivals averaged 5,200 a day in August, up from 4,800 in July.", "4,800", "count / day", "count"),
    ("The country's daily crude exports averaged 900,000 barrels in April.", "900,000 barrels", "barrel / day",
     "measure"),
])
def test_a_quantitys_other_end_and_a_daily_flow_keep_the_unit(text, surface, unit, kind):
    assert _typed(text, surface) == (unit, kind)


def test_a_daily_flow_is_per_day_and_a_monthly_one_in_a_named_month_is_its_total():
    daily = "The country's daily coal exports averaged 90,000 tonnes in April."
    monthly = "Monthly coal exports in July reached nearly three million tonnes."
    assert (_typed(daily, "90,000 tonnes")[0], _typed(monthly, "nearly three million tonnes")[0]) == ("tonne / day", "tonne")
