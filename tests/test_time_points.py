"""Points in time and the flows between them, in sentences of our own: a stock is counted
on a day ("on 1 January", "at the end of 2016", "at the start of this year"); a change to
it over the year before that day is the year's flow, measured from the stock a year
earlier; an undated text that names a year only as the base of a comparison is about the
year after it."""

from factcheck.extract import extract
from factcheck.models import Article


class _Claims(dict):
    """Claims by surface; a counted figure is found by its number alone ('356,991')."""

    def __missing__(self, key):
        return next(c for s, c in self.items() if s.startswith(key + " "))


def _claims(text, day="2019-02-15"):
    return _Claims((c.surface, c) for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=day)))


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
