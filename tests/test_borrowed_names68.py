"""Restated names, round 68 (issue 8, one figure stated twice): a known gap, kept as a strict
xfail for the round that mends it. `extract.restatements.name_restated_figures` gives a
headline ("Sales Climbed 14.36 Percent") the lead's name because the two print one value;
the headline-lead pair then holds and vouches for the lead, so a slip in a third,
approximate statement ("roughly 41.36 percent") finds the lead ruled out as the suspect,
the approximate figure's own digit slips unweighed (relation.repair), and the candidate
pair gives no finding: the slip goes unseen. Without the headline the lead was blamed (a
catch, of the wrong figure). Letting a pair of borrowed name vouch for nothing mends these
sentences but moved fx-rate flags off the edited figure in a look article (an exact 7-digit
conversion stated twice is real evidence), 4 planted catches lost and none gained: the fix
belongs in how an approximate figure's digit slip is weighed, not in the naming. Sentences
of our own."""

from __future__ import annotations

import pytest

from conftest import checked_by_surface


DAY = "2024-09-10"
LEAD = "In August, bulk cement sales of the plant rose 14.36 percent from a year before, the company said.\n\n"
LATER = "In August bulk cement sales of the plant increased roughly {} percent, traders said.\n"


def test_without_the_headline_the_slip_is_caught():
    by = checked_by_surface(LEAD + LATER.format("41.36"), DAY)
    assert {s for s, c in by.items() if c.check.verdict == "inconsistent"} & {"14.36 percent", "roughly 41.36 percent"}


@pytest.mark.xfail(strict=True, reason="a headline named by its value vouches for the lead; the approximate "
                                       "figure's digit slip is not weighed (round 68, issue 8)")
@pytest.mark.parametrize("headline", ["Sales Climbed 14.36 Percent\n\n", "Cement Up 14.36 Percent\n\n",
                                      "Increase of 14.36% for the plant\n\n"])
def test_a_slip_in_an_approximate_restatement_is_caught(headline):
    by = checked_by_surface(headline + LEAD + LATER.format("41.36"), DAY)
    assert {s for s, c in by.items() if c.check.verdict == "inconsistent"} & {"14.36 percent", "roughly 41.36 percent"}
