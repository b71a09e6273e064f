"""A part a partitive word singles out of a whole within one sentence is never more than the
whole (round 64): ", of which X", ", including X", ", among them X", ", X of which", and the
part before its whole: "X of the Y", "X out of (total …) Y". Our own sentences."""

from __future__ import annotations

import pytest

from conftest import inconsistent

DATE = "2024-03-01"


@pytest.mark.parametrize("text", [
    "Revenue was $5.2 billion in 2023, of which $6.1 billion came from taxes.",
    "Kenya's exports reached $5.2 billion in 2023, including $6.1 billion of tea.",
    "Kenya's exports reached $5.2 billion in 2023, $6.1 billion of which went to Uganda.",
    "In 2023, 3.1 million of the 2.3 million visitors came by air.",
    "In 2023, $6.1 billion out of total exports of $5.2 billion went to China.",
    "In 2023, 3,200 out of the country's 2,000 hotels were full.",
])
def test_a_part_larger_than_the_whole_it_is_said_to_be_of_is_flagged(text):
    assert inconsistent(text, DATE)


@pytest.mark.parametrize("text", [
    "Revenue was $5.2 billion in 2023, of which $3.1 billion came from taxes.",
    "Kenya's exports reached $5.2 billion in 2023, including $1.6 billion of tea.",
    "In 2023, 1.1 million of the 2.3 million visitors came by air.",
    "In 2023, $4.6 billion out of total exports of $5.2 billion went to China.",
    # a balance's side may be larger than the balance
    "The trade deficit was $5.2 billion in 2023, including $6.1 billion of oil imports.",
])
def test_a_part_within_its_whole_is_not_flagged(text):
    assert not inconsistent(text, DATE)
