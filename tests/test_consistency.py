"""Internal-consistency rules: every planted slip is flagged, a correct article gets no flag."""

from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.check import check_claims
from factcheck.relations import RULES, run_rules
from factcheck.extract import extract
from factcheck.references import load_references

HERE = Path(__file__).parent
ROOT = HERE.parent


@pytest.fixture(scope="module")
def references():
    return load_references(ROOT / "reference").references


def checked(path, references, date=None):
    article = read_article(path, date)
    claims = extract(article)
    check_claims(claims, references, article)
    return article, claims


def flagged(claims):
    return {c.surface: c.check for c in claims if c.check.verdict in ("inconsistent", "contradicted")}


def test_rules_have_stable_ids():
    assert list(RULES) == ["repeat", "parts-total", "share", "level-change", "baseline", "fx-rate", "scale", "dates",
                          "point-change", "sub-period", "product", "units", "rank", "ratio", "times", "span-average",
                          "order", "change-bound", "misprint", "magnitude"]


def test_correct_article_gets_no_flag(references):
    _, claims = checked(HERE / "data/consistency/trade_clean.txt", references)
    assert flagged(claims) == {}
    surplus = next(c for c in claims if c.surface == "7.06 trillion yuan")
    assert surplus.metric == "trade surplus" and surplus.period == "2024"


def test_every_planted_slip_is_flagged_with_the_number_to_fix(references):
    _, claims = checked(HERE / "data/consistency/trade_slips.txt", references)
    f = flagged(claims)
    surplus = f["7.06 billion yuan"]
    assert surplus.rules == ["parts-total"]
    assert surplus.reasons[0].startswith(
        "exports − imports = 25.45 trillion CNY − 18.39 trillion CNY = 7.06 trillion CNY "
        "(7.05 trillion CNY to 7.07 trillion CNY within rounding), but the article states 7.06 billion CNY")
    assert surplus.suspect and surplus.correction == "7.06 billion yuan → 7.06 trillion yuan"
    # the share is a transposition of 15.9; the change a slip of 15.7
    assert f["19.5 percent"].correction == "19.5 percent → 15.9 percent"
    assert "6.98 trillion CNY ÷ 43.85 trillion CNY = 15.92%" in f["19.5 percent"].reasons[0]
    assert f["25.7 percent"].correction == "25.7 percent → 15.7 percent"
    assert "(59,000 ÷ 51,000 − 1) = +15.69% (+13.59% to +17.82% within rounding)" in f["25.7 percent"].reasons[0]
    # two conversions at different rates and no reference rate for 2024: neither is more
    # likely wrong, so both are flagged and none is named
    fx = f["about 866.4 billion U.S. dollars"].reasons[0]
    assert "(a rate of 6.36 CNY/USD)" in fx or "(a rate of 7.189 CNY/USD)" in fx
    assert not f["about 866.4 billion U.S. dollars"].suspect and "about 3.07 trillion U.S. dollars" in f
    # the suspect carries the flag and the fix; the other figures of the identity get the reason only
    others = {c.surface: c.check for c in claims}
    assert others["6.98 trillion yuan"].verdict != "inconsistent" and not others["6.98 trillion yuan"].suspect
    assert any("÷ 43.85 trillion CNY" in r for r in others["6.98 trillion yuan"].reasons)
    by = {c.surface: c for c in claims}
    # exports + imports = 43.84 against 43.85 printed: it holds, and only thanks to rounding
    trade = by["43.85 trillion yuan"].check
    assert trade.verdict != "inconsistent"
    assert any("holds only within the rounding" in r for r in trade.reasons)


#: Published slips in the hand-annotated texts, each with its correction: Asahi's "visitor
#: spending between July and September came to 1.94 billion yen" is 1.94 trillion (a quarter of
#: the year's 8 trillion; corpus/blind/al/jp_tourism_2024-10_asahi annotates the same slip).
PUBLISHED_SLIPS = {"jp_visitor_spending_2024_asahi.txt": {"1.94 billion yen": "1.94 billion yen → 1.94 trillion yen"}}


def test_real_articles_get_no_false_alarm(references):
    """The hand-annotated corpus is real published text whose arithmetic holds, but for the
    slips it published."""
    for path in sorted(HERE.glob("data/extract/*.txt")) + sorted(HERE.glob("data/heldout*/*.txt")):
        _, claims = checked(path, references)
        found = {s: c.correction for s, c in flagged(claims).items()}
        assert found == PUBLISHED_SLIPS.get(path.name, {}), path.name


def test_seed_baselines_are_reported_with_the_published_2019_figures(references):
    _, claims = checked(ROOT / "seeds/004_2c6681ad046ffadc.txt", references)
    by = {c.surface: c for c in claims}
    trips = by["97.2 percent"].check
    assert trips.verdict == "inconsistent"
    assert trips.reasons == ["implied 2019 level 135.8 million differs from reference 145.3 million (−6.5%; cn-inbound-trips-2019)"]
    spend = by["93.5 percent"].check
    assert "implied 2019 level 100.7 billion USD" in spend.reasons[0] and "131.3 billion USD" in spend.reasons[0]
    # repeated 11th visit/trip agree; year ranges and the anniversary raise no flag
    for surface in ("11th visit", "11th trip", "(1953-1957)", "(2026-2030)", "80th anniversary", "over 1,500-year-old"):
        assert by[surface].check.verdict in ("supported", "unverified"), surface
    assert "marks 1945" in by["80th anniversary"].check.reasons[0]
    assert by["(1953-1957)"].check.reasons == ["1953–1957 spans 5 years, as a 5-year period does"]
    assert by["(1953-1957)"].check.reference == "cn-first-five-year-plan"  # "inaugural" is "first"
    assert by["(1953-1957)"].check.verdict == by["(25-220)"].check.verdict == "supported"


def test_year_range_against_the_span_it_names(tmp_path, references):
    p = tmp_path / "plan.txt"
    p.write_text("The factory dates from the first five-year plan period (1953-1958).\n", encoding="utf-8")
    _, claims = checked(p, [])
    assert claims[0].check.verdict == "inconsistent"
    assert claims[0].check.reasons == ["1953–1958 spans 6 years, but the text names a 5-year period"]


def test_anniversary_against_the_referenced_event(tmp_path, references):
    p = tmp_path / "v.txt"
    p.write_text("He will attend the celebrations marking the 70th anniversary of the victory of the Great Patriotic War.\n",
                 encoding="utf-8")
    _, claims = checked(p, references, date="2025-05-08")
    c = next(c for c in claims if c.kind == "ordinal")
    assert c.check.verdict == "inconsistent"
    assert "marks 1955, but end of the Great Patriotic War was in 1945" in c.check.reasons[0]


def test_shares_of_one_whole_over_100_percent(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("Services made up 55 percent of GDP, industry 38 percent of GDP and agriculture 12 percent of GDP.\n", encoding="utf-8")
    _, claims = checked(p, [])
    assert any("add up to 105%" in r for c in claims for r in c.check.reasons)


def test_two_numbers_that_merely_add_up_are_not_a_relation(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("date 2024-03-01\nThe city spent 3 billion dollars on roads in 2023. "
                 "It also spent 2 billion dollars on schools and 4 billion dollars on hospitals in 2023.\n", encoding="utf-8")
    _, claims = checked(p, [])
    assert len(claims) == 3 and flagged(claims) == {}


def test_run_rules_can_be_filtered(references):
    article = read_article(HERE / "data/consistency/trade_slips.txt")
    claims = extract(article)
    only = run_rules(claims, article, references, only={"share"})
    assert {f.rule for f in only} == {"share"}


def test_change_against_the_earlier_level_stated_elsewhere(references):
    _, clean = checked(HERE / "data/consistency/level_change_clean.txt", references)
    assert flagged(clean) == {}
    _, slip = checked(HERE / "data/consistency/level_change_slip.txt", references)
    f = flagged(slip)
    assert f["9.1 percent"].reasons[0].startswith(
        "exports in 2024 against 2023 (line 2) = (25.45 trillion CNY ÷ 23.77 trillion CNY − 1) = +7.07%")
    assert f["9.1 percent"].correction == "9.1 percent → 7.1 percent"
    assert f["9.1 percent"].rules == ["level-change"]


def test_repeat_flags_a_restated_figure_but_not_a_part_of_it(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("date 2025-02-01\nChina's exports reached 25.45 trillion yuan in 2024. Shipments abroad grew fast. "
                 "Later, officials said exports reached 24.45 trillion yuan in 2024.\n", encoding="utf-8")
    _, claims = checked(p, [])
    assert [c.check.rules for c in claims] == [["repeat"], ["repeat"]]
    q = tmp_path / "q.txt"
    q.write_text("date 2025-02-01\nChina's exports reached 25.45 trillion yuan in 2024. "
                 "Exports to Belt and Road countries reached 3.6 trillion yuan in 2024.\n", encoding="utf-8")
    _, claims = checked(q, [])
    assert flagged(claims) == {}
