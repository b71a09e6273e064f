"""A whole stated once and its parts listed in the next sentence, each part with its own
change ("rose 9,100 to 1,802,300, while ... rose 3,300 to 543,300"): the levels
add up to the whole's level and the changes to its change. Our own sentences; each test
fails without its change."""

from __future__ import annotations

from test_relations import flagged, make, run

JOBS = ("Payroll jobs in the province rose 12,400 to 2,345,600 in February. "
        "Jobs in the private sector rose 9,100 to 1,802,300, while public sector jobs {dir} 3,300 to {last}.")


def jobs(last="543,300", last_value=543300, direction="up"):
    text = JOBS.format(dir="rose" if direction == "up" else "fell", last=last)

    def f(surface, value, metric, role):
        return {"surface": surface, "value": value, "unit": "count", "kind": "count", "metric": metric,
                "period": "2024-02", "role": role, **({"direction": "up"} if role == "change" else {})}
    return make(text, [f("12,400", 12400, "payroll jobs", "change"), f("2,345,600", 2345600, "payroll jobs", "level"),
                       f("9,100", 9100, "private sector jobs", "change"),
                       f("1,802,300", 1802300, "private sector jobs", "level"),
                       {**f("3,300", 3300, "public sector jobs", "change"), "direction": direction},
                       f(last, last_value, "public sector jobs", "level")])


def _sums(analysis):
    return [sorted(n.claim.surface for n in r.nodes) for r in analysis.confirmed if r.kind == "sum"]


def test_levels_and_changes_listed_after_the_whole_add_up_to_it():
    analysis, checks = run(jobs())
    assert flagged(checks) == set()
    assert sorted(["1,802,300", "543,300", "2,345,600"]) in _sums(analysis)
    assert sorted(["9,100", "3,300", "12,400"]) in _sums(analysis)


def test_a_listed_level_with_a_slip_is_named():
    _, checks = run(jobs("534,300", 534300))
    assert flagged(checks) == {"534,300"}


def test_changes_whose_signs_break_the_sum_flag_nothing():
    # private +9,100, public −3,300 make 5,800, not 12,400: no one slip explains it
    analysis, checks = run(jobs(direction="down"))
    assert flagged(checks) == set()
    assert sorted(["1,802,300", "543,300", "2,345,600"]) in _sums(analysis)
    assert any(r.kind == "sum" and not r.holds and r.result.claim.surface == "12,400" for r in analysis.relations)
