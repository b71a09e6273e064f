"""The rule registry: rule id → a small pure function over the claim graph."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Optional, Union

from factcheck.models import Article, Finding, Reference

if TYPE_CHECKING:
    from factcheck.relations.graph import Graph
    from factcheck.relations.relation import Relation


@dataclass
class Context:
    article: Optional[Article]
    references: list[Reference]


#: A rule reads the graph and yields the identities it tests (Relation) and findings
#: that need no identity (an implied baseline against a reference, a date).
RuleFn = Callable[["Graph", Context], Iterable[Union["Relation", Finding]]]
RULES: dict[str, RuleFn] = {}


def rule(rule_id: str):
    def register(fn: RuleFn) -> RuleFn:
        RULES[rule_id] = fn
        return fn
    return register
