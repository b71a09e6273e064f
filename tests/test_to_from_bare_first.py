"""The later level first and bare, the earlier after "from" with its unit: "declined by 0.1
percentage point to 6.9 from seven per cent", "rose to 3.4 from $3.1 billion". The bare level
takes the unit (and scale) of its partner when the two are of like size; one far larger keeps
its own reading."""

from factcheck.extract import extract
from factcheck.models import Article


def _read(text: str):
    return {c.surface: (c.value, c.unit) for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2013-03-28"))}


def test_a_bare_later_level_takes_the_unit_of_the_earlier():
    got = _read("Inflation declined by 0.1 percentage point to 6.9 from seven per cent in January 2013. "
                "Exports rose to 3.4 from $3.1 billion in 2012.")
    assert got["6.9"] == (6.9, "percent")
    assert got["3.4"] == (3_400_000_000.0, "USD")


def test_a_bare_figure_of_another_size_keeps_its_reading():
    got = _read("The number of firms rose to 2,400 from 3.1 percent of the total in 2012.")
    assert got["2,400"][1] != "percent"
