"""Shares whose whole is stated elsewhere (issue 8, share31): a whole named by another word
of its concept ("of total income": the revenues), a whole named by the head noun of a
figure when other figures only mention the word ("of total tourists", not "nights spent
by tourists"), a share alone in brackets after its amount and a few words ("6,701 in total
(43%)"), a whole named past the share's bracketed amount ("40% ($7.7 million) of total
receipts"), and a sentence carrying on the list of the one before ("This was followed by
...") sharing its whole. Our own sentences; each test fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run
from test_relations_shares30 import _level, _share, _shares


def _count(surface, value, metric, subject=()):
    return _level(surface, value, metric, "count", "count", subject)


BUDGET = ("The budget projects revenues of 40.0 billion dinars and spending of 45.0 billion dinars for 2024.\n"
          "Oil income is projected at 36.0 billion dinars or 90 percent of total income.")


def _budget(oil="36.0 billion dinars", value=3.6e10):
    return make(BUDGET.replace("36.0 billion dinars", oil), [
        _level("40.0 billion dinars", 4e10, "budget revenues", "KWD"),
        _level("45.0 billion dinars", 4.5e10, "budget spending", "KWD"),
        _level(oil, value, "oil revenues", "KWD"),
        _share("90 percent", 90.0, "oil share of revenues", "total income"),
    ])


def test_a_whole_named_by_another_word_of_its_concept():
    analysis, checks = run(_budget())
    assert flagged(checks) == set()
    # "of total income": the revenues, which share no word with it (never the spending)
    assert sorted(["40.0 billion dinars", "36.0 billion dinars", "90 percent"]) in _shares(analysis)
    _, checks = run(_budget("3.6 billion dinars", 3.6e9))
    assert flagged(checks) & {"3.6 billion dinars", "90 percent"}


def test_a_concept_narrowed_by_a_modifier_names_no_whole_of_another_word():
    # "of total oil income": a part of the revenues, not stated here
    claims = _budget()
    claims[-1].context["share_of"] = "total oil income"
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert not [r for r in analysis.relations if r.kind == "share"]


TOURISTS = ("Some 400,000 tourists visited the islands in May, spending 2.6 million nights.\n"
            "Tourists visiting the north reached 250,000, or 62.5 per cent of total tourists.")


def _tourists(north="250,000", value=250000.0):
    return make(TOURISTS.replace("250,000", north), [
        _count("400,000", 4e5, "inbound tourists"),
        _count("2.6 million nights", 2.6e6, "nights spent by inbound tourists"),
        _count(north, value, "tourists visiting the north"),
        _share("62.5 per cent", 62.5, "share of tourists visiting the north", "total tourists"),
    ])


def test_the_whole_is_the_figure_that_counts_what_the_name_says():
    analysis, checks = run(_tourists())
    assert flagged(checks) == set()
    # the nights mention tourists but count nights: the tourists' figure is the whole
    assert sorted(["400,000", "250,000", "62.5 per cent"]) in _shares(analysis)
    _, checks = run(_tourists("520,000", 5.2e5))
    assert flagged(checks) & {"520,000", "62.5 per cent"}


VISITORS = ("The island welcomed 20,000 visitors in April.\n"
            "Its two largest markets are Dutch visitors, 9,000 in total (45%), and 5,000 American visitors (25%).")


def _visitors(dutch="9,000", value=9000.0):
    return make(VISITORS.replace("9,000", dutch), [
        _count("20,000", 2e4, "visitor arrivals"),
        _count(dutch, value, "visitor arrivals", ["Netherlands"]),
        _share("45%", 45.0, "share of visitor arrivals", subject=["Netherlands"]),
        _count("5,000", 5e3, "visitor arrivals", ["United States"]),
        _share("25%", 25.0, "share of visitor arrivals", subject=["United States"]),
    ])


def test_a_share_alone_in_brackets_after_its_amount_and_a_few_words():
    analysis, checks = run(_visitors())
    assert flagged(checks) == set()
    shares = _shares(analysis)
    assert sorted(["20,000", "9,000", "45%"]) in shares
    assert sorted(["20,000", "5,000", "25%"]) in shares
    _, checks = run(_visitors("900", 900.0))
    assert flagged(checks) & {"900", "45%"}


def test_a_bracketed_change_after_an_amount_is_no_share():
    from factcheck.relations.rules.share import _NAMED_BEFORE_BRACKET

    assert _NAMED_BEFORE_BRACKET.match(" American visitors (")
    assert _NAMED_BEFORE_BRACKET.match(" in total (")
    assert not _NAMED_BEFORE_BRACKET.match(" up from 2019 (")
    assert not _NAMED_BEFORE_BRACKET.match(" compared with (")


RECEIPTS = ("Remittance receipts rose to $20.0 million in March.\n"
            "Receipts in USD remained dominant, accounting for 40% ($8.0 million) of total remittance receipts "
            "over the month.")


def _receipts(usd="$8.0 million", value=8e6):
    return make(RECEIPTS.replace("$8.0 million", usd), [
        _level("$20.0 million", 2e7, "remittance receipts"),
        _share("40%", 40.0, "remittance receipts in USD share", subject=["United States"]),
        _level(usd, value, "remittance receipts in USD", subject=["United States"]),
    ])


def test_a_whole_named_past_the_shares_bracketed_amount():
    from factcheck.relations.graph import Graph
    from factcheck.relations.rules.share import whole_named

    claims = _receipts()
    assert whole_named(Graph.build(claims).nodes[1]) == "total remittance receipts"
    analysis, checks = run(claims)
    assert flagged(checks) == set()
    assert sorted(["$20.0 million", "$8.0 million", "40%"]) in _shares(analysis)
    _, checks = run(_receipts("$0.8 million", 8e5))
    assert flagged(checks) & {"$0.8 million", "40%"}


PROVINCES = ("Exports reached US$50.0 billion in 2024.\n"
             "West Java led with US$10.0 billion, accounting for 20.0 percent of the overall export value. "
             "This was followed by East Java with US$8.0 billion representing 16.0 percent.")


def _provinces(east="US$8.0 billion", value=8e9, opening="This was followed by"):
    return make(PROVINCES.replace("US$8.0 billion", east).replace("This was followed by", opening), [
        _level("US$50.0 billion", 5e10, "exports"),
        _level("US$10.0 billion", 1e10, "exports by province", subject=["West Java"]),
        _share("20.0 percent", 20.0, "share of exports", "overall export value", ["West Java"]),
        _level(east, value, "exports by province", subject=["East Java"]),
        _share("16.0 percent", 16.0, "share of exports", subject=["East Java"]),
    ])


def test_a_sentence_carrying_on_a_list_shares_the_whole_its_first_item_named():
    analysis, checks = run(_provinces())
    assert flagged(checks) == set()
    assert sorted(["US$50.0 billion", "US$8.0 billion", "16.0 percent"]) in _shares(analysis)
    _, checks = run(_provinces("US$0.8 billion", 8e8))
    assert flagged(checks) & {"US$0.8 billion", "16.0 percent"}


def test_a_sentence_that_does_not_carry_on_the_list_takes_no_whole_from_it():
    analysis, _ = run(_provinces(opening="Separately, data showed"))
    assert not [r for r in analysis.relations if r.kind == "share" and r.result.claim.surface == "16.0 percent"]
