"""A class read after the first scoring of the forty-fourth held-out set (hg–hj), phrased unlike
the article that showed it: the oil trades' barrel abbreviated to one letter after a slash."""

from conftest import by_surface


def test_a_price_per_b_after_a_slash_is_per_barrel():
    units = by_surface("Brent averaged $126/B in 2022 and $80/b in 2023, while output held at 1,000 b/d.",
                       "2024-01-01", "unit")
    assert units["$126/B"] == "USD / barrel"
    assert units["$80/b"] == "USD / barrel"
    assert units["1,000 b/d"] == "barrel / day"  # the lexicon's rate per day is untouched
