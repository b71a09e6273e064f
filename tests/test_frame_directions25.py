"""Changes named outside the closed word lists (round 25; our own sentences)."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


def _frames(text: str, date: str = "2022-06-15") -> dict[str, object]:
    return frames_by_surface(text, date)


def _rd(f, surface):
    return f[surface].role, f[surface].direction


# --- a verb of change measured "at" its figure --------------------------------------------

@pytest.mark.parametrize("text, direction", [
    ("Timber exports decreased at 18% in April.", "down"),
    ("Vanilla output dropped by at 18% last season.", "down"),
    ("Fish landings climbed at 18% in April.", "up"),
])
def test_a_verb_of_change_before_at_and_a_percentage_is_a_growth(text, direction):
    assert _rd(_frames(text), "18%") == ("growth", direction)
    # a particle before "at" states the level reached
    assert _frames(text + " The index closed higher at 3,215 points on Friday.")["3,215 points"].role == "level"


# --- nouns of change by class: derived nouns, plurals, premodifiers ----------------------

def test_an_increment_of_an_amount_is_a_change_up():
    f = _frames("The ministry reported an unexpected increment of 41 million dollars over the 2021 allocation. "
                "The levy was paid for the lifting of 2 million barrels in May.")
    assert _rd(f, "41 million dollars") == ("change", "up")
    assert f["2 million barrels"].role == "level"  # a verbal noun before "of" names no change


def test_a_noun_derived_from_a_verb_of_change_names_a_change():
    f = _frames("Tourist arrivals posted a steady advancement of 14% in May.")
    assert _rd(f, "14%") == ("growth", "up")


def test_a_percentage_before_bump_is_a_growth():
    f = _frames("Cruise calls enjoyed a modest seven percent bump in May.")
    assert _rd(f, "seven percent") == ("growth", "up")


def test_coordinated_percentages_share_their_plural_noun_of_change():
    f = _frames("Rice and maize saw 31 percent and 12 percent drops in May.")
    assert _rd(f, "31 percent") == ("growth", "down")
    assert _rd(f, "12 percent") == ("growth", "down")


# --- bulleted items that gap the lead's verb ----------------------------------------------

def test_bulleted_items_with_by_take_the_lead_verbs_direction_and_base():
    f = _frames("Consumer prices fell by 3.1% in May compared to the same month last year:\n"
                "- Fresh vegetables by 9.4%\n- Fuel by 2.2%\nOther groups were stable.")
    for s in ("9.4%", "2.2%"):
        assert _rd(f, s) == ("growth", "down")
        assert f[s].base_period == "2021-05"
