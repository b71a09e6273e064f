"""Periods, round 59 (issue 8): a figure that is timeless background inherits no period. Classes
found among the look groups' period misses (an undated background figure given the period the
text reports), written here in our own sentences.

1. The weight of a sector in a whole economy or in a world total, said with the present (or
   its participle) of a verb of constituting right before the share ("Remittances represent
   about 18 per cent of the country's GDP", "Fishing, contributing to 9% of total GDP",
   "Ruritania, which dominates over 60% of global supply"), in a sentence that names no time,
   looks ahead or reports a change. A share restating an amount said before it ("revenues
   came to €3.1 billion, representing 31% of GDP"), a deficit or a budget's share, and a
   dated sentence keep the text's period.
2. A place among the world's or a continent's producers said with a present copula ("Ruritania
   is the fourth largest cocoa producer in Africa").
3. A bracketed conversion note, "($1 = 605.3 CFA francs)": the rate the desk converted at.
"""

from __future__ import annotations

import pytest
from conftest import by_surface

_OPENING = "Remittances rose 12% to $1.4 billion in the first half of 2024. "


@pytest.mark.parametrize("sentence,surface", [
    ("Remittances represent about 18 per cent of the country's gross domestic product.", "about 18 per cent"),
    ("Fishing is the main resource of the islands, contributing to 9% of total GDP.", "9%"),
    ("Officials point to Ruritania, which dominates over 60% of global supply.", "over 60%"),
    ("Diaspora transfers account for about 15% of the national wealth.", "about 15%"),
    ("Ruritania is the fourth largest cocoa producer in Africa after Ghana and Nigeria.", "fourth largest"),
    ("Copper exports earned 2.1 billion kwacha ($1 = 17.25 kwacha).", "17.25 kwacha"),
])
def test_a_standing_fact_inherits_no_period(sentence, surface):
    got = by_surface(_OPENING + sentence, "2024-07-20", "period")
    assert got[surface] is None
    assert got["$1.4 billion"] == "2024-H1"


@pytest.mark.parametrize("standing,own,surface", [
    # a share restating an amount said before it
    ("Remittances represent about 18 per cent of the country's gross domestic product.",
     "Current revenues came to €3.1 billion, slightly below plan, representing 31% of GDP.", "31%"),
    # a deficit's or a budget's share of GDP is the text's own figure
    ("Diaspora transfers account for about 15% of the national wealth.",
     "The fiscal deficit is set at 4.5 percent of GDP.", "4.5 percent"),
    # a change
    ("Fishing is the main resource of the islands, contributing to 9% of total GDP.",
     "Transfers from Spain grew 8%, making up 11% of the national total.", "11%"),
    # a rank among the figures the text reports
    ("Ruritania is the fourth largest cocoa producer in Africa after Ghana and Nigeria.",
     "Spain is the second largest source with $210 million.", "$210 million"),
])
def test_the_texts_own_figures_keep_its_period(standing, own, surface):
    got = by_surface(_OPENING + standing + " " + own, "2024-07-20", "period")
    assert got[surface] == "2024-H1"
    assert None in got.values()  # the standing fact beside it is undated
