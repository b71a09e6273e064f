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
