"""Speed round 44: per-article tests that compiled a regular expression built from the
article's own text (a figure, a place name) now read the text with fixed patterns or plain
substring search, and answer exactly as the built patterns did."""

import re

from hypothesis import given, settings, strategies as st

from factcheck.extract.placenames import _named_twice, local_places
from factcheck.extract.numbers import SCALES, restated_dot_thousands


def _built_dot_thousands(text: str) -> frozenset:
    """The former reading: one pattern built from each dotted figure."""
    out = set()
    for m in re.finditer(r"(?<![\d.,])(\d{1,3})\.(\d{3})[ \t]+(million|billion|trillion)\b", text, re.I):
        if re.search(rf"(?<![\d.,]){m.group(1)},[ \t]?{m.group(2)}[ \t]+{m.group(3)}\b", text, re.I):
            out.add(SCALES[m.group(3).lower()])
    return frozenset(out)


def _built_twice(name: str, text: str) -> bool:
    return len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)) >= 2


def test_dot_thousands_restated_with_a_comma():
    assert restated_dot_thousands("a gap of Rs 66.528 million, or Rs 66, 528 million") == {1e6}
    assert restated_dot_thousands("sales of 3.250 Billion; in full 3,250 BILLION") == {1e9}
    # the comma figure must be the same figure, whole and at the same scale
    assert restated_dot_thousands("1.234 billion and 1,235 billion") == frozenset()
    assert restated_dot_thousands("1.234 billion and 1,234 million") == frozenset()
    assert restated_dot_thousands("1.234 billion and 11,234 billion") == frozenset()
    assert restated_dot_thousands("1.234 billion and 2.1,234 billion") == frozenset()
    # a dotted figure alone is a decimal
    assert restated_dot_thousands("exports of $1.234 billion") == frozenset()
    assert restated_dot_thousands("no figures at all") == frozenset()


def test_dot_thousands_several_scales_and_unicode_digits():
    text = "7.500 million and 2.125 trillion; later 7,500 million and 2, 125 trillion"
    assert restated_dot_thousands(text) == {1e6, 1e12}
    arabic = "\u0661\u0662.\u0663\u0664\u0665 million, i.e. \u0661\u0662,\u0663\u0664\u0665 million"
    assert restated_dot_thousands(arabic) == _built_dot_thousands(arabic) == {1e6}


_FIG = st.sampled_from(["1", "12", "123", "1234", "5", "66", "528", "500", "0"])
_PIECE = st.sampled_from([".", ",", ", ", " ", "\t", "  ", "million", "Billion", "trillion", "x", "-", "\u0661", "millions"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_FIG, _PIECE), max_size=24))
def test_dot_thousands_as_the_built_patterns_read(parts):
    text = "".join(parts)
    assert restated_dot_thousands(text) == _built_dot_thousands(text)


def test_named_twice_whole_words_only():
    assert _named_twice("Rota", "flights to Rota and back to Rota")
    assert not _named_twice("Rota", "flights to Rota, Rotary club, Rotas, pro-Rota, Rota-bound")
    assert not _named_twice("Rota", "Rota_1 and Rota2 and Rota")
    assert _named_twice("San Jose", "San Jose. (San Jose)")
    # an occurrence inside a longer name is not the name ("Saipan" in "Saipanese")
    assert not _named_twice("Saipan", "Saipanese visitors on Saipan")
    # letters beyond ASCII are word characters too
    assert not _named_twice("Tinian", "éTinian and Tinian")


_NAME = st.sampled_from(["Aba", "Abab", "Ana Ana", "Rota", "Ab-Cd"])
_CHUNK = st.sampled_from(["Aba", "Ab", "ab", "Rota", "Ana", " ", "-", "_", "é", "1", ",", "\n", "Cd"])


@settings(max_examples=400, deadline=None)
@given(_NAME, st.lists(_CHUNK, max_size=16))
def test_named_twice_counts_as_findall_did(name, chunks):
    text = "".join(chunks)
    assert _named_twice(name, text) == _built_twice(name, text)


def test_local_places_still_need_two_mentions():
    text = "Arrivals to Korvala rose. Hotels on Korvala filled. A ferry to Brennet ran once."
    assert local_places(text) == {"Korvala"}
