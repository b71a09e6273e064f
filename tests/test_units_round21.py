"""What the tenth held-out set printed that the grammar lacked (after its scoring; our own
sentences): TEUs, the metric tonne as 'mt', the bushel as 'bu'/'bus', a currency after an
abbreviated scale and its dot, the 'GY$' prefix, a balance premodified with no article."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article

from conftest import by_surface


DAY = "2024-03-01"


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The port handled 1.68 million TEUs last year.", "1.68 million TEUs", 1.68e6, "TEU"),
    ("Throughput reached 750,634 twenty-foot equivalent units.", "750,634 twenty-foot equivalent units", 750634, "TEU"),
    ("The mine shipped 30,000 mt of copper concentrate.", "30,000 mt", 30000, "tonne"),
    ("Wheat stocks were 1.1 billion bus on March 1.", "1.1 billion bus", 1.1e9, "bushel"),
    ("Yields averaged 52 bu per acre.", "52 bu per acre", 52, None),
    ("Exports rose to 482.7 mln. manats in 2023.", "482.7 mln. manats", 4.827e8, "AZN"),
    ("Revenue was GY$26.73 billion in 2023.", "GY$26.73 billion", 2.673e10, "GYD"),
])
def test_units_the_lexicon_lacked(text, surface, value, unit):
    got = by_surface(text, DAY, "value", "unit", "kind")
    assert surface in got, got
    assert got[surface][0] == pytest.approx(value)
    if unit:
        assert got[surface][1] == unit


def test_a_bus_before_a_noun_is_a_vehicle():
    got = by_surface("The city added 200 bus routes in 2023.", DAY, "value", "unit", "kind")
    assert all(u != "bushel" for _, u, _ in got.values())


@pytest.mark.parametrize("sentence", [
    "The bloc's goods trade recorded €12.1 billion deficit in August.",
    "The bloc's goods trade recorded €12.1 billion ($13.3 billion) deficit in August.",
])
def test_a_balance_premodified_without_an_article_names_the_figure(sentence):
    article = Article(id="t", path="t.txt", text=sentence, sha256="0", date="2019-10-16")
    claim = next(c for c in extract(article) if c.surface == "€12.1 billion")
    assert claim.metric == "deficit"
