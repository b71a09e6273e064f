"""Numbers the news prints that no rule had read (issue 9, typed33): amounts said in words with
their scales set off by commas ("976-million, 943-thousand 437 dollars"), the counts of a
thousands part and a units part ("637 thousand 700 unemployed"), the currencies the euro
replaced ("LTL 3.58 billion", "12 litai"), a rupee placed by its country's calendar where
no country is named, a dollar country whose only US mention is a partner, cents in the
qualified dollar a text prints, and a second clause whose subject stands for the first's
noun of pay ("and the female one was CZK 22,426")."""

from __future__ import annotations

import pytest
from conftest import by_surface


def _read(text: str, date: str = "2024-05-01") -> dict[str, tuple[float, str]]:
    return by_surface(text, date, "value", "unit")


@pytest.mark.parametrize("text,surface,value", [
    ("The estimates for the year come to 812-million, 305-thousand 214 dollars in all.",
     "812-million, 305-thousand 214 dollars", 812_305_214),
    ("Spending on wages is set at 64 million, 120 thousand, 905 dollars this year.",
     "64 million, 120 thousand, 905 dollars", 64_120_905),
    ("The ministry will get 31 million, 408 thousand and 12 dollars for roads.",
     "31 million, 408 thousand and 12 dollars", 31_408_012),
    ("The capital budget is 2 billion, 415 million dollars.", "2 billion, 415 million dollars", 2_415_000_000),
])
def test_an_amount_said_in_scales_set_off_by_commas_is_one_amount(text, surface, value):
    assert _read(text)[surface][0] == value


def test_a_list_of_amounts_with_commas_stays_a_list():
    got = _read("Sales were 5 million, 3 million and 2 million units in the three years.")
    assert {"5 million", "3 million"} <= set(got)
    got = _read("About 4 million, 200 thousand of them abroad, live in the capital.")
    assert got.get("About 4 million", (0,))[0] == 4_000_000


def test_a_count_said_in_thousands_and_units_is_one_count():
    got = _read("The number of jobless stood at 512 thousand 300 jobseekers in the second quarter.")
    assert got["512 thousand 300 jobseekers"] == (512_300, "count")


@pytest.mark.parametrize("text,surface,code", [
    ("Exports reached LTL 4.12 billion in the first quarter of 2012.", "LTL 4.12 billion", "LTL"),
    ("The budget deficit was EEK 310 million in 2009.", "EEK 310 million", "EEK"),
    ("A ticket cost 14 litai in 2010.", "14 litai", "LTL"),
    ("The car sold for 30,000 Deutschmarks in 1995.", "30,000 Deutschmarks", "DEM"),
    ("Rents rose to 90,000 pesetas a month in 1998.", "90,000 pesetas a month", "ESP / month"),
])
def test_a_currency_the_euro_replaced_is_read_by_its_code_and_its_name(text, surface, code):
    assert _read(text, "2012-05-01")[surface][1] == code


def test_a_rupee_is_placed_by_its_countrys_fiscal_calendar_where_no_country_is_named():
    text = ("Finance Minister presented a Rs1.2 trillion budget for the fiscal year 2023-24, beginning mid-July. "
            "Recurrent spending is estimated at Rs800 billion.")
    got = _read(text)
    assert got["Rs1.2 trillion"][1] == "NPR"
    assert got["Rs800 billion"][1] == "NPR"
    # a year that begins in April names no such calendar: the family's first, as before
    assert _read("The Rs1.2 trillion budget for the fiscal year beginning April was presented.")["Rs1.2 trillion"][1] == "INR"


def test_a_us_partner_does_not_keep_a_dollar_country_from_owning_its_series():
    text = ("Statistics office figures show Belize's Gross Domestic Product grew 3 percent: the value of goods and "
            "services stood at $640 million. Visitors from the US rose by 4 percent.")
    assert _read(text)["$640 million"][1] == "BZD"
    text = ("Belize's Gross Domestic Product grew 3 percent to $640 million, the United States embassy said.")
    assert _read(text)["$640 million"][1] == "USD"


def test_cents_are_the_qualified_dollar_a_text_prints_its_money_in():
    text = ("Net income fell to TT$2.6 million, or 17 cents per share, from TT$2.7 million. "
            "Revenue grew to TT$38.3 million. As of Jan. 26, US$1 was equivalent to TT$6.45.")
    assert _read(text)["17 cents per share"][1] == "TTD / share"
    # a bare "$" beside "US$" and "TT$" is set apart from the US dollar (typed59): the cents are TT$'s too
    text = "Net income fell to $2.6 million, or 17 cents per share, against US$1 of TT$6.45."
    assert _read(text)["17 cents per share"][1] == "TTD / share"


def test_a_second_clause_standing_for_the_first_noun_of_pay_keeps_its_span():
    text = ("The average gross monthly wage rose. The male median wage reached CZK 27,372 and the female one was "
            "CZK 22,426. The average wage reached CZK 27,589 and its increment was CZK 1,122.")
    got = _read(text)
    assert got["CZK 22,426"][1] == "CZK / month"
    assert got["CZK 1,122"][1] == "CZK / month"
    got = _read("The monthly rent was $500 and the deposit was $1,000.")
    assert got["$1,000"][1] == "USD"


def test_a_table_rows_bracketed_currency_makes_its_bare_cells_money():
    text = ("Halwa Foods reported higher profit for the half year.\n"
            "| Item | H1 2023 | H1 2024 | Change |\n|---|---|---|---|\n"
            "| Net Profit | 88.10 | 91.40 | 3.7 % |\n"
            "| Earnings per share (Riyals) | 0.41 | 0.45 | 9.8 % |\n"
            "| Dividend (KWD) | 12.5 | 13.0 | 4.0 % |\n")
    got = _read(text)
    assert got["0.41"] == (0.41, "SAR / share")
    assert got["13.0"] == (13.0, "KWD")
    assert got["88.10"][1] == "count"  # a row that names no currency stays bare


@pytest.mark.parametrize("text,surface", [
    ("Pension payments grew by about a quarter", "about a quarter"),  # a headline, no stop
    ("Deposits rose, which is by a quarter more against last year.", "a quarter"),
    ("Domestic guests made up over three quarters (74.1pct) of them.", "over three quarters"),
    ("The agency spent two-thirds ($1.2 billion) of the money it was given.", "two-thirds"),
])
def test_a_fraction_at_a_headlines_end_before_a_comparative_or_restated_in_brackets_is_a_percentage(text, surface):
    value, unit = _read(text)[surface]
    assert unit == "percent" and value in (25.0, 75.0, round(200 / 3, 4))


def test_quarters_restated_as_periods_stay_a_duration():
    assert _read("Output was weak for three quarters (Q1-Q3) of the year.")["three quarters"] == (9.0, "month")


def test_an_exchange_rate_said_in_words_is_a_rate_and_its_one_unit_no_figure():
    got = _read("As of March 3, US$1 was equivalent to J$155.20.")
    assert got["J$155.20"] == (155.2, "JMD / USD")
    assert "US$1" not in got
