"""The base a change is measured against (round 69): a time a record reaches back to is no
base ("its lowest level since 2012"); a base time set right before the other side's figure
("relative to March 2021 (US$812.4Mn)") is the base of the change. Our own sentences."""

from __future__ import annotations

import pytest

from conftest import by_surface


@pytest.mark.parametrize("text,change,base", [
    ("Wheat output fell 6.1 percent in 2021 to 31.2 million tonnes, its lowest level since 2012.", "6.1 percent", "2020"),
    ("Coffee exports rose 27 percent in October over last year, taking the surplus to its highest since March this year.",
     "27 percent", "2020-10"),
    ("The population grew by 4,300 people in 2021, the biggest increase since 1988.", "4,300 people", "2020"),
])
def test_a_time_a_record_reaches_back_to_is_no_base(text, change, base):
    assert by_surface(text, "2021-12-01", "base_period")[change] == base


def test_a_base_time_before_the_other_sides_figure_is_the_changes_base():
    # (the later paragraph's year-on-year comparison once set the article's way for it)
    text = ("Reserves stood at US$790.1Mn at the end of April 2021, reflecting a 2.7% (US$22.3Mn) reduction "
            "relative to March 2021 (US$812.4Mn).\n\n"
            "The reserves for April covered 21.2 weeks of imports (21.9 weeks at the end of March 2021). "
            "Compared to April 2020, the reserves increased by 9% (or $65.2Mn), up from $724.9Mn.")
    got = by_surface(text, "2021-05-20", "period", "base_period")
    assert got["2.7%"] == ("2021-04", "2021-03")
    assert got["US$22.3Mn"] == ("2021-04", "2021-03")
    assert got["9%"] == ("2021-04", "2020-04")
