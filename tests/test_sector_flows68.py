"""A sector that is its sentence's subject owns the bare money flows the sentence states
(issue 8, metric identity): "the oil and gas sector had suffered a deficit of $0.68 billion,
with exports of $1.27 billion and imports of $1.95 billion" names the sector's exports and
imports, which the engine had set against the country's total exports as the deficit's sides.
Sentences of our own."""

from __future__ import annotations

from conftest import checked_by_surface

DAY = "2017-09-15"


def test_a_subject_sector_names_its_flows():
    by = checked_by_surface("The statistics office said that the fisheries sector had recorded a surplus of "
                            "$0.42 billion in August, with exports of $1.37 billion and imports of $0.95 "
                            "billion.\n", DAY)
    assert by["$1.37 billion"].metric == "fisheries exports"
    assert by["$0.95 billion"].metric == "fisheries imports"


def test_a_fronted_sector_names_its_flows():
    by = checked_by_surface("In the mining sector, exports reached $2.1 billion and imports $0.9 billion "
                            "in August.\n", DAY)
    assert by["$2.1 billion"].metric == "mining exports"


def test_the_sectors_flows_are_not_the_totals_sides():
    # (a guard: this text's clean scan flags nothing before the rule either)
    text = ("Total exports reached $15.21 billion in August 2017 and total imports $13.49 billion. "
            "The statistics office said that the oil and gas sector had suffered a deficit of $0.68 billion "
            "in August 2017, with exports of $1.27 billion and imports of $1.95 billion.\n")
    by = checked_by_surface(text, DAY)
    assert not [s for s, c in by.items() if c.check.verdict == "inconsistent"]


def test_a_sector_after_a_contrast_or_as_a_destination_names_nothing():
    by = checked_by_surface("The mining sector recorded sales of $3 billion, while exports rose to $5 billion. "
                            "Exports to the farm sector reached $2 billion.\n", DAY)
    assert by["$5 billion"].metric == "exports"
    assert by["$2 billion"].metric == "exports to the farm sector"


def test_a_second_sector_in_a_gapped_clause_keeps_its_own_figures():
    by = checked_by_surface("The investment sector showed a surplus of 9.3 million euro, and the property "
                            "sector a surplus of 21.7 million euro.\n", "2006-07-10")
    assert "investment" not in (by["21.7 million euro"].metric or "")
