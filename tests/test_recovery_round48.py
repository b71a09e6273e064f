"""Recovery ratios: a level stated as a share of the same series at an earlier time ("93% of
the numbers for the same month in 2019", "only 2% of the 664,784 visitors that arrived in
2019"). The frame gives the share that earlier time as its base; the engine tests level ÷
baseline level = share where the text states the baseline."""

from __future__ import annotations

import pytest

from conftest import checked_by_surface
from conftest import flagged_reasons


@pytest.mark.parametrize("whole, base", [
    ("of the numbers for the same month in 2029", "2029-06"),
    ("of 2029's numbers", "2029-06"),
    ("of stopover arrivals in June 2029", "2029-06"),
    ("of those recorded in 2029", "2029-06"),
])
def test_a_share_of_a_whole_dated_by_its_own_phrase_is_measured_against_that_time(tmp_path, whole, base):
    by = checked_by_surface(f"Stopover arrivals in June 2031 reached 88% {whole}, the tourism board said.")
    assert by["88%"].role == "share"
    assert by["88%"].base_period == base


def test_a_share_compared_against_is_of_its_own_time_not_a_recovery(tmp_path):
    by = checked_by_surface("The deficit stood at 1.2 per cent of GDP in the first quarter of 2031, against 0.9 per cent "
                         "of GDP in the same period of 2030.")
    assert by["0.9 per cent"].base_period is None


def test_a_share_of_the_same_years_whole_has_no_base(tmp_path):
    by = checked_by_surface("Tourism receipts in 2031 were $1.1 billion, or 9% of exports in 2031.")
    assert by["9%"].base_period is None


@pytest.mark.parametrize("share, flagged", [("2%", False), ("12%", True)])
def test_a_level_against_the_baseline_named_after_its_share(tmp_path, share, flagged):
    by = checked_by_surface(f"Arrivals from Japan in 2031 totalled 13,022, only {share} of the 664,784 visitors that "
                         "arrived in 2029.")
    assert by[share].base_period == "2029"
    assert bool(flagged_reasons(by)) is flagged
    if flagged:
        assert share in flagged_reasons(by) or "13,022" in flagged_reasons(by) or "664,784 visitors" in flagged_reasons(by)


@pytest.mark.parametrize("share, flagged", [("84%", False), ("48%", True)])
def test_a_level_against_the_baseline_the_text_states_elsewhere(tmp_path, share, flagged):
    text = ("The island welcomed 502,000 stayover visitors in 2029. Cruise calls numbered 640 that year. "
            f"In 2031 stayover visitors reached 421,500, or {share} of 2029's numbers.")
    by = checked_by_surface(text)
    assert by[share].base_period == "2029"
    assert bool(flagged_reasons(by)) is flagged


def test_a_baseline_of_another_series_is_not_the_levels(tmp_path):
    # the 2029 figure is of cruise passengers, not of the stayover visitors the share restates
    text = ("The island welcomed 902,000 cruise passengers in 2029. "
            "In 2031 stayover visitors reached 421,500, or 48% of 2029's numbers.")
    assert not flagged_reasons(checked_by_surface(text))
