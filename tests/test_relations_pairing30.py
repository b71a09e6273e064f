"""Issue 8, thirtieth round: which figures the engine pairs before it tests an identity.
Each test is a made-up sentence of a class that raised false flags on correct frames
(bn–br), and fails without its change."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run


def _per_head(surface, value, period, metric="spending per visitor", unit="EUR / person"):
    return {"surface": surface, "value": value, "unit": unit, "kind": "money", "metric": metric, "period": period}


def test_an_average_per_head_of_one_month_may_exceed_that_of_the_quarter():
    text = ("Spending per visitor in the first quarter averaged €610.2. "
            "In March alone, spending per visitor reached €655.8.")
    figures = [_per_head("€610.2", 610.2, "2024-Q1"), _per_head("€655.8", 655.8, "2024-03")]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def test_a_total_of_one_month_still_never_exceeds_the_quarter():
    text = "Visitors spent €610.2 million in the first quarter. In March alone they spent €655.8 million."
    figures = [{"surface": "€610.2 million", "value": 610.2e6, "unit": "EUR", "metric": "visitor spending",
                "period": "2024-Q1"},
               {"surface": "€655.8 million", "value": 655.8e6, "unit": "EUR", "metric": "visitor spending",
                "period": "2024-03"}]
    _, checks = run(make(text, figures))
    assert flagged(checks)


def _growth(surface, value, metric, period="2024-Q1", base="2023-Q1", direction="down"):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "role": "growth", "direction": direction, "period": period, "base_period": base}


def _tnd(surface, value, metric, period):
    return {"surface": surface, "value": value, "unit": "TND", "metric": metric, "period": period}


PART_LEVELS = ("Exports of phosphates dropped by 26.5 percent, {}those of fertiliser amounted to "
               "39.8 million dinars against 134.6 million dinars.")


def test_a_growth_is_not_measured_from_the_levels_of_a_part_its_sentence_singles_out():
    figures = [_growth("26.5 percent", 26.5, "phosphate exports"),
               _tnd("39.8 million dinars", 39.8e6, "fertiliser exports", "2024-Q1"),
               _tnd("134.6 million dinars", 134.6e6, "fertiliser exports", "2023-Q1")]
    for singling in ("in particular ", "especially ", "notably "):
        _, checks = run(make(PART_LEVELS.format(singling), figures))
        assert flagged(checks) == set(), singling
    # without such words the pair of its sentence is the growth's own, and 26.5% is not theirs
    _, checks = run(make(PART_LEVELS.format("while "), figures))
    assert flagged(checks)


def _omr(surface, value, period, metric="total public expenditure"):
    return {"surface": surface, "value": value, "unit": "OMR", "metric": metric, "period": period}


def _cause_text(lead):
    return ("Total public expenditure decreased 2.8 percent to RO 6.174 billion, from RO 6.353 billion a year ago. "
            f"{lead} 13.5 percent reduction.")


def _cause_figures():
    return [_growth("2.8 percent", 2.8, "total public expenditure", "2019-H1", "2018-H1"),
            _omr("RO 6.174 billion", 6.174e9, "2019-H1"), _omr("RO 6.353 billion", 6.353e9, "2018-H1"),
            _growth("13.5 percent", 13.5, None, "2019-H1", "2018-H1")]


def test_a_growth_given_as_the_cause_of_the_change_before_is_not_that_change():
    _, checks = run(make(_cause_text("This was largely due to a"), _cause_figures()))
    assert flagged(checks) == set()
    # "That was a 13.5 percent reduction": the change of the sentence before, measured
    _, checks = run(make(_cause_text("That was a"), _cause_figures()))
    assert "13.5 percent" in flagged(checks)


def test_a_growth_whose_words_name_the_level_it_reached_is_not_measured_from_others():
    text = ("Revenue from tourism fell in February, from €52.7m to €52.4m. "
            "January saw a 3.2 per cent annual rise to €39.6m.")
    figures = [{"surface": "€52.7m", "value": 52.7e6, "unit": "EUR", "metric": "revenue from tourism", "period": "2018-02"},
               {"surface": "€52.4m", "value": 52.4e6, "unit": "EUR", "metric": "revenue from tourism", "period": "2019-02"},
               # the frame's misreadings: the rise dated February, its level named otherwise
               _growth("3.2 per cent", 3.2, "revenue from tourism", "2019-02", "2018-02", "up"),
               {"surface": "€39.6m", "value": 39.6e6, "unit": "EUR", "metric": "annual", "period": "2019-01"}]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # without a level of its own, the level stated for its period is its level
    text = text.replace(" annual rise to €39.6m", " annual rise").replace("January", "February")
    _, checks = run(make(text, figures[:3]))
    assert "3.2 per cent" in flagged(checks)


def _gyd(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "GYD", "metric": metric, "period": "2019"}


def _balance_text(between):
    return (f"Current revenue is $238,322 million. Current expenditure is $213,101 million{between}, "
            "giving a current balance of $19,017 million.")


def test_a_balance_whose_sentence_takes_away_a_further_item_is_no_plain_difference_of_two_sides():
    figures = [_gyd("$238,322 million", 238322e6, "current revenue"),
               _gyd("$213,101 million", 213101e6, "current expenditure"),
               _gyd("$6,204 million", 6204e6, "interest expenditure"),
               _gyd("$19,017 million", 19017e6, "current balance")]
    _, checks = run(make(_balance_text(" while interest expenditure is $6,204 million"), figures))
    assert flagged(checks) == set()
    # with the two sides alone, revenue − spending is the balance, and 19,017 is not it
    figures = [f for f in figures if f["surface"] != "$6,204 million"]
    _, checks = run(make(_balance_text(""), figures))
    assert flagged(checks)


def _usd(surface, value, metric):
    return {"surface": surface, "value": value, "metric": metric, "period": "2022"}


def test_a_figure_of_what_a_trade_yielded_is_not_the_trade_total():
    text = "Exports came to $7.06 billion and imports to $5.17 billion. Foreign trade generated $1.9 billion{}."
    figures = [_usd("$7.06 billion", 7.06e9, "exports"), _usd("$5.17 billion", 5.17e9, "imports"),
               _usd("$1.9 billion", 1.9e9, "foreign trade")]
    _, checks = run(make(text.format(" in profits"), figures))
    assert flagged(checks) == set()
    _, checks = run(make(text.format(""), figures))
    assert flagged(checks)  # exports + imports = trade, which 1.9 billion is not


def _fish(surface, value, metric="fish"):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric, "period": "2019"}


def _share(surface, value):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": "harvest",
            "role": "share", "period": "2019"}


def test_figures_each_stated_as_a_share_of_one_whole_are_siblings():
    text = ("Pink salmon made up 62 percent of the harvest with 129.1 million fish. "
            "Chum salmon made up 9 percent of the harvest at 18.5 million fish.")
    figures = [_share("62 percent", 62.0), _fish("129.1 million fish", 129.1e6, "fish of the harvest"),
               _share("9 percent", 9.0), _fish("18.5 million fish", 18.5e6)]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
    # a whole stated without a share of its own still bounds its parts
    text = "Pink salmon made up 62 percent of the harvest with 129.1 million fish. The catch was 18.5 million fish."
    _, checks = run(make(text, [f for f in figures if f["surface"] != "9 percent"]))
    assert "18.5 million fish" in flagged(checks)


@pytest.mark.parametrize("verb", ["accounting for", "amounting to", "equivalent to", "contributing"])
def test_figures_each_followed_by_their_share_of_one_whole_are_siblings(verb):
    """Any verb that introduces a share after its part (relations.vocabulary.SHARE_VERBS)
    states the figure before it as a share of the whole."""
    text = ("Pink salmon landings were 129.1 million fish, {v} 62 percent of the harvest. "
            "Chum salmon landings were 18.5 million fish, {v} 9 percent of the harvest.").format(v=verb)
    figures = [_fish("129.1 million fish", 129.1e6, "fish of the harvest"), _share("62 percent", 62.0),
               _fish("18.5 million fish", 18.5e6), _share("9 percent", 9.0)]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()


def test_the_figure_a_growth_is_compared_to_is_not_the_level_it_reached():
    text = ("Merchandise trade amounted to N$14.4 billion in April, a decrease of 20.3% when compared to "
            "N$18 billion recorded in March and an increase of 13% when compared to N$12.7 billion a year earlier.")
    figures = [{"surface": "N$14.4 billion", "value": 14.4e9, "unit": "NAD", "metric": "merchandise trade",
                "period": "2022-04"},
               _growth("20.3%", 20.3, "merchandise trade", "2022-04", "2022-03"),
               {"surface": "N$18 billion", "value": 18e9, "unit": "NAD", "metric": "merchandise trade",
                "period": "2022-03"},
               _growth("13%", 13.0, "merchandise trade", "2022-04", "2021-04", "up"),
               {"surface": "N$12.7 billion", "value": 12.7e9, "unit": "NAD", "metric": "merchandise trade",
                "period": "2021-04"}]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert sum(r.kind == "percent_change" for r in analysis.confirmed) == 2
