"""The year an undated text is about, in texts of our own: a year it names only as the base of
a comparison (in any of the ways a base is named) puts it in the year after; the latest year
it states as a fact lifts a lower bound its past tense gives. Dated texts are read by their date alone."""

import pytest

from conftest import extracted
from factcheck.extract import frame
from factcheck.extract.claims import _latest_year


def _periods(text, day=None):
    return {c.surface: c.period for c in extracted(text, day)}


@pytest.mark.parametrize("base", [
    "compared with 548,858 units in 2018",        # the year of a figure compared with
    "up 5% over the same period in 2018",           # the same part of that year
    "a 5% increase from September 2018",            # a month of it
    "5% more than took place in January 2018",
    "(2018: 548,858 units)",                        # a prior-year figure in brackets
    "(548,858 units in 2018)",
])
def test_a_year_named_only_as_a_base_puts_an_undated_text_in_the_year_after(base):
    p = _periods(f"Car sales reached 610,000 units in the first ten months, {base}.")
    assert p["610,000 units"] == "2019-01/2019-10"


def test_a_year_a_plan_starts_from_is_no_base():
    assert frame.year_after_base("Starting from 2026, the ministry will cut tariffs.") is None


def test_a_base_year_outranks_an_older_year_the_past_tense_bounds():
    p = _periods("The port authority was founded in 2001. Cargo reached 4.1 million tonnes in the first "
                 "half, up 6% compared to the same period in 2018.")
    assert p["4.1 million tonnes"] == "2019-H1"


def test_the_latest_year_an_undated_text_states_lifts_an_older_past_tense_bound():
    p = _periods("The plant opened in 2009. The 2022 harvest is 3.1 million tonnes, and exports in "
                 "January are 120,000 tonnes.")
    assert p["120,000 tonnes"] == "2022-01"
    # a forecast's year is not one the text reports, nor the end of a range
    assert _latest_year("Exports rose 5% in 2019. Exports will reach 2 million tonnes in 2026.") == 2019
    assert _latest_year("Profit rose 9% in 2024 under the bank's 2023–2027 strategy.") == 2024


def test_a_dated_text_is_read_by_its_date_alone():
    p = _periods("Car sales reached 610,000 units in the first ten months, compared with 548,858 units in 2018.",
                 "2021-11-15")
    assert p["610,000 units"] == "2021-01/2021-10"
