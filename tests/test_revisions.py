"""Imported figures check claims, and revisions move exactly the verdicts that depend
on them (the issue's 'done when', on the real Eurostat and ECB messages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.importing import Overrides, import_sources
from factcheck.models import Claim, Reference
from factcheck.revisions import as_published, revision_text, says_preliminary, vintage_for

DATA = Path(__file__).parent / "data" / "sdmx"
runner = CliRunner()
ESTAT = DATA / "ESTAT" / "NAMA_10_GDP-ss.xml"
ECB = DATA / "ECB_EXR" / "1" / "M.USD.EUR.SP00.A.xml"
LU_2014 = "ESTAT.NAMA_10_GDP.LU.B1GQ.CP_MEUR.A.2014"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def scan(tmp_path, *args):
    result = runner.invoke(app, ["scan", *[str(a) for a in args], "--claims-dir", str(tmp_path / "claims"),
                                 "--reference-dir", str(tmp_path / "reference"), "--format", "json",
                                 "--fail-on", "never", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return {c["surface"]: c for a in json.loads(result.stdout)["articles"] for c in a["claims"]}


def revised_eurostat(tmp_path: Path, value: str = "52950.1", prepared: str = "2023-04-20") -> Path:
    """The real message as Eurostat would send it after revising 2014 (one value and the
    message date changed): what a re-import after a revision reads."""
    text = ESTAT.read_text().replace('OBS_VALUE="51791.3"', f'OBS_VALUE="{value}"').replace("2022-11-11", prepared)
    return write(tmp_path / "revised", "NAMA_10_GDP-ss.xml", text)


@pytest.fixture
def articles(tmp_path):
    pytest.importorskip("sdmx")
    arts = tmp_path / "articles"
    write(arts, "lux-ok.txt", "date 2015-10-20\n\nLUXEMBOURG, Oct 20 — Luxembourg's GDP reached 51.8 billion euros in 2014, "
                              "official figures show.\n")
    write(arts, "lux-wrong.txt", "date 2015-10-20\n\nLUXEMBOURG, Oct 20 — Luxembourg's GDP reached 58.1 billion euros in 2014, "
                                 "official figures show.\n")
    write(arts, "lux-2013.txt", "date 2015-10-20\n\nLUXEMBOURG, Oct 20 — Luxembourg's GDP was 49.1 billion euros in 2013.\n")
    write(arts, "deal.txt", "date 2019-04-02\n\nIn March 2019, the company paid 1.5 billion euros (about 1.70 billion "
                            "U.S. dollars) for the stake.\n")
    write(arts, "deal-slip.txt", "date 2019-04-02\n\nIn March 2019, the company paid 1.5 billion euros (about 1.87 billion "
                                 "U.S. dollars) for the stake.\n")
    report = import_sources([str(ESTAT), str(ECB)], tmp_path / "reference", Overrides(), today="2026-01-05")
    assert not report.errors
    return arts


def test_imported_gdp_supports_and_contradicts_with_the_source_in_the_reason(tmp_path, articles):
    claims = scan(tmp_path, articles / "lux-ok.txt", articles / "lux-wrong.txt")
    ok, wrong = claims["51.8 billion euros"], claims["58.1 billion euros"]
    assert ok["check"]["verdict"] == "supported" and ok["check"]["reference"] == LU_2014
    assert wrong["check"]["verdict"] == "contradicted" and wrong["check"]["reference"] == LU_2014
    assert wrong["check"]["reasons"] == [
        "58.1 billion EUR differs from reference 51.79 billion EUR (+12.2%; Eurostat, dataset ESTAT.NAMA_10_GDP)"]


def test_conversion_checked_by_fx_rate_against_the_imported_ecb_month(tmp_path, articles):
    claims = scan(tmp_path, articles / "deal.txt", articles / "deal-slip.txt")
    good = claims["about 1.70 billion U.S. dollars"]["check"]
    assert good["verdict"] == "supported" and good["reference"] == "ECB.EXR.M.USD.EUR.SP00.A.2019-03"
    slip = claims["about 1.87 billion U.S. dollars"]["check"]
    assert slip["verdict"] == "inconsistent" and "fx-rate" in slip["rules"]
    assert any("reference rate for 2019-03 is 0.8848" in r and "ECB.EXR.M.USD.EUR.SP00.A.2019-03" in r
               for r in slip["reasons"])


def test_a_revision_moves_exactly_the_verdicts_that_depend_on_it(tmp_path, articles):
    scan(tmp_path, articles)
    report = import_sources([str(revised_eurostat(tmp_path))], tmp_path / "reference", Overrides(), today="2026-01-06")
    assert not report.errors
    [ds] = report.datasets
    assert ds.revised == [(LU_2014, "51791.3", "52950.1", "2022-11-11", "2023-04-20")] and ds.unchanged == 3
    # the earlier value stays in the record, as its own line
    csv_text = (tmp_path / "reference" / "imported" / "ESTAT.NAMA_10_GDP.csv").read_text()
    assert "LU.B1GQ.CP_MEUR.A,2014,51791.3,,2022-11-11\nLU.B1GQ.CP_MEUR.A,2014,52950.1,,2023-04-20" in csv_text
    result = runner.invoke(app, ["check", "--claims-dir", str(tmp_path / "claims"), "--reference-dir",
                                 str(tmp_path / "reference"), "--fail-on", "never"], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    moved = result.stdout.split("verdict(s) moved by reference changes:")[1].split("\n")
    moved = [m.strip() for m in moved if m.strip()]
    assert len(moved) == 1  # 2013 and the conversions did not depend on it
    assert moved[0].endswith(f": supported → contradicted, {LU_2014} revised 2023-04-20: 51.79 → 52.95 billion EUR")


def test_preliminary_data_is_compared_with_the_value_published_at_the_article_date(tmp_path, articles):
    write(articles, "prelim.txt", "date 2022-12-01\n\nAccording to preliminary data, Luxembourg's GDP reached "
                                  "51.8 billion euros in 2014.\n")
    write(articles, "later.txt", "date 2022-12-01\n\nLuxembourg's GDP reached 51.8 billion euros in 2014, "
                                 "statistics show.\n")
    import_sources([str(revised_eurostat(tmp_path))], tmp_path / "reference", Overrides())
    claims = {}
    for name in ("prelim.txt", "later.txt"):
        claims[name] = scan(tmp_path, articles / name)["51.8 billion euros"]["check"]
    prelim, later = claims["prelim.txt"], claims["later.txt"]
    assert prelim["verdict"] == "supported"
    assert prelim["reasons"] == ["compared with the value as published at the article's date (51.79 billion EUR, "
                                 "published 2022-11-11), as the article cites preliminary data; since revised to "
                                 "52.95 billion EUR, published 2023-04-20"]
    assert later["verdict"] == "contradicted"
    assert later["reasons"][-1] == ("compared with the latest value (52.95 billion EUR, published 2023-04-20); first "
                                    "published as 51.79 billion EUR on 2022-11-11")


def test_same_values_again_is_no_revision(tmp_path, articles):
    report = import_sources([str(ESTAT)], tmp_path / "reference", Overrides())
    assert report.datasets[0].revised == [] and report.datasets[0].unchanged == 4


def _ref(**kw) -> Reference:
    base = dict(id="cn-trade-2024", metric="trade", value=6.04e12, unit_code="CNY", unit_text="trillion CNY",
                as_of="2025-03-07", history=[{"value": 5.98e12, "as_of": "2025-01-13"}],
                source={"publisher": "GACC", "url": "https://example.org"})
    base.update(kw)
    return Reference(**base)


def test_revision_text_and_vintages():
    ref = _ref()
    assert revision_text(ref) == "5.98 → 6.04 trillion CNY"
    assert as_published(ref, "2025-02-01").value == 5.98e12
    assert as_published(ref, "2025-03-07").value == 6.04e12
    assert as_published(ref, "2024-12-31") is None
    claim = Claim("5.98 trillion yuan", (0, 1), 5.98e12, "CNY", "money",
                  sentence="Preliminary figures show trade reached 5.98 trillion yuan.")
    dated, why = vintage_for(claim, ref, "2025-02-01")
    assert dated.value == 5.98e12 and "as the article cites preliminary data" in why
    dated, why = vintage_for(claim, ref, None)  # no date: the latest
    assert dated.value == 6.04e12 and why.startswith("compared with the latest value")
    assert vintage_for(claim, _ref(history=[]), "2025-02-01") == (_ref(history=[]), None)


@pytest.mark.parametrize("sentence,expected", [
    ("According to preliminary data, exports rose 5 percent.", True),
    ("The flash estimate put growth at 0.3 percent.", True),
    ("Provisional figures showed 1.2 million arrivals.", True),
    ("Exports rose 5 percent in the first quarter.", False),
    ("It was the first time data showed a fall.", False),
])
def test_preliminary_phrases(sentence, expected):
    claim = Claim("5", (0, 1), 5, "percent", "percent", sentence=sentence)
    assert says_preliminary(claim) is expected
