"""Published slips the engine caught on annotated frames but lost on the tool's own (our
own sentences): conversions in the rows of a table whose period a heading states, a
conversion too coarse to be the yardstick, and a growth in a sentence that refers back to
the figure of the one before ("This was 220% more than in February")."""

from __future__ import annotations

import pytest

from conftest import inconsistent


def _inconsistent(text: str) -> set[str]:
    return inconsistent(text, "2024-05-14")


_TABLE = ("The Ministry of Finance published the draft budget for the fiscal year 2015 on Monday.\n\n"
          "Main figures of the budget\n\n"
          "Total revenue 1,580,400m CFA (2,000m GBP)\n\n"
          "Oil revenue 1,185,300m CFA (1,500m GBP)\n\n"
          "Other revenue {other} CFA (500m GBP)\n\n"
          "Total spending 1,975,500m CFA (2,500m GBP)")


_UNITS = ("The airline unit earned AED 17.2 billion (US$ 4.7 billion) on revenue of AED {revenue} billion "
          "(US$ 33.0 billion), and the catering unit earned AED 1.4 billion (US$ 0.4 billion) on revenue of "
          "AED 19.2 billion (US$ 5.2 billion).")


_BACK = ("The current account deficit for March 2024 stood at $1.10 billion. This was {growth} more than the "
         "deficit in February, when it was $500 million.")


@pytest.mark.parametrize("text, flagged", [
    # each row is a paragraph of its own, the period carried from the text above them
    (_TABLE.format(other="395.100m"), {"395.100m CFA"}),
    (_TABLE.format(other="395,100m"), set()),
    # "AED 1.4 billion (US$ 0.4 billion)" allows any rate from 3.1 to 4.0: it agrees with
    # the slip as well as with the others, and must not vouch for it
    (_UNITS.format(revenue="132.2"), {"AED 132.2 billion"}),
    (_UNITS.format(revenue="121.2"), set()),
    # 1.10 / 0.5 − 1 = 120%: "220% more" is the ratio read as a rise
    (_BACK.format(growth="220%"), {"220%"}),
    (_BACK.format(growth="120%"), set()),
], ids=["table-row-slip", "table-rows-agree", "coarse-not-yardstick", "coarse-beside-agreeing",
        "growth-referring-back", "growth-referring-back-holds"])
def test_flags(text, flagged):
    assert _inconsistent(text) == flagged


def test_a_growth_not_referring_back_keeps_a_carried_period_unsure():
    # no "This was": the figure's period is carried from a sentence it does not name
    text = ("The current account deficit for March 2024 stood at $1.10 billion. Imports rose 220% "
            "against February, when the deficit was $500 million.")
    assert "220%" not in _inconsistent(text)
