"""Mangled real text never crashes extraction or checking, and every claim's surface is
the exact substring its span names (seeded, so a failure reproduces)."""

import random
from pathlib import Path

from factcheck.check import check_claims
from factcheck.extract import extract
from factcheck.models import Article
from factcheck.references import load_references

HERE = Path(__file__).parent
ALPHABET = list("0123456789.,-–—/()%$€£¥₹ abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\n'’\"“”:;+×½")


def test_mangled_text_is_handled_and_spans_hold():
    references = load_references(HERE.parent / "reference").references
    texts = [p.read_text(encoding="utf-8") for p in sorted((HERE / "data").glob("*/*.txt"))]
    rng = random.Random(20261125)
    claims_seen = 0
    for _ in range(400):
        text = rng.choice(texts)
        a = rng.randrange(len(text))
        piece = list(text[a: a + rng.randrange(20, 400)])
        for _ in range(rng.randrange(0, 12)):
            if piece:
                piece[rng.randrange(len(piece))] = rng.choice(ALPHABET)
        s = "".join(piece)
        article = Article(id="f", path="f", text=s, sha256="0", date=rng.choice([None, "2024-05-01"]),
                          year_hint=rng.choice([None, 2025]))
        claims = extract(article)
        check_claims(claims, references, article)
        for c in claims:
            assert s[c.span[0]:c.span[1]] == c.surface
            assert c.kind and c.unit and c.check.verdict in ("supported", "contradicted", "inconsistent", "unverified")
        claims_seen += len(claims)
    assert claims_seen > 200  # the mangling leaves most numbers readable
