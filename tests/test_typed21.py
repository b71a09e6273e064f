"""Typed extraction classes found on the spent sets after ay–bc's scoring (issue 9): energy
in one unit whatever SI prefix is printed."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _read(text: str):
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))
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
