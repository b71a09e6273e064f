"""Period mechanisms of session 38 (period58), each in our own sentences: a time premodifying
the noun whose amount a figure states with 'of' ("the March 2030 figure of 2,045") dates that
figure and stays the base of the change measured against it; and whole years said with a bare
"the same period" in a text on part of a year are that part of those years."""

from __future__ import annotations

import pytest

from test_frame_periods41 import _frames


# -- a time premodifying the noun a figure states with 'of' ----------------------------------------

@pytest.mark.parametrize("text, date, figure, want", [
    # a month and year, a noun, 'of'
    ("Copra exports stood at $4.1 million in June 2031, down 12.5 percent from the revised June 2030 value of "
     "$4.7 million.", "2031-07-20", "$4.7 million", "2030-06"),
    # a year, an adjective, a plan noun
    ("Wage costs reached $61.2 million in 2031, compared to the 2030 approved budget of $58.4 million.",
     "2031-12-20", "$58.4 million", "2030"),
    # a fronted comparison, no article
    ("Compared to March 2030 deficit of $1.46 million, the trade balance worsened by 40 percent.",
     "2031-04-20", "$1.46 million", "2030-03"),
    # a record
    ("Salt output reached 3.6 million tons in 2031, down 5.9 percent compared to the 2029 record of 3.82 million tons.",
     "2032-02-10", "3.82 million tons", "2029"),
])
def test_a_time_premodifying_the_noun_of_a_figure_dates_it(text, date, figure, want):
    assert _frames(text, date)[figure][0] == want


def test_the_premodifying_base_stays_the_base_of_the_change():
    # "Compared to March 2030 deficit of …": the level is March 2030's, and the change after it
    # is still measured against March 2030, not the month before
    frames = _frames("In March 2031 the trade deficit rose to $2.05 million. Compared to March 2030 deficit of "
                     "$1.46 million, the trade balance worsened by 40 percent.", "2031-04-20")
    assert frames["$1.46 million"][0] == "2030-03"
    assert frames["40 percent"] == ("2031-03", "2030-03")


# -- whole years said with a bare "the same period" --------------------------------------------------

@pytest.mark.parametrize("text, date, figure, want", [
    # the deictic year, fronted
    ("Ruritania posted a trade surplus of $1.2 million in January-February 2031. Last year, Ruritania had a trade "
     "deficit of $0.4 million in the same period.", "2031-03-27", "$0.4 million", "2030-01/2030-02"),
    # a half, the year opening the sentence
    ("Consumer prices rose 1.2% in the first half of 2031. In 2030, they had risen 2.5% over the same period.",
     "2031-07-15", "2.5%", "2030-H1"),
    # a quarter
    ("Tuna landings rose to 8,200 tonnes in the second quarter of 2031. In 2030, landings were 7,900 tonnes "
     "over the same period.", "2031-07-15", "7,900 tonnes", "2030-Q2"),
])
def test_a_year_said_with_a_bare_same_period_is_that_part_of_the_year(text, date, figure, want):
    assert _frames(text, date)[figure][0] == want
