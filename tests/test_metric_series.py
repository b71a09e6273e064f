"""The series a figure measures, for classes of phrasing that left the metric empty or
named only 'how much' on the spent k–o set, each in sentences of our own, with the
neighbouring phrasing that keeps its old reading: a verb of trade before an empty head ('exported
goods in the amount of'), a relative clause after the figure ('$391m the country spent on
imports'), a verb of takings whose subject is the series ('exports earned $220m'), levels
'up from … to …' after a growth, a time aside between commas, a fronted topic taken up by a
pronoun ('As for imports, they …'), 'records $34m as revenue collection', and a preposition
left at the head of a metric ('ended in a surplus of')."""

import pytest

from conftest import by_surface


DAY = "2023-03-15"


@pytest.mark.parametrize("text,expected", [
    ("In May, Estonia exported goods in the amount of EUR 1.41 bln and imported in the amount of EUR 1.62 bln.",
     {"EUR 1.41 bln": "exports", "EUR 1.62 bln": "imports"}),
    ("Of the total, $212.6m the country spent on imports and $48.1m it earned from exports and $7.9m from re-exports.",
     {"$212.6m": "imports", "$48.1m": "exports", "$7.9m": "re-exports"}),
    ("In the quarter, $204.5m was spent on imports, while exports earned $118.3m and re-exports $19.2m.",
     {"$118.3m": "exports"}),
    ("Malawi's exports grew by 4.1%, up from K912.4 billion in March to K949.8 billion in April.",
     {"K912.4 billion": "exports", "K949.8 billion": "exports"}),
    ("Georgian exports, in the reporting period, increased by $312 million.", {"$312 million": "Georgian exports"}),
    ("As for Omani imports, they decreased in the second quarter to 3.2 billion rials.", {"3.2 billion rials": "Omani imports"}),
    ("The revenue authority records US$21.7 million as customs collection for March 2021.", {"US$21.7 million": "customs collection"}),
    ("Slovenia's foreign trade ended in a surplus of EUR 214 million in February.", {"EUR 214 million": "surplus"}),
    ("Total revenue collected in the first six months of the fiscal year is US$88.2 million.", {"US$88.2 million": "revenue"}),
    # a relative clause's antecedent; the level a growth reached past its base adverbial; the
    # levels of a change restated in brackets
    ("All this resulted in a positive trade balance which stood at US$412 million in the quarter.",
     {"US$412 million": "positive trade balance"}),
    ("Exports added 2.3% on the year, reaching 31.8 billion levs in the period.", {"31.8 billion levs": "exports"}),
    ("Copper exports fell by 12.1 percent (K1.2 billion) from K9.9 billion in May to K8.7 billion in June, Zambia's agency said.",
     {"K9.9 billion": "copper exports", "K8.7 billion": "copper exports"}),
])
def test_series_named(text, expected):
    metrics = by_surface(text, DAY, "metric")
    assert {s: metrics[s] for s in expected} == expected


@pytest.mark.parametrize("text,surface,metric", [
    # a verb of takings keeps its own noun when its subject is no series
    ("The company earned $4.2 million in the quarter.", "$4.2 million", "earnings"),
    ("The government spent $3bn on roads.", "$3bn", "spending on roads"),
    # 'from' a series continues a list only after a joint
    ("Revenue from exports reached $5.1 billion.", "$5.1 billion", "revenue from exports"),
])
def test_neighbouring_phrasing(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric
