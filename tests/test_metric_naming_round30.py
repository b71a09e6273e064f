"""Metric naming, round 30 (issue 8): figures whose series the tool left unnamed or named by
the wrong noun phrase, found on the spent sets bn–br with the oracle run on the tool's own
metric, written here in our own sentences. An apposition opened by a possessor names a party,
not the series; a comma may set off the pair of levels after a change; a bracketed "plus" or
"minus" is the change of the level before it; "1.2 million of visitors" counts visitors."""

from __future__ import annotations

import pytest

from factcheck.extract import extract

from conftest import article_of, by_surface, inconsistent


DAY = "2023-09-10"


def _claims(text: str):
    article = article_of(text, DAY)
    return article, extract(article)


def test_an_apposition_opened_by_a_possessor_names_no_series():
    # "Peru's largest trading partner" is what the party is, not what the figure measures
    text = "The trade surplus with Brazil, Peru's largest trading partner, stood at $1.7 billion in 2022."
    assert by_surface(text, DAY, "metric")["$1.7 billion"] == "trade surplus"


def test_a_comma_before_the_pair_after_a_change_keeps_its_series():
    text = "Average hotel rates in July rose 2.4 per cent on a monthly basis, from €81.3 to €83.2."
    metrics = by_surface(text, DAY, "metric")
    assert metrics["€81.3"] == metrics["€83.2"] == "average hotel rates"


@pytest.mark.parametrize("text, surface, metric, change", [
    ("In June, 1.84 million foreign guests stayed at the lakes (plus by 6%).", "6%", "foreign guests growth", "up"),
    ("In June, 1.84 million foreign guests stayed at the lakes (minus 3%).", "3%", "foreign guests decline", "down"),
])
def test_a_bracketed_plus_or_minus_is_the_change_of_the_level_before(text, surface, metric, change):
    claim = next(c for c in _claims(text)[1] if c.surface == surface)
    assert (claim.metric, claim.context.get("change")) == (metric, change)


def test_a_count_names_what_follows_its_of():
    text = "The lake shore closed the season strongly, with 2.06 million of overnight stays and 0.41 million of guests."
    metrics = by_surface(text, DAY, "metric")
    assert (metrics["2.06 million"], metrics["0.41 million"]) == ("overnight stays", "guests")


def test_a_count_of_a_determined_whole_is_no_count_of_its_noun():
    # "of the 27 member states" is a partitive of a whole the text determines
    assert by_surface("Ratification came from 19 of the 27 member states.", DAY, "metric").get("19") != "27 member states"


def test_a_bare_whole_in_a_sentence_about_a_name_of_its_own_is_no_whole_of_an_earlier_part():
    # Varmland is never written in lower case: the later sentence is about that region, so
    # its visitors are no whole of the foreign visitors the coast had
    text = ("In July, 2.31 million foreign visitors stayed on the Baltic coast (plus by 4%).\n\n"
            "The number of domestic visitors was almost unchanged.\n\n"
            "Varmland, among all inland regions, recorded strong traffic in July with 1.14 million of visitors "
            "and 6.2 million of nights.")
    assert not inconsistent(text, DAY)


def test_a_noun_that_only_counts_takes_the_clause_subject():
    text = ("Domestic scooter wholesales in May fell by nine per cent year-on-year at 84,310 units, "
            "compared to 92,655 units a year earlier.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["84,310 units"] == metrics["92,655 units"] == "domestic scooter wholesales"


def test_a_span_a_verb_states_of_its_subject_measures_it_and_the_spans_compared_with_it():
    text = "The average stay of cruise guests in May 2023 was 1.4 days, longer than in May 2022 (1.2 days)."
    metrics = by_surface(text, DAY, "metric")
    assert metrics["1.4 days"] == metrics["1.2 days"] == "average stay of cruise guests"


def test_a_span_that_only_says_since_when_stays_a_duration():
    # "the highest in 14 months" dates a record; it measures nothing of the subject
    assert by_surface("The figure is the highest in 14 months.", DAY, "metric")["14 months"] == "duration"


def test_the_pair_of_spans_after_a_change_is_of_the_changed_series():
    metrics = by_surface("The average hospital stay fell by 6.1 per cent in 2022, from 5.7 to 5.3 days.", DAY, "metric")
    assert metrics["5.3 days"] == "average hospital stay"


@pytest.mark.parametrize("text, surface, metric", [
    # a percentage before a noun of change names the series after its "in" (downturn, slump too)
    ("The agency reported a 9.4% downturn in textile exports in May.", "9.4%", "textile exports decline"),
    # a noun of change (after a determiner, so no verb) with the series after "in" and the figure after "by"
    ("Growth came from a sharp rise in mineral exports by 14.2% in 2022.", "14.2%", "mineral exports growth"),
    # a level reached with a sign is a level, not the change
    ("Since then, the growth rate has continued to climb to -12.5 percent.", "12.5 percent", "growth rate"),
])
def test_nouns_of_change_and_levels_reached(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


def test_a_noun_of_reading_after_a_comparison_is_the_same_series():
    text = "Tax revenue of $48,310 million is $2,100 million over the latest estimate for 2023 of $46,210 million."
    assert by_surface(text, DAY, "metric")["$46,210 million"] == "tax revenue"


def test_a_participle_of_recording_states_the_main_clause_level():
    text = "Oman's trade surplus continued to rise for a third month, registering 1.2 billion rials in July."
    assert by_surface(text, DAY, "metric")["1.2 billion rials"] == "trade surplus"
