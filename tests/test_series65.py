"""series65: a subject read past any preposition of time names its series."""

from conftest import checked_by_surface


def test_subject_read_past_any_preposition_of_time():
    text = ("Budget\n\n"
            "As noted earlier by the Ministry of Finance, the state budget deficit after January 2025 was "
            "PLN 3,205.6 billion. The public debt at the end of 2024 stood at PLN 1.7 trillion.\n")
    by = checked_by_surface(text, "2025-03-05")
    assert by["PLN 3,205.6 billion"].metric == "state budget deficit"
    assert by["PLN 1.7 trillion"].metric == "public debt"
