"""Number forms of the regions the next held-out set comes from: separators with a stray
space as typesetting leaves them, decimal commas decided per article, Central Asian and
Russian wire scale abbreviations (issue 9)."""

from __future__ import annotations

import pytest

from conftest import extracted


def _read(text: str):
    claims = extracted(text, "2024-05-01")
    return [(c.surface, c.value, c.unit) for c in claims]


@pytest.mark.parametrize("text,expected", [
    ("Sri Lanka welcomed a total of 819, 507 international visitors.",
     ("819, 507 international visitors", 819_507.0, "count")),
    ("Diamonds were 36.4 percent (P1, 290.1 million) of Botswana's exports.", ("P1, 290.1 million", 1_290.1e6, "BWP")),
    ("Exports fell from P5. 925 billion in Botswana. Imports rose.", ("P5. 925 billion", 5.925e9, "BWP")),
])
def test_a_separator_with_a_stray_space_joins_one_figure(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text,expected", [
    ("On May 12, 345 people were hurt.", [("345 people", 345.0, "count")]),  # a date's day, then a count
    ("Scores were 1, 234, 5 and 6.", [("234", 234.0, "count")]),           # a list, not one number
    ("He scored in 1995. 200 fans cheered.", [("200 fans", 200.0, "count")]),  # a full stop before a count
])
def test_a_stray_space_joins_nothing_in_a_date_a_list_or_across_a_full_stop(text, expected):
    assert [r for r in _read(text) if r[2] == "count"] == expected


@pytest.mark.parametrize("text,value,unit", [
    ("Kazakhstan's GDP reached 120 trln tenge.", 120e12, "KZT"),
    ("Uzbekistan's budget is UZS 12.3 trln this year.", 12.3e12, "UZS"),
    ("Inflation in Namibia eased to 4,2% in March from 4,7% in February.", 4.2, "percent"),
    ("The Central Bank of Armenia raised its rate to 10,75 percent.", 10.75, "percent"),
    ("Namibia's exports rose to N$1,2 billion in March, the Namibia Statistics Agency said.", 1.2e9, "NAD"),
])
def test_regional_scales_and_decimal_commas(text, value, unit):
    assert any(abs(v - value) <= 1e-9 * value and u == unit for _, v, u in _read(text)), _read(text)


def _claims(text: str):
    return [(c.surface, c.value, c.unit, c.kind)
            for c in extracted(text, "2024-05-01")]


_TABLE = """Bulgaria's trade gap widened to 6.3 billion levs in the first ten months of the year, the statistical office said.
Details follow (in millions of levs):
|Jan-Oct'18
|Exports (FOB)
|46,039.8
|Balance
|-6,303.4
Exports to the European Union grew by 4.8% and 1,200 firms exported goods in the period, the office said.
"""


def test_a_table_s_unit_note_types_its_bare_cells():
    claims = _claims(_TABLE)
    assert ("46,039.8", 46_039.8e6, "BGN", "money") in claims
    assert ("6,303.4", -6_303.4e6, "BGN", "money") in claims


def test_a_unit_note_governs_no_prose_after_the_table():
    claims = _claims(_TABLE)
    assert ("4.8%", 4.8, "percent", "percent") in claims
    assert not any(u == "BGN" and v in (1200.0, 1.2e9) for _, v, u, _ in claims)


def test_a_note_without_a_currency_is_no_unit_note():
    claims = _claims("Details follow (in millions):\n|46,039.8\n")
    assert not any(k == "money" for *_, k in claims)


@pytest.mark.parametrize("text,expected", [
    ("Tanzania earned 2.3 billion US dollars (over 5tri/-) in 2017, Tanzania said.", ("over 5tri/-", 5e12, "TZS")),
    ("Tanzania spent 20bn/- on roads, Tanzania said.", ("20bn/-", 20e9, "TZS")),
    ("Inflation in Pakistan was 2.1 p.c. in March.", ("2.1 p.c.", 2.1, "percent")),
])
def test_east_african_and_south_asian_abbreviations(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text,expected", [
    ("Coffee exports dropped to 306,315 kilogramme bags in March.", ("306,315 kilogramme bags", 306_315.0, "count")),
    ("The plant weighs 1,200 kilograms in all.", ("1,200 kilograms", 1_200.0, "kilogram")),  # a plural unit: a measure
    ("Output reached 5,000 megawatt hours.", ("5,000 megawatt hours", 5e6, "kWh")),  # a unit's own compound (energy in kWh)
])
def test_a_singular_unit_before_a_plural_noun_modifies_the_counted_noun(text, expected):
    assert expected in _read(text)


def test_a_count_and_its_share_joined_by_or_are_no_range_of_percentages():
    claims = _read("Statistics showed 3,037,700 or 81.3% of all visitors travelled by air.")
    assert ("3,037,700", 3_037_700.0, "count") in claims and ("81.3%", 81.3, "percent") in claims


@pytest.mark.parametrize("text,expected", [
    ("Kazakhstan's GDP grew 5.1% to 119,2 trillion tenge in 2023.", ("119,2 trillion tenge", 119.2e12, "KZT")),
    ("Armenia's GDP grew 8.7% in 2023; inflation was 2,5 percent, Yerevan said.", ("2,5 percent", 2.5, "percent")),
])
def test_a_lone_decimal_comma_before_a_scale_or_percent_is_decimal_in_a_point_article(text, expected):
    assert expected in _read(text)


def test_a_comma_before_three_digits_still_groups_thousands_in_a_point_article():
    assert ("1,234 million units", 1_234e6, "count") in _read("Sales rose 1,234 million units in 2023, up 4.5%.")


def test_a_length_before_a_plural_noun_stays_a_length():
    assert _read("They built 1,200 kilometre roads.") == [("1,200 kilometre", 1_200.0, "kilometer")]
