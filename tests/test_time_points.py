"""Points in time and the flows between them, in sentences of our own: a stock is counted
on a day ("on 1 January", "at the end of 2016", "at the start of this year"); a change to
it over the year before that day is the year's flow, measured from the stock a year
earlier; an undated text that names a year only as the base of a comparison is about the
year after it."""


from conftest import extracted


class _Claims(dict):
    """Claims by surface; a counted figure is found by its number alone ('356,991')."""

    def __missing__(self, key):
        return next(c for s, c in self.items() if s.startswith(key + " "))


def _claims(text, day="2019-02-15"):
    return _Claims((c.surface, c) for c in extracted(text, day))


def test_a_stock_counted_on_a_day_named_without_its_year_is_the_latest_such_day():
    c = _claims("The population of Gozo was 32,086 on 1 January.")
    assert c["32,086"].period == "2019-01-01"
    c = _claims("Foreign reserves stood at $4.2 billion as at 31 March.", day="2019-05-10")
    assert c["$4.2 billion"].period == "2019-03-31"


def test_the_end_and_the_start_of_a_year_are_the_days_a_stock_is_counted_on():
    c = _claims("At the end of 2016, public debt amounted to EUR 8.4 billion.", day="2017-01-15")
    assert c["EUR 8.4 billion"].period == "2016-12-31"
    # "the year" is the one the sentence named before it
    c = _claims("In 2016, public debt fell by EUR 120 million, and at the end of the year amounted to "
                "EUR 8.4 billion.", day="2017-01-15")
    assert c["EUR 8.4 billion"].period == "2016-12-31"
    assert c["EUR 120 million"].period == "2016"
    c = _claims("Foreigners at the start of this year made up 41.3% of residents.", day="2021-10-15")
    assert c["41.3%"].period == "2021-01-01"
    # not a stock's day: a flow summed "by the end of" a year, or since the start of it
    c = _claims("Exports reached $5.8 billion by the end of 2022.", day="2023-04-15")
    assert c["$5.8 billion"].period == "2022"


def test_a_change_to_a_stock_counted_at_the_turn_of_the_year_is_the_flow_of_the_year_before():
    c = _claims("Iceland had 356,991 inhabitants on 1 January 2019. This was an annual increase of 2.4%, "
                "or 8,291 people. Some 12,110 people moved to the country.")
    assert c["356,991"].period == "2019-01-01"
    assert c["2.4%"].period == "2018" and c["2.4%"].base_period == "2018-01-01"
    assert c["8,291 people"].period == "2018" and c["8,291 people"].base_period == "2018-01-01"
    # in the sentence of the stock itself
    c = _claims("The population will reach 9,417,000 on 31 December, an increase of 76,000 people.", day="2010-12-20")
    assert c["9,417,000"].period == "2010-12-31"
    assert c["76,000 people"].period == "2010"


def test_an_undated_text_that_names_a_year_only_as_a_base_is_about_the_year_after_it():
    c = _claims("Imports fell 12.5% to $3.2 billion. The deficit widened by 8.1% compared to 2019, "
                "when it stood at $1.1 billion.", day=None)
    assert c["$3.2 billion"].period == "2020"
    assert c["12.5%"].period == "2020" and c["12.5%"].base_period == "2019"
    assert c["8.1%"].period == "2020" and c["8.1%"].base_period == "2019"
    assert c["$1.1 billion"].period == "2019"
    # a year stated as the figures' own is theirs
    c = _claims("Exports rose 5% to $2.1 billion in 2021 compared to 2019.", day=None)
    assert c["$2.1 billion"].period == "2021"


def test_a_when_clause_after_a_time_is_dated_by_it_with_or_without_a_comma():
    c = _claims("The deficit widened by 8.1% compared to 2019 when it stood at $1.1 billion.", day="2021-03-01")
    assert c["$1.1 billion"].period == "2019"
    # the base's figure is not what the text goes on to speak of
    c = _claims("Imports fell 12.5% to $3.2 billion. The deficit widened by 8.1% compared to 2019 when it "
                "stood at $1.1 billion. Exports to Italy rose 4.5%.", day=None)
    assert c["4.5%"].period == "2020"


def test_a_level_in_a_relative_clause_on_the_base_is_the_bases():
    c = _claims("Exports fell 8.6 percent in the third quarter compared to the same period last year, which "
                "recorded 45.0 billion riyals.", day="2020-11-22")
    assert c["45.0 billion riyals"].period == "2019-Q3"
    c = _claims("Imports fell 3 percent in January-April compared with the corresponding period last year, when "
                "imports totalled $1.2 billion and exports were $118 million.", day="2019-05-20")
    assert c["$1.2 billion"].period == "2018-01/2018-04"
    assert c["$118 million"].period == "2018-01/2018-04"
    # a clause on the base that states the change is not the base's
    c = _claims("Exports rose in the third quarter compared to the same period last year, which represents "
                "an increase of 4.1 percent.", day="2020-11-22")
    assert c["4.1 percent"].period == "2020-Q3"


def test_figures_coordinated_after_a_comparison_are_all_its_other_side():
    c = _claims("In the first quarter of 2022, trade resulted in a narrower deficit of $456.6 million than $610.3 "
                "million for the last quarter of 2021 and $465.7 million during the same period last year.", day="2022-05-15")
    assert c["$456.6 million"].period == "2022-Q1"
    assert c["$610.3 million"].period == "2021-Q4"
    assert c["$465.7 million"].period == "2021-Q1"


def test_a_level_a_change_came_from_is_at_its_base_in_either_order():
    c = _claims("The trade deficit in January-May 2023 grew 794% compared to the same period in 2022, to "
                "$8.975 billion from $1.004 billion.", day="2023-06-15")
    assert c["$8.975 billion"].period == "2023-01/2023-05"
    assert c["$1.004 billion"].period == "2022-01/2022-05"


def test_a_year_written_before_its_quarter_or_half_is_that_parts_year():
    c = _claims("Exports rose 3.8 per cent from the 2017 final quarter to $1,180.6m in the first quarter of 2018.",
                day="2018-12-15")
    assert c["3.8 per cent"].period == "2018-Q1" and c["3.8 per cent"].base_period == "2017-Q4"
    c = _claims("The company's sales reached $2.1 billion in the 2019 fourth quarter.", day="2020-06-15")
    assert c["$2.1 billion"].period == "2019-Q4"


def test_a_change_between_two_month_ends_is_the_later_months_from_the_earlier():
    c = _claims("The number of foreign residents increased by 43,805 to 1,129,638 in the year from the end of "
                "August 2010 to the end of August 2011. Other nationals rose by 5,050.", day="2011-09-15")
    assert c["43,805"].period == "2011-08" and c["43,805"].base_period == "2010-08"
    assert c["5,050"].period == "2011-08" and c["5,050"].base_period == "2010-08"
    # a flow to a month's end, with no start named, is the year to date
    c = _claims("The trade deficit widened to 11,163.8 million dinars to end July 2019.", day="2019-08-15")
    assert c["11,163.8 million dinars"].period == "2019-01/2019-07"


def test_the_levels_a_range_of_years_runs_between_are_its_first_and_last_years():
    c = _claims("The number of non-nationals more than doubled between 1991 and 2021, from 113,000 to 229,000.",
                day="2021-10-15")
    assert c["113,000"].period == "1991" and c["229,000"].period == "2021"
    c = _claims("Exports rose 40% between 2015 and 2020, from $1.2 billion to $1.68 billion.", day="2021-10-15")
    assert c["40%"].period == "2020" and c["40%"].base_period == "2015"
    # a flow over the range is the range's
    c = _claims("Contributions made between 1994 and 2016 have exceeded $3.2 billion.", day="2017-01-15")
    assert c["$3.2 billion"].period == "1994/2016"
