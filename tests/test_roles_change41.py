"""Growths and the levels around them (round 41): a list that a word of change governs, the
level a change reaches ('to reach', 'grew to'), the other side of a growth set against it,
the size a noun of change comes to ('bringing the decline to'), a noun of change whose 'by'
stands past a coordinated series, and a window of words that cuts no word in two."""

from __future__ import annotations

import pytest

from conftest import by_surface
from factcheck.extract import context

DAY = "2022-06-30"


def test_a_window_cut_inside_a_word_reads_no_word_there():
    # 'incr|eases' is no 'eases' (a fall): the cut word is left out, not read as another
    text = "The sharpest monthly increases came in rail and road"
    cut = len(text) - text.index("eases")
    assert context.direction(text[-cut:]) == "down"  # the slice alone misreads it
    assert context.direction(text, cut) is None
    assert context.direction(text, len(text)) == "up"
    assert context.direction("Sales fell in rail and road", 20) is None
    assert context.direction("Sales fell in rail and road", 22) == "down"  # 'fell' whole in the window


@pytest.mark.parametrize("sentence, figures, direction", [
    ("The steepest declines were logged in Tonga (11.2%), Fiji (6.5%) and Samoa (3.1%).",
     ["11.2%", "6.5%", "3.1%"], "down"),
    ("Gains were posted by the ports of Apia (12%), Suva (4%) and Nuku'alofa (2%).", ["12%", "4%", "2%"], "up"),
    ("Bookings increased from these markets: Chile (14%), Peru (9%) and Bolivia (3%).", ["14%", "9%", "3%"], "up"),
])
def test_a_list_governed_by_a_word_of_change_is_of_growths(sentence, figures, direction):
    frames = by_surface(sentence, DAY, "role", "direction")
    assert [frames[f] for f in figures] == [("growth", direction)] * len(figures)


@pytest.mark.parametrize("sentence, figures, role", [
    # no word of change: the members divide one whole
    ("Cargo went to Tonga (41%), Fiji (25%) and Samoa (9%).", ["41%", "25%", "9%"], "share"),
    # a lead before a colon names a rate each member has
    ("This is the jobless rate by region: north, 5.1%; south, 6.2%; east, 4.0%; west, 7.7%.",
     ["5.1%", "6.2%", "4.0%", "7.7%"], "rate"),
])
def test_a_list_with_no_change_governing_it_is_not_of_growths(sentence, figures, role):
    roles = by_surface(sentence, DAY, "role")
    assert [roles[f] for f in figures] == [role] * len(figures)


@pytest.mark.parametrize("sentence, level", [
    ("Hotel occupancy dipped 2.4 per cent to reach 61.5 per cent in March.", "61.5 per cent"),
    ("Room occupancy rose 3 percent, reaching 71 percent in July.", "71 percent"),
    ("The utilisation of berths grew to 64.2% last season.", "64.2%"),
])
def test_the_level_a_change_reaches_is_no_growth(sentence, level):
    assert by_surface(sentence, DAY, "role")[level] == "rate"


@pytest.mark.parametrize("sentence, growth", [
    ("Growth slowed to 3.5 percent in 2022.", "3.5 percent"),
    ("The island's output grew by 2.9% in 2021.", "2.9%"),
])
def test_growth_named_before_to_or_by_stays_a_growth(sentence, growth):
    assert by_surface(sentence, DAY, "role")[growth] == "growth"


def test_a_level_compared_after_the_level_reached_is_that_series_level():
    roles = by_surface("Occupancy fell by 2.6 per cent to reach 48.1 per cent, against 50.7 per cent a year before.",
                       DAY, "role")
    assert (roles["2.6 per cent"], roles["48.1 per cent"], roles["50.7 per cent"]) == ("growth", "rate", "rate")


@pytest.mark.parametrize("sentence, other", [
    ("Turnover climbed 6.2% in the third quarter, versus 4.0% in the second.", "4.0%"),
    ("Freight revenue posted an increase of 8.8%, compared to 5.5% in the first half.", "5.5%"),
    ("Cargo volumes fell in the 2nd half of 2020 by 7.5% to 310,000 tonnes against 2.1% a year before.", "2.1%"),
])
def test_a_percentage_set_against_a_growth_is_a_growth(sentence, other):
    assert by_surface(sentence, DAY, "role")[other] == "growth"


@pytest.mark.parametrize("sentence, other", [
    ("The berth occupancy rate grew to 57.1%, 4.2% above the 52.9% recorded a year earlier.", "52.9%"),
    ("Fares rose 2% to 5.1%, against 4.9% a year ago.", "4.9%"),
])
def test_a_level_compared_with_is_no_growth(sentence, other):
    assert by_surface(sentence, DAY, "role")[other] == "rate"


def test_an_ordinal_before_by_does_not_hide_the_verb():
    frames = by_surface("Cargo volumes climbed in the 2nd quarter of 2019 by 7.5%.", DAY, "role", "direction")
    assert frames["7.5%"] == ("growth", "up")


@pytest.mark.parametrize("sentence, figure, direction", [
    ("Sales slipped again in May, lifting the cumulative decline for the year to 8.3 per cent.", "8.3 per cent", "down"),
    ("Receipts rose 2% in June, taking the overall increase over the half year to 11%.", "11%", "up"),
])
def test_the_size_a_noun_of_change_comes_to(sentence, figure, direction):
    assert by_surface(sentence, DAY, "role", "direction")[figure] == ("growth", direction)


@pytest.mark.parametrize("sentence, figure", [
    ("The drop in the jobless rate to 4.9 percent surprised analysts.", "4.9 percent"),
    ("The rise in berth occupancy to 81% was welcome.", "81%"),
])
def test_a_rate_a_change_comes_to_is_the_rate(sentence, figure):
    assert by_surface(sentence, DAY, "role")[figure] == "rate"


def test_a_noun_of_change_reaches_its_by_past_a_coordinated_series():
    frames = by_surface("The survey found a fall in the takings of hotels, guesthouses and hostels by 12 percent.",
                        DAY, "role", "direction")
    assert frames["12 percent"] == ("growth", "down")


def test_a_series_with_a_verb_of_its_own_breaks_the_noun_from_its_by():
    roles = by_surface("The rise in fees charged by banks was backed by 64 percent of members.", DAY, "role")
    assert roles["64 percent"] != "growth"


@pytest.mark.parametrize("sentence, figure", [
    ("The jobless rate climbed to 6.3 percent in May, up from the previous quarter's rate of 5.9 percent.", "5.9 percent"),
    ("Fuel inflation stayed well above the region's average rate of 4.4 per cent.", "4.4 per cent"),
])
def test_a_rate_named_on_the_other_side_of_a_comparison_is_a_rate(sentence, figure):
    assert by_surface(sentence, DAY, "role", "direction")[figure] == ("rate", None)


def test_a_change_measured_at_a_rate_of_stays_a_growth():
    assert by_surface("Farm output expanded at a rate of 4.1 percent in 2021.", DAY, "role")["4.1 percent"] == "growth"


@pytest.mark.parametrize("sentence, figure", [
    # a possessive determines the noun of change, and two words may modify it
    ("Enrolment grew by 3,100 pupils this year, below last year's increase of 4,400.", "4,400"),
    ("It followed a seasonally adjusted decline in payrolls of 2,700 in March.", "2,700"),
    # the change restated in relative terms between the amount and its noun
    ("Port revenue was $88 million, a $6.1 million or 7.4% gain on the year before.", "$6.1 million"),
])
def test_an_amount_that_a_noun_of_change_takes_is_a_change(sentence, figure):
    assert by_surface(sentence, DAY, "role")[figure] == "change"


def test_a_possessive_before_a_noun_of_level_keeps_the_level():
    assert by_surface("The port's revenue of $88 million was a record.", DAY, "role")["$88 million"] == "level"


@pytest.mark.parametrize("sentence, figure", [
    # no verb carries the change to a new size: 'to' names the level the subject declined to
    ("Handicraft exports continued their slow decline in 2019 to 11.6%, from 12.9% in 2009.", "11.6%"),
])
def test_a_noun_of_change_to_a_level_with_no_verb_carrying_it_is_no_growth(sentence, figure):
    assert by_surface(sentence, DAY, "role")[figure] != "growth"


@pytest.mark.parametrize("sentence, figures", [
    # the word of change belongs to a part of another whole named before
    ("We find that 51.0% of the total increase came in winter, 22.5% in summer and 14.1% in spring.",
     ["22.5%", "14.1%"]),
    # a rate is named earlier in the sentence: the members are its readings
    ("According to the bureau, food inflation had the highest increase of 15 percent, followed by clothing with "
     "6.9 percent, fuel at 5.3 percent and rents at 5.1 percent.", ["6.9 percent", "5.3 percent", "5.1 percent"]),
])
def test_a_list_after_another_figure_or_a_rate_is_not_of_growths(sentence, figures):
    roles = by_surface(sentence, DAY, "role")
    assert all(roles[f] != "growth" for f in figures)


def test_a_list_whose_clause_names_a_rate_after_it_is_not_of_shares():
    roles = by_surface("Fuel (11.4%), rents (9.2%), transport (6.6%) and schooling (5.0%) were the main drivers "
                       "of the headline inflation in May.", DAY, "role")
    assert [roles[f] for f in ("11.4%", "9.2%", "6.6%", "5.0%")] == ["rate"] * 4


def test_a_list_of_members_whose_names_hold_stops_is_one_list():
    roles = by_surface("Visitors came from the U.S. (41%), the U.K. (22%) and Canada (9%).", DAY, "role")
    assert [roles[f] for f in ("41%", "22%", "9%")] == ["share"] * 3


def test_a_fragment_with_no_member_named_before_its_first_figure_is_no_distribution():
    roles = by_surface("(2.7 per cent), Peru (2.3 per cent) and Chile (1.8 per cent).", DAY, "role")
    assert "share" not in {roles["2.7 per cent"], roles["2.3 per cent"], roles["1.8 per cent"]}


@pytest.mark.parametrize("sentence, figures, direction", [
    ("Ferry and air arrivals rose as well, by 6% and 4% respectively.", ["6%", "4%"], "up"),
    ("Card spending climbed in Q3 2021 by 6.5%.", ["6.5%"], "up"),
    ("Fiji slipped by only .4% and Samoa by 2%.", [".4%", "2%"], "down"),
])
def test_the_verb_before_by_is_found_past_adverbs_quarters_and_list_members(sentence, figures, direction):
    frames = by_surface(sentence, DAY, "role", "direction")
    assert [frames[f] for f in figures] == [("growth", direction)] * len(figures)


def test_a_list_of_sizes_after_by_with_units_of_two_words_shares_its_verb():
    frames = by_surface("Tin sales fell by 12 million USD (8 percent), cobalt by 5 million USD (3 percent), "
                        "and copper by 3.1 million USD (2 percent).", DAY, "role", "direction")
    assert frames["3.1 million USD"] == ("change", "down")
    assert frames["2 percent"] == ("growth", "down")


@pytest.mark.parametrize("sentence, figure, role", [
    ("Services in total exports climbed from 31.2% to 33.0% over the decade.", "33.0%", "share"),
    ("Fuel in the total import bill was 21%.", "21%", "share"),
    ("The rate of total unemployment was 6%.", "6%", "rate"),
])
def test_a_series_named_as_part_of_a_total_is_a_share(sentence, figure, role):
    assert by_surface(sentence, DAY, "role")[figure] == role


@pytest.mark.parametrize("sentence, figure, role", [
    # several times the change it is set against: the earlier level, not another change
    ("Port dues rose by $1.1 million this year, compared with the $9.8 million of the previous year.", "$9.8 million", "level"),
    # of the change's own size: another period's change
    ("Port dues rose by $1.1 million this year, compared with $0.8 million the previous year.", "$0.8 million", "change"),
])
def test_the_figure_a_change_is_set_against_by_its_size(sentence, figure, role):
    assert by_surface(sentence, DAY, "role")[figure] == role
