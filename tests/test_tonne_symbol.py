"""The tonne's SI symbol "t" after a figure ("5 303 000 t", "12 t of gold"), as mining and
customs tables print it: read as tonnes at a clause's end or before a preposition, a
conjunction or a verb, and nowhere else (a "t" inside a word or before a noun is no unit)."""

from factcheck.extract import extract
from factcheck.models import Article


def _read(text: str):
    return {c.surface: c.unit for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2018-07-10"))}


def test_a_lone_t_after_a_figure_is_the_tonne():
    got = _read("Coal exports rose to 5 303 000 t in 2017 from 2 959 000 t a year before. The mine shipped 12 t of gold.")
    assert got["5 303 000 t"] == "tonne" and got["2 959 000 t"] == "tonne" and got["12 t"] == "tonne"


def test_a_t_that_begins_a_word_is_no_unit():
    got = _read("The company hired 300 temporary workers and 12 trainees in 2017.")
    assert all(u != "tonne" for u in got.values())
