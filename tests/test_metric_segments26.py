"""Metric naming, round 26: two series stated under one metric. Coordinated figures that
each carry a label of their own ('… for export and … for import', '- for households, -
for firms', '- fuel, - clothing') measure one series in as many segments; the label must
stay in each figure's metric, else the segments read as one series with two values."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article

from conftest import by_surface


DAY = "2022-05-10"


@pytest.mark.parametrize("text, labels", [
    # "for" + the flow after each figure in a bracket
    ("Chemicals hold large weights in the trade structure (18.5% for export and 12.1% for import).",
     {"18.5%": "export", "12.1%": "import"}),
    # a dash and "for" after each figure of a list of changes
    ("Credit to the economy rose by 6.4 percent - for households, by 2.9 percent - for firms in 2021.",
     {"6.4 percent": "households", "2.9 percent": "firms"}),
    # a dash and the item's noun after each share of a breakdown
    ("Of all outlays, 12.5 percent went on rent, 7.1 percent - fuel and lighting, 9.4 percent - clothing.",
     {"7.1 percent": "fuel and lighting", "9.4 percent": "clothing"}),
])
def test_each_figure_keeps_its_segment(text, labels):
    metrics = by_surface(text, DAY, "metric")
    for surface, label in labels.items():
        assert metrics[surface] and metrics[surface].endswith(label)
    assert len({metrics[s] for s in labels}) == len(labels)


def test_a_figure_named_by_its_flow_alone_takes_the_series_of_its_partner():
    # the second figure's metric is its label alone: it shares the first figure's series
    metrics = by_surface("The value of non-EU trade in goods was 4.1 billion euros for exports and "
                         "6.3 billion euros for imports.", DAY, "metric")
    assert metrics["4.1 billion euros"].endswith("for exports")
    assert metrics["6.3 billion euros"] == metrics["4.1 billion euros"].replace("exports", "imports")


def _subjects(text: str) -> dict[str, list[str]]:
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2022-05-10")
    return {c.surface: c.subject for c in extract(article)}


def test_a_named_airline_is_the_subject_of_its_clause():
    # a name before the common noun "airline" is a carrier of its own, not the group's
    subjects = _subjects("The holding's revenue rose 9% to $20.1 billion. Skyways airline reported a profit of "
                         "$1.2 billion.")
    assert "Skyways airline" in subjects["$1.2 billion"]
    assert "Skyways airline" not in subjects["$20.1 billion"]
