"""The rule registry: rule id → a small pure function over the claim graph."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Union

from factcheck.models import Article, Finding, Reference


@dataclass
class Context:
    article: Optional[Article]
    references: list[Reference]


#: A rule reads the graph and yields the identities it tests (Relation) and findings
#: that need no identity (an implied baseline against a reference, a date).
RuleFn = Callable[["Graph", Context], Iterable[Union["Relation", Finding]]]  # noqa: F821
RULES: dict[str, RuleFn] = {}


def rule(rule_id: str):
    def register(fn: RuleFn) -> RuleFn:
        RULES[rule_id] = fn
        return fn
    return register
