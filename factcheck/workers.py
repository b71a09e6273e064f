"""Worker processes for `scan --jobs N` that stop when told to and never outlive the run.

- Ctrl-C or SIGTERM: the parent stops handing out articles and sends SIGTERM to its
  workers. A worker in the middle of an article unwinds it (an atomic claim-file write
  removes its temporary file, the old file stays whole) and exits; an idle one exits at
  once. What was done so far stays written.
- The parent dies (even `kill -9`): each worker gets SIGTERM from the kernel
  (PR_SET_PDEATHSIG on Linux) and, elsewhere, from a watchdog thread that notices its
  parent is gone, so no orphan goes on writing claim files.
- Results come back in input order, so output is the same for any N.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Any, Callable, Iterator, Optional


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: `finally` blocks run and temporary files go."""


def _raise_terminated(signum, frame):  # pragma: no cover - exercised in a subprocess
    raise Terminated()


def handle_sigterm() -> None:
    """In the parent (main thread only): SIGTERM unwinds like Ctrl-C instead of killing outright."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _raise_terminated)


class _Stop(BaseException):
    """Raised inside a worker's article when it is told to stop."""


_busy = False
_stopping = False


def _on_term(signum, frame):
    # A second SIGTERM (the kernel's on the parent's death, then the watchdog's) must not
    # interrupt the unwinding the first started, which is what removes a temporary file.
    global _stopping
    if _stopping:
        return
    if _busy:
        _stopping = True
        raise _Stop()
    os._exit(128 + signum)


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(128 + signal.SIGTERM)

    def watch() -> None:  # the portable fallback, and a guard should prctl be missing
        import time

        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os.kill(os.getpid(), signal.SIGTERM)
                return

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()


def _init(parent: int, initializer: Optional[Callable], initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a terminal's Ctrl-C reaches the whole group: the parent decides
    signal.signal(signal.SIGTERM, _on_term)
    _die_with_parent(parent)
    if initializer is not None:
        initializer(*initargs)


def _call(fn: Callable, arg: Any) -> Any:
    global _busy
    _busy = True
    try:
        return fn(arg)
    except _Stop:
        os._exit(128 + signal.SIGTERM)
    finally:
        _busy = False


def map_in_order(fn: Callable, tasks: list, jobs: int, initializer: Optional[Callable] = None,
                 initargs: tuple = (), on_result: Optional[Callable[[int, Any], None]] = None) -> Iterator[Any]:
    """fn(task) for every task in `jobs` worker processes, yielded in input order.

    A few tasks per worker are in flight at a time (not all of them queued up front), so
    stopping never races a queue of cancelled work. Raises what the pool raises (OSError,
    BrokenProcessPool) for the caller to fall back on; on KeyboardInterrupt (Ctrl-C, or
    SIGTERM via handle_sigterm) it stops the workers and re-raises."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(os.getpid(), initializer, initargs))
    window = 2 * jobs
    pending: deque = deque()
    try:
        queued = 0
        for i in range(len(tasks)):
            while queued < len(tasks) and queued < i + window:
                pending.append(pool.submit(_call, fn, tasks[queued]))
                queued += 1
            result = pending.popleft().result()
            if on_result:
                on_result(i, result)
            yield result
    except BaseException:
        stop(pool)
        raise
    pool.shutdown(wait=True)


def stop(pool) -> None:
    """Tell every worker to stop (SIGTERM), wait briefly, then kill what is left."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for p in processes:
        try:
            p.terminate()
        except (OSError, AttributeError):  # pragma: no cover - already gone
            pass
    for p in processes:
        p.join(timeout=5)
        if p.is_alive():  # pragma: no cover - stuck in a system call
            p.kill()
            p.join(timeout=1)
    pool.shutdown(wait=True)
