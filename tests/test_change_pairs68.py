"""A growth and the two levels its own words name, round 68: in a sentence of several
comparisons, each growth's stretch (up to the next change) names its levels ("rose by
7.95% to 279,550 TEUs, compared to 258,955 TEUs ..., while import containers increased by
7.80% to 281,677 TEUs, compared to 261,298 TEUs"); a comma does not part a growth from the
figure it is "from" ("increased by 77.70 percent, from $71.829 million to $127.645
million"), also where the frame carries the sentence's period over from before. Our own
sentences."""

from __future__ import annotations

from test_relations import flagged, make, run


def _growths(analysis, held=True):
    return sorted(r.result.claim.surface for r in analysis.relations
                  if r.rule == "level-change" and r.kind == "percent_change" and r.holds == held)


_PORT = ("Export containers rose by {a} to 279,550 TEUs, compared to 258,955 TEUs in the same month last year, "
         "while import containers increased by 7.80% to 281,677 TEUs, compared to 261,298 TEUs in the same month "
         "last year.")


def _port(a="7.95%", value=7.95):
    def growth(surface, v, metric):
        return {"surface": surface, "value": v, "unit": "percent", "kind": "percent", "role": "growth",
                "metric": metric, "period": "2025-08", "base_period": "2024-08", "direction": "up",
                "context": {"change": "up", "period_inherited": True}}

    def level(surface, v, metric, period):
        # the month the article named before: the frame carries it over to this sentence
        return {"surface": surface, "value": v, "unit": "TEU", "kind": "count", "metric": metric, "period": period,
                "context": {"period_inherited": True} if period == "2025-08" else {}}
    return make(_PORT.format(a=a), [
        growth(a, value, "export containers growth"),
        level("279,550 TEUs", 279550, "export containers", "2025-08"),
        level("258,955 TEUs", 258955, "export containers", "2024-08"),
        growth("7.80%", 7.80, "import containers growth"),
        level("281,677 TEUs", 281677, "import containers", "2025-08"),
        level("261,298 TEUs", 261298, "import containers", "2024-08"),
    ])


def test_each_growth_of_a_sentence_of_comparisons_is_tested_against_its_own_levels():
    analysis, checks = run(_port())
    assert flagged(checks) == set()
    assert _growths(analysis) == ["7.80%", "7.95%"]


def test_a_growth_off_its_own_levels_in_a_sentence_of_comparisons_is_flagged():
    # 279,550 ÷ 258,955 − 1 = 7.95%, the text says 7.59%
    analysis, checks = run(_port("7.59%", 7.59))
    assert "7.59%" in flagged(checks)
    assert _growths(analysis) == ["7.80%"]


_RICE = ("Against $5.1 million in 2017, fruit exports were $6.2 million, and rice exports increased by {g}, "
         "from $71.829 million to $127.645 million.")


def _rice(g="77.70 percent", value=77.70):
    return make(_RICE.format(g=g), [
        {"surface": "$5.1 million", "value": 5.1e6, "metric": "fruit exports", "period": "2017"},
        {"surface": "$6.2 million", "value": 6.2e6, "metric": "fruit exports", "period": "2018"},
        {"surface": g, "value": value, "unit": "percent", "kind": "percent", "role": "growth",
         "metric": "rice exports growth", "period": "2018", "base_period": "2017", "direction": "up",
         "context": {"change": "up", "period_inherited": True}},
        {"surface": "$71.829 million", "value": 71.829e6, "metric": "rice exports", "period": "2017"},
        {"surface": "$127.645 million", "value": 127.645e6, "metric": "rice exports", "period": "2018",
         "context": {"period_inherited": True}},
    ])


def test_a_growth_is_measured_from_the_figure_it_is_from_after_a_comma():
    analysis, checks = run(_rice())
    assert flagged(checks) == set()
    assert _growths(analysis) == ["77.70 percent"]


def test_a_growth_off_the_figures_it_is_from_and_to_after_a_comma_is_flagged():
    # 127.645 ÷ 71.829 − 1 = 77.71%, the text says 71.70%
    analysis, checks = run(_rice("71.70 percent", 71.70))
    assert "71.70 percent" in flagged(checks)
