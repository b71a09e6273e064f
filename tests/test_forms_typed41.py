"""Number forms after the twentieth scoring (typed41): a run of white space between a figure,
its scale word and its unit, and a currency's name printed before its figure as a sign."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str) -> list:
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _read(text: str) -> dict[str, tuple[float, str]]:
    return {c.surface: (c.value, c.unit) for c in _claims(text)}


# --- a run of white space inside an amount -------------------------------------------------
# Pages that justify or paste their copy leave two spaces, a tab, or a no-break or thin space
# between a figure and its scale word or unit. The text is never normalised: each claim's
# span is its own surface in the text.

@pytest.mark.parametrize("gap", ["  ", "\t", "\u00a0\u00a0", " \u00a0", "\u2009", "   "])
def test_a_run_of_white_space_before_the_scale_word_keeps_the_scale(gap):
    text = f"The port handled 3.1{gap}million tonnes of cargo in 2023, and fees brought in US$75.8{gap}million."
    got = _read(text)
    assert got[f"3.1{gap}million tonnes"] == (3_100_000.0, "tonne")
    assert got[f"US$75.8{gap}million"] == (75_800_000.0, "USD")


@pytest.mark.parametrize("gap", ["  ", "\t", "\u00a0\u00a0", "\u202f"])
def test_a_run_of_white_space_before_a_percent_or_a_currency_name(gap):
    text = f"Arrears stood at 129{gap}percent of the target, and the grant was 40{gap}billion{gap}euros in 2022."
    got = _read(text)
    assert got[f"129{gap}percent"] == (129.0, "percent")
    assert got[f"40{gap}billion{gap}euros"] == (40e9, "EUR")


def test_a_run_of_white_space_after_the_currency_sign():
    assert _read("Aid pledged reached €  40 million last year.")["€  40 million"] == (40e6, "EUR")


def test_spans_stay_true_to_the_text_across_the_run():
    text = "Output:  crude exports rose to 2.4  million barrels a day,\tup 5.2  per cent on 2022."
    for c in _claims(text):
        assert text[c.span[0]:c.span[1]] == c.surface
    got = _read(text)
    assert got["5.2  per cent"] == (5.2, "percent")


def test_a_line_break_between_a_figure_and_a_word_joins_nothing_new():
    # a table's cell and the next line's label stay apart: only spaces and tabs run
    got = _read("Visitors\n2,450\n\nmillion-dollar projects were announced in 2023.")
    assert not any("million" in s and s.startswith("2,450") for s in got)


# --- a currency's name before its figure ----------------------------------------------------

def test_a_currency_name_printed_as_a_sign_makes_money():
    got = _read("Albania's exports reached Lek 25 billion in 2019, and imports Lek 53 billion. "
                "Ethiopia set aside Birr 3 million for roads. Nigeria paid Naira 1.2 trillion in interest. "
                "The scheme costs Rupees 200 crore, India said.")
    assert got["Lek 25 billion"] == (25e9, "ALL")
    assert got["Lek 53 billion"] == (53e9, "ALL")
    assert got["Birr 3 million"] == (3e6, "ETB")
    assert got["Naira 1.2 trillion"] == (1.2e12, "NGN")
    assert got["Rupees 200 crore"] == (2e9, "INR")


def test_a_capitalised_name_before_a_figure_without_a_scale_word():
    got = _read("In Zambia, a bag of maize sold for Kwacha 140 at the depot, up from Kwacha 95.50 in May.")
    assert got["Kwacha 140"][1].startswith("ZMW")
    assert got["Kwacha 95.50"][1].startswith("ZMW")


def test_a_currency_name_used_as_a_noun_is_no_sign():
    got = _read("In Albania the lek fell 2 % against the euro in 2019.")
    assert got["2 %"] == (2.0, "percent")
    # a tournament, an emission standard: a name's number, no money
    got = _read("Euro 6 engines cut emissions by 30 percent, and the Euro 2020 final drew 60,000 fans.")
    assert not any(unit == "EUR" for _, unit in got.values())
    # a lower-case name before a bare figure is a noun ("the yuan 6.9 to the dollar")
    assert all(unit != "CNY" for _, unit in _read("The yuan 6.9 per dollar rate held in March.").values())


def test_a_name_that_closes_one_amount_is_not_the_sign_of_the_next():
    got = _read("Exports were 5 billion euros 20 percent more than in 2018.")
    assert got["5 billion euros"] == (5e9, "EUR")
    assert got["20 percent"] == (20.0, "percent")


def test_a_name_before_a_span_of_time_or_a_unit_is_no_sign():
    got = _read("Prices in Ghana: the cedi 12 months ago bought more, and Cedis 15 kilograms of rice cost more.")
    assert "GHS" not in {unit for _, unit in got.values()}


# --- an acronym's plural after a figure --------------------------------------------------------

def test_an_acronyms_plural_is_counted_not_read_as_a_folded_unit_symbol():
    got = _read("A coalition of eight political parties with 313 MPs was formed in 2023, backed by 40 NGOs.")
    assert got["313 MPs"] == (313.0, "count")
    assert got["40 NGOs"] == (40.0, "count")


def test_a_unit_symbol_in_its_own_case_or_in_capitals_stays_a_unit():
    assert _read("Wind reached 25 mps on the coast in 2020.")["25 mps"][1] == "meter / second"
    assert _read("Gusts of 30 MPS were measured in 2020.")["30 MPS"][1] == "meter / second"

