"""slips63: a change in percent whose clause opens with its series takes that series' growth
or decline, whatever the verb, and the guards that keep an opening noun phrase from naming a
figure that is not its own (an organisation, a subgroup, an average, another reading)."""

from conftest import checked_by_surface


def test_a_percent_of_change_after_any_verb_takes_the_opening_series():
    by = checked_by_surface("Ruritania's exports rose 5% in August 2031. "
                         "Imports also decreased compared to August 2030 by 13.7pc.")
    assert by["13.7pc"].metric == "imports decline"
    by = checked_by_surface("Vehicle sales in Ruritania also rose sharply last month, by 67.1% year-on-year.")
    assert by["67.1%"].metric == "vehicle sales in Ruritania growth"
    # a level or a share is not named so (only a change in percent is)
    by = checked_by_surface("Overnight guest arrivals in August 2031 reached 93% of the numbers for the same month in 2019.")
    assert by["93%"].metric != "overnight guest arrivals"


def test_the_opening_noun_phrase_names_no_series_when_it_is_not_the_figures():
    from factcheck.extract.fronted_series import opening_series

    # an organisation whose name a series noun modifies is the clause's agent
    assert opening_series("The Job Centre is also reporting an increase in the number of vacancies posted across "
                          "the month of May, up ") is None
    # a subgroup named after the verb
    assert opening_series("According to the department's figures, the unemployment rate was high among university "
                          "graduates, reaching ") is None
    # a standard or plan the figure is
    assert opening_series("Tourist arrivals fell short of the target of ") is None
    # but a change of the series itself still reads it
    assert opening_series("So far, the total remittances inflow reflects an increase of ") == "total remittances inflow"
