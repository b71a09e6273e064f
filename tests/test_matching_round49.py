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
