"""Series identity in the relations engine, round 41 (issue 8): words that name a series'
sum ("the import bill", "the year's tally") or a scale word a metric phrase ran back over
name no series of their own, as the matching vocabulary already read them; words that tell
series apart still do."""

from __future__ import annotations

from factcheck.relations.graph import concept_of, series_words

from conftest import inconsistent


def test_the_import_bill_is_imports():
    assert concept_of(series_words("import bill")) == concept_of(series_words("imports"))
    assert series_words("the oil import bill") == series_words("oil imports")


def test_a_bill_of_another_series_stays_apart():
    assert series_words("wage bill") != series_words("imports")
    assert series_words("food import bill") != series_words("imports")


def test_a_scale_word_left_in_a_metric_names_nothing():
    assert series_words("billion aggregate revenues") == series_words("aggregate revenues")


def test_deficit_against_an_import_bill_and_exports_is_checked():
    # 6,120 − 2,350 is 3,770: the deficit is printed 3,870
    text = ("Ruritania's import bill reached $6,120 million in 2023, while exports were $2,350 million, "
            "leaving a trade deficit of $3,870 million.")
    assert inconsistent(text, "2024-03-01")
    assert not inconsistent(text.replace("3,870", "3,770"), "2024-03-01")
