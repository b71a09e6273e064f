"""Relations, round 18: figures stated in one paragraph and restated or built on in
another. Our own sentences."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run, with_slip


def _v(surface, value, qualifier="exact", period="2024"):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": "visitor arrivals",
            "subject": ["Fiji"], "period": period, "qualifier": qualifier}


# a bound in one paragraph restates the exact figure of another
BOUND = ("Fiji welcomed more than 1.2 million visitors in 2024, officials said.\n"
         "Hotels were full for most of the year.\n"
         "The bureau counted 1,247,310 visitors in 2024.")
BOUND_FIGURES = [_v("1.2 million", 1.2e6, "more_than"), _v("1,247,310", 1247310)]


def test_a_bound_and_the_figure_it_rounds_agree():
    _, checks = run(make(BOUND, BOUND_FIGURES))
    assert flagged(checks) == set()


@pytest.mark.parametrize("i, surface, value", [(0, "1.4 million", 1.4e6), (1, "1,047,310", 1047310),
                                               (1, "1,147,310", 1147310)])
def test_a_slip_below_the_bound_is_caught(i, surface, value):
    _, checks = run(with_slip(BOUND, BOUND_FIGURES, i, surface, value))
    assert flagged(checks)

