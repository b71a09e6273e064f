""""In the US Dollar terms, remittance inflows … touch 3.60 billion": the currency a sentence
says its bare amounts are reckoned in, with or without the article before its name."""

from factcheck.extract import extract
from factcheck.models import Article


def test_in_the_currency_terms_gives_a_bare_amount_its_currency():
    text = ("Remittance inflows increased by 26.4 percent to touch Rs 477.96 billion. In the US Dollar terms, "
            "remittance inflows increased 23.1 percent to touch 3.60 billion in the review period.")
    got = {c.surface: c.unit for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2023-12-01"))}
    assert got["3.60 billion"] == "USD"
