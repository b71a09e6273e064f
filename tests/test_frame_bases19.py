"""Base-period and direction classes found on the spent sets (u–y, z–ad, ae–ai, aj–an,
ao–as) in round 19, each in our own sentences."""

from __future__ import annotations

import pytest

from conftest import frames_by_surface


DAY = "2024-05-20"


@pytest.mark.parametrize("sentence, figure", [
    ("Tax receipts in 2023 came to EUR 2.8 billion, down 7.5% compared to the initial budget.", "7.5%"),
    ("Spending in 2023 is set to grow by 12 million EUR over the original projection.", "12 million EUR"),
    ("Customs revenue in 2023 was 21.4% higher than the target.", "21.4%"),
    ("Ministries in 2023 exceeded budget levels by over $12 million.", "over $12 million"),
    ("The deficit for 2023 was 18 million dollars less than anticipated.", "18 million dollars"),
    ("Outlays reached 1,240 billion francs in 2023 compared to the initial budget of 1,310 billion francs, "
     "representing a decrease of 5.3%.", "5.3%"),
])
def test_a_change_measured_against_a_plan_has_no_base_period(sentence, figure):
    c = frames_by_surface(sentence, DAY)[figure]
    assert c.role in ("growth", "change")
    assert c.base_period is None


def test_a_dated_plan_a_real_base_beside_a_plan_and_a_budget_deficit_keep_their_bases():
    c = frames_by_surface("Outlays in 2024 rose 4% from the 2023 approved budget.", DAY)
    assert c["4%"].base_period == "2023"
    c = frames_by_surface("Investment reached EUR 310 million in 2023, 14.1% above budget projections "
                          "and 22.6% higher than the previous year.", DAY)
    assert c["14.1%"].base_period is None
    assert c["22.6%"].base_period == "2022"
    c = frames_by_surface("The deficit fell to 4.1 per cent of GDP in 2023, a 0.9 per cent reduction compared to "
                          "a 5.0 per cent budget deficit in 2022.", DAY)
    assert c["0.9 per cent"].base_period == "2022"


def test_an_annual_change_is_measured_against_the_same_time_a_year_before():
    # the article's own convention is quarter on quarter; an 'annual' change says otherwise
    text = ("Employment rose 9,100 (+0.4%) in Q3 2024, compared with the previous quarter, after a rise of "
            "12,000 (+0.6%) in Q2 2024 on the previous quarter. There was an annual increase in employment "
            "of 2.1% in the third quarter of 2024. Jobs grew by 1.9% in year to Q3 2024.")
    c = frames_by_surface(text, "2024-11-20")
    assert c["2.1%"].base_period == "2023-Q3"
    assert c["1.9%"].base_period == "2023-Q3"
    # a stock counted on New Year's day changes from the stock a year before
    c = frames_by_surface("On 1 January 2024 the country had 6,120,400 inhabitants, an annual increase of 0.52% or 31,650 persons.",
                          "2024-02-20")
    assert c["0.52%"].base_period == "2023-01-01"
    # a sentence that is the other side keeps its one time past an annual change
    text = ("In June 2024, 2,950 people were self-employed and 26,000 worked for an employer. This compares to "
            "28,100 employed and 3,105 self-employed people in June 2023, annual decreases of 7.5% and 5.0%.")
    c = frames_by_surface(text, "2024-08-20")
    assert c["28,100 employed"].period == c["3,105 self-employed people"].period == "2023-06"


@pytest.mark.parametrize("text, figure, direction", [
    ("In 2023 turnover reached 510 million dollars, which was 91.2 percent of the 2022 level or 49 million dollars fewer.",
     "49 million dollars", "down"),
    ("In 2023 coffee revenue was 41 million dollars, or almost 12 percent, more than that of the year before.",
     "41 million dollars", "up"),
    ("In 2023 coffee revenue was 41 million dollars, or almost 12 percent, more than that of the year before.",
     "almost 12 percent", "up"),
    ("At the end of 2023 the population was 5.4 million, which is 32,000, or 0.6% more than the previous year.",
     "32,000", "up"),
    ("Spending in 2023 was nearly $25 million above the $310 million allocation of 2022.", "nearly $25 million", "up"),
    ("Sales through August 2023 were just 31 homes below the all-time high.", "31 homes", "down"),
])
def test_a_change_carried_by_a_comparative_after_its_figure(text, figure, direction):
    c = frames_by_surface(text, "2024-02-20")[figure]
    assert c.role in ("change", "growth")
    assert c.direction == direction
    # a level named by a verb of amount, then its change, stays a level
    c = frames_by_surface("In 2023 exports amounted to €2.4 billion or 3.1% more than a year ago.", "2024-02-20")
    assert c["€2.4 billion"].role == "level"


def test_the_level_a_change_is_measured_over_stays_a_level():
    c = frames_by_surface("Arrivals in the first half of 2023 rose again. This represents an increase of 52,100 visitors "
                          "over the 611,402 recorded for the same period last year.", "2023-07-20")
    assert c["52,100 visitors"].role == "change"
    assert c["611,402"].role == "level"
    # another change set against a change is a change
    c = frames_by_surface("Employers added 332,000 jobs in May 2023, compared with the 236,000 initially reported.", "2023-06-20")
    assert c["236,000"].role == "change"


def test_a_change_since_the_end_of_a_year_is_measured_from_its_december():
    text = ("In October 2024 consumer prices rose by 7.7% from the same month of the previous year, "
            "by 6.2% from the end of the previous year, and by 0.6% from the previous month.")
    c = frames_by_surface(text, "2024-11-15")
    assert c["7.7%"].base_period == "2023-10"
    assert c["6.2%"].base_period == "2023-12"
    assert c["0.6%"].period == "2024-10" and c["0.6%"].base_period == "2024-09"
    c = frames_by_surface("Public debt rose to $12.1 billion in June 2024, up 4.2% compared with the end of 2023.", "2024-07-10")
    assert c["4.2%"].base_period == "2023-12"


def test_a_figure_dated_by_its_own_participle_is_the_other_side_not_the_changes_time():
    text = ("Cotton exports totalled 81,500 tonnes in the January/May period, down 11% from the 94,000 tonnes "
            "shipped in the same period of 2023.")
    c = frames_by_surface(text, "2024-06-20")
    assert c["94,000 tonnes"].period == "2023-01/2023-05"
    assert c["11%"].period == "2024-01/2024-05" and c["11%"].base_period == "2023-01/2023-05"
    # a publication date is no time of the figure
    c = frames_by_surface("GDP for 2024-25 is put at Rs 140.1 lakh crore, against the first revised estimate for 2023-24 of "
                          "Rs 131.2 lakh crore, released on January 31, 2025.", "2025-02-20")
    assert c["Rs 131.2 lakh crore"].period != "2025-01-31"
