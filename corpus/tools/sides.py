#!/usr/bin/env python3
"""Totals of the files `sets.sh` writes, summed over the two sides a development round
splits the spent sets into, and, given more folders, each total that moved as `a → b`:

    python corpus/tools/sides.py OUTDIR [OUTDIR2 ...]

A round's rule writers read the **look** side (texts, gold, misses) and write rules from it;
the **confirm** side they see in totals only, so that a gain which shows on look and not on
confirm is caught as a rule written for sentences rather than for a class of phrasing. In the
forty-third session four confirm sets moved to look (dmdr and eiem, which held the most
clean-text false flags, and the two newest, gu–gx and gy–hb), chosen by their totals, unread,
so that rules are written from text not yet mined. Per-set lines are `summary.py`'s; these are sums: counts added as numerator/denominator, and the frame
fields' accuracies turned back into counts (accuracy × n) so that sets weigh by their size.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LOOK = ("dev de fj ko pt uy zad aeai ajan aoas atax aybc bdbh bibm bnbr bsbw "
        "dmdr eiem gugx gyhb").split()
CONFIRM = ("bxcb cccg chcl cmcq crcv cwda dbdg dhdl dsdw dxeb eceh ener esew exfb fcfg "
           "fhfm fnfr fsfw fxgb gcgg ghgl gmgp gqgt hchf hghj hkho hphs hthx hyid ieik iliu ivjc jdjm jnjx").split()

_FRACTIONS = {
    "own": r"own metric and subject.*?: (\d+)/(\d+)",
    "strict": r"strict \(.*?: (\d+)/(\d+)",
    "slips": r"real slips flagged: (\d+)/(\d+); false flags",
    "planted": r"injected slips caught: (\d+)/(\d+)",
}
_FRAME = ("period", "role", "direction", "base_period")
_ORACLE = (r"real slips flagged: (\d+)/(\d+); false flags on clean claims: (\d+)\n"
           r"planted slips caught: (\d+)/(\d+)")
_EVAL = r"slips caught: (\d+)/(\d+).*?flags on clean text: (\d+)"
_SIZES = r"gold claims (\d+)  predicted (\d+)"
_MATCHED = r"matched: value (\d+), typed (\d+)"
_F1S = r"value P [\d.]+ R [\d.]+ F1 ([\d.]+); typed F1 ([\d.]+)"


def extraction(score: str) -> list[int] | None:
    """[value-matched, typed-matched, gold, predicted] of one set. A file written before
    score.py printed its counts gives only F1s: the count is then backed out of F1 = 2·tp /
    (gold + predicted), exact to within one claim (the F1 is printed to three decimals)."""
    sizes = re.search(_SIZES, score)
    if not sizes:
        return None
    gold, predicted = int(sizes.group(1)), int(sizes.group(2))
    if m := re.search(_MATCHED, score):
        return [int(m.group(1)), int(m.group(2)), gold, predicted]
    if m := re.search(_F1S, score):
        return [round(float(f) * (gold + predicted) / 2) for f in m.groups()] + [gold, predicted]
    return None


def _add(totals: dict, name: str, values) -> None:
    old = totals.get(name, [0] * len(values))
    totals[name] = [a + b for a, b in zip(old, values)]


def totals(folder: Path, sets: list[str]) -> tuple[dict, list[str]]:
    """Sums over `sets` of the measures in `folder`, and the sets it lacks."""
    out: dict = {}
    missing = []
    for name in sets:
        path = folder / f"{name}.txt"
        if not path.exists():
            missing.append(name)
            continue
        text = path.read_text()
        score, *oracles = text.split("== oracle")
        for measure, pattern in _FRACTIONS.items():
            if m := re.search(pattern, score, re.S):
                _add(out, measure, [int(m.group(1)), int(m.group(2))])
        for field in _FRAME:
            if m := re.search(field + r" ([\d.]+) \((\d+)\)", score):
                n = int(m.group(2))
                _add(out, field, [round(float(m.group(1)) * n), n])
        if counts := extraction(score):
            _add(out, "extraction", counts)
        if m := re.search(r"false flags on clean text: (\d+)", score):
            _add(out, "FF", [int(m.group(1))])
        for label, part in zip(("engine gold", "engine tool names"), oracles):
            if m := re.search(_ORACLE, part):
                _add(out, label, [int(v) for v in m.groups()])
        if m := re.search(_EVAL, text.split("== eval")[-1], re.S):
            _add(out, "eval", [int(v) for v in m.groups()])
    return out, missing


def shown(name: str, values: list[int] | None) -> str:
    if values is None:
        return "–"
    if name.startswith("engine"):
        return f"slips {values[0]}/{values[1]}, ff {values[2]}, planted {values[3]}/{values[4]}"
    if name == "extraction":
        value, typed, gold, predicted = values
        f1 = [2 * tp / (gold + predicted) if gold + predicted else 0.0 for tp in (value, typed)]
        return (f"value {value}, typed {typed} of gold {gold}, predicted {predicted}: "
                f"F1 {f1[0]:.3f} / {f1[1]:.3f}")
    if name == "eval":
        return f"{values[0]}/{values[1]}, flags {values[2]}"
    return "/".join(str(v) for v in values)


def main(argv: list[str]) -> int:
    if not argv:
        sys.stderr.write(__doc__)
        return 2
    for side, sets in (("look", LOOK), ("confirm", CONFIRM)):
        rows = [totals(Path(a), sets) for a in argv]
        gaps = "".join(f"  ({a} lacks {' '.join(m)})" for a, (_, m) in zip(argv, rows) if m)
        print(f"== {side}{gaps}")
        names = list(dict.fromkeys(k for t, _ in rows for k in t))
        for name in names:
            cells = [shown(name, t.get(name)) for t, _ in rows]
            print(f"  {name:18} " + (cells[0] if len(set(cells)) == 1 else " → ".join(cells)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
