"""Spans of time the frame must keep whole, each class in sentences of our own: a
cumulative span that governs what follows it, the same span of an earlier year named on
its own, a fronted 'over' that frames a sentence rather than naming a base."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text, day="2022-08-27"):
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=day))}


def test_the_same_period_of_a_named_year_moves_the_topic_span_into_that_year():
    text = ("Tax receipts rose 4.1 per cent to NZ$ 812.5 million in the first ten months of 2021.\n\n"
            "Receipts for the same period of 2020 stood at NZ$ 780.5 million, the ministry said.")
    c = _claims(text, day="2021-12-20")
    assert c["NZ$ 812.5 million"].period == "2021-01/2021-10"
    assert c["NZ$ 780.5 million"].period == "2020-01/2020-10"


def test_a_fronted_over_frames_the_sentence_and_is_no_base():
    text = ("Over the first three months of the year, the largest surpluses were with Kenya "
            "(US$ 41.2 million) and Rwanda (US$ 17.9 million).")
    c = _claims(text, day="2022-05-10")
    assert c["US$ 41.2 million"].period == "2022-Q1"
    assert c["US$ 17.9 million"].period == "2022-Q1"
