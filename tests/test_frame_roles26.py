"""Roles and directions of figures by class of phrasing (round 26; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2022-06-15"


def _rd(f, surface):
    return f[surface].role, f[surface].direction


# --- an amount restated as a percentage, "(or N%)" or "or N%", then a comparative ---------

def test_an_amount_with_a_bracketed_or_percentage_before_a_comparative_is_a_change():
    f = frames_by_surface("Excise receipts reached EUR 5.1 billion, which is about EUR 0.8 billion (or 13.6%) lower than a year earlier.", DAY)
    assert _rd(f, "about EUR 0.8 billion") == ("change", "down")
    assert f["EUR 5.1 billion"].role == "level"


def test_an_amount_after_would_be_is_a_level_before_its_restated_change():
    f = frames_by_surface("Without the reform, customs receipts would have been around EUR 7.2 billion, or 11.5% more year-on-year.", DAY)
    assert _rd(f, "around EUR 7.2 billion") == ("level", None)


# --- nouns of difference: a change, its direction given by a word of polarity -------------

def test_a_variance_of_an_amount_is_a_change_whose_direction_its_adjective_gives():
    f = frames_by_surface("The fund closed the year with a positive variance of $4.3 million against its estimate. "
                          "Customs posted a negative variation of $2.2 million on the prior year. "
                          "Fees showed a difference of $0.7 million compared with 2021.", DAY)
    assert _rd(f, "$4.3 million") == ("change", "up")
    assert _rd(f, "$2.2 million") == ("change", "down")
    assert _rd(f, "$0.7 million") == ("change", None)


def test_a_setback_of_a_percentage_is_a_fall():
    f = frames_by_surface("Cocoa shipments suffered a setback of 3.4 percent in May.", DAY)
    assert _rd(f, "3.4 percent") == ("growth", "down")


# --- a sign standing alone in a table cell -------------------------------------------------

def test_a_plus_sign_alone_in_a_table_cell_marks_a_change():
    f = frames_by_surface("Port | 2021 | 2020 | Change | Harbourtown | 412.118 | 377.905 | + 34.213 | Bayview | 98.640 | 91.002 | + 7.638 |", DAY)
    assert _rd(f, "34.213") == ("change", "up")
    assert f["412.118"].role == "level"
    # a dash that opens an item of a list is no sign
    g = frames_by_surface("Highlights:\n- 3,019 people were self-employed in June.", DAY)
    assert g["3,019 people"].role == "level"


# --- "followed by": a distribution of one whole ------------------------------------------

def test_percentages_followed_by_others_divide_one_whole():
    f = frames_by_surface("Bananas were the island's leading crop (38%), followed by yams (21.5%) and cassava (9%).", DAY)
    assert f["38%"].role == "share"
    assert f["21.5%"].role == "share"
    assert f["9%"].role == "share"
    g = frames_by_surface("The capital district leads with 31.2%, followed by the northern district at 17.4%.", DAY)
    assert g["31.2%"].role == "share" and g["17.4%"].role == "share"
    # a rate named before keeps its figures rates
    h = frames_by_surface("The unemployment rate was highest in the north (9.1%), followed by the east (7.7%).", DAY)
    assert h["9.1%"].role == "rate"


def test_a_variance_from_a_budget_has_no_earlier_period():
    f = frames_by_surface("In the first half of 2023 the fund showed a positive variance of $5.2 million or 8% over the budgeted surplus of $61 million.", DAY)
    assert _rd(f, "$5.2 million") == ("change", "up")
    assert f["$5.2 million"].base_period is None and f["8%"].base_period is None
    g = frames_by_surface("In the first half of 2023 spending showed a variance of $3.1 million when compared to the budgeted outturn.", DAY)
    assert g["$3.1 million"].role == "level"  # a difference from a plan of no named side
