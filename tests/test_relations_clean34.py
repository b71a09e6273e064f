"""No flag where a relation only might hold (our own sentences, one per class found on cc–cg):
figures misread before the engine sees them, a change paired with another series' levels,
a conversion slip blamed on the yardstick's figures, two series the frame does not tell
apart taken for one figure, and the roles and names that made these pairings."""

from __future__ import annotations

import pytest

from factcheck.extract.metric_tidy import tidy_metric
from factcheck.extract.numbers import garbled_figure

from conftest import checked, inconsistent


def _claims(text: str, date: str = "2024-05-14"):
    return checked(text, date)


def _inconsistent(text: str, date: str = "2024-05-14") -> set[str]:
    return inconsistent(text, date)


def _by_surface(text: str, date: str = "2024-05-14") -> dict:
    return {c.surface: c for c in _claims(text, date)}


# --- reading ----------------------------------------------------------------------------

def test_a_decimal_comma_with_a_stray_space_before_an_abbreviated_scale_is_one_figure():
    text = ("Trade between the two countries made up USD 2, 214 bln in the first quarter. Exports "
            "were 1,450,5 mln dollars, up 2,1 times, and imports fell 3,4%.")
    claims = _by_surface(text)
    assert claims["USD 2, 214 bln"].value == 2214000000.0
    assert not any(s in claims for s in ("USD 2", "214 bln"))


def test_a_space_grouped_figure_before_an_abbreviated_scale_is_one_figure():
    text = "Imports were 412 630 mln dollars in the quarter, and exports rose by 2,8%."
    claims = _by_surface(text)
    assert claims["412 630 mln dollars"].value == 412630e6


def test_a_figure_with_two_points_is_read_whole_and_checked_against_nothing():
    assert garbled_figure("N41.27.60 trillion") and not garbled_figure("1.394.7 billion")
    text = ("In the second quarter, Nigeria's total trade reached N41.27.60 trillion. Exports contributed "
            "N20.11 trillion, and imports accounted for N21.30 trillion.")
    claims = _by_surface(text)
    assert "N41.27.60 trillion" in claims and "N41.27" not in claims
    assert not _inconsistent(text)


# --- naming -----------------------------------------------------------------------------

def test_a_results_period_before_the_series_is_no_part_of_its_name():
    sentence = "Maybank's 2Q net profit rises 9% as fee income grows"
    assert tidy_metric("Q net profit growth", sentence) == "net profit growth"
    assert tidy_metric("H1 revenue", "H1 revenue rose 4%") == "revenue"
    assert tidy_metric("FY2025 budget", "the FY2025 budget was revised") == "FY2025 budget"
    assert tidy_metric("Q ratio", "the Q ratio stood at 1.2") == "Q ratio"


# --- roles ------------------------------------------------------------------------------

def test_a_decrease_named_after_a_relative_pronoun_is_the_change():
    text = ("There was a fall in the workforce with 412,500 persons at the end of the quarter which "
            "represented a decrease of 5,300 or 1.3% when compared to the second quarter 2019.")
    claims = _by_surface(text)
    assert claims["5,300"].role == "change" and claims["5,300"].direction == "down"
    assert not _inconsistent(text)


def test_later_items_of_a_list_of_sizes_after_by_are_changes_of_the_first_verb():
    text = ("Employment rose in several groups led by 'Craft and related trades workers' by 8,100 or "
            "9.5%, 'Plant and machine operators' by 4,400 or 6.1% and 'Clerks' by 2,600 or 4.0% "
            "when compared to the first quarter of 2019.")
    claims = _by_surface(text)
    for s in ("8,100", "4,400", "2,600"):
        assert claims[s].role == "change" and claims[s].direction == "up"
    assert not _inconsistent(text)


def test_a_figure_after_by_in_a_plain_list_with_its_own_verb_stays_unchanged():
    text = "Output was measured in tonnes by 2,000 farms and by 300 cooperatives in 2019."
    claims = _by_surface(text)
    assert claims["2,000 farms"].role != "change"


# --- pairing ----------------------------------------------------------------------------

def test_a_change_that_names_its_levels_after_from_and_a_year_is_tested_on_them():
    # (a stray figure runs into the next sentence, which the splitter joins to this one)
    text = ("Capital Revenue for 2011 is projected at $80,120,400- an increase of $1,200,000 or 1.5% "
            "over the $78,920,400 estimated for 2010. $95,550,000 On the other hand, Capital "
            "Expenditure for 2011 is projected to decrease By 12.0% from $70,300,000 in 2010 to $61,864,000.")
    assert not _inconsistent(text, "2011-01-15")


@pytest.mark.parametrize("text", [
    # a growth of net profit beside revenue's pair of levels, in a headline run into the text
    "Hong Leong Bank posted a 9% increase in net profit to RM1.09 billion for the third quarter from "
    "RM1 billion a year ago. Revenue rose to RM3.52 billion from RM3.31 billion a year earlier. "
    "— Hong Leong's 3Q net profit rises 9% as loans grow",
    # a change of trading gains beside net profit's pair of levels
    "Ambank's net profit grew 21% to RM512.4 million for the quarter, from RM423.5 million a "
    "year earlier, as the group booked sharp trading gains of RM310.22 million.",
])
def test_a_change_of_one_series_is_not_tested_on_another_series_levels(text):
    assert not _inconsistent(text, "2024-11-29")


def test_a_conversion_agreeing_with_the_rate_of_another_period_is_the_yardstick():
    text = ("In the second quarter Guyana's oil fund earned $41.6 billion (US$200 million). This includes "
            "profit oil of $36.4 billion (US$175 million) and royalties of $5.2 billion (US$25 million).\n\n"
            "Since production began in 2019, the lifts have brought in $311.5 billion (US$1.2 billion) in "
            "profit oil and $45.8 billion (US$220.2 million) in royalties.")
    flagged = _inconsistent(text)
    assert "$45.8 billion" not in flagged and "US$220.2 million" not in flagged
    assert flagged & {"$311.5 billion", "US$1.2 billion"}


# --- time -------------------------------------------------------------------------------

def test_a_participial_adjunct_keeps_its_own_time():
    text = ("In the third quarter, total arrivals grew by 18.2 percent to 2.1 million.\n\n"
            "Visitor arrivals rose by 14.6 percent to 1.6 million, contrasting with a 6.1 percent "
            "drop the previous year.")
    claims = _by_surface(text, "2024-10-15")
    assert claims["1.6 million"].period == claims["14.6 percent"].period == "2024-Q3"
