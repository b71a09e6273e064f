"""A figure printed bare whose unit the phrase around it gives (issue 9): an index's level
after "index", a ratio's value, a charge's denominator later in the phrase, a span at the
end of the clause, a currency written on the second of two amounts, and a milestone "mark"
that is no Bosnian mark. Sentences in our own words."""

from __future__ import annotations

import pytest

from conftest import extracted


def _typed(text: str):
    claims = extracted(text, "2024-05-01")
    return [(c.surface, c.value, c.unit, c.kind) for c in claims]


def _has(typed, value, unit, kind) -> bool:
    return any(abs(v - value) <= 1e-9 * abs(value) and u == unit and k == kind for _, v, u, k in typed)


@pytest.mark.parametrize("text,value,unit,kind", [
    # an index's level or its change in points
    ("The consumer price index stood at 131.6 in June.", 131.6, "point", "measure"),
    ("The producer price index, which tracks factory gate prices, was 108.2 in May.", 108.2, "point", "measure"),
    ("The housing index rose to 97.4 from 95.1 a year earlier.", 97.4, "point", "measure"),
    ("The housing index rose to 97.4 from 95.1 a year earlier.", 95.1, "point", "measure"),
    ("The food index fell to 88.9, a 1.4 point decline on the month.", 1.4, "point", "measure"),
    # a ratio printed as a bare decimal
    ("The bank's liquidity coverage ratio was 1.35 at the end of June.", 1.35, "times", "multiplier"),
    ("The import cover ratio in 2023 improved to 0.82 (in 2022 - 0.71).", 0.82, "times", "multiplier"),
    ("The import cover ratio in 2023 improved to 0.82 (in 2022 - 0.71).", 0.71, "times", "multiplier"),
    # a charge whose denominator comes later in the phrase
    ("Drivers pay a $1.20 toll on each crossing of the bridge.", 1.2, "USD / crossing", "money"),
    ("The council set a €2.50 (£2.10) tourist tax on each night spent in the city.", 2.5, "EUR / night", "money"),
    ("The council set a €2.50 (£2.10) tourist tax on each night spent in the city.", 2.1, "GBP / night", "money"),
    # a span that ends the clause, or an adjective of time before the figure
    ("Some 1,200 migrants cross the border every day, officials said.", 1200, "count / day", "count"),
    ("The casino's weekly run-rate of HK$90 million held in May.", 90e6, "HKD / week", "money"),
    # the currency written on the second of two amounts
    ("Tax receipts climbed from 212.5 million to US$240.3 million in the quarter.", 212.5e6, "USD", "money"),
    ("Grants were 3.1 and €4.2 billion in the two years.", 3.1e9, "EUR", "money"),
    # a milestone, not a currency
    ("Exports crossed the $2 billion mark for the first time.", 2e9, "USD", "money"),
    ("Arrivals passed the 1 million mark in August.", 1e6, "count", "count"),
])
def test_a_bare_figure_takes_the_unit_its_phrase_gives(text, value, unit, kind):
    typed = _typed(text)
    assert _has(typed, value, unit, kind), typed


@pytest.mark.parametrize("text,value,unit", [
    ("The index ranked Kenya at 123 of 180 countries.", 123, "point"),     # a rank, not a level
    ("The index covers 45 countries.", 45, "point"),
    ("The ratio of 2.5 doctors per 1,000 people is low.", 2.5, "times"),  # a counted noun of its own
    ("Inflation was 4.2% in May and 12 people were hired each month.", 4.2, "percent / month"),
    ("Tax receipts climbed from 212.5 million people to US$240.3 million.", 212.5e6, "USD"),
])
def test_the_unit_is_not_given_where_the_phrase_does_not_give_it(text, value, unit):
    assert not any(abs(v - value) < 1e-9 * abs(value) and u == unit for _, v, u, _ in _typed(text)), _typed(text)


@pytest.mark.parametrize("text,value,unit", [
    # a list of bare amounts of a money series goes on in the currency of its first
    ("Kenya's exports reached KES 1.2 trillion in 2023. Tea and coffee exports totalled 180 billion and "
     "95 billion respectively.", 95e9, "KES"),
    # resources and grants are sums of money
    ("Domestic revenue rose to US$154.2 million. External resources fell by 8.3 million over the period.", 8.3e6, "USD"),
])
def test_a_bare_scaled_amount_of_a_money_series_takes_the_currency_in_force(text, value, unit):
    typed = _typed(text)
    assert _has(typed, value, unit, "money"), typed
