"""Restated names, round 68 (issue 8, one figure stated twice): a figure that takes the name
of another statement of the same value (extract.restatements) agrees with it by
construction. The pair is still tested, but holding it must vouch for neither figure: else a
slip in a third statement ("roughly 41.36 percent" for the lead's "14.36 percent") finds the
lead vouched for by the headline and, the digit slips of an approximate figure not being
weighed, no figure to blame, and the slip goes unseen. A later statement keeps an earlier
one named by its own words as its yardstick. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import article_of, checked_by_surface, extracted


DAY = "2024-09-10"
LEAD = "In August, bulk cement sales of the plant rose 14.36 percent from a year before, the company said.\n\n"
LATER = "In August bulk cement sales of the plant increased roughly {} percent, traders said.\n"
HEADLINES = ["Sales Climbed 14.36 Percent\n\n", "Cement Up 14.36 Percent\n\n", "Increase of 14.36% for the plant\n\n"]


def test_the_figure_named_by_its_value_is_marked_so():
    by = {c.surface: c for c in extracted(HEADLINES[0] + LEAD + LATER.format("14.36"), DAY)}
    head, lead = by["14.36 Percent"], by["14.36 percent"]
    assert head.metric == lead.metric and head.context.get("name_borrowed")
    assert not lead.context.get("name_borrowed")


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_slip_in_an_approximate_restatement_is_caught(headline):
    by = checked_by_surface(headline + LEAD + LATER.format("41.36"), DAY)
    flagged = {s for s, c in by.items() if c.check.verdict == "inconsistent"}
    assert flagged & {"14.36 percent", "roughly 41.36 percent"}


def test_the_borrowed_pair_holds_but_vouches_for_nothing():
    from factcheck.relations import analyse

    text = HEADLINES[0] + LEAD + LATER.format("14.36")
    pairs = [r for r in analyse(extracted(text, DAY), article_of(text, DAY), []).relations
             if r.kind == "repeated_figure"]
    with_head = [r for r in pairs if any(n.headline for n in r.nodes)]
    assert with_head and all(r.holds and not r.vouches and not r.rules_out for r in with_head)
    assert all(r.vouches for r in pairs if not any(n.headline for n in r.nodes))
