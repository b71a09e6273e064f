"""Units and kinds, typed58 (issue 9: typed extraction that holds on unseen text): a scaled
figure with no noun of its own, set against a physical quantity ("from 1.2 million tonnes to
1.5 million", "to 1.5 million from 1.2 million tonnes"), is that quantity in its unit, as an
amount set against money already is in its currency; and a rate's denominator written as a noun
phrase ("per 1,000 live births", "per international visitor", "per ordinary share") is per the
phrase's head noun, not its first word. Our own sentences."""

from __future__ import annotations

import pytest

from tests.test_typed_round50 import _typed


# --- a scaled figure compared with a physical quantity -------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Output rose from 1.2 million tonnes to 1.5 million.", "1.5 million", 1.5e6, "tonne"),
    ("Output rose to 1.5 million from 1.2 million tonnes.", "1.5 million", 1.5e6, "tonne"),
    ("Output fell from 1.2 million tonnes in 2022 to 1.1 million in 2023.", "1.1 million", 1.1e6, "tonne"),
    ("Reserves rose from 2.3 million ounces to 2.9 million.", "2.9 million", 2.9e6, "ounce"),
    ("Fuel sales climbed from 1.2 million litres last year to 1.5 million.", "1.5 million", 1.5e6, "liter"),
    ("Harvest estimates range between 1.2 million tonnes and 1.5 million.", "1.5 million", 1.5e6, "tonne"),
    ("Production increased from 80,000 barrels per day in 2021 to 1.2 million in 2023.", "1.2 million", 1.2e6,
     "barrel / day"),
])
def test_a_scaled_figure_set_against_a_measure_is_in_its_unit(text, surface, value, unit):
    assert _typed(text)[surface] == (value, unit, "measure")


@pytest.mark.parametrize("text,surface", [
    ("Arrivals rose from 1.2 million visitors to 1.5 million.", "1.5 million"),  # counted things, as before
    ("The mine shipped 2 million tonnes worth 1.5 billion last year.", "1.5 billion"),  # a value, not tonnes
])
def test_a_scaled_figure_of_another_quantity_stays_unmeasured(text, surface):
    assert _typed(text)[surface][2] == "count"


# --- the head of a denominator's noun phrase -----------------------------------------------------

@pytest.mark.parametrize("text,surface,unit", [
    ("Infant mortality fell to 15 per 1,000 live births.", "15 per 1,000 live births", "count / 1000 birth"),
    ("The rate was 9 deaths per 100,000 motor vehicles.", "9 deaths per 100,000 motor vehicles",
     "count / 100000 vehicle"),
    ("Spending reached $950 per international visitor.", "$950 per international visitor", "USD / person"),
    ("Earnings were 40 cents per ordinary share.", "40 cents per ordinary share", "USD / share"),
    ("Revenue was $12 per active user.", "$12 per active user", "USD / user"),
    ("Costs are $200 per cruise passenger.", "$200 per cruise passenger", "USD / passenger"),
])
def test_a_denominator_is_per_its_head_noun(text, surface, unit):
    assert _typed(text)[surface][1] == unit


@pytest.mark.parametrize("text,surface,unit", [
    ("Earnings rose to $1.20 per share last year.", "$1.20 per share", "USD / share"),
    ("There were 80 births per 1,000 women aged 15 to 19.", "80 births per 1,000 women", "count / 1000 woman"),
    ("Tourists spent 250 dollars per person per day.", "250 dollars per person", "USD / person"),
    ("Copper sold at $9,000 per metric ton.", "$9,000 per metric ton", "USD / tonne"),
])
def test_a_denominator_that_is_its_own_head_is_read_as_before(text, surface, unit):
    assert _typed(text)[surface][1] == unit


# --- a scale letter glued to a trade's unit abbreviation, and a time letter after a slash -----

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Gold output reached 1.5 Moz last year.", "1.5 Moz", 1.5e6, "troy_ounce"),
    ("The mine produced 120 koz of gold.", "120 koz", 1.2e5, "troy_ounce"),
    ("Gas reserves stand at 2.3 tcf.", "2.3 tcf", 2.3e12, "cubic_foot"),
    ("Output reached 1.2 bcf/d of gas.", "1.2 bcf/d", 1.2e9, "cubic_foot / day"),
    ("Production reached 150 kb/d in May.", "150 kb/d", 1.5e5, "barrel / day"),
    ("Production reached 150,000 boe/d in May.", "150,000 boe/d", 1.5e5, "barrel / day"),
    ("The plant will produce 3.5 mtpa of LNG.", "3.5 mtpa", 3.5e6, "tonne / year"),
])
def test_a_trade_abbreviation_with_its_scale_is_a_measure(text, surface, value, unit):
    assert _typed(text)[surface] == (value, unit, "measure")


# --- a decimal read aloud: a fraction below one, "nought", and hyphens ---------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Inflation eased to point five per cent in May.", "point five per cent", 0.5, "percent"),
    ("Growth was nought point eight per cent.", "nought point eight per cent", 0.8, "percent"),
    ("Rates were cut by point two five percentage points.", "point two five percentage points", 0.25,
     "percentage_point"),
])
def test_a_decimal_read_aloud_in_any_form(text, surface, value, unit):
    assert _typed(text)[surface][:2] == (value, unit)


def test_a_point_in_time_before_a_percentage_is_no_decimal():
    typed = _typed("At that point five per cent of workers were idle.")
    assert typed["five per cent"][0] == 5.0


# --- an earlier level set against a figure by a word of comparison -------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Exports were 45 percent of output, compared with 38 a year earlier.", "38", 38.0, "percent"),
    ("Unemployment was 5.2%, against 5.6 a year before.", "5.6", 5.6, "percent"),
    ("Inflation was 6.4 percent in June versus 7.1 in May.", "7.1", 7.1, "percent"),
    ("The rate stood at 4.5%, up from 3.9 in 2022.", "3.9", 3.9, "percent"),
    ("Revenue hit $4.5 billion, compared with 3.9 a year earlier.", "3.9", 3.9e9, "USD"),
    ("Rainfall was 120 mm in May against 80 in April.", "80", 80.0, "millimeter"),
])
def test_an_earlier_level_set_against_a_figure_is_in_its_unit(text, surface, value, unit):
    assert _typed(text)[surface][:2] == (value, unit)


@pytest.mark.parametrize("text,surface", [
    ("Unemployment was 5.2% in 2023, compared with 2019 levels.", "5.2%"),  # a year is no level
])
def test_a_year_after_a_comparison_is_no_earlier_level(text, surface):
    typed = _typed(text)
    assert "2019" not in typed and typed[surface][1] == "percent"


@pytest.mark.parametrize("text,surface,value", [
    ("Growth was 3 and a half per cent.", "3 and a half per cent", 3.5),
    ("The deficit was 2 and a half billion dollars.", "2 and a half billion dollars", 2.5e9),
    ("The project took 2 and a half years.", "2 and a half years", 2.5),
])
def test_a_whole_in_digits_and_a_half_in_words_is_one_number(text, surface, value):
    assert _typed(text)[surface][0] == value


# --- a gapped list: the verb and the unit written once ---------------------------------------------

@pytest.mark.parametrize("text,surfaces,unit", [
    ("Inflation was 5.1% in Lagos, 4.8 in Abuja and 4.2 in Kano.", ("4.8", "4.2"), "percent"),
    ("GDP grew 3.2% in 2023, and 4.1 in 2024.", ("4.1",), "percent"),
    ("Cereals took 87.5% of the area, pulses 9.2 and oilseeds 3.3.", ("9.2", "3.3"), "percent"),
])
def test_a_bare_figure_in_a_gapped_list_is_in_the_first_items_unit(text, surfaces, unit):
    typed = _typed(text)
    assert all(typed[s][1] == unit for s in surfaces)


def test_a_level_after_a_change_is_no_gapped_item():
    typed = _typed("Prices rose 5%, to 120 dinars.")
    assert typed["120 dinars"][2] == "money"
