"""A gapped list of percentage-point changes (issue 9, counted things and names): "increased
2.7 percentage points, in the U.K. 2.6 percentage points, in Germany four percentage points"
prints each item's figure after a place's name, which read as a name's number ("Boeing 737")
unless a "%" or "per cent" followed. A difference of percentages, however printed, is no
name's number. Sentences of our own."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions import scan_sentence


@pytest.mark.parametrize("unit_words, unit", [("percentage points", "percentage_point"),
                                              ("basis points", "percentage_point"), ("pct", "percent")])
def test_every_item_of_a_gapped_list_is_read(unit_words, unit):
    s = (f"Mortgage debt rose 2.7 {unit_words}, in the U.K. 2.6 {unit_words}, in Germany 4 {unit_words} "
         f"and in Japan 4.9 {unit_words}.")
    got = [(m.raw, m.unit) for m in scan_sentence(s, {})]
    assert got == [("2.7", unit), ("2.6", unit), ("4", unit), ("4.9", unit)]


def test_a_names_number_before_plain_points_stays_a_name():
    # index points are no percentage: "Nasdaq 45 points" may be a name's number, as before
    got = [m.raw for m in scan_sentence("The index fell 120 points and Nasdaq 100 futures fell.", {})]
    assert got == ["120"]
