"""The dollar a bare "$" is, decided by the article's context (issue 9, typed59): a text that
marks the US dollar's sums "US$" sets its bare "$" apart as another dollar, that of the
country it is about or of the one other dollar it names by prefix; and a dollar country owns
a series named with any few words before its head ("Canada's federal deficit")."""

from __future__ import annotations

import pytest
from conftest import by_surface


def _unit(text: str, surface: str) -> str:
    return by_surface(text, "2024-05-01", "value", "unit")[surface][1]


@pytest.mark.parametrize("text,surface,unit", [
    # the country the text is about, named as its own
    ("Jamaica's tourism earnings reached US$4.2 billion last year. The government collected $12 billion in "
     "taxes from the sector.", "$12 billion", "JMD"),
    ("Visitors to Barbados spent US$1.1 billion. Barbados collected $410 million in room taxes, up from "
     "$380 million.", "$410 million", "BBD"),
    # the one other dollar it names by prefix, in any order
    ("The deal is worth J$1.2 billion. The firm also borrowed US$40 million. It will spend $300 million on plant.",
     "$300 million", "JMD"),
    ("The firm will spend $75 million on a new plant, financed by a US$20 million loan and a N$30 million grant.",
     "$75 million", "NAD"),
])
def test_a_bare_dollar_set_apart_from_a_marked_us_dollar_is_the_texts_own(text, surface, unit):
    assert _unit(text, surface) == unit


@pytest.mark.parametrize("text,surface,unit", [
    ("Canada's federal deficit is forecast at $40 billion this year.", "$40 billion", "CAD"),
    ("Hong Kong's retail sales fell 5% to $31.1 billion in May.", "$31.1 billion", "HKD"),
    ("Jamaica's net international reserves stood at $5.1 billion at the end of March.", "$5.1 billion", "JMD"),
])
def test_a_dollar_country_owns_a_series_named_with_modifiers_before_its_head(text, surface, unit):
    assert _unit(text, surface) == unit
