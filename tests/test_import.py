"""`factcheck reference import` on real publishers' messages (tests/data/sdmx/, see its
README): each entry's value, unit, period and source checked against the numbers in
the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.importing import Overrides, import_sources
from factcheck.references import load_references

DATA = Path(__file__).parent / "data" / "sdmx"
runner = CliRunner()


def needs_sdmx():
    pytest.importorskip("sdmx", reason="SDMX-ML and SDMX-JSON need the sdmx extra")


def imported(tmp_path, *files, **overrides):
    ref = tmp_path / "reference"
    report = import_sources([str(DATA / f) for f in files], ref, Overrides(**overrides), today="2026-01-05")
    assert not report.errors, [e.message for e in report.errors]
    return ref, load_references(ref)


def test_ecb_monthly_usd_per_eur(tmp_path):
    needs_sdmx()
    _, index = imported(tmp_path, "ECB_EXR/1/structure.xml", "ECB_EXR/1/M.USD.EUR.SP00.A.xml")
    ref = index.by_id("ECB.EXR.M.USD.EUR.SP00.A.2019-03")
    assert ref is not None
    assert ref.value == pytest.approx(1.130247619047619)  # <ObsDimension value="2019-03"/> in the file
    assert ref.unit_code == "USD/EUR" and ref.period == "2019-03" and ref.metric == "exchange rate"
    assert ref.source["publisher"] == "European Central Bank"
    assert ref.source["url"] == "https://data.ecb.europa.eu/data/datasets/EXR/EXR.M.USD.EUR.SP00.A"
    assert ref.source["dataset"] == "ECB.EXR" and ref.source["series"] == "M.USD.EUR.SP00.A"
    assert ref.as_of == "2020-01-16"  # the message's Prepared date
    assert index.store.count() == 252  # 1999-01 … 2019-12


def test_eurostat_gdp_in_euro_not_million_euro(tmp_path):
    needs_sdmx()
    ref_dir, index = imported(tmp_path, "ESTAT/NAMA_10_GDP-ss.xml")
    ref = index.by_id("ESTAT.NAMA_10_GDP.LU.B1GQ.CP_MEUR.A.2014")
    assert ref.value == pytest.approx(51791.3e6) and ref.unit_code == "EUR"
    assert ref.unit_text == "million EUR" and ref.raw_value == pytest.approx(51791.3)
    assert ref.subject == ["Luxembourg"] and ref.period == "2014"
    assert "GDP" in ref.aliases and ref.metric == "gross domestic product at market prices"
    assert ref.source["publisher"] == "Eurostat"
    # the record in git keeps the value exactly as published
    csv_text = (ref_dir / "imported" / "ESTAT.NAMA_10_GDP.csv").read_text()
    assert "LU.B1GQ.CP_MEUR.A,2014,51791.3,,2022-11-11" in csv_text


@pytest.mark.parametrize("with_structure", [True, False])
def test_imf_weo_value_is_already_in_units(tmp_path, with_structure):
    needs_sdmx()
    files = ["IMF_RES/WEO-structure.xml"] if with_structure else []
    _, index = imported(tmp_path, *files, "IMF_RES/WEO-data.xml")
    [ref] = list(index.store.entries())
    # OBS_VALUE="94669000000" with SCALE="9": SCALE only says it is shown in billions
    assert ref.value == pytest.approx(94_669_000_000) and ref.unit_code == "EUR"  # XDC: Slovakia's euro
    assert ref.subject == ["Slovakia"] and ref.period == "2018"
    assert ref.metric == "real gross domestic product" and "real GDP" in ref.aliases
    assert ref.source["publisher"] == "International Monetary Fund"
    assert ref.source["url"] == "https://data.imf.org/en/datasets/IMF.RES:WEO"
    if with_structure:
        assert ref.as_of == "2025-10-14"  # PUBLICATION_DATE of the October 2025 WEO


def test_insee_index_with_english_names_from_the_structure(tmp_path):
    needs_sdmx()
    _, index = imported(tmp_path, "INSEE/IPI-2010-A21-structure.xml", "INSEE/IPI-2010-A21.xml")
    ref = index.by_id("FR1.IPI-2010-A21.M.B.BRUT.2015-10")
    assert ref.value == pytest.approx(105.61) and ref.unit_code == "count" and ref.subject == ["France"]
    assert ref.metric == "industrial production index (base 2010) (mining and quarrying, raw index)"
    assert ref.source["url"] == "https://www.insee.fr/fr/statistiques/serie/001654489"  # its IDBANK
    assert ref.as_of == "2015-12-10"  # the series' LAST_UPDATE
    assert index.store.count() == 3230


def test_sdmx_json_ecb_daily_rates(tmp_path):
    needs_sdmx()
    _, index = imported(tmp_path, "ECB_EXR/ts.json")
    nzd = index.by_id("ECB.EXR.D.NZD.EUR.SP00.A.2013-01-18")
    rub = index.by_id("ECB.EXR.D.RUB.EUR.SP00.A.2013-01-21")
    assert nzd.value == pytest.approx(1.5931) and nzd.unit_code == "NZD/EUR"
    assert rub.value == pytest.approx(40.3) and rub.unit_code == "RUB/EUR"


def test_sdmx_json_oecd_all_dimensions_at_observation(tmp_path):
    needs_sdmx()
    _, index = imported(tmp_path, "OECD/data-PART2-all-all.json")
    aus = index.by_id("OECD.PART2.AUS.5CLAT.INI.FOG.MAT.MN")
    assert aus.value == pytest.approx(11.963615756565) and aus.unit_code == "percent" and aus.period is None
    assert aus.metric.startswith("percentage of class time spent on lecture-style presentations")
    assert aus.subject == ["Australia"]
    change = index.by_id("OECD.PART2.HUN.5CLAT.CHG.FOG.MAT.MN")
    assert change.unit_code == "percentage_point" and change.value == pytest.approx(-2.13889095389401)


def test_sdmx_csv_needs_no_sdmx1(tmp_path):
    _, index = imported(tmp_path, "ESTAT/NAMA_10_GDP.sdmx.csv")
    ref = index.by_id("ESTAT.NAMA_10_GDP.A.CP_MEUR.B1GQ.LU.2014")
    assert ref.value == pytest.approx(51791.3e6) and ref.unit_code == "EUR" and ref.subject == ["Luxembourg"]
    assert ref.as_of == "2022-11-11"  # LAST UPDATE 11/11/22, day first
    assert "GDP" in ref.aliases


def test_plain_csv_months_and_required_source(tmp_path):
    ref = tmp_path / "reference"
    src = str(DATA / "ECB_EXR" / "usd-per-eur-2019.csv")
    report = import_sources([src], ref, Overrides(unit="USD/EUR"))
    assert [e.reason for e in report.errors] == ["a plain CSV file does not say who published it: give --publisher and --url"]
    report = import_sources([src], ref, Overrides(unit="USD/EUR", metric="exchange rate", publisher="European Central Bank",
                                                  url="https://data.ecb.europa.eu/data/datasets/EXR/EXR.M.USD.EUR.SP00.A"))
    assert not report.errors
    refs = {r.period: r for r in load_references(ref).store.entries()}
    assert sorted(refs) == [f"2019-{m:02d}" for m in range(1, 13)]  # 2019-03-01 … read as months
    assert refs["2019-03"].value == pytest.approx(1.130247619047619)


def test_series_filter_metric_and_subject_overrides(tmp_path):
    needs_sdmx()
    _, index = imported(tmp_path, "INSEE/IPI-2010-A21-structure.xml", "INSEE/IPI-2010-A21.xml",
                        series=["M.C.*"], metric="manufacturing output index", subject="France")
    keys = {r.source["series"] for r in index.store.entries()}
    assert keys == {"M.C.BRUT", "M.C.CVS-CJO"}
    assert {r.metric for r in index.store.entries()} == {"manufacturing output index"}


def test_provisional_status_is_carried_into_the_entry(tmp_path):
    needs_sdmx()
    # the real message with one observation marked provisional, as publishers flag recent months
    text = (DATA / "ECB_EXR/1/M.USD.EUR.SP00.A.xml").read_text()
    last = text.rindex('<generic:Value id="OBS_STATUS" value="A"/>')
    marked = tmp_path / "marked.xml"
    marked.write_text(text[:last] + '<generic:Value id="OBS_STATUS" value="P"/>' + text[last + 42:])
    report = import_sources([str(marked)], tmp_path / "reference", Overrides())
    assert not report.errors
    ref = load_references(tmp_path / "reference").by_id("ECB.EXR.M.USD.EUR.SP00.A.2019-12")
    assert ref.status == "provisional"


def test_bad_inputs_are_one_line_errors_and_others_still_import(tmp_path):
    needs_sdmx()
    bad = tmp_path / "bad.xml"
    bad.write_text("<message:GenericData><broken")
    result = runner.invoke(app, ["reference", "import", str(bad), str(tmp_path / "missing.xml"),
                                 str(DATA / "ESTAT/NAMA_10_GDP-ss.xml"), "--reference-dir", str(tmp_path / "ref")])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcheck: error:")]
    assert len(errors) == 2
    assert any("bad.xml: not a readable SDMX data message" in e for e in errors)
    assert any("missing.xml: no such file" in e for e in errors)
    assert "Traceback" not in result.output
    assert "ESTAT.NAMA_10_GDP: 1 series, 4 new value(s)" in result.stdout


def test_the_index_is_generated_and_git_ignored(tmp_path):
    needs_sdmx()
    ref_dir, index = imported(tmp_path, "ESTAT/NAMA_10_GDP-ss.xml")
    assert (ref_dir / ".index" / ".gitignore").read_text().strip().endswith("*")
    # deleting the index loses nothing: it is rebuilt from the text files
    index.store.close()
    shutil.rmtree(ref_dir / ".index")
    again = load_references(ref_dir)
    assert again.by_id("ESTAT.NAMA_10_GDP.LU.B1GQ.CP_MEUR.A.2014").raw_value == pytest.approx(51791.3)


def test_reference_list_shows_imported_entries(tmp_path):
    needs_sdmx()
    ref_dir, _ = imported(tmp_path, "ESTAT/NAMA_10_GDP-ss.xml")
    result = runner.invoke(app, ["reference", "list", "gross domestic", "--reference-dir", str(ref_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in json.loads(result.stdout)["references"]]
    assert "ESTAT.NAMA_10_GDP.LU.B1GQ.CP_MEUR.A.2014" in ids


class Recorded:
    """A requests transport adapter answering from the recorded files: no network."""

    def __init__(self, routes: dict[str, tuple[str, str]]):
        self.routes = routes  # URL fragment -> (file under tests/data/sdmx, content type)
        self.seen: list[str] = []

    def session(self):
        import requests
        from requests.adapters import BaseAdapter

        recorded = self

        class Adapter(BaseAdapter):
            def send(self, request, **kwargs):
                import io

                from requests.models import Response

                recorded.seen.append(request.url)
                response = Response()
                response.url, response.request = request.url, request
                hit = next((v for k, v in recorded.routes.items() if k in request.url), None)
                if hit is None:
                    response.status_code, response.raw = 404, io.BytesIO(b"No results found.")
                    response.headers["Content-Type"] = "text/plain"
                else:
                    response.status_code, response.raw = 200, io.BytesIO((DATA / hit[0]).read_bytes())
                    response.headers["Content-Type"] = hit[1]
                return response

            def close(self):
                pass

        session = requests.Session()
        session.mount("https://", Adapter())
        session.mount("http://", Adapter())
        return session


GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1"


def test_url_import_through_sdmx1s_client_with_recorded_responses(tmp_path):
    needs_sdmx()
    recorded = Recorded({"/data/EXR/M.USD.EUR.SP00.A": ("ECB_EXR/1/M.USD.EUR.SP00.A.xml", GENERIC)})
    url = "https://data-api.ecb.europa.eu/service/data/EXR/M.USD.EUR.SP00.A?startPeriod=1999"
    report = import_sources([url], tmp_path / "reference", Overrides(), session=recorded.session())
    assert not report.errors, [e.message for e in report.errors]
    assert recorded.seen and all(u.startswith("https://data-api.ecb.europa.eu/service/") for u in recorded.seen)
    ref = load_references(tmp_path / "reference").by_id("ECB.EXR.M.USD.EUR.SP00.A.2019-03")
    assert ref.value == pytest.approx(1.130247619047619) and ref.unit_code == "USD/EUR"
    record = (tmp_path / "reference" / "imported" / "ECB.EXR.yaml").read_text()
    assert f"imported_from: '{url}'" in record or f"imported_from: {url}" in record


def test_url_import_failure_is_one_line(tmp_path):
    needs_sdmx()
    recorded = Recorded({})
    url = "https://data-api.ecb.europa.eu/service/data/EXR/M.XXX.EUR.SP00.A"
    report = import_sources([url], tmp_path / "reference", Overrides(), session=recorded.session())
    [error] = report.errors
    assert error.path == url and error.reason.startswith("cannot fetch: HTTPError") and "\n" not in error.reason


def test_merge_orders_vintages_by_publication_date():
    from factcheck import imported
    from factcheck.importing.series import Observation, Series

    def series(value: str, as_of: str) -> Series:
        return Series("LU.B1GQ", {"geo": "LU", "na_item": "B1GQ"}, "GDP", [], ["Luxembourg"], "million EUR",
                      [Observation("2014", value)], as_of=as_of)

    record = imported.DatasetRecord("T")
    assert imported.merge(record, {}, [series("51791.3", "2022-11-11")], "x").added == 1
    # an older vintage read afterwards is history, not a revision
    older = imported.merge(record, {}, [series("50000.0", "2021-04-01")], "x")
    assert older.revised == [] and older.added == 1
    # a newer one is a revision of the latest
    newer = imported.merge(record, {}, [series("52950.1", "2023-04-20")], "x")
    assert [(old.value, new.value) for _, _, old, new in newer.revised] == [("51791.3", "52950.1")]
    # the same publication read again with another value replaces that read
    again = imported.merge(record, {}, [series("52950.2", "2023-04-20")], "x")
    assert len(again.revised) == 1
    assert [(r.value, r.as_of) for r in imported.current(record.rows)[("LU.B1GQ", "2014")]] == [
        ("52950.2", "2023-04-20"), ("51791.3", "2022-11-11"), ("50000.0", "2021-04-01")]


def test_a_reference_folder_without_imported_series_needs_no_store_or_sqlite3():
    # a plain scan loads the curated YAML only: the store and sqlite3 are not imported
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    code = ("import sys; from factcheck.references import load_references; i = load_references('reference'); "
            "print(i.store is None, bool(i.references), 'factcheck.refstore' in sys.modules, 'sqlite3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "False", "False"]
