"""Period classes found on the spent sets (u–y, z–ad, ae–ai, aj–an) after round 1, each in
our own sentences: time words of a comparison that belong to a neighbouring clause or to
the whole a share is taken of."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _frames(text: str, date: str = "2021-07-20") -> dict[str, object]:
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=date))}


@pytest.mark.parametrize("whole", ["2019 arrivals", "2019 visitor levels", "2019 passenger numbers"])
def test_a_share_of_a_dated_whole_is_measured_against_that_time(whole):
    text = f"Cruise calls in 2022 reached 410, about 38.5% of {whole}."
    c = _frames(text, "2023-01-20")
    assert c["about 38.5%"].period == "2022"
    assert c["about 38.5%"].base_period == "2019"


def test_the_level_a_dated_whole_reached_keeps_its_time():
    text = "Cruise calls in 2022 reached 410, about 38.5% of 2019 port calls that totalled 1,065."
    c = _frames(text, "2023-01-20")
    assert c["about 38.5%"].base_period == c["1,065"].period == "2019"


def test_a_clause_of_reason_keeps_its_time_to_itself():
    text = ("Freight volumes in March 2021 rose 4%. Rail freight fell 6% because of floods, while road freight "
            "fell 9% mainly because the bridge was shut and it was open at this time last year.")
    c = _frames(text, "2021-04-20")
    assert c["6%"].period == c["9%"].period == "2021-03"
