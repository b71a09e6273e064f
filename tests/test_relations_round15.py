"""Relations, round 15: a figure stated three times (a headline rounds it, the body prints
it in full twice) is compared with its fullest earlier statement, so a slip in the last
statement that the headline's rounding would hide is caught. Our own sentences."""

from __future__ import annotations

import pytest

from test_relations import flagged, make, run, with_slip

TEXT = ("Foreign residents near 52,000\n"
        "The census counted 51,760 foreign residents in the city. "
        "Of the city's people, one in nine was foreign, and 51,760 foreign residents were of working age or older.")


def _figures():
    return [{"surface": s, "value": v, "unit": "count", "kind": "count", "metric": "foreign residents",
             "subject": ["Oslo"], "period": "2024", "qualifier": q}
            for s, v, q in (("52,000", 52000, "approx"), ("51,760", 51760, "exact"), ("51,760", 51760, "exact"))]


def test_a_restatement_agrees_with_the_fullest_statement_before_it():
    analysis, checks = run(make(TEXT, _figures()))
    assert flagged(checks) == set()
    pairs = {tuple(sorted(n.claim.line for n in r.nodes)) for r in analysis.confirmed if r.rule == "repeat"}
    assert (2, 3) in pairs or any(len(r.nodes) == 2 and r.nodes[0].claim.surface == r.nodes[1].claim.surface == "51,760"
                                  for r in analysis.confirmed if r.rule == "repeat")


def test_a_slip_the_headlines_rounding_would_hide_is_caught():
    # 51,670 is within the headline's "52,000" (51,500 to 52,500) but not the body's 51,760
    _, checks = run(with_slip(TEXT.replace("51,760 foreign residents were", "51,76X foreign residents were"),
                              [*_figures()[:2], {**_figures()[2], "surface": "51,76X"}], 2, "51,670", 51670))
    assert "51,670" in flagged(checks)


def _cnt(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric, "period": "2023-06"}


def _pc(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "role": "share", "period": "2023-06"}


# Parts restated as shares with no verb of sharing, the shares adding up to 100: each share
# is its part over the parts' sum, in either order and with "respectively".
RESPECTIVELY = "In June, 1,204 nurses worked part-time and 4,816 nurses full-time (20.0% and 80.0% respectively)."
RESPECTIVELY_FIGURES = [_cnt("1,204", 1204, "part-time nurses"), _cnt("4,816", 4816, "full-time nurses"),
                        _pc("20.0%", 20.0, "part-time nurses"), _pc("80.0%", 80.0, "full-time nurses")]
PERCENT_FIRST = ("Of the fund's outlays, 30% or $1,800,000 went to schools, 62% or $3,720,000 to clinics "
                 "and 8% equivalent to $480,000 to roads.")
PERCENT_FIRST_FIGURES = [_pc("30%", 30, "school outlays"), {**_cnt("$1,800,000", 1.8e6, "school outlays"), "unit": "USD", "kind": "money"},
                         _pc("62%", 62, "clinic outlays"), {**_cnt("$3,720,000", 3.72e6, "clinic outlays"), "unit": "USD", "kind": "money"},
                         _pc("8%", 8, "road outlays"), {**_cnt("$480,000", 4.8e5, "road outlays"), "unit": "USD", "kind": "money"}]


@pytest.mark.parametrize("text, figures, slip", [
    (RESPECTIVELY, RESPECTIVELY_FIGURES, (1, "4,186", 4186)),
    (PERCENT_FIRST, PERCENT_FIRST_FIGURES, (3, "$7,320,000", 7.32e6)),
])
def test_parts_restated_as_shares_without_a_verb_of_sharing(text, figures, slip):
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert sum(r.rule == "share" for r in analysis.confirmed) >= 2
    i, surface, value = slip
    _, checks = run(with_slip(text, figures, i, surface, value))
    assert surface in flagged(checks)


def test_shares_short_of_100_without_a_verb_say_nothing():
    text = RESPECTIVELY.replace("80.0%", "70.0%")
    figures = [*RESPECTIVELY_FIGURES[:3], _pc("70.0%", 70.0, "full-time nurses")]
    analysis, checks = run(make(text, figures))
    assert flagged(checks) == set()
    assert not [r for r in analysis.confirmed if r.rule == "share"]


def _eur(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "EUR", "kind": "money", "metric": metric, "period": "2023"}


# A fronted "Within X," names the whole of the sentence's shares, and a gapped list shares
# the first item's verb of sharing.
WITHIN = ("Total spending reached €2.0 billion in 2023. Within total spending, wages accounted for 41.0% "
          "(€820 million), pensions 35.0% (€700 million) and interest 4.0% (€80 million).")
WITHIN_FIGURES = [_eur("€2.0 billion", 2.0e9, "total spending"),
                  {**_pc("41.0%", 41.0, "wages"), "period": "2023"}, _eur("€820 million", 8.2e8, "wages"),
                  {**_pc("35.0%", 35.0, "pensions"), "period": "2023"}, _eur("€700 million", 7.0e8, "pensions"),
                  {**_pc("4.0%", 4.0, "interest"), "period": "2023"}, _eur("€80 million", 8.0e7, "interest")]


def test_a_fronted_whole_and_a_gapped_list_of_shares():
    analysis, checks = run(make(WITHIN, WITHIN_FIGURES))
    assert flagged(checks) == set()
    assert sum(r.rule == "share" for r in analysis.confirmed) == 3
    # the part or its share: the text alone cannot tell which of the two is wrong
    _, checks = run(with_slip(WITHIN, WITHIN_FIGURES, 4, "€70 million", 7.0e7))
    assert flagged(checks) & {"€70 million", "35.0%"}


# A list of levels in the sentence after one level of theirs for the same period: the parts'
# sum is a candidate for it, confirmed when it holds, broken only by a slip explaining the gap.
LIST_AFTER = ("In June 2023, 41,280 people worked on the island. "
              "That month 5,112 were self-employed and 36,168 worked for an employer.")
LIST_AFTER_FIGURES = [_cnt("41,280", 41280, "employment"), _cnt("5,112", 5112, "self-employed"),
                      _cnt("36,168", 36168, "employees")]


def test_a_list_after_the_level_it_splits():
    analysis, checks = run(make(LIST_AFTER, LIST_AFTER_FIGURES))
    assert flagged(checks) == set()
    assert any(r.rule == "parts-total" and len(r.nodes) == 3 for r in analysis.confirmed)
    _, checks = run(with_slip(LIST_AFTER, LIST_AFTER_FIGURES, 2, "36,618", 36618))
    assert "36,618" in flagged(checks)


def test_a_list_that_is_not_the_whole_raises_nothing():
    # a gap no single slip explains: another split, not a slip
    text = LIST_AFTER.replace("36,168", "30,050")
    _, checks = run(make(text, [*LIST_AFTER_FIGURES[:2], _cnt("30,050", 30050, "employees")]))
    assert flagged(checks) == set()


def test_a_total_cut_rather_than_rounded_holds():
    text = ("Trade with the neighbour reached $2.19 billion in the half. "
            "Exports were $699.3 million and imports $1,496.2 million.")
    figures = [{**_eur("$2.19 billion", 2.19e9, "trade"), "unit": "USD", "period": "2023-06"},
               {**_eur("$699.3 million", 6.993e8, "exports"), "unit": "USD", "period": "2023-06"},
               {**_eur("$1,496.2 million", 1.4962e9, "imports"), "unit": "USD", "period": "2023-06"}]
    _, checks = run(make(text, figures))
    assert flagged(checks) == set()
