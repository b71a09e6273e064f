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
    ("more_than", 40, 40, "supported"),  # a reference printing the bound is rounded like it
    ("at_least", 40, 40, "supported"),
    ("less_than", 5, 4.9, "supported"),
    ("less_than", 5, 5, "supported"),
    ("less_than", 5, 5.02, "contradicted"),  # a finer reference tells the bound wrong
    ("at_most", 5, 5, "supported"),
    ("approx", 40, 41.5, "supported"),
    ("approx", 40, 45, "contradicted"),
])
def test_qualifiers(qualifier, value, reference, verdict):
    c = claim(value, unit="percent", kind="percent", qualifier=qualifier, precision=1.0, metric="market share")
    assert compare(c, ref(reference, unit="percent", metric="market share")).verdict == verdict


@pytest.mark.parametrize("qualifier", ["more_than", "less_than"])
def test_a_strict_bound_equal_to_the_reference(qualifier):
    # "more than 2.87 million" against a published 2.87 million: rounded like the bound, no
    # contradiction; against a reference that declares itself exact (tolerance 0), wrong
    c = claim(2.87e6, unit="count", kind="count", qualifier=qualifier, precision=0.01e6, metric="tourist arrivals")
    assert compare(c, ref(2.87e6, unit="count", metric="tourist arrivals")).verdict == "supported"
    exact = ref(2.87e6, unit="count", metric="tourist arrivals", tolerance_abs=0.0)
    assert compare(c, exact).verdict == "contradicted"


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
    assert metric_score("Bilateral Trade", r) == 4  # the same words
    assert metric_score("two-way trade volume", r) == 3  # the same series
    assert metric_score("bilateral trade volume", r) == 3 or metric_score("bilateral trade volume", r) == 2
    assert metric_score("trade surplus", r) == 0  # another head noun: another quantity
    r2 = ref(1, metric="international tourism spending")
    assert metric_score("tourism spending", r2) == 1


def test_metric_score_is_cached_on_the_reference_names_not_its_identity():
    # the cache is keyed on text: a reference edited in place, or another one with the
    # same metric, is scored on its own names (aliases included)
    r = ref(1, metric="international tourism spending")
    assert metric_score("tourism spending", r) == 1
    r.aliases.append("tourism spending")
    assert metric_score("tourism spending", r) == 4
    assert metric_score("tourism spending", ref(1, metric="international tourism spending", id="r2")) == 1


def test_subjects_must_all_be_named():
    china_us = ref(688.3e9, metric="bilateral trade", subject=("China", "United States"), id="cn-us")
    china_ru = ref(244.8e9, metric="bilateral trade", subject=("China", "Russia"), id="cn-ru")
    m = match(claim(244.8e9, precision=0.1e9), [china_us, china_ru])
    assert m.reference.id == "cn-ru"


def test_other_names_of_a_country_are_one_subject_but_its_capital_is_not():
    vn = ref(9.8e9, metric="trade surplus", subject=("Viet Nam",), id="vn")
    assert match(claim(9.8e9, metric="trade surplus", subject=("Vietnam",)), [vn]).reference.id == "vn"
    uk = ref(151.9e9, unit="GBP", metric="borrowing", subject=("UK",), id="uk")
    assert match(claim(151.9e9, unit="GBP", metric="borrowing", subject=("United Kingdom",)), [uk]).reference.id == "uk"
    city = ref(5.2e12, unit="CNY", metric="GDP", subject=("Beijing",), id="bj")
    assert match(claim(5.2e12, unit="CNY", metric="GDP", subject=("China",)), [city]).reference is None


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


# --- metric identity, roles and spans ---------------------------------------------------------
def _pct(value, metric, role="growth", period="2024-03", subject=("China",)):
    c = claim(value, unit="percent", kind="percent", metric=metric, subject=subject, period=period, precision=0.1)
    c.role = role
    return c


def test_export_growth_is_not_the_growth_of_total_trade():
    # the case: "exports growth" matched "growth of total imports and exports"
    total = ref(5.0, unit="percent", metric="growth of total imports and exports", subject=("China",),
                period="2024-03", id="trade-growth")
    exports = ref(7.1, unit="percent", metric="export growth", subject=("China",), period="2024-03", id="export-growth")
    assert metric_score("exports growth", total) == 0
    m = match(_pct(7.1, "exports growth"), [total, exports])
    assert m.reference.id == "export-growth"
    assert match(_pct(5.0, "exports growth"), [total]).reference is None


@pytest.mark.parametrize("claimed,reference,score", [
    ("exports", "exports", 4),                       # the same words rank above the same series
    ("China's exports", "exports", 3),              # the subject is not the series
    ("merchandise exports", "exports of goods", 3),  # one series, two phrasings
    ("outbound shipments", "exports", 3),
    ("exports in US dollars", "exports (USD terms)", 3),  # the unit says it already
    ("services credits", "credits: services", 3),
    ("trade surplus", "trade balance (surplus)", 3),
    ("bilateral trade volume", "bilateral trade", 3),
    ("seasonally adjusted trade balance", "trade balance", 2),  # the claim is more specific
    ("exports", "merchandise exports", 1),          # less specific: may support, never contradict
    ("visitor arrivals by air", "visitor arrivals by rail", 0),
    ("imported goods", "exported goods", 0),
    ("services credits", "goods and services credits", 0),  # half of a coordinated pair
    ("trade surplus", "trade deficit", 0),
    ("exports", "imports and exports", 0),
    ("revenue and grants", "revenue: grants", 0),   # the same words: a sum, and an item of one
    ("taxes and duties", "taxes: duties", 0),
    ("overnights stays", "overnight stays", 4),     # the same words, one series
])
def test_metric_identity(claimed, reference, score):
    assert metric_score(claimed, ref(1, metric=reference)) == score


def test_roles_must_agree():
    level = ref(3.0e9, metric="exports", subject=("China",), period="2024-03", id="level")
    growth = ref(5.0, unit="percent", metric="exports", subject=("China",), period="2024-03", id="growth", role="growth")
    share = ref(5.0, unit="percent", metric="exports", subject=("China",), period="2024-03", id="share", role="share")
    change = claim(3.0e9, metric="exports", subject=("China",), period="2024-03")
    change.role = "change"  # "exports rose by $3 billion" is never compared with a level
    assert match(change, [level]).reference is None
    assert match(_pct(5.0, "exports", role="growth"), [growth, share]).reference.id == "growth"
    assert match(_pct(5.0, "exports", role="share"), [growth, share]).reference.id == "share"
    gdp = ref(8.2, unit="percent", metric="real GDP growth", subject=("India",), period="2023-04/2024-03", id="gdp")
    ratio = _pct(5.8, "fiscal deficit to GDP ratio", role="share", subject=("India",), period="2023-04/2024-03")
    assert match(_pct(5.8, "GDP", role="share", subject=("India",), period="2023-04/2024-03"), [gdp]).reference is None
    assert match(ratio, [gdp]).reference is None


def test_periods_compare_as_spans():
    r = ref(1.2e12, metric="exports", subject=("China",), period="2024-H1")
    assert match(claim(1.2e12, metric="exports", subject=("China",), period="2024-01/2024-06"), [r]).reference
    fy = ref(17e12, unit="INR", metric="fiscal deficit", subject=("India",), period="FY2023-24")  # the old notation
    assert match(claim(17e12, unit="INR", metric="fiscal deficit", subject=("India",), period="2023-04/2024-03"), [fy]).reference
    assert not match(claim(1.2e12, metric="exports", subject=("China",), period="2024-Q2"), [r]).reference


def test_a_less_specific_claim_is_supported_but_never_contradicted():
    from factcheck.check import check_claims

    goods = ref(100e9, metric="merchandise exports", subject=("China",), period="2024-03", id="goods")
    agrees = claim(100e9, metric="exports", subject=("China",), period="2024-03", precision=1e9)
    differs = claim(130e9, metric="exports", subject=("China",), period="2024-03", precision=1e9)
    check_claims([agrees, differs], [goods], findings=[])
    assert agrees.check.verdict == "supported"
    assert differs.check.verdict == "unverified" and "more specific series" in differs.check.reasons[0]


def test_projection_words_and_agreement():
    from factcheck.check import check_claims, is_projection

    r = ref(54.5e12, unit="JPY", metric="tax revenue", subject=("Japan",), period="2015-04/2016-03")
    c = claim(54.5e12, unit="JPY", metric="tax revenue", subject=("Japan",), period="2015-04/2016-03",
              precision=0.1e12, surface="JPY 54.5 trillion")
    c.sentence = "The budget projects tax revenue of JPY 54.5 trillion."
    check_claims([c], [r], findings=[])
    assert c.check.verdict == "supported"  # the reference states the same projection
    for sentence, projection in [("Exports widened from $4.8 billion in May to $5.0 billion in June.", False),
                                 ("Exports are estimated to be USD 493.19 Billion.", False),
                                 ("Revenue may reach $5.0 billion.", True)]:
        c = claim(5e9, surface="$5.0 billion" if "5.0" in sentence else "USD 493.19 Billion")
        c.sentence = sentence
        assert is_projection(c) is projection, sentence


@pytest.mark.parametrize("claimed,reference", [
    ("cumulative value of imports", "imports"),
    ("import turnover", "imports"),
    ("GDP at constant prices", "real GDP"),
    ("benchmark interest rate", "monetary policy rate"),
    ("jobs", "employment"),
    ("UK current account deficit excluding precious metals to GDP ratio",
     "current account deficit excluding precious metals, % of GDP"),
])
def test_other_names_of_one_series(claimed, reference):
    assert metric_score(claimed, ref(1, metric=reference)) == 3


def test_units_are_compared_through_pint_only_for_a_reference_that_fits_otherwise():
    # Building pint's registry costs about a second; a rate per person whose period, subject
    # or role rules a reference out must not build it (a fresh process, as a scan is).
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from factcheck.matching import match\n"
        "from factcheck.models import Claim, Reference\n"
        "def ref(**kw):\n"
        "    return Reference(id='r', metric='tourist spending', value=5e4, unit_code='JPY', unit_text='JPY',\n"
        "                     subject=['Japan'], period='2024', source={}, **kw)\n"
        "c = Claim(surface='x', span=(0, 1), value=2e4, unit='JPY / person', kind='money',\n"
        "          metric='tourist spending', subject=['Japan'], period='2023')\n"
        "assert match(c, [ref()]).reference is None\n"
        "print('pint' in sys.modules)\n"
        "c.period = '2024'\n"
        "assert match(c, [ref()]).reference is None  # the dimensions differ: pint says so\n"
        "print('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_an_amount_per_unit_is_a_level_or_a_rate_alike():
    # "average monthly earnings of EUR 2,100" is read as a rate; a curator files it as a level
    earnings = ref(2100.0, unit="EUR / month", metric="average monthly earnings", subject=("Latvia",), period="2024-Q1",
                   role="level")
    stated = claim(2100.0, unit="EUR / month", metric="average monthly earnings", subject=("Latvia",), period="2024-Q1")
    stated.role = "rate"
    assert match(stated, [earnings]).reference is earnings
    per_guest = ref(480.0, unit="EUR / person", metric="spending", subject=("Malta",), period="2023", role="rate")
    level = claim(480.0, unit="EUR / person", metric="spending", subject=("Malta",), period="2023")
    level.role = "level"
    assert match(level, [per_guest]).reference is per_guest
    # a per-head rate never meets the total: their units differ in dimension
    total = ref(2.1e9, unit="EUR", metric="spending", subject=("Malta",), period="2023", role="level")
    per_head = claim(480.0, unit="EUR / person", metric="spending", subject=("Malta",), period="2023")
    per_head.role = "rate"
    assert match(per_head, [total]).reference is None
    # a rate counted in things, not percent ('505,006 arrivals a week') is that week's level
    weekly = ref(505006.0, unit="count", metric="tourist arrivals", subject=("Thailand",), period="2023-W35",
                 role="level")
    pace = claim(505006.0, unit="count", metric="tourist arrivals", subject=("Thailand",), period="2023-W35",
                 kind="count")
    pace.role = "rate"
    assert match(pace, [weekly]).reference is weekly
    assert match(pace, [ref(505006.0, unit="percent", metric="tourist arrivals", subject=("Thailand",),
                            period="2023-W35", role="rate")]).reference is None
    # a rate in percent is still a proportion, never a level
    jobless = _pct(6.5, "unemployment", role="rate", subject=("Malta",), period="2023")
    assert match(jobless, [ref(6.5, unit="percent", metric="unemployment", subject=("Malta",), period="2023",
                               role="level")]).reference is None


@pytest.mark.parametrize("claimed, reference, may", [
    ("2024-05", "2023-07/2024-05", True),     # 'in May' for the fiscal year to May
    ("2022-06-30", "2022-H1", True),          # a stock 'as of 30 June' is the half's closing figure
    ("2020-H1", "2020-06", True),
    ("2022-12", "2022", True),
    ("2015", "2014-08/2015-07", True),        # a fiscal year named by the year it ends
    ("2018-10/2019-09", "2018-04/2019-03", True),  # 'FY2019' on two fiscal calendars
    ("2024-05", "2024-04", False),            # another month
    ("2024-05", "2024", False),               # a month inside, not ending, the year
    ("2023", "2023-04/2024-03", False),       # that fiscal year ends in 2024
    ("2023-11-01", "2023-10", False),
    ("2024-05", "2024-05", False),            # the same span agrees outright
])
def test_periods_that_may_date_one_figure(claimed, reference, may):
    from factcheck.matching import periods_may_agree

    assert periods_may_agree(claimed, reference) is may


def test_a_claims_span_meets_its_closing_day_only_when_its_sentence_dates_it():
    from factcheck.matching import periods_may_agree

    assert periods_may_agree("2025", "2025-12-31")  # a stock's level for the year: its closing level
    assert not periods_may_agree("2025", "2025-12-31", stated=False)  # 'as of now' in a text of 2025
    assert periods_may_agree("2025-12-31", "2025", stated=False)  # the claim's own day ends the year


def test_a_period_that_only_may_be_the_claims_supports_but_never_contradicts():
    from factcheck.check import check_claims

    ytd = ref(8.44e12, unit="NPR", metric="trade deficit", subject=("Nepal",), period="2023-07/2024-05")
    c = claim(8.44e12, unit="NPR", metric="trade deficit", subject=("Nepal",), period="2024-05", precision=0.01e12)
    check_claims([c], [ytd], findings=[])
    assert (c.check.verdict, c.check.reference) == ("supported", "r1")
    c = claim(9.1e12, unit="NPR", metric="trade deficit", subject=("Nepal",), period="2024-05", precision=0.1e12)
    check_claims([c], [ytd], findings=[])
    assert (c.check.verdict, c.check.reference) == ("unverified", None)  # a difference shows nothing
    # the month's own entry wins over the span that ends with it
    month = ref(0.7e12, unit="NPR", metric="trade deficit", subject=("Nepal",), period="2024-05", id="r2")
    c = claim(9.1e12, unit="NPR", metric="trade deficit", subject=("Nepal",), period="2024-05", precision=0.1e12)
    check_claims([c], [ytd, month], findings=[])
    assert (c.check.verdict, c.check.reference) == ("contradicted", "r2")
    # another series is never matched, whatever the period
    c = claim(8.44e12, unit="NPR", metric="exports", subject=("Nepal",), period="2024-05", precision=0.01e12)
    assert match(c, [ytd], weak=True).reference is None
    # the relations compute with a reference: only one that is the claim's
    c = claim(8.44e12, unit="NPR", metric="trade deficit", subject=("Nepal",), period="2024-05", precision=0.01e12)
    assert match(c, [ytd]).reference is None and match(c, [ytd], weak=True).reference is ytd


@pytest.mark.parametrize("claimed, reference, as_of, may", [
    ("2023", "2023-01-01/2023-09-03", "2023-09-10", True),      # 'in 2023' written in September: so far
    ("2011-07/2012-06", "2011-07/2012-05", "2012-06-15", True),  # the fiscal year to May, told in June
    ("2021", "2021-Q1", "2021-04-20", True),                     # the first quarter is the year so far
    ("2021", "2021-Q1", "2022-02-01", False),                    # a year over: its figure is the whole year's
    ("2023", "2023-01-01/2023-09-03", "2023-08-01", False),      # a span ending after the article
    ("2023", "2023-02/2023-08", "2023-09-10", False),            # not from the period's start
    ("2023", "2023-01/2023-08", "2023-12", False),               # a year or month alone cannot tell
    ("2023", "2023-01/2023-08", None, False),
    ("2018/2019", "2018-07/2019-06", None, True),                # 'the 2018/19 season': July–June
    ("2019/2020", "2019-07-01/2019-11-11", "2019-11-20", True),  # the season so far
    ("2019/2020", "2019-07-01/2019-11-11", "2021-03-01", False),  # a season over is a whole year
    ("2018/2019", "2019-01/2019-12", None, False),               # a year that begins in the second
    ("2018/2019", "2018-03/2019-06", None, False),               # longer than a year
])
def test_a_period_still_running_may_state_its_figure_so_far(claimed, reference, as_of, may):
    from factcheck.matching import periods_may_agree

    assert periods_may_agree(claimed, reference, as_of=as_of) is may


def test_a_figure_so_far_supports_an_agreeing_claim_and_never_contradicts():
    from factcheck.check import check_claims
    from factcheck.models import Article

    written = Article(id="a", path="a.txt", text="", sha256="", date="2023-09-10")
    so_far = ref(41.2e9, metric="exports", subject=("Chile",), period="2023-01-01/2023-09-03")
    c = claim(41.2e9, metric="exports", subject=("Chile",), period="2023", precision=0.1e9)
    check_claims([c], [so_far], written, findings=[])
    assert (c.check.verdict, c.check.reference) == ("supported", "r1")
    # a claim that does not state the figure so far is not supported, nor contradicted by it
    c = claim(55.0e9, metric="exports", subject=("Chile",), period="2023", precision=0.1e9)
    check_claims([c], [so_far], written, findings=[])
    assert (c.check.verdict, c.check.reference) == ("unverified", None)
    # the year's own entry wins, and a wrong figure is still contradicted by it
    year = ref(60.0e9, metric="exports", subject=("Chile",), period="2023", id="r2")
    c = claim(41.2e9, metric="exports", subject=("Chile",), period="2023", precision=0.1e9)
    check_claims([c], [so_far, year], written, findings=[])
    assert (c.check.verdict, c.check.reference) == ("contradicted", "r2")
    # a year that was over when the article appeared is never its first months
    c = claim(41.2e9, metric="exports", subject=("Chile",), period="2023", precision=0.1e9)
    check_claims([c], [so_far], Article(id="a", path="a.txt", text="", sha256="", date="2024-03-01"), findings=[])
    assert (c.check.verdict, c.check.reference) == ("unverified", None)


def test_a_claim_naming_neither_subject_nor_whole_series_is_only_supported():
    from factcheck.check import check_claims

    goods = ref(19.2e9, metric="exports of goods", subject=("Pakistan",), period="2015", id="pk")
    c = claim(19.2e9, metric="exports", subject=(), period="2015", precision=0.1e9)
    check_claims([c], [goods], findings=[])
    assert (c.check.verdict, c.check.reference) == ("supported", "pk")
    c = claim(25e9, metric="exports", subject=(), period="2015", precision=1e9)
    check_claims([c], [goods], findings=[])
    assert (c.check.verdict, c.check.reference) == ("unverified", None)
    # two countries' figures: which one the text means is not guessed
    other = ref(30e9, metric="exports of goods", subject=("Egypt",), period="2015", id="eg")
    c = claim(19.2e9, metric="exports", subject=(), period="2015", precision=0.1e9)
    check_claims([c], [goods, other], findings=[])
    assert c.check.reference is None and not c.check.reasons
    # a period only stated by the reference is not enough
    assert match(claim(19.2e9, metric="exports", subject=(), period=None), [goods], weak=True).reference is None
