"""Conversions: figures of a period long over keep their own period's rate; a stock dated
to the last day of a span is converted at the span's rate. Where only one conversion is
printed finely, the coarse ones vote for the yardstick."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons

_LATEST = ("Customs revenue fell by MVR 19.2 million (US$1.2 million) in May 2031 and reached MVR 1.2 "
           "billion (US$77.8 million). Spending rose by MVR 104.9 million (US$6.8 million) in May 2031 to "
           "MVR 1.5 billion (US$97 million). ")


def test_figures_of_a_year_long_over_keep_their_own_rate(tmp_path):
    # 2019's revenue converted at 2019's rate, which may be far from June 2031's
    by = checked_by_surface((_LATEST + "Revenue in 2019 was MVR 21.5 billion (US$1.3 billion)."), date="2031-06-15")
    assert not flagged_reasons(by)


def test_coarse_conversions_vote_for_the_one_printed_finely(tmp_path):
    # four of five coarse conversions agree with 104.9/6.8 (15.4 to the dollar); 18.4/1.1 is 16.7
    by = checked_by_surface(_LATEST + "Securities outstanding reached MVR 18.4 billion (US$1.1 billion) at the "
                                   "end of May 2031, and MVR 20.2 billion (US$1.3 billion) in all.", date="2031-06-15")
    flags = flagged_reasons(by)
    assert "US$1.1 billion" in flags and "US$1.2 billion" in flags["US$1.1 billion"]
    assert "US$1.3 billion" not in flags


def test_no_yardstick_when_the_coarse_conversions_are_split(tmp_path):
    # two of four coarse conversions agree with 104.9/6.8, two do not (16.7 and 17.9): no
    # majority, so the fine one is no yardstick (the rates' median then is, as before)
    by = checked_by_surface("Spending rose by MVR 104.9 million (US$6.8 million) in May 2031. Revenue was MVR 1.2 "
                         "billion (US$77.8 million) and grants MVR 1.5 billion (US$97 million) in May 2031, when "
                         "securities reached MVR 18.4 billion (US$1.1 billion) and MVR 21.5 billion (US$1.2 billion).",
               date="2031-06-15")
    assert set(flagged_reasons(by)) == {"US$1.2 billion"}


def test_a_stock_at_the_years_end_is_converted_at_the_years_rate(tmp_path):
    # the assets are dated to the year's last day; their conversion still joins the year's
    text = ("In 2031, the fund's revenue was 2.5 billion dinars ($8.1 billion) and its profit 1.1 billion "
            "dinars ($3.56 billion). Its assets stood at 12.2 billion dinars ($%s billion).")
    assert "$49.4 billion" in flagged_reasons(checked_by_surface(text % "49.4", date="2032-03-20"))
    assert not flagged_reasons(checked_by_surface(text % "39.5", date="2032-03-20"))
