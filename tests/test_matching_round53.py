"""Matching, round 53 (issue 8): a figure the reader leaves without a period (a stretch of
time longer than its sentence's year, a count of the members its sentence names, a standing
fact) is supported by the undated series its sentence names in full, as a dated figure is by
a series of its period; never by a dated one, and never contradicted. In words of our own."""

import pytest

from factcheck.check import check_claims
from factcheck.models import Claim, Reference


def ref(value, metric, period=None, unit="year", id="r1"):
    return Reference(id=id, metric=metric, value=value, unit_code=unit, unit_text=unit, aliases=[],
                     subject=["Ruritania"], period=period, source={"publisher": "P", "url": "https://example.org"})


def claim(value, sentence, surface, period=None, unit="year", kind="duration", role="span"):
    at = sentence.index(surface)
    c = Claim(surface=surface, span=(at, at + len(surface)), value=value, unit=unit, kind=kind, qualifier="exact",
              precision=None, metric="duration", subject=["Ruritania"], period=period, end=None, role=role,
              sentence=sentence)
    c.context["local"] = (at, at + len(surface))
    return c


def verdict(c, refs):
    check_claims([c], refs, findings=[])
    return c.check.verdict, c.check.reference


S = "The budget was the first approved in the 31 years of independence Ruritania has known."


def test_an_undated_figure_is_supported_by_the_undated_series_its_sentence_names():
    assert verdict(claim(31, S, "31 years"), [ref(31, "years of independence")]) == ("supported", "r1")


@pytest.mark.parametrize("refs", [
    [ref(31, "years of independence", period="2018")],  # a dated series is no undated figure's
    [ref(31, "term of office")],  # another series
    [ref(29, "years of independence")],  # a figure that disagrees is never contradicted by it
])
def test_an_undated_figure_is_no_match_for_a_dated_or_other_series(refs):
    assert verdict(claim(31, S, "31 years"), refs) == ("unverified", None)
