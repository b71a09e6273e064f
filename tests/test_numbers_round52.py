"""Figures grouped by dots ("1.696.617.000") read whole where a full stop ends the sentence
right after them, in articles of decimal points and of decimal commas alike."""

from __future__ import annotations

from conftest import checked_by_surface


def test_dot_grouped_figures_at_the_end_of_a_sentence_are_read(tmp_path):
    by = checked_by_surface("Exports of goods were 1.112.587.000, while imports were 1.696.617.000. The trade "
                         "deficit is 4.031.000.")
    assert by["1.696.617.000"].value == 1_696_617_000
    assert by["4.031.000"].value == 4_031_000


def test_a_single_dot_group_ends_a_sentence_of_a_decimal_comma_article(tmp_path):
    by = checked_by_surface("Inflation was 2,5 percent in 2031, while the deficit reached 4.031.")
    assert by["4.031"].value == 4031


def test_a_decimal_point_is_still_a_decimal_point(tmp_path):
    # one group of three after a point, in an article of decimal points: a decimal
    by = checked_by_surface("Exports were 1,112,587,000 in 2031, and the index rose by 4.031.")
    assert by["4.031"].value == 4.031


def test_a_currency_name_of_two_words_stands_before_its_figure(tmp_path):
    by = checked_by_surface("Workers' remittances were US dollars 123 million in July 2031, and reserves U.S. "
                         "dollars 2.0 billion.")
    assert by["US dollars 123 million"].unit == "USD" and by["US dollars 123 million"].value == 123e6
    assert by["U.S. dollars 2.0 billion"].unit == "USD"


def test_a_symbol_before_a_figure_is_still_no_name(tmp_path):
    # "DA" is a symbol the prefixes list; a bare two-letter word is never read as a name
    by = checked_by_surface("The index rose by OK 25 points in 2031.")
    assert all(c.kind != "money" for c in by.values())
