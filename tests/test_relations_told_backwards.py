"""A change told from its later end: the sentence compares an earlier figure against a later
one ("2019 saw 305,274 visits compared to 32,602 in 2020, marking an 89% decrease"). Our own
sentences, through extraction."""

from __future__ import annotations

from test_relations_flags28 import _flags  # through extraction and the relations engine


def test_a_change_compared_against_a_later_year_is_read_in_time_order(tmp_path):
    text = "Ruritania's port saw 305,274 visits in 2019, compared to 32,602 in 2020, marking an 89% decrease.\n"
    assert _flags(tmp_path, text) == []


def test_a_later_level_compared_against_an_earlier_one_is_still_held_to_its_growth(tmp_path):
    text = "Ruritania's imports reached $4.4 billion in 2023, up 30% compared to $4.0 billion in 2022.\n"
    assert _flags(tmp_path, text)
    assert _flags(tmp_path, text.replace("30%", "10%")) == []


def test_a_quarter_told_against_a_later_year_elsewhere_is_read_in_time_order(tmp_path):
    text = ("Ruritania counted 1.2 million arrivals in 2023.\n\n"
            "The first quarter of 2019 saw 256,457 arrivals, marking a 17% decrease from the first quarter of 2020, "
            "which recorded 212,788.\n")
    assert _flags(tmp_path, text) == []



def test_a_word_of_change_that_goes_the_sentences_way_keeps_that_reading_alone(tmp_path):
    # "more than 2020" agrees with 2019 set against 2020: no other reading excuses a wrong rate
    text = "Ruritania's port saw 305,274 visits in 2019, compared to 32,602 in 2020, marking an 800% increase.\n"
    assert _flags(tmp_path, text)
    assert _flags(tmp_path, text.replace("800%", "836%")) == []
