"""Series names, round 56 (metric56): a post-modified subject, a fronted estimate, a denied figure.

- A subject whose head noun phrase a participle, a relative clause, a parenthesis or an
  adverbial of time or place separates from its verb of level ("Total grants disbursed in
  the first half amounted to", "the fiscal deficit at the end of March 31, 2031, stood at")
  names the figure the verb states. A qualifier that may tell one series from another (a
  partner after "to", "from", "with"; "investment in mining") is not set aside: no name.
- "In the revised estimates, the government had projected spending at …": a fronted
  adverbial naming an estimate marks the figures of the clause it opens.
- "The deficit is 6.8 billion and not 12.9 billion": the figure a negation sets against
  the one before is the one the statement denies, named so.
In words of our own."""

from __future__ import annotations

from conftest import checked_by_surface


def test_a_participle_between_subject_and_verb(tmp_path):
    by = checked_by_surface("Total grants disbursed in the first half of 2031 amounted to MK273.40 billion.")
    assert by["MK273.40 billion"].metric and "grants" in by["MK273.40 billion"].metric.lower()
    by = checked_by_surface("Actual revenues collected are listed at $67,279,685 for the quarter.")
    assert by["$67,279,685"].metric == "actual revenues"


def test_an_adverbial_of_time_between_subject_and_verb(tmp_path):
    by = checked_by_surface("In absolute terms, the fiscal deficit at the end of March 31, 2031, stood at "
                         "Rs 6.45 lakh crore.")
    assert by["Rs 6.45 lakh crore"].metric == "fiscal deficit"
    by = checked_by_surface("As noted earlier by the ministry, the state budget deficit after January 2031 stood at PLN 3.2 billion.")
    assert by["PLN 3.2 billion"].metric == "state budget deficit"


def test_an_aside_between_commas_and_a_reported_clause(tmp_path):
    by = checked_by_surface("Re-exports of foreign goods, after processing and reclassification, reached $339.5 million "
                         "in January-March 2031.")
    assert by["$339.5 million"].metric == "re-exports of foreign goods"
    by = checked_by_surface("The statistics office reported that the total foreign trade turnover of our country as of "
                         "August 15 this year reached $12.2 billion.")
    assert by["$12.2 billion"].metric == "foreign trade turnover"


def test_a_qualifier_that_tells_series_apart_names_nothing(tmp_path):
    by = checked_by_surface("Also total hotel stays in Bahrain increased to 3.13 million in 2030.")
    assert by["3.13 million"].metric == "hotel stays"  # a place: the subject's, set aside
    by = checked_by_surface("A subsequent profit oil payment from the Liza field on February 2 amounted to US$76.5 million.")
    assert by["US$76.5 million"].metric is None
    by = checked_by_surface("Trade turnover with countries in the Commonwealth of Independent States (CIS) reached "
                         "USD 549 million.")
    assert by["USD 549 million"].metric is None


def test_a_fronted_estimate_marks_its_clause(tmp_path):
    by = checked_by_surface("Total expenditure for 2030-31 was lower at Rs 23.11 lakh crore. In the revised estimates, "
                         "the government had projected total expenditure at Rs 24.57 lakh crore.")
    assert "revised estimate" in (by["Rs 24.57 lakh crore"].metric or "")


def test_a_denied_figure_is_named_as_disputed(tmp_path):
    by = checked_by_surface("The ministry believes that the budget deficit related to the draft budget 2031 amounts to 6.8 "
                         "billion and not 12.9 billion as claimed by the economists.")
    assert by["6.8 billion"].metric == "budget deficit"
    assert by["12.9 billion"].metric != by["6.8 billion"].metric
