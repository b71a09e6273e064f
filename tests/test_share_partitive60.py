"""A share's whole is never a figure the text itself says *of* that whole (issue 8, mend
after gm–gp): "16.9 percent or $150.9 million of the recurrent budget" states the amount as a
part of the budget (a partitive "of"), so the next line's share of the recurrent budget is
not measured against it. Our own sentences; the test fails on d018ad9."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons

LIST = ("The 2031 budget is concentrated in three main functional areas.\n"
        "- Health which accounts for 16.9 percent or $150.9 million of the recurrent budget;\n"
        "- Transport where an amount of $96.6 million or 10.8 percent of the recurrent budget has been allocated.")


def test_an_amount_said_of_a_whole_is_no_whole_for_another_share(tmp_path):
    assert flagged_reasons(checked_by_surface(LIST)) == {}


def test_a_whole_stated_as_such_still_tests_the_share(tmp_path):
    # the recurrent budget stated as a whole: 96.6 of 893 is 10.8%, and of 700 it is not
    text = "The recurrent budget is $893 million in 2031.\n" + LIST
    assert flagged_reasons(checked_by_surface(text)) == {}
    flags = flagged_reasons(checked_by_surface(text.replace("$893 million", "$700 million")))
    assert "10.8 percent" in flags or "$96.6 million" in flags
