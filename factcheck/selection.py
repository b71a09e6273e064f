"""What a user types after `report`, `check` or `review` → the claim files meant.

`factcheck report claims/` once looked for `claims/claims/.yaml`. A checker types whatever
is at hand: the claims folder, one claim file, the article they just scanned, or an
article id. Each is understood:

- a folder holding claim files: all of them (it becomes the run's claims folder);
- a folder of articles: the claim file of each article in it;
- a `.yaml`/`.yml` file: that claim file;
- an article file (.txt .md .html .htm): its claim file in the claims folder;
- anything else: an article id, `<claims>/<id>.yaml`.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck import claimfile
from factcheck.articles import ARTICLE_SUFFIXES, article_id, discover


def select_claim_files(claims_dir: os.PathLike | str, items: list[str]) -> tuple[Path, list[str]]:
    """(claims folder, claim files) for what was typed; the folder changes only when the
    user named a folder of claim files."""
    folder = Path(claims_dir)
    chosen: list[str] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            own = claimfile.claim_files(p)
            if own or _same(p, folder):
                if not chosen and len(items) == 1:
                    folder = p
                chosen.extend(str(x) for x in own)
            else:
                found, _ = discover([p])
                chosen.extend(str(claimfile.path_for(folder, article_id(a))) for a in found)
        elif p.suffix.lower() in (".yaml", ".yml"):
            chosen.append(str(p))
        elif p.suffix.lower() in ARTICLE_SUFFIXES:  # an article's path, even if since deleted
            chosen.append(str(claimfile.path_for(folder, article_id(p))))
        else:
            chosen.append(str(claimfile.path_for(folder, item)))
    return folder, chosen


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
