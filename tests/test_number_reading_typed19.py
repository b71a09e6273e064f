"""Classes of number reading the typed misses of the spent sets (u–y … ao–as) showed, fixed
in our own sentences: a unit after an abbreviated scale word and its dot, the misspelt
"tones", a Canadian province or an Australian state naming whose "$" a text prints, a unit
of sale in "the price of a box of …", a fortnight and an average between a figure and its
denominator, "year-on-year" after a figure, and a year compared after "more than"."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2021-06-10"


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Coal output reached 12 mln. tons in the first half.", "12 mln. tons", 12e6, "tonne"),
    ("Gas sales were 3.4 bln. cubic meters in May.", "3.4 bln. cubic meters", 3.4e9, "cubic_meter"),
    ("Cocoa shipments came to 2,150 tones in May.", "2,150 tones", 2150, "tonne"),
    ("Grain exports fell by 0.9 mln. tones over the year.", "0.9 mln. tones", 0.9e6, "tonne"),
])
def test_a_unit_after_an_abbreviated_scale_or_misspelt_tonnes_is_read(text, surface, value, unit):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.value, c.unit, c.kind) == (value, unit, "measure")


def test_tones_after_digits_weigh_and_after_a_number_word_do_not():
    c = frames_by_surface("Mills took 1,800 tones of cane. The painter mixed two tones of blue.", DAY)
    assert c["1,800 tones"].unit == "tonne" and all(x.unit != "tonne" for s, x in c.items() if "two" in s)


@pytest.mark.parametrize("text, surface, code", [
    ("Manitoba is forecasting a deficit of $310.2 million for the current fiscal year.\n\n"
     "Revenues are up by $120 million from the budget estimate.", "$310.2 million", "CAD"),
    ("Queensland posts a surplus of $1.2 billion\n\nThe state's treasurer said revenue rose.", "$1.2 billion", "AUD"),
])
def test_a_province_or_state_names_whose_dollar(text, surface, code):
    assert frames_by_surface(text, DAY)[surface].unit == code


def test_the_price_of_a_unit_of_sale_is_per_that_unit_not_a_range_of_goods():
    c = frames_by_surface("Last year the average price of a sack of maize was 31.50 dollars, up 6%. "
                          "The price of a range of goods rose to $5 million.", DAY)
    assert c["31.50 dollars"].unit == "USD / sack" and c["$5 million"].unit == "USD"


@pytest.mark.parametrize("text, surface, unit", [
    ("The wage subsidy costs $80 thousand a fortnight.", "$80 thousand a fortnight", "USD / fortnight"),
    ("The town grew by 120 people on average per year.", "120 people on average per year", "count / year"),
])
def test_a_fortnight_or_an_average_before_the_denominator(text, surface, unit):
    assert frames_by_surface(text, DAY)[surface].unit == unit


def test_year_on_year_after_a_figure_is_no_span():
    c = frames_by_surface("Ships calling at the port rose from 212 to 247 year-on-year.", DAY)
    assert c["247"].kind == "count" and c["212"].kind == "count"


def test_a_year_compared_after_more_than_is_no_claim():
    c = frames_by_surface("Visitors numbered 1,204,118 in 2019, which is 96,310 more than 2018.", DAY)
    assert "96,310" in c and not any("2018" in s for s in c)
