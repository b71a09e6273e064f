"""Lexicon and unit rules of the extractor, one rule per test: subunits, shorthand scales,
point fractions, proportions, exchange-rate notes, period windows."""

from __future__ import annotations

import pytest

from conftest import extracted


DAY = "2024-05-01"


def _typed(text: str):
    return [(c.surface, round(c.value, 6), c.unit, c.kind) for c in extracted(text, DAY)]


@pytest.mark.parametrize("text,expected", [
    ("Profit was 27 cents a share.", ("27 cents a share", 0.27, "USD / share", "money")),
    ("The dividend is 12 pence.", ("12 pence", 0.12, "GBP", "money")),
    ("Diesel rose 75 paise a litre.", ("75 paise a litre", 0.75, "INR / liter", "money")),
    ("The euro area price rose 4 cents to €1.20.", ("4 cents", 0.04, "EUR", "money")),
])
def test_subunits_are_money(text, expected):
    assert _typed(text)[0] == expected


@pytest.mark.parametrize("text,value", [
    ("GST mop-up hits ₹1.17L-cr in September.", 1.17e12),
    ("The outlay is Rs 2.5 lakh cr this year.", 2.5e12),
])
def test_indian_lakh_crore_shorthand(text, value):
    (c,) = extracted(text, DAY)
    assert (c.unit, c.kind) == ("INR", "money") and c.value == pytest.approx(value)


def test_bare_crore_is_rupees_in_a_rupee_article():
    cs = extracted("Rs 5 crore was paid. Collections reached 68,228 crore on one day.", DAY)
    assert [(c.value, c.unit) for c in cs] == [(5e7, "INR"), (6.8228e11, "INR")]


def test_bare_crore_of_people_stays_a_count():
    cs = extracted("Rs 5 crore was paid to 2 crore farmers.", DAY)
    assert [(c.unit, c.kind) for c in cs] == [("INR", "money"), ("count", "count")]


@pytest.mark.parametrize("text,value", [
    ("The bank made a quarter-point cut.", 0.25),
    ("Rates rose by half a percentage point.", 0.5),
    ("It delivered a 50-basis-point hike.", 0.5),
    ("It was a 0.25-percentage-point cut.", 0.25),
])
def test_point_fractions_and_hyphenated_points(text, value):
    (c,) = extracted(text, DAY)
    assert (c.unit, c.kind) == ("percentage_point", "percentage_point")
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize("text,value,qualifier", [
    ("One in five adults is poor.", 20.0, "exact"),
    ("Nearly 1 in 4 firms closed.", 25.0, "approx"),
])
def test_proportions_are_percent(text, value, qualifier):
    (c,) = extracted(text, DAY)
    assert (c.value, c.unit, c.kind, c.qualifier) == (value, "percent", "percent", qualifier)


def test_pc_is_percent_and_trailing_iso_code_is_money():
    assert _typed("UK GDP up 0.7pc and 5.5 pc; QE of 50bn GBP.") == [
        ("0.7pc", 0.7, "percent", "percent"), ("5.5 pc", 5.5, "percent", "percent"),
        ("50bn GBP", 5e10, "GBP", "money")]


# (an exchange-rate note, "(1 U.S. dollar equals 142.62 Japanese yen)", is a rate the corpus
# annotates, "$1 = 544.46 CFA francs": tests/test_typed60.py)
@pytest.mark.parametrize("text", [
    "Cotton output is given in dan (1 dan = 50 kilograms).",
    "He arrived at 12 noon.",
])
def test_definitions_and_clock_times_are_not_claims(text):
    assert extracted(text, DAY) == []


@pytest.mark.parametrize("text", [
    "Exports rose in the first six months.",
    "Unemployment fell in the three months to September.",
    "Visitors came during the nine-month period.",
    "The EU adopted a seven-year spending plan.",
])
def test_period_windows_and_type_compounds_are_not_durations(text):
    assert [c for c in extracted(text, DAY) if c.kind == "duration"] == []


@pytest.mark.parametrize("text,value,unit", [
    ("Modi did much in the first 100 days.", 100, "day"),
    ("Japan will invest over the next five years.", 5, "year"),
    ("It was the first loss in three years.", 3, "year"),
])
def test_spans_are_durations(text, value, unit):
    (c,) = extracted(text, DAY)
    assert (c.value, c.unit, c.kind) == (value, unit, "duration")


def test_decimals_are_not_clock_times():
    assert _typed("Trade reached 14.67 trillion yuan; the rate is 5.40 percent.") == [
        ("14.67 trillion yuan", 1.467e13, "CNY", "money"), ("5.40 percent", 5.4, "percent", "percent")]


def test_range_with_currency_written_once():
    (c,) = extracted("Estimates range from 50bn GBP to 150bn.", DAY)
    assert (c.value, c.end, c.unit, c.qualifier) == (5e10, 1.5e11, "GBP", "range")


def test_by_x_to_y_is_change_and_level():
    cs = extracted("They voted to reduce gilt purchases by £50 billion to £825 billion.", DAY)
    assert [(c.value, c.qualifier) for c in cs] == [(5e10, "exact"), (8.25e11, "exact")]


def test_traditional_chinese_measure():
    (c,) = extracted("Cotton output reached 32.8 million dan.", DAY)
    assert (c.value, c.unit, c.kind) == (3.28e7, "dan", "measure")


# --- rules from the held-out error analysis (own example sentences) ----------------------

@pytest.mark.parametrize("text,kind", [
    ("Imports saw a rise of 12 times compared with 1990.", "multiplier"),   # change noun + of
    ("Output is now six times of what it was in 2001.", "multiplier"),      # "of what"
    ("Its fleet is 14 times that of the coast guard.", "multiplier"),       # "that of"
    ("The ministers have met more than 30 times since 2015.", "count"),      # verb of occurrence
    ("She has visited Brazil 14 times.", "count"),                          # object between verb and number
    ("The envoys met 20 times over the past decade.", "count"),             # occurrence verb beats a weak "over"
])
def test_times_multiplier_or_repeated_event(text, kind):
    (c,) = extracted(text, DAY)
    assert (c.unit, c.kind) == ("times" if kind == "multiplier" else "count", kind)


def test_number_word_multiplier_with_hedge():
    (c,) = extracted("The new dam costs nearly four times the budget of the old one.", DAY)
    assert (c.value, c.kind, c.qualifier) == (4, "multiplier", "approx")


@pytest.mark.parametrize("text,surface,value", [
    ("Exports posted a 12.4-percent contraction.", "12.4-percent", 12.4),
    ("Wages saw a 3-per-cent increase.", "3-per-cent", 3.0),
])
def test_hyphenated_percent(text, surface, value):
    (c,) = extracted(text, DAY)
    assert (c.surface, c.value, c.kind) == (surface, value, "percent")


@pytest.mark.parametrize("text,expected", [
    ("Cinema admissions at 41m", [("41m", 41e6, "count")]),
    ("Passengers reached a record 17.5m last year.", [("17.5m", 17.5e6, "count")]),
    ("The tower is 30m tall.", [("30m", 30, "meter")]),
    ("She won the 400m final.", []),
])
def test_glued_m_is_million_only_for_counted_things(text, expected):
    assert [(c.surface, c.value, c.unit) for c in extracted(text, DAY)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Shares in the British grocer fell 2.4p.", ("2.4p", 0.024, "GBP")),
    ("A can of soda costs 75c more than a dollar did.", ("75c", 0.75, "USD")),
])
def test_glued_pence_and_cents(text, expected):
    c = extracted(text, DAY)[0]
    assert (c.surface, round(c.value, 6), c.unit, c.kind) == expected + ("money",)


def test_glued_letter_without_currency_context_is_not_money():
    assert [c for c in extracted("The camera records at 720p.", DAY) if c.kind == "money"] == []


@pytest.mark.parametrize("text,expected", [
    ("Hospitals braced for the sixth wave of infections.", [("sixth wave", 6)]),
    ("The talks entered the fourth round.", [("fourth round", 4)]),
    ("Donors released the third tranche of aid.", [("third tranche", 3)]),
    ("The second phase of the metro opens soon.", []),  # a part of one whole, a label
])
def test_ordinals_of_recurring_events(text, expected):
    assert [(c.surface, c.value) for c in extracted(text, DAY) if c.kind == "ordinal"] == expected


@pytest.mark.parametrize("text", [
    "Delegates attended the third session of Vietnam's 15th National Assembly.",
    "It was adopted at the fifth plenary session of the Central Committee.",
])
def test_ordinal_sitting_of_a_named_body_is_a_name(text):
    assert extracted(text, DAY) == []


def test_sitting_of_an_unnamed_group_is_a_count():
    (c,) = extracted("It was the ninth meeting of the two ministers.", DAY)
    assert (c.value, c.kind) == (9, "ordinal")


@pytest.mark.parametrize("text,value,metric", [
    ("The rupee slid to a nine-year low.", 9, "duration"),
    ("Bond yields hit a 12-year high.", 12, "duration"),
    ("Ramos, 58, said the mine would reopen.", 58, "age"),
    ("Chen, 33, who runs a bakery, agreed.", 33, "age"),
])
def test_year_low_high_and_age_apposition_are_durations(text, value, metric):
    (c,) = extracted(text, DAY)
    assert (c.value, c.unit, c.kind, c.metric) == (value, "year", "duration", metric)


def test_comma_list_of_names_and_numbers_is_not_an_age():
    assert [c.kind for c in extracted("Medals: Kenya, 14, Ethiopia, 11.", DAY)] != ["duration", "duration"]


@pytest.mark.parametrize("text,expected", [
    ("The duty was hiked from 10 percent to 15 percent.", [(10, None, "exact"), (15, None, "exact")]),
    ("The rate was cut from 6 to 5.5 percent.", [(6, None, "exact"), (5.5, None, "exact")]),
    ("Turnout is from 18 to 25 percent.", [(18, 25, "range")]),
])
def test_from_to_after_a_change_word_is_two_levels(text, expected):
    cs = extracted(text, DAY)
    assert [(c.value, c.end, c.qualifier) for c in cs] == expected
    assert all(c.unit == "percent" for c in cs)


def test_year_span_in_running_text_is_an_anchor_not_a_claim():
    # DESIGN: bare years are time anchors; year_range is the parenthesised span a name carries
    assert extracted("Rents climbed steadily between 2018 and 2022.", DAY) == []


@pytest.mark.parametrize("text,expected", [
    ("The board approved six new and two renewed permits.", [("six new", 6), ("two renewed permits", 2)]),
    ("Ministers signed 11 accords, including eight new and three revised.",
     [("11 accords", 11), ("eight new", 8), ("three revised", 3)]),
])
def test_coordinated_numbers_with_an_elided_noun(text, expected):
    assert [(c.surface, c.value) for c in extracted(text, DAY)] == expected


@pytest.mark.parametrize("text,period", [
    ("Spending for 2022-'23 rose 4 percent.", "2022-04/2023-03"),
    ("Spending in the fiscal year 2025-‘26 rose 4 percent.", "2025-04/2026-03"),
])
def test_fiscal_years_with_apostrophe_are_anchors(text, period):
    (c,) = extracted(text, DAY)
    assert (c.surface, c.period) == ("4 percent", period)


def test_day_of_month_after_weekday_is_a_date():
    assert extracted("Voting closes on Thursday (23) at the town hall.", DAY) == []


@pytest.mark.parametrize("text", [
    "Trade between the two neighbouring states grew.",
    "It benefits the people of two friendly nations.",
])
def test_pair_named_by_a_mutual_relation_is_deictic(text):
    assert extracted(text, DAY) == []


@pytest.mark.parametrize("text,qualifier", [
    ("Arrears exceeded $3.2 billion in March.", "more_than"),
    ("Revenue topped 5 trillion won.", "more_than"),
    ("Exports surpassed 700 billion dollars.", "more_than"),
    ("The index crossed 30,000 points.", "more_than"),
    ("Receipts fell short of $900 million.", "less_than"),
    ("Inflation stayed under 2 percent.", "less_than"),
])
def test_threshold_verbs_are_qualifiers(text, qualifier):
    (c,) = extracted(text, DAY)
    assert c.qualifier == qualifier
    assert not c.surface.startswith(("exceeded", "topped", "surpassed", "crossed"))


# --- rules from the second held-out evaluation (own example sentences) ---------------------

def test_vulgar_fractions_and_their_ranges():
    (c,) = extracted("The bank set its policy rate band at 2 1/4 percent to 2 1/2 percent on Tuesday.", DAY)
    assert (c.value, c.end, c.unit, c.qualifier) == (2.25, 2.5, "percent", "range")
    (c,) = extracted("Output grew 3/4 percent in March.", DAY)
    assert (c.value, c.unit) == (0.75, "percent")


@pytest.mark.parametrize("text,expected", [
    ("The central bank made a half-point cut.", (0.5, "percentage_point")),
    ("Rates rose by a quarter percent on Friday.", (0.25, "percent")),
])
def test_word_fractions_of_points_and_percent(text, expected):
    (c,) = extracted(text, DAY)
    assert (c.value, c.unit) == expected


def test_an_owners_ordinal_counts_occurrences():
    cs = extracted("She collected her fifth medal, and the club its ninth title, but not in the second half.", DAY)
    assert [(c.surface, c.value, c.kind) for c in cs] == [("fifth medal", 5, "ordinal"), ("ninth title", 9, "ordinal")]


def test_count_with_such_or_more_before_the_noun():
    (c,) = extracted("Six such plants are planned.", DAY)
    assert (c.surface, c.value, c.kind) == ("Six such plants", 6, "count")


def test_numbers_inside_identifiers_are_not_claims():
    assert extracted("See procedure 2022/0155(COD) and Regulation 2019/1020.", DAY) == []


@pytest.mark.parametrize("text,qualifier", [
    ("Inflation hovered around the 3 percent mark.", "approx"),
    ("Sales came closer to $7 billion.", "approx"),
])
def test_hedges_with_an_article_or_comparative(text, qualifier):
    (c,) = extracted(text, DAY)
    assert c.qualifier == qualifier


def test_capitalised_month_anchor_and_final_quarter():
    cs = extracted("In March, imports fell 4 percent. Growth was 0.3% in the final quarter of 2023.", DAY)
    assert [c.period for c in cs] == ["2024-03", "2023-Q4"]


@pytest.mark.parametrize("text,surface", [
    ("Maize exports reached 64,000 metric tonnes in 2023.", "64,000 metric tonnes"),
    ("Maize exports reached 5 metric tons in 2023.", "5 metric tons"),
])
def test_metric_tonnes_are_tonnes_however_spelt(text, surface):
    claim = _typed(text)[0]
    assert claim[0] == surface and claim[2:] == ("tonne", "measure"), claim


@pytest.mark.parametrize("text,expected", [
    ("The food price index averaged 118.3 points in March.", [("118.3 points", 118.3, "point", "measure")]),
    ("The share index lost 190 points to 33,000 on Friday.",
     [("190 points", 190.0, "point", "measure"), ("33,000", 33000.0, "point", "measure")]),
    ("The index closed at 16,369.03, up 58.06 points.",
     [("16,369.03", 16369.03, "point", "measure"), ("58.06 points", 58.06, "point", "measure")]),
])
def test_index_points_are_a_measure_and_a_bare_level_beside_them_shares_it(text, expected):
    assert _typed(text) == expected


def test_points_before_a_rate_are_still_percentage_points():
    claims = _typed("The unemployment rate decreased 0.1 pts to 5.7% in June.")
    assert claims[0][2:] == ("percentage_point", "percentage_point"), claims


@pytest.mark.parametrize("text", [
    "Trade deficit for five months up by 9 times",
    "Imports were down by 3 times on the year before, customs said.",
])
def test_up_or_down_by_n_times_is_a_multiplier(text):
    assert [c[2:] for c in _typed(text) if c[0].endswith("times")] == [("times", "multiplier")], _typed(text)
