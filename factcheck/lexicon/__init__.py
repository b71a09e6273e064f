"""Word lists the grammar reads, kept as data: one entry a line, `#` starts a comment.

A reviewer adds a verb, a fiscal calendar or a modifier as a one-line change to a
text file here, not to a regular expression.
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of `<name>.txt`, comments and blank lines dropped, in file order."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of `<name>.txt` as a lower-case set (every word of every line)."""
    return frozenset(w.lower() for line in lines(name) for w in line.split())


@functools.cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """`key: value value …` lines of `<name>.txt` as a mapping (keys as written); a key on
    several lines gathers all their values."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lines(name):
        key, _, rest = line.partition(":")
        out[key.strip()] = out.get(key.strip(), ()) + tuple(rest.split())
    return out
