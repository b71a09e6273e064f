"""Currencies several countries share, resolved by the article's country; local signs and
abbreviations; multipliers, fractions, age ranges, direction words, number forms (issue 9)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article

from conftest import extracted


def _typed(text: str):
    return [(c.surface, round(c.value, 6), c.unit, c.kind)
            for c in extracted(text, "2024-05-01")]


@pytest.mark.parametrize("text,unit", [
    ("Morocco's trade deficit widened to 190.2 billion dirhams, the office in Rabat said.", "MAD"),
    ("Dubai's non-oil trade reached 1.2 trillion dirhams.", "AED"),
    ("Exports rose to 4.5 billion dinars, the Tunisian statistics institute said.", "TND"),
    ("Kuwait's budget deficit is 5.9 billion dinars.", "KWD"),
    ("Oman's revenue came to 11.2 billion rials.", "OMR"),
    ("Saudi Arabia's exports totalled 120 billion riyals.", "SAR"),
    ("Prices in Pakistan rose to Rs 250 a litre.", "PKR / liter"),
    ("Sri Lanka earned 450 billion rupees from tourism.", "LKR"),
    ("Chile's copper exports reached 3.1 trillion pesos.", "CLP"),
    ("Norway's wealth fund gained 2.5 trillion crowns.", "NOK"),
    ("Uganda collected 25 trillion shillings in tax.", "UGX"),
    ("Bread in Egypt now costs 20 pounds.", "EGP"),
    ("Senegal raised 500 billion CFA francs in bonds.", "XOF"),
    ("Cameroon's budget is 6.7 trillion CFA francs.", "XAF"),
    ("Cameroon's budget is 6.7 trillion francs CFA.", "XAF"),  # the name as French-speaking copy orders it
    ("Senegal raised 500 billion francs CFA in bonds.", "XOF"),
    ("Zambia's farmers were paid K2.5 billion.", "ZMW"),
])
def test_a_shared_currency_name_is_the_article_country_s(text, unit):
    money = [t for t in _typed(text) if t[3] == "money"]
    assert money and money[0][2] == unit


@pytest.mark.parametrize("text,unit", [
    ("In Sweden, a Tunisian firm paid 40 million Tunisian dinars.", "TND"),  # qualified beats the country
    ("The Jordanian dinar: Amman spent 2 billion Jordanian dinars.", "JOD"),
    ("The fund holds 3 billion Swiss francs.", "CHF"),
    ("Remittances reached 5.6 billion Philippine pesos.", "PHP"),
])
def test_a_qualified_name_is_its_own_country_s(text, unit):
    assert [t[2] for t in _typed(text) if t[3] == "money"] == [unit]


def test_with_no_country_named_the_family_default_holds():
    assert _typed("Profit reached 30 million dinars.")[0][2] == "KWD"
    assert _typed("It costs 5 pesos.")[0][2] == "MXN"


@pytest.mark.parametrize("text,expected", [
    ("It cost about 150 Kč.", ("about 150 Kč", 150.0, "CZK", "money")),
    ("A coffee is 12 zł.", ("12 zł", 12.0, "PLN", "money")),
    ("The fee rose to 2,000 Ft.", ("2,000 Ft", 2000.0, "HUF", "money")),
    ("Astana spent ₸450 billion.", ("₸450 billion", 450e9, "KZT", "money")),
    ("The price is S/ 45 in Lima.", ("S/ 45", 45.0, "PEN", "money")),
    ("Remittances hit J$5 billion.", ("J$5 billion", 5e9, "JMD", "money")),
    ("The fare is TT$12.", ("TT$12", 12.0, "TTD", "money")),
    ("Namibia raised N$3.1 billion.", ("N$3.1 billion", 3.1e9, "NAD", "money")),
    ("Kuwait approved KD1.5 billion.", ("KD1.5 billion", 1.5e9, "KWD", "money")),
    ("Kampala collected USh2.1 trillion.", ("USh2.1 trillion", 2.1e12, "UGX", "money")),
    ("Kampala collected Ushs 2.1 trillion.", ("Ushs 2.1 trillion", 2.1e12, "UGX", "money")),
    ("Dodoma spent Tshs 5 billion.", ("Tshs 5 billion", 5e9, "TZS", "money")),
    ("The levy is 120 million lari.", ("120 million lari", 120e6, "GEL", "money")),
    ("Spending reached 2.3 billion soles.", ("2.3 billion soles", 2.3e9, "PEN", "money")),
    ("Imports cost 9 billion quetzales.", ("9 billion quetzales", 9e9, "GTQ", "money")),
])
def test_local_signs_and_names(text, expected):
    assert _typed(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The Model K500 has 300 horsepower.",        # a glued K with no kwacha country named
    "Group P20 met in Rome.",
])
def test_a_shared_glued_sign_needs_its_country(text):
    assert all(t[3] != "money" for t in _typed(text))


def test_pounds_of_weight_stay_weight_where_no_pound_country_is_named():
    assert _typed("He lifted 200 pounds.")[0][3] == "measure"


@pytest.mark.parametrize("text,expected", [
    ("It received more than twice the value.", ("more than twice", 2.0, "times", "multiplier")),
    ("Output grew 1.5 times over the decade.", ("1.5 times", 1.5, "times", "multiplier")),
    ("Exports rose ninefold.", ("ninefold", 9.0, "times", "multiplier")),
])
def test_a_multiplier_is_in_times(text, expected):
    assert _typed(text)[0] == expected


def test_a_fraction_of_a_percentage_point():
    assert ("0.1 of a percentage point", 0.1, "percentage_point", "percentage_point") in \
        _typed("The employment rate was 57.5%, up 0.1 of a percentage point.")


def test_an_age_range_after_aged_between():
    assert _typed("Inactivity fell among people aged between 15 and 64.")[0][2:] == ("year", "duration")


@pytest.mark.parametrize("text,expected", [
    ("Exports rose by a fifth to €3 billion.", ("a fifth", 20.0, "percent", "percent")),
    ("Imports fell by one-third last year.", ("one-third", 33.3333, "percent", "percent")),
    ("Only half as many moved to Sweden in 2010 as in 2009.", ("half", 0.5, "times", "multiplier")),
    ("The rate rose by a third of a percentage point.", ("a third of a percentage point", 0.3333,
                                                         "percentage_point", "percentage_point")),
])
def test_fractions_as_changes_multipliers_and_points(text, expected):
    assert _typed(text)[0] == expected


def test_a_fraction_that_is_a_time_of_day_is_not_a_claim():
    assert _typed("We met at a quarter to five.") == []


@pytest.mark.parametrize("text,surface,direction", [
    ("Shares are up nearly 57% after plummeting 65% in 2022.", "65%", "down"),
    ("Output is slumping, shrinking 3.1% in May.", "3.1%", "down"),
    ("Prices are skyrocketing, rocketing 40% this year.", "40%", "up"),
])
def test_direction_words_in_every_inflection(text, surface, direction):
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))
    assert {c.surface: c.direction for c in claims}[surface] == direction


@pytest.mark.parametrize("text,expected", [
    ("Exports reached RM1.2bil last year.", ("RM1.2bil", 1.2e9, "MYR", "money")),
    ("Manila lent P3.5 bil to Chile, the Philippines said.", ("P3.5 bil", 3.5e9, "PHP", "money")),
    ("Kenya raised KSh 5.2bn.", ("KSh 5.2bn", 5.2e9, "KES", "money")),
    ("Malawi's budget is MK2.5 trillion.", ("MK2.5 trillion", 2.5e12, "MWK", "money")),
    ("Tanzania collected TSh 3 trillion.", ("TSh 3 trillion", 3e12, "TZS", "money")),
    ("Debt reached AR$ 5 million.", ("AR$ 5 million", 5e6, "ARS", "money")),
])
def test_more_local_forms(text, expected):
    assert _typed(text)[0] == expected


def test_a_figure_after_a_year_and_a_dash_is_no_fiscal_year():
    surfaces = [t[0] for t in _typed("Births in 2010 - 57,000 girls and 60,000 boys - rose 3 percent.")]
    assert "57,000 girls" in surfaces


def test_two_levels_in_brackets_after_a_change_are_a_pair():
    claims = extract(Article(id="t", path="t.txt", sha256="0", date="2024-05-01",
                             text="The volume increase was 0.85% (from 418,200 tons to 421,770 tons)."))
    later = {c.surface: c for c in claims}["421,770 tons"]
    assert (later.value, later.unit, later.base_value) == (421770.0, "tonne", 418200.0)


@pytest.mark.parametrize("text,expected", [
    ("Morocco's deficit hit MAD 190.2 billion.", ("MAD 190.2 billion", 190.2e9, "MAD", "money")),
    ("Rabat said trade reached 5 billion DH in Morocco.", ("5 billion DH", 5e9, "MAD", "money")),
    ("Georgia's budget grew by GEL 100 million.", ("GEL 100 million", 1e8, "GEL", "money")),
])
def test_codes_read_only_before_a_number(text, expected):
    assert _typed(text)[0] == expected


def test_an_acronym_that_is_a_code_is_not_money_alone():
    assert all(t[2] != "MAD" for t in _typed("Mutually assured destruction (MAD) kept 2 powers apart."))
    assert all(t[2] != "MAD" for t in _typed("Sales hit 5 million as MAD 2 fans queued."))  # no Morocco named


def test_a_from_to_pair_across_a_season_and_a_hedge():
    claims = extract(Article(id="t", path="t.txt", sha256="0", date="2024-05-01",
                             text="Shipments fell from 5,849 tonnes in 2012-2013 to only 2,268 this season."))
    later = {c.surface: c for c in claims}["2,268"]
    assert (later.unit, later.kind, later.base_value) == ("tonne", "measure", 5849.0)


def test_one_space_group_is_one_number_where_the_article_groups_with_spaces():
    text = "The population is 10 512 000. A coffee costs 1 200 Ft and a flat 15 000 euros."
    assert [t[:3] for t in _typed(text)][1:] == [("1 200 Ft", 1200.0, "HUF"), ("15 000 euros", 15000.0, "EUR")]


def test_one_space_group_stays_two_numbers_elsewhere():
    assert ("200 people", 200.0, "count", "count") in _typed("In 2019 200 people died; 1,234 were hurt.")
