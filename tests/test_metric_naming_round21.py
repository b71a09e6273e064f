"""Figures that name no series of their own take it from the clause they continue (round
21; our own sentences)."""

from __future__ import annotations

from conftest import frames_by_surface


DAY = "2024-08-01"


def test_a_change_against_a_list_of_bases_keeps_one_series():
    # "N% more than in Y1, M% more than in Y2": one change of one series, measured from
    # several bases; the later items name no series of their own
    text = ("Hotel guests numbered 412,300 in July, which is 5% more than the same month in 2023, "
            "22% more than in 2022, and 31% more than in 2019.")
    f = frames_by_surface(text, DAY)
    assert f["5%"].metric == f["22%"].metric == f["31%"].metric
    assert f["31%"].metric is not None
    # a percentage that names a series of its own keeps it
    f = frames_by_surface("Exports were up 0.4% on a year earlier, and imports 3.7% lower than in 2023.", DAY)
    assert "export" in f["0.4%"].metric and "import" in f["3.7%"].metric


def test_a_raising_adjective_is_not_the_series():
    # "imports are bound to reach": the subject of the raised clause names the series
    text = "Cement imports are bound to reach 3.4 million tonnes this year."
    assert frames_by_surface(text, DAY)["3.4 million tonnes"].metric == "cement imports"
