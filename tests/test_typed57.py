"""Units the article's own text decides (issue 9, typed57): the electricity "unit" of a tariff is
the kilowatt-hour; a commodity's price named again, bare, later in its sentence is quoted per
the commodity's unit, as is a price said to hover or settle at a sum; and a bare "$" is the
dollar of the one country a text about its government's accounts names as its own (its
islands too), never of a country it names only as a partner."""

from __future__ import annotations

import pytest

from factcheck.extract.conventions import article_conventions
from conftest import by_surface

DAY = "2024-05-01"


def _units(text: str) -> dict[str, str]:
    return by_surface(text, DAY, "unit")


# --- the electricity "unit"

@pytest.mark.parametrize("text,surface,unit", [
    ("Electricity prices will rise to 23 pence per unit with effect from July.", "23 pence per unit", "GBP / kWh"),
    ("Power tariffs were raised to Rs 9 per unit for commercial users.", "Rs 9 per unit", "INR / kWh"),
])
def test_the_electricity_unit_is_the_kilowatt_hour(text, surface, unit):
    assert _units(text)[surface] == unit


def test_a_unit_that_is_no_electricity_stays_a_unit():
    assert _units("The developer sold flats at $300,000 per unit.")["$300,000 per unit"] == "USD / unit"


# --- a commodity's price named again, or said to hover at a sum

def test_a_bare_prices_after_a_commodity_price_is_that_price():
    units = _units("He noted the role of rising oil prices in this surge, which saw prices climbing from $73 to $85.")
    assert units["$73"] == units["$85"] == "USD / barrel"


@pytest.mark.parametrize("text,surface", [
    ("Oil prices rose this week, while food prices climbed to $85.", "$85"),            # other goods' prices
    ("Oil prices rose sharply in May, and exports of oil reached $85 million.", "$85 million"),
])
def test_other_prices_or_sums_after_a_commodity_price_keep_their_unit(text, surface):
    assert _units(text)[surface] == "USD"


def test_a_price_that_hovers_at_a_sum_is_quoted_per_the_articles_unit():
    text = ("The export cost of Comorian vanilla was around €191 per kilogram (about US$204), while the "
            "international price hovered at US$120. Growers earned $4 million.")
    units = _units(text)
    assert units["US$120"] == "USD / kilogram"
    assert units["$4 million"] == "USD"


# --- whose dollar a government's "$" is

@pytest.mark.parametrize("text,code", [
    ("The Government's deficit rose to $400m in the first seven months, the Ministry of Finance said. "
     "Bahamas officials said revenue was $2.1 billion.", "BSD"),
    ("Grand Bahama's economy grew as the port handled cargo worth $80 million and Abaco reported $20 million "
     "in fees.", "BSD"),
])
def test_a_bare_dollar_is_that_of_the_country_named_as_home(text, code):
    assert article_conventions(text)["dollar"] == code


@pytest.mark.parametrize("text", [
    "The Ministry of Finance said the deficit was $400m. Visitors from Canada rose.",
    "The Finance Minister said the deficit was $400m. Visitors from Canada rose.",
])
def test_a_country_named_only_as_a_partner_does_not_make_the_dollar_its_own(text):
    assert article_conventions(text)["dollar"] == "USD"


# --- a rank printed with the number sign

@pytest.mark.parametrize("text,surface", [
    ("Guyana's crude comes from recoverable reserves ranked at #17 in the world.", "#17"),
    ("Tourism is the country's #1 export.", "#1"),
])
def test_a_number_sign_after_a_verb_of_ranking_is_a_rank(text, surface):
    assert by_surface(text, DAY, "kind")[surface] == "ordinal"


# --- a phrasal verb of removal is no change of a level

def test_what_a_change_verb_lifts_out_of_something_is_counted_not_changed():
    text = ("The allowance will increase by £2,250, rising from £14,750 to £17,000, and lifting around 36,000 "
            "out of the tax net.")
    assert by_surface(text, DAY, "unit")["around 36,000"] == "count"


# --- a part of a flow is a flow of the same span

@pytest.mark.parametrize("text,surface,unit", [
    ("Niger's oil production rose to 110,000 barrels per day, of which 90,000 barrels must be exported.",
     "90,000 barrels", "barrel / day"),
    ("Cement production is nearing seven million tonnes per annum with 2.4 million tonnes consumed locally.",
     "2.4 million tonnes", "tonne / year"),
    ("Output reached 2 million barrels a day, including 500,000 barrels of condensate.", "500,000 barrels",
     "barrel / day"),
])
def test_a_part_named_right_after_a_rate_shares_its_denominator(text, surface, unit):
    assert _units(text)[surface] == unit


@pytest.mark.parametrize("text,surface,unit", [
    ("The plant makes 5,000 tonnes a day, with 2,000 tonnes in storage.", "2,000 tonnes", "tonne"),  # a stock
    ("The plant makes 5,000 tonnes a day, of which 9,000 tonnes are stored.", "9,000 tonnes", "tonne"),  # no part
])
def test_a_stock_beside_a_flow_or_a_larger_figure_is_no_part_of_it(text, surface, unit):
    assert _units(text)[surface] == unit


# --- two stacked denominators

@pytest.mark.parametrize("text,surface,unit", [
    ("Spending per day per head rose by 4.9 per cent however, to €59.8 from €57.", "€59.8", "EUR / person / day"),
    ("Per capita spending per day rose 1.1 per cent, from €56.5 to €57.1.", "€56.5", "EUR / person / day"),
    ("Spending per person every night stood at 161 US dollars in 2017.", "161 US dollars", "USD / night"),  # a frequency
])
def test_per_head_per_day_is_a_rate_of_two_denominators(text, surface, unit):
    assert _units(text)[surface] == unit


# --- a heading's bare amount restated below with its currency

@pytest.mark.parametrize("text,surface,unit", [
    ("Tanzania: Tourism Earnings Soar to Five Trillion\n\nTourist arrivals rose 5.6 per cent in 2017, raking in "
     "2.3 billion US dollars (over 5tri/-).", "Five Trillion", "TZS"),
    ("Greenland's Treasury had a deficit last year\n\nHalf a billion to NunaGreen and Kalaallit Airports\n\nIt was the half "
     "a billion kroner investments in the two companies that pulled the result down.", "Half a billion", "DKK"),
])
def test_a_headings_bare_amount_takes_the_currency_the_body_restates_it_in(text, surface, unit):
    assert _units(text)[surface] == unit


# --- zero plurals of fish and game are counted things

def test_a_zero_plural_fish_noun_is_what_a_figure_counts():
    units = _units("Alaska's 206.9 million salmon harvest was valued at $657.6 million.")
    assert units["206.9 million salmon"] == "count"


# --- a balance a word makes negative

@pytest.mark.parametrize("text,surface,value", [
    ("The gap between exports and imports of the country stood at a negative Rs 270.47 billion during the period.",
     "Rs 270.47 billion", -270.47e9),
    ("Togo recorded a negative trade balance of 900.2 billion CFA francs in 2022.", "900.2 billion CFA francs", -900.2e9),
    ("Exports earned CFA566.1 billion in 2022. Togo recorded a negative trade balance of 900.2 billion in 2022.",
     "900.2 billion", -900.2e9),
    # the negative balance as the subject names its sign in the metric, as a deficit does
    ("The negative balance of foreign trade increased to $8.975 billion from $1.004 billion.", "$8.975 billion", 8.975e9),
])
def test_a_negative_balance_of_an_amount_is_signed(text, surface, value):
    assert by_surface(text, DAY, "value")[surface] == pytest.approx(value)
