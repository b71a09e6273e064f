#!/usr/bin/env python3
"""The lists a new held-out set's annotators check against, so that no outlet enters twice:

    python corpus/tools/used_lists.py OUTDIR

Reads every annotation in `corpus/` and `tests/data/` and writes to OUTDIR: `used_urls.txt`
(page addresses), `used_domains.txt` (hosts without `www.`, `m.` or `amp.`), `used_outlets.txt`
(outlet names as annotated) and `country_counts.txt` (outlet countries, most frequent first,
so that a batch can favour the rare ones). Only these metadata fields are read: building the
lists never shows an annotator, or the developer, a held-out article's text.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parents[2]


def domain(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return re.sub(r"^(www\d?|m|amp|mobile)\.", "", host)


def collect(root: Path = ROOT) -> tuple[set, set, set, collections.Counter]:
    urls, outlets, domains, countries = set(), set(), set(), collections.Counter()
    for path in sorted([*root.glob("corpus/**/*.yaml"), *root.glob("tests/data/**/*.yaml")]):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        if not isinstance(doc, dict) or not doc.get("url"):
            continue  # a fixture, not an annotated article
        url = str(doc["url"]).strip()
        urls.add(url)
        domains.add(domain(url))
        if doc.get("outlet"):
            outlets.add(str(doc["outlet"]).strip())
        if doc.get("country"):
            countries[str(doc["country"]).strip()] += 1
    return urls, outlets, domains, countries


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    urls, outlets, domains, countries = collect()
    for name, lines in (("used_urls.txt", sorted(urls)), ("used_outlets.txt", sorted(outlets)),
                        ("used_domains.txt", sorted(domains)),
                        ("country_counts.txt", [f"{c} {n}" for c, n in countries.most_common()])):
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(urls)} addresses, {len(outlets)} outlets, {len(domains)} domains, {len(countries)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
