"""Identities between a level, its change and its growth when the earlier level is never
printed, and shares whose whole follows them."""

from __future__ import annotations

from test_relations import flagged, make, run

TAX = ("The latest exchequer data show the Government collected €19.7 billion in tax receipts in the first quarter "
       "of 2023, €2.5 billion or 15 per cent up on last year.")


def tax(text=TAX, change="€2.5 billion", value=2.5e9):
    text = text.replace("€2.5 billion", change)
    return make(text, [
        {"surface": "€19.7 billion", "value": 19.7e9, "unit": "EUR", "metric": "tax receipts", "period": "2023-Q1"},
        {"surface": change, "value": value, "unit": "EUR", "metric": "tax receipts", "period": "2023-Q1",
         "role": "change", "direction": "up"},
        {"surface": "15 per cent", "value": 15, "unit": "percent", "kind": "percent", "metric": "tax receipts",
         "period": "2023-Q1", "role": "growth", "direction": "up"},
    ])


def test_level_change_and_growth_agree_with_the_earlier_level_unprinted():
    analysis, checks = run(tax())
    assert flagged(checks) == set()
    rel = [r for r in analysis.relations if r.rule == "level-change" and len(r.inputs) == 2]
    assert rel and rel[0].holds and "2.5 billion EUR ÷ (19.7 billion EUR − 2.5 billion EUR)" in rel[0].arithmetic()


def test_a_change_that_disagrees_with_its_level_and_growth_is_named():
    _, checks = run(tax(change="€5.2 billion", value=5.2e9))
    assert flagged(checks) == {"€5.2 billion"}
    assert checks["€5.2 billion"].correction == "€5.2 billion → €2.5 billion"


def test_a_round_change_is_read_to_its_last_nonzero_digit():
    # "€900 million (16 per cent)" renders "€0.9 billion": 0.9 may be 0.94, and the
    # identity holds within what that rounding allows
    text = "VAT receipts totalled €6.8 billion, €900 million (16 per cent) higher than in the same quarter last year."
    claims = make(text, [
        {"surface": "€6.8 billion", "value": 6.8e9, "unit": "EUR", "metric": "VAT receipts", "period": "2023-Q1"},
        {"surface": "€900 million", "value": 0.9e9, "unit": "EUR", "metric": "VAT receipts", "period": "2023-Q1",
         "role": "change", "direction": "up"},
        {"surface": "16 per cent", "value": 16, "unit": "percent", "kind": "percent", "metric": "VAT receipts",
         "period": "2023-Q1", "role": "growth", "direction": "up"},
    ])
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert any(r.rule == "level-change" and r.holds and r.slack > 0.5 for r in analysis.relations)


SALES = ("In the first half, NEV sales were 3,745,000 units, up 44.54 percent year-on-year, and accounted for "
         "28.3 percent of the 13,239,000 total vehicle sales.")


def sales(share="28.3 percent", value=28.3):
    text = SALES.replace("28.3 percent", share)
    return make(text, [
        {"surface": "3,745,000 units", "value": 3745000, "unit": "count", "kind": "count", "metric": "NEV sales",
         "period": "2023-H1"},
        {"surface": "44.54 percent", "value": 44.54, "unit": "percent", "kind": "percent", "metric": "NEV sales",
         "period": "2023-H1", "role": "growth", "direction": "up"},
        {"surface": share, "value": value, "unit": "percent", "kind": "percent", "period": "2023-H1",
         "role": "share"},
        {"surface": "13,239,000", "value": 13239000, "unit": "count", "kind": "count", "metric": "total vehicle sales",
         "period": "2023-H1"},
    ])


def test_a_share_of_the_figure_that_follows_it():
    analysis, checks = run(sales())
    assert flagged(checks) == set()
    assert any(r.rule == "share" and r.holds for r in analysis.relations)


def test_a_share_of_the_figure_that_follows_it_with_a_slip():
    _, checks = run(sales("23.8 percent", 23.8))
    assert flagged(checks) == {"23.8 percent"}


def test_a_share_with_its_part_after_it_by_a_participle():
    text = ("The Kingdom's merchandise imports increased by 20 percent in August to SR61 billion.\n"
            "China took the lead with its imports amounting to 21.4 percent of the total during that period "
            "reaching SR12 billion.")
    figures = [
        {"surface": "20 percent", "value": 20, "unit": "percent", "kind": "percent", "metric": "merchandise imports",
         "period": "2022-08", "role": "growth", "direction": "up"},
        {"surface": "SR61 billion", "value": 61e9, "unit": "SAR", "metric": "merchandise imports", "period": "2022-08"},
        {"surface": "21.4 percent", "value": 21.4, "unit": "percent", "kind": "percent", "metric": "imports",
         "period": "2022-08", "role": "share", "context": {"share_of": "the total"}},
        {"surface": "SR12 billion", "value": 12e9, "unit": "SAR", "metric": "imports", "period": "2022-08",
         "subject": ["China"]},
    ]
    _, checks = run(make(text, figures))
    assert "21.4 percent" in flagged(checks)  # 12 ÷ 61 is 19.7 percent
    fixed = [{**f, "surface": "19.7 percent", "value": 19.7} if f["surface"] == "21.4 percent" else f for f in figures]
    _, checks = run(make(text.replace("21.4 percent", "19.7 percent"), fixed))
    assert flagged(checks) == set()


TRAVEL = ("The expenditure of Turks visiting abroad dropped by 15 percent to $1.13 in the second quarter. "
          "The average expenditure of nearly 1.69 million Turks visiting abroad was $668.")


def travel(total="$1.13", value=1.13):
    return make(TRAVEL.replace("$1.13", total), [
        {"surface": total, "value": value, "metric": "expenditure of residents abroad", "period": "2012-Q2"},
        {"surface": "1.69 million", "value": 1.69e6, "unit": "count", "kind": "count", "qualifier": "approx",
         "metric": "residents travelling abroad", "period": "2012-Q2"},
        {"surface": "$668", "value": 668, "unit": "USD / person", "metric": "average expenditure per resident",
         "period": "2012-Q2", "role": "rate"},
    ])


def test_count_times_average_against_the_total_of_the_sentence_before_names_a_dropped_scale_word():
    _, checks = run(travel())
    assert flagged(checks) == {"$1.13"}
    assert checks["$1.13"].correction == "$1.13 → $1.13 billion"
    _, checks = run(travel("$1.13 billion", 1.13e9))
    assert flagged(checks) == set()
