"""One series, many names (issue 8): reference matching (`check`) and the relations engine
(`consistency`) read a series by one set of names — metric_words.yaml `phrase:` (publisher
vocabularies and abbreviations) and `same:` (nouns of one series) — through
matching.metrics.canonical_phrase and series_name_words; a modifier that tells two series
apart is never dropped to make them meet."""

import pytest

from factcheck.matching import canonical_phrase, phrases_score, series_name_words
from factcheck.relations.graph import series_words


@pytest.mark.parametrize("a,b", [
    # investment, public finance, national accounts, prices: a name and its initials
    ("FDI", "foreign direct investment"),
    ("foreign direct investments", "FDI"),
    ("VAT receipts", "value-added tax receipts"),
    ("value added tax revenue", "VAT revenue"),
    ("GST collections", "goods and services tax collections"),
    ("GNI", "gross national income"),
    ("PPI", "producer price index"),
    ("producer prices", "PPI"),
    ("PMI", "purchasing managers' index"),
    # a budget's balance by either name
    ("fiscal deficit", "budget deficit"),
    ("fiscal deficits", "budget deficit"),
    ("fiscal surplus", "budget surplus"),
    # the economy's size is GDP
    ("the economy", "GDP"),
    ("economic output", "gross domestic product"),
    # the balance of payments' name of remittances
    ("personal transfers", "remittances"),
    # a sale across the border is an export
    ("overseas sales", "exports"),
    ("export sales", "exports"),
])
def test_two_names_of_one_series_meet(a, b):
    assert phrases_score(a, b) >= 3
    assert series_words(a) == series_words(b)


@pytest.mark.parametrize("a,b,other", [
    ("personal transfers", "remittances", "remittance outflows"),
    ("FDI inflows", "foreign direct investment inflows", "FDI outflows"),
    ("fiscal deficit", "budget deficit", "budget surplus"),
    ("fiscal deficit", "budget deficit", "trade deficit"),
    ("overseas sales", "exports", "imports"),
    ("VAT revenue", "value added tax revenue", "income tax revenue"),
    ("export sales by air", "exports by air", "exports by rail"),
])
def test_two_names_meet_and_a_modifier_that_tells_series_apart_is_kept(a, b, other):
    assert phrases_score(a, b) >= 3 and series_words(a) == series_words(b)
    assert phrases_score(a, other) < 3 and series_words(a) != series_words(other)


@pytest.mark.parametrize("a,b", [
    ("shipments", "exports"),
    ("outbound shipments", "outbound exports"),
    ("jobs", "employment"),
    ("jobless rate", "unemployment rate"),
])
def test_the_relations_engine_reads_nouns_of_one_series_as_reference_matching_does(a, b):
    assert phrases_score(a, b) >= 3
    assert series_words(a) == series_words(b)


def test_a_surplus_and_a_deficit_stay_apart_for_relating():
    # reference matching reads either as the balance, unsigned; the relations engine composes
    # them with opposite signs: a fiscal deficit is a budget deficit, never a surplus
    assert series_words("fiscal deficit") == series_words("budget deficit")
    assert series_words("trade surplus") != series_words("trade deficit")
    assert series_words("trade balance") not in (series_words("trade surplus"), series_words("trade deficit"))


def test_a_noun_of_an_act_alone_is_no_series_for_relating():
    # 'collections' alone is what the extractor names a figure it could not name better:
    # read as revenue, it became the whole of 'tax receipts'
    assert series_words("collections") != series_words("revenue")
    assert series_words("entries") != series_words("tourists")
    # nor accrual expenses (nor a programme's spending) the budget's expenditure, nor a
    # projection the figure compared with it
    assert series_words("expenses") != series_words("expenditure")
    assert series_words("PSIP spending") != series_words("PSIP expenditure")
    assert series_words("projected revenue") != series_words("revenue versus projection")
    # while a noun of the series itself is read as reference matching reads it
    assert series_words("jobs") == series_words("employment")


def test_passenger_arrivals_stay_arrivals_for_relating():
    # 'cruise passenger arrivals' and 'air arrivals' add up to 'visitors'
    assert "tourist" in series_words("cruise passenger arrivals")
    assert phrases_score("passenger arrivals", "passengers") >= 3
    assert series_words("cruise passenger shipments") != series_words("cruise passenger arrivals")
    assert series_words("cruise shipments") == series_words("cruise exports")


def test_a_name_inflected_is_the_same_name():
    assert canonical_phrase("FDIs inflows").split() == ["foreign", "direct", "investment", "inflows"]
    assert series_name_words("Fiscal Deficits") == series_name_words("budget deficit")


def test_a_coordination_never_meets_one_of_its_series():
    # the warning: 'exports growth' is not 'growth of total imports and exports'
    assert phrases_score("exports growth", "growth of total imports and exports") == 0
    # while one of its series by another noun meets it
    assert phrases_score("shipments growth", "growth of exports") >= 3
    assert series_words("shipments growth") == series_words("growth of exports")
