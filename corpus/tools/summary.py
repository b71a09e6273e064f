#!/usr/bin/env python3
"""One line per set of the key measures in the files `sets.sh` writes, and, given a second
folder, each measure that moved as `before → after`:

    python corpus/tools/summary.py OUTDIR [OUTDIR2]

Measures: value/typed F1, period/role/direction/base-period accuracy, reference matching (the
tool's names; strict), published slips flagged, false flags, planted slips caught; the engine
on annotated frames and on the tool's metric and subject (slips, false flags, planted share);
`factcheck eval` (slips caught, flags on clean text).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_SCORE = {
    "value/typed": (r"value P [\d.]+ R [\d.]+ F1 ([\d.]+); typed F1 ([\d.]+)", "/"),
    "period/role/dir/base": (r"period ([\d.]+) \(\d+\)\s+role ([\d.]+) \(\d+\)\s+direction ([\d.]+) \(\d+\)\s+base_period ([\d.]+)", "/"),
    "own": (r"own metric and subject.*?: (\d+/\d+)", ""),
    "strict": (r"strict \(.*?: (\d+/\d+)", ""),
    "slips": (r"real slips flagged: (\d+/\d+); false flags", ""),
    "FF": (r"false flags on clean text: (\d+)", ""),
    "planted": (r"injected slips caught: (\d+/\d+)", ""),
}
_ORACLE = r"real slips flagged: (\d+/\d+); false flags on clean claims: (\d+)\nplanted slips caught: \d+/\d+ = ([\d.]+)"
_EVAL = r"slips caught: (\d+/\d+).*?flags on clean text: (\d+)"


def measures(path: Path) -> dict[str, str]:
    text = path.read_text()
    sections = dict(re.findall(r"== (\w+)[^\n]*\n(.*?)(?=\n== |\Z)", text, re.S)) if "== " in text else {}
    score = sections.get("score", text)
    out = {}
    for name, (pattern, sep) in _SCORE.items():
        m = re.search(pattern, score)
        out[name] = sep.join(m.groups()) if m else "?"
    oracles = re.split(r"== oracle", text)[1:]
    for name, part in zip(("engine gold", "engine tool names"), oracles):
        m = re.search(_ORACLE, part)
        out[name] = ", ".join(m.groups()) if m else "?"
    m = re.search(_EVAL, sections.get("eval", ""), re.S)
    out["eval"] = f"{m.group(1)}, {m.group(2)} flags" if m else "?"
    return out


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        sys.stderr.write(__doc__)
        return 2
    folders = [Path(a) for a in argv]
    for path in sorted(folders[0].glob("*.txt")):
        rows = [measures(f / path.name) if (f / path.name).exists() else {} for f in folders]
        cells = []
        for name, value in rows[0].items():
            values = [r.get(name, "–") for r in rows]
            cells.append(f"{name} {values[0]}" if len(set(values)) == 1 else f"{name} {' → '.join(values)}")
        print(f"{path.stem:6} " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
