"""The evaluation corpus (corpus/): annotations read by people, kept honest by the validator.

The corpus is gold for the scorer (corpus/tools/score.py), so its own arithmetic must hold:
every relation marked as holding must compute, every published slip must name a relation
that does not, and every surface must be found in its article's text."""

import importlib.util
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FOLDERS = sorted(p for p in CORPUS.glob("*/*") if p.is_dir() and any(p.glob("*.yaml")))


def _validator():
    spec = importlib.util.spec_from_file_location("corpus_validate", CORPUS / "tools" / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_annotations_validate(folder):
    validate = _validator().validate
    problems = [e for f in sorted(folder.glob("*.yaml")) for e in validate(f)]
    assert problems == []


def test_validator_rejects_a_relation_that_does_not_compute(tmp_path):
    """The validator is what keeps the gold honest: a sum whose parts do not add up, marked
    as holding without a word of explanation, must be reported."""
    text = "Exports were $5.2 billion and imports $3.1 billion, for total trade of $9.4 billion."
    doc = {
        "article": "xx_trade_2024-01_test", "url": "https://example.org/a", "outlet": "test",
        "country": "XX", "date": None, "topic": "trade", "not_claims": [],
        "claims": [
            {"id": f"c{i}", "surface": s, "occurrence": 1, "value": v, "end": None, "unit": "USD",
             "kind": "money", "qualifier": "exact", "counts": m, "metric": m, "subject": [],
             "period": "2024", "role": "level", "direction": None, "base_period": None}
            for i, (s, v, m) in enumerate([("$5.2 billion", 5.2e9, "exports"), ("$3.1 billion", 3.1e9, "imports"),
                                           ("$9.4 billion", 9.4e9, "total trade")], 1)
        ],
        "relations": [{"id": "r1", "type": "sum", "input_ids": ["c1", "c2"], "inputs": ["$5.2 billion", "$3.1 billion"],
                       "result_id": "c3", "result": "$9.4 billion", "comparison": "=", "holds": True}],
    }
    (tmp_path / "xx_trade_2024-01_test.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "xx_trade_2024-01_test.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    problems = _validator().validate(path)
    assert len(problems) == 1 and "relation r1: holds=True but computed" in problems[0], problems
    # a reader's note naming the validator keeps the reader's judgement, and nothing else does
    doc["relations"][0]["note"] = "parts rounded in the source; the validator's arithmetic does not apply"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert _validator().validate(path) == []


def test_validator_reports_a_value_that_yaml_cuts_at_a_comment(tmp_path):
    """An unquoted note holding ' #' loads cut short (YAML reads a comment): the file is
    well-formed, so only the raw text shows what a reader wrote and the corpus lost."""
    text = "Arrivals rose to 41,200, ranking the island #2 in the region."
    raw = (
        "article: xx_tourism_2024-01_test\nurl: https://example.org/a#top\noutlet: test\ncountry: XX\n"
        "date: null\ntopic: tourism\nnot_claims: []\nrelations: []\nclaims:\n"
        "- id: c1\n  surface: '41,200'\n  occurrence: 1\n  value: 41200\n  end: null\n  unit: count\n"
        "  kind: count\n  qualifier: exact\n  counts: \"arrivals, #2 in the region\"\n  metric: arrivals\n"
        "  subject: []\n  period: '2024'\n  role: level\n  direction: null\n  base_period: null\n"
    )
    (tmp_path / "xx_tourism_2024-01_test.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "xx_tourism_2024-01_test.yaml"
    path.write_text(raw, encoding="utf-8")
    assert _validator().validate(path) == []  # a quoted '#' and a URL's fragment are values
    path.write_text(raw.replace("  metric: arrivals\n", "  metric: arrivals #2 in the region\n"), encoding="utf-8")
    problems = _validator().validate(path)
    assert len(problems) == 1 and ":19: an unquoted value holding ' #'" in problems[0], problems


def test_corpus_is_as_broad_as_issue_8_asks():
    """At least 60 articles from 25 outlets in 10 countries, a third of them held back."""
    docs = {f: yaml.safe_load(f.read_text(encoding="utf-8")) for d in FOLDERS for f in d.glob("*.yaml")}
    assert len(docs) >= 60
    assert len({d["outlet"] for d in docs.values()}) >= 25
    assert len({d["country"] for d in docs.values()}) >= 10
    blind = [f for f in docs if "blind" in f.parts]
    assert len(blind) * 3 >= len(docs)
