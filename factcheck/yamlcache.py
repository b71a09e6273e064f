"""Parsed YAML kept across runs, as compiled patterns are (regexcache.py).

Every scan reads the grammar's word lists (extract/lexicon/*.yaml) and the curated
reference files: about 25 ms of YAML construction in pure Python at each start, as much
as extracting four articles. A document depends only on its text and the loader, so it is
kept in a file beside the compiled patterns under the sha256 of its text, marshalled
(dates as tagged pairs), and later runs read it from there: a file edited since is only a
text not seen before.

Kept as keptfile.py keeps answers: the file is read on the first document asked; a
missing, stale or damaged file only means parsing as usual. Each caller gets a fresh
copy (its own to change). Only the command-line entry point installs it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import marshal
import sys

from factcheck.keptfile import MISSING, KeptFile

_FORMAT = 1
_DATE, _DATETIME = "\x00date", "\x00datetime"  # tags of the pairs dates are kept as (YAML makes no tuples)


def _engine() -> tuple:
    # PyYAML's version as its own source states it (`__version__ = '6.0.4'`), read without
    # importing it: a run whose documents are all kept here never needs PyYAML, whose
    # import costs about 100M instructions (and importlib.metadata's lookup more)
    return sys.implementation.cache_tag, _yaml_version(), _FORMAT


def _yaml_version() -> "str | None":
    import importlib.util
    import re

    try:
        spec = importlib.util.find_spec("yaml")
        with open(spec.origin, encoding="utf-8") as fh:  # type: ignore[union-attr, arg-type]
            found = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", fh.read(), re.M)
    except (ImportError, AttributeError, TypeError, ValueError, OSError):
        return None
    return found.group(1) if found else None


class _NothingParsed(Exception):
    """Raised by nothing: what `yaml_error()` gives while PyYAML is not loaded."""


def yaml_error() -> type:
    """PyYAML's YAMLError for an `except` clause, once PyYAML is loaded; before that no YAML
    was parsed in this process, so none can have failed, and a class nothing raises does."""
    yaml = sys.modules.get("yaml")
    return getattr(yaml, "YAMLError", _NothingParsed)


# (kind, sha256 of the text) → the marshalled document; 200 kept, those the writing run used first
_docs = KeptFile("yaml", _engine, limit=200)
install, save, uninstall = _docs.install, _docs.save, _docs.uninstall


def _encode(obj):
    """The document in types marshal keeps; ValueError for any other."""
    if obj is None or type(obj) in (str, int, float, bool):
        return obj
    if type(obj) is list:
        return [_encode(x) for x in obj]
    if type(obj) is dict:
        return {_encode(k): _encode(v) for k, v in obj.items()}
    if type(obj) is _dt.datetime:
        return (_DATETIME, obj.isoformat())
    if type(obj) is _dt.date:
        return (_DATE, obj.isoformat())
    raise ValueError(f"not kept: {type(obj).__name__}")


def _decode(obj):
    if type(obj) is list:
        return [_decode(x) for x in obj]
    if type(obj) is dict:
        return {_decode(k): _decode(v) for k, v in obj.items()}
    if type(obj) is tuple:
        return (_dt.datetime if obj[0] == _DATETIME else _dt.date).fromisoformat(obj[1])
    return obj


def parsed(kind: str, text: str, parse):
    """`parse(text)`, from the file when installed and known there; `kind` names the loader
    (two loaders may read one text otherwise)."""
    if _docs.path is None:
        return parse(text)
    key = (kind, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    data = _docs.get(key)
    if data is not MISSING:
        try:
            return _decode(marshal.loads(data))
        except (EOFError, ValueError, TypeError, IndexError):
            _docs.forget(key)  # damaged: parsed afresh below
    doc = parse(text)
    try:
        _docs.put(key, marshal.dumps(_encode(doc)))
    except ValueError:
        pass  # a type marshal cannot keep: parsed at every start
    return doc
