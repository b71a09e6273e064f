"""Series names, round 55 (metric55): the two figures of one relation named alike.

- A time adverbial with a year between a verb of change and its figure ("continued to rise
  over the month of March 2031 by 5% ($0.9 million) to $19.4 million") says when, as an
  adverb says how: the verb's subject still names the series of every figure it heads.
- An infinitive of reaching after a change ("rose 27 percent year-on-year …, to total
  188,383 tonnes", "to reach", "to stand at") states the level the change reached, as the
  bare "to" does: the level is of the change's series. A change whose own name is only a
  word of change ("registering a growth of 27 percent to reach $11.7 billion") lends none.
- A past extreme is a noun of reading ("had fallen to 1.8% … from a peak of 5.2%", "compared
  to the 2030 record of 3.82 million tons"): the base of a comparison, an earlier figure of the same series.
- A noun of reading as the subject restates the series of the statement before also after a
  discourse adverb ("However, the figures surged to 190,696 in 2031").
In words of our own."""

from __future__ import annotations

from conftest import checked_by_surface


def test_a_time_adverbial_between_verb_and_figure_keeps_the_verbs_subject(tmp_path):
    by = checked_by_surface("Remittances received continued to rise over the month of March 2031 by 5% ($0.9 million) "
                         "to $19.4 million.")
    assert by["5%"].metric == "remittances growth"
    assert by["$0.9 million"].metric == "remittances"
    assert by["$19.4 million"].metric == "remittances"


def test_an_infinitive_of_reaching_states_the_level_of_the_change(tmp_path):
    by = checked_by_surface("Ruritania's cocoa exports rose nearly 27 percent year-on-year between the start of the "
                         "season last August and May 2031, to total 188,383 tonnes, the board said.")
    assert by["188,383 tonnes"].metric and "cocoa exports" in by["188,383 tonnes"].metric
    # a change named only by its word of change names no series for the level
    by = checked_by_surface("Ruritania's trade surplus experienced an uptick in May 2031, registering a growth of "
                         "27.47 per cent to reach $11.66 billion.")
    assert by["$11.66 billion"].metric != "growth"


def test_a_past_peak_is_the_base_of_the_same_series(tmp_path):
    by = checked_by_surface("The percentage of the workforce registered wholly unemployed had fallen to 1.8% by "
                         "3 October 2031 from a peak of 5.2% in late May.")
    assert by["5.2%"].metric == by["1.8%"].metric


def test_the_figures_after_a_discourse_adverb_restate_the_series_before(tmp_path):
    by = checked_by_surface("Arrivals to Ruritania rose to 170,000 in 2030. However, the figures surged to 190,696 in 2031.")
    assert by["190,696"].metric == by["170,000"].metric == "arrivals to Ruritania"
