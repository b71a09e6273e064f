"""Base-period classes found on the spent sets (ay–bc, bd–bh) in round 29, each in our own
sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


@pytest.mark.parametrize("sentence, figure", [
    # a plan's frequency premodifies it
    ("In March, customs revenue was 310 million euros, down 96 million from monthly targets.", "96 million"),
    ("Excise duties in March were up 14.2 pct from annual targets.", "14.2 pct"),
    # a plan owned by someone
    ("Sales tax receipts in March exceeded the ministry's forecast by $4.1 million.", "$4.1 million"),
    # a noun of change between the figure and the plan
    ("Bookings in March showed a 35% increase from the original forecast.", "35%"),
])
def test_a_change_against_a_monthly_or_owned_plan_has_no_base_period(sentence, figure):
    c = frames_by_surface(sentence, "2019-04-12")[figure]
    assert c.role in ("growth", "change")
    assert c.base_period is None


def test_as_opposed_to_fronts_the_base_and_from_dates_the_noun():
    c = frames_by_surface("As opposed to June 2018, exports from June 2019 have gone up by 25.9%, "
                          "and imports were up by 30.4%.", "2019-09-10")
    for f in ("25.9%", "30.4%"):
        assert (c[f].period, c[f].base_period) == ("2019-06", "2018-06")
    c = frames_by_surface("Wages rose 4% in June 2019 as opposed to June 2018.", "2019-09-10")
    assert c["4%"].base_period == "2018-06"


def test_the_other_side_right_after_a_growth_dates_its_base_before_a_later_base():
    c = frames_by_surface("Remittances in March 2019 were 29.3 percent higher than February's $1.56 billion "
                          "and 8.5 percent higher than $1.85 billion recorded in March last year.", "2019-04-03")
    assert c["29.3 percent"].base_period == "2019-02"
    assert c["8.5 percent"].base_period == "2018-03"
