"""The speed pass of session 38 changes no answer: what it keeps once a figure or once a
phrase (instead of once a pair or once a sentence) is the same as the long way, and a kept
answer handed to a caller is never shared with the next one."""

from factcheck.extract import context, metric_tidy
from factcheck.models import Claim
from factcheck.relations import slips
from factcheck.relations.rules import restate


def _claim(surface: str, value: float, kind: str = "money") -> Claim:
    return Claim(id="c-1", surface=surface, span=(0, len(surface)), line=1, column=1, sentence=surface, value=value,
                 unit="USD", kind=kind)


def test_a_figures_slips_are_read_once_and_handed_out_as_a_fresh_list():
    a, b = _claim("$2.43 billion", 2.43e9), _claim("$2.43 billion", 2.43e9)
    first = slips.alternatives(a)
    assert first == slips.alternatives(b) and first is not slips.alternatives(b)
    first.clear()  # a caller's list is its own
    assert slips.alternatives(a)
    kinds = {s.kind for s in slips.alternatives(a)}
    assert {"scale_word", "decimal_point", "sign_dropped"} <= kinds
    # the neighbours' scales are part of what is asked: a bare amount may have dropped one
    assert not any(s.kind == "scale_word" for s in slips.alternatives(_claim("$51.3", 51.3)))
    assert any(s.kind == "scale_word" for s in slips.alternatives(_claim("$51.3", 51.3), ("billion",)))
    # a count takes no currency's scale; a negative value's sign is undone by a plus
    assert not any(s.kind == "scale_word" for s in slips.alternatives(_claim("51.3", 51.3, "count"), ("billion",)))
    assert slips.alternatives(_claim("-38%", -38.0, "percent"))[-1].surface == "38%"


def test_precision_and_bare_digits_kept_on_the_printed_figure():
    p = slips.printed("148,000 tonnes")
    assert p.precision_digits == 3 and p.precision_digits == 3
    assert slips.printed("1.20%").precision_digits == 3
    assert restate._digit_string(slips.printed("0.041%")) == "41"


def test_a_metric_phrase_is_tidied_alike_in_every_sentence():
    assert metric_tidy.tidy_metric("Exports", "Exports rose 5%.") == "exports"
    assert metric_tidy.tidy_metric("Exports", "In May, Exports rose 5%.") == "Exports"  # not the sentence's opening
    assert metric_tidy.tidy_metric("Japan", "Japan recorded 5%.") is None
    assert metric_tidy.tidy_metric("billion and exports", "It was $2 billion and exports rose 5%.") == "exports"
    assert metric_tidy.tidy_metric("H net profit", "1H net profit rose 5%.") == "net profit"


def test_the_subject_before_a_verb_group_is_the_same_for_each_figure_after_it():
    assert context.noun_phrase_before("bilateral trade rose to ") == "bilateral trade"
    assert context.noun_phrase_before("Bilateral trade has also increased by ") == "Bilateral trade"
    assert context.noun_phrase_before("with total tourism spending reaching ") == "tourism spending"


def test_a_total_said_together_is_looked_for_only_behind_its_words():
    import re

    from factcheck.relations import listings

    plain = re.compile(listings._SAID_TOGETHER.pattern.pattern, re.I)
    for text in ("kava at 21% and root crops with 10%, and together they comprise ", "which combined make up ",
                 "TOGETHER ", "and between them ", "Jointly about ", "collectively accounted for ", "between us ",
                 "exports rose to ", ""):
        assert (plain.search(text) is None) == (listings._SAID_TOGETHER.search(text) is None), text
    assert listings._SAID_TOGETHER.search("exports rose to ") is None
