"""Figures held to their printed digits and bases (issue 8, slips33). "about 48,231
visitors", printed to five significant digits or more, gives the source's own count:
"about" hedges the source, not the digits, and a difference worked from it is held to
them; a round figure ("about 48,000") keeps the approximate band. A base named by a long
possessive ("compared to June's oil revenues of $7.096 billion") is the figure a growth is
from. Our own sentences; each test fails without its change."""

from __future__ import annotations

import pytest

from factcheck.models import Claim
from factcheck.relations.interval import of_claim
from test_relations import flagged, make, run


def test_about_before_a_precise_count_keeps_its_digits():
    c = Claim(surface="48,231", span=(0, 1), value=48231.0, unit="count", kind="count", precision=1.0,
              qualifier="approx")
    assert of_claim(c).hi - of_claim(c).lo < 2
    c = Claim(surface="48,000", span=(0, 1), value=48000.0, unit="count", kind="count", precision=1000.0,
              qualifier="approx")
    assert of_claim(c).hi == pytest.approx(48000 * 1.05)


def _visitors(fall="1,462", value=1462.0):
    text = (f"Arrivals fell by {fall} visitors in May. About 48,231 visitors came in May, "
            "compared with 49,693 in May last year.")
    t = {"unit": "count", "kind": "count", "metric": "visitor arrivals"}
    return make(text, [
        {"surface": fall, "value": value, **t, "role": "change", "period": "2024-05", "direction": "down",
         "base_period": "2023-05"},
        {"surface": "48,231", "value": 48231.0, **t, "qualifier": "approx", "period": "2024-05"},
        {"surface": "49,693", "value": 49693.0, **t, "period": "2023-05"},
    ])


def test_a_change_worked_from_an_approximate_precise_count_is_checked():
    _, checks = run(_visitors())
    assert flagged(checks) == set()
    _, checks = run(_visitors("1,426", 1426.0))
    assert flagged(checks) & {"1,426", "48,231", "49,693"}


def _revenues(growth="15.66%", value=15.66):
    text = (f"Oil revenues climbed by {growth} on a monthly basis, reaching $8.207 billion, compared to "
            "June's oil revenues of $7.096 billion.")
    t = {"metric": "oil revenues", "unit": "USD", "kind": "money"}
    return make(text, [
        {"surface": growth, "value": value, "unit": "percent", "kind": "percent", "metric": "oil revenues growth",
         "role": "growth", "direction": "up", "period": "2024-07"},  # "on a monthly basis": no base read
        {"surface": "$8.207 billion", "value": 8.207e9, **t, "period": "2024-07"},
        {"surface": "$7.096 billion", "value": 7.096e9, **t, "period": "2024-06"},
    ])


def test_a_base_named_by_a_long_possessive_is_the_figure_a_growth_is_from():
    # "compared to June's oil revenues of": longer than the window the other forms are read in
    analysis, checks = run(_revenues())
    assert flagged(checks) == set() and [r.kind for r in analysis.confirmed] == ["percent_change"]
    _, checks = run(_revenues("13.54%", 13.54))
    assert flagged(checks) == {"13.54%"}
