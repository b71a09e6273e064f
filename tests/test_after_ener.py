"""Classes read after the first scoring of the twenty-ninth held-out set (en–er), each
phrased unlike the article that showed it. End to end: text in, frames and flags out."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons

# Two statements of one quarter, each set by a participle against its own figure a year
# before; both earlier figures are named only by the noun they count ("visitors").
TWO_COMPARANDS = ("In its review for the quarter, the bank noted: “Quarterly guest arrivals grew by 12.2 percent to "
                  "1.7 million, {verb} the 1.5 million visitors a year earlier. Underpinning this development, air "
                  "traffic expanded by 13.9 percent to 1.48 million arrivals, {verb2} the 1.3 million visitors in "
                  "the comparable period of the previous year.”")


def test_comparands_set_against_two_statements_by_a_participle_are_two_series(tmp_path):
    by = checked_by_surface(TWO_COMPARANDS.format(verb="surpassing", verb2="exceeding"))
    assert by["1.5 million visitors"].metric == by["1.3 million visitors"].metric  # named alike …
    assert not flagged_reasons(by)  # … but each is the base of its own statement's series


def test_one_figure_stated_twice_with_a_participle_before_it_is_still_compared(tmp_path):
    text = ("Hotel check-ins reached 1,318,400 in the second quarter of 2031, exceeding the 1.2 million of a "
            "year before, the tourism office said.\n\n"
            "Check-ins in the second quarter of 2031 totalled 1,381,400, the office added.")
    flags = flagged_reasons(checked_by_surface(text))
    assert "1,318,400" in flags or "1,381,400" in flags
