"""Classes the eighth held-out set (aj–an) showed at its one scoring, fixed after it (not
blind), each in our own sentences: a dollar named once by its prefix is the article's bare
"$"; a primary balance is not revenue minus spending; a range is no part of a share."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article
from test_relations import flagged, run

from conftest import by_surface


DAY = "2024-07-01"


@pytest.mark.parametrize("text, surface, unit", [
    ("The council approved extra spending of EC$12.4 million. Of it, $9,210,000 goes to roads and "
     "$3,190,000 to schools.", "$9,210,000", "XCD"),
    ("Visitors spent NZ$4.1 billion in the year. Cruise passengers spent $610 million of it.", "$610 million", "NZD"),
    # a US dollar marked "US$" too: the bare "$" is set apart from it, the one other dollar named
    # (typed59; as the Guyanese texts beside "G$" and "US$" read their bare "$")
    ("The fund holds EC$80 million and US$12 million. It paid $4 million in fees.", "$4 million", "XCD"),
])
def test_a_dollar_named_once_by_its_prefix_is_the_bare_dollar(text, surface, unit):
    assert by_surface(text, DAY, "unit")[surface] == unit


def test_a_primary_balance_is_not_revenue_minus_spending():
    text = ("Total revenue stood at Rs13.3 trillion against total expenditure of Rs20.5 trillion in the last "
            "fiscal year. The budget deficit was recorded at Rs7.2 trillion. The primary balance posted a surplus "
            "of Rs952.9 billion.")
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-07-20"))
    assert {c.surface: c.metric for c in claims}["Rs952.9 billion"] == "primary balance surplus"
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    # the overall balance is still revenue minus spending
    assert any(r.rule == "parts-total" and r.holds and r.result.claim.surface == "Rs7.2 trillion"
               for r in analysis.relations)


def test_a_range_is_no_part_of_a_share():
    text = ("Following the rise in oil prices, varying between US$60 and US$68 in the first quarter of 2024, fuel "
            "exports (representing 91.2% of the overall export value) totalled US$4.1 billion, up by 12%.")
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-04-20"))
    _, checks = run(claims)
    assert flagged(checks) == set()
