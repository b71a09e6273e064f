"""A running parallel scan that is stopped (Ctrl-C, SIGTERM) or whose parent is killed
(kill -9): the workers go too, what was written stays whole, no temporary file is left.

These run the real command in a subprocess and send it real signals."""

import glob
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck import claimfile

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the worker processes")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Enough real articles that a two-worker scan runs for a long time. The scan is stopped
    after its first few files, so its length costs nothing; it must only be long enough that
    on a loaded machine (the test starved of CPU while the scan runs) the scan cannot have
    ended between the test's look and its signal (seen: 126 articles, load 20, exit 0)."""
    folder = tmp_path_factory.mktemp("corpus") / "arts"
    folder.mkdir()
    for copy in range(40):
        for p in sorted((ROOT / "tests" / "data" / "extract").glob("*.txt")):
            shutil.copy(p, folder / f"{p.stem}_{copy}.txt")
    return folder


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for path in glob.glob(f"/proc/{pid}/task/*/children"):
        with open(path) as fh:
            found |= {int(x) for x in fh.read().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("sig,exit_status", [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGKILL, -9)])
def test_a_stopped_scan_stops_its_workers_and_keeps_whole_files(corpus, tmp_path, sig, exit_status):
    claims = tmp_path / "claims"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "scan", str(corpus), "--jobs", "2", "--claims-dir", str(claims),
         "--reference-dir", str(ROOT / "reference"), "--format", "json", "--fail-on", "never"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list(claims.glob("*.yaml"))) < 3 and proc.poll() is None:
            time.sleep(0.02)
        workers = _children(proc.pid)
        assert proc.poll() is None and len(workers) >= 2, "the scan ended before it could be stopped"
        proc.send_signal(sig)
        status = proc.wait(timeout=30)
        # EOF on stderr comes only when every process holding it (the workers too) is gone
        stderr = proc.communicate(timeout=10)[1].decode()
        assert status == exit_status, stderr
        assert "Traceback" not in stderr
        if sig != signal.SIGKILL:
            assert "factcheck: interrupted:" in stderr and "done and written" in stderr
        deadline = time.monotonic() + 5  # the kernel (PR_SET_PDEATHSIG) or the watchdog ends them
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], "worker processes outlived the scan"
        written = sorted(claims.glob("*.yaml"))
        time.sleep(0.5)
        assert sorted(claims.glob("*.yaml")) == written  # nobody goes on writing
        assert written and len(written) < len(list(corpus.glob("*.txt")))
        for p in written:
            claimfile.load(p)  # every file that exists is whole and valid
        assert not glob.glob(str(claims / ".*.tmp"))
    finally:
        if proc.poll() is None:  # pragma: no cover - only when an assertion failed early
            proc.kill()
            proc.wait()


def test_a_killed_writers_temporary_file_is_removed_and_nothing_else(tmp_path):
    """A worker killed mid-write (it did not answer SIGTERM in time) leaves ".<name>.XXXX.tmp";
    the interrupted scan removes those of the articles it did not finish, and only those."""
    target = tmp_path / "art_1.yaml"
    target.write_text("whole\n", encoding="utf-8")
    (tmp_path / ".art_1.yaml.k3j9x.tmp").write_text("half", encoding="utf-8")
    (tmp_path / ".art_10.yaml.z8q1w.tmp").write_text("another article's", encoding="utf-8")
    claimfile.remove_temporaries(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".art_10.yaml.z8q1w.tmp", "art_1.yaml"]
    assert target.read_text(encoding="utf-8") == "whole\n"


def test_a_stop_right_after_the_temporary_file_is_made_leaves_no_temporary(tmp_path, monkeypatch):
    """The stop (a worker's SIGTERM raises inside the write) can land the moment the
    temporary file exists, before any name for it was returned; it must still be removed
    and the old claim file stay as it was (seen under kill -9 of a two-worker scan)."""
    source = sorted((ROOT / "claims").glob("*.yaml"))[0]
    cf = claimfile.load(source)
    target = tmp_path / "art.yaml"
    target.write_text("old\n", encoding="utf-8")
    real_open = os.open

    def open_then_stop(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        if str(path).endswith(".tmp"):
            os.close(fd)
            raise KeyboardInterrupt
        return fd

    monkeypatch.setattr(os, "open", open_then_stop)
    with pytest.raises(KeyboardInterrupt):
        claimfile.write(target, cf)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["art.yaml"]
    assert target.read_text(encoding="utf-8") == "old\n"


def test_a_second_stop_signal_does_not_interrupt_the_first_ones_unwinding(monkeypatch):
    """The kernel (parent death) and the watchdog can both send SIGTERM; only the first
    raises in a busy worker, so the second cannot cut the clean-up the first started."""
    from factcheck import workers

    monkeypatch.setattr(workers, "_busy", True)
    monkeypatch.setattr(workers, "_stopping", False)
    with pytest.raises(workers._Stop):
        workers._on_term(signal.SIGTERM, None)
    assert workers._on_term(signal.SIGTERM, None) is None
