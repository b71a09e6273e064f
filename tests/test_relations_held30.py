"""A growth measured from two levels and printed with decimals is held to the precision it
prints (no fixed slack of 0.05 points on top, which passed growths a few hundredths off),
while the figure to blame for a failed identity is still chosen with that slack. Our own
sentences."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run


def _level(surface, value, period="2024", **kw):
    return {"surface": surface, "value": value, "unit": "t", "kind": "measure", "metric": "grain harvest",
            "period": period, "role": "level", **kw}


def _growth(surface, value, metric="grain harvest"):
    return _level(surface, value, metric=metric, role="growth", unit="percent", kind="percent",
                  direction="up", base_period="2023")


def _harvest(rate):
    # 48,600 ÷ 41,250 − 1 = 17.818%
    text = f"The grain harvest rose {rate} to 48,600 tonnes in 2024 from 41,250 tonnes in 2023."
    return run(make(text, [_growth(rate, float(rate.split()[0])), _level("48,600 tonnes", 48600.0),
                           _level("41,250 tonnes", 41250.0, period="2023")]))[1]


def test_growth_two_hundredths_off_at_two_decimals_is_flagged():
    assert flagged(_harvest("17.79 percent")) == {"17.79 percent"}
    # rounded or cut to its decimals, it holds
    assert flagged(_harvest("17.82 percent")) == set()
    assert flagged(_harvest("17.81 percent")) == set()
    assert flagged(_harvest("17.8 percent")) == set()


@pytest.mark.parametrize("rate, flags", [
    # 2,535 ÷ 2,440 − 1 = 3.893%: "3.7" is neither its rounding nor its cut
    ("3.7", {"3.7 percent"}),
    # "3.8" is it cut: writers cut a growth they work out as often as they round it (the
    # corpus's annotators read 28 of 32 such growths as holding; after the thirty-ninth scoring)
    ("3.8", set()),
])
def test_growth_at_one_decimal_off_its_rounding_and_its_cut_is_flagged(rate, flags):
    text = f"The grain harvest rose {rate} percent to 2,535 tonnes in 2024 from 2,440 tonnes in 2023."
    checks = run(make(text, [_growth(f"{rate} percent", float(rate)), _level("2,535 tonnes", 2535.0),
                             _level("2,440 tonnes", 2440.0, period="2023")]))[1]
    assert flagged(checks) == flags


def test_planted_slip_in_a_rounded_level_is_still_blamed_on_it():
    # a guard: holding the growth to its decimals when choosing the figure to blame found none
    # two growths in the sentence: a candidate identity, which a slip undone must satisfy at
    # the printed levels (4.86 ÷ 4.13 − 1 = 17.68%, printed 17.70: only within the old slack)
    text = ("The grain harvest rose 17.70 percent to 4.68 million tonnes from 4.13 million tonnes, "
            "while rice output grew 3.25 percent.")
    checks = run(make(text, [_growth("17.70 percent", 17.70), _level("4.68 million tonnes", 4.68e6),
                             _level("4.13 million tonnes", 4.13e6, period="2023"),
                             _growth("3.25 percent", 3.25, metric="rice output")]))[1]
    assert flagged(checks) == {"4.68 million tonnes"}
