"""Number forms after the twenty-fourth scoring (typed44): a glued lower-case "m" or "b" with no
currency in a clause about money; a spaced "m" or "b" after a currency code or sign; a figure
grouped with an apostrophe and then a comma; a stray space after a thousands comma before a
scale word (already read: kept by a test)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str) -> list:
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _read(text: str) -> dict[str, tuple[float, str]]:
    return {c.surface: (c.value, c.unit) for c in _claims(text)}


def _values(text: str) -> set[float]:
    return {c.value for c in _claims(text)}


# --- a glued "m" or "b" in a clause about money ---------------------------------------------
# With no currency before or after it, a lower-case letter glued to a figure is a scale when
# the clause's noun or verb is one of money: no length or label is a profit or a budget.

@pytest.mark.parametrize("text, value", [
    ("The brewer booked a loss of 3.4b over the period.", 3.4e9),
    ("Dividends paid to holders came to 612m in the year.", 612e6),
    ("Spending on roads was cut to 1.25b, the ministry said.", 1.25e9),
    ("The club raised 48m from the sale of its stadium.", 48e6),
    ("Turnover slipped to 977m; margins held.", 977e6),
])
def test_a_glued_scale_letter_in_a_clause_about_money_is_a_scale(text, value):
    assert value in _values(text)


def test_the_article_money_is_given_to_the_scaled_figure():
    text = ("The Ghanaian cedi firmed after the miner's results. Gold Fields said its "
            "revenue rose to GH¢ 9.6bn, while profit climbed to 741m for the half.")
    got = {c.value: c for c in _claims(text)}
    assert got[741e6].kind == "money"
    assert got[741e6].unit == got[9.6e9].unit


@pytest.mark.parametrize("text, absent", [
    # a length: a dimension word after it, or a noun it modifies
    ("The resort's investment funds a pool 50m long.", 50e6),
    ("Its budget covers the 400m track and the stands.", 400e6),
    # a label: no money in its clause
    ("See Figure 5b, where the chart is drawn.", 5e9),
    # money named in another clause only: a distance, not an amount
    ("The club's profit rose; its striker ran 400m in training.", 400e6),
    ("Sales were flat, and the mayor swam 800m at dawn.", 800e6),
])
def test_a_glued_letter_outside_a_clause_about_money_is_no_scale(text, absent):
    assert absent not in _values(text)


# --- a spaced "m" or "b" after a currency ---------------------------------------------------

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The insurer set aside CHF 640 m in reserves during the quarter.", "CHF 640 m", 640e6, "CHF"),
    ("Bond sales of USD 2.75 b were arranged by the bank.", "USD 2.75 b", 2.75e9, "USD"),
    ("A grant of £ 12 m was approved by the council.", "£ 12 m", 12e6, "GBP"),
])
def test_a_spaced_scale_letter_after_a_currency_is_its_scale(text, surface, value, unit):
    got = _read(text)
    assert got[surface] == (value, unit)


@pytest.mark.parametrize("text, surface, value", [
    # a unit glued to the letter: a price per square metre, not millions
    ("Flats in the old town fetch EUR 5,100 m2 this spring.", "EUR 5,100", 5100.0),
    # a word the letter begins
    ("It costs $40 monthly to subscribe.", "$40", 40.0),
])
def test_a_spaced_letter_that_begins_a_unit_or_word_is_no_scale(text, surface, value):
    got = _read(text)
    assert got[surface][0] == value


# --- an apostrophe, then a comma, grouping thousands ----------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The canton's outlays reached 412’960,000 francs last year.", 412_960_000.0),
    ("Some 3'105,000 passengers crossed the pass.", 3_105_000.0),
    ("Deposits stood at 1’004’250,000 francs.", 1_004_250_000.0),
])
def test_an_apostrophe_then_a_comma_group_one_whole_number(text, value):
    assert value in _values(text)


@pytest.mark.parametrize("text, value", [
    # apostrophes alone still group ("1'250"), and a comma with a space after starts a list item
    ("Members numbered 8'440 in spring.", 8440.0),
    ("Visitors rose to 12’300, from 11’950, the board said.", 12300.0),
])
def test_apostrophe_groups_without_a_later_comma_read_as_before(text, value):
    assert value in _values(text)


# --- a stray space after a thousands comma, before a scale word ----------------------------

def test_a_stray_space_after_a_thousands_comma_before_a_scale_word():
    got = _read("Customs took in Rs 2, 614 billion over the year.")
    assert got["Rs 2, 614 billion"][0] == 2_614e9


# --- the same classes in their neighbouring forms -------------------------------------------

def test_a_glued_b_before_a_lower_case_currency_name_is_billions_of_it():
    got = _read("The port authority's books show 0,6b euros of new assets.")
    assert got["0,6b euros"] == (600e6, "EUR")


def test_a_glued_b_before_a_lower_case_word_that_is_no_currency_stays_no_scale():
    assert 7e9 not in _values("Seats in row 7b were empty on the flight.")


def test_a_spaced_capital_m_after_a_currency_is_millions():
    got = _read("The studio paid $ 18 M for the rights, the filing shows.")
    assert got["$ 18 M"] == (18e6, "USD")


def test_a_spaced_capital_m_that_begins_a_word_is_no_scale():
    got = _read("Advisers charged $5 M&A fees on the deal.")
    assert got["$5"][0] == 5.0


@pytest.mark.parametrize("text, value", [
    ("Fund assets reached CHF 3´480 million at the close.", 3_480e6),
    ("The valley counted 1´204´330 overnight stays.", 1_204_330.0),
])
def test_an_acute_accent_keyed_for_the_swiss_apostrophe_groups_thousands(text, value):
    assert value in _values(text)
