"""Flags on clean text the twenty-eighth round removes by their cause: a whole picked
past the approximate total it belongs to, a figure after "Out of the total X," taken for
X, a growth of one level set against the per-head levels beside it, two items of one
ranking taken for a part and its whole, and comparison bases named only by the unit they
count. Our own sentences, through extraction; each test fails without its change."""

from __future__ import annotations

from factcheck.articles import read_article
from factcheck.extract import extract
from factcheck.relations import analyse


def _flags(tmp_path, text: str, date: str = "2025-07-15") -> list[str]:
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    article = read_article(p, date)
    return [f.reason for f in analyse(extract(article), article, []).findings if f.flag]


def test_a_part_of_an_approximate_total_is_no_whole(tmp_path):
    text = ("Some 412,380 passengers used the ferry in June, with 301,220 passengers travelling for leisure.\n"
            "Passengers bound for the islands numbered 257,900, or 62.5 per cent of total passengers.\n")
    assert _flags(tmp_path, text) == []
    # an exact total is the whole still, and a share off it is flagged
    assert _flags(tmp_path, text.replace("Some 412,380", "In all, 412,380").replace("62.5", "68.5"))


def test_a_figure_after_out_of_the_total_is_a_part_of_it(tmp_path):
    text = ("Lithuania attracted USD 812.4 million in foreign direct investment in the second quarter of 2025.\n"
            "Out of the total FDI, USD 455.1 million came as new equity. Retained earnings amounted to "
            "USD 301.9 million, making up 37.2% of the total FDI.\n")
    assert _flags(tmp_path, text) == []


def test_a_growth_of_a_total_is_no_change_of_the_per_head_levels_beside_it(tmp_path):
    text = ("Total hotel spending was estimated at €1.4 billion, 18.2 per cent higher than the corresponding "
            "period in 2024, with total spending per capita increasing to €612 from €598 for the same period "
            "the previous year.\n")
    assert _flags(tmp_path, text) == []


def test_two_items_each_stated_as_a_share_of_the_total_are_siblings(tmp_path):
    text = ("Cocoa exports fell in March.\nFurniture items were the third top export valued at $145.60 million "
            "(4.1 percent of total), while processed fruit rounded out the top four with an export value of "
            "$139.02 million (3.9 percent of total).\n")
    assert _flags(tmp_path, text, "2025-04-15") == []


def test_bases_named_by_their_unit_are_of_the_series_they_are_compared_with(tmp_path):
    text = ("In March the cocoa harvest reached 2.31 million sacks, a 6% fall compared to the 2.46 million "
            "sacks produced in March of 2024.\n"
            "In March, cocoa exports were 2.05 million sacks, 2% down from the 2.09 million sacks shipped in "
            "March 2024.\n")
    assert _flags(tmp_path, text, "2025-04-15") == []
