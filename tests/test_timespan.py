import pytest

from factcheck import timespan
from factcheck.timespan import Relation


@pytest.mark.parametrize("period,canonical", [
    ("2024", "2024"), ("2024-H1", "2024-H1"), ("2024-01/2024-06", "2024-H1"), ("2024-07/2024-12", "2024-H2"),
    ("2024-04/2024-06", "2024-Q2"), ("2024-01/2024-12", "2024"), ("2024-05", "2024-05"), ("2024-05/2024-05", "2024-05"),
    ("2024-01/2024-07", "2024-01/2024-07"), ("2023-04/2024-03", "2023-04/2024-03"), ("FY2023-24", "2023-04/2024-03"),
    ("2024-05-21", "2024-05-21"), ("2024-Q1/2024-Q2", "2024-H1"),
    # whole years: the interval of their names, however written
    ("2019-01/2023-12", "2019/2023"), ("2019/2023", "2019/2023"), ("2019-H1/2023-H2", "2019/2023"),
    ("2019-01/2023-11", "2019-01/2023-11"),
])
def test_one_notation_per_span(period, canonical):
    assert timespan.canonical(period) == canonical


@pytest.mark.parametrize("bad", ["2024-13", "2024-02-30", "2024-07/2024-01", "last year", "", None])
def test_not_periods(bad):
    assert timespan.parse(bad) is None


@pytest.mark.parametrize("a,b,rel", [
    ("2024-03", "2024-Q1", Relation.WITHIN), ("2024", "2024-H2", Relation.CONTAINS),
    ("2024-H1", "2024-01/2024-06", Relation.EQUAL), ("2024-01/2024-07", "2024-H2", Relation.OVERLAPS),
    ("2023", "2024-01", Relation.DISJOINT), ("2023-04/2024-03", "2024-Q1", Relation.CONTAINS),
])
def test_relations_between_spans(a, b, rel):
    assert timespan.relate(a, b) is rel


def test_shift_years_keeps_the_span():
    assert timespan.shift_years("2024-H1", -1) == "2023-H1"
    assert timespan.shift_years("2024-02", -1) == "2023-02"
    assert timespan.shift_years("2023-04/2024-03", -1) == "2022-04/2023-03"
    assert timespan.shift_years("2024-02-29", -1) == "2023-02-28"
    assert timespan.parse("2024-02").months == 1 and timespan.parse("2023-04/2024-03").months == 12


@pytest.mark.parametrize("a,b,inside", [
    ("2024-03", "2024-Q1", True), ("2024-Q2", "2024-01/2024-06", True),
    ("2024-H1", "2024-01/2024-06", False),  # the same span, not a part of it
    ("2024", "2024-H2", False), ("2023-12", "2024", False), ("last year", "2024", False),
])
def test_within_is_a_strict_part(a, b, inside):
    assert timespan.within(a, b) is inside
