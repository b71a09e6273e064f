"""A whole stated once and its parts listed in the next sentence, each part with its own
change or rate ("rose 9,100 to 1,802,300, while ... rose 3,300 to 543,300"): the levels
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


POWER = ("Output of the region's hydro plants fell by 3% to 5,120.4 GWh in March. "
         "Run-of-river plants produced 2.1% more (to 3,040.2 GWh) while storage plants lost 9% (to {last} GWh).")


def power(last="2,080.2", value=2080.2e6):
    text = POWER.format(last=last)

    def f(surface, value, metric):
        return {"surface": surface, "value": value, "unit": "kWh", "kind": "measure", "metric": metric,
                "period": "2024-03"}
    return make(text, [f("3%", 3, "hydro output") | {"unit": "percent", "kind": "percent", "role": "growth"},
                       f("5,120.4 GWh", 5120.4e6, "hydro output"),
                       f("2.1%", 2.1, "run-of-river output") | {"unit": "percent", "kind": "percent", "role": "growth"},
                       f("3,040.2 GWh", 3040.2e6, "run-of-river output"),
                       f("9%", 9, "storage output") | {"unit": "percent", "kind": "percent", "role": "growth"},
                       f(f"{last} GWh", value, "storage output")])


def test_parts_joined_by_while_with_rates_between_add_up_to_the_whole():
    analysis, checks = run(power())
    assert flagged(checks) == set()
    assert sorted(["3,040.2 GWh", "2,080.2 GWh", "5,120.4 GWh"]) in _sums(analysis)


def test_a_part_joined_by_while_with_a_slip_is_named():
    _, checks = run(power("2,800.2", 2800.2e6))
    assert flagged(checks) == {"2,800.2 GWh"}
