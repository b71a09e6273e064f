"""Generalisation: the held-out corpus (tests/data/heldout/) was annotated blind, from
outlets the extraction rules were not written against. Its floor guards against rules
that only fit the tuning corpus."""

from pathlib import Path

import yaml

import scoring
from factcheck.articles import read_article
from factcheck.extract import extract

HELDOUT = Path(__file__).parent / "data" / "heldout"


def test_heldout_typed_f1_floor():
    total = scoring.Score()
    names = scoring.cases(HELDOUT)
    assert len(names) >= 10
    for name in names:
        article = read_article(HELDOUT / f"{name}.txt")
        expected = yaml.safe_load((HELDOUT / f"{name}.expected.yaml").read_text(encoding="utf-8"))
        total.add(scoring.score_claims(article.text, extract(article), expected))
    assert total.f1 >= 0.90, (total.tp, total.fp, total.fn)


def test_second_heldout_typed_f1_floor():
    """tests/data/heldout2/: ten more articles, annotated blind; 0.968 at first measurement."""
    held = Path(__file__).parent / "data" / "heldout2"
    total = scoring.Score()
    for name in scoring.cases(held):
        article = read_article(held / f"{name}.txt")
        expected = yaml.safe_load((held / f"{name}.expected.yaml").read_text(encoding="utf-8"))
        total.add(scoring.score_claims(article.text, extract(article), expected))
    assert total.f1 >= 0.94, (total.tp, total.fp, total.fn)
