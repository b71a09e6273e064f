"""Typed reading of units written once (round 20): a measure's change and earlier level set
off after it, a count and its share after "or", a bare "$" converted into US dollars, and
the crop reports' bushel before "as"/"than"."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article

from conftest import article_of


def _typed(text: str):
    art = article_of(text, "2025-01-10")
    return {c.surface: (round(c.value, 6), c.unit, c.kind) for c in extract(art)}


@pytest.mark.parametrize("text,surface,expected", [
    ("Maize output was 5,000 tonnes, up 1,000, or 25%, from 4,000 in 2023.", "1,000", (1000, "tonne", "measure")),
    ("Maize output was 5,000 tonnes, up 1,000, or 25%, from 4,000 in 2023.", "4,000", (4000, "tonne", "measure")),
    ("Rice exports came to 5.2 million tonnes, down 300,000, or 5%, from 5.5 million a year ago.",
     "5.5 million", (5.5e6, "tonne", "measure")),
    ("The mill ground 800 tonnes, up from 650 in 2023.", "650", (650, "tonne", "measure")),
])
def test_apposed_change_and_base_take_the_measures_unit(text, surface, expected):
    assert _typed(text)[surface] == expected


def test_a_count_set_off_before_its_share_is_no_percentage():
    assert _typed("Bookings fell by 412, or 18.5 percent fewer than last year.")["412"][1:] == ("count", "count")
    assert _typed("Members rose by 300, or 5%, to 6,300.")["300"][1:] == ("count", "count")
    # without the comma, two figures before "percent" stay a range of percentages
    assert [t[1:] for t in _typed("Prices rose 3 or 4 percent.").values()] == [("percent", "percent")]


def test_bare_dollar_converted_into_us_dollars_is_the_local_dollar():
    typed = _typed("Jamaica's tourism earned $450 billion (US$2.9 billion) in 2024, officials said. "
                   "The reserves are held at the Federal Reserve Bank of New York.")
    assert typed["$450 billion"][1] == "JMD" and typed["US$2.9 billion"][1] == "USD"


def test_bushels_before_as():
    typed = _typed("Analysts had expected 2,210 million bus as the average of trade estimates.")
    assert typed["2,210 million bus"] == (2.21e9, "bushel", "measure")


@pytest.mark.parametrize("text,surface,unit", [
    # a scale abbreviated with a stop, then a currency named with its country's adjective or its code
    ("The port earned 45 mln. Danish kroner last year.", "45 mln. Danish kroner", "DKK"),
    ("Imports totalled 1.2 bln. Kyrgyz soms in 2024.", "1.2 bln. Kyrgyz soms", "KGS"),
    ("The loan came to 30 mln. US dollars.", "30 mln. US dollars", "USD"),
    ("Exports were 45 mln. USD in 2024.", "45 mln. USD", "USD"),
])
def test_scale_abbreviation_with_a_stop_before_a_capitalised_currency(text, surface, unit):
    assert _typed(text)[surface][1:] == (unit, "money")
    # before any other capital the stop still ends the sentence
    assert _typed("Exports reached 45 mln. Imports were 3 bln. tons in 2024.")["3 bln. tons"] == (3e9, "tonne", "measure")


@pytest.mark.parametrize("text,surface,unit", [
    ("The zone reaches 200 nautical miles offshore.", "200 nautical miles", "nautical_mile"),
    ("The mine poured 45,000 oz of gold in 2024.", "45,000 oz", "troy_ounce"),
])
def test_spaced_units_news_prints(text, surface, unit):
    assert _typed(text)[surface][1:] == (unit, "measure")


def test_a_title_note_by_sign_and_scale_letter_types_the_cells_after_it():
    typed = _typed("Top buyers of Kenyan tea, 2024 (US$m) Buyer Value Share Pakistan 412.6 31.2% Egypt 180.4 13.6%\n"
                   "Source: the tea board.")
    assert typed["412.6"] == (412.6e6, "USD", "money") and typed["180.4"] == (180.4e6, "USD", "money")
    assert typed["31.2%"][1:] == ("percent", "percent")


def test_a_sign_note_ending_its_line_governs_the_rows_below():
    typed = _typed("Malta ran a smaller deficit in 2024, the ministry said.\nBudget outturn (€m)\n|Revenue\n|1,204.5\n"
                   "|Spending\n|1,310.2\nThe minister spoke at length about the figures, the paper said.")
    assert typed["1,204.5"] == (1204.5e6, "EUR", "money")


def test_a_redenominated_currency_keeps_its_old_code_before_the_change():
    text = "Growers were paid 2,500 dobras for a sack in Sao Tome."
    units = [c.unit for date in ("2000-03-10", "2024-03-10")
             for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=date))]
    assert units == ["STD", "STN"]
