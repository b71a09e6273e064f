"""timespan.before: one period ends before another begins (the test four readers of time
share: a base, a share's earlier whole, a pair told backwards, a level older than a base)."""

from factcheck import timespan


def test_before_is_strict_and_needs_two_periods():
    assert timespan.before("2014", "2015")
    assert timespan.before("2024-06", "2024-Q3")
    assert not timespan.before("2015", "2015-06")  # within, not before
    assert not timespan.before("2024-Q3", "2024-07")  # overlapping
    assert not timespan.before("2016", "2015")
    assert not timespan.before(None, "2015") and not timespan.before("2014", None)
