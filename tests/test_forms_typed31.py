"""Number forms of cc–cg's misses (typed31): a "per cent" that lost its space, and a year
before a singular "quarter" (an anchor, not 2,016 quarters)."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.models import Article


def _read(text: str) -> dict[str, tuple[float, str]]:
    article = Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01")
    return {c.surface: (c.value, c.unit) for c in extract(article)}


def test_a_per_cent_glued_to_its_number_is_a_percentage():
    got = _read("Prices rose 4.1 per cent in the north and 9.6per cent in the south.")
    assert got["9.6per cent"] == (9.6, "percent")


def test_a_year_before_a_singular_quarter_is_an_anchor_not_a_duration():
    got = _read("Output reached 2,040 tonnes in the second 2023 quarter, after 6 quarters of decline.")
    assert not any(unit == "month" and value > 1000 for value, unit in got.values())
    assert got["6 quarters"] == (18.0, "month")


def test_up_to_a_year_with_nothing_counted_after_is_until():
    got = _read("The ministry will spend about 40% of its revenue up to 2027.")
    assert "up to 2027" not in got
    assert _read("The fund may hire up to 2000 nurses this year.")["up to 2000 nurses"][0] == 2000
