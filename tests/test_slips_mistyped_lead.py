"""A digit struck a key off as a realistic slip, and a lead that rounds rather than cuts."""

from __future__ import annotations

from factcheck.models import Claim
from factcheck.relations import slips

from tests.test_relations import flagged, make, run


def _alternatives(surface: str, value: float) -> set[tuple[str, str]]:
    c = Claim(surface=surface, span=(0, len(surface)), value=value, unit="USD", kind="money")
    return {(s.kind, s.surface) for s in slips.alternatives(c)}


def test_a_long_figure_may_carry_a_digit_a_key_off_but_never_its_last():
    kinds = _alternatives("$15.096 billion", 15.096e9)
    assert ("mistyped", "$16.096 billion") in kinds and ("mistyped", "$14.096 billion") in kinds
    assert ("mistyped", "$15.086 billion") in kinds
    # the last digit's step is a rounding's; a jump of two keys is no neighbour's
    assert ("mistyped", "$15.097 billion") not in kinds and ("mistyped", "$17.096 billion") not in kinds
    # the first digit never turns into a zero
    assert not any(s.startswith("$05") for k, s in kinds if k == "mistyped")


def test_a_whole_numbers_trailing_zeros_are_places_not_its_last_digit():
    """In "41,250" the last digit is the 5: neither it nor the zero after it is struck a
    key off (41,260 or 41,251 would be a rounding's step, not a typing slip)."""
    kinds = {s for k, s in _alternatives("$41,250", 41250.0) if k == "mistyped"}
    assert "$42,250" in kinds and "$41,350" in kinds
    assert "$41,260" not in kinds and "$41,251" not in kinds


def test_a_short_figure_has_no_mistyped_reading():
    assert not any(k == "mistyped" for k, _ in _alternatives("$2.45 billion", 2.45e9))


def _growth(level: str, value: float):
    text = (f"Workers abroad sent {level} in the nine months.\n"
            "That is an increase of 8.74 percent, compared to $14.802 billion a year earlier.")
    return make(text, [
        {"surface": level, "value": value, "metric": "remittances", "period": "2019"},
        {"surface": "8.74 percent", "value": 8.74, "unit": "percent", "kind": "percent", "metric": "remittances",
         "period": "2019", "role": "growth", "direction": "up", "base_period": "2018"},
        {"surface": "$14.802 billion", "value": 14.802e9, "metric": "remittances", "period": "2018"},
    ])


def test_a_level_a_key_off_breaks_the_growth_stated_beside_its_base():
    _, checks = run(_growth("$15.096 billion", 15.096e9))
    assert flagged(checks) == {"$15.096 billion"}
    assert checks["$15.096 billion"].correction == "$15.096 billion → $16.096 billion"
    _, checks = run(_growth("$16.096 billion", 16.096e9))
    assert flagged(checks) == set()


def test_a_growth_a_few_steps_off_is_blamed_not_a_level_a_key_off():
    """48,622 ÷ 41,253 − 1 = 17.86%, printed "17.84": two steps of its last digit off, the
    growth worked out by hand is the likelier slip, though 48,612 (a key off) would fit."""
    text = "The harvest rose 17.84 percent to 48,622 tonnes in 2024 from 41,253 tonnes in 2023."
    figures = [{"surface": "17.84 percent", "value": 17.84, "unit": "percent", "kind": "percent",
                "metric": "grain harvest", "period": "2024", "role": "growth", "direction": "up",
                "base_period": "2023"}]
    figures += [{"surface": s, "value": v, "unit": "t", "kind": "measure", "metric": "grain harvest",
                 "period": p, "role": "level"} for s, v, p in (("48,622 tonnes", 48622.0, "2024"),
                                                              ("41,253 tonnes", 41253.0, "2023"))]
    _, checks = run(make(text, figures))
    assert flagged(checks) == {"17.84 percent"}


def _restated(first_line: str):
    text = first_line + "\nThe reserves stood at $2,671.5 million at the end of March, the bank said."
    return make(text, [{"surface": s, "value": v, "metric": "external reserves", "period": "2024-03"}
                       for s, v in (("$2.6 billion", 2.6e9), ("$2,671.5 million", 2671.5e6))])


def test_a_lead_rounds_the_figure_a_headline_may_cut():
    _, checks = run(_restated("NASSAU — The external reserves increased to $2.6 billion in March."))
    # 2,671.5 million rounds to 2.7 billion: one of the two is wrong
    assert len(flagged(checks)) == 1
    _, checks = run(_restated("External reserves increase to $2.6 billion in March"))
    assert flagged(checks) == set()
