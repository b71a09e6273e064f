"""Period classes found on the spent sets (u–y, z–ad, ae–ai, aj–an) after round 1, each in
our own sentences: time words of a comparison that belong to a neighbouring clause or to
the whole a share is taken of."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("whole", ["2019 arrivals", "2019 visitor levels", "2019 passenger numbers"])
def test_a_share_of_a_dated_whole_is_measured_against_that_time(whole):
    text = f"Cruise calls in 2022 reached 410, about 38.5% of {whole}."
    c = frames_by_surface(text, "2023-01-20")
    assert c["about 38.5%"].period == "2022"
    assert c["about 38.5%"].base_period == "2019"


def test_the_level_a_dated_whole_reached_keeps_its_time():
    text = "Cruise calls in 2022 reached 410, about 38.5% of 2019 port calls that totalled 1,065."
    c = frames_by_surface(text, "2023-01-20")
    assert c["about 38.5%"].base_period == c["1,065"].period == "2019"


def test_a_clause_of_reason_keeps_its_time_to_itself():
    text = ("Freight volumes in March 2021 rose 4%. Rail freight fell 6% because of floods, while road freight "
            "fell 9% mainly because the bridge was shut and it was open at this time last year.")
    c = frames_by_surface(text, "2021-04-20")
    assert c["6%"].period == c["9%"].period == "2021-03"


def test_a_bare_earlier_year_restating_a_monthly_figure_is_that_month_of_the_year():
    text = ("Port revenue rose in April to US$150 million. In 2014 it was US$135.7 million. "
            "Cargo revenue was US$3 million, a record since 2011 (US$4.4 million).")
    c = frames_by_surface(text, "2015-05-20")
    assert c["US$135.7 million"].period == "2014-04"
    assert c["US$3 million"].period == "2015-04"  # the text stays on its month
    assert c["US$4.4 million"].period == "2011"  # 'since' a year names the whole year


def test_a_figure_compared_with_in_an_earlier_year_is_the_same_month_of_it():
    text = ("The trade deficit widened in April. The surplus with the EU stood at 80.2 million euros, "
            "compared to the surplus of 66.9 million euros in 2014.")
    c = frames_by_surface(text, "2015-05-20")
    assert c["80.2 million euros"].period == "2015-04"
    assert c["66.9 million euros"].period == "2014-04"


@pytest.mark.parametrize("phrase", ["a growth of 6.5 percent over last year", "a growth of 6.5 percent over its comparative 2014 figures"])
def test_a_rate_over_an_earlier_time_is_measured_from_it(phrase):
    c = frames_by_surface(f"Port revenue in April recorded {phrase}.", "2015-05-20")
    assert c["6.5 percent"].period == "2015-04"
    assert c["6.5 percent"].base_period == "2014-04"


@pytest.mark.parametrize("phrase", ["Over the report period", "During the reporting period", "For the period under review"])
def test_the_report_period_is_the_whole_the_report_covers_not_the_part_named_last(phrase):
    text = ("In the first five months of 2021, freight turnover reached $2.1 billion. "
            "In April-May 2021, the port handled 410 ships. "
            f"{phrase}, the main partners were Chile with 24.5 percent and Peru with 18.2 percent.")
    c = frames_by_surface(text, "2021-06-20")
    assert c["24.5 percent"].period == c["18.2 percent"].period == "2021-01/2021-05"


@pytest.mark.parametrize("clause, date, period", [
    ("In fiscal 2020, which ended in March,", "2021-05-10", "2020-04/2021-03"),
    ("In fiscal 2020, which ended in June 2020,", "2020-08-10", "2019-07/2020-06"),
    ("In fiscal 2020, which closed at the end of September,", "2020-11-10", "2019-10/2020-09"),
])
def test_a_clause_saying_when_a_fiscal_year_ended_chooses_its_calendar(clause, date, period):
    c = frames_by_surface(f"{clause} Canada-bound shipments of the Korean firm rose 4.5 percent to $2.2 billion.", date)
    assert c["$2.2 billion"].period == c["4.5 percent"].period == period


def test_a_place_a_flow_is_bound_for_is_its_partner_not_its_subject():
    c = frames_by_surface("Chile posted a surplus. China-bound copper shipments rose 4.5 percent to $2.2 billion in 2020.", "2021-02-10")
    assert c["$2.2 billion"].subject[0] == "Chile"
