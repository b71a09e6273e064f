"""Money followed by an adverb of frequency ("spends $172 million daily on the war") is a rate
per that span, as "$172 million a day" is; "annually" stays a year's flow in its currency, and
a span word that modifies the noun after it ("the US$ 200 million monthly revenue") makes no rate."""

from factcheck.extract import extract
from factcheck.models import Article


def _units(text: str):
    return {c.surface: c.unit for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2025-10-20"))}


def test_money_daily_is_a_rate_per_day():
    got = _units("The committee reported that Ukraine spends $172 million daily on the war against Russia.")
    assert got["$172 million"] == "USD / day"


def test_annually_and_an_attributive_span_word_make_no_rate():
    got = _units("The firm earns revenues of $10 billion annually. Over the last three years, the US$ 200 million "
                 "monthly revenue was crossed only in January 2020.")
    assert got["$10 billion"] == "USD"
    assert got["US$ 200 million"] == "USD"
