"""A change is later than what it is measured from (round 65): where the only time a
sentence names is its change's base ("since 2004"), the change is not of that time, nor of
an earlier one, even where the text before was about it; it is of the text's main period,
or of the like span of the article's year ("since"), or a year after the base. Our own
sentences."""

from __future__ import annotations

import pytest

from conftest import by_surface


@pytest.mark.parametrize("text,change,reached,start", [
    ("Growth was slower than what was projected back in 2004 (3.2% per year).\n"
     "The population of the district has grown by a third, from 175,730 to 241,331, since 2004.",
     "a third", "241,331", "175,730"),
    ("Output was far lower than what was forecast back in 2004 (4.1% per year).\n"
     "The number of hotel beds has risen by 40 percent, from 12,400 to 17,360, since 2004.",
     "40 percent", "17,360", "12,400"),
])
def test_a_change_counted_since_a_year_is_of_the_articles_year(text, change, reached, start):
    got = by_surface(text, "2010-11-15", "period", "base_period")
    assert got[change] == ("2010", "2004")
    assert got[reached][0] == "2010"  # the level the change reaches
    assert got[start][0] == "2004"  # the level it is from
