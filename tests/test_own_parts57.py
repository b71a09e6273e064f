"""A figure followed by a clause of composition introduces its own parts (issue 8, a flag
on clean text): "fruit exports reached $2.3 billion, which was mainly made up of avocados
($925 million) and grapes ($538 million)" lists the fruit figure and its parts, not three
siblings that split the larger total stated before. A list of siblings still splits that
total. In words of our own."""

from __future__ import annotations

from conftest import flags

WHOLE = ("Malawi's tea and coffee exports from January to June 2031 rose by 18 percent to total "
         "US$ 1.9 billion, the board said.\n\n")


def test_the_parts_of_a_figure_made_up_of_them_are_not_its_siblings():
    for clause in ("which was mainly made up of", "consisting of", "comprising", "of which", "led by", "mainly"):
        text = WHOLE + (f"Tea exports reached $1.5 billion, {clause} black tea (US$640 million) and green tea "
                        "($410 million), together accounting for 70 percent of the total.\n")
        assert flags(text, "2031-08-01") == [], clause


def test_a_list_of_siblings_still_splits_the_total_before_it():
    text = WHOLE + "Tea exports reached $1.27 billion and coffee exports $630 million.\n"
    assert flags(text, "2031-08-01") == []
    slipped = text.replace("$1.27 billion", "$1.72 billion")
    assert any("1.72 billion" in r and "transposed" in r for r in flags(slipped, "2031-08-01"))
    # a sibling with a word of its own after it is still a sibling
    text = WHOLE + "Tea exports reached $1.72 billion, mainly to Europe, and coffee exports $630 million.\n"
    assert any("1.72 billion" in r for r in flags(text, "2031-08-01"))
