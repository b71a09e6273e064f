"""Periods of unseen text, eighth step (round 33; our own sentences): months a bracket
glosses, the first month of a fiscal year said without a count, the coming year of a
fiscal text, and a growth a relative clause on a base states."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("months", ["July-May", "July to May"])
def test_a_bracket_of_months_glosses_the_count_and_year_around_it(months):
    c = frames_by_surface(f"Pakistan's imports in the first 11 months ({months}) of the current fiscal year 2020-21 "
                          "rose 12.5 percent to $50.1 billion over the same period of the last fiscal year.",
                          "2021-06-03")
    assert c["$50.1 billion"].period == "2020-07/2021-05"
    assert c["12.5 percent"].base_period == "2019-07/2020-05"


@pytest.mark.parametrize("text,today,surface,period", [
    # a count with its bracket and no year: the bracket's months, the latest to have ended
    ("Pakistan's current account deficit was $2.1 billion in the first 11 months (July-May).", "2016-06-21",
     "$2.1 billion", "2015-07/2016-05"),
    # a season named by two years: the months of its bracket, not the place's fiscal year
    ("Ruritania expects to export 31.4 million tonnes of wheat in the 2022/23 marketing year (July-June).",
     "2022-11-02", "31.4 million tonnes", "2022-07/2023-06"),
    ("Coffee exports reached 9.2 million bags in the 2020/21 coffee year (October-September).", "2021-11-02",
     "9.2 million bags", "2020-10/2021-09"),
    # a bracket that counts other months than the count before it glosses nothing
    ("Pakistan's exports reached $9.3 billion in the first six months (July-May) of fiscal year 2020-21.",
     "2021-06-03", "$9.3 billion", "2020-H2"),
])
def test_a_bracket_of_months_names_the_months_of_a_span(text, today, surface, period):
    assert frames_by_surface(text, today)[surface].period == period


def test_the_first_month_of_a_fiscal_year_said_without_a_count():
    c = frames_by_surface("Remittances to Pakistan rose 9% to $2.7 billion in the first month of the current fiscal "
                          "year over the same period last year.", "2021-08-20")
    assert c["$2.7 billion"].period == "2021-07"
    assert c["9%"].base_period == "2020-07"
    c = frames_by_surface("Exports rose 3% to $5 billion in the first month of 2023.", "2023-03-01")
    assert c["$5 billion"].period == "2023-01"
    c = frames_by_surface("Exports rose 3% to $5 billion in March, the first month since 2019 that they grew.",
                          "2023-04-10")
    assert c["$5 billion"].period == "2023-03"  # a first month that opens no year is no time


def test_the_coming_year_of_a_text_about_a_fiscal_year_is_the_next_fiscal_year():
    text = ("India's cabinet approved a draft budget for the 2014-2015 fiscal year with a deficit of Rs 1.6 trillion. "
            "Spending in the coming year is put at Rs 21.7 trillion, up 3.2 percent on the previous year.")
    c = frames_by_surface(text, "2014-01-10")
    assert c["Rs 21.7 trillion"].period == "2014-04/2015-03"
    assert c["3.2 percent"].base_period == "2013-04/2014-03"


def test_a_growth_a_relative_clause_gives_the_base_is_the_bases_own():
    c = frames_by_surface("Ruritania's GDP grew 2.0% in Q1 2019, an increase of 0.1 percentage points when compared to "
                          "Q1 2018 which recorded real GDP growth of 1.9%.", "2019-05-20")
    assert c["1.9%"].period == "2018-Q1"
    assert c["1.9%"].base_period == "2017-Q1"  # its own year earlier, never its own quarter
    assert c["2.0%"].period == "2019-Q1"
    c = frames_by_surface("Ruritania's output was higher than in the first quarter of 2018 which recorded $28.4 "
                          "billion, representing a growth of 11.8%.", "2019-05-20")
    assert c["11.8%"].period != "2018-Q1"  # past the comma: the statement's growth, not the base's
