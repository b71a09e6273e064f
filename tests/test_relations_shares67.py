"""Shares whose frame names both the part and the whole (issue 8, shares67): "the share of
imports in foreign trade turnover was 27.6 percent compared to 34.5 percent a year
before", the levels stated in other sentences. Each share is tested against the one level
of each name for its own period; a "whole" named by the part's own words is never the
whole. Our own sentences; each test fails
without its change."""

from __future__ import annotations

from test_relations import flagged, make, run
from test_relations_shares30 import _shares

TEXT = ("Foreign trade turnover grew from $40.0 billion in 2023 to $50.0 billion in 2024.\n"
        "Imports rose from $13.8 billion to $13.8 billion over the year.\n"
        "The share of imports in foreign trade turnover was 27.6 percent compared to 34.5 percent a year before.")


def _claims(imports_2023="$13.8 billion", value=1.38e10, metric="share of imports in foreign trade turnover"):
    text = TEXT.replace("from $13.8 billion", f"from {imports_2023}")

    def level(surface, v, m, period):
        return {"surface": surface, "value": v, "unit": "USD", "kind": "money", "metric": m, "period": period,
                "subject": ["Ruritania"]}

    def share(surface, v, period):
        return {"surface": surface, "value": v, "unit": "percent", "kind": "percent", "metric": metric,
                "period": period, "role": "share", "subject": ["Ruritania"]}

    return make(text, [
        level("$40.0 billion", 4e10, "foreign trade turnover", "2023"),
        level("$50.0 billion", 5e10, "foreign trade turnover", "2024"),
        level(imports_2023, value, "imports", "2023"),
        level("$13.8 billion", 1.38e10, "imports", "2024"),
        share("27.6 percent", 27.6, "2024"),
        share("34.5 percent", 34.5, "2023"),
    ])


def test_the_share_a_year_before_is_tested_against_that_years_levels():
    analysis, checks = run(_claims())
    assert flagged(checks) == set()
    shares = _shares(analysis)
    # the text's imports in each year; the whole its turnover of that year
    assert sorted(["$40.0 billion", "34.5 percent", "$13.8 billion"]) in shares
    assert sorted(["$50.0 billion", "27.6 percent", "$13.8 billion"]) in shares
    # a slip in the year-before imports (31.8 for 13.8) is caught
    _, checks = run(_claims("$31.8 billion", 3.18e10))
    assert flagged(checks) & {"$31.8 billion", "34.5 percent"}


def test_a_whole_named_by_the_parts_words_is_no_whole():
    # "share of oil in exports": "oil exports" is the part, never the whole
    text = ("Oil exports reached $8.0 billion in 2024, and exports of other goods $2.0 billion.\n"
            "Exports of goods and services totalled $12.0 billion in 2024.\n"
            "The share of oil in exports stood at 66.7 percent.")
    claims = make(text, [
        {"surface": "$8.0 billion", "value": 8e9, "unit": "USD", "kind": "money", "metric": "oil exports",
         "period": "2024"},
        {"surface": "$2.0 billion", "value": 2e9, "unit": "USD", "kind": "money", "metric": "exports of other goods",
         "period": "2024"},
        {"surface": "$12.0 billion", "value": 1.2e10, "unit": "USD", "kind": "money",
         "metric": "exports of goods and services", "period": "2024"},
        {"surface": "66.7 percent", "value": 66.7, "unit": "percent", "kind": "percent",
         "metric": "share of oil in exports", "period": "2024", "role": "share"},
    ])
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    # the whole: the widest exports figure, never the oil exports themselves
    assert sorted(["$12.0 billion", "66.7 percent", "$8.0 billion"]) in _shares(analysis)


PARTITION = ("The authority collected $45.0 million in revenue in October.\n"
             "Domestic taxes brought $30.0 million or 67%, while customs collected $15.0 million, an equivalent of 33%.")


def _partition(whole="$45.0 million", value=4.5e7):
    return make(PARTITION.replace("$45.0 million", whole), [
        {"surface": whole, "value": value, "unit": "USD", "kind": "money", "metric": "revenue collection",
         "period": "2024-10"},
        {"surface": "$30.0 million", "value": 3e7, "unit": "USD", "kind": "money", "metric": "domestic taxes",
         "period": "2024-10"},
        {"surface": "67%", "value": 67.0, "unit": "percent", "kind": "percent", "metric": "domestic taxes",
         "period": "2024-10", "role": "share"},
        {"surface": "$15.0 million", "value": 1.5e7, "unit": "USD", "kind": "money", "metric": "customs",
         "period": "2024-10"},
        {"surface": "33%", "value": 33.0, "unit": "percent", "kind": "percent", "metric": "customs",
         "period": "2024-10", "role": "share"},
    ])


def test_a_partitions_shares_are_of_the_whole_stated_apart_that_the_parts_sum_to():
    analysis, checks = run(_partition())
    assert flagged(checks) == set()
    shares = _shares(analysis)
    # the parts' sum meets the $45.0 million stated in another sentence: each share is of it
    assert sorted(["$45.0 million", "$30.0 million", "67%"]) in shares
    assert sorted(["$45.0 million", "$15.0 million", "33%"]) in shares
    # a whole the parts do not sum to is not theirs
    analysis, _ = run(_partition("$60.0 million", 6e7))
    assert not any("$60.0 million" in s for s in _shares(analysis))
