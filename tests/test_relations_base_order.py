"""A change ends at a level no older than its own base: a figure the sentence adds from a
year before the base ("while it was $37.9bn in 2014") is history, not the change's later
level. Our own sentences, through extraction and the relations engine."""

from __future__ import annotations

from test_relations_flags28 import _flags  # through extraction and the relations engine

_TEXT = ("Ruritania's total trade is expected to reach $31.4 billion in 2026, the ministry said.\n\n"
         "This represents an increase of 7.9 per cent, compared with $29.1bn in 2025, while it was $37.9bn "
         "in 2024.\n")


def test_an_older_level_added_for_comparison_is_not_the_change_s_later_level(tmp_path):
    assert _flags(tmp_path, _TEXT, "2026-03-01") == []


def test_the_change_is_still_held_to_its_own_levels(tmp_path):
    # 31.4 / 29.1 − 1 = 7.9 %, the later level dated after the base: a growth printed 9.7 (two
    # digits transposed) must still flag, with the older figure beside it
    text = ("Ruritania's exports rose 9.7 per cent to $31.4bn in 2026, compared with $29.1bn in 2025, while "
            "they were $37.9bn in 2024.\n")
    assert _flags(tmp_path, text, "2027-03-01")
    assert not _flags(tmp_path, text.replace("9.7 per cent", "7.9 per cent"), "2027-03-01")
