"""Exchange rates and index levels read with their own units (issue 9, typed64).

An exchange rate is one currency per unit of another however news prints it: the rate named
with both its currencies before a bare figure ("the rupee-dollar exchange rate was 14.69"), a
sum followed by the other currency's sign or one unit of it ("N1,500/$", "SCR14.69/US$1"), a
sum per the other currency's name ("Rs83.2 against the US dollar", "83.2 rupees a dollar"),
what one unit of a currency buys or sells at ("the dollar sold at 1,700 kwacha", "US$1 buys
SCR14.69"), and the earlier level set after it ("to 83.5 against the greenback from 82.1").
An index named by its initials ("the CPI rose to 112.4") or moving by a bare figure ("the
index gained 45.6") is in its own points, not a count."""

from __future__ import annotations

import pytest

from conftest import by_surface


def _unit(text: str, surface: str) -> tuple[str, str]:
    got = by_surface("Markets\n\n" + text, "2024-05-15", "unit", "kind")
    return got[surface]


@pytest.mark.parametrize("text,surface,unit", [
    # the rate named with both its currencies, in any of its shapes
    ("The rupee-dollar exchange rate was 14.69 at the end of March.", "14.69", "INR / USD"),
    ("The USD/KES rate closed at 129.5 on Friday.", "129.5", "KES / USD"),
    ("The exchange rate of the cedi against the US dollar stood at 12.5 last week.", "12.5", "GHS / USD"),
    ("The shilling's exchange rate to the dollar averaged 129.5 in March.", "129.5", "KES / USD"),
    ("The euro-dollar rate ended the week at 1.09.", "1.09", "USD / EUR"),
    # a sum followed by the other currency's sign or one unit of it
    ("The naira fell to N1,500/$ on the parallel market.", "N1,500/$", "NGN / USD"),
    ("The average rate was SCR14.69/US$1 in March.", "SCR14.69", "SCR / USD"),
    ("The rupee was SCR14.69 for US$1 in March.", "SCR14.69", "SCR / USD"),
    ("US$1 buys SCR14.69 now, the bank said.", "SCR14.69", "SCR / USD"),
    # a sum per the other currency's name
    ("The rupee traded at Rs83.2 against the US dollar.", "Rs83.2 against the US dollar", "INR / USD"),
    ("The rate was 83.2 rupees a dollar in May.", "83.2 rupees a dollar", "INR / USD"),
    ("The official rate was 415 drams per dollar.", "415 drams per dollar", "AMD / USD"),
    ("The rupee closed at 83.2 per US$.", "83.2 per US$", "INR / USD"),
    # what one unit of a currency sells or goes for
    ("The dollar sold at 1,700 kwacha on the parallel market.", "1,700 kwacha", "ZMW / USD"),
    ("One US dollar now buys 1,700 kwacha.", "1,700 kwacha", "ZMW / USD"),
    # the rate's earlier level, a bare figure after it
    ("The rupee weakened to 83.5 against the greenback from 82.1.", "82.1", "INR / USD"),
])
def test_exchange_rate_is_currency_per_currency(text, surface, unit):
    assert _unit(text, surface) == (unit, "money")


@pytest.mark.parametrize("text,surface", [
    ("The CPI rose to 112.4 in March from 110.9.", "112.4"),
    ("The PMI fell to 48.2 in April.", "48.2"),
    ("The main index gained 45.6 to close at 6,512.3 on Friday.", "45.6"),
    ("The composite index rose by 2.1 to 112.4 in March.", "112.4"),
    ("The index averaged 104.5 in the first quarter.", "104.5"),
])
def test_index_level_or_change_is_in_points(text, surface):
    assert _unit(text, surface) == ("point", "measure")


def test_initials_name_an_index_not_a_rate_told_after_them():
    # a rate told between the initials and the figure: its "%" elided, no index level
    text = "The CPI rose to 112.4 in April. The CPI shows that monthly inflation was 2.73 percent, up from 0.84 in March."
    assert _unit(text, "112.4") == ("point", "measure")
    assert _unit(text, "0.84")[0] != "point"


def test_a_pound_of_weight_is_no_exchange_rate():
    text = "A pound of beef was worth 300 rupees at the market, while the dollar sold at 83 rupees."
    assert _unit(text, "300 rupees") == ("INR", "money")
    assert _unit(text, "83 rupees") == ("INR / USD", "money")

