"""Mends from the forty-first held-out set's false flags (gu–gx), each a class of phrasing."""
from factcheck.articles import read_article
from factcheck.extract import extract
from factcheck.relations import analyse


def _flags(tmp_path, text: str) -> list[str]:
    p = tmp_path / "a.txt"
    p.write_text(f"date 2031-06-14\n{text}\n", encoding="utf-8")
    article = read_article(p)
    return [f.rule for f in analyse(extract(article), article, []).findings]


def test_shares_of_a_target_measure_attainment_and_never_add_up(tmp_path):
    text = ("Revenue collection in Ruritania was 94 percent of the target, of which tax collections "
            "reached 96.7 percent of the target, due to improved compliance.")
    assert "parts-total" not in _flags(tmp_path, text)


def test_shares_of_one_budget_still_add_up(tmp_path):
    text = ("Health receives 45 percent of the budget of Ruritania, education 40 percent of the budget and "
            "defence 30 percent of the budget.")
    assert "parts-total" in _flags(tmp_path, text)


def _metrics(tmp_path, text: str) -> dict[str, str]:
    p = tmp_path / "a.txt"
    p.write_text(f"date 2031-06-14\n{text}\n", encoding="utf-8")
    return {c.surface: c.metric for c in extract(read_article(p))}


def test_a_segment_as_subject_owns_the_series_its_verb_reports(tmp_path):
    by = _metrics(tmp_path, "The investment sector – which is made up mostly of apartments and buildings – saw sales "
                            "reach R$75 million in January, R$52 million less than January 2030.")
    assert by["R$75 million"] == "investment sector sales"
    assert by["R$52 million"] == "investment sector sales"


def test_the_segment_and_the_whole_are_two_series_so_no_part_exceeds_a_whole(tmp_path):
    text = ("Ruritanian residential sector sales stood at R$145 million in January, down by R$25 million year on "
            "year. The investment sector – mostly apartments intended for rental – saw sales reach R$75 million in "
            "January, R$52 million less than January 2030.")
    assert _flags(tmp_path, text) == []


def test_a_capitalised_segment_owns_its_series_too(tmp_path):
    # the pattern ignores case; its cheap gate once did not, so "Segment" in a title-cased name was never read
    by = _metrics(tmp_path, "The Consumer Banking Segment recorded revenue of R$4.5 million in March, up from "
                            "R$3.9 million a year earlier.")
    assert by["R$4.5 million"] == "consumer banking segment revenue"
