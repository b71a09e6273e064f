"""Fiscal years named by two calendar years, and a place whose fiscal calendar changed
(round 21; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


def test_year_pairs_listed_beside_a_fiscal_year_are_fiscal_years():
    text = ("India's fiscal deficit was Rs 6.4 lakh crore in the 2018-2019 fiscal year, "
            "Rs 5.9 lakh crore in 2017-2018 and Rs 5.4 lakh crore in 2016-2017.")
    c = frames_by_surface(text, "2019-08-10")
    assert c["Rs 5.9 lakh crore"].period == "2017-04/2018-03"
    assert c["Rs 5.4 lakh crore"].period == "2016-04/2017-03"


def test_a_year_pair_without_fiscal_talk_stays_two_calendar_years():
    text = "India's population grew by 1.1 percent a year in 2017-2018."
    assert frames_by_surface(text, "2019-08-10")["1.1 percent a year"].period in ("2018", "2017/2018")


def test_myanmar_changed_its_fiscal_year_in_2018():
    text = ("Myanmar's trade deficit was $1.14 billion in the 2018-2019 fiscal year and "
            "$3.9 billion in the 2017-2018 fiscal year.")
    c = frames_by_surface(text, "2020-02-24")
    assert c["$1.14 billion"].period == "2018-10/2019-09"
    assert c["$3.9 billion"].period == "2017-04/2018-03"


def test_a_possessive_time_determines_what_follows_not_the_figure_before():
    text = ("Nepal's foreign trade in the first nine months of the current fiscal year (FY 2080/081) "
            "reached Rs 1.281 trillion. Compared to the same period last year, which saw foreign trade "
            "at Rs 1.319 trillion, this year's trade volume has decreased by 3 percent.")
    c = frames_by_surface(text, "2024-04-20")
    assert c["Rs 1.319 trillion"].period == "2022-07/2023-04"
    assert c["3 percent"].period == "2023-07/2024-04"
    assert c["3 percent"].metric == "trade volume decline"
