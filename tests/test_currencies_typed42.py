"""The currency a bare shared sign means in the article's own home (issue 9, typed42): a "$"
is the one "$"-printed currency the text names in words as its own (an exchange rate names
the home currency against the US dollar), else the dollar of the one dollar country the
article is about when it names no other and never the United States or its dollar; "Rs" is
Mauritius's where the text names it only in French ("le Mauricien"); and an amount in
brackets after a rate of change ("rose 4 percent (or $2 million)") restates that change in
the article's money instead of converting into US dollars."""

from __future__ import annotations

import pytest

from factcheck.extract.conventions import article_conventions
from conftest import by_surface


def _read(text: str, date: str = "2024-05-01") -> dict[str, tuple[float, str]]:
    return by_surface(text, date, "value", "unit")


def _dollar(text: str) -> str:
    return article_conventions(text)["dollar"]


# --- a "$"-printed currency named in words, the US dollar only as an exchange rate's other side

@pytest.mark.parametrize("text,code", [
    ("Pa'anga weakens\n\nThe Tongan pa'anga slipped 1.2 percent versus the US dollar in May. Aid pledged "
     "by donors came to $14 million.", "TOP"),
    ("The Fiji dollar held steady against the US dollar and the euro. Sugar cane growers were paid "
     "$52 million this season.", "FJD"),
    ("Families received $3.2 million more than a year before. The tala firmed against the US and "
     "Australian dollars, while the Samoan tala lost ground per New Zealand dollar.", "WST"),
])
def test_a_bare_dollar_is_the_currency_the_text_names_as_its_own(text, code):
    assert _dollar(text) == code


@pytest.mark.parametrize("text", [
    # the US dollar named as money the text counts, not as an exchange rate's other side
    "The Fiji dollar eased. Exporters earned $90 million in US dollars, the board said.",
    # two "$"-printed currencies named as the text's own
    "The Jamaican dollar and the Barbados dollar both fell. Tourism earned $40 million.",
    # a "US$" printed anywhere: a bare "$" beside it may be either
    "The Solomon Islands dollar eased against the US dollar. Logs fetched US$12 million, up $2 million.",
])
def test_a_bare_dollar_is_not_a_named_currency_beside_a_us_dollar_or_a_second_one(text):
    assert _dollar(text) == "USD"


# --- the dollar of the one dollar country the article is about

def test_a_bare_dollar_is_the_dollar_of_the_one_dollar_country_the_text_is_about():
    text = ("Retail sales slow\n\nSingapore's retail sales fell 2.1 percent in March to $3.8 billion, "
            "the Department of Statistics said. Singapore shoppers spent less on cars.")
    assert _dollar(text) == "SGD"
    assert _read(text)["$3.8 billion"] == (3.8e9, "SGD")


# (the figure's series not owned by the country: "Singapore's retail sales" is, typed59, and
# owning a series decides the dollar on its own)
@pytest.mark.parametrize("text", [
    # a second dollar country named
    "Singapore shoppers spent $3.8 billion as they flew to Australia. Singapore malls emptied.",
    # the United States named as a place
    "Singapore shoppers spent $3.8 billion. Singapore shoppers bought more from the United States online.",
    # the US dollar named
    "Singapore shoppers spent $3.8 billion. Singapore importers paid in US dollars.",
])
def test_a_bare_dollar_stays_us_where_the_text_names_another_dollar_country_or_the_us(text):
    assert _dollar(text) == "USD"


# --- Mauritius named only in French

def test_rs_is_the_mauritian_rupee_where_the_text_names_mauritius_in_french():
    text = ("Sugar exports slip\n\nSugar exports fell to Rs 9.4 billion last year, down from Rs 10.1 billion, "
            "according to figures quoted by l'Express and le Mauricien.")
    assert _read(text)["Rs 9.4 billion"] == (9.4e9, "MUR")


def test_rs_with_no_rupee_country_named_stays_the_indian_rupee():
    assert _read("Sugar exports fell to Rs 9.4 billion last year.")["Rs 9.4 billion"][1] == "INR"


# --- a rate of change restated as an amount in brackets

def test_an_amount_in_brackets_after_a_percentage_is_the_article_s_own_money():
    text = ("Central Bank of Samoa figures\n\nTourism earnings in Samoa rose 6.3 percent (or $2.4 million) to "
            "$40.1 million, the Central Bank of Samoa said; Samoan hotels were full.")
    got = _read(text)
    assert got["$2.4 million"] == (2.4e6, "WST")
    assert got["$40.1 million"] == (40.1e6, "WST")


def test_an_amount_in_brackets_after_a_foreign_amount_still_converts_into_us_dollars():
    text = ("Samoa's Central Bank reported that Samoa received 30 million Australian dollars ($20 million) "
            "from Canberra. Samoans welcomed it.")
    assert _read(text)["$20 million"][1] == "USD"


# --- a decimal point with a stray space before a percent

@pytest.mark.parametrize("text,surface,value", [
    ("Wages in the capital rose (+3. 8%) over the year.", "3. 8%", 3.8),
    ("Spending on fuel fell sharply, -12. 6 per cent, in May.", "12. 6 per cent", -12.6),
    ("The jobless rate in the north stood at 9 .7% in March.", "9 .7%", 9.7),
])
def test_a_decimal_point_with_a_stray_space_before_a_percent_is_one_figure(text, surface, value):
    got = _read(text)
    assert got[surface][0] == value, got
    assert by_surface(text, "2024-05-01", "precision")[surface] == 0.1


@pytest.mark.parametrize("text,first", [
    ("Output grew 2% in 2021. 6% of plants then shut.", "6%"),        # a sentence's end, then a new one
    ("Cases rose after COVID-19. 5% of staff were absent.", "5%"),    # a hyphen, not a minus
    ("Prices climbed by 3. 2% of shops raised them twice.", "2%"),     # no sign, no bracket: a stop
    ("The index stood at 1 .5 points and 2019 .5% was the goal.", None),
])
def test_a_stop_and_a_space_between_two_numbers_stays_two_numbers(text, first):
    got = _read(text)
    assert not any(" ." in s or ". " in s for s in got), got
    if first:
        assert first in got, got
