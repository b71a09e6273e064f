"""Claim kinds, roles and qualifiers as plain strings, for the grammar's hot paths.

A claim's `kind` and `role` are strings; comparing one with `Kind.MONEY.value` pays an
Enum descriptor call each time, and the frame compares kinds for every claim many times
over. `K.MONEY`, `R.CHANGE` and `Q.EXACT` are the same strings, looked up in a plain namespace.
"""

from __future__ import annotations

from types import SimpleNamespace

from factcheck.models import Kind, Qualifier, Role

K = SimpleNamespace(**{member.name: member.value for member in Kind})
R = SimpleNamespace(**{member.name: member.value for member in Role})
Q = SimpleNamespace(**{member.name: member.value for member in Qualifier})
#: The kinds of an amount: a level, a part or a change can be one (not a percentage, a year, an ordinal).
AMOUNTS = (K.MONEY, K.COUNT, K.MEASURE)
