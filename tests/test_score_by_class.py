"""The corpus scorer reports sensitivity and specificity per class: published slips by the
kind the reader gave them, flags on clean text by the rule that raised them."""

import importlib.util
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXT = ("China's trade in January\n\nIn January 2024, China's exports were 7.81 trillion yuan and its imports "
        "were 5.38 trillion yuan, leaving a trade surplus of 2.43 billion yuan, the customs office said.\n")


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article(folder: Path, slips: list, text: str = TEXT) -> Path:
    claims = [("7.81 trillion yuan", 7.81e12, "exports"), ("5.38 trillion yuan", 5.38e12, "imports"),
              ("2.43 billion yuan" if "billion" in text else "2.43 trillion yuan",
               2.43e9 if "billion" in text else 2.43e12, "trade surplus")]
    doc = {
        "article": "cn_trade_2024-02_test", "url": "https://example.org/a", "outlet": "test", "country": "CN",
        "date": None, "topic": "trade", "not_claims": [],
        "claims": [{"id": f"c{i}", "surface": s, "occurrence": 1, "value": v, "end": None, "unit": "CNY",
                    "kind": "money", "qualifier": "exact", "counts": m, "metric": m, "subject": ["China"],
                    "period": "2024-01", "role": "level", "direction": None, "base_period": None}
                   for i, (s, v, m) in enumerate(claims, 1)],
        "relations": [{"id": "r1", "type": "difference", "input_ids": ["c1", "c2"],
                       "inputs": ["7.81 trillion yuan", "5.38 trillion yuan"], "result_id": "c3",
                       "result": claims[2][0], "comparison": "=", "holds": not slips}],
        "slips": slips,
    }
    folder.mkdir()
    (folder / "cn_trade_2024-02_test.txt").write_text(text, encoding="utf-8")
    path = folder / "cn_trade_2024-02_test.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def test_a_flagged_slip_counts_under_its_kind(tmp_path):
    score = _scorer()
    slip = {"relation": "r1", "wrong_id": "c3", "correct": 2.43e12, "kind": "scale_word",
            "evidence": "7.81 - 5.38 = 2.43 trillion"}
    r = score.score_article(_article(tmp_path / "a", [slip]), False, False)
    assert (r["slips"], r["slips_flagged"]) == (1, 1)
    assert score.by_class(r) == ["  published slips by kind: scale_word 1/1"]


def test_a_flag_the_gold_does_not_list_counts_against_its_rule(tmp_path):
    # the same text annotated as clean: the tool's flag is then a false one, charged to its rule
    score = _scorer()
    r = score.score_article(_article(tmp_path / "b", []), False, False)
    assert r["false_flags"] == 1
    lines = score.by_class(r)
    assert len(lines) == 1 and lines[0].startswith("  false flags by rule: ")
    rules = dict(part.rsplit(" ", 1) for part in lines[0].split(": ", 1)[1].split(", "))
    assert rules and all(n == "1" for n in rules.values()) and "?" not in rules


def test_planted_slips_count_only_where_the_clean_text_is_not_already_flagged(tmp_path):
    score = _scorer()
    # clean and consistent: slips planted in its balance are caught on their own merit
    clean = score.score_article(_article(tmp_path / "c", [], TEXT.replace("2.43 billion", "2.43 trillion")), True, False)
    assert clean.get("false_flags", 0) == 0 and clean["inj"] > 0
    assert clean["inj_caught"] > 0 and clean.get("flagged_clean_catches", 0) == 0
    # the tool already flags this relation on the text as annotated: a flag after a planted
    # slip says nothing about the slip, so none of them counts as caught
    spoiled = score.score_article(_article(tmp_path / "d", []), True, False)
    assert spoiled["inj"] > 0 and spoiled.get("inj_caught", 0) == 0
    assert spoiled["flagged_clean_catches"] > 0


def test_a_gold_figure_is_found_as_printed_not_inside_a_longer_number():
    # The reader counts "9%" as printed: its first occurrence is the standalone one, not the
    # tail of "39%". A reader who counted the substring literally is still honoured.
    score = _scorer()
    text = "Rice covered 39% of the land; pulses (9%) and maize 19.5%, up from 9.5%."
    assert text[score.gold_start(text, "9%", 1):].startswith("9%)")
    assert score.gold_start(text, "9.5%", 1) == text.index("9.5%.")
    literal = text.index("9%) and")
    assert score.gold_start(text, "9%", 2) == literal
    assert score.gold_start(text, "40%", 1) == -1
    assert score.gold_spans(text, [{"id": "c1", "surface": "9%", "occurrence": 1}]) == {"c1": (literal, literal + 2)}


def test_an_undated_article_is_assumed_published_the_month_after_its_slug_month_only_when_it_names_one():
    score = _scorer()
    assert score.assumed_date({"date": None}, Path("cn_trade_2024-12_test.txt")) == "2025-01-15"
    assert score.assumed_date({"date": None}, Path("cn_trade_2024-03_test.txt")) == "2024-04-15"
    # a fiscal year in the slug names no month: the article is scanned undated, not at month 26
    assert score.assumed_date({"date": None}, Path("ss_budget_2024-25_test.txt")) is None
    assert score.assumed_date({"date": None}, Path("in_budget_2023-00_test.txt")) is None
