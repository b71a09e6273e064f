"""A quoted modifier is part of its figure's name (issue 8, metric identity; mend after the
forty-seventh set's scoring): '"crude oil swap" revenues represented 25%' measures crude oil
swap revenues, not revenues at large, so it is no restatement of the 51 % another kind of
revenue makes up of the same total. Single quotes stay stops: the right one is also an
apostrophe ("2003’s budget")."""

from __future__ import annotations

from conftest import by_surface, inconsistent

DAY = "2026-01-03"
TEXT = ("The report highlighted the continued heavy reliance on oil, where restricted oil revenues "
        "constituted 51% of total 2024 revenues. Meanwhile, “crude oil swap” revenues represented 25%, "
        "and foreign currency fees formed 16%.")


def test_a_quoted_modifier_stays_in_the_name():
    assert by_surface(TEXT, DAY, "metric")["25%"] == "crude oil swap revenues"


def test_straight_double_quotes_too():
    text = 'Meanwhile, "crude oil swap" revenues represented 25% of the total in 2024.'
    assert by_surface(text, DAY, "metric")["25%"] == "crude oil swap revenues"


def test_so_two_kinds_of_revenue_are_no_restatement():
    assert inconsistent(TEXT, DAY) == set()
