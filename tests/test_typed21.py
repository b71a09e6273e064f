"""Typed extraction classes found on the spent sets after ay–bc's scoring (issue 9): energy
in one unit whatever SI prefix is printed, a table column's percent label typing its bare
cells, and a lone decimal point in an article that groups thousands with dots."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article

from conftest import extracted


def _read(text: str):
    claims = extracted(text, "2024-05-01")
    return [(c.surface, c.value, c.unit, c.kind) for c in claims]


@pytest.mark.parametrize("text,expected", [
    ("Wind farms generated 412.5 GWh last week.", ("412.5 GWh", 412.5e6, "kWh", "measure")),
    ("The grid carried 3.2 TWh in March.", ("3.2 TWh", 3.2e9, "kWh", "measure")),
    ("Each home used 250 kilowatt-hours in May.", ("250 kilowatt-hours", 250.0, "kWh", "measure")),
    ("The plant sold 80 megawatt hours on Monday.", ("80 megawatt hours", 80e3, "kWh", "measure")),
    ("The pack stores 640 Wh of charge.", ("640 Wh", 0.64, "kWh", "measure")),
])
def test_energy_is_kilowatt_hours_whatever_prefix_is_printed(text, expected):
    assert expected in _read(text)


def test_a_percent_column_types_its_bare_cells():
    text = ("Port | Cargo 2023 | Cargo 2022 | Growth (%) |\n"
            "---|---|---|---|\n"
            "Koper | 22.430.100 | 21.904.200 | 2.4 |\n"
            "Rijeka | 13.102.900 | 12.871.300 | 1.8 |\n")
    got = _read(text)
    assert ("2.4", 2.4, "percent", "percent") in got
    assert ("1.8", 1.8, "percent", "percent") in got
    assert ("22.430.100", 22430100.0, "count", "count") in got  # the other columns stay counts


@pytest.mark.parametrize("text,expected", [
    ("Arrivals rose to 1.204.330 from 1.150.002, a gain of 4.7 on the year.", ("4.7", 4.7)),
    ("The city counted 2.310.500 residents and 3.6 persons per household.", ("3.6 persons per household", 3.6)),
])
def test_a_lone_point_before_one_or_two_digits_is_decimal_where_dots_group_thousands(text, expected):
    assert expected in [(s, v) for s, v, _, _ in _read(text)]


def test_a_change_column_labelled_percent_makes_its_cells_growths_with_the_arrow_s_direction():
    text = ("Port | Cargo 2023 | Cargo 2022 | Change (%) |\n"
            "---|---|---|---|\n"
            "Koper | 22.430.100 | 21.904.200 | ▲ 2.4 |\n"
            "Bar | 1.102.900 | 1.171.300 | ▼ 5.8 |\n")
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))
    got = {c.surface: (c.kind, c.role, c.direction) for c in claims}
    assert got["2.4"] == ("percent", "growth", "up")
    assert got["5.8"] == ("percent", "growth", "down")
