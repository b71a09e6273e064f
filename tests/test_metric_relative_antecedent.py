"""A change recorded in a non-restrictive relative clause ('…, which saw a drop of 8%')
is a change of the relative pronoun's antecedent: 'gas heaters, which saw a drop of 8%'
is the series of gas heaters. Read from the pronoun alone, it named nothing, and the
changes of two products of one market ('gas heaters', 'electric heaters') shared a key."""

import pytest

from conftest import by_surface


DAY = "2024-03-15"


@pytest.mark.parametrize("text,surface,expected", [
    ("Retailers struggled to sell gas heaters, which saw a drop of 8% last winter.", "8%", "gas heaters decline"),
    ("Shoppers turned to electric scooters, which recorded an increase of 41 percent.", "41 percent", "electric scooters growth"),
])
def test_relative_change_takes_the_antecedent(text, surface, expected):
    assert by_surface(text, DAY, "metric")[surface] == expected
