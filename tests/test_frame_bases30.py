"""Base-period classes found on the spent sets in round 30, each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("sentence, figure, direction, base", [
    # the base, then the size of the change alone in a bracket
    ("Visits by Polish guests rose the most compared to 2017 (by 41%).", "41%", "up", "2017"),
    ("Hotel revenue shows a fall compared with 2017 (8.3%), but remains above 2015.", "8.3%", "down", "2017"),
])
def test_a_percentage_bracketed_after_its_base_is_the_change(sentence, figure, direction, base):
    c = frames_by_surface("In 2018, visits rose. " + sentence, "2019-02-10")[figure]
    assert (c.role, c.direction, c.period, c.base_period) == ("growth", direction, "2018", base)
    # a level there is still the base's own reading
    level = frames_by_surface("In 2018, visits rose. Arrivals rose compared to 2017 (1.2 million).", "2019-02-10")["1.2 million"]
    assert (level.role, level.period) == ("level", "2017")
    # and readings with their own times are the base's, no change
    readings = frames_by_surface("In 2018, the completion rate of projects stood at 81.5%, an improvement compared "
                                 "to previous years (78.2% in 2017, 74.9% in 2016).", "2019-02-10")
    assert {readings[f].role for f in ("78.2%", "74.9%")} == {"rate"}


def test_a_named_list_after_a_bracketed_growth_carries_growths():
    c = frames_by_surface("In 2018, visits rose. Visits by Poles rose the most compared to 2017 (by 41%), "
                          "followed by Czechs (18%), Slovaks (9%) and Danes (4%).", "2019-02-10")
    for f in ("18%", "9%", "4%"):
        assert (c[f].role, c[f].direction, c[f].base_period) == ("growth", "up", "2017")


@pytest.mark.parametrize("plain, sequential", [
    ("Car exports fell 12% in the second quarter of 2018.",
     "Car exports fell 12% quarter-on-quarter in the second quarter of 2018."),
    ("In the second quarter of 2018, the economy grew by 0.6%.",
     "The economy posted quarterly growth of 0.6% in the second quarter of 2018."),
    ("Output rose 1.1% in the second quarter of 2018.",
     "Seasonally adjusted, output rose 1.1% in the second quarter of 2018."),
])
def test_a_quarter_with_no_stated_base_is_read_by_its_words(plain, sequential):
    """No words of sequence: the same quarter a year earlier; with them, the quarter before."""
    for sentence, base in ((plain, "2017-Q2"), (sequential, "2018-Q1")):
        growths = [f for f in frames_by_surface(sentence, "2018-08-20").values() if f.role == "growth"]
        assert [f.base_period for f in growths] == [base]


def test_a_quarter_follows_the_other_side_the_article_names_first():
    for sides, base in (
            ("narrower than $402 million in the first quarter of 2018 and $295 million in the second quarter of 2017", "2018-Q1"),
            ("wider than $295 million in the second quarter of 2017 and $402 million in the first quarter of 2018", "2017-Q2")):
        text = (f"The deficit in the second quarter of 2018 was $310 million, {sides}. "
                "Imports of fuel fell by 14% to $88 million.")
        assert frames_by_surface(text, "2018-08-20")["14%"].base_period == base
