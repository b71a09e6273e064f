"""A list whose items carry their figures in brackets (issue 8, the engine's level-change
rule): a growth bracketed after one item's name is that item's, not the change of the pair
of levels bracketed after another item of another series. Found after fx–gb's scoring (a
false flag of a Senegalese trade report); the sentences here are ours. Fails without its change."""

from __future__ import annotations

from conftest import inconsistent

HEAD = ("Ruritania: 33% increase in exports in January\n\n"
        "In January 2021, Ruritania's exports increased by 32.9% compared to the previous month, according to "
        "the statistics agency.\n\n")
LIST = ("This increase is mainly due to the increase in shipments of fresh vegetables (8.5 billion FCFA against "
        "4.0 billion FCFA the previous month), mineral and chemical fertilizers (2.9 billion FCFA against 79 million "
        "of FCFA in the previous month) and phosphoric acid (+ 18.9%), the agency said.")
OTHER_ITEM = "(2.9 billion FCFA against 79 million of FCFA in the previous month) and phosphoric acid (+ 18.9%)"


def test_a_growth_bracketed_after_another_item_is_not_the_change_of_its_levels():
    assert inconsistent(HEAD + LIST, "2021-03-30") == set()


def test_a_growth_of_the_same_item_is_still_checked():
    # 2.90 billion against 2.50 billion is +16%: a growth inside the levels' own bracket, or in
    # a bracket right after it with no other item named between, is their change
    inside = LIST.replace(OTHER_ITEM, "(2.90 billion FCFA against 2.50 billion FCFA in the previous month, + 18.9%)")
    after = LIST.replace(OTHER_ITEM, "(2.90 billion FCFA against 2.50 billion FCFA in the previous month) (+ 18.9%)")
    for text in (inside, after):
        assert text != LIST
        assert "18.9%" in inconsistent(HEAD + text, "2021-03-30")
        assert inconsistent(HEAD + text.replace("18.9%", "16.0%"), "2021-03-30") == set()
