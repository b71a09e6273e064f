"""A plan named by its participle alone before the figure ('better than the planned €120.8m')
is another series than the outturn: the relations engine must not test it as the outturn."""

from factcheck import extract_claims, read_article
from factcheck.check import check_claims

TEXT = ("Montenegro's budget deficit in the first quarter of 2025 was €63.9m, significantly better "
        "than the planned €120.8m.\n\n"
        "Revenues for Q1 totalled €580.4m, a slight increase compared to the same period last year.\n\n"
        "Expenditures in the Q1 amounted to €644.3m, a 10.4% increase from the previous year.\n")


def _scan(tmp_path, text):
    path = tmp_path / "me_budget.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path, "2025-05-01")
    claims = extract_claims(article, None, None)
    check_claims(claims, [], article)
    return {c.surface: c for c in claims}


def test_a_planned_figure_is_its_own_series(tmp_path):
    claims = _scan(tmp_path, TEXT)
    assert claims["€120.8m"].metric.endswith(", planned")
    assert not claims["€63.9m"].metric.endswith("planned")
    # the outturn still meets its sides: spending − revenue = 63.9; the plan is not flagged
    assert {s for s, c in claims.items() if c.check.verdict == "inconsistent"} == set()


def test_the_outturn_is_still_checked(tmp_path):
    claims = _scan(tmp_path, TEXT.replace("€63.9m", "€69.3m"))
    assert claims["€69.3m"].check.verdict == "inconsistent"


def test_a_figure_budgeted_at_in_a_clause_of_its_own_is_no_plan_series(tmp_path):
    claims = _scan(tmp_path, "Spending was budgeted at Rs 500 crore in 2024-25.\n")
    assert "planned" not in (claims["Rs 500 crore"].metric or "")
