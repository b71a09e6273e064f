"""Matching a claim to the entry a publisher names its series by (issue 8, strict): a sector's
growth or output told without 'sector' or 'real', a participle after its noun, the other names
of one series (pre-tax profit, economic growth, FX reserves), a country called by its first
part. Two different series still never match; a wrong figure is still contradicted. Each in
words of our own."""

import pytest

from factcheck.check import check_claims
from factcheck.matching import match, metric_score, subjects_overlap
from factcheck.models import Claim, Reference


def ref(value, metric, subject=("Ruritania",), period="2023", unit="percent", id="r1"):
    return Reference(id=id, metric=metric, value=value, unit_code=unit, unit_text=unit, aliases=[],
                     subject=list(subject), period=period, source={"publisher": "P", "url": "https://example.org"})


def claim(value, metric, subject=("Ruritania",), period="2023", unit="percent", kind="percent", role=None):
    return Claim(surface="x", span=(0, 1), value=value, unit=unit, kind=kind, qualifier="exact", precision=None,
                 metric=metric, subject=list(subject), period=period, end=None, role=role)


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("fishing growth", "fishing sector real growth"),          # the sector, its real growth
    ("mining sector growth", "mining real growth"),
    ("production of textiles", "textiles production output"),
    ("tertiary sector decline", "tertiary sector output"),
    ("number of persons employed", "employed persons"),         # a participle after its noun
    ("company pre-tax profits", "profit before tax"),
    ("net earnings", "profit after tax"),
    ("economic growth", "GDP growth"),
    ("FX reserves", "foreign exchange reserves"),
    ("foreign debt", "external debt"),
    ("average stay", "average length of stay"),
    ("inflow of remittances", "inward remittances"),
    ("imports and exports growth", "trade"),                   # a role of both is not a shared head
    ("exports and imports value", "trade"),
    ("expenditure and net lending", "general government expenditure and net lending"),
])
def test_one_series_in_two_wordings_matches(claim_metric, ref_metric):
    assert metric_score(claim_metric, ref(1.0, ref_metric)) > 0


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("fishing real growth", "fishing nominal growth"),
    ("real GDP growth", "nominal GDP growth"),
    ("exports by rail", "exports by air"),
    ("unemployment rate, seasonally adjusted", "unemployment rate, not seasonally adjusted"),
    ("non-seasonally adjusted unemployment rate", "seasonally adjusted unemployment rate"),
    ("profit before tax", "profit after tax"),
    ("fishing growth", "mining sector real growth"),
    ("oil exports", "oil and gas exports"),                     # half a coordination is not the pair
    ("imports and exports growth", "exports"),
    ("registered unemployed", "registered employed"),          # after an adjective the participle is the noun
])
def test_two_series_never_match(claim_metric, ref_metric):
    assert metric_score(claim_metric, ref(1.0, ref_metric)) == 0
    assert metric_score(ref_metric, ref(1.0, claim_metric)) == 0


def test_a_sector_told_without_real_is_supported_by_its_figure_and_never_contradicted():
    refs = [ref(3.4, "fishing sector real growth")]
    agreeing = claim(3.4, "fishing growth", role="growth")
    check_claims([agreeing], refs, findings=[])
    assert agreeing.check.verdict == "supported"
    # the claim names less than the entry ('real' unsaid): a different figure may be nominal
    differing = claim(5.0, "fishing growth", role="growth")
    check_claims([differing], refs, findings=[])
    assert differing.check.verdict != "contradicted"
    assert differing.check.verdict != "supported"


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("economic growth", "GDP growth"),
    ("production of textiles", "textiles production output"),
    ("pre-tax profits", "profit before tax"),
])
def test_one_series_otherwise_worded_supports_the_figure_and_contradicts_another(claim_metric, ref_metric):
    refs = [ref(2.5, ref_metric)]
    agreeing = claim(2.5, claim_metric)
    check_claims([agreeing], refs, findings=[])
    assert agreeing.check.verdict == "supported"
    wrong = claim(4.5, claim_metric)
    check_claims([wrong], refs, findings=[])
    assert wrong.check.verdict == "contradicted"


def test_a_country_called_by_its_first_part_is_the_country():
    c = claim(1.0, "exports", subject=("Bosnia",))
    assert subjects_overlap(c, ref(1.0, "exports", subject=("Bosnia and Herzegovina",))) is True


def test_two_names_of_one_place_are_not_a_bilateral_flow():
    c = claim(7.0, "exports", subject=("Antigua", "Antigua and Barbuda"), unit="USD", kind="money")
    assert match(c, [ref(7.0, "exports", subject=("Antigua and Barbuda",), unit="USD")]).reference is not None
    two = claim(7.0, "exports", subject=("Antigua and Barbuda", "Ruritania"), unit="USD", kind="money")
    assert match(two, [ref(7.0, "exports", subject=("Antigua and Barbuda",), unit="USD")]).reference is None
