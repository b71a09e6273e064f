"""The extraction grammar's word lists, kept as data (one YAML file per vocabulary) so
that a new currency, scale word or unit is a one-line change a reviewer can read.

Each file is read once, when the grammar first needs it."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

_HERE = Path(__file__).parent


@functools.cache
def load(name: str) -> Any:
    """The parsed contents of `lexicon/<name>.yaml` (kept across runs by yamlcache)."""
    from factcheck.yamlcache import parsed

    with open(_HERE / f"{name}.yaml", encoding="utf-8") as fh:
        return parsed("lexicon", fh.read(), _parse)


def _parse(text: str) -> Any:
    import yaml  # only for a word list the YAML cache does not hold yet

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
