"""Whose dollar a bare "$" is when a Canadian text names its province, not its country
(issue 9, mend after the forty-seventh set's scoring): "Alberta" itself (the pattern took
only "Albertan"), and the provinces' common abbreviations, "B.C." and "BC" ("B.C. budget",
"BC's deficit") and "P.E.I.", are places of Canada; an era's "500 BC" is not."""

from __future__ import annotations

import pytest

from conftest import by_surface

DAY = "2024-03-01"


@pytest.mark.parametrize("text,surface", [
    ("B.C. budget: $4.2B deficit forecast as province spends on health care\n"
     "The government expects to end the fiscal year with a deficit of $4.2 billion.", "$4.2 billion"),
    ("Wildfire spending is largely to blame for a $2.5 billion jump in BC's projected year-end deficit, "
     "according to the Province. The debt-to-GDP ratio remains among the lowest in Canada.", "$2.5 billion"),
    ("Alberta's budget: the province expects a surplus of $5.2 billion this year.", "$5.2 billion"),
    ("P.E.I. budget forecasts a smaller deficit\n"
     "The province forecasts a deficit of $90 million for the fiscal year.", "$90 million"),
])
def test_a_province_named_alone_makes_the_dollar_canadian(text, surface):
    assert by_surface(text, DAY, "unit")[surface] == "CAD"


def test_an_era_is_no_province():
    text = "Ruins from 500 BC drew tourists who spent $4.1 billion in the city last year."
    assert by_surface(text, DAY, "unit")["$4.1 billion"] == "USD"


@pytest.mark.parametrize("text,surface,unit", [
    ("The WCS-WTI discount peaked at more than $52 a barrel in October, after Alberta Premier Rachel Notley "
     "announced that the province would impose curtailments.", "more than $52 a barrel", "USD / barrel"),
    ("B.C. budget: the province assumes oil at $70 a barrel\nRevenue is forecast at $80 billion.",
     "$70 a barrel", "USD / barrel"),
    ("Alberta's budget assumes a producer price of C$60 a barrel for its heavy crude.", "C$60 a barrel", "CAD / barrel"),
])
def test_crude_priced_with_a_bare_dollar_is_in_us_dollars(text, surface, unit):
    # crude is priced in US dollars the world over; a prefixed dollar keeps its own
    assert by_surface(text, DAY, "unit")[surface] == unit
