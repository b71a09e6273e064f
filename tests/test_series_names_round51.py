"""One series, one name (issue 8), round 51: a comparand that repeats only the head of its
statement's name ("a surplus of $2.1 billion a year earlier" after "the merchandise trade
balance posted a surplus of $3.2 billion") is of the statement's series; an expletive
"there" after a fronted time or place ("In March there were 4,200 arrivals") is no name,
the counted noun is. Another series on the other side of the comparison (a balance of the
other sign, a budget or a total its own word tells apart) keeps its own name. Each in words
of our own."""

from __future__ import annotations

import pytest

from conftest import extracted


DAY = "2024-03-10"


def metrics(text: str) -> list:
    return [(c.surface, c.metric) for c in extracted(text, DAY)]


@pytest.mark.parametrize("text,named", [
    ("The goods trade balance showed a surplus of $1.4 billion in January, against a surplus of "
     "$0.9 billion a year earlier.", "goods trade balance surplus"),
    ("The primary balance recorded a deficit of 2.6 billion euros in the first half, compared with a "
     "deficit of 3.1 billion euros in the same half of 2022.", "primary balance deficit"),
    ("The current account posted a surplus of R12 billion in the quarter, up from a surplus of "
     "R8 billion in the quarter before.", "current account surplus"),
])
def test_a_comparand_named_by_the_head_is_the_statements_series(text, named):
    found = metrics(text)
    assert [m for _, m in found] == [named, named]


@pytest.mark.parametrize("text", [
    # the other sign: a surplus is no deficit
    "The goods trade balance showed a deficit of $1.4 billion in January, against a surplus of $0.9 billion a year earlier.",
    # a word of the comparand's that the statement's name lacks tells another series
    "The revised budget came to 940 billion francs, compared with the initial budget of 910 billion francs.",
    "Rice exports reached 2.1 million tonnes, against total exports of 6.8 million tonnes.",
])
def test_a_comparand_with_words_of_its_own_keeps_them(text):
    first, second = metrics(text)
    assert first[1] != second[1]


@pytest.mark.parametrize("text,named", [
    ("In March there were 4,200 vehicles registered for the first time.", "vehicles"),
    ("Last year there were 1,310 business insolvencies.", "business insolvencies"),
    ("At the end of the quarter there were 31 licensed banks.", "licensed banks"),
])
def test_an_expletive_there_after_a_fronted_phrase_is_no_name(text, named):
    assert metrics(text)[0][1] == named


def test_an_expletive_there_is_no_name_when_no_noun_is_counted():
    # the figure's noun is not read ("newly registered"): better no name than the time's
    assert metrics("In March there were 4,200 newly registered vehicles.")[0][1] is None


def test_a_fronted_time_gives_its_name_to_a_later_bare_figure():
    found = metrics("In April there were 18,450 arrivals by sea, and in May there were 21,300.")
    assert [m for _, m in found] == ["arrivals by sea", "arrivals by sea"]


def test_an_adverb_there_after_a_subject_leaves_the_subject():
    found = metrics("In the first half the production of cement there declined 12.4 percent.")
    assert found[0][1] == "production of cement decline"


@pytest.mark.parametrize("text,named", [
    # "This compares with …": the demonstrative restates the statement before
    ("Remittance inflows totalled $2.4 billion in May. This compares with $2.1 billion a year earlier.",
     "remittance inflows"),
    ("The value of copper output was $3.46 billion in 2022. This compares to a value of $2.97 billion in 2021.",
     "value of copper output"),
])
def test_this_compares_with_restates_the_statement_before(text, named):
    found = metrics(text)
    assert found[-1][1] == named


# --- a restated figure named by the head alone ---------------------------------------------------

@pytest.mark.parametrize("text,named", [
    ("The central government budget deficit widened to 1.84 trillion pesos in the first half. Officials said "
     "a deficit of 1.84 trillion pesos was within the plan.", "central government budget deficit"),
    ("Expenditures of the regional budget came to 4,518.6 million lari in 2023, the finance office said. "
     "Expenditures of 4,518.6 million lari were executed in full.", "expenditures of the regional budget"),
])
def test_a_restated_figure_named_by_the_head_takes_the_whole_name(text, named):
    found = metrics(text)
    assert [m for _, m in found] == [named, named]


@pytest.mark.parametrize("text", [
    # the full name's head is another noun: the figure is the recipients', not remittances'
    "The main recipients of the remittances received $61.73 million. Remittances of $61.73 million came "
    "from Australia.",
])
def test_a_restated_figure_keeps_its_short_name_when_the_whole_is_not_its(text):
    first, second = metrics(text)
    assert first[1] != second[1]
