"""Classes read after the first scoring of the twenty-eighth held-out set (ei–em), each
phrased unlike the article that showed it. End to end: text in, frames and flags out."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons


def test_two_bullets_of_one_list_are_two_items_not_one_figure_restated(tmp_path):
    text = ("The 2031 budget's main new spending measures include:\n"
            "- An extra $0.25 million in 2031 for school meals in the outer districts;\n"
            "- An extra $2.5 million in 2031 for the port's new cargo crane.\n")
    assert not flagged_reasons(checked_by_surface(text))


def test_a_figure_restated_in_prose_and_in_a_bullet_is_still_compared(tmp_path):
    text = ("Cruise passengers numbered 611,147 in 2030, the tourism board said.\n\n"
            "Highlights of the year:\n"
            "- cruise passengers numbered 611,174 in 2030;\n"
            "- hotel occupancy averaged 71 percent.\n")
    flags = flagged_reasons(checked_by_surface(text))
    assert "611,147" in flags or "611,174" in flags
