"""Periods, round 61 (issue 8, time): a sentence's own time cue against the period carried
from the text before. Classes found among the look groups' period misses whose own sentence
names the figure's time, written here in our own sentences.

1. A figure postmodified by a participle of counting, earning or moving goods or money (a
   reduced relative clause: "the $2.1 billion profit posted in 2023", "the 9.8 million bags
   shipped between March 2022 and February 2023") is dated by that participle's time, as
   "which was recorded in" already was (not a share's: "40% of those recorded in 2019" dates
   its whole).
2. A figure in subject position counted by its verb's event is that event's: money earned or
   moved ("$640 million was realised in the 2023 season") and people counted by what they did
   ("about 12,000 people emigrated last year"), as arrivals and "was spent" already were.
3. A figure in subject position whose own clause names its time past the verb takes that time,
   not the time of a clause before it ("… with $41,000 collected in May, while $2.1 million is
   expected for June").
"""

from __future__ import annotations

import pytest
from conftest import by_surface


@pytest.mark.parametrize("text,surface,period", [
    ("Profit for the first half of 2024 reached $1.3 billion. The result signals another record year "
     "following the $2.1 billion profit posted in 2023, the highest in its history.", "$2.1 billion", "2023"),
    ("Exports for the first half of 2024 reached $1.3 billion. Coffee sales abroad rose on the $880 "
     "million earned in 2023.", "$880 million", "2023"),
    ("Exports in the first half of 2024 came to 5.1 million bags. Output in the last 12 months fell "
     "3% to 9.5 million bags from the 9.8 million bags harvested between March 2022 and February 2023.",
     "9.8 million bags", "2022-03/2023-02"),
])
def test_a_participle_of_counting_after_a_figure_dates_it(text, surface, period):
    assert by_surface(text, "2024-07-20", "period")[surface] == period


@pytest.mark.parametrize("text,surface,period", [
    ("Tobacco sales for 2024 so far stand at $310 million. Apparently, $640 million was realised in the "
     "2023 season.", "$640 million", "2023"),
    ("Sales for the first half of 2024 reached $1.3 billion. Some $880 million was earned during the "
     "2023 season.", "Some $880 million", "2023"),
    ("The population reached 5.2 million in the first half of 2024. About 12,000 people emigrated "
     "from the country last year.", "About 12,000 people", "2023"),
])
def test_a_subject_figure_counted_by_its_verbs_event_takes_its_time(text, surface, period):
    assert by_surface(text, "2024-07-20", "period")[surface] == period


def test_a_clauses_own_time_past_the_verb_beats_an_earlier_clauses():
    text = ("Road fund receipts for 2024 began this year. The authority has begun receiving payments, with "
            "$41,000 collected in May, while $2.1 million is expected for June.")
    assert by_surface(text, "2024-07-20", "period")["$2.1 million"] == "2024-06"
