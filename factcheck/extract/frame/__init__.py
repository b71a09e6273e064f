"""The claim frame in time: the period each number is for and what it is compared against
(base period, base value). What each number is (role) and which way a change goes
(direction) are `roles.py`'s (one figure, from its own words) and `sentence_roles.py`'s
(a sentence's figures read together).

Time comes from `periods` (the expressions of a sentence, read as spans) and clause
boundaries from `grammar.py`. The rules, in the order they are tried:

- a time expression right after the number is its own ("$2.8bn in February",
  "0.5% in the second quarter", "$70.8bn a year earlier");
- else the nearest own expression in the number's clause, else in an earlier clause of
  the sentence (a fronted "In March, …" dates the whole sentence), never one in a later
  clause: anchors do not leak forward;
- else, for flows and rates, the period of the text before (temporal anaphora);
- a comparison base ("from a year earlier", "year on year", "than in May", "of 2019
  levels", "from $70.8bn in August") is the base period of the changes, growths and
  shares of its sentence, resolved against their own period; never their period.

Modules, each importing only those above it: `positions` (where a figure sits), `topic`
(expressions read against the text's period), `comparisons` (the other side of a
comparison, bases, shares' wholes), `assign` (`assign_time`, a sentence's figures),
`article` (across a text: cataphora, budget and plan years, implied bases). Pure: no I/O.
"""

from factcheck.extract.frame.article import annual_levels, budget_year, cataphora, counted_members, durations_outlasting, implied_bases, plan_year, same_unit_bases, sentence_period, stocks_at_close
from factcheck.extract.frame.assign import assign_time
from factcheck.extract.frame.topic import FISCAL_COUNT, part_of_running_year, year_after_base

__all__ = ["FISCAL_COUNT", "annual_levels", "assign_time", "budget_year", "cataphora", "counted_members", "durations_outlasting", "implied_bases", "part_of_running_year", "plan_year", "same_unit_bases", "sentence_period", "stocks_at_close", "year_after_base"]
