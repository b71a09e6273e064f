"""Subjects of a verb of change read past what stands between the series' noun and its verb
(frame58): a participle clause of coming, going or staying whose object is a place ("the number
of tourists visiting Malta in May rose"), and a deictic time or a season ("… this summer has
increased", "… thus far this year"). The place is the subject's; the series is the noun. A
place of no name ("staying in hotels") or a means ("arriving by air") tells one series from
another and stays in the metric."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _metric(text: str, surface: str):
    claims = extract(Article(id="t", path="t.txt", text="Headline\n\n" + text, sha256="0", date="2024-05-01"))
    return next(c.metric for c in claims if c.surface == surface)


@pytest.mark.parametrize("text, surface", [
    ("The number of tourists visiting Andorra la Vella, Andorra (Pyrenees) this summer has increased by 40%.", "40%"),
    ("The number of tourists visiting Malta in May rose by 28% compared to the same period last year.", "28%"),
    ("The number of tourists visiting the Maldives thus far this year has increased by 18.8 percent.", "18.8 percent"),
    ("The number of foreigners living in Switzerland has risen by nearly three per cent over the past year.",
     "nearly three per cent"),
])
def test_participle_on_a_place_is_not_the_series(text, surface):
    metric = _metric(text, surface)
    assert metric and metric.split()[:3] == ["number", "of", metric.split()[2]] and metric.split()[2] in ("tourists", "foreigners")


def test_island_is_the_articles_place_but_hotels_air_and_spending_stay():
    """The article's own place said as "the island" goes; what tells one series from another
    stays (guards on the same rule: they held before it too)."""
    assert "island" not in _metric("The number of foreign visitors coming to the island dropped by 9.3% in 2019.", "9.3%")
    assert "hotels" in (_metric("Local residents staying in hotels declined by 9.3 percent in May.", "9.3 percent") or "")
    assert "air" in (_metric("Visitors arriving by air rose 5% to 200,000 in May.", "200,000") or "")
    assert "spending" in (_metric("Visitor spending in Guam in 2019 reached $1.8 billion.", "$1.8 billion") or "")
    text = ("In May alone, the statistics reveal a decline of over 50% relative to the last season, falling from "
            "5,849 tonnes in 2012-2013 to only 2,268 in the present season.")
    assert _metric(text, "5,849 tonnes") != "relative"


@pytest.mark.parametrize("text, surface, series", [
    ("Domestic Tax Department contributed US$30.14 million or 67%, while the Department of Customs collected "
     "US$14.79 million, an equivalent of 33%.", "33%", "collections"),
    ("Exports recorded an increase of 3.3 billion riyals, equivalent to 8.6 percent, compared to the second quarter.",
     "8.6 percent", "exports"),
    ("A visible trade deficit of $13.7 billion, equivalent to 4.1% of the value of imports of goods, was recorded in May.",
     "4.1%", "visible trade deficit"),
])
def test_an_apposition_of_equivalence_restates_its_figure(text, surface, series):
    """"X, equivalent to Y", "X, an equivalent of Y": Y is X again (as after "or"), of X's series;
    "equivalent" names no series."""
    assert _metric(text, surface) == series
