"""Roles a percentage takes from what it is predicated of (extract/role_partners.py, round 45):
the noun of change it completes ('the change in fares was 14%', 'gaps of 8% and 3%') and the
share whose earlier reading it is ('… compared with 2015, when it stood at 29%')."""

from __future__ import annotations

import pytest

from conftest import by_surface

DAY = "2023-03-31"


@pytest.mark.parametrize("sentence, figures, direction", [
    ("The change in ferry fares was 14% over the winter.", ["14%"], None),
    ("The difference between the two fares is 6 percent this season.", ["6 percent"], None),
    ("The relative changes in cargo were 31%, 12%, and 4% for the three ports.", ["31%", "12%", "4%"], None),
    ("The increases in tolls have been 9% and 5% across the two bridges.", ["9%", "5%"], "up"),
    ("The falls in catch were 18 per cent and 11 per cent at the northern landings.", ["18 per cent", "11 per cent"], "down"),
    ("The change in orders was -8% in the quarter.", ["8%"], "down"),  # the sign says which way
])
def test_a_percentage_completing_a_noun_of_change_is_a_growth(sentence, figures, direction):
    frames = by_surface(sentence, DAY, "role", "direction")
    assert [frames[f] for f in figures] == [("growth", direction)] * len(figures)


@pytest.mark.parametrize("sentence, figure, role", [
    # a part of a whole after it: the change divided, not measured
    ("The decline in landings was 40% of the total drop in the region.", "40%", "share"),
    # no noun of change: a rate in its own right
    ("The vacancy rate in the suburbs was 7% at the end of June.", "7%", "rate"),
    # a noun of change that heads another phrase: the figure is the size of something else
    ("The change in rules means a rate of 4% now applies.", "4%", "rate"),
    ("The change in the jobless rate was 5% last year.", "5%", "rate"),
    ("Among the changes in the plan was a 5% cap on rent.", "5%", "rate"),
])
def test_a_percentage_not_completing_a_noun_of_change_keeps_its_role(sentence, figure, role):
    assert by_surface(sentence, DAY, "role")[figure] == role


def test_points_completing_a_noun_of_change_stay_a_change():
    assert by_surface("The change in the participation rate was 0.4 percentage points.", DAY,
                      "role")["0.4 percentage points"] == "change"


@pytest.mark.parametrize("sentence, earlier", [
    ("Cruise passengers made up 18% of visitors, compared with 2015 when it stood at 29%.", "29%"),
    ("Rail accounted for 12% of freight, which was 15% in 2010.", "15%"),
    ("Wind made up 22% of the power mix, down from 2018, when the share stood at 17%.", "17%"),
    ("The state's stake of the mine is 35% of the equity, against last year when the figure was 20%.", "20%"),
])
def test_the_earlier_reading_of_a_share_is_a_share(sentence, earlier):
    assert by_surface(sentence, DAY, "role")[earlier] == "share"


@pytest.mark.parametrize("sentence, figure, role", [
    # a rate set against its earlier reading stays a rate
    ("The jobless rate was 6%, compared with 2015 when it stood at 8%.", "8%", "rate"),
    # a comparative after it: the difference between the two, a change
    ("Rail accounted for 12% of freight, which was 3% more than in 2010.", "3%", "growth"),
])
def test_a_percentage_set_against_no_share_or_by_a_comparative_is_no_earlier_share(sentence, figure, role):
    assert by_surface(sentence, DAY, "role")[figure] == role


# the measure phrase 'by N%' (extract/measure_phrases.py)
@pytest.mark.parametrize("sentence, figure, direction", [
    # the verb of change far before, past its place and time
    ("Grain shipments climbed at every port on the lake during the spring, by 8.2%, to 41,000 tonnes.", "8.2%", "up"),
    # a comparative adjective, not a verb
    ("Second-quarter catches were smaller by 12% than in the same quarter a year before.", "12%", "down"),
    ("Second-quarter catches came out bigger, by 12%, than a year before.", "12%", "up"),
    # a second 'by' coordinated after a noun of change
    ("The gain came from a rise of 9% among Danish guests and by 4% among Swedish ones.", "4%", "up"),
])
def test_a_percentage_measured_by_by_is_a_growth(sentence, figure, direction):
    assert by_surface(sentence, DAY, "role", "direction")[figure] == ("growth", direction)


@pytest.mark.parametrize("sentence, figure, role", [
    # the agent of a passive: a part of the voters
    ("The merger was narrowly backed by 61% in the ballot.", "61%", "rate"),
    # 'by' measuring no change or comparison: a coverage, a place of record
    ("Sales abroad covered purchases abroad by 38.5 percent in the year.", "38.5 percent", "rate"),
    ("The highest vacancy rate was recorded in the north by 11.2%.", "11.2%", "rate"),
    # a part of a whole after it
    ("The strike was joined by 30% of the drivers.", "30%", "share"),
])
def test_a_percentage_after_by_that_measures_no_change_keeps_its_role(sentence, figure, role):
    assert by_surface(sentence, DAY, "role")[figure] == role

