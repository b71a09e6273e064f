"""A rate's denominator printed away from its number (extract/rates.py): in the subject, or
after a conversion; and where it stops."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2024-05-01"


@pytest.mark.parametrize("text,surface,unit", [
    ("Average expenditure per tourist was $598.", "$598", "USD / person"),
    ("GDP per capita was $5,000 last year.", "$5,000", "USD / person"),
    ("Deaths per 100,000 people rose to 45.", "45", "count / 100000 person"),
    ("Exports per month averaged $5 billion.", "$5 billion", "USD / month"),
    ("Average hourly earnings rose by 4 cents to $25.25.", "$25.25", "USD / hour"),
    ("Average hourly earnings rose by 4 cents to $25.25.", "4 cents", "USD / hour"),
    ("Arrivals hit 51,594 tourists, a daily arrival average of 5,159.", "5,159", "count / day"),
    ("Daily production reached 9.5 million barrels.", "9.5 million barrels", "barrel / day"),
    ("The average room rate rose 1.2 per cent to S$221.", "S$221", "SGD / night"),
    ("Spending per person every night stood at 161 US dollars in 2017.", "161 US dollars", "USD / night"),
    ("Revenues reached their base level (8 trillion rubles, or $87.3 bln, per year).", "8 trillion rubles", "RUB / year"),
    ("Revenues reached their base level (8 trillion rubles, or $87.3 bln, per year).", "$87.3 bln", "USD / year"),
    ("Dinner costs €120 ($130) a head.", "€120", "EUR / person"),
])
def test_a_denominator_away_from_its_number(text, surface, unit):
    assert by_surface(text, DAY, "unit")[surface] == unit


@pytest.mark.parametrize("text,surface,unit", [
    ("GDP per capita grew 3.2% last year.", "3.2%", "percent"),                        # a change in per cent
    ("GDP per capita rose to $5,000 and exports reached $3 billion.", "$3 billion", "USD"),  # a new clause
    ("Exports per month averaged $5 billion, while imports were $4 billion.", "$4 billion", "USD"),
    ("Rooms cost $58 per night and the firm earned $4 million.", "$4 million", "USD"),  # the figure's own
    ("Average spending rose to $40 billion.", "$40 billion", "USD"),                   # no people named
    ("The 5 ministers met per protocol; they approved $2 billion.", "$2 billion", "USD"),
])
def test_where_a_denominator_does_not_reach(text, surface, unit):
    assert by_surface(text, DAY, "unit")[surface] == unit


def test_a_rate_restating_a_total_is_not_its_conversion():
    units = by_surface("Operating profit rose to $262 million, or 27 cents a share, from $173 million.", DAY, "unit")
    assert units["$262 million"] == "USD" and units["27 cents a share"] == "USD / share"


def test_average_spending_is_per_person_only_where_visitors_spend_it():
    assert by_surface("Tourists' average expenditure was $957.60, up 2.1 percent.", DAY, "unit")["$957.60"] == "USD / person"
    assert by_surface("Average spending on health rose to $5 billion, people said.", DAY, "unit")["$5 billion"] == "USD"


def test_per_capita_and_a_head_are_per_person_but_a_head_of_cattle_is_not():
    assert by_surface("Income per capita reached $5,200.", DAY, "unit")["$5,200"] == "USD / person"
    assert by_surface("Dinner costs €40 a head.", DAY, "unit")["€40 a head"] == "EUR / person"
    assert by_surface("Steers sold for $1,500 per head of cattle.", DAY, "unit")["$1,500 per head"] == "USD / head"


def test_a_sentence_that_opens_on_per_capita_gives_its_sums_per_person():
    units = by_surface("Per capita outlay in the spring fell to €310.5 from €322.0 a year before.", DAY, "unit")
    assert units["€310.5"] == "EUR / person" and units["€322.0"] == "EUR / person"


@pytest.mark.parametrize("text,surface,unit", [
    ("Coffee sold well. ($1 = 3,812.50 Ugandan shillings)", "3,812.50 Ugandan shillings", "UGX / USD"),
    ("The bank sold bonds (€1 = 1.08 US dollars).", "1.08 US dollars", "USD / EUR"),
])
def test_an_exchange_rate_printed_as_an_equation_is_per_the_unit_on_the_left(text, surface, unit):
    units = by_surface(text, DAY, "unit")
    assert units[surface] == unit
    assert not any(s in ("$1", "€1") for s in units)  # the one unit is the denominator, no figure


def test_a_sum_of_one_before_another_sum_without_an_equals_sign_stays_a_figure():
    units = by_surface("The ticket rose from $1 to €2 last year.", DAY, "unit")
    assert units["$1"] == "USD" and units["€2"] == "EUR"


def test_pay_the_article_quotes_monthly_is_monthly_where_it_is_named_again():
    text = ("Average monthly wages in the province stood at €1,410.2 in March.\n\n"
            "In the capital, wages reached €1,802.6, the highest of all regions.\n\n"
            "The wage bill of the state reached €2.4 billion.")
    units = by_surface(text, DAY, "unit")
    assert units["€1,410.2"] == "EUR / month" and units["€1,802.6"] == "EUR / month"
    assert units["€2.4 billion"] == "EUR"  # a total paid, no average


def test_pay_named_with_two_spans_in_one_article_takes_neither():
    text = ("Average monthly wages stood at €1,410.2 and weekly wages at €330.\n\n"
            "In the capital, wages reached €1,802.6.")
    assert by_surface(text, DAY, "unit")["€1,802.6"] == "EUR"


def test_pay_named_annual_is_printed_bare():
    text = ("Individuals will pay tax on annual earnings over £18,500.\n\n"
            "Couples pay on earnings over £37,000.")
    units = {s.split()[-1]: u for s, u in by_surface(text, DAY, "unit").items()}  # ("over £18,500": the hedge in the surface)
    assert units["£18,500"] == "GBP" and units["£37,000"] == "GBP"


def test_a_sentence_about_pay_quotes_all_its_plain_sums_in_its_one_term():
    text = ("Average net monthly earnings in the capital totalled EUR 1,468.1, and in the west, "
            "it amounted to EUR 1,233.3.\n\n"
            "An increase in the pension of $15, increasing the pension to $650 a month.\n\n"
            "The highest gross monthly earnings (EUR 2,398.8) were in Vilnius, the lowest (EUR 1,723.6) in Utena.")
    units = by_surface(text, DAY, "unit")
    assert units["EUR 1,233.3"] == "EUR / month" and units["EUR 1,723.6"] == "EUR / month"
    assert units["$15"] == "USD / month"


def test_a_pay_sentence_s_scaled_or_annual_sums_keep_their_own_terms():
    text = ("Monthly wages rose to €1,500 a month, and the annual bonus was €2,000, "
            "while the wage bill reached €2.4 billion.")
    units = by_surface(text, DAY, "unit")
    assert units["€2,000"] == "EUR" and units["€2.4 billion"] == "EUR"
