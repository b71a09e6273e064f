"""Headline naming, round 68 (issue 8, one figure stated twice): a headline's figure that
takes the name of the body's statement of the same value agrees with it by construction. The
pair is still tested, but holding it must vouch for neither figure: else a slip in another
restatement ("about 71.35%" for the lead's "17.35%") finds the lead vouched for and, the digit
slips of an approximate figure not being weighed, no figure to blame, and the catch the body's
own pair made is lost. And a later body statement keeps the body's earlier one as its
yardstick, never the headline in its place. Sentences of our own."""

from __future__ import annotations

from conftest import article_of, checked_by_surface, extracted


DAY = "2020-06-30"
TEXT = ("Remittances Grew 17.35 Percent\n\n"
        "In January, remittances arriving in the country reached $2,210.4 million, an amount up 17.35 percent "
        "compared with the same month in 2019, the central bank reported.\n\n"
        "Electronic transfers came to $2,101.7 million in January, while cash remittances were $108.7 million.\n\n"
        "In January remittances arriving in the country rose about {} percent, analysts said.\n")


def test_the_headline_named_by_its_value_is_marked_so():
    by = {c.surface: c for c in extracted(TEXT.format("17.35"), DAY)}
    head, lead = by["17.35 Percent"], by["17.35 percent"]
    assert head.metric == lead.metric and head.context.get("name_borrowed")
    assert not lead.context.get("name_borrowed")


def test_a_slip_in_an_approximate_restatement_is_still_caught():
    by = checked_by_surface(TEXT.format("71.35"), DAY)
    assert by["17.35 Percent"].metric == by["17.35 percent"].metric  # the headline is named
    flagged = {s for s, c in by.items() if c.check.verdict == "inconsistent"}
    assert flagged & {"17.35 percent", "about 71.35 percent"}


def test_the_headline_pair_holds_but_vouches_for_nothing():
    from factcheck.relations import analyse

    text = TEXT.format("17.35")
    pairs = [r for r in analyse(extracted(text, DAY), article_of(text, DAY), []).relations
             if r.kind == "repeated_figure"]
    with_head = [r for r in pairs if any(n.headline for n in r.nodes)]
    assert with_head and all(r.holds and not r.vouches and not r.rules_out for r in with_head)
    # the body's later statement keeps the body's earlier one as its yardstick
    assert any(not any(n.headline for n in r.nodes) for r in pairs)
