"""Matching, shared by `check`, `consistency` and `track`: the vocabulary of metric
phrases (`vocabulary`), what series a metric names (`metrics`), subject, period and role
agreement (`subjects`, `periods`, `roles`), and the match of a claim to the reference it
states (`lookup`). Pure: no I/O."""

from factcheck.matching.lookup import Match, candidate_heads, match
from factcheck.matching.metrics import (MetricKey, canonical_phrase, item_of_flow, metric_key, metric_keys, metric_score,
                                        phrases_score, reference_heads, series_name_words, unstated)
from factcheck.matching.periods import period_start, periods_agree, periods_may_agree, split_year_of, told_so_far
from factcheck.matching.roles import reference_role, roles_agree, same_dimension
from factcheck.matching.subjects import RELATIONAL, subjects_overlap
from factcheck.matching.vocabulary import SYNONYMS, head, lemma, tokens, words

__all__ = ["Match", "MetricKey", "RELATIONAL", "SYNONYMS", "candidate_heads", "canonical_phrase", "head", "item_of_flow", "lemma", "match",
           "metric_key", "metric_keys", "metric_score", "period_start", "periods_agree", "periods_may_agree",
           "phrases_score", "reference_heads", "reference_role", "roles_agree", "same_dimension", "series_name_words", "split_year_of",
           "subjects_overlap", "told_so_far", "tokens", "unstated", "words"]
