"""Matching, round 53 (issue 8): a figure the reader leaves without a period (a stretch of
time longer than its sentence's year, a count of the members its sentence names, a standing
fact) is supported by the undated series its sentence names in full, as a dated figure is by
a series of its period; never by a dated one, and never contradicted. In words of our own."""

import pytest

from test_matching_round48 import claim, ref, verdict

S = "The budget was the first approved in the 31 years of independence Ruritania has known."


def undated(sentence=S, surface="31 years", value=31):
    return claim(value, "duration", sentence, surface, period=None, unit="year", kind="duration", role="span")


def test_an_undated_figure_is_supported_by_the_undated_series_its_sentence_names():
    assert verdict(undated(), [ref(31, "years of independence", period=None, unit="year")]) == ("supported", "r1")


@pytest.mark.parametrize("metric,value,period", [
    ("years of independence", 31, "2018"),  # a dated series is no undated figure's
    ("term of office", 31, None),  # another series
    ("years of independence", 29, None),  # a figure that disagrees is never contradicted by it
])
def test_an_undated_figure_is_no_match_for_a_dated_or_other_series(metric, value, period):
    assert verdict(undated(), [ref(value, metric, period=period, unit="year")]) == ("unverified", None)
