"""Other names of one series in news copy, and the names that must stay apart: each pair in
words of our own."""

import pytest

from factcheck.matching import metric_score
from factcheck.models import Reference


def _ref(metric):
    return Reference(id="r", metric=metric, value=1.0, unit_code="count", unit_text="", aliases=[], subject=[],
                     period=None, end=None, role=None, source={"publisher": "p", "url": "u"})


@pytest.mark.parametrize("claim,ref", [
    ("cruise passengers", "cruise passenger arrivals"),  # passengers arriving are counted as passengers
    ("tourists", "tourist entries"),
    ("immigrants", "immigration"),
    ("emigrants", "emigration"),
    ("tax collections", "tax receipts"),
    ("customs collections", "customs revenue"),
    ("capital expenses", "capital expenditure"),
    ("public spending", "public expenditure"),
])
def test_other_names_of_one_series_match(claim, ref):
    assert metric_score(claim, _ref(ref)) >= 1


@pytest.mark.parametrize("claim,ref", [
    ("immigrants", "emigration"),
    ("air passengers", "tourist arrivals by air"),  # passengers include residents coming home
    ("exports growth", "growth of total imports and exports"),
    ("capital expenditure", "tax receipts"),
])
def test_different_series_stay_apart(claim, ref):
    assert metric_score(claim, _ref(ref)) == 0
