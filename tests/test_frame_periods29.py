"""Periods of unseen text, fourth step (round 29; our own sentences): a fiscal year named
with its year before the words ("the 2019 fiscal year"), the first two or three quarters
of a year as the months from its start."""

from __future__ import annotations

from conftest import frames_by_surface


def test_a_year_written_before_fiscal_year_is_that_fiscal_year():
    c = frames_by_surface("Pakistan's textile exports reached $13.3 billion in the 2021 fiscal year.", "2021-08-10")
    assert c["$13.3 billion"].period == "2020-07/2021-06"


def test_the_first_months_of_a_year_written_before_fiscal_year_are_the_fiscal_years():
    c = frames_by_surface("Pakistan's imports fell 6 percent to $31.2 billion in the first seven months of the 2020 fiscal year.",
                          "2020-02-18")
    assert c["$31.2 billion"].period == "2019-07/2020-01"
    assert c["6 percent"].base_period == "2018-07/2019-01"


def test_the_first_three_quarters_of_a_year_are_its_first_nine_months():
    c = frames_by_surface("Hotel stays in the first three quarters of 2022 totalled 4.4 million, up 31 percent.", "2022-11-03")
    assert c["4.4 million"].period == "2022-01/2022-09"
    assert c["31 percent"].base_period == "2021-01/2021-09"
    assert "three quarters" not in c  # a part of the date, not a share


def test_the_first_two_quarters_of_this_year_are_its_first_half():
    c = frames_by_surface("Port throughput in the first two quarters of this year reached 812,000 TEU.", "2023-08-01")
    assert c["812,000 TEU"].period == "2023-H1"
