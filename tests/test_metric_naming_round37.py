"""Metric naming, round 37: a verb's subject named past a noun of size alone ('reached a total
of'), in our own sentences."""

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
