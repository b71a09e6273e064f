"""Matching a claim to the entry a statistics office names (issue 8, strict), round 50: a body
among a reference's subjects (a fund, an authority, a port, a company) is named when the
claim's own sentence names it, by its name, by its name without the place it belongs to, or
by its short name or initials; a span counted to a day of the month that names another only
may date its figure; a region a metric names is its subject, not another series. Another
place, another body, another series and a wrong figure still never match. Each in words of
our own."""

import pytest

from factcheck.matching import metric_score
from factcheck.matching.periods import periods_may_agree
from factcheck.matching.subjects import subjects_overlap
from tests.test_matching_round48 import claim, ref, verdict


# --- a body its sentence names -----------------------------------------------------------------

@pytest.mark.parametrize("sentence,surface,body", [
    # the full name
    ("The ports run by the Ruritanian Harbours Authority handled 412,000 TEUs in September.", "412,000 TEUs",
     "Ruritanian Harbours Authority"),
    # the name without the place it belongs to
    ("In September the Petroleum Fund received €1.9 billion.", "€1.9 billion", "Petroleum Fund of Norway"),
    # its short name in brackets, or its initials
    ("Inflows to the stabilisation account rose to €1.9 billion, Kesfon said.", "€1.9 billion",
     "Ruritania Stabilisation Fund (Kesfon)"),
    ("The RSF recorded inflows of €1.9 billion in September.", "€1.9 billion", "Ruritania Stabilisation Fund"),
])
def test_a_body_the_sentence_names_is_the_claims(sentence, surface, body):
    value = 412000 if "TEU" in surface else 1.9e9
    unit = "TEU" if "TEU" in surface else "EUR"
    metric = "container throughput" if "TEU" in surface else "inflows"
    r = ref(value, metric, subject=("Norway", body), unit=unit)
    c = claim(value, metric, sentence, surface, subject=("Norway",), unit=unit, kind="count" if unit == "TEU" else "money")
    assert subjects_overlap(c, r) is True
    assert verdict(c, [r]) == ("supported", "r1")


def test_a_company_its_sentence_names_without_the_country():
    s = "Corolla sales at Ruritan Motor fell to 2,089 units in September."
    r = ref(2089, "sales", subject=("Ruritan Motor",), unit="units")
    c = claim(2089, "sales", s, "2,089 units", subject=("Pakistan",), unit="units", kind="count")
    assert verdict(c, [r]) == ("supported", "r1")


@pytest.mark.parametrize("sentence,body", [
    # the sentence names no such body, or another one
    ("Inflows rose to €1.9 billion in September.", "Petroleum Fund of Norway"),
    ("The Pension Fund received €1.9 billion in September.", "Petroleum Fund of Norway"),
    # a one-word name is matched as printed, not inside another word
    ("Trust in the economy brought inflows of €1.9 billion in September.", "Kesfon Trust"),
])
def test_a_body_the_sentence_does_not_name_is_no_match(sentence, body):
    r = ref(1.9e9, "inflows", subject=("Norway", body))
    assert subjects_overlap(claim(1.9e9, "inflows", sentence, "€1.9 billion", subject=("Norway",)), r) is False


def test_a_place_is_never_named_by_the_sentence_alone():
    # a place the claim does not name stays another place's figure, whatever its sentence says
    s = "Exports from Ruritania and Freedonia rose to €1.9 billion in September."
    r = ref(1.9e9, "exports", subject=("Freedonia",))
    assert subjects_overlap(claim(1.9e9, "exports", s, "€1.9 billion"), r) is False


def test_a_claim_naming_a_region_of_its_own_is_not_another_regions_body():
    # the claim is Northshire's; the sentence also names the Southshire County Council
    s = "Northshire collected €1.9 billion, against €1.2 billion at the Southshire County Council."
    r = ref(1.9e9, "revenue", subject=("Norway", "Southshire County Council"))
    c = claim(1.9e9, "revenue", s, "€1.9 billion", subject=("Norway", "Northshire"))
    assert subjects_overlap(c, r) is False


def test_the_reference_the_claim_names_itself_wins_over_a_body_its_sentence_names():
    s = "Of the 2,418,300 visitors who flew to Ruritania, 1,817,043 came through Kesfon International Airport."
    refs = [ref(2418300, "visitors", unit="people", id="all"),
            ref(1817043, "visitors", subject=("Ruritania", "Kesfon International Airport"), unit="people", id="air")]
    c = claim(2418300, "visitors", s, "2,418,300", unit="people", kind="count")
    assert verdict(c, refs) == ("supported", "all")


def test_a_wrong_figure_of_a_named_body_is_contradicted_not_supported():
    s = "In September the Petroleum Fund received €1.9 billion."
    r = ref(2.4e9, "inflows", subject=("Norway", "Petroleum Fund of Norway"))
    assert verdict(claim(1.9e9, "inflows", s, "€1.9 billion", subject=("Norway",)), [r])[0] == "contradicted"


# --- a span counted to a day of the month that names another ------------------------------------

def test_months_to_date_and_the_same_span_to_a_day_only_may_agree():
    assert periods_may_agree("2018-01/2018-04", "2018-01-01/2018-04-15")
    assert periods_may_agree("2019-10/2020-02", "2019-10-01/2020-02-15")
    # not when the claim's sentence does not date it, nor for another start or another month
    assert not periods_may_agree("2018-01/2018-04", "2018-01-01/2018-04-15", stated=False)
    assert not periods_may_agree("2018-02/2018-04", "2018-01-01/2018-04-15")
    assert not periods_may_agree("2018-01/2018-04", "2018-01-01/2018-05-15")


def test_a_figure_to_a_day_supports_the_months_claim_and_never_contradicts_it():
    s = "Ruritania posted a €3.1 billion trade surplus in January-April."
    r = ref(3.1e9, "trade surplus", period="2018-01-01/2018-04-15")
    assert verdict(claim(3.1e9, "trade surplus", s, "€3.1 billion", period="2018-01/2018-04"), [r]) \
        == ("supported", "r1")
    r = ref(2.7e9, "trade surplus", period="2018-01-01/2018-04-15")
    assert verdict(claim(3.1e9, "trade surplus", s, "€3.1 billion", period="2018-01/2018-04"), [r])[0] \
        != "contradicted"


# --- a region a metric names ---------------------------------------------------------------------

@pytest.mark.parametrize("metric", ["imports in Perak", "Negeri Sembilan imports", "Sabah's imports"])
def test_a_region_a_metric_names_is_its_subject(metric):
    r = ref(1.1e6, "imports by state", subject=("Malaysia", "Perak"))
    assert metric_score(metric, r) == 1


@pytest.mark.parametrize("metric,ref_metric", [
    # a unit and a currency that are also the names of regions stay what they are
    ("wheat yield per acre", "wheat yield"),
    # another series stays another series
    ("exports in Perak", "imports by state"),
])
def test_words_that_are_no_region_still_tell_series_apart(metric, ref_metric):
    assert metric_score(metric, ref(1.1e6, ref_metric, subject=("Malaysia",))) == 0
