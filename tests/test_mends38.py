"""Mends read from gh–gl's first scoring (tuned by construction; each test fails on 4493319 but the COP$ case, a guard),
in our own sentences: a figure's passive participle clause with "being" or "having been"
("remittances of $437.5 million being recorded in January") dates the figure as the bare
participle does; and an ISO code before the dollar or peso sign it names ("over CAD $2
million", "COP$ 3,500") decides the currency, with the qualifier before the code the figure's own."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text: str, date: str = "2031-08-10") -> dict:
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=date))}


@pytest.mark.parametrize("participle", ["being recorded", "having been received", "being registered"])
def test_a_passive_participle_clause_dates_its_figure(participle):
    text = (f"The first three months of 2031 saw workers' remittances of US$ 437.5 million {participle} in January, "
            "US$ 407.4 million in February, and US$ 568.3 million in March 2031.")
    claims = _claims(text)
    assert [claims[s].period for s in ("US$ 437.5 million", "US$ 407.4 million", "US$ 568.3 million")] \
        == ["2031-01", "2031-02", "2031-03"]
    # and the months within the quarter raise no sub-period flag against a misdated whole
    assert all(c.check.verdict != "inconsistent" for c in claims.values())


@pytest.mark.parametrize("text,surface,unit,qualifier", [
    ("Remittances reached over USD $6 billion in the seven months.", "over USD $6 billion", "USD", "more_than"),
    ("The council received more than CAD $2 million from the province.", "more than CAD $2 million", "CAD",
     "more_than"),
    ("Exporters earned about AUD$ 3.5 million in May.", "about AUD$ 3.5 million", "AUD", "approx"),
    ("Coffee growers earned COP$ 3,500 million in May.", "COP$ 3,500 million", "COP", "exact"),
])
def test_an_iso_code_before_a_dollar_sign_names_the_currency(text, surface, unit, qualifier):
    c = _claims(text)[surface]
    assert (c.unit, c.qualifier) == (unit, qualifier)

