"""Series names: a comparand coordinated with the one before it ("compared to 51,200 guests
(+3.9%) in May 2030 and 60,480 guests (-12.0%) in May 2029") is of the statement's series,
past the first comparand's bracketed change and time; a comparand counted in other words
("and 2,300 cruise passengers") is another series."""

from __future__ import annotations

from conftest import checked_by_surface


def test_a_second_comparand_after_a_bracketed_change_is_of_the_statement_s_series(tmp_path):
    by = checked_by_surface("The average daily census was 53,210 guests in May 2031, compared to 51,200 guests "
                         "(+3.9%) in May 2030 and 60,480 guests (-12.0%) in May 2029.")
    assert by["51,200 guests"].metric == "average daily census"
    assert by["60,480 guests"].metric == "average daily census"
    assert by["12.0%"].metric.startswith("average daily census")


def test_a_second_comparand_of_money_with_another_scale_word(tmp_path):
    by = checked_by_surface("Hotel revenue reached $1.72 billion in May 2031, compared to $1.55 billion (+11.0%) "
                         "in May 2030 and $980 million (+75.5%) in May 2029.")
    assert by["$980 million"].metric == "hotel revenue"


def test_a_comparand_counted_in_other_words_is_another_series(tmp_path):
    by = checked_by_surface("The average daily census was 53,210 guests in May 2031, compared to 51,200 guests "
                         "(+3.9%) in May 2030 and 2,300 cruise passengers in May 2029.")
    assert by["51,200 guests"].metric == "average daily census"
    assert by["2,300 cruise passengers"].metric != "average daily census"


def test_arrivals_by_land_are_a_mode_of_their_own_beside_air_and_sea(tmp_path):
    by = checked_by_surface("In the first quarter of 2031, 79,400 foreign tourists visited Ruritania. Of them, 41,200 "
                         "arrived by air, up 12 percent; 37,100 by land, up 8 percent; and 1,100 by waterway.")
    assert by["41,200"].metric.endswith("by air")
    assert by["37,100"].metric.endswith("by land")
    assert by["1,100"].metric.endswith("by sea")
    # three modes are three parts: none of them is taken for the whole the others exceed
    assert by["37,100"].check.verdict != "inconsistent"


def test_the_first_half_of_a_compound_names_no_mode(tmp_path):
    by = checked_by_surface("In 2031, 5,400 workers from land-based agencies were deployed, and 3,100 workers from "
                         "sea-based agencies.")
    assert "by land" not in (by["5,400 workers"].metric or "")
    assert "by sea" not in (by["3,100 workers"].metric or "")
