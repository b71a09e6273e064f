"""Errors that become one line on stderr and exit status 2, never a traceback."""

from __future__ import annotations

from typing import Optional


class FactcheckError(Exception):
    """A problem with one input: names the file and the reason."""

    #: True for a problem the run repaired (a damaged claim file rewritten from its article):
    #: still reported, and still exit 2, since the file was not read whole.
    salvage = False

    def __init__(self, path: object, reason: str, line: Optional[int] = None):
        self.path = str(path) if path is not None else None
        self.reason = reason
        self.line = line
        super().__init__(self.message)

    def __reduce__(self):  # picklable across --jobs worker processes
        return (type(self), (self.path, self.reason, self.line))

    @property
    def message(self) -> str:
        """'path:line: reason', or the reason alone when no file is concerned (the CLI adds
        'factcheck: error: ' itself, so a prefix here would say it twice)."""
        if not self.path:
            return self.reason
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class InputError(FactcheckError):
    """An article that cannot be read."""


class ReferenceFileError(FactcheckError):
    """A reference file that fails validation."""


class ClaimFileError(FactcheckError):
    """A claim file that cannot be read or written."""


class DamagedClaimFile(ClaimFileError):
    """A claim file that was cut short or lost claims (its claim count or end line says so).

    `salvaged` holds the whole part (a ClaimFile, or None) so that `scan` can re-extract the
    article and keep the decisions that survived; every other command refuses the file."""

    def __init__(self, path: object, reason: str, line: Optional[int] = None,
                 salvaged: object = None, expected: Optional[int] = None):
        super().__init__(path, reason, line)
        self.salvaged = salvaged
        self.expected = expected


class UsageError(FactcheckError):
    """A bad option or argument."""


class Interrupted(Exception):
    """Ctrl-C or SIGTERM stopped a run: `done` of `total` files were finished (and written)."""

    def __init__(self, done: int, total: int, signum: int, result: object = None):
        self.done, self.total, self.signum, self.result = done, total, signum, result
        super().__init__(f"interrupted: {done} of {total} done")
