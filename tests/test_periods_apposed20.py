"""A relative fiscal year with the year named in apposition ('the previous fiscal year
2023-24'): the named year is the period, not the year before it."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("which", ["previous", "prior"])
def test_a_named_fiscal_year_after_a_relative_one_is_the_period(which):
    c = frames_by_surface(f"Nepal's trade deficit stood at Rs 1.4 trillion in the {which} fiscal year 2080/81, the customs office said.",
                          "2024-08-10")
    assert c["Rs 1.4 trillion"].period == "2023-07/2024-06"
    c = frames_by_surface(f"Kenya's tea earnings reached KSh 180 billion in the {which} financial year 2022-23.", "2023-08-10")
    assert c["KSh 180 billion"].period == "2022-07/2023-06"
    # with no year named, the relative year counts from the article's date
    c = frames_by_surface("Kenya's tea earnings reached KSh 180 billion in the last financial year.", "2023-08-10")
    assert c["KSh 180 billion"].period == "2022-07/2023-06"
