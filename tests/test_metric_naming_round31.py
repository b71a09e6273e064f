"""Metric naming, round 31 (issue 8): figures whose series the tool named by a word that is
no series, found on the spent sets bn–bw with the oracle run on the tool's own metric and
subject, written here in our own sentences. A shilling abbreviated with a stop ('Kshs.') is
one currency, not a sentence's end nor a place; a passive with 'at' states its subject's level;
a participle after a reported change of 'X' states X's level; a phrase opening with a
percentage's unit, or an 'i.e.' before an empty amount, names nothing; 'a N% rise in the
number of X' is X's growth."""

from __future__ import annotations

import pytest

from factcheck.extract.sentences import split_sentences

from conftest import by_surface, extracted


DAY = "2023-09-10"


@pytest.mark.parametrize("sign, code", [("Kshs.", "KES"), ("Ksh.", "KES"), ("Tshs.", "TZS"), ("Ushs.", "UGX")])
def test_a_shilling_abbreviated_with_a_stop_is_one_amount(sign, code):
    text = f"Uganda's coffee earnings rose to {sign} 812 billion in 2022 from {sign} 640 billion."
    assert len(split_sentences(text, 0)) == 1
    claims = {c.surface: c for c in extracted(text, DAY)}
    level = claims[f"{sign} 812 billion"]
    assert level.unit == code
    assert level.metric == "coffee earnings"
    assert all(sign.rstrip(".") not in c.subject for c in claims.values())


@pytest.mark.parametrize("verb", ["registered", "recorded", "estimated"])
def test_a_passive_with_at_states_its_subjects_level(verb):
    text = f"The current account deficit was {verb} at $3.4 billion in the first half of 2021."
    assert by_surface(text, DAY, "metric")["$3.4 billion"] == "current account deficit"


def test_a_passive_without_at_still_names_what_was_counted():
    # no "at": the verb counts its subject, as before
    text = "In 2021, 45,000 new cars were registered in the province."
    assert by_surface(text, DAY, "metric")["45,000 new cars"] != "new cars"


def test_a_participle_after_a_reported_change_takes_the_changed_series():
    text = ("The statistics office reported a 9.4% slump in timber exports, amounting to about "
            "312 million dollars, compared with March.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["about 312 million dollars"] == "timber exports"
    assert metrics["9.4%"] == "timber exports decline"


def test_a_phrase_opening_with_a_percentage_unit_names_no_series():
    text = ("Hotel revenue fell slightly in May, from €18.2m to €17.9m. "
            "April saw a 4.1 per cent monthly rise to €16.4m.")
    assert by_surface(text, DAY, "metric")["€16.4m"] != "cent monthly"


def test_a_relative_after_a_figures_clause_is_not_read_as_the_antecedents_level():
    text = "Exports of fish amounted to 41.2 million U.S. dollars, which was 6.1 percent more than a year before."
    assert by_surface(text, DAY, "metric")["6.1 percent"] != "dollars"


def test_a_relative_set_off_by_a_comma_states_its_antecedents_level():
    text = "The shortfall is due to the smaller rise in the fiscal deficit, which reached 812 million dinars in May."
    assert by_surface(text, DAY, "metric")["812 million dinars"] == "fiscal deficit"


def test_an_ie_before_an_empty_amount_is_no_series():
    text = ("The figures show a wider fiscal deficit of 12.5% in May, ie in the amount of 41.2 million "
            "dollars, against a deficit of 36.6 million dollars a year before.")
    assert by_surface(text, DAY, "metric")["41.2 million dollars"] != "ie"


@pytest.mark.parametrize("text, surface, metric", [
    ("Over the season, the island noted a 6% rise in the number of cruise passengers.", "6%", "cruise passengers growth"),
    ("The port reported a 12% rise in the number of containers.", "12%", "containers growth"),
    ("The valley saw a 3% decline in ski visits in the winter.", "3%", "ski visits decline"),
])
def test_a_percentage_before_a_change_of_x_is_xs_change(text, surface, metric):
    assert by_surface(text, DAY, "metric")[surface] == metric


def test_a_participle_of_change_after_its_clauses_percentage_states_the_subjects_levels():
    text = ("Overall, the island's fish exports in the first quarter fell by 2.4 per cent compared with the "
            "same quarter of 2022, decreasing from $41.2 million to $40.2 million.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["$41.2 million"] == metrics["$40.2 million"] == "fish exports"


def test_a_participle_of_change_right_after_a_noun_is_that_nouns():
    # no percentage before it: the participle modifies the noun it follows, not the subject
    text = ("The shortfall is largely blamed on weaker tourism receipts, dropping from $81.5 million "
            "to $64.2 million.")
    metrics = by_surface(text, DAY, "metric")
    assert metrics["$81.5 million"] != "shortfall"


def test_a_year_after_the_percentage_is_no_other_figure():
    text = ("Meanwhile, timber exports saw a 4.2% increase compared to May 2023, reaching $318.6 million "
            "in the month.")
    assert by_surface(text, DAY, "metric")["$318.6 million"] == "timber exports"
