"""A file of answers kept across runs beside the compiled patterns (regexcache.py):
pint's answers (unitcache.py), parsed YAML documents (yamlcache.py).

Read on the first question (a scan may ask none), written atomically at exit only where
Python would write bytecode and only by the process that installed it; a missing, stale
(another `engine`) or damaged file only means answering afresh. Only the command-line
entry point installs one.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from typing import Callable, Optional

MISSING = object()  # what get() answers for a key the file does not hold


class KeptFile:
    """Answers by key, kept in the file `regexcache.cache_path(kind)` for `engine()` (what
    they depend on besides the key); at most `limit` of them, those the writing run used first."""

    def __init__(self, kind: str, engine: Callable[[], tuple], limit: Optional[int] = None):
        self.kind, self.engine, self.limit = kind, engine, limit
        self.path: Optional[str] = None
        self.pid: Optional[int] = None
        self.loaded, self.added = False, 0
        self.items: dict = {}
        self.used: set = set()

    def install(self, path: Optional[str] = None) -> bool:
        """Answer from the file for the rest of the process and write what was learnt at
        exit. True when installed (not where the file could neither be read nor written)."""
        from factcheck.regexcache import cache_path

        if self.path is not None:
            return False
        path = path or cache_path(self.kind)
        if not path or (sys.dont_write_bytecode and not os.path.exists(path)):
            return False
        self.items.clear()
        self.used.clear()
        self.path, self.pid, self.loaded, self.added = path, os.getpid(), False, 0
        atexit.register(self.save)
        return True

    def uninstall(self) -> None:
        """Answer every question afresh (tests)."""
        if self.path is not None:
            atexit.unregister(self.save)
        self.items.clear()
        self.used.clear()
        self.path, self.pid, self.loaded, self.added = None, None, False, 0

    def get(self, key, default=MISSING):
        if not self.loaded:
            self._load()
        got = self.items.get(key, MISSING)
        if got is not MISSING:
            self.used.add(key)
            return got
        return default

    def put(self, key, value) -> None:
        self.items[key] = value
        self.used.add(key)
        self.added += 1

    def forget(self, key) -> None:
        self.items.pop(key, None)

    def _load(self) -> None:
        self.loaded = True
        try:
            with open(self.path, "rb") as fh:
                engine, items = marshal.loads(fh.read())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if engine == self.engine() and isinstance(items, dict):
            self.items.update(items)

    def save(self) -> bool:
        """Write the answers if this run added to them; True when written."""
        if not self.path or not self.added or os.getpid() != self.pid or sys.dont_write_bytecode:
            return False
        from factcheck.regexcache import write_marshal

        keep = [k for k in self.items if k in self.used] + [k for k in self.items if k not in self.used]
        if not write_marshal(self.path, (self.engine(), {k: self.items[k] for k in keep[: self.limit]})):
            return False
        self.added = 0
        return True

