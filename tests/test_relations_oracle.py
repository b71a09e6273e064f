"""benchmarks/relations_oracle.py --tool-fields: the ablation swaps in exactly the named
frame fields from the tool's own extraction and leaves the others as annotated."""

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import relations_oracle as oracle  # noqa: E402

from factcheck.extract import extract  # noqa: E402

ARTICLE = sorted((ROOT / "corpus" / "dev" / "a").glob("*.yaml"))[0]


def _claims(fields):
    oracle.TOOL_FIELDS = fields
    doc = yaml.safe_load(ARTICLE.read_text(encoding="utf-8"))
    article, claims = oracle.gold_claims(ARTICLE.with_suffix(".txt"), doc)
    if fields:
        oracle._with_tool_fields(article, claims)
    oracle.TOOL_FIELDS = ()
    return article, claims


def test_named_fields_come_from_the_tool_and_the_others_stay_annotated():
    article, gold = _claims(())
    _, swapped = _claims(("metric",))
    mine = extract(article)
    changed = 0
    for g, s in zip(gold, swapped):
        t = next((m for m in mine if m.span[0] < g.span[1] and g.span[0] < m.span[1]), None)
        assert s.period == g.period and s.role == g.role  # not named: as annotated
        assert s.metric == (t.metric if t is not None else g.metric)
        changed += s.metric != g.metric
    assert changed, "the tool names some metric otherwise than the annotation"


def test_unknown_field_is_refused():
    with pytest.raises(SystemExit) as e:
        oracle.main([str(ARTICLE.parent), "--tool-fields", "colour"])
    assert e.value.code == 2


def test_a_figure_in_words_rounds_like_the_tools_reading_of_it():
    """'four per cent' is a whole number (±0.5), as extraction reads it, not an exact 4."""
    sentence = "Vessel numbers rose four per cent to 5,922, and half of them were tankers."
    at = sentence.index("four per cent")
    assert oracle._precision("four per cent", 4.0, sentence, (at, at + len("four per cent"))) == 1.0
    assert oracle._precision("four per cent", 4.0) is None  # no sentence: exact, as before
    at = sentence.index("5,922")
    assert oracle._precision("5,922", 5922.0, sentence, (at, at + 5)) == 1.0  # digits: as printed


def test_a_fraction_in_words_stays_as_annotated():
    sentence = "The town has grown by a third since the last census."
    at = sentence.index("a third")
    assert oracle._precision("a third", 33.333, sentence, (at, at + len("a third"))) is None
