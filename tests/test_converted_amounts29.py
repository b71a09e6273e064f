"""A converted amount ('€3 billion ($3.3 billion)') is the figure it converts, in another
currency: same series, place, period and role. Rules run after the pairing gave a place,
a year or ', forecast' to one of the two only; a reference keyed on the converted figure
then named a series or a period no other figure had."""

from conftest import frames_by_surface


DAY = "2024-03-15"


def _frame(c):
    return c.metric, c.subject, c.period, c.role


def test_each_converted_item_of_a_list_keeps_its_place():
    got = frames_by_surface("Germany led with €884 billion ($975 billion), followed by Italy with €413.6 billion "
                            "($456.3 billion) and Spain with €337.6 billion ($372.3 billion).", DAY)
    assert got["$456.3 billion"].subject == ["Italy"]
    assert got["$372.3 billion"].subject == ["Spain"]


def test_a_conversion_has_the_whole_frame_of_its_figure():
    # a forecast marked on the figure once the clause is read is the conversion's too
    got = frames_by_surface("Outlays next year are estimated at 9.1 billion rials ($23.6 billion), while income is "
                            "projected to reach 8.2 billion rials ($21.3 billion), the ministry said.", "2024-03-01")
    assert _frame(got["$21.3 billion"]) == _frame(got["8.2 billion rials"])
    # and so is the earlier year a possessive gave the figure
    got = frames_by_surface("The carrier posted a profit of AED 2.1 billion (US$ 0.57 billion) for the year, "
                            "against the previous year's AED 1.4 billion (US$ 0.38 billion).", "2024-03-01")
    assert _frame(got["US$ 0.38 billion"]) == _frame(got["AED 1.4 billion"])


def test_a_price_followed_by_what_it_is_worth_is_no_conversion():
    # "at $3.10 per kg worth $37.5 million": the sum is the product, another quantity
    got = frames_by_surface("Farmers sold 12.1 million kg at $3.10 per kg worth $37.5 million.", DAY)
    assert not got["$37.5 million"].context.get("converted")
    # a price converted in brackets still is one
    got = frames_by_surface("Exporters were paid around €191 per kilogram (about US$204) in 2023.", DAY)
    assert got["about US$204"].context.get("converted")
    assert got["about US$204"].role == got["around €191 per kilogram"].role
