"""Typed extraction, round 49 (issue 9): classes of the look groups' typed and value misses,
written here in our own sentences.

1. A change stated in per cent and restated as an amount after "or", then the level it
   reached ("rose by 4.1% or 12.3 billion tenge to 312 billion tenge") is a change and a
   level, never a range from the amount to the level.
2. A bare amount with an abbreviated scale word ("the gap was put at 85.2bln", "3.1 mln") on a
   money series takes the currency in force, as "bn" and "mn" already did.
3. A figure, the participle of what is done with it, then its span ("40,000 barrels pumped
   per day", "$2 million spent a year") is a rate per that span; not "a year ago".
4. Figures listed with "and" after a rate's subject ("average daily arrivals of 812 and 377
   respectively") are all rates of it.
5. "the two million mark": a threshold, not a sum in (convertible) marks; "2 million marks"
   and "KM" stay money where the country is named.
6. An amount and its conversion in brackets with the scale word on one side only ("€8.4
   billion ($9.3)", "£41.2 ($52.3 billion)") are in one scale; not a price per share after a
   profit, nor a conversion whose printed figures are too far apart to be one sum."""

from __future__ import annotations

import pytest

from conftest import by_surface


DAY = "2024-03-15"


def typed(text: str) -> dict:
    return by_surface(text, DAY, "value", "unit", "kind")


# 1. a change in per cent restated as an amount, then the level

@pytest.mark.parametrize("text, change, level", [
    ("In Kazakhstan outlays rose by 4.1% or 12.3 billion tenge to 312 billion tenge in May.",
     ("12.3 billion tenge", 12.3e9, "KZT"), ("312 billion tenge", 312e9, "KZT")),
    ("Receipts grew by 2.6 percent or $41 million to $1.62 billion last year.",
     ("$41 million", 41e6, "USD"), ("$1.62 billion", 1.62e9, "USD")),
    ("Spending fell 3.3 per cent or €7 million to €205 million.",
     ("€7 million", 7e6, "EUR"), ("€205 million", 205e6, "EUR")),
])
def test_change_restated_then_level(text, change, level):
    got = typed(text)
    for surface, value, unit in (change, level):
        assert got[surface] == (pytest.approx(value), unit, "money")


def test_a_range_after_or_stays_a_range():
    got = typed("Analysts expect a rise of 5% or between $3 and $4 a barrel.")
    assert not any(s in got for s in ("$3", "$4 a barrel"))


# 2. an abbreviated scale word on a bare amount of a money series

@pytest.mark.parametrize("text, surface, value, unit", [
    ("In Armenia revenues were 1 trln. 14.2bln drams. The deficit was planned as 85.2bln or 2.1% of GDP.",
     "85.2bln", 85.2e9, "AMD"),
    ("Kazakhstan's budget revenues were 4.7 trln tenge. The deficit reached 1.1 trln.", "1.1 trln", 1.1e12, "KZT"),
    ("Uzbek exports rose to 2.6 bln dollars. The trade deficit was 0.7 bln.", "0.7 bln", 0.7e9, "USD"),
])
def test_abbreviated_scale_takes_currency(text, surface, value, unit):
    assert typed(text)[surface] == (pytest.approx(value), unit, "money")


def test_abbreviated_scale_of_a_count_stays_a_count():
    got = typed("The country received 2.4 bln manats in revenue and 3.1 mln tourists visited.")
    assert got["3.1 mln tourists"][1:] == ("count", "count")


# 3. a participle between a figure and its span

@pytest.mark.parametrize("text, surface, unit", [
    ("The new field will have 40,000 barrels pumped per day by 2026.", "40,000 barrels", "barrel / day"),
    ("Of the \u201c65,000 barrels\u201d produced \u201cper day\u201d, the state keeps a fifth.", "65,000 barrels",
     "barrel / day"),
    ("The ministry had $2 million spent a year by 2020.", "$2 million", "USD / year"),
])
def test_participle_then_span(text, surface, unit):
    assert typed(text)[surface][1] == unit


@pytest.mark.parametrize("text, surface, unit", [
    ("The 30 tonnes produced a year ago were sold in March.", "30 tonnes", "tonne"),
    ("He said 800 tonnes exported a week earlier were lost.", "800 tonnes", "tonne"),
])
def test_participle_then_time_ago_is_no_rate(text, surface, unit):
    assert typed(text)[surface][1] == unit


# 4. figures listed after a rate's subject

@pytest.mark.parametrize("text, surfaces, unit", [
    ("The two markets amount to average daily arrivals of 812 and 377 respectively.", ("812", "377"), "count / day"),
    ("Average monthly wages were $410 and $365 in the two provinces.", ("$410", "$365"), "USD / month"),
])
def test_listed_figures_share_the_rate(text, surfaces, unit):
    got = typed(text)
    assert [got[s][1] for s in surfaces] == [unit, unit]


def test_a_listed_percentage_keeps_its_unit():
    got = typed("Average spending per visitor was $720 and 35% of it went on lodging.")
    assert got["$720"][1] == "USD / person" and got["35%"][1] == "percent"


# 5. a milestone "mark"

@pytest.mark.parametrize("text, surface", [
    ("Passenger traffic at Sarajevo airport in Bosnia passed the one million mark in 2019.", "one million"),
    ("Tuzla in Bosnia crossed the 500,000 mark for the first time.", "500,000"),
])
def test_milestone_mark_is_no_money(text, surface):
    assert typed(text)[surface][1:] == ("count", "count")


@pytest.mark.parametrize("text, surface", [
    ("Bosnia's budget grew to 6.1 billion marks this year.", "6.1 billion marks"),
    ("In Bosnia the deficit passed the 3 million KM mark.", "3 million KM"),
])
def test_an_amount_in_marks_stays_money(text, surface):
    assert typed(text)[surface][1:] == ("BAM", "money")


# 6. a conversion in brackets, the scale written once

@pytest.mark.parametrize("text, surface, value", [
    ("The bloc posted a €8.4 billion ($9.3) deficit in June.", "$9.3", 9.3e9),
    ("Spain followed with €96.2 billion ($106.5 billion) and Italy with €41.2 ($45.6 billion).", "€41.2", 41.2e9),
    ("Sales came to £3.1 million (about €3.6) in the quarter.", "about €3.6", 3.6e6),
])
def test_conversion_shares_the_scale(text, surface, value):
    assert typed(text)[surface][0] == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value", [
    ("The lender earned $2.4 billion ($3.10 a share) last year.", "$3.10 a share", 3.1),
    ("The fee is €4 million (€250 per seat).", "€250 per seat", 250),
])
def test_a_rate_in_brackets_keeps_its_figure(text, surface, value):
    assert typed(text)[surface][0] == pytest.approx(value)
