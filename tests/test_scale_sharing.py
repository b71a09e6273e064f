"""A scale word written once after two figures serves both ("3 to 4 million") only where the
first, so scaled, stays within a hundredfold of the second: a figure that would outgrow its
partner a hundred times over already spells out its size ("declined by 329,000 to 2.27
million" is a fall of 329,000, not of 329 billion)."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2024-05-01"


@pytest.mark.parametrize("text, surface, value", [
    ("The number of jobless workers declined by 329,000 to 2.27 million in July.", "329,000", 329_000),
    ("Enrolment grew by 48,500 to 1.9 million pupils this year.", "48,500", 48_500),
    ("Sales rose 1,250 to 3.5 billion units.", "1,250", 1_250),
])
def test_a_figure_that_spells_out_its_size_keeps_it(text, surface, value):
    assert by_surface(text, DAY, "value")[surface] == value


@pytest.mark.parametrize("text, surface, value", [
    ("Output rose from 3 to 4 million tonnes.", "3", 3e6),
    ("Prices fell from 300 to 25 million shillings over the decade.", "300", 300e6),
])
def test_a_scale_written_once_still_serves_both(text, surface, value):
    assert by_surface(text, DAY, "value")[surface] == value
