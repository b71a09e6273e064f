"""The relations engine, round 54: `magnitude` names a scale word's slip only where the two
figures are printed alike, a scale word apart ("Sh2.15 trillion" beside "Sh2.11bn") or one bare
beside the other's scale word. Figures a thousand-fold apart in value but printed differently
("1.52 million" beside "1,480", "$2.1 billion" beside "$2,150,000") are a series that moved:
a slip changes a word and leaves the digits. Our own sentences."""

from __future__ import annotations

from factcheck.relations import RULES
from test_magnitude_round50 import _budgets, _fig, _magnitude
from test_relations import flagged, make, run


def _arrivals(before_surface, before_value):
    text = (f"Foreign arrivals fell to {before_surface} in 2021, when the borders were shut, "
            "from 1.52 million in 2020.")
    return make(text, [_fig(before_surface, before_value, "foreign arrivals", "2021", unit="count", kind="count"),
                       _fig("1.52 million", 1.52e6, "foreign arrivals", "2020", unit="count", kind="count")])


def test_a_series_that_collapsed_printed_in_digits_is_no_slip():
    analysis, checks = run(_arrivals("1,480", 1480))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_the_same_collapse_printed_a_scale_word_apart_is_one():
    analysis, checks = run(_arrivals("1.48 thousand", 1480))
    assert _magnitude(analysis) and flagged(checks)


def test_a_budget_printed_in_full_digits_beside_a_scaled_one_is_no_slip():
    analysis, checks = run(_budgets("Sh2,110,000,000", 2.11e9))
    assert "magnitude" in RULES
    assert flagged(checks) == set() and not _magnitude(analysis)


def test_scale_words_two_steps_apart_are_no_one_slip():
    # a million-fold apart: no single scale word's slip joins them
    analysis, checks = run(_budgets("Sh2.11 million", 2.11e6))
    assert flagged(checks) == set() and not _magnitude(analysis)
