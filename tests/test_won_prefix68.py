"""The South Korean won glued to the figure as Korean papers print it (issue 9, money forms):
"W1.6 quadrillion", "W1,303 to the dollar" are won where the article names South Korea, and
nothing elsewhere, where "W3" is a district or a route. Sentences of our own."""

from __future__ import annotations

from conftest import checked_by_surface

DAY = "2022-08-01"


def test_won_glued_to_the_figure_in_a_korean_story():
    by = checked_by_surface("South Korea's household debt reached W1.6 quadrillion last year, and the won "
                            "traded at W1,303 to the dollar.\n", DAY)
    assert by["W1.6 quadrillion"].unit == "KRW"
    assert by["W1.6 quadrillion"].value == 1.6e15
    assert by["W1,303 to the dollar"].unit == "KRW / USD"


def test_no_won_where_no_korea_is_named():
    by = checked_by_surface("The W3 route carries 5,000 riders a day, and W12 billion was spent on it.\n", DAY)
    assert not any(c.unit.startswith("KRW") for c in by.values())


def test_a_change_per_person_is_not_the_change_of_the_total():
    # the won now read, "each Korean took on W5 million" met the debt's two levels as their
    # difference and was flagged: no one slip takes a change that far below its levels
    by = checked_by_surface("South Korea's household debt soared from W1.6 quadrillion in late 2019 to "
                            "W1.9 quadrillion at the end of last year. That means each Korean took on an "
                            "additional W5 million in debt.\n", DAY)
    assert by["W5 million"].check.verdict != "inconsistent"


def test_a_change_a_scale_word_off_its_levels_is_still_flagged():
    by = checked_by_surface("South Korea's household debt rose from W1.6 quadrillion in late 2019 to "
                            "W1.9 quadrillion at the end of last year, an increase of W300 billion.\n", DAY)
    assert by["W300 billion"].check.verdict == "inconsistent"
