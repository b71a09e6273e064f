"""Relations, round 23: two sentences that each give a figure of a series and its growth,
both pairs a little apart, name two series the frame does not tell apart (a holding and its
subsidiary, two categories of one total), not one figure stated twice with a slip. Our own
sentences."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip


def _fig(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "metric": metric, "period": "2024", **kw}


def _growth(surface, value, metric):
    return _fig(surface, value, metric, unit="percent", kind="percent", role="growth", direction="up",
                base_period="2023")


GROUP = ("The holding reported a net income of $9.4 billion in 2024, up 28% on the year before. "
         "Its shipping arm reported a net income of $8.6 billion, up 24% on the year before.")
GROUP_FIGURES = [_fig("$9.4 billion", 9.4e9, "net income"), _growth("28%", 28, "net income growth"),
                 _fig("$8.6 billion", 8.6e9, "net income"), _growth("24%", 24, "net income growth")]

RESTATED = ("The holding reported a net income of $9.4 billion in 2024, up 28% on the year before. "
            "The net income of $9.4 billion was up 28% on the year before, the chairman said.")
RESTATED_FIGURES = [_fig("$9.4 billion", 9.4e9, "net income"), _growth("28%", 28, "net income growth"),
                    _fig("$9.4 billion", 9.4e9, "net income"), _growth("28%", 28, "net income growth")]


def test_two_near_pairs_are_two_series_and_one_slip_is_still_flagged():
    assert flagged(run(make(GROUP, GROUP_FIGURES))[1]) == set()
    # a slip changes one figure: its companion still agrees with the earlier statement
    _, checks = run(with_slip(RESTATED, RESTATED_FIGURES, 3, "26%", 26))
    assert flagged(checks) == {"26%"}
    _, checks = run(with_slip(RESTATED, RESTATED_FIGURES, 2, "$9.1 billion", 9.1e9))
    assert flagged(checks) == {"$9.1 billion"}
