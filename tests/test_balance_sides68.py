"""A balance's sides where one figure is "compared with" another (issue 8): the guard that
keeps the base of a change out of a composition (its frame may carry the later figure's
period) is for a base of the same series dated as its comparand. A figure compared with
the other side ("$6.50 billion in exports compared with $4.72 billion in imports") or
dated apart from its comparand ("from 3.0 billion in the same period of 2017") keeps its
own period. Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip


def _balance(analysis, total):
    return [r for r in analysis.relations
            if r.rule == "parts-total" and r.result.claim.surface == total and len(r.inputs) == 2]


SIDES = "The trade surplus was $1.78 billion in September with $6.50 billion in exports compared with $4.72 billion in imports."


def _sides_figures():
    common = {"subject": ["Ruritania"], "period": "2024-09", "role": "level"}
    return [{"surface": "$1.78 billion", "value": 1.78e9, "metric": "trade surplus", **common},
            {"surface": "$6.50 billion", "value": 6.5e9, "metric": "exports", **common},
            {"surface": "$4.72 billion", "value": 4.72e9, "metric": "imports", **common}]


def test_sides_compared_with_each_other_make_the_balance():
    analysis, checks = run(make(SIDES, _sides_figures()))
    assert flagged(checks) == set()
    assert [r.holds for r in _balance(analysis, "$1.78 billion")] == [True]


def test_a_slip_in_a_side_compared_with_the_other_is_caught():
    _, checks = run(with_slip(SIDES, _sides_figures(), 2, "$4.27 billion", 4.27e9))
    assert flagged(checks)  # the gap is one slip: which of two transposed digits, a reading


BASE = ("The trade gap widened to 6.3 billion in the first ten months, from 3.0 billion in the same period of 2017.\n"
        "In January-October 2017 exports were 45.4 billion and imports 48.4 billion.")


def _base_figures(period_of_base="2017-01/2017-10"):
    now, then = {"subject": ["Ruritania"], "role": "level", "period": "2018-01/2018-10"}, \
        {"subject": ["Ruritania"], "role": "level", "period": "2017-01/2017-10"}
    return [{"surface": "6.3 billion", "value": 6.3e9, "metric": "trade deficit", **now},
            {"surface": "3.0 billion", "value": 3.0e9, "metric": "trade deficit", **{**then, "period": period_of_base}},
            {"surface": "45.4 billion", "value": 45.4e9, "metric": "exports of goods", **then},
            {"surface": "48.4 billion", "value": 48.4e9, "metric": "imports of goods", **then}]


def test_a_base_dated_apart_from_its_comparand_composes_with_its_period():
    analysis, checks = run(make(BASE, _base_figures()))
    assert flagged(checks) == set()
    assert [r.holds for r in _balance(analysis, "3.0 billion")] == [True]


def test_a_base_dated_as_its_comparand_stays_out():
    # the frame gave the base the later figure's period: no composition with the sides of 2018
    figures = _base_figures("2018-01/2018-10")
    for f in figures[2:]:
        f["period"] = "2018-01/2018-10"
    analysis, checks = run(make(BASE, figures))
    assert not _balance(analysis, "3.0 billion")
