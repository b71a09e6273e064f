"""Areas as estate agents and land registries print them, with no space: "sqm", "sq.m",
"sqft" (round 69's first scoring on the unseen set ie–ik: office rents "CZK 400 per sqm" kept
"sqm" as a word of their own, so no rent per square metre met its reference)."""

import pytest

from conftest import by_surface


@pytest.mark.parametrize("text, surface, unit", [
    ("Office rents reached CZK 400 per sqm in Prague.", "CZK 400 per sqm", "CZK / square_meter"),
    ("Rents were CZK 373/sqm in the centre.", "CZK 373/sqm", "CZK / square_meter"),
    ("The flat has 85 sqm of floor space.", "85 sqm", "square_meter"),
    ("The flat has 85 sq.m of floor space.", "85 sq.m", "square_meter"),
    ("Land sells at $40 per sqft downtown.", "$40 per sqft", "USD / square_foot"),
])
def test_an_area_spelt_without_a_space_is_read(text, surface, unit):
    assert by_surface(text, "2022-11-02", "unit")[surface] == unit


def test_square_miles_are_not_square_metres():
    assert by_surface("The park covers 12 sq mi.", "2022-11-02", "unit")["12 sq mi"] == "square_mile"
