"""Matching a claim to the reference entry for its series (issue 8): a subject named by a code,
a demonym or another spelling; a metric that names only the item a series is counted of;
the least specific of several series a bare metric may be; British spellings. Each in words of
our own."""

import pytest

from factcheck.check import check_claims
from factcheck.matching import item_of_flow, match, subjects_overlap
from factcheck.models import Claim, Reference


def ref(value, metric="exports", subject=("Kenya",), period="2023", unit="USD", id="r1"):
    return Reference(id=id, metric=metric, value=value, unit_code=unit, unit_text=unit, aliases=[],
                     subject=list(subject), period=period, source={"publisher": "P", "url": "https://example.org"})


def claim(value, metric="exports", subject=("Kenya",), period="2023", unit="USD", kind="money", role="level"):
    return Claim(surface="x", span=(0, 1), value=value, unit=unit, kind=kind, qualifier="exact", precision=None,
                 metric=metric, subject=list(subject), period=period, end=None, role=role)


@pytest.mark.parametrize("name", ["KE", "KEN", "Kenyan", "Kenya"])
def test_a_reference_subject_by_code_or_demonym_meets_the_country(name):
    assert subjects_overlap(claim(1.0), ref(1.0, subject=(name,))) is True


@pytest.mark.parametrize("name,country", [("St Lucia", "Saint Lucia"), ("Cape Verde", "Cabo Verde"),
                                          ("NO", "Norway"), ("Czechia", "Czech Republic")])
def test_other_spellings_and_codes_of_a_place_meet(name, country):
    assert subjects_overlap(claim(1.0, subject=(country,)), ref(1.0, subject=(name,))) is True


@pytest.mark.parametrize("name,country", [("Nairobi", "Kenya"), ("England", "United Kingdom"),
                                          ("Tokyo", "Japan"), ("Uganda", "Kenya"), ("ke", "Kenya")])
def test_a_city_a_part_or_another_country_is_not_the_place(name, country):
    assert subjects_overlap(claim(1.0, subject=(country,)), ref(1.0, subject=(name,))) is False


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("maize", "maize exports"),
    ("crude palm oil decline", "exports of crude palm oil"),
    ("copper cathodes", "imports of copper cathodes"),
    ("excise duty", "government revenue from excise duty"),
    ("fuel subsidies", "public expenditure on fuel subsidies"),
    ("investment", "investment inflows"),
])
def test_a_metric_naming_only_the_item_may_be_its_flow(claim_metric, ref_metric):
    assert item_of_flow(claim_metric, ref(1.0, metric=ref_metric))
    # (a recipient's 'remittances' are not an item of its 'remittance inflows' but that series
    # itself: tests/test_series_names59.py)


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("exports", "re-exports share of exports"),    # the claim names a flow itself
    ("trade", "trade revenue"),
    ("trade balance", "exports of trade goods"),
    ("maize", "maize price"),                      # a price is not counted of items
    ("ships", "exports of ships and aircraft"),     # half a coordination is not the pair
    ("cocoa", "exports of coffee"),
])
def test_other_series_are_not_an_item_of_a_flow(claim_metric, ref_metric):
    assert not item_of_flow(claim_metric, ref(1.0, metric=ref_metric))


def test_an_item_supports_its_flow_by_an_agreeing_figure_and_never_contradicts():
    refs = [ref(41e6, metric="maize exports")]
    agreeing = claim(41e6, metric="maize")
    check_claims([agreeing], refs, findings=[])
    assert agreeing.check.verdict == "supported"
    differing = claim(50e6, metric="maize")
    check_claims([differing], refs, findings=[])
    assert differing.check.verdict != "contradicted"
    # the relations compute with no such reference
    assert match(claim(41e6, metric="maize"), refs).reference is None


def test_a_bare_series_is_the_least_specific_of_the_references_it_names_less_of():
    refs = [ref(9_000.0, metric="inbound visitors", unit="count", id="all"),
            ref(7_500.0, metric="inbound visitors on holiday", unit="count", id="holiday"),
            ref(1_500.0, metric="inbound visitors on business", unit="count", id="business")]
    c = claim(9_000.0, metric="visitors", unit="count", kind="count")
    assert match(c, refs, weak=True).reference.id == "all"
    check_claims([c], refs, findings=[])
    assert c.check.verdict == "supported"
    # asked for a figure to compute with, several series still leave it open
    assert match(c, refs).reference is None


@pytest.mark.parametrize("claim_metric,ref_metric", [("labor force", "labour force"),
                                                     ("fertilizer imports", "fertiliser imports")])
def test_british_and_american_spellings_name_one_series(claim_metric, ref_metric):
    c = claim(3.0, metric=claim_metric)
    assert match(c, [ref(3.0, metric=ref_metric)]).reference is not None
