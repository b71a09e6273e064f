"""The figure a change is measured from ('down 3% from the 900,000 crates shipped a year
before', 'compared with 16,100 vehicles') is a level of the series whose change the
clause states, not of the noun it counts: with 'crates' or 'vehicles' as its metric, the
bases of two series counted in one unit (output and shipments) got one key and could not
be told apart. A count whose own clause names the series keeps its reading."""

import pytest

from conftest import by_surface


DAY = "2024-03-15"


@pytest.mark.parametrize("text,expected", [
    # a base after a change stated with a percentage
    ("Over the season, tomato shipments topped 850,000 crates, down 4% from the 890,000 crates shipped a year before.",
     {"890,000 crates": "tomato shipments"}),
    # a base after the level a change reached, with words between the preposition and the figure
    ("Deliveries of buses rose by 12% to 3,420 vehicles compared with a record low of 3,050 vehicles in 2022.",
     {"3,050 vehicles": "deliveries of buses"}),
    # a percentage with no series of its own: the level before it names the series
    ("Bean output was 2,100 sacks, 9% down from the 2,310 sacks harvested a year earlier.",
     {"2,310 sacks": "bean output"}),
    # a change noun after the percentage
    ("In March the rice harvest came to 640 sacks, a 7% drop against the 690 sacks picked a year earlier.",
     {"690 sacks": "rice harvest"}),
])
def test_base_of_a_change_takes_the_series(text, expected):
    got = by_surface(text, DAY, "metric")
    for surface, metric in expected.items():
        assert got[surface].lower() == metric.lower(), (surface, got)


def test_counted_figure_in_its_own_clause_keeps_its_noun():
    # no preposition of comparison between the figures: two statements, two series
    got = by_surface("Car makers built 20,700 units and 16,100 units went abroad.", DAY, "metric")
    assert got["16,100 units"] != "car makers built"
