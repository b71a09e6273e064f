"""An aside between two dashes belongs to the clause around it (issue 8, time): "rose 2.5 per
cent — or 659,800 people — in the 12 months to September" dates both figures by the span after
the aside, as the same aside in commas did; a single dash still opens a clause of its own.
Sentences of our own."""

from __future__ import annotations

from conftest import checked_by_surface

DAY = "2024-09-10"


def test_a_span_after_a_dashed_aside_dates_the_figure_and_its_restatement():
    by = checked_by_surface("Cement imports grew by 3.1 per cent — or 12,400 tonnes — in the six months to "
                            "June 2024, the ministry said.\n", DAY)
    assert by["3.1 per cent"].period == "2024-H1"
    assert by["12,400 tonnes"].period == "2024-H1"


def test_the_aside_reads_as_the_same_aside_in_commas():
    dashes = checked_by_surface("Visitor numbers rose 8 per cent — or 51,000 people — in the 12 months to "
                                "March 2024.\n", DAY)
    commas = checked_by_surface("Visitor numbers rose 8 per cent, or 51,000 people, in the 12 months to "
                                "March 2024.\n", DAY)
    assert dashes["8 per cent"].period == commas["8 per cent"].period == "2023-04/2024-03"


def test_a_single_dash_still_opens_a_clause_with_its_own_time():
    by = checked_by_surface("Exports rose 4% in 2023 — imports fell 2% in 2022.\n", DAY)
    assert by["4%"].period == "2023"
    assert by["2%"].period == "2022"
