"""The one exit decision: every --fail-on level × every kind of run."""

import pytest

from factcheck.errors import InputError
from factcheck.models import Check, Claim, ClaimFile, FailOn, Review
from factcheck.summary import RunSummary


def run(verdicts, review="unreviewed", error=False):
    claims = [Claim(surface="1", span=(0, 1), value=1, unit="count", kind="count", check=Check(verdict=v),
                    review=Review(status=review)) for v in verdicts]
    return RunSummary.of([ClaimFile(article={"id": "a"}, claims=claims)], [InputError("x.txt", "bad")] if error else [])


CASES = {
    # run kind: expected exit code per fail-on level (contradicted, inconsistent, unverified, never)
    "clean": (["supported"], (0, 0, 0, 0)),
    "unverified": (["supported", "unverified"], (0, 0, 1, 0)),
    "inconsistent": (["inconsistent"], (0, 1, 1, 0)),
    "contradicted": (["contradicted"], (1, 1, 1, 0)),
}


@pytest.mark.parametrize("kind", list(CASES))
@pytest.mark.parametrize("level_index,level", list(enumerate(FailOn)))
def test_exit_code_table(kind, level_index, level):
    verdicts, expected = CASES[kind]
    assert run(verdicts).exit_code(level) == expected[level_index]


@pytest.mark.parametrize("level", list(FailOn))
def test_file_error_is_always_2(level):
    assert run(["supported"], error=True).exit_code(level) == 2


@pytest.mark.parametrize("status,expected", [("verified", 0), ("ignored", 0), ("disputed", 1), ("false", 1), ("unreviewed", 1)])
def test_review_is_the_baseline(status, expected):
    # a contradicted claim reviewed as verified/ignored no longer counts; disputed/false always count
    assert run(["contradicted"], review=status).exit_code(FailOn.CONTRADICTED) == expected


def test_disputed_counts_even_when_its_verdict_is_below_the_threshold():
    assert run(["supported"], review="disputed").exit_code(FailOn.CONTRADICTED) == 1
    assert run(["supported"], review="disputed").exit_code(FailOn.NEVER) == 0
