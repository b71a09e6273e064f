"""Number-reading classes found on the spent held-out sets after their scoring, each in our
own sentences: one thousands group set off by a plain space; a number below 1900 that counts
a plural noun; a list is written in one style; a printed minus sign decides a growth's
direction."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2012-05-20"


def test_single_groups_set_off_by_a_plain_space_are_thousands_when_the_article_writes_them_so():
    c = frames_by_surface("Over the quarter, gas connections rose from 24 310 to 25 102 households, 792 more than before. "
                          "In 2011 there were 1417 new connections.", DAY)
    assert c["24 310"].value == 24310 and c["25 102 households"].value == 25102


def test_a_number_below_1900_counting_a_plural_noun_is_a_count():
    c = frames_by_surface("The bureau added 562 subscribers in the quarter and 1745 subscribers over the year.", DAY)
    assert c["1745 subscribers"].value == 1745


@pytest.mark.parametrize("text", ["In 1850 farmers owned the land.", "The 1790 settlers arrived by sea."])
def test_an_old_year_before_a_noun_stays_a_year(text):
    assert not any(c.value in (1850, 1790) for c in frames_by_surface(text, DAY).values())


def test_a_figure_and_a_percentage_in_words_after_a_comma_are_no_list():
    c = frames_by_surface("Of the total 318, seven percent were inspected at the dock.", DAY)
    assert (c["318"].kind, c["seven percent"].kind) == ("count", "percent")


@pytest.mark.parametrize("text, surface", [
    ("Food prices rose 2.1%, while rents were -0.4% in the year.", "0.4%"),
    ("GDP growth was -1.3% in the quarter.", "1.3%"),
])
def test_a_printed_minus_sign_makes_a_growth_a_fall(text, surface):
    c = frames_by_surface(text, DAY)[surface]
    assert (c.value < 0, c.role, c.direction) == (True, "growth", "down")


@pytest.mark.parametrize("text, values, unit", [
    ("Rates of 3, 4 and 5 percent applied to the three bands.", [3, 4, 5], "percent"),
    ("Growth of 1.2, 2.5, 3.1 and 4.0 percent was recorded in the four regions.", [1.2, 2.5, 3.1, 4.0], "percent"),
    ("Sales of 2, 3 and 4 million units followed.", [2e6, 3e6, 4e6], "count"),
])
def test_a_unit_written_once_after_a_list_reaches_every_item(text, values, unit):
    c = [x for x in frames_by_surface(text, DAY).values()]
    assert sorted(x.value for x in c) == values and {x.unit for x in c} == {unit}


def test_a_glued_letter_after_a_list_of_labels_spreads_to_no_item():
    c = frames_by_surface("There is still no production at Blocks 1, 2 , 4 or 5A in the state.", DAY)
    assert "2" not in c


def test_signed_figures_in_brackets_after_what_they_change_are_changes():
    c = frames_by_surface("The fall is owed to farming (2,310 fewer workers), mining (-845) and fishing (-312).", DAY)
    assert (c["2,310 fewer workers"].role, c["2,310 fewer workers"].direction) == ("change", "down")
    assert c["845"].value == -845 and c["312"].value == -312
    assert {c["845"].role, c["312"].role} == {"change"}


def test_a_signed_cell_of_a_run_of_table_figures_is_no_claim():
    c = frames_by_surface("Model A 91 402 -77& 190 -52% 1,640 3,702 -56%", DAY)
    assert not any(x.value == -77 for x in c.values())


@pytest.mark.parametrize("text, surface, value", [
    ("The decline is stronger in the north (- 11,4%) than in the south (- 7,2%).", "11,4%", -11.4),
    ("Food (+ 2.6%) rose while fuel (- 3.1%) fell.", "3.1%", -3.1),
])
def test_a_sign_set_a_space_apart_after_a_bracket_is_the_figures(text, surface, value):
    assert frames_by_surface(text, DAY)[surface].value == value


def test_a_dash_between_a_year_and_a_figure_is_no_sign():
    assert frames_by_surface("In 2011 - 48,000 pupils enrolled.", DAY)["48,000 pupils"].value == 48000


def test_the_price_of_a_unit_makes_the_sums_after_it_prices_per_that_unit():
    c = frames_by_surface("The price of a tonne of cocoa fell from $3,100 in 2021 to about $2,450 in 2022, while exports "
                          "earned $1.2 billion.", DAY)
    assert c["$3,100"].unit == "USD / tonne" and c["about $2,450"].unit == "USD / tonne"
    assert c["$1.2 billion"].unit == "USD"  # a clause break ends it


def test_a_thousands_group_printed_apart_from_a_long_run_of_digits_is_one_number():
    c = frames_by_surface("Of the turnover, 4721 315.42 thousand USD, or 38.5%, was imports.", DAY)
    assert c["4721 315.42 thousand USD"].value == pytest.approx(4_721_315.42e3)


def test_a_year_before_a_figure_is_no_thousands_group():
    assert frames_by_surface("In 2019 250 people came.", DAY)["250 people"].value == 250


def test_an_amount_in_thousands_and_units_is_one_amount():
    assert frames_by_surface("The balance was 1207 thousand 431.18 USD.", DAY)["1207 thousand 431.18 USD"].value \
        == pytest.approx(1_207_431.18)


@pytest.mark.parametrize("text, surface, low, high", [
    ("The district's population grew by a third, from 175,000 to 240,000.", "a third", 29.0, 37.6),
    ("Half of the 300 firms closed.", "Half", 41.5, 58.5),
    ("Exports fell by a fifth in the year.", "a fifth", 18.0, 22.0),
])
def test_a_fraction_in_words_stands_for_what_rounds_to_it(text, surface, low, high):
    from factcheck.relations.interval import of_claim

    span = of_claim(frames_by_surface(text, DAY)[surface])
    assert low < span.lo < span.mid < span.hi < high and span.hi - span.lo > 3


def test_a_growth_of_a_third_from_its_two_levels_is_no_slip_but_a_fifth_is():
    from test_relations import flagged, run

    def flags(fraction):
        text = f"The district's population grew by {fraction}, from 175,730 to 241,331, since 2004."
        return flagged(run(list(frames_by_surface(text, DAY).values()))[1])

    assert flags("a third") == set()  # 37.3 % rounds to a third
    assert flags("a fifth")  # 37.3 % is no fifth
