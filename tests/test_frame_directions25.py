"""Changes named outside the closed word lists (round 25; our own sentences)."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2022-06-15"


def _rd(f, surface):
    return f[surface].role, f[surface].direction


# --- a verb of change measured "at" its figure --------------------------------------------

@pytest.mark.parametrize("text, direction", [
    ("Timber exports decreased at 18% in April.", "down"),
    ("Vanilla output dropped by at 18% last season.", "down"),
    ("Fish landings climbed at 18% in April.", "up"),
])
def test_a_verb_of_change_before_at_and_a_percentage_is_a_growth(text, direction):
    assert _rd(frames_by_surface(text, DAY), "18%") == ("growth", direction)
    # a particle before "at" states the level reached
    assert frames_by_surface(text + " The index closed higher at 3,215 points on Friday.", DAY)["3,215 points"].role == "level"


# --- nouns of change by class: derived nouns, plurals, premodifiers ----------------------

def test_an_increment_of_an_amount_is_a_change_up():
    f = frames_by_surface("The ministry reported an unexpected increment of 41 million dollars over the 2021 allocation. "
                          "The levy was paid for the lifting of 2 million barrels in May.", DAY)
    assert _rd(f, "41 million dollars") == ("change", "up")
    assert f["2 million barrels"].role == "level"  # a verbal noun before "of" names no change


def test_a_noun_derived_from_a_verb_of_change_names_a_change():
    f = frames_by_surface("Tourist arrivals posted a steady advancement of 14% in May.", DAY)
    assert _rd(f, "14%") == ("growth", "up")


def test_a_percentage_before_bump_is_a_growth():
    f = frames_by_surface("Cruise calls enjoyed a modest seven percent bump in May.", DAY)
    assert _rd(f, "seven percent") == ("growth", "up")


def test_coordinated_percentages_share_their_plural_noun_of_change():
    f = frames_by_surface("Rice and maize saw 31 percent and 12 percent drops in May.", DAY)
    assert _rd(f, "31 percent") == ("growth", "down")
    assert _rd(f, "12 percent") == ("growth", "down")


# --- bulleted items that gap the lead's verb ----------------------------------------------

def test_bulleted_items_with_by_take_the_lead_verbs_direction_and_base():
    f = frames_by_surface("Consumer prices fell by 3.1% in May compared to the same month last year:\n"
                          "- Fresh vegetables by 9.4%\n- Fuel by 2.2%\nOther groups were stable.", DAY)
    for s in ("9.4%", "2.2%"):
        assert _rd(f, s) == ("growth", "down")
        assert f[s].base_period == "2021-05"


# --- comparisons with a base named by words ----------------------------------------------

@pytest.mark.parametrize("text, direction", [
    ("Customs duties are set to reach $81.2 million, 6.2% in excess of the budget.", "up"),
    ("Grant income came to $12.4 million, outstripping the estimate by 6.2%.", "up"),
    ("Capital outlays will likely be less than the budget by 6.2%.", "down"),
])
def test_a_percentage_by_which_a_named_base_is_passed_or_missed_is_a_growth(text, direction):
    assert _rd(frames_by_surface(text, DAY), "6.2%") == ("growth", direction)


@pytest.mark.parametrize("text", [
    "Last year emigrants outnumbered immigrants, and the number of deaths exceeded the number of births by 23,400.",
    "Fee income fell short by $23,400 in the second quarter.",
])
def test_an_amount_by_which_one_series_passes_another_is_a_level(text):
    surface = "$23,400" if "$" in text else "23,400"
    f = frames_by_surface(text + " Port revenue exceeded last year's total by $2.3 million.", DAY)
    assert _rd(f, surface) == ("level", None)
    assert _rd(f, "$2.3 million") == ("change", "up")  # passing an earlier time's figure is a change


# --- a loss of money is a level, a loss of things a fall ---------------------------------

def test_a_loss_of_money_is_a_level_and_a_loss_of_a_percentage_a_fall():
    f = frames_by_surface("The pension fund booked an investment loss of $2.8 million in 2021, while the peso suffered a loss of 4% in May.", DAY)
    assert _rd(f, "$2.8 million") == ("level", None)
    assert _rd(f, "4%") == ("growth", "down")


def test_a_change_per_year_over_a_range_of_years_is_dated_by_the_range_with_no_base():
    f = frames_by_surface("Over the period 2009-2016 the island's population grew by 340 people per annum on average.", DAY)
    c = next(v for k, v in f.items() if k.startswith("340"))
    assert (c.role, c.period, c.base_period) == ("change", "2009/2016", None)
