"""The temporary file of a write that lands whole or not at all: created beside its target
(".<name>.XXXXXXXXXX.tmp"), written, then renamed over it (os.replace)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def temporary_beside(path: Path) -> Iterator[tuple[int, Path]]:
    """A new temporary file beside `path` (mode 0600): its open descriptor and its name. On
    any exception in the block (a worker's stop signal and Ctrl-C included) it is removed.
    It is named before it is created, so that a stop landing at any point after finds it:
    tempfile.mkstemp returns the name only once the file exists, a window a killed scan
    left files in."""
    tmp = None
    try:
        while True:
            tmp = path.with_name(f".{path.name}.{os.urandom(5).hex()}.tmp")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
                break
            except FileExistsError:  # pragma: no cover - 40 random bits
                tmp = None
        yield fd, tmp
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
