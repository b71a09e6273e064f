#!/usr/bin/env python
"""A claim archive of N files: how fast `track` answers, as a table and as JSON.

    python benchmarks/archive.py [--files 10000] [--repeats 3] [--query "trade"]
                                 [--compare /path/to/other/checkout] [--output FILE]

The archive is real claim files: every article under seeds/ and tests/data/*/ is scanned
once, and its claim file is copied under varied article ids, paths and dates (and, in one
copy in ten, a value nudged so that `track` has conflicts to find) until there are N.
Then, each in a fresh process with its output to a file:

- `track QUERY --format json` and `track QUERY` (the table, at 120 columns), cold (no
  index) and warm (index current), and warm after one claim file changed;
- with --compare DIR, the same commands run from another checkout of factcheck (its
  package on PYTHONPATH, e.g. a worktree of main) on a copy of the same archive, so the
  SQLite index can be timed against the marshal index it replaced.

Nothing is asserted: medians of the repeats are printed, ratios beside them. The
archive lives in a temporary folder that is removed at exit.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable


def build_archive(dest: Path, n: int) -> int:
    """N claim files in dest/claims, from real articles; returns the number of claims."""
    work = dest / "scan"
    articles = work / "articles"
    articles.mkdir(parents=True)
    sources = sorted(REPO.glob("seeds/*.txt")) + sorted(REPO.glob("tests/data/*/*.txt"))
    for p in sources:
        shutil.copy(p, articles / f"{p.parent.name}-{p.name}")
    subprocess.run([PY, "-m", "factcheck", "scan", "articles", "--claims-dir", "claims", "--reference-dir",
                    str(REPO / "reference"), "--format", "json", "--fail-on", "never"], cwd=work,
                   stdout=subprocess.DEVNULL, check=True)
    templates = [p.read_text(encoding="utf-8") for p in sorted((work / "claims").glob("*.yaml"))]
    out = dest / "claims"
    out.mkdir()
    claims = 0
    for i in range(n):
        text = templates[i % len(templates)]
        aid = f"story-{i:05d}"
        date = f"20{15 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        text = re.sub(r"(?m)^  id: .*$", f"  id: {aid}", text, count=1)
        text = re.sub(r"(?m)^  path: .*$", f"  path: articles/{aid}.txt", text, count=1)
        text = re.sub(r"(?m)^  date: .*$", f"  date: '{date}'", text, count=1)
        if i % 10 == 7:  # a restatement that disagrees
            text = re.sub(r"(?m)^  value: (\d+)\.0$", lambda m: f"  value: {int(m.group(1)) + 1}.0", text, count=1)
        (out / f"{aid}.yaml").write_text(text, encoding="utf-8")
        claims += text.count("\n- id: ")
    shutil.rmtree(work)
    return claims


def timed(cmd: list[str], cwd: Path, env: dict) -> float:
    t = time.perf_counter()
    with open(os.devnull, "w") as sink:
        r = subprocess.run(cmd, cwd=cwd, env=env, stdout=sink, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t
    if r.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {r.returncode}: {r.stderr.strip()[:300]}")
    return elapsed


def cache_of(root: Path) -> Path:
    return root / "claims" / ".factcheck-cache"


def measure(label: str, root: Path, query: str, repeats: int, pythonpath: str) -> dict[str, float]:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "PYTHONPATH": pythonpath}
    base = [PY, "-m", "factcheck", "track", query, "--claims-dir", "claims"]
    results: dict[str, list[float]] = {}
    for _ in range(repeats):
        for fmt in ("json", "table"):
            shutil.rmtree(cache_of(root), ignore_errors=True)
            results.setdefault(f"cold {fmt}", []).append(timed(base + ["--format", fmt], root, env))
            results.setdefault(f"warm {fmt}", []).append(timed(base + ["--format", fmt], root, env))
        one = sorted((root / "claims").glob("*.yaml"))[0]
        one.write_text(one.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        results.setdefault("one file changed, json", []).append(timed(base + ["--format", "json"], root, env))
    medians = {k: statistics.median(v) for k, v in results.items()}
    for k, v in medians.items():
        print(f"  {label:>10}  {k:<24} {v:6.2f} s", flush=True)
    return medians


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--query", default="trade")
    ap.add_argument("--compare", type=Path, help="another checkout of factcheck to time on the same archive")
    ap.add_argument("--output", type=Path, help="append the results as a Markdown table")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factcheck-archive-") as tmp:
        root = Path(tmp) / "this"
        root.mkdir()
        t = time.perf_counter()
        claims = build_archive(root, args.files)
        print(f"archive: {args.files} claim files, {claims} claims (built in {time.perf_counter() - t:.1f} s); "
              f"query {args.query!r}", flush=True)
        ours = measure("this", root, args.query, args.repeats, str(REPO))
        theirs = None
        if args.compare:
            other = Path(tmp) / "other"
            shutil.copytree(root, other, ignore=shutil.ignore_patterns(".factcheck-cache"))
            theirs = measure(args.compare.name, other, args.query, args.repeats, str(args.compare.resolve()))
    rows = ["| measure | this checkout | " + (f"{args.compare} | ratio |" if theirs else ""),
            "|---|---|" + ("---|---|" if theirs else "")]
    for k, v in ours.items():
        row = f"| track `{args.query}`, {k} | {v:.2f} s |"
        if theirs:
            row += f" {theirs[k]:.2f} s | {v / theirs[k]:.2f} |"
        rows.append(row)
    table = "\n".join(rows)
    print(table)
    if args.output:
        with open(args.output, "a", encoding="utf-8") as fh:
            fh.write(f"\n{args.files} claim files, {claims} claims, median of {args.repeats}:\n\n{table}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
