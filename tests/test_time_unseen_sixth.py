"""Classes of time phrasing found by grouping the period and base-period errors of the
held-out sets k–y (issue 8), each in sentences of our own: a count in subject position
dated past a passive verb of recording; whose fiscal year a sentence that names no place
is read by."""

from factcheck.extract import extract
from factcheck.models import Article


def _claims(text, day="2019-09-20", **kw):
    return {c.surface: c for c in extract(Article(id="t", path="t.txt", text=text, sha256="0", date=day), **kw)}


def test_a_count_before_a_passive_verb_of_recording_takes_the_time_after_it():
    c = _claims("Some 48,300 cruise passengers from across the region were recorded at the port "
                "during the third quarter of 2019, the harbour master said.")
    assert c["Some 48,300 cruise passengers"].period == "2019-Q3"
    c = _claims("About 4,100 new companies were registered in May, the registry said.")
    assert c["About 4,100 new companies"].period == "2019-05"


def test_a_passive_verb_that_does_not_record_events_leaves_the_count_undated():
    # the rule for a number in subject position stays for other verbs
    c = _claims("Five volumes of the survey were released in 2018.")
    assert c["Five volumes"].period is None
