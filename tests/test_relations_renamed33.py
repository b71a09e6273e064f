"""Relations, issue 8 (naming33): one series stated twice, named two ways by the frame. A
figure the frame names nothing ("an amount of", "the figure", a table cell, "the highest
growth") restates the one series of its unit, period, role and base the article names; two
names metric matching reads as one series ("unemployment", "the unemployment rate") are one
series. Both only as candidates, and never across what the text tells apart: a whole and
its part, two subjects, two named series. Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip


def _money(surface, value, metric, subject=("Ruritania",), **kw):
    return {"surface": surface, "value": value, "unit": "USD", "kind": "money", "metric": metric,
            "subject": list(subject), "period": "2024-07", **kw}


UNNAMED = ("Remittances reach $2,459 million\n"
           "The central bank said that in July migrants sent home an amount of $2,459 million, mostly from abroad.")


def _unnamed(metric=None):
    return [_money("$2,459 million", 2459e6, "remittances"), _money("$2,459 million", 2459e6, metric)]


def _repeats(analysis):
    return [r.kind for r in analysis.confirmed if r.rule == "repeat"]


def test_a_figure_named_nothing_restates_the_one_series_of_its_kind():
    analysis, checks = run(make(UNNAMED, _unnamed()))
    assert flagged(checks) == set()
    assert _repeats(analysis) == ["repeated_figure"]
    text = UNNAMED[::-1].replace("$2,459 million"[::-1], "$2,549 million"[::-1], 1)[::-1]
    figures = _unnamed()
    figures[1] = {**figures[1], "surface": "$2,549 million", "value": 2549e6}
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"$2,549 million"}  # two digits transposed


def test_a_generic_or_ranking_name_is_no_name():
    for metric in ("the figure", "the highest"):
        analysis, _ = run(make(UNNAMED, _unnamed(metric)))
        assert _repeats(analysis) == ["repeated_figure"], metric


def test_an_unnamed_figure_merely_different_is_no_finding():
    """Only a slip breaks such a pairing: the name is unknown, so 2,100 against 2,459 may be
    another figure."""
    text = UNNAMED.replace("an amount of $2,459 million", "an amount of $2,100 million")
    figures = _unnamed()
    figures[1] = {**figures[1], "surface": "$2,100 million", "value": 2100e6}
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


TWO_SERIES = ("Exports reached $2,459 million in July, and imports $1,954 million.\n"
              "Officials said an amount of $2,549 million was recorded.")


def test_an_unnamed_figure_with_two_named_series_to_restate_joins_neither():
    figures = [_money("$2,459 million", 2459e6, "exports"), _money("$1,954 million", 1954e6, "imports"),
               _money("$2,549 million", 2549e6, None)]
    _, checks = run(make(TWO_SERIES, figures))
    # the name joins neither series (the digits, two swapped, are `misprint`'s to weigh)
    assert _by_repeat(checks) == set()


TWO_UNNAMED = ("Remittances reached $2,459 million in July.\n"
               "Officials said an amount of $2,549 million came from Europe. Another $1,200 million was sent.")


def test_two_unnamed_figures_for_one_series_join_neither():
    figures = [_money("$2,459 million", 2459e6, "remittances"), _money("$2,549 million", 2549e6, None),
               _money("$1,200 million", 1200e6, None)]
    _, checks = run(make(TWO_UNNAMED, figures))
    assert _by_repeat(checks) == set()


def _by_repeat(checks):
    return {s for s, c in checks.items() if c.verdict == "inconsistent" and "repeat" in c.rules}


def test_an_unnamed_figure_of_another_subject_is_not_joined():
    figures = _unnamed()
    figures[1] = {**figures[1], "subject": ["Freedonia"]}
    _, checks = run(with_slip(UNNAMED, figures, 1, "$2,549 million", 2549e6))
    assert flagged(checks) == set()


def _rate(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "subject": ["Ruritania"], "period": "2024-Q2", "role": "rate", **kw}


RENAMED = ("Unemployment drops to 4.7%\n"
           "Ruritania's unemployment rate fell to 4.7% in the second quarter.")


def test_two_names_of_one_series_are_one_series():
    figures = [_rate("4.7%", 4.7, "unemployment"), _rate("4.7%", 4.7, "unemployment rate")]
    analysis, checks = run(make(RENAMED, figures))
    assert flagged(checks) == set()
    assert _repeats(analysis) == ["repeated_figure"]
    _, checks = run(with_slip(RENAMED, figures, 1, "7.4%", 7.4))
    assert flagged(checks) == {"7.4%"}


def _count(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric,
            "subject": ["Ruritania"], "period": "2024-07"}


PART = ("Ruritania welcomed 2.1 million visitors in July.\n"
        "Visitors by air numbered 1.2 million over the month.")


def test_a_whole_and_its_part_are_never_one_series():
    """'visitors by air' names a part of 'visitors': 2.1 and 1.2 million are two figures a
    transposition would join, never one restated."""
    figures = [_count("2.1 million", 2.1e6, "visitors"), _count("1.2 million", 1.2e6, "visitors by air")]
    analysis, checks = run(make(PART, figures))
    assert flagged(checks) == set()
    assert _repeats(analysis) == []


CARRIED = ("Coffee exports rose 10% in January and February.\n"
           "Over the coffee year, exports were up 1%.")


def test_a_period_carried_over_is_no_ground_for_a_loose_name():
    """'Over the coffee year' is a period the frame may not read: the 1% carries the
    months' period over, and 'exports' naming 'coffee exports' less specifically is no
    ground to compare the two."""
    figures = [{"surface": "10%", "value": 10, "unit": "percent", "kind": "percent", "metric": "coffee exports",
                "subject": ["Ruritania"], "period": "2024-01/2024-02", "role": "growth", "direction": "up",
                "base_period": "2023-01/2023-02"},
               {"surface": "1%", "value": 1, "unit": "percent", "kind": "percent", "metric": "exports",
                "subject": ["Ruritania"], "period": "2024-01/2024-02", "role": "growth", "direction": "up",
                "base_period": "2023-01/2023-02", "context": {"period_inherited": True}}]
    analysis, checks = run(make(CARRIED, figures))
    assert flagged(checks) == set()
    assert _repeats(analysis) == []
