"""Of references that fit a claim equally well, the one named as the claim names its series,
then the one in the claim's own unit: the reference that states what the claim states. A
wrong figure against it is still contradicted."""

from factcheck.check import compare
from factcheck.matching import match
from factcheck.models import Claim, Reference


def ref(rid, metric, value, unit="count", subject=("Croatia",), period="2019"):
    return Reference(id=rid, metric=metric, value=value, unit_code=unit, unit_text=unit, subject=list(subject),
                     period=period, source={"publisher": "P", "url": "https://example.org"}, role="level")


def claim(value, metric, unit="count", kind="count", subject=("Croatia",), period="2019"):
    return Claim(surface="x", span=(0, 1), value=value, unit=unit, kind=kind, qualifier="exact", metric=metric,
                 subject=list(subject), period=period, role="level")


def test_the_reference_named_as_the_claim_names_its_series_wins_a_tie():
    refs = [ref("visitors", "visitors", 21e6), ref("tourists", "tourists", 19.6e6)]
    m = match(claim(21e6, "visitors"), refs, weak=True)
    assert m.reference is not None and m.reference.id == "visitors"
    m = match(claim(19.6e6, "tourists"), refs, weak=True)
    assert m.reference is not None and m.reference.id == "tourists"


def test_the_reference_in_the_claims_own_unit_wins_a_tie():
    refs = [ref("oz", "gold production", 550960, unit="troy_ounce", subject=("Kyrgyzstan",), period="2016"),
            ref("kg", "gold production", 17136.78, unit="kilogram", subject=("Kyrgyzstan",), period="2016")]
    c = claim(550960, "gold production", unit="troy_ounce", kind="measure", subject=("Kyrgyzstan",), period="2016")
    m = match(c, refs, weak=True)
    assert m.reference is not None and m.reference.id == "oz"


def test_a_wrong_figure_against_the_reference_named_as_stated_is_contradicted():
    refs = [ref("visitors", "visitors", 21e6), ref("tourists", "tourists", 19.6e6)]
    c = claim(25e6, "visitors")
    m = match(c, refs, weak=True)
    assert m.reference.id == "visitors"
    assert compare(c, m.reference).verdict == "contradicted"
