"""Time, round 54 (issue 8): a period carried from the wrong place, or a comparison base taken
for a figure's own time. Two classes found among the look groups' period misses, written here
in our own sentences.

1. "The same period in 2020", "the corresponding quarter last year" name the span the text is
   about, set back to an earlier year: a sentence whose figures are dated only so is the other
   side of a comparison, and the text stays on the span it is about. The figures after it that
   name no time keep that span, not the year before (their own figures keep the earlier year).
   A sentence that names an earlier year by itself ("In 2018, …") still turns the text to it.
2. "31% above the results of the same quarter last year": a base may be named by the noun of its
   figures ("the results of", "the outturn of", "the numbers of", as "the level of" before); it
   stays the base, never the figures' own period.
"""

from __future__ import annotations

import pytest
from conftest import by_surface


# 1. the other side of a comparison, dated by an anaphor, hands no time on

OPENING = "Tea exports in the first half of 2019 reached 120,000 tonnes. "


@pytest.mark.parametrize("middle", [
    "The same period in 2018 saw 110,000 tonnes shipped. ",
    "In the corresponding period of 2018, shipments came to 110,000 tonnes. ",
    "During the same period last year, 110,000 tonnes were shipped. ",
])
def test_figures_after_a_same_period_sentence_keep_the_span_the_text_is_about(middle):
    text = OPENING + middle + "Earnings from the crop came to $650 million."
    got = by_surface(text, "2019-07-20", "period")
    assert got["$650 million"] == "2019-H1"
    assert got["110,000 tonnes"] == "2018-H1"  # the anaphor's own figure keeps the earlier year


def test_a_sentence_naming_an_earlier_year_itself_still_turns_the_text_to_it():
    text = OPENING + "In 2018, shipments came to 210,000 tonnes. Earnings from the crop came to $1.1 billion."
    got = by_surface(text, "2019-07-20", "period")
    assert got["210,000 tonnes"] == "2018"
    assert got["$1.1 billion"] == "2018"


def test_a_same_period_base_of_a_growth_is_unchanged():
    text = OPENING + "That was 9% more than in the same period of 2018. Earnings came to $650 million."
    got = by_surface(text, "2019-07-20", "period", "base_period")
    assert got["9%"] == ("2019-H1", "2018-H1")
    assert got["$650 million"][0] == "2019-H1"


# 2. a base named by the noun of its figures

@pytest.mark.parametrize("noun", ["results", "outturn", "numbers"])
def test_a_base_named_by_its_figures_noun_is_no_period_of_the_figure(noun):
    text = ("Customs collections for the third quarter of 2022 were released on Friday. "
            f"Revenue was $54.2 million, which was $5.8 million or 12% above the {noun} of the same quarter last year.")
    got = by_surface(text, "2022-10-20", "period", "base_period")
    assert got["12%"] == ("2022-Q3", "2021-Q3")
    assert got["$5.8 million"][0] == "2022-Q3"


def test_a_noun_of_figures_before_no_time_is_no_base():
    text = ("Customs collections for the third quarter of 2022 were released on Friday. "
            "Revenue was $54.2 million, 12% above the results of the survey of traders in March.")
    assert by_surface(text, "2022-10-20", "base_period")["12%"] != "2022-03"
