"""Units and kinds, round 50 (issue 9: read every number the news prints): a table whose
header names an amount's scale and currency and then a percentage ("Sales, in million manat
As % to 2023") over rows whose columns only spaces part; the last figure of such a row counts
nothing on the next line (that line is the next row's label); a rate of people per year whose
later level a verb of change gives ("… per annum fell to 150 people") is per year too. Our own
sentences."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str) -> list:
    return extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))


def _typed(text: str) -> dict[str, tuple[float, str, str]]:
    return {c.surface: (c.value, c.unit, c.kind) for c in _claims(text)}


# --- a spaced table under a header naming its columns' units ----------------------------------

_TABLE = ("Wholesale trade in Azerbaijan grew in the first quarter.\n\n"
          "Goods Sales, in million manat As % to January-March 2023\n"
          "Wholesale trade turnover 4 512,7 104,1\n"
          "food products 612,3  101,9\n"
          "building materials 1 208,0 106,4\n"
          "machines and tools 310,2 99,8\n"
          "fuels 700,9 102,2\n\n"
          "Most of the growth came from construction supplies.\n")


def test_a_spaced_tables_cells_take_their_columns_units():
    typed = _typed(_TABLE)
    assert typed["4 512,7"] == (4512.7e6, "AZN", "money")
    assert typed["612,3"] == (612.3e6, "AZN", "money")
    assert typed["1 208,0"] == (1208.0e6, "AZN", "money")
    assert typed["104,1"] == (104.1, "percent", "percent")
    assert typed["101,9"] == (101.9, "percent", "percent")
    assert typed["106,4"] == (106.4, "percent", "percent")
    assert typed["99,8"] == (99.8, "percent", "percent")


def test_a_rows_last_figure_counts_nothing_on_the_next_line():
    surfaces = {c.surface for c in _claims(_TABLE.replace("in million manat As % to", "by region"))}
    assert "104,1" in surfaces and "101,9" in surfaces
    assert not any("\n" in s for s in surfaces)


def test_a_header_without_a_percentage_column_leaves_the_cells_alone():
    text = ("Livestock on farms, in thousand head\n"
            "cattle 2 512 2 498\n"
            "sheep 8 120 8 344\n")
    assert all(c.kind != "money" and c.unit != "percent" for c in _claims(text))


# --- a rate's later level after a verb of change --------------------------------------------

def test_a_count_per_year_that_fell_to_a_later_level_is_per_year_too():
    typed = _typed("The natural increase of 320 people per annum fell to 140 people over the following decade.")
    assert typed["140 people"][1] == "count / year"


def test_a_later_count_of_another_noun_is_not_the_rates():
    typed = _typed("The natural increase of 320 people per annum fell to 140 deaths over the following decade.")
    assert typed["140 deaths"][1] == "count"


def test_a_later_count_without_a_verb_of_change_is_not_the_rates():
    typed = _typed("The town gained 320 people per annum in the 1990s and 140 people arrived last year.")
    assert typed["140 people"][1] == "count"


# --- an exchange rate written with "one" -----------------------------------------------------

def test_an_exchange_rate_with_one_in_words_is_a_denominator_not_a_figure():
    typed = _typed("The debt fell by SRD6.5 billion (one SRD = 0.03 cents) in the first quarter.")
    assert typed["0.03 cents"][1] == "USD / SRD"
    assert "one SRD" not in typed


def test_one_before_a_currency_without_an_equation_stays_a_figure():
    typed = _typed("Each voucher is worth one SRD and 50,000 were printed.")
    assert "0.03 cents" not in typed and typed.get("one SRD", (None, "SRD"))[1] == "SRD"


# --- a bare amount in brackets converting another currency's ----------------------------------

_CONVERTED = ("Central bank data put travel receipts at $6.8 billion in the half year, against $4.9 billion. "
              "Visitors spent LE 218.1 billion (12.2 billion) in the country during 2018.")


def test_a_bare_bracketed_amount_of_another_size_is_in_the_articles_other_currency():
    typed = _typed(_CONVERTED)
    assert typed["LE 218.1 billion"][1] == "EGP"
    assert typed["12.2 billion"][1] == "USD"


def test_a_bare_bracketed_amount_of_the_same_size_restates_the_amount():
    typed = _typed(_CONVERTED.replace("(12.2 billion)", "(218.1 billion)"))
    assert typed["218.1 billion"][1] == "EGP"


def test_with_no_other_currency_in_the_article_the_bracket_keeps_the_amounts():
    typed = _typed("Visitors spent LE 218.1 billion (12.2 billion) in the country during 2018.")
    assert typed["12.2 billion"][1] == "EGP"
