"""`misprint`: two figures the frame names apart, one misprint from each other. End to end:
text in, flags out; each case phrased unlike any corpus article."""

from __future__ import annotations

import pytest

from conftest import checked_by_surface
from conftest import flagged_reasons


@pytest.mark.parametrize("text, wrong, kind", [
    # two digits swapped, the digits then the very digits of the other
    ("Pension outlays came to 4,718 million rand in 2031. The state's grants bill reached 4,178 million rand in 2031.",
     "4,178 million rand", "two digits"),
    # a scale word off, the digits agreeing to the coarser figure's rounding
    ("The fund's assets stood at €2.43 billion at the end of 2031. Its holdings were worth €2.4 trillion at the end "
     "of 2031.", "€2.4 trillion", "scale word"),
    # a moved point
    ("In 2031 the council spent £12.64 million on roads. Road works took £1.264 million in 2031.",
     "£1.264 million", "decimal point"),
])
def test_two_names_one_misprint_apart_flag_the_misprint(tmp_path, text, wrong, kind):
    flags = flagged_reasons(checked_by_surface(text))
    assert wrong in flags, flags
    assert kind in flags[wrong]


@pytest.mark.parametrize("text", [
    # short figures look alike by chance: a point moved in "4.1%" gives "0.41%", not "0.4%"
    "Exports grew 4.1% in the first five months of 2031. Imports grew 0.4% in the first five months of 2031.",
    # two digits swapped in a two-digit figure: as often two figures
    "The current account deficit reached 1.7 billion euros in November 2031. The energy deficit was 7.1 billion "
    "euros in November 2031.",
    # a moved point that only meets the other within its rounding ("1.01" → "10.1" beside "10.13")
    "Revenue reached KD 10.13 billion from April to October 2031. Spending was KD 1.01 billion from April to "
    "October 2031.",
    # two subjects: two figures, whatever their digits
    "Kenya's pension outlays came to 4,718 million shillings in 2031. Uganda's reached 4,178 million shillings in "
    "2031.",
    # two periods
    "Pension outlays came to 4,718 million rand in 2031. The grants bill reached 4,178 million rand in 2030.",
])
def test_figures_that_merely_look_alike_raise_nothing(tmp_path, text):
    assert not flagged_reasons(checked_by_surface(text)), text


def test_three_digit_percentages_swapped_are_two_rates_not_one_misprinted(tmp_path):
    text = ("Wholesale deliveries of the model rose 35.2 percent in June 2031. Shipments abroad of the model rose "
            "53.2 percent in June 2031.")
    assert not flagged_reasons(checked_by_surface(text))
    # four digits are a misprint still
    text = ("Wholesale deliveries of the model rose 35.27 percent in June 2031. Deliveries to dealers of the model "
            "rose 53.27 percent in June 2031.")
    assert flagged_reasons(checked_by_surface(text))
