"""Series naming, round 67 (issue 8, metric identity): a headline's figure takes the name of
the body's statement of it. A headline's telegraphic grammar often names no series ("nets",
"Increase of … on …") and cuts its figure to few digits, so the body's restatement, named by a
noun, stayed a figure apart and the repeat rule never compared the two. Sentences of our own,
phrased unlike the corpus sentences that showed the class."""

from __future__ import annotations

from conftest import by_surface


DAY = "2024-09-10"


def test_headline_amount_cut_to_fewer_digits_takes_the_body_name():
    m = by_surface("Harbour authority nets Rs 7.3bn\n\nThe port revenue came to Rs 7.35 billion in August, "
                   "the authority said.\n", DAY, "metric")
    assert m["Rs 7.3bn"] == m["Rs 7.35 billion"] == "port revenue"


def test_headline_count_rounded_takes_the_body_name():
    m = by_surface("Ferry lines carry 2.4 million\n\nFerry passengers numbered 2,391,220 in 2023, the ministry said.\n",
                   DAY, "metric")
    assert m["2.4 million"] == "ferry passengers"


def test_headline_rate_of_a_nominal_change_takes_the_body_name():
    m = by_surface("Increase of 21.4% on cement\n\nCement sales rose 21.46% in August compared with a year before.\n",
                   DAY, "metric")
    assert m["21.4%"] == m["21.46%"] == "cement sales growth"


def test_a_headline_that_names_a_series_of_its_own_keeps_it():
    m = by_surface("Steel sales up 21.4%\n\nCement sales rose 21.46% in August compared with a year before.\n",
                   DAY, "metric")
    assert m["21.4%"] == "steel sales growth"


def test_two_body_figures_the_headline_rounds_to_leave_it_unnamed():
    # which of the two the headline states, its words do not say
    m = by_surface("Increase of 21.4% on cement\n\nCement sales rose 21.46% in August and steel sales rose "
                   "21.44%.\n", DAY, "metric")
    assert m["21.4%"] is None


def test_a_one_digit_headline_rate_takes_no_name():
    m = by_surface("Increase of 6% on cement\n\nCement sales rose 6.2% in August compared with a year before.\n",
                   DAY, "metric")
    assert m["6%"] is None


def test_a_first_line_that_ends_as_prose_is_a_lead_not_a_headline():
    m = by_surface("The harbour authority netted Rs 7.3 billion in August.\n\nThe port revenue came to "
                   "Rs 7.35 billion in August, the authority said.\n", DAY, "metric")
    assert m["Rs 7.3 billion"] != "port revenue"
