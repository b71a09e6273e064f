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


def test_a_scale_word_slip_of_a_bound_is_caught():
    # "more than 1.2 billion" for 1,247,310: the bound's loose rounding is no excuse
    _, checks = run(with_slip(BOUND, BOUND_FIGURES, 0, "1.2 billion", 1.2e9))
    assert flagged(checks)


def _x(surface, value, period, role="level", **kw):
    return {"surface": surface, "value": value, "unit": "USD", "kind": "money", "metric": "exports of goods",
            "subject": ["Chile"], "period": period, "role": role, **kw}


# the later level in the lead, the growth and its base level three paragraphs on
LEAD = ("Chile exported goods worth $8.42 billion in the first quarter of 2024.\n"
        "Copper prices recovered over the period.\n"
        "Lithium output was steady.\n"
        "That was 7.4 percent more than the $7.84 billion of the first quarter of 2023.")
LEAD_FIGURES = [_x("$8.42 billion", 8.42e9, "2024-Q1"),
                _x("7.4 percent", 7.4, "2024-Q1", role="growth", unit="percent", kind="percent", direction="up",
                   base_period="2023-Q1"),
                _x("$7.84 billion", 7.84e9, "2023-Q1")]


def test_a_growth_against_a_later_level_stated_in_another_paragraph():
    analysis, checks = run(make(LEAD, LEAD_FIGURES))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.confirmed if r.rule == "level-change"] == ["percent_change"]


@pytest.mark.parametrize("i, surface, value", [(0, "$4.82 billion", 4.82e9), (1, "4.7 percent", 4.7),
                                               (2, "$7.48 billion", 7.48e9)])
def test_a_slip_in_a_growth_whose_levels_are_apart_is_caught(i, surface, value):
    _, checks = run(with_slip(LEAD, LEAD_FIGURES, i, surface, value))
    assert surface in flagged(checks)


def test_two_values_for_the_later_period_are_no_level():
    text = LEAD.replace("Lithium output was steady.", "Other reports put them at $9.1 billion in the first quarter.")
    figures = [*LEAD_FIGURES[:1], _x("$9.1 billion", 9.1e9, "2024-Q1"), *LEAD_FIGURES[1:]]
    analysis, _ = run(make(text, figures))
    assert not [r for r in analysis.relations if r.kind == "percent_change"]
    analysis, _ = run(make(LEAD, LEAD_FIGURES))
    assert [r for r in analysis.relations if r.kind == "percent_change"]


# the change in the headline, both levels in the body
CHANGE = ("Chile's goods exports rose by $580 million in the first quarter.\n"
          "Copper prices recovered over the period.\n"
          "Exports reached $8.42 billion in the first quarter of 2024, against $7.84 billion a year earlier.")
CHANGE_FIGURES = [_x("$580 million", 5.8e8, "2024-Q1", role="change", direction="up", base_period="2023-Q1"),
                  _x("$8.42 billion", 8.42e9, "2024-Q1"), _x("$7.84 billion", 7.84e9, "2023-Q1")]


def test_a_change_whose_levels_another_paragraph_states():
    analysis, checks = run(make(CHANGE, CHANGE_FIGURES))
    assert flagged(checks) == set()
    assert [r.kind for r in analysis.relations if r.rule == "level-change"] == ["difference"]


@pytest.mark.parametrize("i, surface, value", [(0, "$850 million", 8.5e8), (1, "$8.24 billion", 8.24e9)])
def test_a_slip_in_a_change_whose_levels_are_apart_is_caught(i, surface, value):
    _, checks = run(with_slip(CHANGE, CHANGE_FIGURES, i, surface, value))
    assert surface in flagged(checks)


# two series in one sentence, each with its level, change and growth, the earlier levels unstated
TWO = ("In the first quarter exports rose by $524.6 million or 9.7 percent to $5.96 billion, "
       "and imports by $531.7 million or 8.0 percent to $7.18 billion.")
TWO_FIGURES = [_x("$524.6 million", 5.246e8, "2024-Q1", role="change", direction="up", base_period="2023-Q1"),
               _x("9.7 percent", 9.7, "2024-Q1", role="growth", unit="percent", kind="percent", direction="up",
                  base_period="2023-Q1"),
               _x("$5.96 billion", 5.96e9, "2024-Q1"),
               {**_x("$531.7 million", 5.317e8, "2024-Q1", role="change", direction="up", base_period="2023-Q1"),
                "metric": "imports of goods"},
               {**_x("8.0 percent", 8.0, "2024-Q1", role="growth", unit="percent", kind="percent", direction="up",
                     base_period="2023-Q1"), "metric": "imports of goods"},
               {**_x("$7.18 billion", 7.18e9, "2024-Q1"), "metric": "imports of goods"}]


def test_each_series_change_goes_with_its_own_growth():
    analysis, checks = run(make(TWO, TWO_FIGURES))
    assert flagged(checks) == set()
    found = [r for r in analysis.relations if r.kind == "percent_change"]
    assert {r.result.claim.surface for r in found} == {"9.7 percent", "8.0 percent"}


@pytest.mark.parametrize("i, surface, value", [(1, "7.9 percent", 7.9), (3, "$513.7 million", 5.137e8)])
def test_a_slip_in_one_series_growth_is_caught(i, surface, value):
    _, checks = run(with_slip(TWO, TWO_FIGURES, i, surface, value))
    assert surface in flagged(checks)


def test_a_headline_cut_short_does_not_hide_the_later_level():
    # the headline's "$8.4 billion" cuts the body's $8.47 billion: the body's figure is the level
    text = "Chile's exports climb to $8.4 billion\n" + LEAD.replace("$8.42 billion", "$8.47 billion").replace(
        "7.4 percent", "8.0 percent")
    figures = [_x("$8.4 billion", 8.4e9, "2024-Q1"), _x("$8.47 billion", 8.47e9, "2024-Q1"),
               {**LEAD_FIGURES[1], "surface": "8.0 percent", "value": 8.0}, LEAD_FIGURES[2]]
    analysis, _ = run(make(text, figures))
    found = [r for r in analysis.relations if r.kind == "percent_change"]
    assert [r.inputs[1].claim.surface for r in found] == ["$8.47 billion"] and found[0].holds


def test_a_digit_swap_that_only_nearly_explains_a_distant_pair_is_no_slip():
    # 860.6 ÷ 814.5 is +5.66%, not the 5.2 percent stated: "$184.5 million" is another
    # figure the frame names alike, not "$814.5 million" with two digits swapped
    text = LEAD.replace("$8.42 billion", "$860.6 million").replace("7.4 percent", "5.2 percent") \
        .replace("$7.84 billion", "$184.5 million")
    figures = [_x("$860.6 million", 8.606e8, "2024-Q1"),
               {**LEAD_FIGURES[1], "surface": "5.2 percent", "value": 5.2}, _x("$184.5 million", 1.845e8, "2023-Q1")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
