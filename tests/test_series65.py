"""series65: the level a stated change reaches or is measured from is of the change's
series; a subject read past any preposition of time names its series."""

from conftest import checked_by_surface, flagged_reasons


def _series(text: str, date: str) -> dict:
    from factcheck.relations.graph import Graph

    by = checked_by_surface(text, date)
    return {n.claim.surface: n.series for n in Graph.build(list(by.values())).nodes}


def test_reached_level_takes_the_changes_series():
    text = ("Trade\n\nTotal imports increased by 3.67 per cent in the first quarter of the year compared to "
            "the value recorded in the fourth quarter of 2022 ($5.36 billion). Three-wheeler sales grew by "
            "37 per cent y-o-y, to a total of $13.9 million, while car sales fell.\n")
    series = _series(text, "2023-05-05")
    assert series["$5.36 billion"] == series["3.67 per cent"] and series["$5.36 billion"]
    assert series["$13.9 million"] == series["37 per cent"] and series["$13.9 million"]
    # a noun of another series between them keeps them apart: no flag
    text = ("Tourism in October\n\n"
            "There were 5,550, or 18 percent, fewer cruise ship passengers and 1,400, or 35 percent "
            "fewer land tourists during the month.\n")
    assert flagged_reasons(checked_by_surface(text, "2008-11-05")) == {}


def test_subject_read_past_any_preposition_of_time():
    text = ("Budget\n\n"
            "As noted earlier by the Ministry of Finance, the state budget deficit after January 2025 was "
            "PLN 3,205.6 billion. The public debt at the end of 2024 stood at PLN 1.7 trillion.\n")
    by = checked_by_surface(text, "2025-03-05")
    assert by["PLN 3,205.6 billion"].metric == "state budget deficit"
    assert by["PLN 1.7 trillion"].metric == "public debt"
