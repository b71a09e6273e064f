"""The relations engine's candidates, round 55 (figures the text says make a total
together): "fish, 19.8% of domestic exports, kava at 21% and root crops with 10%, and
together they comprise 70%" adds the figures listed before the total in its sentence.
Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run

_SHARES = ("Fish accounted for 19.8% of domestic exports in the quarter, followed by kava at 21% and "
           "root crops with 10%, and together they comprise {total} of domestic exports.")


def _shares(total="50.8%", value=50.8):
    def share(surface, v, metric):
        return {"surface": surface, "value": v, "metric": metric, "unit": "percent", "kind": "percent",
                "role": "share", "period": "2019-Q3"}
    return make(_SHARES.format(total=total), [
        share("19.8%", 19.8, "share of fish in domestic exports"),
        share("21%", 21.0, "share of kava in domestic exports"),
        share("10%", 10.0, "share of root crops in domestic exports"),
        share(total, value, "share of fish, kava and root crops in domestic exports"),
    ])


def _together(analysis, held=True):
    return [r for r in analysis.relations
            if r.rule == "parts-total" and "together" in r.label and r.holds == held]


def test_figures_said_together_to_make_a_total_add_up_to_it():
    analysis, checks = run(_shares())
    assert flagged(checks) == set()
    assert [r.result.claim.surface for r in _together(analysis)] == ["50.8%"]


def test_a_total_said_together_off_its_listed_figures_is_flagged():
    # 19.8 + 21 + 10 = 50.8, the text says 70
    analysis, checks = run(_shares("70%", 70.0))
    assert "70%" in flagged(checks)
    assert _together(analysis, held=False)


def test_a_total_with_another_figure_of_its_unit_before_it_is_not_summed():
    # a growth rate among the figures: which of them the total counts is not clear
    text = ("Exports of fish rose 12% to 19.8% of the total, kava reached 21% and root crops 10%, "
            "and together they comprise 70% of domestic exports.")
    figures = [
        {"surface": "12%", "value": 12.0, "unit": "percent", "kind": "percent", "role": "growth", "period": "2019-Q3",
         "metric": "exports of fish"},
        *[{"surface": s, "value": v, "unit": "percent", "kind": "percent", "role": "share", "period": "2019-Q3",
           "metric": m} for s, v, m in (("19.8%", 19.8, "share of fish"), ("21%", 21.0, "share of kava"),
                                        ("10%", 10.0, "share of root crops"), ("70%", 70.0, "share of the three"))],
    ]
    analysis, checks = run(make(text, figures))
    assert not _together(analysis) and not _together(analysis, held=False)
