"""Percentages that enumerate the members of one whole are its shares (round 41): lists of
members with no head noun of proportion, verbs of taking or holding a part, and list items
laid out as 'Label – figure' that keep the share their sentence gave them."""

from __future__ import annotations

import pytest

from conftest import by_surface

DAY = "2022-06-30"


@pytest.mark.parametrize("sentence, figures", [
    ("Shipments went mainly to Chile (41.2%), Peru (18.5%) and Bolivia (9.1%).", ["41.2%", "18.5%", "9.1%"]),
    ("Most guests booked through agencies: 38 per cent via Expedia, 22 per cent via Booking and 9 per cent direct.",
     ["22 per cent", "9 per cent"]),
    ("The reasons given were business (44 percent) and family visits (31 percent).", ["44 percent", "31 percent"]),
    ("Revenue came from fishing licences (52%), shipping (20%), tourism (11%) and mining (6%).",
     ["52%", "20%", "11%", "6%"]),
])
def test_an_enumeration_of_members_is_shares(sentence, figures):
    roles = by_surface(sentence, DAY, "role")
    assert [roles[f] for f in figures] == ["share"] * len(figures)


@pytest.mark.parametrize("sentence, figures, role", [
    # a rate governs the list: each member has a rate of its own
    ("The jobless rate was highest in Oruro (9.1%), Potosí (8.4%) and Tarija (7.7%).", ["9.1%", "8.4%", "7.7%"], "rate"),
    ("Inflation stood at 4.2% in Lagos, 3.9% in Kano and 5.0% in Abuja.", ["4.2%", "3.9%", "5.0%"], "rate"),
    # a change governs the list: each member grew by its own figure
    ("Sales rose in Chile (12%), Peru (8%) and Bolivia (3%).", ["12%", "8%", "3%"], "growth"),
])
def test_a_list_under_a_rate_or_a_change_keeps_its_reading(sentence, figures, role):
    roles = by_surface(sentence, DAY, "role")
    assert [roles[f] for f in figures] == [role] * len(figures)


def test_members_adding_up_past_the_whole_are_no_shares():
    # three turnouts of 60, 55 and 70 percent cannot be parts of one whole
    roles = by_surface("Attendance was 60% in Oruro, 55% in Potosí and 70% in Tarija.", DAY, "role")
    assert "share" not in {roles["60%"], roles["55%"], roles["70%"]}


def test_a_member_stating_a_clause_of_its_own_breaks_the_list():
    roles = by_surface("Asia took 30% of the cargo, Europe 25% and prices were 9% higher.", DAY, "role")
    assert roles["9%"] != "share"


@pytest.mark.parametrize("sentence, figure", [
    ("Chinese buyers took 23 percent, the ministry said.", "23 percent"),
    ("The state holds 51% while private investors own 49%.", "51%"),
    ("The state holds 51% while private investors own 49%.", "49%"),
    ("The newcomer captured 17 percent within a year.", "17 percent"),
])
def test_a_verb_of_taking_or_holding_states_a_share(sentence, figure):
    assert by_surface(sentence, DAY, "role")[figure] == "share"


@pytest.mark.parametrize("sentence, figure, role", [
    ("Stocks took a 4% hit on Monday.", "4%", "rate"),
    ("The central bank held its rate at 6.5% in June.", "6.5%", "rate"),
])
def test_taking_a_hit_or_holding_a_rate_is_no_share(sentence, figure, role):
    assert by_surface(sentence, DAY, "role")[figure] == role


def test_items_laid_out_as_label_and_figure_keep_the_share_of_their_list():
    text = ("Leading markets for the country's coffee were: Germany – 27.4 percent of all coffee sold abroad; "
            "Belgium – 14.1 percent; Japan – 9.8 percent.")
    roles = by_surface(text, DAY, "role")
    assert [roles["27.4 percent"], roles["14.1 percent"], roles["9.8 percent"]] == ["share"] * 3
