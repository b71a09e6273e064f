"""Mends from the forty-second held-out set's misses and false flag (gy–hb), each a class of phrasing."""
from factcheck.articles import read_article
from factcheck.extract import extract
from factcheck.relations import analyse


def _article(tmp_path, text: str):
    p = tmp_path / "a.txt"
    p.write_text(f"date 2031-06-14\n{text}\n", encoding="utf-8")
    return read_article(p)


def _flags(tmp_path, text: str) -> list[str]:
    article = _article(tmp_path, text)
    return [f.rule for f in analyse(extract(article), article, []).findings]


_LEAD = ("The statistics bureau said in a report today that there are about 13.5 million Ruritanians in the world, "
         "of whom about 5.1 million in Ruritania.\nIn 2030, it said that 38 percent of the population in Ruritania "
         "is under 14 years of age; of which 36% are in the North Bank and 41% in the South Strip. ")


def test_shares_of_two_age_groups_are_two_figures(tmp_path):
    text = _LEAD + ("The elderly population aged 65 years and above constituted 3% of the total population; of which "
                    "4% in the North Bank and 3% in the South Strip.")
    assert "repeat" not in _flags(tmp_path, text)


def test_one_age_group_stated_twice_is_still_checked(tmp_path):
    text = _LEAD + ("The young population under 14 years of age constituted 3% of the total population; of which 4% "
                    "in the North Bank and 3% in the South Strip.")
    assert "repeat" in _flags(tmp_path, text)


def _units(tmp_path, text: str) -> dict[str, tuple]:
    return {c.surface: (c.unit, c.kind) for c in extract(_article(tmp_path, text))}


def test_a_local_sign_set_apart_is_money_in_its_countrys_story(tmp_path):
    by = _units(tmp_path, "Turkey's hunger threshold rose to TL 20,431 in September, above the minimum wage of "
                          "TL 17,002, the union said.")
    assert by["TL 20,431"] == ("TRY", "money")
    assert by["TL 17,002"] == ("TRY", "money")


def test_the_sign_set_apart_stays_a_name_where_its_country_is_not_named(tmp_path):
    by = _units(tmp_path, "The TL 17,002 vehicles were recalled in September, the regulator said.")
    assert all(kind != "money" for _, kind in by.values())
