#!/usr/bin/env python
"""What reading claim files costs each command, cold and warm, in CPU time.

    python benchmarks/claimfiles.py [--copies 4] [--repeats 3] [--compare /path/to/other/checkout]

The claims folder is real: every article of the test corpora (tests/data) and the seeds,
plus the development corpus where it exists (/work/corpus/dev, or --articles DIR), is
copied --copies times under distinct folders (so distinct article ids) and scanned once.
Then each command runs in a fresh process with its output to /dev/null:

- cold: the claims folder's cache (`.factcheck-cache/`: the claim cache and track's index)
  removed first, as on a fresh clone: every claim file is parsed and validated;
- warm: straight after, with the cache current.

Commands: check, status, report (table and json), track QUERY (table and json). CPU time
(user + system of the child) is measured rather than wall-clock time, which the shared
machine makes noisy; medians of the repeats are printed. With --compare DIR, the same
commands run from another checkout (its package first on PYTHONPATH) on the same folder.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = Path("/work/corpus/dev")
SUFFIXES = (".txt", ".md", ".html", ".htm")


def build(dest: Path, copies: int, extra: list[Path]) -> int:
    """Copies of the corpora under dest/articles, scanned into dest/claims; returns the claim files."""
    sources = [REPO / "tests" / "data", REPO / "seeds"] + [d for d in extra if d.is_dir()]
    for k in range(copies):
        for src in sources:
            for p in sorted(src.rglob("*")):
                if p.suffix in SUFFIXES and p.is_file():
                    target = dest / "articles" / f"copy{k}" / src.name / p.relative_to(src)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy(p, target)
    subprocess.run([sys.executable, "-m", "factcheck", "scan", "articles", "--claims-dir", "claims",
                    "--reference-dir", str(REPO / "reference"), "--format", "json", "--fail-on", "never"],
                   cwd=dest, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sum(1 for _ in (dest / "claims").rglob("*.yaml"))


def cpu(cmd: list[str], cwd: Path, pythonpath: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "PYTHONPATH": pythonpath}
    with open(os.devnull, "w") as sink:
        subprocess.run([sys.executable, "-m", "factcheck", *cmd], cwd=cwd, env=env, stdout=sink,
                       stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def commands(query: str, reference: str) -> dict[str, list[str]]:
    common = ["--claims-dir", "claims"]
    return {
        "check": ["check", *common, "--reference-dir", reference, "--format", "json"],
        "status": ["status", *common],
        "report": ["report", *common],
        "report json": ["report", *common, "--format", "json"],
        "track table": ["track", query, *common],
        "track json": ["track", query, *common, "--format", "json"],
    }


def measure(root: Path, repeats: int, query: str, pythonpath: str) -> dict[str, tuple[float, float]]:
    out = {}
    for name, cmd in commands(query, str(REPO / "reference")).items():
        cold, warm = [], []
        for _ in range(repeats):
            shutil.rmtree(root / "claims" / ".factcheck-cache", ignore_errors=True)
            cold.append(cpu(cmd, root, pythonpath))
            warm.append(cpu(cmd, root, pythonpath))
        out[name] = (statistics.median(cold), statistics.median(warm))
        print(f"  {name:<12} cold {out[name][0]:6.2f} s   warm {out[name][1]:6.2f} s", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--query", default="trade")
    ap.add_argument("--articles", type=Path, action="append", help="more article folders (default: the dev corpus)")
    ap.add_argument("--compare", type=Path, help="another checkout of factcheck to time on the same folder")
    args = ap.parse_args(argv)
    extra = args.articles or sorted(DEV.glob("*"))
    with tempfile.TemporaryDirectory(prefix="factcheck-claimfiles-") as tmp:
        root = Path(tmp)
        n = build(root, args.copies, extra)
        claims = sum(p.read_text(encoding="utf-8").count("\n- id: ") for p in (root / "claims").rglob("*.yaml"))
        print(f"{n} claim files, {claims} claims and retired entries; CPU seconds, medians of {args.repeats}")
        print(f"this checkout ({REPO}):")
        ours = measure(root, args.repeats, args.query, str(REPO))
        if args.compare:
            print(f"compared checkout ({args.compare}):")
            theirs = measure(root, args.repeats, args.query, str(args.compare.resolve()))
            print("\n| command | cold, compared | cold, this | warm, compared | warm, this |\n|---|---|---|---|---|")
            for name, (cold, warm) in ours.items():
                print(f"| {name} | {theirs[name][0]:.2f} s | {cold:.2f} s | {theirs[name][1]:.2f} s | {warm:.2f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
