"""Units after the forty-third session's typed review (typed63, issue 9): amounts per a span the
article sets for its pay (a household's budget and the verbs of earning among its nouns), and
rates per so many of a population (the population's forms, and
the same rate's other levels set off or listed after it)."""

from __future__ import annotations

import pytest

from conftest import extracted


def _typed(text: str) -> dict[float, tuple[str, str]]:
    return {c.value: (c.unit, c.kind) for c in extracted(text, "2024-05-01")}


# --- the span the article quotes its pay in -----------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    # learned from a sum paid per a span, given to another noun of pay with none of its own
    ("Old-age pensions were raised to $650 a month. The minimum wage of $420 is now below the poverty line.",
     420.0, "USD / month"),
    # a household's budget: the poverty line and the cost of living are pay's measure too
    ("The cost of living of a single worker was put at 18,239 liras per month. "
     "The poverty threshold rose to 45,686 liras in November.", 45686.0, "TRY / month"),
    # the verbs of earning
    ("Workers earning $300 a month cannot afford rent. Most earn $250 and borrow the rest.",
     250.0, "USD / month"),
])
def test_pay_without_a_span_of_its_own_is_per_the_span_the_article_quotes_pay_in(text, value, unit):
    assert _typed(text)[value] == (unit, "money")


@pytest.mark.parametrize("text, value", [
    # the noun's own term: a year's income is printed bare
    ("Old-age pensions were raised to $650 a month. His annual income of $9,000 is taxed.", 9000.0),
    # pay in two spans: no one span for all of it
    ("Pensions were raised to $650 a month and the minimum wage to $12 an hour. The allowance of $80 is unchanged.",
     80.0),
    # an hourly wage is no span for the allowance beside it
    ("The minimum wage will increase from £7.13 an hour. The winter fuel allowance will be increased to £700.",
     700.0),
    # a total paid (a scale word) is no rate
    ("Old-age pensions were raised to $650 a month. Wages of $5 million were paid.", 5_000_000.0),
])
def test_pay_with_its_own_term_or_no_single_span_is_left_bare(text, value):
    assert " / " not in _typed(text)[value][0]


# --- rates per so many of a population ----------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("The crude birth rate was 29.9 births/1000 of the population in 2020.", 29.9, "count / 1000 person"),
    ("The crude death rate stood at 7.1 per 1,000 population.", 7.1, "count / 1000 person"),
])
def test_a_rate_per_so_many_of_the_population_is_per_so_many_people(text, value, unit):
    assert _typed(text)[value] == (unit, "count")


@pytest.mark.parametrize("text, value, unit", [
    ("The birth rate was 12.1 per 1,000 population, compared with 12.8 a year earlier.", 12.8, "count / 1000 person"),
    ("The infant mortality rate was 23 per 1,000 live births, down from 27.", 27.0, "count / 1000 birth"),
    ("The fertility rate was 1.6 children per woman, compared with 1.8 in 2010.", 1.8, "count / woman"),
    ("The TB incidence rate was 45 per 100,000 people in 2020, up from 41 in 2019.", 41.0, "count / 100000 person"),
    # listed, each level with its own time
    ("The birth rate was 12.1 per 1000 population in 2020 and 12.8 in 2019.", 12.8, "count / 1000 person"),
    ("Arrivals averaged 1,200 tourists per week in 2023 and 1,050 in 2022.", 1050.0, "count / week"),
])
def test_a_population_rates_other_level_is_per_the_same_population(text, value, unit):
    assert _typed(text)[value] == (unit, "count")


def test_a_count_listed_after_a_plain_count_stays_a_count():
    assert _typed("The plant employed 1,000 people in 2020 and 1,200 in 2021.")[1200.0][0] == "count"
