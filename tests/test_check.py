"""Reference matching and rounding-/qualifier-aware comparison."""

import pytest

from factcheck.check import compare
from factcheck.matching import head, match, metric_score
from factcheck.models import Claim, Reference


def ref(value, unit="USD", metric="bilateral trade", subject=("China", "Russia"), period="2024", **kw):
    return Reference(id=kw.pop("id", "r1"), metric=metric, value=value, unit_code=unit, unit_text=unit,
                     subject=list(subject), period=period, source={"publisher": "P", "url": "https://example.org"}, **kw)


def claim(value, unit="USD", qualifier="exact", precision=None, metric="bilateral trade",
          subject=("China", "Russia"), period="2024", kind="money", end=None, surface="x"):
    return Claim(surface=surface, span=(0, 1), value=value, unit=unit, kind=kind, qualifier=qualifier,
                 precision=precision, metric=metric, subject=list(subject), period=period, end=end)


def test_rounding_aware_support():
    c = claim(244.8e9, precision=0.1e9)
    assert compare(c, ref(244.81e9)).verdict == "supported"
    assert compare(c, ref(244.9e9)).verdict == "contradicted"
    check = compare(c, ref(250.1e9))
    assert check.reasons == ["244.8 billion USD differs from reference 250.1 billion USD (−2.1%; P)"]  # P: its publisher
    assert check.expected == "250.1 billion USD"


@pytest.mark.parametrize("qualifier,value,reference,verdict", [
    ("more_than", 40, 42, "supported"),
    ("more_than", 40, 38, "contradicted"),
    ("more_than", 40, 40, "contradicted"),  # "more than 40 times" against exactly 40
    ("at_least", 40, 40, "supported"),
    ("less_than", 5, 4.9, "supported"),
    ("less_than", 5, 5, "contradicted"),
    ("at_most", 5, 5, "supported"),
    ("approx", 40, 41.5, "supported"),
    ("approx", 40, 45, "contradicted"),
])
def test_qualifiers(qualifier, value, reference, verdict):
    c = claim(value, unit="percent", kind="percent", qualifier=qualifier, precision=1.0, metric="market share")
    assert compare(c, ref(reference, unit="percent", metric="market share")).verdict == verdict


def test_range_claims():
    c = claim(18, unit="percent", kind="percent", qualifier="range", end=25, precision=1.0, metric="share")
    assert compare(c, ref(20, unit="percent", metric="share")).verdict == "supported"
    assert compare(c, ref(30, unit="percent", metric="share")).verdict == "contradicted"


def test_reference_tolerance_widens_the_claim_precision():
    c = claim(132e6, unit="count", kind="count", precision=1e6, metric="inbound trips", subject=("China",))
    r = ref(131.0e6, unit="count", metric="inbound trips", subject=("China",), tolerance_abs=1.5e6)
    assert compare(c, r).verdict == "supported"
    assert compare(c, ref(131.0e6, unit="count", metric="inbound trips", subject=("China",))).verdict == "contradicted"


def test_metric_heads():
    assert head("growth of total imports and exports") == "growth"
    assert head("bilateral trade") == "trade"
    assert head("countries with comprehensive mutual visa exemption") == "country"
    r = ref(1, metric="bilateral trade", aliases=["trade", "trade volume"])
    assert metric_score("Bilateral Trade", r) == 3
    assert metric_score("bilateral trade volume", r) == 3 or metric_score("bilateral trade volume", r) == 2
    assert metric_score("trade surplus", r) == 0  # another head noun: another quantity
    r2 = ref(1, metric="international tourism spending")
    assert metric_score("tourism spending", r2) == 1


def test_subjects_must_all_be_named():
    china_us = ref(688.3e9, metric="bilateral trade", subject=("China", "United States"), id="cn-us")
    china_ru = ref(244.8e9, metric="bilateral trade", subject=("China", "Russia"), id="cn-ru")
    m = match(claim(244.8e9, precision=0.1e9), [china_us, china_ru])
    assert m.reference.id == "cn-ru"


def test_bilateral_claim_does_not_match_a_one_party_total():
    total = ref(43.85e12, unit="CNY", metric="foreign trade", subject=("China",), aliases=["trade"])
    c = claim(6.98e12, unit="CNY", metric="trade", subject=("ASEAN", "China"))
    assert match(c, [total]).reference is None


def test_claim_without_period_is_ambiguous_across_periods():
    refs = [ref(240.1e9, period="2023", id="y2023"), ref(244.8e9, period="2024", id="y2024")]
    m = match(claim(244.8e9, period=None), refs)
    assert m.reference is None and [r.id for r in m.ambiguous] == ["y2023", "y2024"]
    m = match(claim(244.8e9, period=None), refs[1:])
    assert m.reference.id == "y2024"


def test_periods_by_month_prefix():
    r = ref(29, unit="count", metric="countries", subject=("China",), period="2025-05")
    assert match(claim(29, unit="count", kind="count", metric="countries", subject=("China",), period="2025-05-21"), [r]).reference
    assert not match(claim(29, unit="count", kind="count", metric="countries", subject=("China",), period="2025"), [r]).reference


def test_units_must_share_a_dimension():
    r = ref(1.74e12, unit="CNY")
    assert match(claim(244.8e9, unit="USD"), [r]).reference is None


def test_claim_without_period_never_matches_a_later_reference():
    r = ref(2.5, unit="percent", metric="inflation rate", subject=("United Kingdom",), period="2024-12")
    c = claim(2.2, unit="percent", kind="percent", metric="inflation rate", subject=("United Kingdom",), period=None, precision=0.1)
    assert match(c, [r]).reference is not None  # no date known: the single fitting reference
    assert match(c, [r], as_of="2024-08-14").reference is None
    assert match(c, [r], as_of="2025-01-20").reference is not None


def test_a_projection_is_not_contradicted_by_the_outcome():
    from factcheck.check import check_claims

    r = ref(36.87e6, unit="count", metric="visitor numbers", subject=(), period="2024")
    c = claim(35e6, unit="count", kind="count", metric="visitor numbers", subject=(), period="2024", precision=1e6,
              surface="35 million")
    c.sentence = "If trends continue, visitor numbers in 2024 will reach 35 million, JNTO estimates."
    check_claims([c], [r])
    assert c.check.verdict == "unverified" and c.check.reference == r.id
    assert c.check.reasons == ["a projection; the reference value is 36.87 million"]
    c.sentence = "Visitor numbers in 2024 reached 35 million."
    check_claims([c], [r])
    assert c.check.verdict == "contradicted"
