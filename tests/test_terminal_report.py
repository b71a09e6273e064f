"""The terminal report at 80, 120 and 200 columns: golden files (regenerate with
FACTCHECK_UPDATE_GOLDEN=1), and properties that must hold for any claim text: nothing is
cut mid-word, no character is lost, ids are never wrapped, no line is wider than the
terminal, and at narrow widths a claim takes at most two lines when its frame fits one."""

import io
import os
import random
import re
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from factcheck import claimfile
from factcheck.cli import app
from factcheck.models import Check, Claim, ClaimFile, FailOn, Review
from factcheck.report.table import claims_table, render_table
from factcheck.summary import RunSummary

GOLDEN = Path(__file__).parent / "golden"
WIDTHS = (80, 120, 200)
runner = CliRunner()


def render(files, width, show_all=True, fail_on=FailOn.CONTRADICTED):
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, highlight=False)
    render_table(files, RunSummary.of(files), fail_on, console, show_all=show_all, next_step="factcheck review")
    return buf.getvalue()


@pytest.fixture
def seed_files(root):
    """The committed seed claim files, one claim reviewed as false (fixed reviewer and time)."""
    files = [claimfile.load(p) for p in sorted((root / "claims").glob("*.yaml"))]
    for cf in files:
        for c in cf.claims:
            if c.surface == "93.5 percent":
                c.review = Review(status="false", by="desk", at="2025-05-22T09:00:00+00:00",
                                  note="2019 revenue was 131.3 billion")
    return files


def check_golden(name: str, text: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"{name} is stale: FACTCHECK_UPDATE_GOLDEN=1 pytest {__file__}"


@pytest.mark.parametrize("width", WIDTHS)
def test_every_claim_golden(seed_files, width):
    check_golden(f"seeds-all-{width}.txt", render(seed_files, width))


def test_findings_first_golden(seed_files):
    out = render(seed_files, 80, show_all=False)
    check_golden("seeds-80.txt", out)
    # findings come first, as a linter prints them: path:line:col verdict claim — reason
    first = out.splitlines()[0]
    assert re.match(r"^seeds/004_2c6681ad046ffadc\.txt:30:\d+ ⚠ inconsistent 97\.2 percent — implied", first)
    assert "⟦97.2 percent⟧" in out
    # unverified claims are counted, not listed, by default
    assert "29 countries" not in out and "? 16 unverified" in out
    assert "1 claim at or above --fail-on contradicted (1 reviewed as false): exit status 1" in out
    assert out.rstrip().endswith("Next: factcheck review to decide on 1 flagged claim")


def test_report_command_is_quiet_and_all_lists_everything(root, tmp_path, monkeypatch):
    shutil.copytree(root / "claims", tmp_path / "claims", ignore=shutil.ignore_patterns(".factcheck-cache"))
    monkeypatch.chdir(tmp_path)
    env = {"NO_COLOR": "1", "COLUMNS": "80"}
    quiet = runner.invoke(app, ["report"], env=env)
    every = runner.invoke(app, ["report", "--all"], env=env)
    assert quiet.exit_code == every.exit_code == 0
    assert "29 countries" not in quiet.stdout and "29 countries" in every.stdout
    # a claims folder given as an argument is understood (it once looked for claims/claims/.yaml)
    assert runner.invoke(app, ["report", "claims/"], env=env).stdout == quiet.stdout
    # so are an article's path and a claim file's
    one = runner.invoke(app, ["report", "seeds/000_6aac05d6371eb8e8.txt", "--all"], env=env)
    assert one.exit_code == 0 and "1 article, 3 claims" in one.stdout
    assert runner.invoke(app, ["report", "claims/000_6aac05d6371eb8e8.yaml", "--all"], env=env).stdout == one.stdout


# --- properties over random claim text ------------------------------------------------------

WORDS = ["trade", "exports", "inbound", "tourism", "spending", "revenue", "share", "of", "the", "total",
         "seasonally-adjusted", "year-on-year", "consumer", "price", "index", "by", "rail", "GDP", "visa-free",
         "countries", "unemployment", "rate", "growth", "five-year", "plan", "period", "anniversary"]


def random_claims(rng: random.Random, n: int) -> list[Claim]:
    claims = []
    for i in range(n):
        metric = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
        number = f"{rng.randint(1, 999)}.{rng.randint(0, 9)}"
        surface = rng.choice([f"{number} billion U.S. dollars", f"{number} percent", f"over {number} million",
                              f"({rng.randint(1900, 1999)}-{rng.randint(2000, 2030)})", f"{number}"])
        ref = "-".join(rng.choice(WORDS).lower() for _ in range(rng.randint(1, 6)))[:40] if rng.random() < .6 else None
        verdict = rng.choice(["supported", "contradicted", "inconsistent", "unverified"])
        claims.append(Claim(
            id=f"c-{rng.getrandbits(32):08x}", surface=surface, span=(i * 10, i * 10 + len(surface)), value=1.0,
            unit="USD", kind="money", metric=metric, line=rng.randint(1, 9999), column=rng.randint(1, 400),
            period=rng.choice([None, "2024", "2024-Q3", "2023-04/2024-03", "2024-01/2024-07"]),
            sentence=f"Some text with {surface} in it, as reported.",
            check=Check(verdict=verdict, reference=ref, expected=f"{number} billion USD" if ref else None,
                        reasons=[f"implied level {number} differs from reference {ref}"] if verdict != "supported" else []),
            review=Review(status=rng.choice(["unreviewed", "unreviewed", "verified", "false"]))))
    return claims


def words(text: str) -> list[str]:
    """Whitespace-separated tokens, without the parentheses the layout puts around an id."""
    return [w.strip("()") for w in text.split()]


def cells(c: Claim) -> list[str]:
    return [str(c.line), c.surface, c.check.verdict, c.metric or "", c.period or "", c.check.expected or "",
            c.check.reference or ""]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_cell_loses_a_character_at_any_width(width):
    rng = random.Random(width)
    for trial in range(25):
        claims = random_claims(rng, rng.randint(1, 12))
        lines = ["".join(t for t, _ in line) for line in claims_table(claims, width)]
        assert all(len(line) <= width for line in lines), (width, [line for line in lines if len(line) > width])
        tokens = words(" ".join(lines))
        for c in claims:
            for cell in cells(c):
                for word in words(cell):
                    assert word in tokens, (width, cell, word)  # whole: not cut, not folded
            # the cell's words appear in order
            joined = " ".join(tokens)
            assert re.search(r"\s.*".join(re.escape(w) for w in c.metric.split()), joined)
        # an id is never wrapped: it sits whole on one line
        for c in claims:
            if c.check.reference:
                assert any(re.search(rf"(^|[\s(]){re.escape(c.check.reference)}($|[\s)])", line) for line in lines)


@pytest.mark.parametrize("width", WIDTHS)
def test_whole_report_keeps_every_token(width):
    rng = random.Random(1000 + width)
    cf = ClaimFile(article={"id": "story", "path": "articles/story.txt", "date": "2025-05-21"},
                   claims=random_claims(rng, 20))
    out = render([cf], width)
    tokens = set(words(out))
    for c in cf.claims:
        for cell in cells(c):
            assert set(words(cell)) <= tokens
    assert all(len(line) <= width for line in out.splitlines())


def test_a_token_longer_than_the_terminal_is_kept_whole():
    long_id = "cn-" + "very-long-reference-identifier-" * 4 + "2024"
    claim = Claim(id="c-00000001", surface="244.8 billion U.S. dollars", span=(0, 26), value=1, unit="USD",
                  kind="money", metric="bilateral trade", period="2024", line=87, column=23,
                  check=Check(verdict="supported", reference=long_id, expected="244.8 billion USD"))
    lines = ["".join(t for t, _ in line) for line in claims_table([claim], 80)]
    assert any(long_id in line for line in lines)


def test_at_80_columns_a_claim_takes_two_lines_when_its_frame_fits(seed_files):
    claims = [c for cf in seed_files for c in cf.claims]
    lines = ["".join(t for t, _ in line) for line in claims_table(claims, 80)]
    starts = [i for i, line in enumerate(lines) if re.match(r"^\s*\d+  \S", line)]
    assert len(starts) == len(claims)
    heights = [b - a for a, b in zip(starts, starts[1:] + [len(lines)])]
    indent = len(lines[starts[0]]) - len(lines[starts[0]].lstrip()) + len(str(claims[0].line)) + 2
    for c, h in zip(claims, heights):
        frame = " · ".join(x for x in (c.metric, c.period) if x)
        if c.check.reference:
            frame += f" · {c.check.expected} ({c.check.reference})"
        if len(frame) <= 80 - indent:
            assert h <= 2, (c.surface, h)


@pytest.mark.parametrize("width", WIDTHS)
def test_status_table_never_folds_an_id_and_keeps_every_count(width):
    from factcheck.models import Format
    from factcheck.report.status import REVIEWS, VERDICTS, render_status

    ids = ["2025/06/moscow-trade-restated-by-officials", "000_6aac05d6371eb8e8", "x"]
    rows = [{"id": aid, "path": f"articles/{aid}.txt", "date": "2025-06-02" if i else None, "claims": 10 * i + 3,
             "verdicts": dict(zip(VERDICTS, (i, 0, 2, 10 * i + 1))), "reviews": dict(zip(REVIEWS, (10 * i + 2, 1, 0, 0, 0))),
             "article": "changed" if i == 1 else "unchanged"} for i, aid in enumerate(ids)]
    data = {"articles": rows, "total": {"claims": 39, "verdicts": dict(zip(VERDICTS, (3, 0, 6, 33))),
                                        "reviews": dict(zip(REVIEWS, (36, 3, 0, 0, 0)))},
            "changed": [ids[1]], "missing": [], "unscanned": []}
    buf = io.StringIO()
    render_status(data, Format.TABLE, Console(file=buf, width=width, force_terminal=False, highlight=False))
    out = buf.getvalue()
    tokens = out.split()
    for aid in ids:
        assert aid in tokens  # never folded or cut
    for row in rows:
        assert " ".join(f"{s}{n}" for s, n in zip("✔✖⚠?", row["verdicts"].values())) in out  # counts kept together
    assert f"changed since scanned (re-run scan): {ids[1]}" in out
    assert all(len(line) <= width for line in out.splitlines())
    assert "\u00a0" not in out
