"""One series, one name (issue 8), round 50: where the tool names a series it names the one the
text means, no more and no less. A surplus or deficit posted by an account, a budget or a sector
is that holder's balance, not any balance; a year between an amount and its noun ("a $312.4
million FY2024 budget") leaves the noun to name it; an adverb that links the sentence ("The
trade balance therefore remains …") is no word of the series, nor is how an amount is measured
("a fall of $89.1 million in annual terms"); a mention of a restated figure
whose only words are its own place's ("Malta grew 15%") names no series and takes the name of
its other mention. Each in words of our own."""

from __future__ import annotations

import pytest

from conftest import extracted


DAY = "2024-03-10"


def metrics(text: str) -> list:
    return [(c.surface, c.metric) for c in extracted(text, DAY)]


@pytest.mark.parametrize("text,named", [
    ("The travel account posted a surplus of 640 million euros in April.", "travel account surplus"),
    ("The capital account recorded a deficit of 3.2 billion rand in the second quarter.", "capital account deficit"),
    # a sector's balance is that of what it is of: its exports less its imports
    ("Conversely, the oil and gas sector posted a deficit of $0.42 billion in May.", "oil and gas deficit"),
])
def test_a_balance_posted_by_its_holder_is_the_holders(text, named):
    assert metrics(text)[0][1] == named


def test_two_accounts_balances_are_two_series():
    found = metrics("The services account recorded a surplus of 1.2 billion euros in March, while the "
                    "goods account recorded a deficit of 2.3 billion euros.")
    assert [m for _, m in found] == ["services account surplus", "goods account deficit"]


@pytest.mark.parametrize("text", [
    # a place posts its balance: the subject, which the frame keeps apart
    "Kenya recorded a surplus of 4.4 billion dollars in 2023.",
    # one word of a holder names none
    "The sector recorded a surplus of 4.4 billion dollars in 2023.",
])
def test_a_balance_of_no_named_holder_stays_bare(text):
    assert metrics(text)[0][1] == "surplus"


@pytest.mark.parametrize("text", [
    "The minister introduced a $312.4 million FY2024 budget to parliament last week.",
    "The finance minister unveiled a K98.5 billion 2021 budget on Friday.",
    "The council tabled a $47 million 2023-24 budget on Tuesday.",
])
def test_a_year_between_an_amount_and_its_noun_leaves_the_noun_to_name_it(text):
    assert metrics(text)[0][1] == "budget"


def test_an_amount_before_a_year_and_no_noun_is_not_premodified():
    assert metrics("Exports were $3 billion in 2023, the office said.")[0][1] == "exports"


@pytest.mark.parametrize("text,named", [
    ("The trade balance therefore remains negative at 4.1 billion dollars.", "trade balance"),
    ("The current account thus stood at 2.2 billion euros in May.", "current account"),
])
def test_a_linking_adverb_after_the_subject_is_no_word_of_the_series(text, named):
    assert metrics(text)[0][1] == named


def test_a_restated_figure_named_by_its_place_alone_takes_its_other_mentions_name():
    found = metrics("Malta grew 15% in 2023.\n\nThe number of tourists to Malta rose 15% in 2023.")
    assert found[0][1] == found[1][1] == "number of tourists growth"


def test_two_series_with_one_value_in_one_place_stay_apart():
    found = metrics("Malta's exports rose 15% in 2023.\n\nImports to Malta rose 15% in 2023.")
    assert [m for _, m in found] == ["exports growth", "imports growth"]


def test_how_an_amount_is_measured_names_no_series():
    found = dict(metrics("Exports slipped 2.4 percent to $3.62 billion, a fall of $89.1 million in annual terms."))
    assert found["$89.1 million"] == found["$3.62 billion"] == "exports"


def test_a_series_after_an_amount_still_names_it():
    assert metrics("The island received $412 million in remittances last year.")[0][1] == "remittances"
