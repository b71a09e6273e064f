"""Classes read after the first scoring of the twenty-fourth held-out set (dm–dr), each
phrased unlike the article that showed it: a year-to-date told from its start, a signed
amount bracketed after a level, a balance struck with one partner, a label's colon inside
brackets. End to end: text in, frame and flags out."""

from __future__ import annotations

from conftest import checked_by_surface


def test_since_the_start_of_the_year_runs_to_the_month_reported_on(tmp_path):
    by = checked_by_surface("Ruritania's current account showed a surplus of $1.2 billion in July 2031. "
                         "Since the start of the year, the surplus reached $6.4 billion. "
                         "From the beginning of 2031, tourism receipts totalled $3.1 billion.")
    assert by["$1.2 billion"].period == "2031-07"
    assert by["$6.4 billion"].period == "2031-01/2031-07"
    assert by["$3.1 billion"].period == "2031-01/2031-07"  # the year-to-date the text set
    # a sentence with no figure of its own sets no span for the figures after it
    by = checked_by_surface("Prices rose 4.1% in July 2031. Since the beginning of the year, prices have stayed high. "
                         "Bread rose 6.2%.")
    assert by["6.2%"].period == "2031-07"
    # with its own end ("… until 20 August") another rule reads the span
    by = checked_by_surface("From the beginning of the year until 20 August, 41,000 visitors arrived.")
    (visitors,) = [c for s, c in by.items() if s.startswith("41,000")]
    assert visitors.period == "2031-01-01/2031-08-20"


def test_a_signed_amount_bracketed_after_a_level_is_its_change(tmp_path):
    by = checked_by_surface("The balance of services ended in a surplus of NOK 14.1bn (NOK +2.3bn) in August 2031.")
    assert by["NOK 14.1bn"].role == "level"
    assert by["NOK +2.3bn"].role == "change" and by["NOK +2.3bn"].direction == "up"
    # a balance named by a noun carries its own sign: "services (NOK +2.3bn)" is a level
    by = checked_by_surface("In August 2031 the current account was driven by services (NOK +2.3bn).")
    assert by["NOK +2.3bn"].role == "level"


def test_a_balance_with_one_partner_is_not_the_whole_trades(tmp_path):
    text = ("In August 2031 trade ended in a surplus of EUR 1.5 billion. Exports reached EUR 9.6 billion "
            "and imports EUR 8.1 billion. The balance with Mercosur countries ended in a surplus of EUR 0.8 billion.")
    by = checked_by_surface(text)
    assert by["EUR 0.8 billion"].check.verdict != "inconsistent"
    # an article about one partner's trade alone: its sides are that partner's
    by = checked_by_surface("In August 2031 the deficit with Mercosur rose to EUR 2.9 billion. "
                         "Exports were EUR 4.1 billion and imports EUR 6.0 billion.")
    assert by["EUR 2.9 billion"].check.verdict == "inconsistent"
    # the whole trade's balance is still checked against its sides
    by = checked_by_surface(text.replace("The balance with Mercosur countries ended in a surplus of EUR 0.8 billion.",
                                      "The trade balance ended in a surplus of EUR 5.1 billion."))
    assert by["EUR 5.1 billion"].check.verdict == "inconsistent"


def test_a_colon_inside_a_label_bracket_opens_no_list(tmp_path):
    by = checked_by_surface("Chile is the second market (total sales: USD 412 million), with Peru (total sales: "
                         "USD 305 million) and Bolivia (total sales: USD 290 million) next, in 2030.")
    assert not {s for s, c in by.items() if c.check.verdict == "inconsistent"}
