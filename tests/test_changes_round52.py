"""A pair of levels past a word naming a growth's cause, in a clause of the cause's own
("an increase of 47%, attributed to the good price, where the average price rose to 4.9
from 3.7"), measures the cause, not the growth; levels the growth's own clause resumes
with ("rose 47%, driven by coffee, to 4.9 billion from 3.7 billion") are still its. A
measure with a component excluded ("Excluding transport costs, the deficit was") is another
series than the one with it."""

from __future__ import annotations

from conftest import checked_by_surface
from conftest import flagged_reasons


def test_levels_in_a_clause_of_the_cause_are_not_the_growths(tmp_path):
    by = checked_by_surface("Tea revenue rose in 2031. It is an increase of 47%, attributed to the good price at the "
                         "auctions, where the average price rose to USD 4.9/Kg from USD 3.7/Kg in 2031.")
    assert not flagged_reasons(by)


def test_levels_the_growths_clause_resumes_with_are_still_tested(tmp_path):
    by = checked_by_surface("Exports rose 47% in 2031, driven by coffee, to USD 4.9 billion from USD 3.7 billion in 2030.")
    assert "47%" in flagged_reasons(by)


def test_a_measure_with_a_component_excluded_is_another_series(tmp_path):
    text = ("Exports grew by 40.3 per cent on the year to 18.8 billion leva in 2031, while imports rose by 23.3 per "
            "cent to 21.1 billion leva. %sthe trade deficit was 954.9 million leva in 2031.")
    assert not flagged_reasons(checked_by_surface(text % "Excluding transport and insurance costs on imports, "))
    assert "954.9 million leva" in flagged_reasons(checked_by_surface(text % "In all, "))


def test_levels_after_a_cause_named_as_a_change_are_the_causes(tmp_path):
    by = checked_by_surface("Exports rose sharply in 2031, with the agriculture sector posting a 71.8% increase as a "
                         "result of the rise in the sales of olive oil (1,351.6 MD against 430.7 MD) and dates "
                         "(467.8 MD against 347.0 MD) in 2031.")
    assert not flagged_reasons(by)
