"""`factcheck reference validate` across curated and imported references."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.importing import Overrides, import_sources

DATA = Path(__file__).parent / "data" / "sdmx"
runner = CliRunner()
SOURCE = "source: {publisher: Test desk, url: 'https://example.org/gdp'}\n"


def setup(tmp_path, yaml_text: str) -> Path:
    ref = tmp_path / "reference"
    report = import_sources([str(DATA / "ESTAT" / "NAMA_10_GDP.sdmx.csv")], ref, Overrides())
    assert not report.errors
    (ref / "curated.yaml").write_text(SOURCE + "references:\n" + yaml_text)
    return ref


def validate(ref: Path):
    return runner.invoke(app, ["reference", "validate", "--reference-dir", str(ref)])


def entry(value, period="'2014'", ref_id="lu-gdp-2014", metric="gross domestic product at market prices"):
    return (f"  - {{id: {ref_id}, metric: {metric}, subject: [Luxembourg], period: {period}, "
            f"value: {value}, unit: million EUR}}\n")


def test_curated_and_imported_agree(tmp_path):
    result = validate(setup(tmp_path, entry(51791.3)))
    assert result.exit_code == 0, result.output
    assert result.stdout == "5 references in 2 file(s) (4 imported): ok\n"


def test_conflicting_values_across_curated_and_imported(tmp_path):
    result = validate(setup(tmp_path, entry(52000)))
    assert result.exit_code == 2
    assert "'ESTAT.NAMA_10_GDP.A.CP_MEUR.B1GQ.LU.2014' (51791.3 million EUR) and 'lu-gdp-2014'" in result.stderr
    assert "give different values" in result.stderr


def test_a_revision_is_not_a_conflict(tmp_path):
    pytest.importorskip("sdmx")
    ref = setup(tmp_path, entry(51791.3))
    revised = tmp_path / "revised.xml"
    revised.write_text((DATA / "ESTAT" / "NAMA_10_GDP-ss.xml").read_text()
                       .replace('OBS_VALUE="51791.3"', 'OBS_VALUE="52950.1"').replace("2022-11-11", "2023-04-20"))
    # the same series, read from SDMX-ML under its own key order, then revised
    assert not import_sources([str(revised)], ref, Overrides(dataset="ESTAT.NAMA_10_GDP")).errors
    result = validate(ref)
    assert result.exit_code == 0, result.output


def test_malformed_period_and_id_used_twice(tmp_path):
    text = entry(51791.3, period="'2014-13'") + entry(1, ref_id="ESTAT.NAMA_10_GDP.A.CP_MEUR.B1GQ.LU.2013",
                                                      metric="something else")
    result = validate(setup(tmp_path, text))
    assert result.exit_code == 2
    assert "'lu-gdp-2014': period '2014-13' is not well formed" in result.stderr
    assert "the id of a curated entry as well" in result.stderr


def test_a_broken_imported_file_is_one_line_naming_it(tmp_path):
    ref = setup(tmp_path, entry(51791.3))
    csv_path = ref / "imported" / "ESTAT.NAMA_10_GDP.csv"
    csv_path.write_text(csv_path.read_text().replace(",2015,", ",2015-Q5,"))
    result = validate(ref)
    assert result.exit_code == 2
    assert f"{csv_path.as_posix()}: series A.CP_MEUR.B1GQ.LU: period '2015-Q5' is not well formed" in result.stderr
