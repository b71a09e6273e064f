"""'Respectively', round 71 (issue 8, reference matching with the tool's own names): two
series a 'respectively' list pairs off were read as one, so the entry named with the tool's
metric could hold only one of their figures. In words of our own.

- the list's members are found before a verb the verb list does not know ("contributed",
  "chalked up"), in the list's own clause, not past an earlier clause's verb;
- growths closed by 'respectively' that name no members of their own, right after as many
  levels, are the growths of those levels' series, member by member."""

from conftest import by_surface

DAY = "2024-03-15"


def test_members_before_an_unknown_verb_in_the_lists_own_clause():
    m = by_surface("Chile's revenue from copper dropped 9.5 per cent to $1,210.4 million, while stamp duty and "
                   "property tax contributed $88.3 million and $412.6 million, respectively, in 2023.", DAY, "metric")
    assert m["$88.3 million"] == "stamp duty"
    assert m["$412.6 million"] == "property tax"
    assert m["$1,210.4 million"] == "revenue from copper"


def test_members_before_a_past_tense_and_a_floating_adverb():
    m = by_surface("In Chile, cables and ceramics also notched up strong growth of 14.2 percent and 8.9 percent, "
                   "respectively, in 2023.", DAY, "metric")
    assert m["14.2 percent"] == "cables growth"
    assert m["8.9 percent"] == "ceramics growth"


def test_growths_after_as_many_levels_are_those_levels_growths():
    m = by_surface("Hotels in Chile registered 1.4 million guests and 3.9 million overnight stays in May 2023, "
                   "increases of 12.5 percent and 17.1 percent respectively.", DAY, "metric")
    assert m["12.5 percent"].endswith("guests growth")
    assert m["17.1 percent"] == "overnight stays growth"
    assert m["12.5 percent"] != m["17.1 percent"]


def test_growths_of_one_series_levels_are_left_alone():
    # the levels are one series in two units: nothing tells the growths apart by their series
    m = by_surface("Chile exported 2.1 million tonnes of rice for 1.3 billion USD in 2023, up 8.1 percent and "
                   "11.4 percent, respectively.", DAY, "metric")
    assert "tonnes" not in (m["8.1 percent"] or "")


def test_a_list_of_members_still_names_its_growths():
    m = by_surface("In Chile, imports of fuel and of fertiliser fell by 12.4 percent and 30.2 percent, "
                   "respectively, in 2023.", DAY, "metric")
    assert m["12.4 percent"] != m["30.2 percent"]
