"""Whose money a figure is when the text does not say it in an ISO code: a currency with no
ISO 4217 code (the Somaliland shilling), a table header that names its columns' currencies,
a bare "$" in a text about a dollar country that never names the United States, and the
desk's own currency set in pyproject.toml (issue 9)."""

from __future__ import annotations

import json

import pytest

from factcheck.extract import home_currency

from conftest import extracted


def _claims(text: str, home: str | None = None):
    return extracted(text, "2024-05-01", None, home)


def _units(text: str, home: str | None = None) -> dict[str, str]:
    return {c.surface: c.unit for c in _claims(text, home)}


# the Somaliland shilling by name, by its local abbreviations, before and after the figure
SHILLINGS = [
    ("Hargeisa approved a budget of 900 billion Somaliland shillings on Monday.", "900 billion Somaliland shillings", "SLSH"),
    ("The levy raised 3,500,000,000 Somaliland Shillings in Berbera.", "3,500,000,000 Somaliland Shillings", "SLSH"),
    ("In Hargeisa the ministry spent 20 billion SlShs on roads.", "20 billion SlShs", "SLSH"),
    ("The Hargeisa council spends SLSH 4 billion on schools.", "SLSH 4 billion", "SLSH"),
    ("Somaliland's ministry keeps SoShs 1,200,000,000 for wells.", "SoShs 1,200,000,000", "SLSH"),
    # "SoSh" with no Somaliland in the text is Somalia's own shilling
    ("Mogadishu's port paid SoSh 6 billion in fees.", "SoSh 6 billion", "SOS"),
    ("Somalia printed 3 billion Somali shillings.", "3 billion Somali shillings", "SOS"),
]


@pytest.mark.parametrize("text,surface,unit", SHILLINGS)
def test_a_currency_without_an_iso_code_by_its_own_press_forms(text, surface, unit):
    assert _units(text).get(surface) == unit


BUDGET_TABLE = """The cabinet in Hargeisa approved the budget on Sunday.

Item SLSH Dollar
1 Ministries 600,000,000,000 100,000,000
2 Regions 120,000,000,000 20,000,000
Total 720,000,000,000 120,000,000

The minister said the budget was balanced and would be spent on roads and schools."""


def test_a_header_naming_its_columns_currencies_makes_the_cells_amounts():
    got = {c.surface: (c.unit, c.kind) for c in _claims(BUDGET_TABLE)}
    for cell in ("600,000,000,000", "120,000,000,000", "720,000,000,000"):
        assert got[cell] == ("SLSH", "money")
    for cell in ("100,000,000", "20,000,000", "120,000,000"):
        assert got[cell] == ("USD", "money")


@pytest.mark.parametrize("text", [
    # a header of words, not currencies: the figures stay counts
    "Item Schools Pupils\n1 North 120 35,000\n2 South 80 21,000\n\nThe ministry counted every school.",
    # prose ending in a currency name is no header
    "The tax is paid in euros.\nThe firm sold 120 cars and 35,000 bikes.",
])
def test_no_currency_columns_without_a_header_of_currencies(text):
    assert all(c.unit == "count" for c in _claims(text) if c.surface[0].isdigit())


@pytest.mark.parametrize("text,dollar", [
    # the country that owns the series is the article's, its partners come after "to"
    ("Hong Kong's total exports fell 7.4% to $317.6 billion in May. Exports to Singapore and Taiwan rose.", "HKD"),
    ("Namibia’s budget deficit widened to $12 billion, and exports to South Africa rose.", "NAD"),
    ("Singapore's merchandise trade reached $90 billion in March.", "SGD"),
    # a partner named after the owner of the series keeps the US dollar
    ("China's exports to Singapore rose to $12 billion.", "USD"),
    # the United States named: the owner rule stands aside
    ("Singapore's exports to the United States rose to $12 billion.", "USD"),
])
def test_a_bare_dollar_is_the_dollar_of_the_country_whose_series_it_is(text, dollar):
    (money,) = [c for c in _claims(text) if c.kind == "money"]
    assert money.unit == dollar


def test_the_desks_home_currency_decides_a_bare_dollar_and_an_unnamed_amount():
    text = "Exports rose to $40 billion in May. The trade deficit was 3 billion."
    assert _units(text) == {"$40 billion": "USD", "3 billion": "USD"}
    assert _units(text, "HKD") == {"$40 billion": "HKD", "3 billion": "HKD"}
    # a home currency never printed "$" leaves the dollar sign to the article
    assert _units(text, "KES")["$40 billion"] == "USD"


def test_home_currency_setting_names_a_code_or_a_country():
    assert home_currency("hkd") == "HKD"
    assert home_currency(None, "Hong Kong") == "HKD"
    assert home_currency() is None
    with pytest.raises(ValueError, match="home-currency"):
        home_currency("XYZ")
    with pytest.raises(ValueError, match="home-country"):
        home_currency(None, "Atlantis")


def test_home_currency_from_pyproject_reaches_the_scan(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nhome-country = "Singapore"\n')
    (tmp_path / "a.txt").write_text("date 2024-08-01\nExports rose to $40 billion.\n")
    (tmp_path / "reference").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["scan", "a.txt", "--format", "json"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["articles"][0]["claims"]
    assert claim["unit"] == "SGD"
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nhome-currency = "DOLLARS"\n')
    result = CliRunner().invoke(app, ["scan", "a.txt", "--force"], env={"NO_COLOR": "1"})
    assert result.exit_code == 2 and "home-currency" in result.stderr and "Traceback" not in result.stderr


def test_the_desks_country_gives_the_fiscal_calendar_of_a_text_naming_no_place():
    text = "Tax revenue in the first half of the fiscal year rose 6 percent."
    # Australia's fiscal year runs July–June
    assert extracted(text, "2024-02-15", None, None, "Australia")[0].period == "2023-H2"
    # a home currency alone names the desk's country too, and its "$" then points there as well
    assert extracted(text, "2024-02-15", None, "AUD")[0].period == "2023-H2"
    assert extracted(text + " It collected $41.2 billion.", "2024-02-15", None, "AUD")[0].period == "2023-H2"
    # the desk's calendar never overrides the place the text names
    text_in_india = "India's tax revenue in the first half of the fiscal year rose 6 percent."
    assert extracted(text_in_india, "2024-02-15", None, None, "Australia")[0].period == "2023-04/2023-09"
    # with no desk country, the default reading stands
    assert extracted(text, "2024-02-15")[0].period != "2023-07/2023-12"


def test_home_country_from_pyproject_gives_the_scan_its_fiscal_calendar(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nhome-country = "United States"\n')
    (tmp_path / "a.txt").write_text("date 2024-08-01\nReceipts in the first quarter of the fiscal year rose 3 percent.\n")
    (tmp_path / "reference").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["scan", "a.txt", "--format", "json"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["articles"][0]["claims"]
    assert claim["period"] == "2023-Q4"  # the US federal year opens in October
