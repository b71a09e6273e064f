"""The corpus scripts a round is measured and a held-out set is built with."""

import importlib.util
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent / "corpus" / "tools"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_SET_FILE = """== score {name}
articles 6 (1 undated, scanned with an assumed date)  gold claims 120  predicted 118
extraction: value P 0.950 R 0.940 F1 0.945; typed F1 0.900; spurious 4
frame (on value-matched claims): period 0.800 (100)  role 0.900 (100)  direction 0.500 (20)  base_period 0.250 (8)
reference matching (entry named with the tool's own metric and subject, gold period/role/value; extraction misses count as failures): {own}/100 = 0.500 (one series stated with two values, left out: 0)
reference matching, strict (entry named with the gold's metric and subject): 30/90 = 0.333 (ambiguous gold keys left out: 2)
real slips flagged: 1/3; false flags on clean text: {ff}
injected slips caught: 10/40 = 0.250 (digit 5/20, scale 5/20)
== oracle gold
real slips flagged: 2/3; false flags on clean claims: 0
planted slips caught: 20/40 = 0.500
== oracle tool metric,subject
real slips flagged: 1/3; false flags on clean claims: 1
planted slips caught: 12/40 = 0.300
== eval
slips caught: 7/9 (articles 6)
flags on clean text: 2
"""


def test_sides_sums_counts_and_weighs_accuracies_by_their_size(tmp_path):
    sides = _load("sides")
    (tmp_path / "dev.txt").write_text(_SET_FILE.format(name="dev", own=50, ff=0))
    (tmp_path / "de.txt").write_text(_SET_FILE.format(name="de", own=40, ff=1))
    totals, missing = sides.totals(tmp_path, ["dev", "de", "fj"])
    assert missing == ["fj"]
    assert totals["own"] == [90, 200]
    assert totals["period"] == [160, 200] and totals["base_period"] == [4, 16]
    assert totals["FF"] == [1]
    assert totals["engine gold"] == [4, 6, 0, 40, 80]
    assert totals["engine tool names"] == [2, 6, 2, 24, 80]
    assert totals["eval"] == [14, 18, 4]
    assert sides.shown("engine gold", totals["engine gold"]) == "slips 4/6, ff 0, planted 40/80"


def test_sides_shows_only_what_moved_with_an_arrow(tmp_path, capsys):
    sides = _load("sides")
    before, after = tmp_path / "a", tmp_path / "b"
    before.mkdir()
    after.mkdir()
    (before / "dev.txt").write_text(_SET_FILE.format(name="dev", own=50, ff=0))
    (after / "dev.txt").write_text(_SET_FILE.format(name="dev", own=55, ff=0))
    assert sides.main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "own                50/100 → 55/100" in out
    assert "strict             30/90\n" in out


def test_used_lists_name_each_domain_without_its_mobile_or_www_prefix(tmp_path):
    used = _load("used_lists")
    assert used.domain("https://www.example.co.ug/a/b") == "example.co.ug"
    assert used.domain("https://m.example.com/x") == "example.com"
    root = tmp_path
    folder = root / "corpus" / "blind" / "zz"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text("url: https://amp.paper.mv/story\noutlet: The Paper\ncountry: MV\nclaims: []\n")
    (folder / "b.yaml").write_text("claims: []\n")  # no address: not an article's annotation
    urls, outlets, domains, countries = used.collect(root)
    assert urls == {"https://amp.paper.mv/story"} and domains == {"paper.mv"}
    assert outlets == {"The Paper"} and countries == {"MV": 1}


def test_sides_sums_extraction_counts_printed_or_backed_out_of_f1(tmp_path):
    sides = _load("sides")
    # a file written before score.py printed its counts: 2·tp/(120+118) = 0.945 → 112.5 → 112
    (tmp_path / "dev.txt").write_text(_SET_FILE.format(name="dev", own=50, ff=0))
    counted = _SET_FILE.format(name="de", own=40, ff=1).replace(
        "spurious 4\n", "spurious 4\n  matched: value 110, typed 100 (of gold 120, predicted 118)\n")
    (tmp_path / "de.txt").write_text(counted)
    totals, _ = sides.totals(tmp_path, ["dev", "de"])
    assert totals["extraction"] == [112 + 110, 107 + 100, 240, 236]
    assert sides.shown("extraction", [110, 100, 120, 118]).startswith("value 110, typed 100 of gold 120")


def test_score_prints_the_counts_behind_its_f1s(tmp_path, capsys):
    score = _load("score")
    score.main([str(tmp_path)])  # no articles: every count is zero, and printed
    assert "matched: value 0, typed 0 (of gold 0, predicted 0)" in capsys.readouterr().out
