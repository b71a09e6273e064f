"""Reference files: the shipped data is valid and sourced; errors name file:line."""

from pathlib import Path

import pytest

from factcheck.references import load_references

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_reference_data_is_valid_and_sourced():
    index = load_references(ROOT / "reference")
    assert index.errors == []
    assert len(index.references) >= 50
    for r in index.references:
        assert r.source.get("publisher") and r.source["url"].startswith("http"), r.id
    ids = [r.id for r in index.references]
    assert len(ids) == len(set(ids))
    trade = index.by_id("cn-ru-trade-2024")
    assert trade.value == 244.8e9 and trade.unit_code == "USD"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


GOOD = """source:
  publisher: General Administration of Customs of China
  url: http://english.customs.gov.cn/
references:
  - id: a
    metric: exports
    value: 25.45
    unit: trillion CNY
    tolerance: 0.1%
"""


@pytest.mark.parametrize("body,message", [
    ("  - id: b\n    metric: x\n    value: 1\n    unit: bilion USD\n", "b.yaml:6: 'b': unit 'bilion USD' is not a unit pint knows"),
    ("  - id: b\n    metric: x\n    value: many\n", "b.yaml:6: 'b': value 'many' is not a number"),
    ("  - id: b\n    value: 1\n", "b.yaml:6: 'b': missing metric"),
    ("  - id: b\n    metric: x\n    value: 1\n    colour: red\n", "b.yaml:6: 'b': unknown field(s) colour"),
    ("  - id: b\n    metric: x\n    value: 1\n    tolerance: lots\n", "b.yaml:6: 'b': tolerance 'lots'"),
])
def test_entry_errors_name_file_and_line(tmp_path, body, message):
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "b.yaml", "source: {publisher: P, url: 'https://example.org'}\nreferences:\n  - id: ok\n    metric: m\n" + body.replace("  - id: b", "    value: 2\n  - id: b", 1))
    index = load_references(tmp_path)
    assert [e.message.split("/")[-1] for e in index.errors] and any(message in e.message for e in index.errors), [e.message for e in index.errors]
    assert index.by_id("a") is not None and index.by_id("ok") is not None  # good entries still load


def test_duplicate_ids_across_files(tmp_path):
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "c.yaml", GOOD)
    index = load_references(tmp_path)
    assert len(index.errors) == 1
    assert "c.yaml:5: duplicate id 'a' (first at " in index.errors[0].message and "a.yaml:5)" in index.errors[0].message


def test_every_entry_needs_publisher_and_url(tmp_path):
    write(tmp_path, "a.yaml", "references:\n  - id: a\n    metric: m\n    value: 1\n    source: {publisher: P}\n")
    index = load_references(tmp_path)
    assert "a.yaml:2: 'a': no source url" in index.errors[0].message


def test_aliases_and_non_mappings_are_refused(tmp_path):
    write(tmp_path, "a.yaml", "x: &x {publisher: P, url: 'https://e.org'}\nsource: *x\nreferences: []\n")
    write(tmp_path, "b.yaml", "- just\n- a list\n")
    write(tmp_path, "c.yaml", "references: [unclosed\n")
    msgs = sorted(e.message for e in load_references(tmp_path).errors)
    assert "anchors and aliases are not allowed" in msgs[0]
    assert "must be a mapping" in msgs[1]
    assert "c.yaml:" in msgs[2] and "not valid YAML" in msgs[2]


def test_units_scale_words_and_rates(tmp_path):
    write(tmp_path, "a.yaml", "source: {publisher: P, url: 'https://e.org'}\nreferences:\n"
          "  - {id: a, metric: m, value: 1.5, unit: lakh crore INR}\n"
          "  - {id: b, metric: fx, value: 7.1, unit: CNY/USD}\n"
          "  - {id: c, metric: oil, value: 2, unit: million tonne}\n"
          "  - {id: d, metric: n, value: 132, unit: million}\n")
    index = load_references(tmp_path)
    assert index.errors == []
    assert (index.by_id("a").value, index.by_id("a").unit_code) == (1.5e12, "INR")
    assert index.by_id("b").unit_code == "CNY/USD"
    assert (index.by_id("c").value, index.by_id("c").unit_code) == (2e6, "tonne")
    assert (index.by_id("d").value, index.by_id("d").unit_code) == (132e6, "count")
