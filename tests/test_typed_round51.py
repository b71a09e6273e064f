"""Units and kinds, round 51 (issue 9: read every number the news prints): an incidence printed
with no noun of its own ("42 per 100,000 people") is a rate per that many people, and the
population is no figure of its own; a rate's earlier level set off after the first figure's time
("$82 a barrel in 2023, down from $99") is per the same unit, as are two levels of one subject
coordinated after the first one's time ("… stood at $12,500 in 2022 and $13,100 in 2023"); a
glued "Sh" or "Shs" in a text that names no shilling country is a shilling (Kenya's "Sh",
Uganda's "Shs"); a capital dateline whose country follows in title case ("KINGSTON, Jamaica —")
is the article's home, whose dollar its bare "$" is. Our own sentences."""

from __future__ import annotations

import pytest

from tests.test_typed_round50 import _typed


# --- an incidence with no noun of its own -------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Road deaths fell to 9.4 per 100,000 people last year.", "9.4 per 100,000 people", 9.4, "count / 100000 person"),
    ("The district reported 31 per 1,000 inhabitants, the ministry said.", "31 per 1,000 inhabitants", 31,
     "count / 1000 person"),
    ("Ownership reached 45 per 100 households in the survey.", "45 per 100 households", 45, "count / 100 household"),
])
def test_an_incidence_is_a_rate_per_its_population(text, surface, value, unit):
    typed = _typed(text)
    assert typed[surface] == (value, unit, "count")
    assert not any(s.startswith(("100,000", "1,000", "100 ")) for s in typed)  # the population is no figure


@pytest.mark.parametrize("text,surface,unit", [
    ("Exports fell to 40 per cent of the total.", "40 per cent", "percent"),
    ("The plant employs 420 workers per shift.", "420 workers per shift", "count / shift"),  # a noun's own rate, as before
])
def test_a_percentage_or_a_nouns_own_rate_is_read_as_before(text, surface, unit):
    assert _typed(text)[surface][1] == unit


def test_a_count_before_another_count_is_no_incidence():
    typed = _typed("The fund supported 42 projects, per 2,000 applications received.")
    assert typed["42 projects"][1] == "count"


# --- a rate's earlier level set off after its time -----------------------------------------------

@pytest.mark.parametrize("text,first,second,unit", [
    ("Tea prices averaged $3.10 a kilogram in 2023, down from $3.40 in 2022.", "$3.10 a kilogram", "$3.40",
     "USD / kilogram"),
    ("Cotton sold at $1,850 per tonne in March, compared with $1,700 in February.", "$1,850 per tonne", "$1,700",
     "USD / tonne"),
    ("The average rent was €950 a month last year, up from €880.", "€950 a month", "€880", "EUR / month"),
])
def test_an_earlier_level_set_off_after_the_rates_time_is_per_its_unit(text, first, second, unit):
    typed = _typed(text)
    assert typed[first][1] == unit
    assert typed[second][1] == unit


def test_a_sum_of_another_scale_after_the_rates_time_keeps_its_unit():
    typed = _typed("Cotton sold at $1,850 per tonne in March, compared with $2 billion of exports a year ago.")
    assert typed["$2 billion"][1] == "USD"


def test_two_levels_of_one_subject_after_the_first_ones_time_share_its_denominator():
    typed = _typed("Per capita income stood at $4,200 in 2022 and $4,650 in 2023, the survey found.")
    assert typed["$4,200"][1] == "USD / person"
    assert typed["$4,650"][1] == "USD / person"


def test_a_sum_after_a_clause_break_is_not_the_rates():
    typed = _typed("Per capita income stood at $4,200 in 2022, while the budget was $900 in aid per school.")
    assert typed["$4,200"][1] == "USD / person"
    assert "person" not in typed["$900"][1]


# --- a shilling sign where no shilling country is named --------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Traders sold a bag of beans at Sh7,500 in the market this week.", "Sh7,500", 7500, "KES"),
    ("The council raised Sh2.4 billion from parking fees.", "Sh2.4 billion", 2.4e9, "KES"),
    ("The coffee body earned Shs310 billion from exports.", "Shs310 billion", 310e9, "UGX"),
])
def test_a_shilling_sign_with_no_country_named_is_its_own_presss_shilling(text, surface, value, unit):
    assert _typed(text)[surface] == (value, unit, "money")


def test_a_shilling_sign_keeps_the_named_countrys_shilling():
    typed = _typed("Tanzania's revenue authority collected Sh2.4 trillion in March.")
    assert typed["Sh2.4 trillion"][1] == "TZS"


def test_a_shilling_sign_in_a_somali_story_is_not_an_east_african_one():
    typed = _typed("Mogadishu traders in Somalia said prices rose, and one stall took Sh45,000 on Monday.")
    assert not any(u in ("KES", "UGX") for _, u, _ in typed.values())


# --- a capital dateline with its country in title case --------------------------------------------

def test_a_datelines_country_in_title_case_is_the_home_of_a_bare_dollar():
    text = ("Remittances set a record\n"
            "MONTEGO BAY, Jamaica — Inflows rose to $3.9 billion in the year, the central bank said. "
            "Most of the money came from the United States, where many families have relatives.\n")
    assert _typed(text)["$3.9 billion"][1] == "JMD"


def test_a_wires_dateline_with_a_date_names_no_home():
    text = ("Markets rally\nNEW YORK, Jan 5 — Investors poured $3.9 billion into funds tied to Jamaica, "
            "data from the United States showed.\n")
    assert _typed(text)["$3.9 billion"][1] == "USD"
