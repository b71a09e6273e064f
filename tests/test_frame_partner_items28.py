"""Each figure of a list of partners ('A at $X (N%), followed by B with $Y (M%)', 'A took
N%, B M% and C K%') is its own item's: the place nearest before it in the list, not every
place the sentence names (their series would share one key)."""

from conftest import frames_by_surface


DAY = "2021-06-10"


def test_a_bracketed_share_after_with_is_its_own_items():
    c = frames_by_surface("Fiji's sugar went chiefly to the United Kingdom at $41.5 million (62.3 percent), "
                          "followed by Japan with $7.2 million (10.8 percent).", DAY)
    assert "Japan" not in c["62.3 percent"].subject
    assert "United Kingdom" not in c["10.8 percent"].subject
    assert "Japan" in c["10.8 percent"].subject


def test_gapped_items_of_a_list_each_take_their_place():
    c = frames_by_surface("Germany supplied 24 percent of the machinery, Italy 11 percent and France 7 percent.", DAY)
    assert c["24 percent"].subject == ["Germany"]
    assert c["11 percent"].subject == ["Italy"]
    assert c["7 percent"].subject == ["France"]


def test_places_coordinated_before_one_figure_stay_its_item():
    c = frames_by_surface("Imports from Brazil and Argentina reached $3.1 billion, Chile $0.8 billion and Peru $0.5 billion.", DAY)
    assert {"Brazil", "Argentina"} <= set(c["$3.1 billion"].subject)
    assert "Chile" not in c["$3.1 billion"].subject
    assert "Brazil" not in c["$0.8 billion"].subject and "Chile" in c["$0.8 billion"].subject
    # places named before one figure only are no list
    c = frames_by_surface("Exports to Brazil and Argentina rose 6 percent to $3.1 billion.", DAY)
    assert {"Brazil", "Argentina"} <= set(c["$3.1 billion"].subject)


def test_a_place_after_a_figure_is_no_item_of_the_next():
    c = frames_by_surface("Aruba welcomed 21,400 visitors from The Bahamas thereby recording a rise of 12%.", DAY)
    assert "Bahamas" in c["21,400 visitors"].subject
