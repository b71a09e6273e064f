"""Matching a claim to the entry a statistics office names (issue 8, strict), round 49: of
several series a sentence names in full, the one the figure's own item of a list or its own
clause names; the rest of the sentence decides only when the item names none. A series the
item leaves partly unsaid, another place and a wrong figure still never match. Each in words
of our own."""

import pytest

from tests.test_matching_round48 import claim, ref, verdict


# --- the figure's own item or clause names its series ------------------------------------------

def test_a_total_and_its_part_each_by_its_own_clause():
    s = "Bond sales in September totalled €9.2 billion, including €3.1 billion in green bond sales."
    refs = [ref(9.2e9, "bond sales", id="all"), ref(3.1e9, "green bond sales", id="green")]
    assert verdict(claim(9.2e9, None, s, "€9.2 billion"), refs) == ("supported", "all")
    assert verdict(claim(3.1e9, None, s, "€3.1 billion"), refs) == ("supported", "green")


@pytest.mark.parametrize("surface,value,want", [
    ("€210 million", 210e6, "timber"), ("€95 million", 95e6, "furniture"), ("€40 million", 40e6, "paper")])
def test_each_item_of_a_list_by_the_words_beside_it(surface, value, want):
    s = ("Exports were led by sawn timber products (€210 million), furniture and fittings with €95 million, "
         "and paper and pulp products at €40 million.")
    refs = [ref(210e6, "exports of sawn timber products", id="timber"),
            ref(95e6, "exports of furniture and fittings", id="furniture"),
            ref(40e6, "exports of paper and pulp products", id="paper")]
    assert verdict(claim(value, "exports", s, surface), refs) == ("supported", want)


def test_a_figure_tied_to_its_label_by_a_dash_keeps_the_label():
    s = "Sales by volume rose by 4.1 percent - for supermarkets, by 0.7 percent - for kiosks."
    refs = [ref(4.1, "sales by volume, supermarkets", unit="percent", id="super"),
            ref(0.7, "sales by volume, kiosks", unit="percent", id="kiosk")]
    assert verdict(claim(0.7, None, s, "0.7 percent", unit="percent", kind="percent", role="growth"), refs) \
        == ("supported", "kiosk")


# --- still no match -----------------------------------------------------------------------------

def test_the_series_of_a_neighbouring_item_is_never_the_figures():
    s = "Bond sales in September totalled €9.2 billion, including €3.1 billion in green bond sales."
    # the item of the first figure names bond sales in full: the part is not its series even
    # where the values would agree
    refs = [ref(9.2e9, "bond sales", id="all"), ref(9.2e9, "green bond sales", id="green")]
    assert verdict(claim(9.2e9, None, s, "€9.2 billion"), refs) == ("supported", "all")
    assert verdict(claim(9.2e9, "bond sales", s, "€9.2 billion"), refs) == ("supported", "all")


def test_a_wrong_figure_is_not_contradicted_by_the_series_its_item_names():
    s = "Bond sales in September totalled €9.2 billion, including €3.1 billion in green bond sales."
    refs = [ref(9.9e9, "bond sales", id="all"), ref(3.0e9, "green bond sales", id="green")]
    assert verdict(claim(3.1e9, None, s, "€3.1 billion"), refs) == ("unverified", None)


def test_items_naming_neither_series_leave_the_nearest_rule():
    s = "Cement and glass were the two largest lines, bringing in €51 million and €48 million."
    refs = [ref(51e6, "exports of cement", id="c"), ref(48e6, "exports of glass", id="g")]
    # nothing in the item names either: no guess by the item
    assert verdict(claim(48e6, None, s, "€48 million"), refs)[0] == "unverified"


# --- a claim naming no place: the one series its sentence names, of the place the entry says ----

def test_a_claim_naming_no_place_is_supported_by_the_series_its_sentence_names():
    s = "Goods exported to the euro area came to €45.0 billion in September."
    c = claim(45e9, None, s, "€45.0 billion", subject=())
    assert verdict(c, [ref(45e9, "exports to the euro area")]) == ("supported", "r1")


def test_a_claim_naming_no_place_is_never_contradicted_by_it():
    s = "Goods exported to the euro area came to €45.0 billion in September."
    c = claim(45e9, None, s, "€45.0 billion", subject=())
    assert verdict(c, [ref(41e9, "exports to the euro area")]) == ("unverified", None)


def test_a_claim_naming_no_place_matches_no_one_of_two_places():
    s = "Goods exported to the euro area came to €45.0 billion in September."
    refs = [ref(45e9, "exports to the euro area", id="a"),
            ref(45e9, "exports to the euro area", subject=("Freedonia",), id="b")]
    assert verdict(claim(45e9, None, s, "€45.0 billion", subject=()), refs) == ("unverified", None)


# --- the head of the series in the figure's own item ------------------------------------------

def test_a_figure_whose_item_names_the_head_of_the_series_is_supported_by_it():
    s = "Purchases abroad slowed: imports came to €7.4 billion (-3.2%), the lowest in two years."
    assert verdict(claim(7.4e9, None, s, "€7.4 billion"), [ref(7.4e9, "imports of goods")]) == ("supported", "r1")


def test_of_two_heads_in_one_clause_the_one_in_the_figures_item():
    s = "Exports reached €5.1 billion in September, while imports came to €7.4 billion."
    refs = [ref(5.1e9, "exports of goods", id="x"), ref(7.4e9, "imports of goods", id="m")]
    assert verdict(claim(7.4e9, None, s, "€7.4 billion"), refs) == ("supported", "m")
    assert verdict(claim(5.1e9, None, s, "€5.1 billion"), refs) == ("supported", "x")


def test_an_item_naming_a_word_another_series_is_told_apart_by_is_not_this_one():
    s = "Freight volumes were mixed: cargo by rail rose to 4.5 million tonnes, the ministry said."
    refs = [ref(4.5e6, "cargo by air", unit="t", id="air"), ref(3.9e6, "cargo by rail", unit="t", id="rail")]
    assert verdict(claim(4.5e6, None, s, "4.5 million tonnes", unit="t", kind="quantity"), refs) == ("unverified", None)
    # and where the file holds only the other way's series
    assert verdict(claim(4.5e6, None, s, "4.5 million tonnes", unit="t", kind="quantity"), refs[:1]) == \
        ("unverified", None)


def test_a_series_only_its_head_names_is_never_contradicted_by_it():
    s = "Purchases abroad slowed: imports came to €7.4 billion (-3.2%), the lowest in two years."
    assert verdict(claim(7.4e9, None, s, "€7.4 billion"), [ref(6.9e9, "imports of goods")]) == ("unverified", None)


def test_another_head_in_the_item_is_no_match():
    s = "Exports reached €5.1 billion in September, while imports came to €7.4 billion."
    assert verdict(claim(7.4e9, None, s, "€7.4 billion"), [ref(7.4e9, "exports of goods")]) == ("unverified", None)
