"""Metric naming, round 17: shapes in which the tool named a figure's series with the words
around it rather than its own (the subject of the verb before an amount that a series noun
follows, the quantity of goods before 'worth', a dateline that opens the text),
found on the spent held-out sets and written here in our own sentences. Six cases failed
before; the last two guard neighbouring shapes that already read right."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2022-05-10"


@pytest.mark.parametrize("text, surface, metric", [
    # a series noun right after the amount names it, not the subject of the verb before
    ("Workers abroad sent US$ 3,204.7 million remittances in the first half.", "US$ 3,204.7 million", "remittances"),
    ("Farmers shipped $412 million exports of cocoa last season.", "$412 million", "exports"),
    # a quantity of the goods between the verb and 'worth': the verb's noun of the goods
    ("Peru exported 1.4 million tonnes of copper worth $9.2 billion in 2021.", "$9.2 billion", "exports of copper"),
    ("The port imported about 300,000 barrels of diesel worth $41 million.", "$41 million", "imports of diesel"),
    # a dateline opens the text; the series comes after it
    ("NAIROBI- Kenya's trade deficit widened to $1.1 billion in March.", "$1.1 billion", "trade deficit"),
    ("DAKAR - Senegal's exports rose to $520 million in May.", "$520 million", "exports"),
    # neighbouring shapes that already read right
    ("Germany exported goods worth 117.8 billion euros.", "117.8 billion euros", "exports of goods"),
    ("The firm paid $5 million in taxes.", "$5 million", "payments in taxes"),
])
def test_the_figure_is_named_by_its_own_phrase(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric
