#!/usr/bin/env python3
"""Build factcheck/extract/lexicon/regions.yaml: the first-level regions of the world's
countries (states, provinces, prefectures, emirates, Länder, regions), so that a figure
about Arkansas, Sabah or Punjab is that region's, not its country's nor nobody's.

    pip install pycountry && python corpus/tools/make_regions.py

pycountry is needed only here, never at run time: the output is committed data. Kept
are first-level subdivisions (no parent) of the kinds a reader knows as regions, by their
ISO 3166-2 name folded to ASCII, with a few English exonyms the ISO names (given in the
local language) lack. Left out: names that can be common words or headings ("Centre",
"North", "Capital"), names the gazetteer in context.py already holds (a country, a
territory, an alias such as "Washington" or "Tokyo"), and municipalities and cities
(a city's name is its own place, not a region's).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[2] / "factcheck" / "extract" / "lexicon" / "regions.yaml"

KINDS = {"State", "Province", "Region", "Prefecture", "Emirate", "Land", "Autonomous region", "Autonomous community",
         "Autonomous province", "Territory", "Federal territory", "Union territory", "Voivodship", "Canton",
         "Governorate", "Oblast", "Republic", "Autonomous republic", "Metropolitan region", "Administrative region",
         "Federal district", "Country"}
# English names of regions whose ISO name is in the local language only
EXONYMS = {
    "BE-VLG": ["Flanders"], "BE-WAL": ["Wallonia"], "AE-DU": ["Dubai"], "AE-AZ": ["Abu Dhabi"], "AE-SH": ["Sharjah"],
    "AE-AJ": ["Ajman"], "AE-RK": ["Ras Al Khaimah"], "AE-FU": ["Fujairah"], "AE-UQ": ["Umm Al Quwain"],
    "DE-BY": ["Bavaria"], "DE-NI": ["Lower Saxony"], "DE-NW": ["North Rhine-Westphalia"], "DE-HE": ["Hesse"],
    "DE-SN": ["Saxony"], "DE-TH": ["Thuringia"], "DE-RP": ["Rhineland-Palatinate"],
    "ES-CT": ["Catalonia"], "ES-AN": ["Andalusia"], "ES-PV": ["Basque Country"], "ES-CN": ["Canary Islands"],
    "ES-IB": ["Balearic Islands"], "ES-GA": ["Galicia"], "ES-VC": ["Valencian Community"],
    "IT-25": ["Lombardy"], "IT-82": ["Sicily"], "IT-88": ["Sardinia"], "IT-21": ["Piedmont"], "IT-52": ["Tuscany"],
    "IT-75": ["Apulia"], "JP-01": ["Hokkaido"], "FR-BRE": ["Brittany"], "FR-NOR": ["Normandy"], "FR-COR": ["Corsica"],
    "CN-GD": ["Guangdong"], "CN-XZ": ["Tibet"], "CN-NM": ["Inner Mongolia"], "CN-XJ": ["Xinjiang"],
    "GB-SCT": ["Scotland"], "GB-WLS": ["Wales"], "GB-NIR": ["Northern Ireland"],
}
# words and headings a region's name can also be; a name that is one is left out
COMMON = set("""Capital Centre Center Central North South East West Northern Southern Eastern Western Coast Coastal
Upper Lower Middle Lakes Islands Island Plateau Mountains Highlands Lagoons Savanes Littoral Interior Border Frontier
Federal Midlands Sea River Valley Delta Oriental Occidental Nord Sud Est Ouest Centro Norte Sur Oeste Este Grand
Victoria Georgia Washington Jersey Amazonas Santa Cruz Lima Santiago Distrito Kingdom Gulf Bay Lake Red Great
Pacific Atlantic Orange Balkan Miranda Sur Mayo Cross
""".split())
SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|SAR|Province|Region|Oblast|oblast|Governorate)$")


def ascii_fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).replace("’", "'")


def english(name: str) -> str:
    name = re.sub(r"\s*\[[^]]*\]", "", name)  # "Galicia [Galicia]"
    name = re.sub(r"\s*\([^)]*\)", "", name)
    if "," in name:  # "Madrid, Comunidad de", "wallonne, Région": the name before the comma
        name = name.split(",")[0]
    return SUFFIX.sub("", ascii_fold(name).strip())


# countries whose ISO name the gazetteer knows by another
GAZETTEER_NAMES = {"RU": "Russia"}


def gazetteer_country(code: str, names: set, aliases: dict) -> str:
    """The gazetteer's name (context.COUNTRIES) of the country with ISO code `code`: a
    region is a part of that country, which the extractor and the engine must know."""
    if code in GAZETTEER_NAMES:
        return GAZETTEER_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    folded = {ascii_fold(n): n for n in names}
    for x in (getattr(c, "common_name", None), c.name, c.name.split(",")[0], getattr(c, "official_name", None)):
        if x and (x in names or ascii_fold(x) in folded or x in aliases):
            return x if x in names else folded.get(ascii_fold(x)) or aliases[x]
    raise SystemExit(f"no gazetteer name for {code} {c.name}: add it to GAZETTEER_NAMES")


def main() -> int:
    sys.path.insert(0, str(OUT.parents[3]))
    from factcheck.extract import context

    known = {n.lower() for n in [*context.COUNTRIES, *context._ALIASES, *context.ORGANISATIONS]}
    known |= {ascii_fold(n).lower() for n in known}
    regions: dict[str, str] = {}
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code is not None or s.type not in KINDS:
            continue
        for name in [english(s.name), *EXONYMS.get(s.code, [])]:
            words = name.replace("-", " ").split()
            if (len(name) < 4 or not name[0].isupper() or name.lower() in known or name in COMMON
                    or all(w in COMMON or not w[0].isupper() for w in words) or not re.fullmatch(r"[A-Za-z' .-]+", name)):
                continue
            regions.setdefault(name, gazetteer_country(s.code[:2], set(context.COUNTRIES), context._ALIASES))
    head = ("# First-level regions of the world's countries: `Name: its country`.\n"
            "# Generated by corpus/tools/make_regions.py from pycountry " + pycountry.__version__ if hasattr(pycountry, "__version__")
            else "# Generated by corpus/tools/make_regions.py from pycountry")
    head += (" (ISO 3166-2 subdivisions without a parent,\n# of the kinds states, provinces, prefectures, emirates, Länder, "
             "regions), names folded to ASCII, with English\n# exonyms added by hand; names that are common words, headings "
             "or already in the gazetteer left out.\n# Do not edit by hand: change the script and run it again.\n")
    body = "".join(f"{name}: {country}\n" if name not in ("Yes", "No", "On", "Off") else f"'{name}': {country}\n"
                   for name, country in sorted(regions.items()))
    OUT.write_text(head + body, encoding="utf-8")
    print(f"{len(regions)} regions -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
