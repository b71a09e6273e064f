"""A figure after "higher than" or "lower than" is the level the first is compared with, not a
change: "stood at Rs 2.46 lakh crore, marginally higher than Rs 2.45 lakh crore" states two
levels. A comparative that measures its own figure ("higher by more than $2 billion") still
names a change."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str, date: str = "2020-06-01") -> dict:
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date=date))}


def test_the_figure_after_higher_than_is_a_level():
    got = _claims("Non-tax revenues during the 2018-19 fiscal stood at Rs 2.46 lakh crore, marginally higher "
                  "than Rs 2.45 lakh crore in the revised estimates of Budget.")
    assert got["Rs 2.45 lakh crore"].role == "level"
    assert got["Rs 2.46 lakh crore"].role == "level"


def test_the_figure_after_lower_than_is_a_level():
    got = _claims("In December, visitor arrivals from South Korea registered 14,186, 13% lower than 16,369 "
                  "visitors received in December 2018.", "2019-01-15")
    assert got["16,369 visitors"].role == "level"
    assert got["13%"].role == "growth"


def test_a_comparative_measured_by_its_figure_is_still_a_change():
    got = _claims("Exports rose by more than 5% to $3 billion, and imports were higher by more than $2 billion.")
    assert got["more than $2 billion"].role == "change"
    assert got["more than 5%"].role == "growth"
