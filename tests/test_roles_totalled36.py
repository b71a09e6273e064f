"""A level stated by a verb of totalling, then restated as a change "or N percent more"
(round 36: the tool's role against gold's, three outlets)."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface

DAY = "2019-12-20"


@pytest.mark.parametrize("sentence, level, growth", [
    ("Exports totalled 12.5 billion dollars or 8.2 percent more, the office said.", "12.5 billion dollars", "8.2 percent"),
    ("Revenue amounted to $4.1 billion, or 3 percent more, in the first half.", "$4.1 billion", "3 percent"),
    ("Tourists realized 820,500 overnight stays, which is 6.1% more compared to the same period last year.",
     "820,500 overnight stays", "6.1%"),
])
def test_a_totalled_level_stays_a_level_beside_its_growth(sentence, level, growth):
    c = frames_by_surface(sentence, DAY)
    assert (c[level].role, c[growth].role, c[growth].direction) == ("level", "growth", "up")


def test_a_level_equalled_stays_a_level_beside_its_bracketed_fall():
    c = frames_by_surface("The exports equalled USD 2 310.4 million (4.2 percent lower), while the imports "
                          "stood at USD 3 118.9 million (2.7 percent lower).", DAY)
    assert (c["USD 2 310.4 million"].role, c["4.2 percent"].role, c["4.2 percent"].direction) == ("level", "growth", "down")


def test_a_count_that_is_the_difference_stays_a_change():
    c = frames_by_surface("Arrivals slipped in June: there were 412, or 18.5 percent fewer Germans than a year before.", DAY)
    assert c["412"].role == "change"
