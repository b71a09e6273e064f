"""The fast claim-file reader (factcheck/claimyaml.py) against PyYAML's loader.

Its contract: whenever it returns a document, PyYAML returns an equal one, with the same
types; on anything else it returns None and PyYAML decides. Checked on every claim file
the repository holds, on random edits of a real claim file (characters, tokens and lines
inserted, deleted, moved), and on random documents written by factcheck's own dumper.
"""

import copy
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import claimfile, claimyaml
from factcheck.articles import read_article
from factcheck.extract import extract
from factcheck.models import Review

ROOT = Path(__file__).resolve().parent.parent
PROPERTY = settings(max_examples=250, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _identical(a, b) -> bool:
    """Equal, with the same types all the way down (1 is not 1.0, True is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_identical(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_identical(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def _agrees(text: str) -> bool:
    """The fast reader either declines, or reads what PyYAML reads."""
    fast = claimyaml.load(text, claimfile._Loader)
    if fast is None:
        return True
    try:
        slow = yaml.load(text, Loader=claimfile._Loader)
    except yaml.YAMLError:
        return False  # it accepted a text YAML refuses
    return _identical(fast, slow)


def _base_text() -> str:
    article = read_article(ROOT / "seeds" / "004_2c6681ad046ffadc.txt")
    cf = claimfile.merge(None, article, extract(article))
    cf.claims[1].review = Review(status="verified", by="desk", at="2025-05-22T10:00:00+00:00",
                                 note="checked: GACC's 'annual' table, p. 3 # not a comment")
    cf.claims[2].review = Review(status="unreviewed", previous={"status": "disputed", "by": "a", "value": 12.0})
    cf.article["__retired__"] = [{"id": "c-0123abcd", "surface": "12 percent", "sentence": "It rose 12 percent.",
                                  "value": 12.0, "review": Review(status="false", by="b").to_dict()}]
    return claimfile.dumps(cf)


BASE = _base_text()
BASE_DOC = yaml.load(BASE, Loader=claimfile._Loader)


@pytest.mark.parametrize("path", sorted((ROOT / "claims").rglob("*.yaml")), ids=lambda p: p.name)
def test_every_claim_file_in_the_repository_is_read_fast_and_alike(path):
    text = path.read_text(encoding="utf-8")
    fast = claimyaml.load(text, claimfile._Loader)
    assert fast is not None  # the writer's own output never needs PyYAML
    assert _identical(fast, yaml.load(text, Loader=claimfile._Loader))


def test_a_file_with_a_review_previous_decision_and_retired_claim_is_read_fast():
    fast = claimyaml.load(BASE, claimfile._Loader)
    assert fast is not None and _identical(fast, yaml.load(BASE, Loader=claimfile._Loader))
    assert fast["claims"][1]["review"]["note"] == "checked: GACC's 'annual' table, p. 3 # not a comment"
    assert fast["retired"][0]["review"]["status"] == "false"


@pytest.mark.parametrize("text, expected", [
    ("a: yes\nb: 017\nc: 1_000\nd: 0x1f\ne: .inf\nf: ~\ng: 1.5e+3\nh: '017'\n", None),  # YAML 1.1 types
    ("a: [x, 'y, z', \"q\\u00e9\\n\"]\nb: {k: [1, 2.0], m: null}\n", None),
    ("a: b\n...\n", {"a": "b"}),
    ("a: text: more\n", "declined"),  # PyYAML refuses it: the fast reader must not accept it
    ("a: 1\n  b: 2\n", "declined"),
    ("a: &x 1\nb: *x\n", "declined"),
    ("a: !!str 1\n", "declined"),
    ("a: 1 # note\n", "declined"),
    ("a: |\n  text\n", "declined"),
    ("a:\tb\n", "declined"),
    ("a: b\r\n", "declined"),
    ("a: b\n...\nc: d\n", "declined"),
    ("yes: 1\n", "declined"),
])
def test_what_is_read_and_what_is_left_to_pyyaml(text, expected):
    fast = claimyaml.load(text, claimfile._Loader)
    if expected == "declined":
        assert fast is None
        return
    assert fast is not None
    assert _identical(fast, yaml.load(text, Loader=claimfile._Loader))
    if expected is not None:
        assert fast == expected


TOKENS = ["", " ", "  ", "- ", "-", ":", ": ", "'", '"', "''", "\\", "\\n", "\\x4", "\\u00e9", "\\/", "#", " #", "[",
          "]", "{", "}", ",", ", ", "&a ", "*a", "!!str ", "|", ">", "?", "...", "---", "\t", "\r", "\x85", "\u2028",
          "\x00", "\ufeff", "yes", "No", "~", "null", "017", "0x1F", "1_000", "1:30", ".inf", "-.inf", ".NaN", "1e5",
          "1.5e+3", "+1.", "-0", "0.", "<<", "=", "é", "\n", "\n  ", "\n- ", "x: y", "[a, b]", "{a: 1}", "'it''s'"]


@st.composite
def edits(draw):
    text = BASE
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["insert", "delete", "replace line", "move line", "truncate"]))
        i = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:i] + draw(st.sampled_from(TOKENS) | st.text(max_size=3)) + text[i:]
        elif kind == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 4)):]
        elif kind == "truncate":
            text = text[:i]
        else:
            lines = text.split("\n")
            j = draw(st.integers(0, len(lines) - 1))
            if kind == "replace line":
                indent = " " * draw(st.sampled_from([0, 1, 2, 3, 4, 6]))
                lines[j] = indent + draw(st.sampled_from(TOKENS)) + draw(st.sampled_from(TOKENS))
            else:
                k = draw(st.integers(0, len(lines) - 1))
                lines.insert(k, lines.pop(j))
            text = "\n".join(lines)
    return text


@PROPERTY
@given(edits())
def test_a_random_edit_is_read_as_pyyaml_reads_it_or_left_to_it(text):
    assert _agrees(text)


WORDS = st.text(st.sampled_from("abc XYZ019.,-/%()é"), min_size=1, max_size=12)
SCALARS = (st.none() | st.booleans() | st.integers(-10**20, 10**20)
           | st.floats(allow_nan=True, allow_infinity=True)
           | st.sampled_from(["yes", "No", "null", "~", "017", "1_000", "0x1F", "1:30", ".inf", "1e5", "", " x",
                              "x ", "a: b", "a #b", "it's", '"q"', "- x", "[x]", "{x}", "x, y", "é", "\u00a0",
                              "line\nbreak", "tab\there", "\\", "2025-05-21", "2025-05-21T10:00:00Z", "=", "<<"])
           | WORDS | st.text(max_size=12))
# Mostly keys and strings as claim files have them (so that most documents are read fast),
# some that the writer must quote or that YAML reads as other types.
_NAMES = st.sampled_from(["id", "value", "note", "by", "x_1", "Key"])
KEYS = st.one_of(_NAMES, _NAMES, _NAMES, _NAMES, _NAMES, _NAMES, st.sampled_from(["yes", "null", "a b", "1", "é"]),
                 st.text(max_size=4))


def _styled(value, flow: bool):
    if isinstance(value, dict):
        inner = {k: _styled(v, flow) for k, v in value.items()}
        return claimfile._FlowMap(inner) if flow else inner
    if isinstance(value, list):
        inner = [_styled(v, flow) for v in value]
        return claimfile._Flow(inner) if flow else inner
    return value


DOCS = st.dictionaries(KEYS, st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                                          | st.dictionaries(KEYS, inner, max_size=3), max_leaves=8),
                       min_size=1, max_size=5)


@PROPERTY
@given(DOCS, st.booleans(), st.booleans())
def test_a_random_document_factcheck_writes_is_read_as_pyyaml_reads_it(doc, flow, end):
    text = yaml.dump({k: _styled(v, flow) for k, v in doc.items()}, Dumper=claimfile._Dumper, sort_keys=False, allow_unicode=True,
                     width=10**9, default_flow_style=False, explicit_end=end)
    assert _agrees(text)


@st.composite
def claim_files_with_a_new_value(draw):
    """The base claim file, re-written after one value somewhere became a random scalar."""
    doc = copy.deepcopy(BASE_DOC)
    for _ in range(draw(st.integers(1, 3))):
        node = doc
        while True:
            key = draw(st.sampled_from(list(node) if isinstance(node, dict) else range(len(node))))
            if not isinstance(node[key], (dict, list)) or not node[key]:
                break
            node = node[key]
        node[key] = draw(SCALARS)
    return yaml.dump(doc, Dumper=claimfile._Dumper, sort_keys=False, allow_unicode=True, width=10**9,
                     default_flow_style=False, explicit_end=True)


@settings(PROPERTY, max_examples=100)
@given(claim_files_with_a_new_value())
def test_a_claim_file_with_any_value_is_read_as_pyyaml_reads_it(text):
    assert _agrees(text)
