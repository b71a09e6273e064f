"""Relations, round 15: a figure stated three times (a headline rounds it, the body prints
it in full twice) is compared with its fullest earlier statement, so a slip in the last
statement that the headline's rounding would hide is caught. Our own sentences."""

from __future__ import annotations

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
