"""A change recorded in a non-restrictive relative clause ('…, which saw a drop of 8%')
is a change of the relative pronoun's antecedent: 'gas heaters, which saw a drop of 8%'
is the series of gas heaters. Read from the pronoun alone, it named nothing, and the
changes of two products of one market ('gas heaters', 'electric heaters') shared a key."""

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _metrics(text, day="2024-03-15"):
    return {c.surface: c.metric for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=day))}


@pytest.mark.parametrize("text,surface,expected", [
    ("Retailers struggled to sell gas heaters, which saw a drop of 8% last winter.", "8%", "gas heaters decline"),
    ("Shoppers turned to electric scooters, which recorded an increase of 41 percent.", "41 percent", "electric scooters growth"),
])
def test_relative_change_takes_the_antecedent(text, surface, expected):
    assert _metrics(text)[surface] == expected
