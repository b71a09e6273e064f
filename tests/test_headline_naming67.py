"""Series naming, round 67 (issue 8, metric identity): a headline's figure takes the name of
the body's statement of it. A headline's telegraphic grammar often names no series ("nets",
"rings in") or only part of the body's name, and a one-digit amount or a two-digit rate is
left apart by the general restatement rule, so the repeat rule never compared the two.
Sentences of our own, phrased unlike the corpus sentences that showed the class."""

from __future__ import annotations

from conftest import by_surface


DAY = "2024-09-10"


def test_headline_amount_of_one_digit_takes_the_body_name():
    m = by_surface("Harbour authority nets Rs 7bn\n\nThe port revenue came to Rs 7 billion in August, "
                   "the authority said.\n", DAY, "metric")
    assert m["Rs 7bn"] == m["Rs 7 billion"] == "port revenue"


def test_headline_that_shortens_the_body_name_takes_it_whole():
    m = by_surface("Cement Sales Up 21%\n\nBulk cement sales rose 21 per cent in August compared with a year "
                   "before.\n", DAY, "metric")
    assert m["21%"] == m["21 per cent"] and "bulk" in m["21%"]


def test_a_headline_that_names_a_series_of_its_own_keeps_it():
    m = by_surface("Steel Sales Up 21%\n\nBulk cement sales rose 21 per cent in August compared with a year "
                   "before.\n", DAY, "metric")
    assert "steel" in m["21%"].lower()


def test_two_body_figures_named_apart_leave_the_headline_as_it_was():
    m = by_surface("Harbour authority nets Rs 7bn\n\nThe port revenue came to Rs 7 billion in August, and car exports "
                   "Rs 7 billion.\n", DAY, "metric")
    assert m["Rs 7bn"] != "port revenue"


def test_a_figure_the_headline_cuts_is_not_taken_for_the_body_one():
    m = by_surface("Harbour authority nets Rs 7.3bn\n\nThe port revenue came to Rs 7.35 billion in August, "
                   "the authority said.\n", DAY, "metric")
    assert m["Rs 7.3bn"] != "port revenue"


def test_a_one_digit_headline_rate_takes_no_name():
    m = by_surface("Increase of 6% on cement\n\nCement sales rose 6 per cent in August compared with a year "
                   "before.\n", DAY, "metric")
    assert m["6%"] is None


def test_a_first_line_that_ends_as_prose_is_a_lead_not_a_headline():
    m = by_surface("The harbour authority netted Rs7bn in August.\n\nThe port revenue came to "
                   "Rs 7 billion in August, the authority said.\n", DAY, "metric")
    assert m["Rs7bn"] != "port revenue"
