"""Metric naming, round 18: figures whose own words name no series (an adjective of size,
a demonstrative subject) take the series their statement is about instead of the stray
word or nothing; found on the spent held-out sets and written here in our own sentences."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2022-05-10"


@pytest.mark.parametrize("text, surface, metric", [
    # an adjective of size before a verbless change names nothing: the clause's subject does
    ("Exports also show a small decline from $4.2 billion in 2021 to $4.1 billion in 2022.", "$4.2 billion", "exports"),
    ("Remittances saw a strong rise to $870 million last year.", "$870 million", "remittances"),
    # a demonstrative subject restates the statement before: its figures are of that series
    ("Fish exports came to $310 million in 2021. That's an increase of $12 million, or 4% on 2020.",
     "$12 million", "fish exports"),
    ("Fish exports came to $310 million in 2021. That's an increase of $12 million, or 4% on 2020.",
     "4%", "fish exports growth"),
    ("The register counted 98,400 inhabitants in 2022. This represented a rise of 1.2% on the year.",
     "1.2%", "inhabitants growth"),
    # "an increase in value/volume" names a measure of the series before, not a series;
    # the volume is the one counted in tonnes, the value the one counted in money
    ("Chile shipped 410,000 tonnes of salmon worth $5.2 billion in 2022. This is an increase in value of "
     "$0.4 billion, and an increase in volume of 6 per cent.", "$0.4 billion", "shipments of salmon"),
    ("Chile shipped 410,000 tonnes of salmon worth $5.2 billion in 2022. This is an increase in value of "
     "$0.4 billion, and an increase in volume of 6 per cent.", "6 per cent", "shipments growth"),
    # a sentence's first figure, stated of the subject by a noun or verb of change
    ("The number of tourist arrivals to Fiji shows a fall of 9% on last year.", "9%",
     "number of tourist arrivals to Fiji decline"),
    ("Remittances to Samoa show a rise of 12% in the year.", "12%", "remittances to Samoa growth"),
])
def test_a_figure_without_a_series_word_takes_its_statements_series(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


def test_a_demonstrative_that_is_no_complement_restates_nothing():
    # "It was driven by £2bn of borrowing": the figure is not what the pronoun is
    metrics = by_surface("The deficit was £9bn in May. It was driven by £2bn of borrowing.", DAY, "metric")
    assert metrics["£2bn"] != "deficit"


def test_the_growth_reaching_a_total_stays_a_level():
    from factcheck.articles import Article
    from factcheck.extract import extract

    article = Article(id="t", path="t.txt", text="Spending is set to grow by $40 million, to a total of $900 million.",
                      sha256="0", date="2022-05-10")
    roles = {c.surface: c.role for c in extract(article)}
    assert roles["$900 million"] == "level"


@pytest.mark.parametrize("text, surface, metric", [
    # a later figure shares the series of its own clause, not the sentence's first subject
    ("Exports grew 4% to $3.1 billion and imports 6% to $2.9 billion.", "$2.9 billion", "imports"),
])
def test_the_opening_subject_names_only_the_first_figure(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


@pytest.mark.parametrize("text, surface, metric", [
    # a verb that moves its object to a level: the object reached the figure, not the subject
    ("Exports fell to $2.1 billion while imports rose to $5.4 billion, bringing the trade gap to $3.3 billion.",
     "$3.3 billion", "trade gap"),
    ("Weak demand drove the budget gap in the third quarter to $12 billion.", "$12 billion", "budget gap"),
    # a level reached 'to a record-high' is the series of the change before it, not of the clause before
    ("Imports rose 4 percent to $9.9 billion while exports climbed 7 percent to a record-high $8.8 billion.",
     "$8.8 billion", "exports"),
    # a particle or an idiom of approximation left before the figure names nothing (the idiom is
    # the figure's qualifier, so it opens the surface)
    ("Income turned out higher at $189 million.", "$189 million", "income"),
    ("Capital spending will be in the region of $66 million.", "in the region of $66 million", "capital spending"),
])
def test_the_series_a_figure_reaches_is_named_by_the_words_that_move_it(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


def test_a_verb_that_moves_nothing_keeps_its_subject():
    # "the deficit widened in May to": no object between the verb and 'to', and 'May'
    # after a preposition is the month, not the modal
    assert by_surface("The trade deficit widened in May to $4.1 billion.", DAY, "metric")["$4.1 billion"] == "trade deficit"
