"""Number forms the spent sets bi–bm and their elders still misread, by class, each row a
sentence of our own writing (issue 9): a grouped figure whose later groups a typesetter
set off by a stray space, and "won" that is a verb, not Korea's currency, in an article
that names no Korea."""

from __future__ import annotations

import pytest

from conftest import extracted


DAY = "2024-05-01"


@pytest.mark.parametrize("text,surface,value", [
    # a stray space after any group of a grouped figure: one number, never two
    ("Tax receipts came to 7,262, 400,000 lari over the eight months.", "7,262, 400,000", 7_262_400_000),
    ("Spending reached 3,800,000, 000 lari by August.", "3,800,000, 000", 3_800_000_000),
    ("The state paid 2,150,300, 125 dollars in pensions.", "2,150,300, 125", 2_150_300_125),
])
def test_stray_space_inside_a_grouped_figure(text, surface, value):
    claims = extracted(text, DAY)
    assert [c.value for c in claims if c.surface.startswith(surface)] == [value]
    # but a year and a figure stay two, and so do the items of a list of grouped figures
    assert [c.value for c in extracted("In 2022, 450,000 tourists came.", DAY) if c.value == 450_000] == [450_000]
    assert [c.value for c in extracted("Sales were 1,200, 3,400 and 5,600 units.", DAY)] == [1_200, 3_400, 5_600]


@pytest.mark.parametrize("text,surface", [
    ("The 400m won by Okafor was the meet's fastest. Sponsors put up $3 million.", "400m"),
    ("A tender of 250m won the contract for the Accra road; the budget is GH¢ 9 billion.", "250m"),
])
def test_won_as_a_verb_is_no_currency(text, surface):
    assert not [c for c in extracted(text, DAY) if c.surface.startswith(surface) and c.unit in ("KRW", "KPW")]
    assert not [c for c in extracted(text, DAY) if "won" in c.surface]
    # the currency still, after a spelled scale word or where the article names Korea
    assert [c.unit for c in extracted("Exports to the Gulf reached 4 trillion won, the ministry said.", DAY)] == ["KRW"]
    assert [c.unit for c in extracted("Seoul's budget grew by 700bn won.", DAY)] == ["KRW"]
