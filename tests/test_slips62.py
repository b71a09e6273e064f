"""slips62: a figure's series named elsewhere in its clause or the sentence before — an
anaphoric noun of reading ('that figure', 'the previous record') and a clause's opening
subject before any verb ('the total remittances inflow reflects an increase of …')."""

from conftest import checked_by_surface


def test_that_figure_with_any_verb_is_the_series_of_the_sentence_before():
    by = checked_by_surface("Ruritania's oil revenue was TT$12.4 billion in 2014.\n\n"
                         "By 2017, that figure had plunged to just TT$2.5 billion as prices collapsed.")
    assert by["TT$2.5 billion"].metric == "oil revenue"
    # two series in the sentence before leave the noun's antecedent open
    by = checked_by_surface("Ruritania exported goods totaling $134.1 million in August, while imports amounted to $793.5 million. "
                         "The reported amount is $42.6 million more than a year before.")
    assert by["$42.6 million"].metric != "imports"


def test_this_figure_after_a_fronted_comparison_takes_the_series():
    by = checked_by_surface("In the first half of 2031, 6.4 million foreign citizens visited Ruritania. "
                         "Compared to the same period last year, this figure increased by almost 2.1 million people.")
    assert by["almost 2.1 million people"].metric == "foreign citizens"
    # 'in the amount of' is the figure in apposition to its own clause's series, no anaphor
    by = checked_by_surface("Ruritania's exports reached $900 million in July 2031. "
                         "The trade deficit widened in the amount of $268.5 million.")
    assert by["$268.5 million"].metric != "exports"


def test_opening_subject_with_any_verb_names_the_first_figure():
    by = checked_by_surface("Ruritania's remittances reached $15.1 billion in the first nine months of fiscal 2031. "
                         "So far, the total remittances inflow reflects an increase of 8.74 percent, compared to "
                         "$14.802 billion in the same period last fiscal year.")
    assert by["8.74 percent"].metric.startswith("total remittances inflow")


def test_opening_series_reads_the_subject_past_a_fronted_adverbial():
    from factcheck.extract.fronted_series import opening_series

    assert opening_series("As noted earlier by the Ministry of Finance, the state budget deficit after January 2031 was ") \
        == "state budget deficit"
    assert opening_series("Overnight guest arrivals in November 2031 reached ") == "overnight guest arrivals"
    # a part named after the verb, a relative clause, or no series noun: nothing
    assert opening_series("The non-hydrocarbon exports were made up of semi-finished products, which totalled ") is None
    assert opening_series("Prime Minister Pierre says government spending was ") is None
    assert opening_series("Kenya rakes in ") is None
