"""An N-year record against the 'since <time>' the text gives for the same record (dates)."""

from conftest import article_of, checked, checked_by_surface, flagged_reasons

from factcheck.relations.rules.record_span import record_spans


def test_an_n_year_low_against_the_year_it_is_lowest_since_in_the_next_sentence():
    by = checked_by_surface("The national jobless rate has dropped to a 25-year low, official data show.\n\n"
                            "Unemployment fell by 20,000 to 1.2m in the three months to June 2019, a rate of 3.9 per cent, "
                            "the lowest since early 1984.\n", "2019-08-14")
    assert flagged_reasons(by) == {"25-year": "a record low since 1984, for a figure of 2019, spans 35 years, not '25-year'"}


def test_a_span_that_matches_its_end_points_within_a_year_is_not_flagged():
    for text in ("Exports hit their highest level in 24 years, the highest since 2000.\n",
                 "The rate fell to a 40-year low, the lowest since summer 1984.\n",
                 "Car sales rose for the first time in four years, the first time since 2020.\n"):
        assert flagged_reasons(checked_by_surface(text, "2024-05-02")) == {}, text
        claims = checked(text, "2024-05-02")
        span = next(c for c in claims if c.kind == "duration")
        assert [s[:3] for s in record_spans(span, claims, article_of(text, "2024-05-02"))] != [], text


def test_no_flag_when_the_records_differ_or_one_side_is_missing():
    for text in ("The rate fell to a 12-year low. Wages grew at the fastest pace since 1998.\n",
                 "The harvest fell below three million tonnes for the first time in three years, "
                 "making it the lowest since 2015.\n",
                 "The jobless rate has dropped to a 25-year low.\n",
                 "The jobless rate hit a 12-year low. Inflation was the lowest since 1990.\n",
                 "Investors bought the 10-year high-yield notes. The yield was the highest since 1990.\n",
                 "Output was the lowest since 1984.\n"):
        assert flagged_reasons(checked_by_surface(text, "2024-05-02")) == {}, text


def test_the_first_time_in_n_years_against_the_first_time_since():
    by = checked_by_surface("Car sales rose for the first time in six years, the first time since 2015.\n", "2024-05-02")
    assert flagged_reasons(by) == {"six years": "a first time since 2015, for a figure of 2024, spans 9 years, not 'six years'"}
