"""An absolute change written with a comparative quantifier ("1,145,743 more travelers than
in the same period in 2021") measures the series itself: its metric is the travelers, the
level's, so that the engine can test the change against the level and its growth rate."""

from factcheck.extract import extract
from factcheck.models import Article


def test_more_before_the_counted_noun_is_not_part_of_the_metric():
    text = ("Cuba received 1,396,921 travelers from January to August 2022, which represents a 556.1 percent "
            "year-on-year increase. Cuba received 1,145,743 more travelers than in the same period in 2021. "
            "There were 2,000 fewer visitors than a year before.")
    got = {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2022-10-16"))}
    assert got["1,145,743 more travelers"].metric == "travelers"
    assert got["1,145,743 more travelers"].role == "change"
    assert got["2,000 fewer visitors"].metric == "visitors"
