"""The speed pass of session 37 changes no answer: each short cut is checked against the
long way it replaces (hypothesis, derandomized), and shown to be taken."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import currency_marks
from factcheck.extract.numbers import CURRENCY_NAME
from factcheck.extract.patterns import EndsWith
from factcheck.matching import lookup
from factcheck.models import Claim, Reference
from factcheck.references import ReferenceIndex

PROPERTY = settings(max_examples=400, deadline=None, derandomize=True)

_PLAIN_NAME_PREFIX = re.compile(rf"(?<![\w$€£¥₹'’-])(?P<name>(?:{CURRENCY_NAME}))[ \t\u00a0]$", re.I)
_NAMES = ["Kuwaiti dinars", "dinar", "Lek", "lekë", "US dollars", "U.S. dollars", "rupees", "Sri Lankan rupees", "yen",
          "So.Sh.", "kr.", "Kč", "F CFA", "francs CFA", "lei", "leu", "guaraníes", "euros", "pounds", "Shs"]
_GLUE = [" ", "  ", "\t", "\u00a0", "-", ".", "the ", "of ", "x", "é", "1", "$", "'"]
texts = st.lists(st.one_of(st.sampled_from(_NAMES), st.sampled_from(_GLUE)), max_size=10).map("".join)


def test_the_endings_of_a_pattern():
    from factcheck.extract.patterns import ending_words

    assert ending_words(r"(?<!x)ab\s+c[de]", re.I) == ("cd", "ce")
    assert ending_words(r"lei|leu") == ("lei", "leu")
    assert ending_words(r"(?:US\s+)?dollars?", re.I) == ("ars", "lar")
    assert ending_words(r"a\s*") is None  # a match may end in white space: no word tells it
    assert ending_words(r"\w+") is None


def test_the_currency_name_before_a_figure_is_gated_by_the_names_endings():
    assert isinstance(currency_marks._NAME_PREFIX, EndsWith)
    assert {"nar", "lek", "yen", "sh."} <= set(currency_marks._NAME_PREFIX.words)


@PROPERTY
@given(texts, st.integers(min_value=0, max_value=40))
def test_the_gated_currency_name_finds_what_the_plain_pattern_finds(text, back):
    start = max(0, len(text) - back)
    m, plain = currency_marks._NAME_PREFIX.search(text, start), _PLAIN_NAME_PREFIX.search(text, start)
    assert (m.span("name") if m else None) == (plain.span("name") if plain else None)


@pytest.mark.parametrize("left", ["revenue of Kuwaiti dinars ", "the Lek ", "worth US dollars\u00a0", "a budget of Sh ",
                                  "about So.Sh. ", "costs kr. ", "exports rose ", "in the year "])
def test_the_gated_currency_name_on_phrases(left):
    m, plain = currency_marks._NAME_PREFIX.search(left, max(0, len(left) - 40)), _PLAIN_NAME_PREFIX.search(left, max(0, len(left) - 40))
    assert (m.group("name") if m else None) == (plain.group("name") if plain else None)


def _claim(**kw) -> Claim:
    base = dict(surface="5%", span=(10, 12), value=5.0, unit="percent", kind="percent", qualifier="exact",
                sentence="Exports of widgets rose 5% in 2019.", period="2019", role="growth")
    base.update(kw)
    return Claim(**base)


def _ref(**kw) -> Reference:
    base = dict(id="r1", metric="exports of widgets", value=5.0, unit_code="percent", unit_text="%", period="2019",
                role="growth")
    base.update(kw)
    return Reference(**base)


def test_a_sentence_is_not_read_for_a_claim_no_reference_may_fit(monkeypatch):
    # a reference of the claim's period, but a level where the claim is a growth
    refs = ReferenceIndex(references=[_ref(role="level", unit_code="USD", unit_text="USD", metric="exports")])
    monkeypatch.setattr(lookup, "_sentence_heads", lambda s: pytest.fail("the sentence's words were read"))
    assert lookup._named_by_sentence(_claim(), refs, "2020-01-01").reference is None


def test_a_claim_a_reference_may_fit_is_still_found_by_its_sentence():
    refs = ReferenceIndex(references=[_ref(period="2023"), _ref(id="r2")])
    found = lookup._named_by_sentence(_claim(metric=None), refs, "2020-01-01")
    assert found.reference is not None and found.reference.id == "r2"


def test_the_references_under_one_set_of_heads_are_found_once_and_returned_afresh():
    refs = ReferenceIndex(references=[_ref(), _ref(id="r2", metric="imports")])
    heads = frozenset({"export", "import"})
    first = refs.candidates(heads)
    assert refs._last[0] is heads  # kept for the sentence's next figure
    first.append("mutated by a caller")
    again = refs.candidates(heads)
    assert [r.id for r in again] == [r.id for r in refs.candidates(frozenset({"export", "import"}))]
    assert "mutated by a caller" not in again
    assert [r.id for r in refs.candidates(frozenset({"import"}))] == ["r2"]
