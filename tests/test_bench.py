"""benchmarks/bench.py's distinct-text corpus: real articles, each once, never a held-out set."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

BASE = bench.build_base(40 * 1024)
BASE_BYTES = 16 * sum(len(d) for _, d in BASE)


@pytest.fixture(scope="module")
def distinct():
    return bench.build_distinct(BASE_BYTES, BASE)


def test_the_folder_list_names_no_held_out_set_and_no_glob():
    for folder in bench.DISTINCT_FOLDERS:
        parts = Path(folder).parts
        assert parts[0] == "corpus" and "*" not in folder
        if parts[1] == "blind":
            assert len(parts) == 3 and parts[2] not in bench.HELD_OUT
        else:
            assert parts == ("corpus", "dev")
    assert len(set(bench.DISTINCT_FOLDERS)) == len(bench.DISTINCT_FOLDERS)


@pytest.mark.parametrize("folder", [f"corpus/blind/{bench.HELD_OUT[0]}", f"corpus/blind/{bench.HELD_OUT[-1]}", "corpus/blind",
                                    f"corpus/blind/x/{bench.HELD_OUT[0]}"])
def test_a_held_out_or_unnamed_folder_is_refused_before_it_is_read(tmp_path, folder):
    held = tmp_path / folder
    held.mkdir(parents=True)
    (held / "a.txt").write_text("Exports rose 5 percent in 2023.\n")
    with pytest.raises(bench.BenchError, match="never read"):
        bench.build_distinct(1, [], folders=(folder,), root=tmp_path)
    dev = tmp_path / "corpus" / "dev"
    dev.mkdir(parents=True)
    (dev / "b.txt").write_text("Imports fell 3 percent in 2024.\n")
    with pytest.raises(bench.BenchError, match="never read"):  # even when listed after enough text
        bench.build_distinct(1, [], folders=("corpus/dev", folder), root=tmp_path)


def test_the_distinct_corpus_is_as_large_as_the_repeated_one(distinct):
    size = sum(len(d) for _, d in distinct)
    assert BASE_BYTES <= size <= BASE_BYTES + max(len(d) for _, d in distinct)
    assert 0.95 < size / BASE_BYTES < 1.05  # ~620 KB either way
    assert len(distinct) > len(BASE)  # many articles, not a few long ones


def test_no_article_is_repeated_nor_a_base_article(distinct):
    texts = [d for _, d in distinct]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {d for _, d in BASE}
    assert len({name for name, _ in distinct}) == len(distinct)


def test_no_paragraph_is_shared_between_two_articles_or_with_the_base(distinct):
    seen: dict[str, str] = {}
    for _, data in BASE:
        for p in bench.paragraphs_of(data):
            seen[p] = "base"
    for name, data in distinct:
        for p in bench.paragraphs_of(data):
            assert p not in seen, (name, seen[p], p[:60])
            seen[p] = name


def test_every_article_comes_from_a_listed_folder(distinct):
    names = {Path(f).name for f in bench.DISTINCT_FOLDERS}
    for name, _ in distinct:
        assert name.split("_", 1)[0] in names
    assert not {name.split("_", 1)[0] for name, _ in distinct} & set(bench.HELD_OUT)


def test_shared_text_is_skipped_and_too_little_text_is_an_error(tmp_path):
    folder = tmp_path / "corpus" / "dev"
    folder.mkdir(parents=True)
    para = "The ministry said exports of beef rose 12 percent to 40,000 tonnes in 2023.\n"
    (folder / "a.txt").write_text(para + "Short line.\n")
    (folder / "b.txt").write_text("A different opening paragraph of more than forty characters.\n" + para)
    (folder / "c.txt").write_text(para + "Short line.\n")  # a copy of a
    (folder / "d.txt").write_text("Imports fell by a fifth to $3.2 billion, the customs office said.\n")
    with pytest.raises(bench.BenchError, match="less than"):
        bench.build_distinct(10_000, [], folders=("corpus/dev",), root=tmp_path)
    total = sum(p.stat().st_size for p in folder.iterdir() if p.name in ("a.txt", "d.txt"))
    got = bench.build_distinct(total, [], folders=("corpus/dev",), root=tmp_path)
    assert [name for name, _ in got] == ["dev_a", "dev_d"]
    base = [("seed", (folder / "d.txt").read_bytes())]
    assert bench.build_distinct(1, base, folders=("corpus/dev",), root=tmp_path)[0][0] == "dev_a"


def test_write_texts_keeps_each_text_once_in_order(tmp_path):
    n, size = bench.write_texts(tmp_path / "c", [("dev_a", b"one\n"), ("dev_b", b"two\n")])
    assert (n, size) == (2, 8)
    assert [p.read_bytes() for p in sorted((tmp_path / "c").iterdir())] == [b"one\n", b"two\n"]
