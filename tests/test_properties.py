"""Property tests (hypothesis, derandomized so that CI is repeatable):

- a random edit to a claim file is either refused with a reason, or what factcheck then
  understands is exactly what the file says: nothing filled in, nothing dropped;
- random text, bytes and YAML never raise anything but the one-line errors.
"""

import math
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import claimfile
from factcheck.articles import decode, front_matter, read_article
from factcheck.check import check_claims
from factcheck.errors import ClaimFileError, InputError
from factcheck.extract import extract
from factcheck.models import Article, Review
from factcheck.references import load_file, load_references

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "004_2c6681ad046ffadc.txt"
PROPERTY = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _base_text() -> str:
    """A real claim file with a review, a previous decision and a retired claim."""
    article = read_article(SEED)
    cf = claimfile.merge(None, article, extract(article))
    cf.claims[1].review = Review(status="verified", by="desk", at="2025-05-22T10:00:00+00:00", note="checked: GACC")
    cf.claims[2].review = Review(status="unreviewed", previous={"status": "disputed", "by": "a", "value": 12.0})
    cf.article["__retired__"] = [{"id": "c-0123abcd", "surface": "12 percent", "sentence": "It rose 12 percent.",
                                  "value": 12.0, "review": Review(status="false", by="b").to_dict()}]
    return claimfile.dumps(cf)


BASE = _base_text()
LINES = BASE.splitlines(keepends=True)
TOKENS = ["", "x", "'x'", "-1", "0", "1.5", "1e999", ".nan", ".inf", "null", "[]", "{}", "[1, 2]", "true", "'5'",
          "2025-05-21", "verified", "c-00000000", "count", "{a: 1}", "- 1", "[", "'"]


@st.composite
def edits(draw):
    kind = draw(st.sampled_from(["truncate", "delete line", "replace value", "duplicate line", "swap lines",
                                 "indent", "outdent"]))
    lines = list(LINES)
    i = draw(st.integers(0, len(lines) - 1))
    if kind == "truncate":
        return kind, BASE[: draw(st.integers(0, len(BASE.rstrip()) - 1))]
    if kind == "delete line":
        del lines[i]
    elif kind == "replace value":
        line = lines[i]
        if ": " not in line:
            return kind, BASE
        key = line.split(": ", 1)[0]
        lines[i] = f"{key}: {draw(st.sampled_from(TOKENS))}\n"
    elif kind == "duplicate line":
        lines.insert(i, lines[i])
    elif kind == "swap lines":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "indent":
        lines[i] = "  " + lines[i]
    elif kind == "outdent":
        lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
    return kind, "".join(lines)


def _drop_empty(value):
    """None, [] and {} say 'nothing' whether written or left out (the writer leaves out some)."""
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value


def _said(doc: dict) -> dict:
    """What a claim file says, in the terms factcheck keeps: the check block's own fields,
    the context keys the rules read."""
    doc = dict(doc)
    doc["article"] = {k: v for k, v in doc["article"].items() if k != "claim_count"}
    claims = []
    for c in doc.get("claims") or []:
        c = dict(c)
        c["check"] = {k: c["check"].get(k) for k in ("verdict", "reference", "expected", "reasons")}
        context = c.pop("context", None) or {}
        c["context"] = {k: v for k, v in context.items() if k in claimfile.CONTEXT_KEYS and v not in (None, False, "")}
        claims.append(c)
    doc["claims"] = claims
    return _drop_empty(doc)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b and type(a) in (type(b), int, float) and type(b) in (type(a), int, float)


def test_the_base_file_is_accepted_as_written():
    cf = claimfile.loads(BASE)
    assert claimfile.dumps(cf) == BASE
    assert _same(_said(yaml.load(BASE, Loader=claimfile._Loader)), _said(claimfile.to_doc(cf)))


@PROPERTY
@given(edits())
def test_a_random_edit_is_refused_or_understood_exactly_as_written(edit):
    kind, text = edit
    try:
        cf = claimfile.loads(text, "claims/x.yaml")
    except ClaimFileError as exc:
        assert exc.message.startswith("claims/x.yaml") and exc.reason  # refused, naming file and reason
        return
    written = yaml.load(text, Loader=claimfile._Loader)
    assert _same(_said(written), _said(claimfile.to_doc(cf))), kind
    assert text.rstrip().endswith("\n...")  # a file that was cut is never accepted
    assert len(cf.claims) == len({c.id for c in cf.claims})


@PROPERTY
@given(st.text(max_size=600), st.sampled_from([None, "2024-05-01"]))
def test_random_text_never_raises_and_spans_hold(text, date):
    article = Article(id="f", path="f", text=text, sha256="0", date=date)
    claims = extract(article)
    check_claims(claims, REFERENCES, article)
    for c in claims:
        assert text[c.span[0]:c.span[1]] == c.surface


@PROPERTY
@given(st.binary(max_size=400))
def test_random_bytes_are_read_or_refused_with_a_reason(data):
    try:
        text = decode(data, "a.txt")
        front_matter(text, "a.md")
    except InputError as exc:
        assert exc.message.startswith(("a.txt", "a.md")) and exc.reason


@PROPERTY
@given(st.text(max_size=400))
def test_random_yaml_is_read_or_refused_with_a_reason(text):
    try:
        claimfile.loads(text, "c.yaml")
    except ClaimFileError as exc:
        assert exc.message.startswith("c.yaml")


@PROPERTY
@given(st.text(max_size=400))
def test_random_reference_files_are_loaded_or_refused_with_a_reason(tmp_path_factory, text):
    path = tmp_path_factory.getbasetemp() / "random-reference.yaml"
    path.write_text(text, encoding="utf-8")
    refs, errors = load_file(path)
    for e in errors:
        assert "random-reference.yaml" in e.message
    for r in refs:
        assert math.isfinite(r.value)


REFERENCES = load_references(ROOT / "reference").references


# --- the compiled validator never accepts what jsonschema refuses ---------------------------
# Claim files are validated by fastjsonschema's compiled validator, and by jsonschema only
# when that one refuses (for the message): the fast path must be no more lenient.
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 2**40) | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["", "x", "verified", "unreviewed", "html", "exact", "count", "up", "2024", "2024-05-21",
                       "2024-05-21\n", "factcheck 0.1.0", "c-0123abcd", "a/b", "../x", "0" * 64, "f" * 64 + "\n",
                       "2025-05-22T10:00:00+00:00"])
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["id", "x", "status", "value"]), inner,
                                                                 max_size=3),
    max_leaves=6)


@st.composite
def doc_edits(draw):
    """The base document with one value somewhere replaced, or one key removed or added."""
    doc = yaml.load(BASE, Loader=claimfile._Loader)
    node = doc
    while True:  # walk down to a random container
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if not isinstance(child, (dict, list)) or draw(st.integers(0, 3)) == 0:
            break
        node = child
    if not keys:
        return doc
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace" or isinstance(node, list):
        node[key] = draw(VALUES)
    elif action == "delete":
        del node[key]
    else:
        node[draw(st.sampled_from(["note", "extra", "status", "by", "previous", "value", "end"]))] = draw(VALUES)
    return doc


@PROPERTY
@given(doc_edits())
def test_what_the_compiled_validator_accepts_jsonschema_accepts(doc):
    from factcheck import validation

    fast = validation._fast_validator()
    assert fast is not None  # a dependency: without it every file pays jsonschema's price
    if fast(doc):
        assert validation._validator().is_valid(doc)
    assert validation.valid(doc) == validation._validator().is_valid(doc)


@settings(PROPERTY, max_examples=150)
@given(edits())
def test_an_edited_file_gets_the_same_verdict_from_both_validators(edit):
    from factcheck import validation

    _, text = edit
    try:
        doc = yaml.load(text, Loader=claimfile._Loader)
    except yaml.YAMLError:
        return
    if validation._fast_validator()(doc):
        assert validation._validator().is_valid(doc)
