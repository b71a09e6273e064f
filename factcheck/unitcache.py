"""pint's answers kept across runs, as compiled patterns are (regexcache.py).

Importing pint and building its registry costs about half a second of CPU, as much as
extracting twenty articles; a scan needs it only for a unit outside the table of known
dimensions (units._KNOWN_DIMENSIONS), for that unit's dimension or for the factor that
converts it into another ("troy_ounce" → "kilogram"). Both depend only on the unit codes,
pint's version and the definitions our registry adds (units.REGISTRY_DEFINITIONS), so
they are kept in a file beside the compiled patterns and later runs answer them without
pint. A factor is kept only for a conversion that is a multiplication (not °C → °F), and
the answer given from it is pint's own (`value * factor` is what pint computes).

Kept as keptfile.py keeps answers: the file is read on the first question (most scans
ask none); a missing, stale or damaged file only means asking pint. Only the
command-line entry point installs it.
"""

from __future__ import annotations

import sys

from factcheck.keptfile import MISSING, KeptFile

_state: dict = {"engine": None}


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


_answers = KeptFile("units", _engine)
install, save, uninstall = _answers.install, _answers.save, _answers.uninstall


def answer(question: tuple, ask):
    """`ask()`, pint's answer to `question` (a tuple of strings; the answer a string, a
    float or None), from the file when installed and known there."""
    if _answers.path is None:
        return ask()
    got = _answers.get(question)
    if got is MISSING:
        got = ask()
        _answers.put(question, got)
    return got
