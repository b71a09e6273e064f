"""Matching a claim to the entry a statistics office names (issue 8, strict), round 48: a claim
whose metric the reader could not read is supported by the one series its sentence names in
full, nearest the figure, never contradicted by it; a place before a share's series says
whose share it is ('the share of Chile in exports'); a subject by its initials or with a noun
of its own government, area or gateway is one subject. Different series, other places and a
wrong figure still never match. Each in words of our own."""

import pytest

from factcheck.check import check_claims
from factcheck.matching import match, metric_score, subjects_overlap
from factcheck.models import Claim, Reference


def ref(value, metric, subject=("Ruritania",), period="2021-09", unit="EUR", id="r1"):
    return Reference(id=id, metric=metric, value=value, unit_code=unit, unit_text=unit, aliases=[],
                     subject=list(subject), period=period, source={"publisher": "P", "url": "https://example.org"})


def claim(value, metric, sentence, surface, subject=("Ruritania",), period="2021-09", unit="EUR", kind="money",
          role="level"):
    at = sentence.index(surface)
    c = Claim(surface=surface, span=(at, at + len(surface)), value=value, unit=unit, kind=kind, qualifier="exact",
              precision=None, metric=metric, subject=list(subject), period=period, end=None, role=role,
              sentence=sentence)
    c.context["local"] = (at, at + len(surface))
    return c


def verdict(c, refs):
    check_claims([c], refs, findings=[])
    return c.check.verdict, c.check.reference


# --- a claim whose metric names no series: its sentence's -------------------------------------

@pytest.mark.parametrize("metric,sentence,surface,value,ref_metric", [
    # no metric read at all
    (None, "Goods exported to the euro area came to €45.0 billion in September.", "€45.0 billion", 45e9,
     "exports to the euro area"),
    # a metric that is only the figure's unit or a word of the clause around it
    ("billion euros", "Timber exports fetched 3.2 billion euros in September.", "3.2 billion euros", 3.2e9,
     "exports of timber"),
    ("level", "The state budget stood at a level of €812 million in September.", "€812 million", 812e6,
     "state budget"),
])
def test_a_claim_without_a_readable_metric_is_supported_by_the_series_its_sentence_names(
        metric, sentence, surface, value, ref_metric):
    assert verdict(claim(value, metric, sentence, surface), [ref(value, ref_metric)]) == ("supported", "r1")


def test_of_two_series_named_the_one_nearest_the_figure_supports_it():
    s = "In September exports rose to €45.0 billion, while imports reached €36.4 billion."
    refs = [ref(45e9, "exports", id="x"), ref(36.4e9, "imports", id="m")]
    assert verdict(claim(36.4e9, None, s, "€36.4 billion"), refs) == ("supported", "m")
    assert verdict(claim(45e9, None, s, "€45.0 billion"), refs) == ("supported", "x")


@pytest.mark.parametrize("sentence,surface,ref_metric,ref_subject,ref_period", [
    # the sentence names another series, or only part of the reference's
    ("Goods exported to the euro area came to €45.0 billion.", "€45.0 billion", "exports of services", None, None),
    ("Goods exported to the euro area came to €45.0 billion.", "€45.0 billion", "imports", None, None),
    ("Goods exported by air came to €45.0 billion.", "€45.0 billion", "exports by rail", None, None),
    # another place, another period
    ("Goods exported came to €45.0 billion.", "€45.0 billion", "exports", ("Freedonia",), None),
    ("Goods exported came to €45.0 billion.", "€45.0 billion", "exports", None, "2021-08"),
])
def test_a_sentence_naming_another_series_place_or_period_is_no_match(sentence, surface, ref_metric, ref_subject,
                                                                       ref_period):
    r = ref(45e9, ref_metric, subject=ref_subject or ("Ruritania",), period=ref_period or "2021-09")
    assert verdict(claim(45e9, None, sentence, surface), [r]) == ("unverified", None)


def test_a_series_only_its_sentence_names_is_never_contradicted_by_it():
    s = "Goods exported to the euro area came to €45.0 billion in September."
    assert verdict(claim(45e9, None, s, "€45.0 billion"), [ref(41e9, "exports to the euro area")]) == \
        ("unverified", None)


def test_a_series_named_farther_from_the_figure_is_not_its_series():
    s = "Exports rose to €45.0 billion, while imports reached €36.4 billion."
    refs = [ref(36.4e9, "exports", id="x"), ref(36.4e9, "imports", id="m")]
    assert verdict(claim(36.4e9, None, s, "€36.4 billion"), refs) == ("supported", "m")


def test_two_series_named_as_near_are_no_match():
    s = "It sold €45.0 billion of exports and €36.4 billion of imports."
    refs = [ref(36.4e9, "exports", id="x"), ref(36.4e9, "imports", id="m")]
    assert verdict(claim(36.4e9, None, s, "€36.4 billion"), refs) == ("unverified", None)


def test_the_relations_never_compute_with_a_series_only_the_sentence_names():
    s = "Goods exported to the euro area came to €45.0 billion in September."
    assert match(claim(45e9, None, s, "€45.0 billion"), [ref(45e9, "exports to the euro area")]).reference is None


# --- a place before a share's series ---------------------------------------------------------

@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("exports", "share of Chile in exports"),
    ("imports", "Chile share of imports"),
    ("copper exports", "Peru's share of copper exports"),
    ("visitor arrivals", "share of Canada in visitor arrivals"),
])
def test_a_place_before_the_series_says_whose_share_it_is(claim_metric, ref_metric):
    r = ref(12.0, ref_metric, subject=("Ruritania", "Chile"), unit="percent")
    assert metric_score(claim_metric, r) >= 3


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("imports", "share of Chile in exports"),
    ("copper imports", "Peru's share of copper exports"),
    ("tin exports", "share of Chile in copper exports"),
])
def test_a_share_of_another_series_is_no_match(claim_metric, ref_metric):
    assert metric_score(claim_metric, ref(12.0, ref_metric, unit="percent")) == 0


# --- one subject in two names ----------------------------------------------------------------

@pytest.mark.parametrize("claim_subject,ref_subject", [
    (["Egypt", "IMF"], ["Egypt", "International Monetary Fund"]),
    (["ECB"], ["European Central Bank"]),
    (["Tuvalu"], ["Tuvalu Government"]),
    (["Cotonou"], ["Port of Cotonou"]),
    (["Region of Kvarner"], ["Kvarner"]),
])
def test_a_subject_by_its_initials_or_its_own_body_is_one_subject(claim_subject, ref_subject):
    c = claim(1.0, "loans", "x", "x", subject=claim_subject)
    assert subjects_overlap(c, ref(1.0, "loans", subject=ref_subject)) is True


@pytest.mark.parametrize("claim_subject,ref_subject", [
    (["China"], ["Bank of China"]),          # a bank is not its country
    (["Korea"], ["North Korea"]),
    (["Kumtor"], ["Kumtor Gold Company"]),   # a company is not its mine
    (["IMF"], ["International Finance Corporation"]),
    (["Tuvalu"], ["Tonga Government"]),
])
def test_other_subjects_stay_apart(claim_subject, ref_subject):
    c = claim(1.0, "loans", "x", "x", subject=claim_subject)
    assert subjects_overlap(c, ref(1.0, "loans", subject=ref_subject)) is False


# --- a bilateral flow's growth ----------------------------------------------------------------

def test_a_growth_of_a_flow_between_two_places_is_not_the_total_flows():
    c = claim(13.1, "exports growth", "x", "x", subject=("Ruritania", "Freedonia"), unit="percent", kind="percent",
              role="growth")
    assert match(c, [ref(9.0, "exports growth", unit="percent")]).reference is None
    bilateral = ref(13.1, "exports to Freedonia growth", subject=("Ruritania", "Freedonia"), unit="percent")
    assert match(c, [ref(9.0, "exports growth", unit="percent", id="r0"), bilateral]).reference is bilateral


def test_a_balance_of_two_subjects_keeps_its_own_reading():
    c = claim(73.4e6, "EU funds deficit", "x", "x", subject=("Ruritania", "European Union"))
    assert match(c, [ref(73.4e6, "EU funds balance")]).reference is not None
