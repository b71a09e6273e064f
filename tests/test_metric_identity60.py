"""A figure's metric (issue 8, metric identity): the series named by a nominal of change
whatever noun of change the writer chose (changes.yaml's nouns, not a hand list), and a
bracketed figure's series named by its head noun with the prepositional phrases that
post-modify it, not the last preposition's object."""

import pytest

from conftest import checked_by_surface


@pytest.mark.parametrize("text,surface,metric", [
    # any noun of change of the lexicon names its series after "in"
    ("According to the institute, there was a 1 percent improvement in cocoa exports in 2030.", "1 percent",
     "cocoa exports growth"),
    ("The islands recorded a 48-percent hike in visitor arrivals in March 2031.", "48-percent",
     "visitor arrivals growth"),
    ("The country logged a 4% uptick in remittances in July 2031.", "4%", "remittances growth"),
    # a verb of recording in any form, a noun of a fall
    ("Imports also recorded a slowdown of 3 per cent in 2030.", "3 per cent", "imports decline"),
])
def test_a_noun_of_change_names_its_series(tmp_path, text, surface, metric):
    assert checked_by_surface(text)[surface].metric == metric


@pytest.mark.parametrize("text,surface,metric", [
    ("Loans to enterprises (-Afl. 15.7 million) and consumer credit (-Afl. 3.1 million) fell in July 2031.",
     "Afl. 15.7 million", "loans to enterprises"),
    ("Net sales of foreign exchange to the public (-Afl. 190.6 million) fell in July 2031.",
     "Afl. 190.6 million", "net sales of foreign exchange to the public"),
    ("Spending on health ($2.3 billion) rose in 2031.", "$2.3 billion", "spending on health"),
])
def test_a_bracketed_figure_takes_the_head_and_its_post_modifiers(tmp_path, text, surface, metric):
    assert checked_by_surface(text)[surface].metric == metric


@pytest.mark.parametrize("text,surface,metric", [
    # a number's unit is no head; a head that post-modifies a noun itself ("spending by
    # visitors from …") leaves the list's places to the frame
    ("In May 2031, spending by visitors from Norway (12.1%), Poland (9.7%) and Italy (4.2%) grew fastest.",
     "9.7%", "spending in Poland"),
    ("Spending rose 5 per cent in services ($2.3 billion) in 2031.", "$2.3 billion", "services"),
    # a noun of change that names works before "of" is a project, not a change
    ("Investment of $3.4 billion in 2031 went to two projects: the expansion of the northern "
     "port ($2.1 billion) and a rail link ($1.3 billion).", "$2.1 billion", None),
])
def test_what_the_rules_leave_alone(tmp_path, text, surface, metric):
    c = checked_by_surface(text)[surface]
    if metric is not None:
        assert c.metric == metric
    else:
        assert c.role == "level"
