"""Figures restated by an apposition of equivalence (frame58): "X, equivalent to Y", "X, an
equivalent of Y" put X another way, as "or" does; "equivalent" names no series."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _metric(text: str, surface: str):
    claims = extract(Article(id="t", path="t.txt", text="Headline\n\n" + text, sha256="0", date="2024-05-01"))
    return next(c.metric for c in claims if c.surface == surface)


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
