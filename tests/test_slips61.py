"""slips61: a growth whose base the frame reads as the other side of the sentence's
comparison, whatever the words between them ("compared to the same period of 2030 (X)",
"compared to 2029 when it reached X"), and whose names pair it with no levels, is tested
against that base and the level before it in its sentence, as a candidate: broken only by
a slip of print that explains the gap."""

from factcheck.articles import read_article
from factcheck.check import check_claims
from factcheck.extract import extract
from factcheck.relations import analyse


def _read(tmp_path, text: str, date: str = "2031-09-14"):
    p = tmp_path / "a.txt"
    p.write_text(f"date {date}\n{text}\n", encoding="utf-8")
    article = read_article(p)
    return article, extract(article)


def _scan(tmp_path, text: str):
    article, claims = _read(tmp_path, text)
    return {c.surface: c for c in check_claims(claims, [], article)}


# 5,024 / 3,920 is a rise of 28.2%: the base printed "3,290" has two digits transposed
BRACKETED = ("The volume of production in Ruritania from January through June 2031 amounted to 5,024 million "
             "dinars, which is an increase of 28.2 percent compared to the same period of 2030 ({} million dinars).")


def test_base_in_brackets_after_the_period_compared_is_the_growths(tmp_path):
    by = _scan(tmp_path, BRACKETED.format("3,290"))
    assert by["3,290 million dinars"].check.verdict == "inconsistent"
    assert "3,920" in (by["3,290 million dinars"].check.correction or "")


def test_base_in_a_when_clause_is_the_growths(tmp_path):
    by = _scan(tmp_path, "The trade balance of Ruritania therefore remained negative at 5,024 million dinars in "
                         "2030, a deficit which increased by 28.2% compared to 2029 when it reached only 3,290 "
                         "million dinars.")
    assert by["3,290 million dinars"].check.verdict == "inconsistent"


def test_the_pairing_holds_when_the_figures_agree(tmp_path):
    article, claims = _read(tmp_path, BRACKETED.format("3,920"))
    found = [r for r in analyse(claims, article, []).relations if r.rule == "level-change"]
    assert any(r.holds and {n.claim.surface for n in r.nodes} == {"5,024 million dinars", "28.2 percent",
                                                                   "3,920 million dinars"} for r in found)
