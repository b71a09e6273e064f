"""Extraction: the hand-annotated corpus, the seed acceptance data, and the grammar.

The corpus tests score `extract` against tests/data/extract (see tests/scoring.py);
the seed tests check tests/data/acceptance/seed-claims.yaml against seeds/*.txt; the
grammar tests pin one rule each on a short sentence.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import scoring  # noqa: E402

from factcheck.articles import read_article  # noqa: E402
from factcheck.extract import extract  # noqa: E402
from factcheck.extract.placenames import subjects  # noqa: E402

from conftest import extracted  # noqa: E402

#: Overall typed F1 the corpus must keep (a little below what the extractor reaches).
F1_FLOOR = 0.97


# --- corpus -------------------------------------------------------------------

CASES = scoring.cases()


@pytest.mark.parametrize("name", CASES)
def test_corpus_case_has_no_forbidden_surface(name):
    s = scoring.run_case(name)
    assert not s.forbidden, f"{name}: forbidden surfaces reported: {s.forbidden}"


@pytest.mark.parametrize("name", CASES)
def test_corpus_case_finds_something_right(name):
    s = scoring.run_case(name)
    assert s.tp > 0 and s.f1 >= 0.8, (name, s.f1, s.missed + s.wrong, s.extra)


def test_corpus_f1_floor():
    total = scoring.Score()
    for name in CASES:
        total.add(scoring.run_case(name))
    assert total.f1 >= F1_FLOOR, f"F1 {total.f1:.3f} < {F1_FLOOR} (tp={total.tp} fp={total.fp} fn={total.fn})"


def test_corpus_f1_floor_with_qualifiers():
    total = scoring.Score()
    for name in CASES:
        total.add(scoring.run_case(name, qualifier=True))
    assert total.f1 >= F1_FLOOR - 0.01


# --- seed acceptance --------------------------------------------------------------

_SEED_DOCS = list(yaml.safe_load_all((HERE / "data" / "acceptance" / "seed-claims.yaml").read_text(encoding="utf-8")))
_CACHE: dict[str, tuple] = {}


def _seed(article_id: str):
    if article_id not in _CACHE:
        article = read_article(ROOT / "seeds" / f"{article_id}.txt")
        _CACHE[article_id] = (article, extract(article))
    return _CACHE[article_id]


def _occurrences(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i, i + len(needle)
        i = text.find(needle, i + 1)


_MUST_FIND = [(d["article"], e) for d in _SEED_DOCS for e in d.get("must_find") or []]
_SURFACES = [(d["article"], s) for d in _SEED_DOCS for s in (d.get("must_not_report") or {}).get("surfaces") or []]
_DEICTIC = [(d["article"], s) for d in _SEED_DOCS for s in (d.get("must_not_report") or {}).get("deictic") or []]
_UNITS = sorted({u for d in _SEED_DOCS for u in (d.get("must_not_report") or {}).get("units") or []})


@pytest.mark.parametrize("article_id,exp", _MUST_FIND, ids=[f"{a[:6]}:{e['text']}" for a, e in _MUST_FIND])
def test_seed_must_find(article_id, exp):
    article, claims = _seed(article_id)
    lo = article.text.find(exp["text"])
    assert lo >= 0, f"{exp['text']!r} not in the seed text"
    hi = lo + len(exp["text"])
    found = [c for c in claims if c.span[0] < hi and c.span[1] > lo]
    assert found, f"nothing extracted at {exp['text']!r}"
    good = [c for c in found if math.isclose(c.value, exp["value"], rel_tol=1e-9)
            and c.unit == exp["unit"] and c.kind == exp["kind"] and c.qualifier == exp["qualifier"]
            and ("end" not in exp or c.end is not None and math.isclose(c.end, exp["end"]))
            and ("period" not in exp or c.period == str(exp["period"]))]
    assert good, [(c.surface, c.value, c.end, c.unit, c.kind, c.qualifier, c.period) for c in found]


@pytest.mark.parametrize("article_id,bad", _SURFACES + _DEICTIC, ids=[f"{a[:6]}:{s}" for a, s in _SURFACES + _DEICTIC])
def test_seed_must_not_report(article_id, bad):
    article, claims = _seed(article_id)
    spans = list(_occurrences(article.text, bad))
    inside = [c.surface for c in claims if any(c.span[0] < e and c.span[1] > s for s, e in spans)]
    assert not inside, f"{bad!r} reported as {inside}"


@pytest.mark.parametrize("article_id", sorted({d["article"] for d in _SEED_DOCS}))
def test_seed_no_garbage_units(article_id):
    _, claims = _seed(article_id)
    assert claims
    assert not [c.unit for c in claims if c.unit in _UNITS]


def test_seed_baseline_shared_by_coordinated_percents():
    _, claims = _seed("004_2c6681ad046ffadc")
    pcts = [c for c in claims if c.surface in ("97.2 percent", "93.5 percent")]
    assert len(pcts) == 2
    for c in pcts:
        assert c.metric == "share of 2019 level"
        assert c.context.get("baseline_period") == "2019"


def test_seed_year_range_metric_keeps_ordinal_of_name():
    _, claims = _seed("004_2c6681ad046ffadc")
    (plan,) = [c for c in claims if c.surface == "(2026-2030)"]
    assert plan.metric == "15th Five-Year Plan"


def test_seed_count_metric_drops_leading_verb():
    _, claims = _seed("004_2c6681ad046ffadc")
    (c29,) = [c for c in claims if c.surface == "29 countries"]
    assert c29.metric == "countries with comprehensive mutual visa exemptions"


def test_seed_us_dollars_is_not_a_subject():
    _, claims = _seed("004_2c6681ad046ffadc")
    (trips,) = [c for c in claims if c.surface == "132 million inbound trips"]
    assert "United States" not in trips.subject
    assert "China" in trips.subject


# --- grammar ------------------------------------------------------------------------


DAY = "2025-05-21"


def _one(text: str, surface: str | None = None):
    cs = extracted(text, DAY)
    if surface is not None:
        cs = [c for c in cs if c.surface == surface]
    assert len(cs) == 1, [(c.surface, c.value, c.unit, c.kind) for c in extracted(text, DAY)]
    return cs[0]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("Profit rose to $1.2bn last year.", "$1.2bn", 1.2e9, "USD"),
    ("The fund holds USD 5 billion in bonds.", "USD 5 billion", 5e9, "USD"),
    ("Sales reached EUR4.1 billion.", "EUR4.1 billion", 4.1e9, "EUR"),
    ("The club paid €3m for him.", "€3m", 3e6, "EUR"),
    ("The scheme costs £600 million.", "£600 million", 6e8, "GBP"),
    ("Imports totalled 5.97 trillion yuan.", "5.97 trillion yuan", 5.97e12, "CNY"),
    ("The state set aside Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR"),
    ("GST collections were ₹1.68 lakh crore in February.", "₹1.68 lakh crore", 1.68e12, "INR"),
    ("Exports reached 1.37 trillion yen.", "1.37 trillion yen", 1.37e12, "JPY"),
    ("Bilateral trade approximated 72 billion USD.", "approximated 72 billion USD", 7.2e10, "USD"),
    ("Hourly earnings rose by 6 cents to $25.79.", "6 cents", 0.06, "USD / hour"),  # a rate per hour
    ("Revenue reached 14.67 trillion yuan.", "14.67 trillion yuan", 1.467e13, "CNY"),
])
def test_money_forms(text, surface, value, unit):
    c = _one(text, surface)
    assert c.kind == "money" and c.unit == unit
    assert c.value == pytest.approx(value, rel=1e-9)
    assert c.value == float(f"{c.value:.12g}")  # no binary noise from scaling


def test_lakh_count():
    c = _one("The state received 3 lakh applications.")
    assert (c.value, c.unit, c.kind) == (300000, "count", "count")


@pytest.mark.parametrize("text,value,unit,kind", [
    ("Inflation eased to 2.1 pct in May.", 2.1, "percent", "percent"),
    ("The policy rate is 5.40 percent.", 5.4, "percent", "percent"),
    ("The jobless rate rose 0.3 percentage points.", 0.3, "percentage_point", "percentage_point"),
    ("The bank cut rates by 25 basis points.", 0.25, "percentage_point", "percentage_point"),
    ("Output grew ninefold.", 9, "times", "multiplier"),
    ("Steel output was 1.5 times the pre-war level.", 1.5, "times", "multiplier"),
])
def test_percent_points_multipliers(text, value, unit, kind):
    c = _one(text)
    assert (c.unit, c.kind) == (unit, kind)
    assert c.value == pytest.approx(value)


def test_more_than_40_times_is_a_count():
    c = _one("The two heads of state have met more than 40 times.")
    assert (c.value, c.unit, c.kind, c.qualifier) == (40, "count", "count", "more_than")
    assert c.surface == "more than 40 times"


@pytest.mark.parametrize("text,value,end,unit", [
    ("Growth is seen at 18 to 25 percent.", 18, 25, "percent"),
    ("Between 3 and 4 million people moved.", 3e6, 4e6, "count"),
    ("The train is estimated to cost Rs 60,000-70,000 crore.", 6e11, 7e11, "INR"),
])
def test_ranges(text, value, end, unit):
    c = _one(text)
    assert (c.value, c.end, c.unit, c.qualifier) == (value, end, unit, "range")


def test_change_then_level_is_not_a_range():
    cs = extracted("The goods deficit increased $5.6 billion to $103.1 billion.", DAY)
    assert [(c.surface, c.value, c.qualifier) for c in cs] == [
        ("$5.6 billion", 5.6e9, "exact"), ("$103.1 billion", 1.031e11, "exact")]


@pytest.mark.parametrize("text,surface,value,role", [
    ("Japan is the world's fourth-largest economy.", "fourth-largest", 4, "rank"),
    ("It marks Xi's 11th visit to Russia.", "11th visit", 11, "event"),
    ("They marked the 80th anniversary of the victory.", "80th anniversary", 80, "event"),
    ("Prices rose for the third straight year.", "third straight year", 3, "streak"),
    ("The RBI delivered its fourth straight rate cut.", "fourth straight rate cut", 4, "streak"),
    ("India ranks 13th in the world and 7th in Asia.", "7th in Asia", 7, "rank"),
])
def test_ordinals_with_their_noun(text, surface, value, role):
    c = _one(text, surface)
    assert (c.value, c.unit, c.kind) == (value, "count", "ordinal")
    assert c.context["ordinal_role"] == role


@pytest.mark.parametrize("text", [
    "GDP grew in the second quarter of 2024.",
    "Exports rose in the first six months.",
    "Growth in the second of the year stands at 7.3 percent.",
    "Sales rose 4 percent in the third quarter.",
])
def test_period_ordinals_are_not_claims(text):
    assert [c.surface for c in extracted(text, DAY) if c.kind in ("ordinal", "duration")] == []


@pytest.mark.parametrize("text,surface,qualifier", [
    ("Over 40 percent of the market is domestic.", "Over 40 percent", "more_than"),
    ("About 61.91 lakh foreign tourists arrived.", "About 61.91 lakh foreign tourists", "approx"),
    ("Up to 500 people attended.", "Up to 500 people", "at_most"),
    ("At least 12 people died.", "At least 12 people", "at_least"),
    ("Fewer than 300 firms applied.", "Fewer than 300 firms", "less_than"),
    ("It has 40 percent or more of the market.", "40 percent or more", "at_least"),
    ("The site is over 1,500-year-old.", "over 1,500-year-old", "more_than"),
])
def test_qualifiers(text, surface, qualifier):
    c = _one(text, surface)
    assert c.qualifier == qualifier


@pytest.mark.parametrize("text", [
    "Leaders of the Group of 20 met.",
    "The COVID-19 pandemic hit tourism.",
    "The G20 summit opened.",
    "The talks were held on May 19, 2025.",
    "The meeting starts at 10:30 a.m. sharp.",
    "He arrived at 12 noon on Monday.",
    "The two countries agreed to deepen ties.",
    "The two heads of state exchanged views.",
    "It implements the eight-point decision.",
    "China's 15th Five-Year Plan starts soon.",
    "The 20th CPC National Congress opened.",
    "In World War II the city was bombed.",
    "Output is given in dan (1 dan = 50 kilograms).",
])
def test_not_claims(text):
    assert extracted(text, DAY) == [], [(c.surface, c.value) for c in extracted(text, DAY)]


def test_year_range_in_parentheses():
    c = _one("The first five-year plan period (1953-1957) began it.")
    assert (c.value, c.end, c.unit, c.kind) == (1953, 1957, "year", "year_range")


def test_anchor_year_is_period_not_claim():
    cs = extracted("In 2024, bilateral trade rose to 244.8 billion U.S. dollars.", DAY)
    assert [(c.surface, c.period) for c in cs] == [("244.8 billion U.S. dollars", "2024")]


def test_vote_tally_and_partitive_counts():
    cs = extracted("Initially, four of the nine-person committee wanted a cut, while four wanted to hold. "
                   "The MPC ended up voting five to four to cut rates.", DAY)
    got = [(c.surface.split()[0].lower(), c.value) for c in cs]
    assert ("four", 4) in got and ("nine-person", 9) in got and ("five", 5) in got
    assert sum(1 for s, v in got if v == 4) == 3


def test_deictic_but_not_ranked_or_modified():
    assert extracted("The two countries signed a deal.", DAY) == []
    c = _one("It grew in each of its three largest divisions.")
    assert (c.value, c.kind) == (3, "count")


def test_subjects_skip_currency_adjectives():
    assert subjects("Trade hit 94.2 billion U.S. dollars.") == []
    assert subjects("It cost US$5 million.") == []
    assert subjects("Sales in Japanese yen fell, the U.S. said.") == ["United States"]


def test_claims_in_text_order_with_exact_spans():
    text = "Sales rose 5 percent to $3 billion, and 12 firms closed."
    cs = extracted(text, DAY)
    assert [c.span for c in cs] == sorted(c.span for c in cs)
    for c in cs:
        assert text[c.span[0]:c.span[1]] == c.surface
