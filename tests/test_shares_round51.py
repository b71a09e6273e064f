"""A share set off after a coordination of amounts: said of the coordination (their sum) or
of its last member, which the text does not tell, so its last member is no part to test;
a share after a single amount, or after the second of two clauses, is still tested."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons
from test_relations import flagged, make, run


def test_a_share_after_bracketed_amounts_of_a_list_of_donors_is_not_read_as_the_last_ones(tmp_path):
    # 65/640 = 10.2%: the share is of the two grants together; the second alone is 3.9%
    by = checked_by_surface("The vaccination drive is financed by the Global Fund ($40 million) and the Islamic "
                         "Development Bank ($25 million), representing 10% of the health budget of $640 million "
                         "for 2031.")
    assert not flagged_reasons(by)


def test_a_share_after_two_coordinated_amounts_of_goods_is_not_read_as_the_last_ones(tmp_path):
    by = checked_by_surface("Ruritania sold $5 billion of copper and $3 billion of cobalt, together making up 16% of "
                         "its exports of $50 billion in 2031.")
    assert not flagged_reasons(by)


def test_a_share_after_one_amount_is_still_tested(tmp_path):
    by = checked_by_surface("The vaccination drive is financed by the Global Fund ($40 million), representing 10% of "
                         "the health budget of $640 million for 2031.")
    assert "10%" in flagged_reasons(by)


def test_a_share_after_the_second_of_two_clauses_is_its_clauses(tmp_path):
    # a verb between the amounts: two clauses, and the share is said of the second one
    by = checked_by_surface("Exports to Kenya rose to $5 billion and exports to Uganda climbed to $3 billion, "
                         "representing 12% of the total exports of $50 billion in 2031.")
    assert "12%" in flagged_reasons(by)



def _ranked(group: str):
    text = ("Chile's exports rose to $20.09 billion in July.\n"
            "France was the leading destination with $1.68 billion, followed by Spain with $1.10 billion and the US "
            f"with $964 million. {group} accounted for 48.0 percent of total exports.")
    return make(text, [
        {"surface": "$20.09 billion", "value": 20.09e9, "metric": "exports", "subject": ["Chile"], "period": "2031-07"},
        {"surface": "$1.68 billion", "value": 1.68e9, "metric": "exports", "subject": ["Chile", "France"],
         "period": "2031-07"},
        {"surface": "$1.10 billion", "value": 1.10e9, "metric": "exports", "subject": ["Chile", "Spain"],
         "period": "2031-07"},
        {"surface": "$964 million", "value": 964e6, "metric": "exports", "subject": ["Chile", "United States"],
         "period": "2031-07"},
        # the share's subject carried over from the list before it, as a frame may carry it
        {"surface": "48.0 percent", "value": 48.0, "unit": "percent", "kind": "percent", "metric": "exports",
         "subject": ["Chile", "United States"], "period": "2031-07", "role": "share"},
    ])


def test_a_share_of_a_ranked_group_is_not_read_as_one_listed_members():
    # the top ten's total is not stated: no one listed member's level is its part
    assert flagged(run(_ranked("The top 10 countries"))[1]) == set()
    assert flagged(run(_ranked("The five largest buyers"))[1]) == set()


def test_a_share_said_of_one_member_is_still_tested():
    assert "48.0 percent" in flagged(run(_ranked("The US"))[1])



# The size of a ranking ("among the top 10 foreign arrivals") counts places of the ranking, not
# visitors: it is neither the whole of the half-year's 1.2 million nor the part of a share.
RANKED_PLACES = ("Jeju draws more visitors\n\n"
                 "Visitors from Japan made up 22.4 percent of the foreign tourists to the island in the January-June "
                 "period this year, officials said, noting that Japan headed the list among the top 10 foreign "
                 "arrivals to the island.\n\n"
                 "The island received a total of 1.2 million foreign tourists in the first six months of this year, "
                 "up 9 percent on the same period of last year, officials said.")


def test_the_size_of_a_ranking_is_no_part_or_whole(tmp_path):
    assert not flagged_reasons(checked_by_surface(RANKED_PLACES))



def test_only_a_count_after_top_or_bottom_sizes_a_ranking():
    from factcheck.relations.graph import Graph

    text = "Japan led the top 10 markets, the bottom five fell, and the port opened 10 new berths."
    claims = make(text, [{"surface": "10 markets", "value": 10, "unit": "count", "kind": "count"},
                         {"surface": "five", "value": 5, "unit": "count", "kind": "count"},
                         {"surface": "10 new berths", "value": 10, "unit": "count", "kind": "count"}])
    assert [n.level for n in Graph.build(claims).nodes] == [False, False, True]
