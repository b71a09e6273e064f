"""Shares said in a relative clause on the sentence's subject (issue 8, slips33): "Coffee
exports, which made up 12% of total exports, rose by 5.0% to $60.0 million" shares the
subject's amount the main clause states after it; and a whole named by a figure whose name
adds only a measure word ("earnings from exports"), never by one that names a part
("exports of machinery"). Our own sentences; each test fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run
from test_relations_shares30 import _level, _share, _shares


def _growth(surface, value, metric):
    return {"surface": surface, "value": value, "unit": "percent", "kind": "percent", "metric": metric,
            "period": "2024", "role": "growth"}


COFFEE = ("Earnings from exports reached $500.0 million in 2024, and exports of machinery were $150.0 million.\n"
          "Coffee exports, which made up 12% of total exports, rose by 5.0% to $60.0 million.")


def _coffee(share="12%", value=12.0):
    # the part's own frame names nothing: the sentence's subject does
    wholes = [_level("$500.0 million", 5e8, "earnings from exports"),
              _level("$150.0 million", 1.5e8, "exports of machinery")]
    told = [_share(share, value, "exports", "total exports"), _growth("5.0%", 5.0, "coffee exports growth"),
            _level("$60.0 million", 6e7, None)]
    return make(COFFEE.replace("12%", share), wholes + told)


def test_a_share_in_a_relative_clause_shares_the_amount_of_the_main_clause():
    analysis, checks = run(_coffee())
    assert flagged(checks) == set()
    # the part is the subject's amount after the share (its growth skipped); the whole is
    # "earnings from exports", not the narrower "exports of machinery"
    assert sorted(["$500.0 million", "12%", "$60.0 million"]) in _shares(analysis)
    _, checks = run(_coffee("21%", 21.0))
    assert flagged(checks) & {"21%", "$60.0 million", "$500.0 million"}


def test_a_share_with_a_figure_before_it_is_not_read_as_a_relative_clause():
    # "In 2024, $70.0 million of coffee, which ...": the figure before is the part, as before
    text = "Coffee brought $70.0 million, which made up 14% of total exports, and tea $20.0 million."
    claims = make(text, [
        _level("$70.0 million", 7e7, "coffee exports"),
        _share("14%", 14.0, "exports", "total exports"),
        _level("$20.0 million", 2e7, "tea exports"),
    ])
    analysis, _ = run(claims)
    assert not any("$20.0 million" in s for s in _shares(analysis))


def test_a_relative_share_followed_by_another_share_has_no_part():
    # "fish, which accounted for 20% of exports, followed by kava at 21%": a list of shares
    text = ("Exports totalled $50.0 million.\n"
            "The main export was fish, which accounted for 20% of total exports, followed by kava at 21% "
            "and $9.0 million of roots.")
    claims = make(text, [
        _level("$50.0 million", 5e7, "exports"),
        _share("20%", 20.0, "exports", "total exports"),
        _share("21%", 21.0, "exports"),
        _level("$9.0 million", 9e6, "exports of roots"),
    ])
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert not any("20%" in s and "$9.0 million" in s for s in _shares(analysis))
