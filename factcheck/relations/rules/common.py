"""Small predicates the rules share about a node of the graph."""

from __future__ import annotations

from factcheck.relations.graph import CHANGE, Graph, Node

#: A group larger than this is a table, not prose: its figures are left alone.
MAX_GROUP = 40


def is_level(n: Node) -> bool:
    return n.level


def is_change(n: Node) -> bool:
    """An absolute change with its direction (or its printed sign)."""
    return n.change


def signed(n: Node) -> int:
    """−1 for a change printed positive that a word says is a fall."""
    return -1 if n.role == CHANGE and n.value > 0 and n.claim.direction == "down" else 1


def subject_of(graph: Graph, n: Node) -> frozenset:
    """The subject a figure is about: its own, or (a sentence naming none) the one the
    text was last about."""
    return n.topic
