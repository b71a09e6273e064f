"""Article input: decoding, dates, titles, ids, HTML to text with offsets."""

import pytest

from factcheck.articles import article_id, discover, read_article
from factcheck.errors import InputError
from factcheck.extract import extract


def test_seed_dates(root):
    assert read_article(root / "seeds/000_6aac05d6371eb8e8.txt").date == "2025-05-21"
    undated = read_article(root / "seeds/004_2c6681ad046ffadc.txt")
    assert undated.date is None and undated.year_hint == 2025  # "In 2024, bilateral trade rose ..."


def test_date_sources_in_order(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Trade hits record\ndate: 2024-07-12\n---\n# Heading\nExports rose 5 percent.\n", encoding="utf-8")
    a = read_article(p)
    assert (a.date, a.title) == ("2024-07-12", "Trade hits record")
    assert read_article(p, date="2024-01-01").date == "2024-01-01"  # --date first
    q = tmp_path / "b.txt"
    q.write_text("NEW DELHI, March 1 (Reuters) - GST collections rose. Data released on March 1, 2024 showed it.\n", encoding="utf-8")
    assert read_article(q).date == "2024-03-01"
    r = tmp_path / "c.txt"
    r.write_text("TOKYO, Jan 15 - Visitors rose.\n", encoding="utf-8")
    assert read_article(r).date is None  # a dateline without a year anywhere


def test_front_matter_is_not_scanned(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ndate: 2024-07-12\nwords: 1500\n---\nExports rose to 5 billion dollars in 2023.\n", encoding="utf-8")
    claims = extract(read_article(p))
    assert [c.surface for c in claims] == ["5 billion dollars"]


def test_bom_is_accepted_and_spans_index_the_decoded_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffTrade rose to 244.8 billion U.S. dollars in 2024.\n".encode("utf-8"))
    a = read_article(p)
    c = extract(a)[0]
    assert a.text[c.span[0]:c.span[1]] == c.surface == "244.8 billion U.S. dollars"


@pytest.mark.parametrize("data,reason", [
    (b"caf\xe9 prices rose 5 percent", "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
    (b"PK\x03\x04\x00\x00binary", "binary file, not text"),
])
def test_refused_input(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_article(p)
    assert exc.value.message.endswith(f"bad.txt: {reason}")


def test_html_visible_text_with_offsets(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>T</title><style>p{}</style><script>var x = 99;</script></head>"
                 "<body><h1>Trade &amp; tourism</h1><p>China recorded <b>132 million</b> inbound trips in 2024.</p>"
                 "<p>Spending reached 94.2 billion U.S. dollars.</p></body></html>", encoding="utf-8")
    a = read_article(p)
    assert a.source_format == "html" and a.title == "Trade & tourism"
    assert "99" not in a.text and "p{}" not in a.text
    claims = extract(a)
    assert [c.surface for c in claims] == ["132 million inbound trips", "94.2 billion U.S. dollars"]
    for c in claims:
        assert a.text[c.span[0]:c.span[1]] == c.surface


def test_discover_recurses_and_reports_missing(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/a.txt", "d/sub/b.md", "d/sub/c.html", "d/notes.csv", "d/.hidden/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found, errors = discover([tmp_path / "d", tmp_path / "missing"])
    assert [p.name for p in found] == ["a.txt", "b.md", "c.html"]
    assert len(errors) == 1 and "no such file or folder" in errors[0].message


def test_article_ids_are_sanitised():
    assert article_id("seeds/004_2c6681ad046ffadc.txt") == "004_2c6681ad046ffadc"
    assert article_id("news/Trade report (final)!.html") == "Trade-report-final"


def test_display_path_resolves_links_and_each_folder_once(tmp_path, monkeypatch):
    import os

    from factcheck import articles

    (tmp_path / "real").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "real" / name).write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "c.txt").symlink_to(tmp_path / "real" / "a.txt")
    monkeypatch.chdir(tmp_path)
    articles._resolved_folder.cache_clear()
    resolved = []
    realpath = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda p, **kw: resolved.append(p) or realpath(p, **kw))
    assert articles.display_path("link/a.txt") == "real/a.txt"
    assert articles.display_path("link/b.txt") == "real/b.txt"
    assert len(resolved) == 2  # the working directory and the folder: once each, not once an article
    assert articles.display_path("real/c.txt") == "real/a.txt"  # a linked file is its target
    assert articles.display_path(tmp_path.parent / "elsewhere.txt") == (tmp_path.parent / "elsewhere.txt").as_posix()
