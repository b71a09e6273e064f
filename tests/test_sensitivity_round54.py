"""An amount set off from its percentage by a dash ("$336 million – 42%") restates it as its
share, as a bracket or "or" does: the share of the whole the text states before it, a
candidate broken only by a slip. A percentage of change after the dash ("– up 24%") stays
a change. A sentence whose subject refers back ("This was lower than the $5.15 million of
June") orders the figure before with its own, when the two stand a scale apart."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons


def test_a_share_set_off_by_a_dash_is_the_amounts_share_of_the_whole(tmp_path):
    text = "Ruritania's exports totalled $800 million in 2031. Exports to Borduria came to $336 million – %s, ahead of Utopia."
    assert "24%" in flagged_reasons(checked_by_surface(text % "24%"))  # 336 of 800 is 42%: two digits transposed
    assert not flagged_reasons(checked_by_surface(text % "42%"))
    text = "Tourist arrivals reached 5,000 in 2031. Arrivals from Borduria were 1,150 — %s — the most of any market."
    assert "32%" in flagged_reasons(checked_by_surface(text % "32%"))  # 23%
    assert not flagged_reasons(checked_by_surface(text % "23%"))


def test_a_change_after_a_dash_is_no_share(tmp_path):
    by = checked_by_surface("Ruritania's exports totalled $800 million in 2031. Exports to Borduria came to $336 million "
                         "– up 24% on the year, ahead of Utopia.")
    assert "24%" not in flagged_reasons(by)


def test_a_sentence_comparing_back_orders_the_figure_before_with_its_own(tmp_path):
    text = "Ruritania's exports reached $4.23 billion in July 2031. This was lower than the $5.15 %s of exports in June 2031."
    assert "$5.15 million" in flagged_reasons(checked_by_surface(text % "million"))  # a scale word: June's are no smaller
    assert not flagged_reasons(checked_by_surface(text % "billion"))
    text = "Ruritania's trade surplus was $4.23 billion in July 2031. The figure, however, was still lower than June's $5.15 %s."
    assert "$5.15 million" in flagged_reasons(checked_by_surface(text % "million"))
    assert not flagged_reasons(checked_by_surface(text % "billion"))
    # a gap no slip explains is no finding: the subject may mean another figure than the one printed before
    text = "Ruritania's exports reached $4.23 billion in July 2031. This was higher than the $4.31 billion of exports in June 2031."
    assert not flagged_reasons(checked_by_surface(text))
