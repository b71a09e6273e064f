"""pint's answers kept across runs, as compiled patterns are (regexcache.py).

Importing pint and building its registry costs about half a second of CPU, as much as
extracting twenty articles; a scan needs it only for a unit outside the table of known
dimensions (units._KNOWN_DIMENSIONS), for that unit's dimension or for the factor that
converts it into another ("troy_ounce" → "kilogram"). Both depend only on the unit codes,
pint's version and the definitions our registry adds (units.REGISTRY_DEFINITIONS), so
they are kept in a file beside the compiled patterns and later runs answer them without
pint. A factor is kept only for a conversion that is a multiplication (not °C → °F), and
the answer given from it is pint's own (`value * factor` is what pint computes).

Keyed like regexcache: the file is read on the first question (most scans ask none),
written atomically at exit only where Python would write bytecode and only by the
process that installed it; a missing, stale or damaged file only means asking pint.
Only the command-line entry point installs it.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys

_state: dict = {"path": None, "pid": None, "loaded": False, "added": 0, "engine": None}
_answers: dict = {}
_MISSING = object()


def _engine() -> tuple:
    """What the answers depend on besides the question: pint's version and our definitions."""
    if _state["engine"] is None:
        import hashlib
        from importlib import metadata

        from factcheck.extract import units

        try:
            version = metadata.version("pint")
        except metadata.PackageNotFoundError:  # pragma: no cover - pint is a core dependency
            version = None
        definitions = hashlib.sha256(repr(units.REGISTRY_DEFINITIONS).encode()).hexdigest()
        _state["engine"] = (sys.implementation.cache_tag, version, definitions)
    return _state["engine"]


def _load() -> None:
    _state["loaded"] = True
    try:
        with open(_state["path"], "rb") as fh:
            engine, answers = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if engine == _engine() and isinstance(answers, dict):
        _answers.update(answers)


def answer(question: tuple, ask):
    """`ask()`, pint's answer to `question` (a tuple of strings; the answer a string, a
    float or None), from the file when installed and known there."""
    if _state["path"] is None:
        return ask()
    if not _state["loaded"]:
        _load()
    got = _answers.get(question, _MISSING)
    if got is _MISSING:
        got = _answers[question] = ask()
        _state["added"] += 1
    return got


def save() -> bool:
    """Write the answers if this run added to them; True when written."""
    path = _state["path"]
    if not path or not _state["added"] or os.getpid() != _state["pid"] or sys.dont_write_bytecode:
        return False
    from factcheck.regexcache import write_marshal

    if not write_marshal(path, (_engine(), dict(_answers))):
        return False
    _state["added"] = 0
    return True


def install(path: str | None = None) -> bool:
    """Answer from the file for the rest of the process and write what was learnt at exit.
    True when installed (not where the file could neither be read nor written)."""
    from factcheck.regexcache import cache_path

    if _state["path"] is not None:
        return False
    path = path or cache_path("units")
    if not path or (sys.dont_write_bytecode and not os.path.exists(path)):
        return False
    _answers.clear()
    _state.update(path=path, pid=os.getpid(), loaded=False, added=0)
    atexit.register(save)
    return True


def uninstall() -> None:
    """Ask pint again for every answer (tests)."""
    if _state["path"] is not None:
        atexit.unregister(save)
    _answers.clear()
    _state.update(path=None, pid=None, loaded=False, added=0)
