"""Published slips the engine tested but let pass (issue 8, round 52): an identity the text
only suggests, printed so finely that one key off makes it hold to the last digit, names
that key as the slip: a figure stated twice, once among words of a reckoning ("an estimated
$512.4 million" against "$522.4 million"), and a growth of three significant digits whose
levels stand paragraphs apart. Coarser figures, two digits off and clean text stay clean.
Our own sentences, none from the corpus."""

from __future__ import annotations

from test_relations import flagged, make, run


def _catch(headline="$522.4 Million", value=522.4e6):
    text = (f"Lobster Season Valued at {headline}\n"
            "The lobster catch this season has an estimated landed value of $512.4 million, officials said.")
    return make(text, [
        {"surface": headline, "value": value, "metric": "lobster catch landed value", "period": "2024"},
        {"surface": "$512.4 million", "value": 512.4e6, "metric": "lobster catch landed value", "period": "2024"},
    ])


def test_a_restated_figure_one_key_off_is_caught():
    analysis, checks = run(_catch())
    assert flagged(checks) == {"$512.4 million"}
    assert checks["$512.4 million"].correction == "$512.4 million → $522.4 million"


def test_a_restated_figure_that_agrees_is_clean():
    analysis, checks = run(_catch("$512.4 Million", 512.4e6))
    assert flagged(checks) == set()


def test_a_restated_figure_two_digits_off_is_left_alone():
    # an estimate and an outcome may differ: only one key off is a slip
    analysis, checks = run(_catch("$538.9 Million", 538.9e6))
    assert flagged(checks) == set()


def _remittances(growth="6.35 percent", growth_value=6.35, later="$13.404 billion", later_value=13.404e9):
    text = (f"Remittances sent home by workers abroad reached {later} in the first nine months of the fiscal year.\n"
            "Officials credited the new exchange rate policy and a campaign for formal channels.\n"
            f"So far, the inflows show an increase of {growth}, compared to $12.604 billion in the same "
            "period of the last fiscal year.")
    return make(text, [
        {"surface": later, "value": later_value, "metric": "workers' remittances", "period": "2024-07/2025-03"},
        {"surface": growth, "value": growth_value, "metric": "workers' remittances", "period": "2024-07/2025-03",
         "role": "growth", "direction": "up", "base_period": "2023-07/2024-03", "unit": "percent", "kind": "percent"},
        {"surface": "$12.604 billion", "value": 12.604e9, "metric": "workers' remittances",
         "period": "2023-07/2024-03"},
    ])


def test_a_growth_from_levels_apart_holds_when_clean():
    analysis, checks = run(_remittances())
    assert flagged(checks) == set()
    assert any(r.kind == "percent_change" and r.holds for r in analysis.relations)


def test_a_level_one_key_off_from_its_fine_growth_is_caught():
    analysis, checks = run(_remittances(later="$14.404 billion", later_value=14.404e9))
    assert flagged(checks) == {"$14.404 billion"}
    assert checks["$14.404 billion"].correction == "$14.404 billion → $13.404 billion"


def test_a_coarse_growth_names_no_key_off():
    # "10 percent" is too coarse for a key off ($13.864 billion) to be told from a coincidence
    analysis, checks = run(_remittances("10 percent", 10, later="$14.864 billion", later_value=14.864e9))
    assert flagged(checks) == set()
    assert any(r.kind == "percent_change" and not r.holds for r in analysis.relations)


def _debt(total="$84.6 billion", value=84.6e9):
    text = (f"Public debt reached {total} at the end of June, with domestic debt at $51.2 billion "
            "and external debt at $33.4 billion.")
    return make(text, [
        {"surface": total, "value": value, "metric": "public debt", "period": "2024-06-30"},
        {"surface": "$51.2 billion", "value": 51.2e9, "metric": "domestic public debt", "period": "2024-06-30"},
        {"surface": "$33.4 billion", "value": 33.4e9, "metric": "external public debt", "period": "2024-06-30"},
    ])


def test_domestic_and_external_debt_make_the_whole():
    analysis, checks = run(_debt())
    assert flagged(checks) == set()
    assert any(r.kind == "sum" and r.holds and r.exact and r.compare == "=" for r in analysis.relations)


def test_a_whole_that_its_domestic_and_external_sides_do_not_make_is_caught():
    # 51.2 + 33.4 = 84.6, not 91.3: no one slip explains it, the sides determine the whole
    analysis, checks = run(_debt("$91.3 billion", 91.3e9))
    assert flagged(checks) == {"$91.3 billion"}
    assert checks["$91.3 billion"].correction == "$91.3 billion → $84.6 billion"
