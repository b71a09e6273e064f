"""One series, one name (issue 8), round 49: a figure restated in another sentence (a headline
above its body, a body sentence taking up a figure said before) is named in each sentence
from its own words; where one mention's words name no series by a noun of one (a headline's
verb, "individuals", "transfers"), it takes the name the other mention gives by a series
noun, so that the relations engine pairs the two. Two series names that disagree, a figure
of two significant digits whose own name is a noun phrase, and mentions a period sets apart
stay as they are. Each in words of our own."""

from __future__ import annotations

import pytest

from conftest import extracted


DAY = "2024-03-10"


def metrics(text: str) -> list:
    return [(c.surface, c.metric) for c in extracted(text, DAY)]


@pytest.mark.parametrize("text,restated,named", [
    # a headline's noun that names who, not which series
    ("Ruritania Welcomes 2.36 Million Travellers\n\nRuritania received 2.36 million visitors in 2023, "
     "up from 2.11 million a year earlier.", "2.36 Million Travellers", "2.36 million visitors"),
    # the same figure taken up by a generic noun in the next sentence
    ("Remittances to Ruritania reached $2.46 billion in 2023, the central bank said. Households nets "
     "$2.46 billion in transfers, the board added.", 1, 0),
    # a noun of who is counted
    ("Visitor arrivals reached 318,450 in June. Officials counted 318,450 individuals at the border in June.",
     "318,450 individuals", "318,450"),
])
def test_a_restated_figure_takes_the_series_name_of_its_other_mention(text, restated, named):
    found = metrics(text)
    by = (lambda k: found[k][1]) if isinstance(restated, int) else (lambda k: dict(found)[k])
    assert by(named) is not None
    assert by(restated) == by(named)


@pytest.mark.parametrize("text", [
    # two series nouns that disagree: two series with one value
    "Ruritania's exports reached $3.47 billion in May. Imports were also $3.47 billion in May.",
    "Ruritania's coffee harvest reached 1.13 million bags in January. Coffee exports were 1.13 million bags in January.",
    # a figure of two significant digits recurs by chance: its own noun phrase stays
    "Copper prices rose 5.3% in June. Ruritania's exports rose 5.3% in June.",
    # another period: another count
    "Visitor arrivals reached 318,450 in June. Officials counted 318,450 people at the border in May.",
])
def test_figures_of_one_value_named_apart_stay_apart(text):
    names = [m for _, m in metrics(text)]
    assert len(set(names)) == len(names)
