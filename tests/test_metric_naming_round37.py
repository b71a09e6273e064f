"""Metric naming, round 37: a verb's subject named past a noun of size alone ('reached a total
of') and past a date the figure counts up to ('as of August 15'), in our own sentences."""

from __future__ import annotations

from conftest import by_surface

DAY = "2024-05-01"


def metric(sentence: str) -> dict:
    return by_surface("Trade report\n\n" + sentence, DAY, "metric")


# --- "reached a total of": a noun of size alone names no series ------------------------------

def test_a_total_of_names_the_subject_of_the_verb():
    assert metric("Timber exports reached a total of $3.1 billion.")["$3.1 billion"] == "timber exports"
    assert metric("Receipts from copper sales amounted to a total of $710 million.")["$710 million"] \
        == "receipts from copper sales"
    assert metric("Cement output hit a record high of 4.2 million tonnes.")["4.2 million tonnes"] == "cement output"


def test_a_total_of_after_no_series_names_none():
    # a pronoun or an existential 'there' is no series: none is named rather than a wrong one
    got = metric("There were a total of 4,100 applications.")
    assert all(m not in ("there", "There") for m in got.values())


# --- "as of August 15": a date between the subject and its verb ------------------------------

def test_a_date_the_figure_counts_up_to_stands_between_subject_and_verb():
    assert metric("Foreign trade turnover as of September 30 reached $9.4 billion.")["$9.4 billion"] \
        == "foreign trade turnover"
    assert metric("Grain exports, as of March 10, stood at 2.2 million tonnes.")["2.2 million tonnes"] == "grain exports"
    assert metric("Imports up to October amounted to $7.7 billion.")["$7.7 billion"] == "imports"


def test_a_month_alone_is_still_no_series():
    got = metric("Between March and October, $7.7 billion was spent.")
    assert all((m or "").lower() not in ("october", "march") for m in got.values())
