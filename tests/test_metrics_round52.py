"""Series names: the object of a causative verb of change may be an acronym ("boosted
Oman's GDP by nearly 23.3 per cent"), and a place named by what it is after its region's
adjective ("the Gulf country's nominal GDP") owns the series, which it does not name."""

from __future__ import annotations

from conftest import checked_by_surface


def test_an_acronym_is_the_object_a_verb_of_change_names(tmp_path):
    by = checked_by_surface("Higher oil prices boosted Ruritania's GDP by nearly 23.3 per cent in 2031. "
                         "The strike cut output by about 4 percent in 2031.")
    assert by["nearly 23.3 per cent"].metric == "GDP"
    assert by["about 4 percent"].metric == "output"


def test_a_place_named_by_what_it_is_is_no_part_of_the_series_name(tmp_path):
    by = checked_by_surface("The Gulf country's nominal GDP swelled to nearly RO20.07 billion in 2031. The Pacific "
                         "island nation's exports reached $12 million in 2031.")
    assert by["nearly RO20.07 billion"].metric == "nominal GDP"
    assert by["$12 million"].metric == "exports"

