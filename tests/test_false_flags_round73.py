"""False flags of round 73 (the unseen set jn–jx): a share checked against a figure that
names its whole only in a modifier; a gapped second conjunct read as a part of the first; a
bracketed percentage after a change's to-level read as the change's."""

from __future__ import annotations

import pytest
from conftest import inconsistent

DATE = "2025-03-01"


@pytest.mark.parametrize("text", [
    # "tax revenue in the draft budget" counts tax revenue, not the budget
    "Tax revenue in the draft budget is pegged at $400 million, while fees are put at $50 million. "
    "Grants totaling $30 million, or 5% of the overall budget, come from donors.",
    "Customs duties under the new budget reached $250 million in the year. "
    "Donor support amounting to $45 million, or 6% of the total budget, was pledged.",
])
def test_a_share_of_a_named_whole_is_not_checked_against_a_figure_named_by_it_only_in_a_modifier(text):
    assert not inconsistent(text, DATE)


def test_a_share_of_a_whole_whose_name_fits_is_still_checked():
    text = ("The overall budget is set at $600 million. "
            "Grants totaling $60 million, or 20% of the overall budget, come from donors.")
    assert "20%" in inconsistent(text, DATE)


@pytest.mark.parametrize("text", [
    "Last year 120,000 tourists reached the island by air and 150,000 by sea, the ministry said.",
    "In 2024, 3,400 migrants entered the country from Libya and 4,100 from Tunisia, officials said.",
])
def test_a_gapped_conjunct_with_a_parallel_qualifier_is_a_sibling_never_a_part(text):
    assert not inconsistent(text, DATE)


def test_a_part_larger_than_a_whole_with_no_parallel_qualifier_is_still_flagged():
    text = "Last year 120,000 tourists reached the island, and 150,000 tourists came by sea, the ministry said."
    assert inconsistent(text, DATE)


@pytest.mark.parametrize("text", [
    "In Kendal the number of claimants rose by 120 to 2,310 (3.1 per cent).",
    "The jobless total in the district fell by 45 to 980 claimants (1.7 per cent), the figures show.",
])
def test_a_bare_bracketed_percentage_after_the_to_level_is_no_flag_of_the_change(text):
    assert not inconsistent(text, DATE)


@pytest.mark.parametrize("text,surface", [
    # a word of change in the bracket: the change's own percentage
    ("In Kendal the number of claimants rose by 120 to 2,310 (up 9.1 per cent).", "9.1 per cent"),
    ("In Kendal the number of claimants rose by 120 to 2,310, or 9.1 per cent.", "9.1 per cent"),
])
def test_a_change_percentage_worded_as_one_is_still_checked(text, surface):
    assert surface in inconsistent(text, DATE)
