"""Metric naming, round 23: levels a stated change of a series went from, to or stood at,
left with no series when an adverbial or a second verb came between them; found on the
spent held-out sets and written here in our own sentences."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2022-05-10"


@pytest.mark.parametrize("text, surface, metric", [
    # a time or manner adverbial between the change and the level it started from
    ("Copper exports rose 7.2 percent in March from $410 million to $440 million.", "$410 million", "copper exports"),
    ("Timber sales grew 4.1 percent on a quarterly basis from €88 million to €92 million.", "€88 million", "timber sales"),
    ("Rice imports fell 12 per cent during the period under review from 2.4 million tonnes.", "2.4 million tonnes",
     "rice imports"),
    # "by going down from": a gerund of the change's verb
    ("Fuel imports dropped by 18 per cent by going down from $9.1 billion to $7.5 billion.", "$9.1 billion", "fuel imports"),
    # a second, passive verb of recording that states the level
    ("Wool exports posted a fall of 6.5 per cent and were recorded at $1.4 billion in May.", "$1.4 billion", "wool exports"),
])
def test_a_level_of_a_stated_change_takes_its_series(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


def test_a_level_after_another_clause_keeps_its_own_series():
    # the level belongs to the clause after the conjunction, not to the change before it
    m = by_surface("Copper exports rose 7.2 percent in March, while nickel exports slipped from $300 million.", DAY, "metric")
    assert m["$300 million"] != "copper exports"
