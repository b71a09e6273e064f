"""Typed extraction, round 48 (issue 9): classes of the look groups' typed misses, written
here in our own sentences.

1. "K", "Le" and "SSP", signs no name or initial prints so, before a figure with a scale word
   are money even where the article names none of their countries (a desk's own copy: "the
   minister unveiled a K106.0 billion budget"): the named country's, else the member whose own
   name the text prints ("kina"), else the family's first. A bare sign with no scale stays
   nothing ("K500", "Grade K2"); other letters and codes still need their country ("M25
   billion", "AMD 5 billion").
2. A sign of two letters or more that is money only in its country's article is money there
   before any figure, set off by a space ("SSP 500" in a story from Juba).
3. The taka's "Tk" spaced from its figure ("Tk 12,500 a month"), and "cr" for crore after
   any currency counted in crores ("Rs 2,500 cr", "Tk2,500cr"); a bare crore amount is the
   rupee of the country the article names.
4. A stay's length in nights ("the average length of stay was 6 nights") is a span of time,
   not a tally of nights sold ("1.7 million nights", "45,000 guest nights").
5. A list of labels after one label word ("(Tables 1, 7, 13)", "Articles 12, 13 and 14")
   names tables and clauses, every number of it."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2024-03-15"


def typed(text: str) -> dict:
    return by_surface(text, DAY, "value", "unit", "kind")


# 1. a shared sign before a scale word, no country named

@pytest.mark.parametrize("text, surface, unit", [
    ("The finance minister unveiled a K48.3 billion budget in parliament on Friday.", "K48.3 billion", "ZMW"),
    ("Treasury said the K2.1bn allocation would go to roads.", "K2.1bn", "ZMW"),
    ("The minister said a K12 billion package was ready, the kina having steadied.", "K12 billion", "PGK"),
    ("The ministry approved a budget of SSP 740 billion for the coming year.", "SSP 740 billion", "SSP"),
    ("Revenue authorities collected Le 3.2 trillion in taxes last year.", "Le 3.2 trillion", "SLE"),
])
def test_a_shared_sign_before_a_scale_word_is_money(text, surface, unit):
    assert typed(text)[surface][1:] == (unit, "money")


@pytest.mark.parametrize("text", [
    "Fans paid K500 for a seat at the stadium.",
    "Grade K2 pupils sat the test with 40 others.",
    "The AMD 5 billion deal closed on Monday.",
    "The budget reached M25 billion.",
])
def test_a_shared_sign_with_no_scale_or_a_company_name_is_no_money(text):
    assert not any(kind == "money" for _, _, kind in typed(text).values())


# 2. a country's own sign set off by a space, in its article

def test_a_code_that_is_also_a_word_before_a_plain_figure_in_its_country():
    found = typed("In Juba, a sack of sorghum now costs SSP 9,500 at the main market.")
    assert found["SSP 9,500"] == (9500.0, "SSP", "money")


def test_the_same_code_before_a_plain_figure_elsewhere_stays_nothing():
    assert "SSP 9,500" not in typed("The model's SSP 9,500 scenario was run again.")


# 3. the taka and crores

def test_the_taka_set_off_by_a_space():
    found = typed("A garment worker now earns Tk 12,500 a month, up from Tk 8,000.")
    assert found["Tk 12,500 a month"][1:] == ("BDT / month", "money")
    assert found["Tk 8,000"] == (8000.0, "BDT / month", "money")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Dhaka's port earned Tk2,350cr in the year.", "Tk2,350cr", 2.35e10, "BDT"),
    ("The state spent Rs 4,120 cr on highways.", "Rs 4,120 cr", 4.12e10, "INR"),
])
def test_cr_is_a_crore_of_a_currency_counted_in_crores(text, surface, value, unit):
    assert typed(text)[surface] == (value, unit, "money")


def test_cr_after_another_currency_is_no_crore():
    assert typed("The fund holds $4,120 cr in bonds.")["$4,120"] == (4120.0, "USD", "money")


def test_a_bare_crore_is_the_rupee_of_the_country_named():
    found = typed("Colombo's port authority spent Rs. 350 per container, and tea exports came to 2,870 crore.")
    assert found["2,870 crore"][1:] == ("LKR", "money")


# 4. nights of a stay

@pytest.mark.parametrize("text, surface, value", [
    ("The average length of stay of visitors stood at 7 nights.", "7 nights", 7.0),
    ("Cruise guests stayed an average of 3.4 nights ashore.", "3.4 nights", 3.4),
])
def test_a_stay_in_nights_is_a_span(text, surface, value):
    assert typed(text)[surface] == (value, "night", "duration")


@pytest.mark.parametrize("text, surface", [
    ("Hotels recorded 2.3 million nights in the summer.", "2.3 million nights"),
    ("Campsites sold 48,000 guest nights in July.", "48,000 guest nights"),
])
def test_a_tally_of_nights_is_a_count(text, surface):
    assert typed(text)[surface][1:] == ("count", "count")


# 5. a list of labels

@pytest.mark.parametrize("text", [
    "Cargo rose 4.1 percent in the quarter (Tables 2, 9, 11).",
    "The bill rewrites Articles 21, 22 and 31 of the code, raising fees 4.1 percent.",
])
def test_a_list_of_labels_names_labels(text):
    assert set(typed(text)) == {"4.1 percent"}


def test_a_list_after_a_count_is_no_label_list():
    found = typed("The plant shed 1,200 jobs, and 300 more in May.")
    assert found["300"] == (300.0, "count", "count")


# 6. a table row of one-decimal figures after commas, in an article of decimal points

def test_a_row_of_comma_decimals_keeps_its_own_convention():
    text = ("Sales rose 2.8 percent to 18.0 billion manats in the half year, and services 3.1 percent.\n\n"
            "Group Sales, million manats Index, %\n"
            "Fuel 12 480,6 104,2\n"
            "Food 6 315,2 101,7\n")
    values = {v for v, _, _ in typed(text).values()}
    assert {12480.6, 104.2, 6315.2, 101.7} <= values


def test_a_list_of_figures_with_comma_groups_is_no_decimal_row():
    found = typed("Arrivals were 12,480 in May and 16,315 in June, up 4.2 percent.")
    assert found["12,480"][0] == 12480.0


# 7. a price's earlier level beyond the percentage of its change

@pytest.mark.parametrize("text, surface, unit", [
    ("The average price of a sack of cocoa was 96.40 dollars, 3.2% more than the $93.41 it fetched in 2022.", "$93.41",
     "USD / sack"),
    ("Tea fetched $3.18 per kg, up 6% from $3.00 a year earlier.", "$3.00", "USD / kilogram"),
])
def test_a_price_compared_past_its_change_keeps_its_denominator(text, surface, unit):
    assert typed(text)[surface][1] == unit


def test_a_sum_after_a_share_is_no_earlier_price():
    found = typed("Tea fetched $3.18 per kg, and 6% of sales were $3.00 million.")
    assert found["$3.00 million"][1] == "USD"


# 8. people named by an adjective after their count; a ratio after a verb of difference

@pytest.mark.parametrize("text, surface, value", [
    ("The unrest left nine dead and some 300 businesses looted.", "nine dead", 9.0),
    ("The bus crash left 14 injured, police said.", "14 injured", 14.0),
    ("The cyclone left 2,400 displaced across the islands.", "2,400 displaced", 2400.0),
])
def test_people_named_by_an_adjective_are_counted(text, surface, value):
    assert typed(text)[surface] == (value, "count", "count")


@pytest.mark.parametrize("verb", ["differ", "differed by"])
def test_n_times_after_a_verb_of_difference_is_a_ratio(verb):
    found = typed(f"The two agencies' figures {verb} nearly three times.")
    assert [(v, u, k) for v, u, k in found.values()] == [(3.0, "times", "multiplier")]


def test_n_times_after_a_verb_of_occurrence_stays_a_count():
    assert typed("The envoy visited Beijing three times.")["three times"][1:] == ("count", "count")


# 9. a bare scaled figure after words that count people is no sibling money

def test_a_figure_after_counted_people_keeps_its_count():
    found = typed("Cambodia's foreign visitor arrivals have climbed, topping 6.6 million last year and "
                  "bringing in receipts of $4.9 billion, the ministry said.")
    assert found["topping 6.6 million"][1:] == ("count", "count")


def test_a_figure_after_receipts_is_still_money():
    found = typed("Visitors spent $3 billion, and tourism receipts came to 4.2 billion.")
    assert found["4.2 billion"][1:] == ("USD", "money")
