"""A figure printed as a bound ("more than $5.3 billion") read as the digits it prints:
restated with the same bound words, or the total of parts that add up to its rounding, it
confirms the identity; it breaks one only by a gap no rounding or open end explains (a
scale word), never by a figure a few percent beyond it. Our own sentences."""

from __future__ import annotations

from test_relations import flagged, make, run

from factcheck.relations.bounds import one_way


def _level(surface, value, metric="cocoa exports", **kw):
    return {"surface": surface, "value": value, "metric": metric, "period": "2024", **kw}


def _restated(first, first_value, second, second_value, qualifiers=("more_than", "more_than")):
    text = (f"Cocoa exports earned {first} last year, the ministry said.\n"
            f"In its annual report the ministry put cocoa exports at {second} for the year.")
    claims = make(text, [_level(first, first_value, qualifier=qualifiers[0]),
                         _level(second, second_value, qualifier=qualifiers[1])])
    return run(claims)


def _confirmed(analysis):
    return [(r.rule, r.kind) for r in analysis.confirmed]


def test_a_bound_restated_with_its_digits_confirms_the_figure():
    analysis, checks = _restated("more than $5.3 billion", 5.3e9, "over $5.3 billion", 5.3e9)
    assert flagged(checks) == set()
    assert ("repeat", "repeated_figure") in _confirmed(analysis)


def test_a_bound_restated_a_scale_word_apart_is_flagged():
    analysis, checks = _restated("more than $5.3 billion", 5.3e9, "over $5.3 million", 5.3e6)
    assert flagged(checks) == {"over $5.3 million"}


def test_a_bound_restated_higher_is_what_the_open_end_allows():
    # "more than 5.3" and "over 6.1" may both be true of 6.2: no slip a desk would agree on
    analysis, checks = _restated("more than $5.3 billion", 5.3e9, "over $6.1 billion", 6.1e9)
    assert flagged(checks) == set()
    assert ("repeat", "repeated_figure") not in _confirmed(analysis)


def test_an_exact_figure_restated_as_its_bound_confirms_it():
    analysis, checks = _restated("$5.34 billion", 5.34e9, "more than $5.3 billion", 5.3e9, ("exact", "more_than"))
    assert flagged(checks) == set()
    assert ("repeat", "repeated_figure") in _confirmed(analysis)


def _trade(total, total_value, qualifier="more_than", imports="$4.4 billion", imports_value=4.4e9):
    # 917.5 million + 4.4 billion = 5.3175 billion
    text = (f"Foreign trade turnover reached {total} in 2024. Exports totalled $917.5 million "
            f"and imports {imports}.")
    return run(make(text, [
        _level(total, total_value, metric="foreign trade turnover", qualifier=qualifier),
        _level("$917.5 million", 917.5e6, metric="exports"),
        _level(imports, imports_value, metric="imports"),
    ]))


def test_parts_adding_up_to_a_bound_total_confirm_it():
    analysis, checks = _trade("more than $5.3 billion", 5.3e9)
    assert flagged(checks) == set()
    assert ("parts-total", "sum") in _confirmed(analysis)


def test_a_bound_total_a_scale_word_off_its_parts_is_flagged():
    analysis, checks = _trade("more than $5.3 million", 5.3e6)
    assert flagged(checks) == {"more than $5.3 million"}


def test_parts_well_above_a_bound_total_break_nothing():
    # imports of 6.4 billion make 7.3 billion, "more than 5.3 billion": loose, not a slip
    analysis, checks = _trade("more than $5.3 billion", 5.3e9, imports="$6.4 billion", imports_value=6.4e9)
    assert flagged(checks) == set()
    assert ("parts-total", "sum") not in _confirmed(analysis)


def test_bounds_from_both_sides_are_never_read_closed():
    exact, below, above = (make("a 1, b 2, c 3.", [_level(s, v, qualifier=q) for s, v, q in
                                                   (("1", 1.0, "exact"), ("2", 2.0, "more_than"),
                                                    ("3", 3.0, "less_than"))]))
    from factcheck.relations.graph import Graph
    graph = Graph.build([exact, below, above], "2024-05-01", 1)
    nodes = {n.claim.surface: n for n in graph.nodes}
    assert one_way([nodes["1"], nodes["2"]])
    assert not one_way([nodes["1"], nodes["2"], nodes["3"]])
    assert not one_way([nodes["1"]])


def test_an_upper_bound_total_a_scale_word_below_its_parts_names_the_total():
    # 5.3175 billion "less than $5.4 million": read to its open end no slip can be told from
    # the rest; read as its digits, "billion" mends it
    analysis, checks = _trade("less than $5.4 million", 5.4e6, qualifier="less_than")
    assert flagged(checks) == {"less than $5.4 million"}
    assert "5.4 billion" in checks["less than $5.4 million"].reasons[0]


def _year_and_month(year_total, year_value):
    text = (f"Cocoa exports earned {year_total} in 2024, the ministry said.\n"
            f"In March alone cocoa exports earned $331.5 million.")
    return run(make(text, [_level(year_total, year_value, qualifier="more_than"),
                           _level("$331.5 million", 331.5e6, period="2024-03")]))


def test_a_month_within_a_year_stated_as_a_bound_confirms_it():
    analysis, checks = _year_and_month("more than $2.8 billion", 2.8e9)
    assert flagged(checks) == set()
    assert [(r.rule, r.holds) for r in analysis.relations] == [("sub-period", True)]


def test_a_month_a_scale_word_above_its_years_bound_is_flagged():
    # a part exceeding the whole: "more than $2.8 million" read as its digits, not its open end
    analysis, checks = _year_and_month("more than $2.8 million", 2.8e6)
    assert flagged(checks) == {"more than $2.8 million"}


def test_a_bound_confirmed_as_its_digits_is_no_rounding_note():
    # "more than $5.3 billion", then "$5.34 billion": the bound's words, not its rounding, allow 5.34
    analysis, checks = _restated("more than $5.3 billion", 5.3e9, "$5.34 billion", 5.34e9, ("more_than", "exact"))
    assert ("repeat", "repeated_figure") in _confirmed(analysis)
    assert not [f for f in analysis.findings if f.rule == "repeat"]
