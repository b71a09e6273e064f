"""Direction and base classes that lost published change slips on the spent sets in round 42
(slips42), each in our own sentences: the valence of a burden's change, and an extreme
reading named by its rank as the other side of a comparison."""

from __future__ import annotations

import pytest

from conftest import flags, frames_by_surface


# --- a worsening of a burden is a rise ------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, direction", [
    # a verb of valence whose subject is a burden: worse is larger
    ("The fiscal deficit of the province deteriorated by 8.5% to R12 billion in 2019.", "8.5%", "up"),
    ("Operating losses at the utility worsened by $40 million in 2019.", "$40 million", "up"),
    ("The shortfall improved by 3 percent in 2019.", "3 percent", "down"),
    ("Net debt improved by £2.1 billion over the year to 2019.", "£2.1 billion", "down"),
    # a noun of valence set after the burden it reports
    ("The state ran a deficit of $9 billion in March, a deterioration of $1.5 billion on March 2018.",
     "$1.5 billion", "up"),
    # a balance named by its burden is the burden
    ("Shipping recorded a deficit balance of €700 million, a marked deterioration of €90 million "
     "on a year earlier.", "€90 million", "up"),
])
def test_a_worsening_of_a_burden_is_a_rise(sentence, figure, direction):
    c = frames_by_surface(sentence, "2020-02-01")[figure]
    assert c.direction == direction
    assert c.context.get("change") == direction


@pytest.mark.parametrize("sentence, figure, direction", [
    # a balance or a surplus keeps the plain reading: worse is smaller
    ("The merchandise balance deteriorated by $600 million in 2019.", "$600 million", "down"),
    ("The budget surplus deteriorated by 14% in 2019.", "14%", "down"),
    # an improvement of a quantity that is no burden is a rise
    ("Tourist receipts improved by 6 percent in 2019.", "6 percent", "up"),
    # the burden is in another clause, its own verb nearer the figure
    ("The deficit deteriorated in 2019, while exports fell by 4 percent.", "4 percent", "down"),
    ("Arrears deteriorated last year but receipts improved by 9 percent in 2019.", "9 percent", "up"),
])
def test_a_balance_or_another_clause_keeps_the_plain_reading(sentence, figure, direction):
    assert frames_by_surface(sentence, "2020-02-01")[figure].direction == direction


def test_a_growth_named_by_its_direction_follows_the_burden():
    c = frames_by_surface("The current account deficit deteriorated by 12% in 2019.", "2020-02-01")["12%"]
    assert not (c.metric or "").endswith("decline")


def test_a_worsened_deficit_checked_as_a_rise():
    # the levels say it widened by 700 million: a printed 700 is right, a printed 900 is not
    right = "The trade deficit deteriorated by $700 million to $4.2 billion in 2019 from $3.5 billion in 2018."
    wrong = "The trade deficit deteriorated by $900 million to $4.2 billion in 2019 from $3.5 billion in 2018."
    assert flags(right, "2020-02-01") == []
    assert any("700 million" in f for f in flags(wrong, "2020-02-01"))


# --- an extreme reading named by its rank is the other side ---------------------------------

@pytest.mark.parametrize("sentence, figure, base", [
    ("Cargo volumes in May were 9.4 percent higher than the previous record of 1.8 million tonnes handled in "
     "May 2016.", "9.4 percent", "2016-05"),
    ("Prices fell 12 percent in June from a high of $410 in March.", "12 percent", "2021-03"),
    ("Guests in May rose 3 percent over the all-time peak of 51,200 guests recorded in 2018.",
     "3 percent", "2018-05"),
])
def test_a_record_or_peak_compared_with_is_the_base(sentence, figure, base):
    assert frames_by_surface(sentence, "2021-07-01")[figure].base_period == base


def test_a_peak_above_or_below_is_no_base():
    # a figure set beside a record is not what the change is measured from
    c = frames_by_surface("Rice output rose 4 percent in 2020, still well below the peak of 9.1 million tonnes "
                          "seen in 2014.", "2021-07-01")["4 percent"]
    assert c.base_period != "2014"


# --- a change told in a relative clause runs from its antecedent ------------------------------

@pytest.mark.parametrize("sentence, figure, base", [
    ("In 2011, coffee receipts stood at $310 million, which subsequently grew by $95 million (31 percent) "
     "in 2017 to $405 million.", "$95 million", "2011"),
    ("In 2011, coffee receipts stood at $310 million, which subsequently grew by $95 million (31 percent) "
     "in 2017 to $405 million.", "31 percent", "2011"),
    ("Fish landings were 48,000 tonnes in 2009, which then fell by 6,500 tonnes in 2015.", "6,500 tonnes", "2009"),
])
def test_a_change_in_a_relative_clause_runs_from_its_antecedent(sentence, figure, base):
    assert frames_by_surface(sentence, "2018-03-01")[figure].base_period == base


@pytest.mark.parametrize("sentence, figure, base", [
    # a base named after the change is the change's own
    ("Fish landings were 48,000 tonnes in 2014, which rose by 5 percent in 2015 compared with 2013.",
     "5 percent", "2013"),
    # the antecedent's time is the change's own: no earlier side
    ("Fish landings were 48,000 tonnes in 2015, which was 5 percent more than in 2014.", "5 percent", "2014"),
])
def test_a_relative_clause_keeps_a_named_or_own_base(sentence, figure, base):
    assert frames_by_surface(sentence, "2018-03-01")[figure].base_period == base


# --- a difference apposed to a change goes its way -------------------------------------------

@pytest.mark.parametrize("sentence, figure, direction", [
    ("Cruise calls climbed by 9 per cent, reaching 412 in 2018 against 378 in 2017 — or a difference "
     "of 34 calls.", "34 calls", "up"),
    ("Bus ridership fell to 96,000 in 2018 from 100,000 in 2017, a difference of 4,000 riders.", "4,000 riders", "down"),
    ("Grain stocks dropped by 6 percent in 2018 (a variation of 52,000 tonnes).", "52,000 tonnes", "down"),
])
def test_a_difference_apposed_to_a_change_goes_its_way(sentence, figure, direction):
    c = frames_by_surface(sentence, "2019-06-01")[figure]
    assert (c.direction, c.context.get("change")) == (direction, direction)


@pytest.mark.parametrize("sentence, figure", [
    # no change told: two levels set side by side
    ("Car sales totalled 8,000 in 2016 and 9,000 in 2015, a difference of 1,000 cars.", "1,000 cars"),
    # a rise and a fall: the difference is between the two series, of no side
    ("Exports rose to $7 billion in 2018 while imports fell to $5 billion, a difference of $2 billion.", "$2 billion"),
])
def test_a_difference_of_no_told_change_stays_of_no_side(sentence, figure):
    assert frames_by_surface(sentence, "2019-06-01")[figure].direction is None


# --- 'or' before a bracket still restates ------------------------------------------------------

def test_a_bracketed_percentage_after_or_restates_the_change():
    c = frames_by_surface("Ferry income reached $80 million in 2018, a gain of $8 million or (11%) compared to 2017.",
                          "2019-06-01")["11%"]
    assert (c.role, c.direction) == ("growth", "up")


def test_a_bracketed_percentage_after_or_of_a_whole_stays_a_share():
    c = frames_by_surface("Ferry income reached $80 million in 2018 or (11%) of the regional total.", "2019-06-01")["11%"]
    assert c.role == "share"


# --- the part of a whole that ceased is its fall ----------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Nearly 60 per cent of the salt trade halted when the border closed.", "Nearly 60 per cent"),
    ("Some 40 percent of hotel jobs were lost in 2020.", "Some 40 percent"),
    ("Half of the ferry traffic ceased during the strike.", "Half"),
])
def test_a_part_that_ceased_is_a_fall(sentence, figure):
    c = frames_by_surface(sentence, "2021-02-01")[figure]
    assert (c.role, c.direction) == ("growth", "down")


@pytest.mark.parametrize("sentence, figure", [
    ("75 per cent of the salt went to Ghana.", "75 per cent"),
    ("40 per cent of smokers stopped smoking in 2019.", "40 per cent"),
    ("Some 20 percent of the flights stopped in Dubai.", "Some 20 percent"),
])
def test_a_part_that_stands_or_acts_stays_a_share(sentence, figure):
    assert frames_by_surface(sentence, "2021-02-01")[figure].role == "share"
