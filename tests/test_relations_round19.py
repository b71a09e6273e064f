"""Relations, round 19: a later bare head noun that is the next item of a list, a share's
whole named with words before its figure, a base level brought in by "over the level
of". Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run, with_slip


def _kg(surface, value, metric, period="2023-05"):
    return {"surface": surface, "value": value, "unit": "kilogram", "kind": "measure", "metric": metric,
            "subject": ["Uganda"], "period": period}


ITEMS = ("In May, 12.4 million kilograms of robusta were exported at $2.10 a kilogram. "
         "Besides, arabica weighing 3.1 million kilograms was exported at $3.40 a kilogram.")
ITEMS_FIGURES = [_kg("12.4 million kilograms", 12.4e6, "exports of robusta"),
                 _kg("3.1 million kilograms", 3.1e6, "exports")]


def test_a_bare_head_after_a_fuller_one_is_the_next_item_not_the_whole():
    # the frame kept only "exports" for the arabica: it is no total of the robusta
    _, checks = run(make(ITEMS, ITEMS_FIGURES))
    assert flagged(checks) == set()


TOTAL = ("In May, 12.4 million kilograms of robusta were exported. "
         "In total, 15.5 million kilograms were exported.")
TOTAL_FIGURES = [_kg("12.4 million kilograms", 12.4e6, "exports of robusta"),
                 _kg("15.5 million kilograms", 15.5e6, "exports")]


def test_a_later_figure_called_a_total_is_still_the_whole():
    _, checks = run(make(TOTAL, TOTAL_FIGURES))
    assert flagged(checks) == set()
    _, checks = run(with_slip(TOTAL, TOTAL_FIGURES, 1, "1.55 million kilograms", 1.55e6))
    assert flagged(checks)


def _usd(surface, value, metric, **kw):
    return {"surface": surface, "value": value, "unit": "USD", "kind": "money", "metric": metric,
            "subject": ["Jordan"], "period": "2024", **kw}


SHARE = ("Customs collected $412.6 million in duties, which was 61.3 percent of the projected "
         "revenues in the budget of $673.1 million.")
SHARE_FIGURES = [_usd("$412.6 million", 412.6e6, "customs duties"),
                 _usd("61.3 percent", 61.3, "share of projected revenues", unit="percent", kind="percent",
                      role="share"),
                 _usd("$673.1 million", 673.1e6, "budget")]


def test_a_share_whole_named_before_its_figure_is_the_whole():
    analysis, checks = run(make(SHARE, SHARE_FIGURES))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.confirmed if r.rule == "share"] == ["share"]
    _, checks = run(with_slip(SHARE, SHARE_FIGURES, 1, "16.3 percent", 16.3))
    assert flagged(checks) == {"16.3 percent"}


OVER = ("Exports in the first half reached $100.03 billion, an increase of 4.2% over the level of "
        "$96.0 billion recorded a year earlier.")
OVER_FIGURES = [_usd("$100.03 billion", 100.03e9, "exports", period="2024-H1"),
                _usd("4.2%", 4.2, "exports growth", unit="percent", kind="percent", role="growth", direction="up",
                     base_period="2023-H1", period="2024-H1"),
                # the frame took the base for the change the growth is of
                _usd("$96.0 billion", 96.0e9, "exports", role="change", direction="up", period="2023-H1")]


def test_a_base_level_after_over_the_level_of_is_no_change():
    _, checks = run(make(OVER, OVER_FIGURES))
    assert flagged(checks) == set()


SOCAR = ("In the half year, 7.9 billion cubic metres of gas were produced at the Shah Deniz field. "
         "During this period, Petronas produced 4.1 billion cubic metres.")


def test_a_bare_head_another_name_produced_is_no_whole():
    figures = [{"surface": "7.9 billion cubic metres", "value": 7.9e9, "unit": "cubic_meter", "kind": "measure",
                "metric": "gas production", "subject": ["Azerbaijan"], "period": "2020-H1"},
               {"surface": "4.1 billion cubic metres", "value": 4.1e9, "unit": "cubic_meter", "kind": "measure",
                "metric": "production", "subject": ["Azerbaijan"], "period": "2020-H1"}]
    _, checks = run(make(SOCAR, figures))
    assert flagged(checks) == set()
