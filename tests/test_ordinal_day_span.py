""""Exports from the 1st to the 10th of this month decreased": a span of days named by their
ordinals (customs offices report exports ten and twenty days at a time), not its last day; its
comparison "from the same month last year" is the same days a year before."""

from factcheck.extract import extract
from factcheck.models import Article


def test_an_ordinal_day_span_of_this_month_is_the_period_and_its_base_a_year_before():
    text = ("Exports from the 1st to the 10th of this month decreased compared to the previous year. "
            "Export value during this period was $14.9 billion, down 17.8% from the same month last year.")
    got = {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2024-11-11"))}
    assert got["$14.9 billion"].period == "2024-11-01/2024-11-10"
    assert got["17.8%"].base_period == "2023-11-01/2023-11-10"


def test_the_nth_of_a_month_alone_stays_one_day():
    text = "As of the 18th of this month, reserves stood at $4.1 billion."
    got = {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2024-11-20"))}
    assert got["$4.1 billion"].period == "2024-11-18"
