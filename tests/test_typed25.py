"""Typed reading, round 25: whose money a bare "$" is when the text names its own country
only once, inside a public body's name, and never the United States."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2025-01-10"


# a text naming its country's own tax office counts in that country's dollar, when it never
# names the United States
@pytest.mark.parametrize("text,surface,unit", [
    ("The finance minister expects spending of $2.81 billion next year.\nThe Fiji Revenue and Customs Service will "
     "collect $412 million of it.", "$2.81 billion", "FJD"),
    ("Public debt is set to ease to $1.9 billion in the new fiscal year.\nThe Solomon Islands Customs Division "
     "plans a wharf.", "$1.9 billion", "SBD"),
])
def test_the_country_of_a_named_tax_office_decides_the_bare_dollar(text, surface, unit):
    assert frames_by_surface(text, DAY)[surface].unit == unit


# a glued "m" before a currency's code or capitalised name is millions of that currency
@pytest.mark.parametrize("sentence,surface,value,unit", [
    ("The port concession is worth 1,450m CFA (2.2m EUR) this year.", "1,450m CFA", 1.45e9, "XOF"),
    ("The refinery will cost 612m GBP over four years.", "612m GBP", 6.12e8, "GBP"),
])
def test_a_glued_million_before_a_currency_code_is_money(sentence, surface, value, unit):
    claim = frames_by_surface(sentence, DAY)[surface]
    assert (claim.value, claim.unit) == (value, unit)
