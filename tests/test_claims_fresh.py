"""claims/ holds what `factcheck scan seeds/` writes with the current code."""

import shutil

from factcheck.config import Settings
from factcheck.pipeline import scan_paths


def test_committed_claim_files_are_up_to_date(root, tmp_path, monkeypatch):
    committed = root / "claims"
    work = tmp_path / "claims"
    shutil.copytree(committed, work)  # keeps any review decisions, as a re-scan does
    monkeypatch.chdir(root)
    result = scan_paths(["seeds"], Settings(claims_dir=work, reference_dir=root / "reference", jobs=1, force=True))
    assert not result.errors
    names = sorted(p.name for p in committed.glob("*.yaml"))
    assert names == sorted(f"{p.stem}.yaml" for p in (root / "seeds").glob("*.txt"))
    stale = [n for n in names if (work / n).read_bytes() != (committed / n).read_bytes()]
    assert not stale, f"claims/ is stale: re-run `factcheck scan seeds/ --force` and commit {stale}"
