"""Matching a claim to the entry a statistics office names its series by (issue 8, strict): a
flow told by its partner ('the top export destination' for 'exports by destination'), a sale
across the border ('foreign sales', 'export sales') for exports, the people a series counts
('persons in employment', 'unemployed people'), a forecast by its other names ('projection').
Two different series still never match; a wrong figure is still contradicted. Each in words
of our own."""

import pytest

from factcheck.check import check_claims
from factcheck.matching import match, metric_score, phrases_score
from factcheck.models import Claim, Reference


def ref(value, metric, subject=("Ruritania",), period="2023", unit="USD", id="r1"):
    return Reference(id=id, metric=metric, value=value, unit_code=unit, unit_text=unit, aliases=[],
                     subject=list(subject), period=period, source={"publisher": "P", "url": "https://example.org"})


def claim(value, metric, subject=("Ruritania",), period="2023", unit="USD", kind="money", role="level"):
    return Claim(surface="x", span=(0, 1), value=value, unit=unit, kind=kind, qualifier="exact", precision=None,
                 metric=metric, subject=list(subject), period=period, end=None, role=role)


@pytest.mark.parametrize("claim_metric,ref_metric", [
    # a flow told by the other party, or by its rank among them, is the flow by partner
    ("the leading export market", "exports by destination"),
    ("main export partners", "exports by partner country"),
    ("top suppliers of imports", "imports by country of origin"),
    ("export customers", "exports by partner country"),
    ("biggest trading partners", "bilateral trade by partner"),
    ("top three suppliers of imports", "imports by partner country"),
    ("largest surpluses", "trade surplus by partner"),
    ("main source markets for tourists", "tourist arrivals by source market"),
    # a sale or a purchase across the border
    ("overseas sales of timber", "exports of timber"),
    ("export sales", "merchandise exports"),
    ("external purchases", "imports"),
    # the people a series counts say who, not which series
    ("individuals in employment", "employment"),
    ("people employed", "employed persons"),
    ("unemployed people", "unemployed persons"),
    ("number of unemployed individuals", "unemployed, trend"),
    # a forecast by any of its names
    ("spending, forecast", "expenditure (projection)"),
    ("projected visitor arrivals", "visitor arrivals, forecast"),
    # a product's or an industry's output is its production; a plant's generation too
    ("copper output", "copper production"),
    ("production in the quarrying industry", "quarrying industry output"),
    ("wind power generation", "production of wind power"),
    # passenger arrivals are also arrivals (of passengers); a group's inflation its price growth
    ("arrivals by sea", "passenger arrivals by sea"),
    ("clothing", "clothing inflation"),
    ("consumer prices growth", "consumer price inflation"),
])
def test_one_series_in_two_wordings_matches(claim_metric, ref_metric):
    assert metric_score(claim_metric, ref(1.0, ref_metric)) > 0


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("the leading export market", "imports by origin"),          # exports are not imports
    ("top suppliers of imports", "exports by destination"),
    ("largest trading partners by air", "trade by rail"),       # a mode still tells them apart
    ("largest surpluses", "trade deficit by partner"),            # the sign of a balance too
    ("foreign sales", "domestic sales"),                         # across the border or not
    ("export sales", "imports"),
    ("overseas purchases", "exports"),
    ("net foreign exchange purchases", "imports"),               # buying money is no import
    ("employed persons", "unemployed persons"),
    ("people in employment", "unemployment"),
    ("largest source of revenue", "revenue"),                    # a party beside no flow stays itself
    ("market value", "value of exports"),
    ("economic output", "manufacturing production"),            # the economy's output is GDP
    ("copper output", "copper exports"),
    ("arrivals by sea", "passenger arrivals by air"),
    ("core inflation", "headline inflation"),
    ("clothing inflation", "food inflation"),
])
def test_two_series_never_match(claim_metric, ref_metric):
    assert metric_score(claim_metric, ref(1.0, ref_metric)) == 0
    assert metric_score(ref_metric, ref(1.0, claim_metric)) == 0


def test_goods_of_a_country_s_origin_are_not_its_exports_by_partner():
    # 'of Ruritanian origin' leaves out re-exports: a narrower series, never the same
    assert phrases_score("exports of domestic origin", "exports") < 3
    assert phrases_score("exports of domestic origin", "exports by destination") == 0
    assert phrases_score("exports of domestic origin", "exports by origin") == 0


def test_a_flow_without_its_partner_only_may_be_a_partner_s_figure():
    # 'exports' may be any partner's; only an agreeing figure supports it, a differing one
    # is no contradiction (it may be the whole)
    by_partner = ref(67.1, "exports by destination", unit="percent")
    assert metric_score("exports", by_partner) == 1
    c = claim(80.1, "exports", unit="percent", kind="percent", role="share")
    check_claims([c], [by_partner], findings=[])
    assert c.check.verdict != "contradicted"
    assert phrases_score("exports of domestic origin", "re-exports") == 0


def test_the_economy_s_output_is_still_gdp():
    assert phrases_score("output", "GDP") >= 3
    assert phrases_score("non-oil output", "non-oil GDP") >= 3
    assert phrases_score("output", "oil production") == 0


def test_a_forecast_is_not_the_outturn():
    # the claim names no forecast: the projection's entry only may be it, never to contradict
    assert metric_score("tax revenue", ref(1.0, "tax revenue (projection)")) == 1


@pytest.mark.parametrize("claim_metric,ref_metric", [
    ("copper output", "copper production"),
    ("the top export destination", "exports by destination"),
    ("foreign sales of timber", "exports of timber"),
    ("largest trading partners", "trade by partner country"),
])
def test_a_flow_by_partner_supports_its_figure_and_contradicts_another(claim_metric, ref_metric):
    pair = ("Ruritania", "Freedonia")
    refs = [ref(4.2e9, ref_metric, subject=pair)]
    agreeing = claim(4.2e9, claim_metric, subject=pair)
    check_claims([agreeing], refs, findings=[])
    assert agreeing.check.verdict == "supported"
    wrong = claim(6.3e9, claim_metric, subject=pair)
    check_claims([wrong], refs, findings=[])
    assert wrong.check.verdict == "contradicted"


def test_a_share_of_the_unemployed_is_no_unemployment_rate():
    rate = ref(6.1, "unemployment rate", unit="percent")
    share = claim(44.2, "unemployed", unit="percent", kind="percent", role="share")
    assert match(share, [rate]).reference is None


def test_a_rate_of_unemployment_is_not_the_count_of_the_unemployed():
    rate = claim(6.1, "unemployment rate", unit="percent", kind="percent", role="rate")
    assert match(rate, [ref(52000, "unemployed persons", unit="count")]).reference is None
    count = claim(52000, "number of unemployed people", unit="count", kind="count")
    assert match(count, [ref(52000, "unemployed persons", unit="count")]).reference is not None
    assert match(count, [ref(6.1, "unemployment rate", unit="percent")]).reference is None


# --- the currency a change is measured in -----------------------------------------------------

def test_a_change_in_one_currency_is_not_the_change_in_another():
    assert phrases_score("exports growth, USD terms", "exports (in dollar terms)") >= 3
    assert phrases_score("imports in yuan terms", "imports (CNY terms)") >= 3
    assert phrases_score("exports growth, USD terms", "exports (CNY terms)") == 0
    assert phrases_score("trade in local currency terms", "trade in USD terms") == 0


def test_a_currency_one_side_leaves_unsaid_is_no_difference():
    # 'merchandise exports' against 'exports, USD terms': one adds goods, the other a currency
    assert phrases_score("merchandise exports", "value of exports, USD terms") > 0


def growth_checked(value, metric, refs):
    """(verdict, reference id) of a growth claim in percent checked against `refs`."""
    c = claim(value, metric, unit="percent", kind="percent", role="growth")
    check_claims([c], refs, findings=[])
    return c.check.verdict, c.check.reference


def test_growth_in_the_other_currency_is_not_supported_or_contradicted_by_it():
    refs = [ref(7.9, "exports (CNY terms)", unit="percent", id="cny"),
            ref(2.8, "exports (USD terms)", unit="percent", id="usd")]
    assert growth_checked(2.8, "exports growth, USD terms", refs) == ("supported", "usd")
    assert growth_checked(7.9, "exports growth, USD terms", refs) == ("contradicted", "usd")


def test_of_two_entries_a_claim_names_less_than_the_one_in_its_currency_wins():
    # 'exports, INR terms' names neither 'merchandise' nor the office's headline currency
    refs = [ref(7.3, "merchandise exports", unit="percent", id="headline"),
            ref(3.1, "merchandise exports (INR terms)", unit="percent", id="inr")]
    assert growth_checked(3.1, "cumulative value of exports, INR terms", refs) == ("supported", "inr")


# --- what a party's rank or count says --------------------------------------------------------

def test_the_top_five_parties_together_are_an_aggregate_of_their_own():
    top5 = ref(47.0, "share of visitor arrivals, top five source countries", unit="percent", id="top5")
    assert metric_score("visitor arrivals", top5) == 1  # names less: may support, never contradict
    c = claim(81.0, "visitors", unit="percent", kind="percent", role="share")
    check_claims([c], [top5], findings=[])
    assert c.check.verdict != "contradicted"


def test_a_count_of_the_parties_of_a_flow_is_no_figure_of_the_flow():
    arrivals = ref(216000, "visitor arrivals", unit="count")
    markets = claim(3, "arrival markets", unit="count", kind="count")
    assert match(markets, [arrivals]).reference is None
    assert match(claim(216000, "visitor arrivals", unit="count", kind="count"), [arrivals]).reference is not None
    # a count of partners is matched by an entry that counts them
    assert match(claim(12, "export markets", unit="count", kind="count"),
                 [ref(12, "export markets", unit="count")]).reference is not None
