"""Typed reading, round 29: a currency abbreviation closed by a full stop ("Kshs. 1.3
trillion"), a scale letter before a new sentence ("to €52.4m. January saw"), a local paper's
capital dateline naming its dollar, an amount repeated from an earlier sentence, a sentence
reckoned "in US dollar terms", a price's denominator kept by its change or earlier level,
the change of a pay in the same terms, a gapped clause's percentage and a unit written once
on the second of two scaled figures."""

from __future__ import annotations

import pytest
from test_typed_reading20 import _typed

from factcheck.extract.sentences import split_sentences


@pytest.mark.parametrize("text,surface,expected", [
    ("Uganda spent UShs. 2.4 trillion on roads last year.", "UShs. 2.4 trillion", (2.4e12, "UGX", "money")),
    ("Kenya's imports came to Kshs. 950 billion in the half.", "Kshs. 950 billion", (9.5e11, "KES", "money")),
    ("Tanzania collected TShs. 12 billion in levies.", "TShs. 12 billion", (1.2e10, "TZS", "money")),
])
def test_a_shilling_abbreviation_closed_by_a_stop(text, surface, expected):
    assert _typed(text)[surface] == expected


def test_a_stop_after_a_currency_abbreviation_ends_no_sentence():
    assert len(split_sentences("The fund holds Ksh. 40 billion in bonds.")) == 1


def test_a_scale_letter_glued_to_its_figure_ends_a_sentence_before_a_capital():
    text = "Sales rose from €12.1m to €14.3m. March saw a 5 per cent fall to €9.2m."
    assert [s.text[:5] for s in split_sentences(text)] == ["Sales", "March"]


def test_a_scale_letter_before_its_currency_name_stays_in_the_sentence():
    assert len(split_sentences("Profit reached 4.5m. euros in the year.")) == 1


def test_a_local_capital_dateline_names_the_dollar():
    text = "BELMOPAN, BELIZE — The nation's reserves climbed to $900 million in June."
    assert _typed(text)["$900 million"][1] == "BZD"


def test_a_wire_dateline_names_no_dollar():
    text = "SUVA (Reuters) - The miner raised $900 million in June."
    assert _typed(text)["$900 million"][1] == "USD"


def test_an_amount_repeated_from_the_headline_keeps_its_currency():
    text = ("Ministry: trade gap ZMW 4.2 billion, not ZMW 7.5 billion\n\n"
            "The minister believes that the figure in the plan is 4.2 billion and not 7.5 billion as critics claim.")
    typed = _typed(text)
    assert typed["4.2 billion"] == (4.2e9, "ZMW", "money")
    assert typed["7.5 billion"] == (7.5e9, "ZMW", "money")


def test_a_figure_of_another_value_takes_no_currency_from_the_headline():
    text = "Ministry: trade gap ZMW 4.2 billion\n\nThe town counts 1.3 million residents."
    assert _typed(text)["1.3 million residents"][1] == "count"


def test_a_sentence_reckoned_in_us_dollar_terms():
    text = "In US dollar terms, tea earnings rose 12% to 1.45 billion, against 180 billion rupees."
    assert _typed(text)["1.45 billion"] == (1.45e9, "USD", "money")


def test_a_sentence_in_local_currency_terms_names_no_currency():
    text = "In local currency terms, tea earnings rose 12% to 1.45 billion."
    assert _typed(text)["1.45 billion"][1] == "count"


@pytest.mark.parametrize("text,surface,unit", [
    ("Cotton fetched $1.35 per kg, down from the $1.52 last season.", "$1.52", "USD / kilogram"),
    ("The budget assumes crude at $68 a barrel, up $4 from this year.", "$4", "USD / barrel"),
    ("Shares closed at $12 a share, compared with $10 a year ago.", "$10", "USD / share"),
])
def test_a_price_keeps_its_denominator_in_its_change_and_earlier_level(text, surface, unit):
    assert _typed(text)[surface][1] == unit


def test_a_total_of_another_scale_is_no_price():
    assert _typed("Rent is $900 a month, up from $5 million.")["$5 million"][1] == "USD"


def test_the_change_of_a_pay_in_a_second_predicate_keeps_its_span():
    text = ("Average monthly wages stood at EUR 1,800.2 in the capital.\n"
            "The wage gap was EUR 310.4 and, over the year, increased by EUR 25.")
    assert _typed(text)["EUR 25"][1] == "EUR / month"


def test_a_new_subject_after_and_still_ends_the_chain():
    text = "Average monthly wages were EUR 900 and the firm paid EUR 40 in fees."
    assert _typed(text)["EUR 40"][1] == "EUR"


def test_a_gapped_clause_shares_its_percentage():
    text = "The youth rate climbed to 9.4 and the adult rate to 4.1 per cent."
    assert _typed(text)["9.4"] == (9.4, "percent", "percent")


def test_an_index_in_a_gapped_clause_keeps_its_points():
    text = "The index rose to 6.1 and the share of exports to 5.7 per cent."
    assert _typed(text)["6.1"][1] != "percent"


def test_a_measure_written_once_on_the_second_scaled_figure():
    text = "Cargo handled grew from 12.5 million to 14.2 million tonnes."
    assert _typed(text)["12.5 million"] == (12.5e6, "tonne", "measure")


def _periods(text: str) -> list:
    from factcheck.extract import extract
    from factcheck.models import Article

    art = Article(id="t", path="t.txt", text=text, sha256="0", date="2021-04-20")
    return [(c.surface, c.period) for c in extract(art)]


def test_a_from_to_pair_said_on_a_yearly_basis_spans_a_year():
    # once a scale letter ends its sentence, the pair has no percentage beside it to give its base
    text = "On a yearly basis, port revenue fell in March, from €8.1m to €7.9m. April saw a rise."
    assert _periods(text)[:2] == [("€8.1m", "2020-03"), ("€7.9m", "2021-03")]


def test_a_from_to_pair_with_no_yearly_word_takes_the_articles_base():
    # (period34) with no base word the pair's first figure is the base's, as implied_bases
    # gives it (a month against the one before); a revised or projected figure keeps one period
    text = "Port revenue fell in March, from €8.1m to €7.9m."
    assert _periods(text) == [("€8.1m", "2021-02"), ("€7.9m", "2021-03")]
    text = "Port revenue for March was revised from €8.1m to €7.9m."
    assert _periods(text) == [("€8.1m", "2021-03"), ("€7.9m", "2021-03")]
