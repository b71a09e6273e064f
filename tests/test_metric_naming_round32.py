"""Metric naming, round 32 (issue 8): series names that ran back over the figure or clause
before them, found on the spent sets bi–cb with the oracle run on the tool's own metric and
subject, written here in our own sentences. A currency written in letters ('SR', 'Rs') or a
scale word joined by a hyphen ('$4.1-billion') is part of the figure before a coordinated
series, so 'SR12 billion and revenues' is revenues; a clause that ends in a year and a verb
of showing ('the figures for 2024 showed revenues of') names the verb's object; a participle
of change set off by a comma ('…, cutting the trade surplus to $1.1 billion') states the
level its object reached, not the main clause's series, and after a contrasting clause
('…, while non-oil revenues increased by 6 percent, recording $252 billion') the level of that
clause's subject."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2023-09-10"


@pytest.mark.parametrize("first, second", [("SR412 billion", "SR388 billion"), ("Rs 41.2 billion", "Rs 38.8 billion"),
                                           ("$41.2-billion", "$38.8-billion")])
def test_a_coordinated_series_after_a_figure_is_named_alone(first, second):
    text = f"Saudi Arabia's finance ministry said the quarter recorded total expenditures of {first} and revenues of {second}."
    metrics = by_surface(text, DAY, "metric")
    assert metrics[second] == "revenues"


def test_a_hyphenated_figure_does_not_leave_its_scale_word_in_the_next_series():
    text = "Imports from Ruritania rose 2.5 per cent to $14.1-billion and exports slipped 0.4 per cent to $16.3-billion."
    metrics = by_surface(text, DAY, "metric")
    assert metrics["$16.3-billion"] == "exports"
    assert metrics["0.4 per cent"] == "exports decline"


def test_a_clause_ending_in_a_year_and_a_verb_of_showing_names_its_object():
    text = "Saudi Arabia's budget data for the first quarter of 2023 showed revenues of SR281 billion."
    assert by_surface(text, DAY, "metric")["SR281 billion"] == "revenues"


@pytest.mark.parametrize("verb, noun", [("cutting", "trade surplus"), ("widening", "trade deficit"),
                                        ("narrowing", "budget gap")])
def test_a_participle_of_change_states_the_level_of_its_object(verb, noun):
    text = (f"Freedonia said exports fell 1.2 per cent to $5.3 billion in May, {verb} the {noun} to $1.4 billion "
            f"from $1.9 billion.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["$5.3 billion"] == "exports"
    assert metrics["$1.4 billion"] == noun
    assert metrics["$1.9 billion"] == noun


def test_a_participle_whose_object_names_no_series_keeps_the_main_clause():
    text = "Coffee exports reached 92,000 tonnes in May, raising the figures so far this year to 610,000 tonnes."
    assert by_surface(text, DAY, "metric")["610,000 tonnes"] != "figures so far"


def test_a_name_with_a_digit_is_not_a_figure():
    text = "The G20 members' exports rose 3 per cent to $4.2 trillion in 2022."
    assert "exports" in (by_surface(text, DAY, "metric")["$4.2 trillion"] or "")


@pytest.mark.parametrize("link", ["while", "whereas"])
def test_a_participle_after_a_contrasting_clause_states_that_clauses_level(link):
    text = (f"Ruritania's oil revenues reached $395 billion in the first half, a growth of 10 percent, {link} "
            f"non-oil revenues increased by 6 percent, recording $252 billion.")
    named = {surface: metric for surface, metric in by_surface(text, DAY, "metric").items() if surface.startswith("$")}
    assert named == {"$395 billion": "oil revenues", "$252 billion": "non-oil revenues"}


def test_an_aside_opened_by_but_is_no_clause_of_its_own():
    text = "Imports also decreased, but at a slower pace compared to exports, totaling $27.07 billion in the half."
    assert by_surface(text, DAY, "metric")["$27.07 billion"] == "imports"
