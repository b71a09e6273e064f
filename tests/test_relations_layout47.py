"""Sums read from the layout of a list (relations/layout.py, issue 8, sum47): a total
announced by "as follows:" and its bulleted items, sub-items left out; bulleted items and
their total after them; a sentence listing items beside the one larger level next to it. Our own sentences, phrased unlike the corpus's; each
positive test fails without the change."""

from __future__ import annotations

import factcheck.relations.layout as layout
from test_relations import flagged, make, run


def figures(text, unit, period, *rows, kind="money"):
    """Claims for (surface, value, metric) rows of one unit and period in `text`."""
    return make(text, [{"surface": r[0], "value": r[1], "unit": unit, "kind": kind, "metric": r[2],
                        "period": period} for r in rows])


def sums(analysis, compare="="):
    return [sorted(n.claim.surface for n in r.nodes) for r in analysis.relations
            if r.kind == "sum" and r.compare == compare and r.holds and len(r.inputs) > 1]


# --- a total announced, then its items one a line ----------------------------------------

COUNCIL = ("The council approved spending of £412.0 million for the year, broken down as follows:\n"
           "• £150.5 million for road repairs\n"
           "• £201.2 million for schools\n"
           "  (including £30.0 million for new roofs, £12.5 million of which is carried over)\n"
           "• {parks} for parks and libraries\n"
           "The vote passed by two seats.")


def council(parks="£60.3 million", value=60.3e6, announce="broken down as follows:"):
    text = COUNCIL.format(parks=parks).replace("broken down as follows:", announce)
    return figures(text, "GBP", "2025",
                   ("£412.0 million", 412.0e6, "council spending"),
                   ("£150.5 million", 150.5e6, "road repairs"),
                   ("£201.2 million", 201.2e6, "school spending"),
                   ("£30.0 million", 30.0e6, "roof spending"),
                   ("£12.5 million", 12.5e6, "carried-over roof spending"),
                   (parks, value, "parks and libraries"))


def test_items_announced_as_follows_add_up_to_the_total_without_their_sub_items():
    analysis, checks = run(council())
    assert flagged(checks) == set()
    assert ["£150.5 million", "£201.2 million", "£412.0 million", "£60.3 million"] in sums(analysis)
    # the bracketed line details the schools' item: no sum holds it as an item of the total
    assert not any("£30.0 million" in [n.claim.surface for n in r.inputs] and r.result.claim.surface == "£412.0 million"
                   for r in analysis.relations if r.kind == "sum")


def test_a_transposed_item_of_an_announced_breakdown_is_named():
    _, checks = run(council("£63.0 million", 63.0e6))
    assert "£63.0 million" in flagged(checks)


def test_an_item_changed_by_a_fifth_is_no_slip_an_announced_list_can_name():
    # "as follows" may still list the main lines only: a gap no realistic slip explains says nothing
    _, checks = run(council("£72.4 million", 72.4e6))
    assert flagged(checks) == set()


def test_a_bare_colon_is_only_a_candidate_no_flag_without_a_slip():
    # "highlights:" announces a few figures, not a breakdown: a gap no slip explains says nothing
    _, checks = run(council("£72.4 million", 72.4e6, announce="with these highlights:"))
    assert flagged(checks) == set()


# --- bulleted items, then their total ------------------------------------------------------

STORE = ("Grain held at the co-operative's silos at harvest's end:\n"
         "• Wheat: 12,400 tonnes\n"
         "• Barley: 8,150 tonnes\n"
         "• Oats: {oats}\n"
         "In all, the co-operative stored 23,570 tonnes of grain.")


def store(oats="3,020 tonnes", value=3020):
    return figures(STORE.format(oats=oats), "tonne", "2025", ("12,400 tonnes", 12400, "wheat stored"),
                   ("8,150 tonnes", 8150, "barley stored"), (oats, value, "oats stored"),
                   ("23,570 tonnes", 23570, "grain stored"), kind="measure")


def test_bulleted_items_add_up_to_the_total_after_them():
    analysis, checks = run(store())
    assert flagged(checks) == set()
    assert ["12,400 tonnes", "23,570 tonnes", "3,020 tonnes", "8,150 tonnes"] in sums(analysis)


def test_a_slip_in_a_bulleted_item_is_caught_by_the_total_after_the_list():
    _, checks = run(store("3,002 tonnes", 3002))
    assert "3,002 tonnes" in flagged(checks)


# --- a sentence of items beside the sentence of their whole ------------------------------

CHARITY = ("{lead} in Leeds gave $41,250 (4% more than a year before), donors in York $30,900 "
           "and donors in Hull {hull}. The winter appeal raised $96,400.")


def charity(hull="$24,250", value=24250, lead="Donors"):
    text = CHARITY.format(hull=hull, lead=lead)
    return make(text, [
        {"surface": "$41,250", "value": 41250, "metric": "gifts from Leeds", "period": "2025"},
        {"surface": "4%", "value": 4, "unit": "percent", "kind": "percent", "role": "growth", "metric": "gifts from Leeds",
         "period": "2025"},
        {"surface": "$30,900", "value": 30900, "metric": "gifts from York", "period": "2025"},
        {"surface": hull, "value": value, "metric": "gifts from Hull", "period": "2025"},
        {"surface": "$96,400", "value": 96400, "metric": "appeal proceeds", "period": "2025"}])


def test_a_list_of_items_beside_its_whole_adds_up_to_it():
    analysis, checks = run(charity())
    assert flagged(checks) == set()
    assert ["$24,250", "$30,900", "$41,250", "$96,400"] in sums(analysis)


def test_a_slip_in_an_item_listed_beside_its_whole_is_caught():
    _, checks = run(charity("$42,250", 42250))
    assert "$42,250" in flagged(checks)


def _beside(analysis, compare):
    return [sorted(n.claim.surface for n in r.nodes) for r in layout.lists_beside_whole(analysis.graph)
            if r.compare == compare]


def test_a_ranking_of_the_largest_items_only_bounds_the_whole():
    analysis, checks = run(charity(lead="The largest donors were those"))
    # "largest": the list may leave smaller givers out, so the layout asserts no sum equal
    assert _beside(analysis, "=") == []
    assert _beside(analysis, ">=") == [["$24,250", "$30,900", "$41,250", "$96,400"]]
    assert flagged(checks) == set()


def test_a_figure_an_item_outgrows_is_no_whole_of_the_list():
    text = ("The appeal raised $36.4 million over the winter. The largest donors were those in Leeds with "
            "$41.25 million, followed by York with $30.90 million and Hull with $8.25 million.")
    analysis, checks = run(figures(text, "USD", "2025", ("$36.4 million", 36.4e6, "appeal proceeds"),
                                   ("$41.25 million", 41.25e6, "gifts"), ("$30.90 million", 30.9e6, "gifts"),
                                   ("$8.25 million", 8.25e6, "gifts")))
    assert _beside(analysis, ">=") == [] and flagged(checks) == set()


def test_a_ranking_that_outgrows_its_whole_a_little_is_no_finding():
    # a whole of a narrower series than the list: beyond it, but not by a scale word
    text = ("The appeal raised $96.4 million over the winter. The largest donors were those in Leeds with "
            "$61.25 million, followed by York with $30.90 million and Hull with $28.25 million.")
    _, checks = run(figures(text, "USD", "2025", ("$96.4 million", 96.4e6, "appeal proceeds"),
                            ("$61.25 million", 61.25e6, "gifts"), ("$30.90 million", 30.9e6, "gifts"),
                            ("$28.25 million", 28.25e6, "gifts")))
    assert flagged(checks) == set()


def test_the_remainder_of_a_list_is_not_its_whole():
    text = ("Donors in Leeds gave $41,250, donors in York $30,900 and donors in Hull $24,250. "
            "Givers in all other towns sent $96,400.")
    analysis, checks = run(figures(text, "USD", "2025", ("$41,250", 41250, "gifts"), ("$30,900", 30900, "gifts"),
                                   ("$24,250", 24250, "gifts"), ("$96,400", 96400, "gifts")))
    assert not any(r.result.claim.surface == "$96,400" for r in analysis.relations
                   if r.kind == "sum" and len(r.inputs) > 1 and r.rule == "parts-total" and r.compare == "=")
    assert flagged(checks) == set()


def test_an_item_the_list_bounds_leaves_the_sum_open():
    text = ("The appeal raised $96,400 over the winter. Donors in Leeds gave $41,250, donors in York $30,900, "
            "donors in Hull $20,250 and donors in Ripon more than $3,000.")
    analysis, _ = run(make(text, [
        {"surface": "$96,400", "value": 96400, "metric": "appeal proceeds", "period": "2025"},
        {"surface": "$41,250", "value": 41250, "metric": "gifts", "period": "2025"},
        {"surface": "$30,900", "value": 30900, "metric": "gifts", "period": "2025"},
        {"surface": "$20,250", "value": 20250, "metric": "gifts", "period": "2025"},
        {"surface": "more than $3,000", "value": 3000, "metric": "gifts", "period": "2025", "qualifier": "more_than"}]))
    assert ["$20,250", "$30,900", "$41,250", "$96,400"] not in sums(analysis)


def test_revenue_listed_beside_spending_is_no_breakdown_of_it():
    text = ("The province spent R96,400 million in the year. Income tax brought in R41,250 million, "
            "levies R30,900 million and fees R24,250 million.")
    analysis, _ = run(figures(text, "ZAR", "2025", ("R96,400 million", 96400e6, "provincial expenditure"),
                              ("R41,250 million", 41250e6, "income tax revenue"),
                              ("R30,900 million", 30900e6, "levy revenue"), ("R24,250 million", 24250e6, "fee revenue")))
    assert _beside(analysis, "=") == [] and _beside(analysis, ">=") == []


def test_a_sentence_that_carries_on_the_list_before_has_no_whole_there():
    # "A further …": the figure before is the list's first item, a sibling, not the whole
    text = ("Of the boats registered at the harbour, some 830 were trawlers.\n"
            "A further 510 were yachts, 420 were ferries and 290 were barges.")
    rows = [("some 830", 830, "trawlers"), ("510", 510, "yachts"), ("420", 420, "ferries"), ("290", 290, "barges")]
    claims = make(text, [{"surface": r[0], "value": r[1], "unit": "count", "kind": "count", "metric": r[2],
                          "period": "2025", "qualifier": "approx" if r[0].startswith("some") else "exact"}
                         for r in rows])
    analysis, checks = run(claims)
    assert _beside(analysis, "=") == [] and _beside(analysis, ">=") == []
    assert flagged(checks) == set()


def test_items_paired_with_amounts_of_another_unit_are_no_list():
    # each money figure goes with its own tonnage: a month's and the year's, not two items
    text = ("Wool sales reached $2 billion in the year. In May 8,000 tonnes sold for $80 million, which lifted the "
            "year's figures to 96,000 tonnes and $896 million.")
    claims = make(text, [
        {"surface": "$2 billion", "value": 2e9, "metric": "wool sales", "period": "2025"},
        {"surface": "8,000 tonnes", "value": 8000, "unit": "tonne", "kind": "measure", "metric": "wool sold", "period": "2025"},
        {"surface": "$80 million", "value": 80e6, "metric": "wool sales", "period": "2025"},
        {"surface": "96,000 tonnes", "value": 96000, "unit": "tonne", "kind": "measure", "metric": "wool sold",
         "period": "2025"},
        {"surface": "$896 million", "value": 896e6, "metric": "wool sales", "period": "2025"}])
    analysis, _ = run(claims)
    assert _beside(analysis, "=") == [] and _beside(analysis, ">=") == []
