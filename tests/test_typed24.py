"""Typed reading, round 24: whose money a bare "$" is when the text names the US dollar
only as a currency."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str, date: str = "2025-01-10"):
    art = Article(id="t", path="t.txt", text=text, sha256="0", date=date)
    return {c.surface: c for c in extract(art)}


# "the US dollar" as one currency among others names no place: the headline's country still
# owns the bare "$"
@pytest.mark.parametrize("text,surface,unit", [
    ("Samoan tala weakens against the kiwi\n\nTourism receipts rose to $31.5 million in June. Receipts paid in "
     "New Zealand dollars grew, while those in US dollars fell.", "$31.5 million", "WST"),
    ("Fiji's sugar exports hold up\n\nSugar exports earned $95.2 million in the quarter, though the US dollar "
     "price of raw sugar slid.", "$95.2 million", "FJD"),
])
def test_the_us_dollar_named_as_a_currency_does_not_make_the_bare_dollar_american(text, surface, unit):
    assert _claims(text)[surface].unit == unit

