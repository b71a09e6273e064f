"""Decimals read aloud ("six point nine per cent", "zero point two percentage points"), as
broadcasters' scripts and some wire copy print them (gc–gg's Zambian inflation report printed
every rate so): a number word, "point", one word per digit, before a percentage, a point or a
scale word. Elsewhere "point" is no decimal point ("at one point two ministers resigned")."""

from factcheck.extract import extract
from factcheck.extract.numbers import parse_number_word
from factcheck.models import Article


def _read(text: str):
    return [(c.surface, c.value, c.unit) for c in extract(Article(id="t", path="t.txt", text=text, sha256="x", date="2013-03-28"))]


def test_spoken_decimals_before_a_percentage_a_point_and_a_scale_word():
    got = _read("Annual inflation increased to six point nine per cent from six point seven per cent, "
                "a rise of zero point two percentage points, and exports reached two point five million tonnes.")
    assert ("six point nine per cent", 6.9, "percent") in got
    assert ("six point seven per cent", 6.7, "percent") in got
    assert ("zero point two percentage points", 0.2, "percentage_point") in got
    assert any(s.startswith("two point five million") and v == 2_500_000 for s, v, _ in got)


def test_point_without_a_measure_after_it_is_no_decimal():
    got = _read("At one point two ministers resigned over the budget.")
    assert all(v != 1.2 for _, v, _ in got)


def test_parse_number_word_reads_the_digits_after_point():
    assert parse_number_word("twenty one point oh five") == 21.05
    assert parse_number_word("six point nine") == 6.9
    assert parse_number_word("six point apples") is None


def test_a_spoken_decimal_is_as_precise_as_its_digits():
    from factcheck.extract.mentions import scan_sentence

    got = {m.raw: m.precision for m in scan_sentence("Inflation rose to six point nine per cent.", {})}
    assert got["six point nine"] == 0.1
