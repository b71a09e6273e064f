"""The speed pass of session 39 changes no answer: a pattern anchored at the end of the text
before a figure runs only where that text ends in its last word (patterns.EndsWith, now with
sub), a pattern every match of which holds one of some words only behind them
(patterns.Triggered: the enumeration marker, a balance's name), a scan the engine could not
skip through behind the gate of its opening characters (patterns.lazy), and two period rules
only where a day's ordinal stands before "of". Each gated form finds what the plain pattern
finds, on every prefix of some sentences (the text before a figure is a prefix of its
sentence)."""

import re

from factcheck.extract import context, exclusions, grammar, placenames, rates, worded_signs
from factcheck.extract.patterns import EndsWith, LazyPattern, Triggered
from factcheck.extract.periods import grammar as periods_grammar
from factcheck.extract.periods.rules import kit as periods_kit
from factcheck.relations import listings

SENTENCES = (
    "Exports, which include fuel, metals and parts, have also risen by 5% to $3 billion.",
    "The budget, initially set at 11,694.4 billion, was re-evaluated to 12,000 billion.",
    "Exports to the US – 11.9 percent of the total – plunged 4% in 2023 to about 2,000.",
    "The tax burden, for its part, will increase; the deficit was negative and amounted to 3%.",
    "Group of 20 members and Sales of 5 million units, Articles 12 and 14, Tables 1, 7, 13 and ",
    "Imports ALSO rose SLIGHTLY and were almost tripled over the month of March 2016 by about 7%.",
    "The price of Brent was $60.82 a barrel; gold traded at $1,900 and crude oil prices fell.",
    "Arrivals to Tinian and Rota rose in Sabah and Negeri Sembilan, In Punjab National Bank.",
    "Of the total, $637.3 million, comprising wages, of which $2 million, namely rent, by shipping ",
    "from the 1st to the 10th of this month, as of the 18th of August 2023 and the 2nd OF May",
    "Exports in January–May 2022 fell, reaching ſome 5 per cent – the KELVIN sign K – of ",
)


def _texts():
    for s in SENTENCES:
        for end in range(len(s) + 1):
            yield s[:end]
            yield s[:end] + " "


def test_end_anchored_patterns_find_the_same_behind_their_last_words():
    gated = [context._VERB_GROUP_ADVERB, context._PRE_VERB_ADVERB, context._DISCOURSE_ASIDE_END,
             context._COPULA_AND_END, context._FIGURE_ASIDE_END, context._DASH_ASIDE_END, context._RELATIVE_END,
             context._RELATIVE_LIST_END, context._APPOSITION_END, exclusions._NAME_OF, exclusions._QUANTITY_OF,
             exclusions._LABEL_LIST_BEFORE, grammar._TIME_BEFORE_FILLER]
    for g in gated:
        assert isinstance(g, EndsWith)
        inner = g.pattern
        plain = re.compile(inner.pattern, inner.flags)
        for text in _texts():
            m, n = plain.search(text), g.search(text)
            assert (m and m.span()) == (n and n.span()), (plain.pattern, text)
            assert plain.sub(" ", text) == g.sub(" ", text), (plain.pattern, text)


def test_the_enumeration_marker_and_a_balance_are_found_the_same_behind_their_words():
    for g in (listings._ENUMERATION, worded_signs._BALANCE):
        assert isinstance(g, Triggered)
        plain = re.compile(g.pattern.pattern, g.pattern.flags)
        for text in (*_texts(), "the trade GAP between exports", "a negative Balance of $2 billion"):
            m, n = plain.search(text), g.search(text)
            assert (m and m.span()) == (n and n.span()), text


def test_scans_behind_their_opening_gate_find_the_same():
    pats = [placenames._CAP_RUN, placenames._LOCATIVE_NAMES, *(p for p, _ in rates._commodity_patterns())]
    for p in pats:
        assert isinstance(p, LazyPattern)
        plain = re.compile(p.pattern, p.flags)
        for s in SENTENCES:
            assert [m.span() for m in plain.finditer(s)] == [m.span() for m in p.finditer(s)], (p.pattern, s)


def test_the_ordinal_day_rules_need_an_ordinal_before_of():
    need = periods_kit.T_ORDINAL_DAY
    ordinal_rules = [p for p, reader, needs, _ in periods_grammar._BOOK.rules if need in needs]
    assert len(ordinal_rules) == 2
    for s in SENTENCES:
        for p in ordinal_rules:
            if p.search(s):
                assert need.regex.search(s), s
    assert need.regex.search("the 18th of August") and need.regex.search("the 10TH OF this month")
    assert not need.regex.search("on 18 August, up 5% of the total")
