"""Numbers whose unit, scale or period the text gives elsewhere (issue 9, typed61): a delimited
table's header labels give the cells below their currency, scale, physical unit and period
(bar-delimited rows, tab-delimited rows, and web tables flattened a cell a line); an ordinal
of grouped thousands is an ordinal; a bare scaled figure continuing the account of the
sentence before it, in a text of one currency, is in that currency."""

from __future__ import annotations

import pytest

from conftest import by_surface

DAY = "2024-05-01"

_PIPE = ("Trade with partners\n\n"
         "Country | 2022 – USD Billions | 2023 – USD Billions | Change (%) |\n"
         "---|---|---|---|\n"
         "China | 45.3 | 50.1 | 10.6 |\n"
         "India | 12.7 | 13.2 | 3.9 |\n")


def test_a_pipe_header_gives_its_cells_currency_scale_and_period():
    got = by_surface(_PIPE, DAY, "value", "unit", "kind", "period")
    assert got["45.3"] == (45.3e9, "USD", "money", "2022")
    assert got["50.1"] == (50.1e9, "USD", "money", "2023")
    assert got["13.2"] == (13.2e9, "USD", "money", "2023")


def test_a_change_column_compares_the_two_period_columns_before_it():
    got = by_surface(_PIPE, DAY, "period", "base_period", "unit")
    assert got["10.6"] == ("2023", "2022", "percent")


@pytest.mark.parametrize("label,cell,want", [
    ("Production (tonnes)", "1,200", (1200.0, "tonne", "measure")),
    ("Value (EUR million)", "45.2", (45.2e6, "EUR", "money")),
    ("Visitors (thousands)", "15", (15000.0, "count", "count")),
])
def test_a_tab_header_label_gives_its_unit_and_scale(label, cell, want):
    text = f"Output by region\n\nRegion\t{label}\tShare\nNorth\t{cell}\t12\nSouth\t30.1\t8\n"
    assert by_surface(text, DAY, "value", "unit", "kind")[cell] == want


def test_a_label_of_two_scales_decides_nothing():
    text = "Country | 2022 – USD Billions/Millions | Notes |\n---|---|---|\nChina | 45.3 | x |\n"
    assert by_surface(text, DAY, "unit")["45.3"] == "count"


def test_a_web_table_flattened_a_cell_a_line_gives_column_periods_and_row_series():
    text = ("Bulgaria's trade gap widened in the first ten months of the year.\n"
            "Details follow (in millions of levs):\n"
            "|Jan-Oct'18\n|Jan-Oct'17\n|Oct'18\n|Oct'17\n"
            "|Exports (FOB)\n|46,039.8\n|45,386.6\n|5,376.1\n|5,005.2\n"
            "|Balance\n|-6,303.4\n|-3,019.3\n|-821.9\n|452.4\n"
            "source: NSI\n")
    got = by_surface(text, "2018-12-11", "period", "role", "metric")
    assert got["45,386.6"] == ("2017-01/2017-10", "level", "Exports")
    assert got["5,005.2"][0] == "2017-10"
    assert got["3,019.3"] == ("2017-01/2017-10", "level", "Balance")  # the sign is no fall


@pytest.mark.parametrize("text,surface,value", [
    ("The museum welcomed its 1,000,000th visitor on Monday.", "1,000,000th visitor", 1e6),
    ("It marked the 10,000th call of a cruise ship at the port.", "10,000th", 1e4),
])
def test_an_ordinal_of_grouped_thousands_is_an_ordinal(text, surface, value):
    assert by_surface(text, DAY, "value", "kind")[surface] == (value, "ordinal")


def test_a_bare_figure_continuing_the_account_before_it_takes_its_currency():
    text = "The state budget for 2024 is set at 300 billion gourdes. Health gets 30 billion, education 45 billion."
    units = by_surface(text, DAY, "unit")
    assert units["30 billion"] == units["45 billion"] == "HTG"


def test_a_count_after_money_stays_a_count():
    text = "Tourism earned $3 billion last year. Arrivals reached 1.2 million."
    assert by_surface(text, DAY, "unit")["1.2 million"] == "count"
