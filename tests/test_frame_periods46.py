"""Period mechanisms of session 26 (period46), each in our own sentences: the other side of a
comparison dated by a time that looks back right after it and its noun ("a ten-year low of
41,100 crates a year earlier"), and a bare earlier year on the other side of a comparison of a
part of a year (like against like: the same part of that year)."""

from __future__ import annotations

import pytest

from test_frame_periods41 import _frames


# -- a figure, its noun, and a time that looks back from the statement ---------------------------

@pytest.mark.parametrize("text, date, figure, want", [
    # a compound head noun between the comparing word and the figure
    ("In July, lumber sales rose 12% to 48,300 crates, set against a ten-year low of 41,100 crates a year earlier.",
     "2031-08-12", "41,100 crates", "2030-07"),
    # a participle of the figure's own verb
    ("Wool output in the March quarter was 8,100 bales, below the 8,900 bales sheared a year before.",
     "2031-04-20", "8,900 bales", "2030-Q1"),
    # 'of' the same span a year back
    ("Port fees in the five months to May came to $14.2 million, up 10 percent, against $12.9 million of the "
     "same period of the previous year.", "2031-06-20", "$12.9 million", "2030-01/2030-05"),
    # a figure priced in the same breath: both are the earlier half's
    ("Copra shipments in the six months to June reached 5,200 tonnes worth $6.1 million, as against 4,700 tonnes "
     "worth $5.0 million in the same half the previous year.", "2031-07-20", "4,700 tonnes", "2030-H1"),
    ("Copra shipments in the six months to June reached 5,200 tonnes worth $6.1 million, as against 4,700 tonnes "
     "worth $5.0 million in the same half the previous year.", "2031-07-20", "$5.0 million", "2030-H1"),
])
def test_a_figure_followed_by_a_time_that_looks_back_is_dated_by_it(text, date, figure, want):
    assert _frames(text, date)[figure][0] == want


@pytest.mark.parametrize("text, figure, want", [
    # the time after a comparing word is the comparison's base, not the figure's: the growth
    # keeps the statement's period
    ("In July, lumber sales reached 48,300 crates, 12% higher than a year earlier.", "12%", "2031-07"),
    ("In July, lumber sales reached 48,300 crates, 12% ahead of the same time last year.", "12%", "2031-07"),
    # the figures of the statement itself keep its period
    ("In July, lumber sales reached 48,300 crates, 12% ahead of the same time last year.", "48,300 crates", "2031-07"),
])
def test_a_time_that_looks_back_after_a_comparing_word_is_no_figure_s_own(text, figure, want):
    assert _frames(text, "2031-08-12")[figure][0] == want


def test_a_window_counted_back_dates_no_figure_before_it():
    # "in the last 30 years" is a window, not a time a year back
    got = _frames("The town's population grew 40% in the last 30 years, to 12,000.", "2031-08-12")
    assert got["12,000"][0] in (None, "2031")


# -- a bare earlier year set against a part of a year ---------------------------------------------

@pytest.mark.parametrize("text, date, figure, want", [
    ("Rice exports rose to 41,000 tonnes in the second quarter, compared to 38,500 tonnes in 2030.",
     "2031-07-20", "38,500 tonnes", "2030-Q2"),
    ("The mill's margin was only 6 percent in the second quarter, against 9.5 percent in 2029.",
     "2031-07-20", "9.5 percent", "2029-Q2"),
    ("Honey exports in March stood at $3.1 million, 8 percent below last year's $3.4 million.",
     "2031-04-18", "$3.4 million", "2030-03"),
])
def test_a_bare_earlier_year_against_a_part_of_a_year_is_the_same_part(text, date, figure, want):
    assert _frames(text, date)[figure][0] == want


@pytest.mark.parametrize("text, figure, want", [
    # a year set against a year
    ("Honey exports rose to $40 million in 2030, compared to $35 million in 2029.", "$35 million", "2029"),
    # a part set against the whole of a year, said so
    ("In the second quarter rice exports reached 41,000 tonnes, against 150,000 tonnes in the whole of 2030.",
     "150,000 tonnes", "2030"),
    # a record counted since a year names the whole year
    ("Rice exports reached 41,000 tonnes in the second quarter, a record since 2024 (44,000 tonnes).",
     "44,000 tonnes", "2024"),
    # an outlook is no like-for-like comparison of what was
    ("Rice exports are expected to reach 41,000 tonnes in the second quarter, against 38,500 tonnes in 2030.",
     "38,500 tonnes", "2030"),
])
def test_a_year_stays_a_year_where_it_is_no_like_part(text, figure, want):
    assert _frames(text, "2031-07-20")[figure][0] == want


def test_a_level_after_a_fronted_comparison_is_not_redated_as_its_like_part(tmp_path):
    # the level the change lands on is this half's, whatever a fronted comparison says; read
    # as the earlier side and then as that side's half, it would restate the earlier half's
    # own level with another value
    from conftest import checked_by_surface
    text = ("Between January and June 2031 the port handled cargo worth US$31.2 billion. Compared to 2030, "
            "shipments slipped by 3.1 percent to US$12.5 billion. Shipments in the same period of last year came to "
            "US$12.9 billion.")
    by = checked_by_surface(text)
    assert by["US$12.5 billion"].period != "2030-01/2030-06"
    assert not {s for s, c in by.items() if c.check.verdict == "inconsistent"}
