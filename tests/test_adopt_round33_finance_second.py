"""Round 33 (task k62): tuning on a third stranger's finance trackers (``TUNING_29``).

- a finance tracker kept as ONE SHEET PER MONTH, each sheet named by its month (``Janv.
  2026``, ``Mar 2026``, ``2026-03``, ``03.2026``) and holding the month's lines with their
  budget and actual, no month column: each sheet's lines are its month's
  (:func:`addin.adopt.one_period.month_of_sheet_name`); near-misses: a sheet named by a year, a
  quarter, a month with no year or a month with other words is no month;
- a budget LINE in the major languages (``Ligne budgétaire``, ``Línea presupuestaria``,
  ``Linha orçamental``, ``Budgetposition``, ``Begrotingspost``) is the cost line, as
  English ``Budget line`` is; near-miss: a bare ``Ligne`` / ``Rubrique`` is no cost line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.one_period import month_of_sheet_name
from tests.adopt_sheets import adopt, best_candidate, books

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)

# --- one sheet per month ------------------------------------------------------------------


def _month_sheet(title: str, head: list[str], scale: int) -> list[list[object]]:
    return [
        [title],
        [],
        head,
        ["Steel", 1000 * scale, 900 * scale, 100 * scale],
        ["Labour", 2000 * scale, 2100 * scale, -100 * scale],
    ]


@pytest.mark.parametrize(
    ("names", "head"),
    [
        (
            ["Janv. 2026", "Févr. 2026", "Mars 2026"],
            ["Ligne budgétaire", "Budget", "Réalisé", "Écart"],
        ),
        (["Jan 2026", "Feb 2026", "Mar 2026"], ["Cost line", "Budget", "Actual", "Variance"]),
        (["2026-01", "2026-02", "2026-03"], ["Account", "Budget", "Actual", "Variance"]),
        (["01.2026", "02.2026", "03.2026"], ["Kostenart", "Budget", "Ist", "Abweichung"]),
    ],
)
def test_a_sheet_named_by_its_month_gives_its_lines_that_month(
    names: list[str], head: list[str], tmp_path: Path
) -> None:
    sheets = {
        name: _month_sheet(f"Project costs - {name}", head, n + 1) for n, name in enumerate(names)
    }
    adoption = adopt(books(tmp_path / "months.xlsx", sheets))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Steel"): (1000.0, 900.0),
        (JAN, "Labour"): (2000.0, 2100.0),
        (FEB, "Steel"): (2000.0, 1800.0),
        (FEB, "Labour"): (4000.0, 4200.0),
        (MAR, "Steel"): (3000.0, 2700.0),
        (MAR, "Labour"): (6000.0, 6300.0),
    }
    first = next(t for t in adoption.report.tables if t.sheet == names[0])
    assert any("is a month" in n for n in first.notes)


def test_a_single_sheet_named_by_its_month_is_that_months_report(tmp_path: Path) -> None:
    rows = _month_sheet("Budget follow-up", ["Budget line", "Budget", "Actual", "Variance"], 1)
    adoption = adopt(books(tmp_path / "one.xlsx", {"March 2026": rows}))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {(MAR, "Steel"): (1000.0, 900.0), (MAR, "Labour"): (2000.0, 2100.0)}


@pytest.mark.parametrize(
    "name", ["2026", "Q1 2026", "FY26", "Jan", "Budget Mar 2026", "Mar 2026 (draft)", "Sheet1"]
)
def test_near_miss_a_sheet_named_otherwise_is_no_month(name: str, tmp_path: Path) -> None:
    assert month_of_sheet_name(name) is None
    rows = _month_sheet("Project costs", ["Cost line", "Budget", "Actual", "Variance"], 1)
    adoption = adopt(books(tmp_path / "other.xlsx", {name: rows}))
    assert adoption.project.finance == []  # amounts without months, as before


def test_near_miss_a_title_naming_another_month_says_none(tmp_path: Path) -> None:
    """The sheet's month and a period line naming another month: two periods, none read."""
    rows = _month_sheet("Period: April 2026", ["Cost line", "Budget", "Actual", "Variance"], 1)
    adoption = adopt(books(tmp_path / "two.xlsx", {"Mar 2026": rows}))
    assert adoption.project.finance == []


def test_near_miss_month_headers_on_a_month_named_sheet_are_the_months(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Cost line", "Jan-26", "Feb-26"],
        ["Steel", 100, 200],
        ["Labour", 300, 400],
    ]
    adoption = adopt(books(tmp_path / "plan.xlsx", {"Mar 2026": rows}))
    got = {(f.month, f.cost_line): f.budget for f in adoption.project.finance}
    assert got == {
        (JAN, "Steel"): 100.0,
        (FEB, "Steel"): 200.0,
        (JAN, "Labour"): 300.0,
        (FEB, "Labour"): 400.0,
    }


@pytest.mark.parametrize(
    ("names", "title"),
    [
        (["Jan", "Feb", "Mar"], "Site costs 2026"),
        (["Janv.", "Févr.", "Mars"], "Suivi budgétaire 2026 (FCFA)"),
        (["January", "February", "March"], "Budget vs actual - year 2026"),
    ],
)
def test_a_sheet_named_by_a_month_word_takes_the_titles_year(
    names: list[str], title: str, tmp_path: Path
) -> None:
    head = ["Cost line", "Budget", "Actual", "Variance"]
    sheets = {name: _month_sheet(title, head, n + 1) for n, name in enumerate(names)}
    adoption = adopt(books(tmp_path / "tabs.xlsx", sheets))
    got = {(f.month, f.cost_line): f.budget for f in adoption.project.finance}
    assert got == {
        (JAN, "Steel"): 1000.0,
        (JAN, "Labour"): 2000.0,
        (FEB, "Steel"): 2000.0,
        (FEB, "Labour"): 4000.0,
        (MAR, "Steel"): 3000.0,
        (MAR, "Labour"): 6000.0,
    }


@pytest.mark.parametrize(
    "title", ["FY2026 budget", "Costs", "Costs 2025 vs 2026", "Fiscal year 2026 costs"]
)
def test_near_miss_a_month_word_tab_with_no_one_calendar_year_is_no_month(
    title: str, tmp_path: Path
) -> None:
    head = ["Cost line", "Budget", "Actual", "Variance"]
    sheets = {name: _month_sheet(title, head, n + 1) for n, name in enumerate(["Jan", "Feb"])}
    adoption = adopt(books(tmp_path / "tabs.xlsx", sheets))
    assert adoption.project.finance == []


# --- a finance title naming its month as its last part ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Polling kits - suivi budgétaire - Mars 2026 (FCFA)",
        "Budget vs actual - March 2026",
        "Project costs: Mar 2026",
        "Kostenübersicht - März 2026 (EUR)",
        "Monthly cost report - March 2026 (USD)",
    ],
)
def test_a_finance_titles_last_part_is_the_months(title: str, tmp_path: Path) -> None:
    rows = _month_sheet(title, ["Cost line", "Budget", "Actual", "Variance"], 1)
    adoption = adopt(books(tmp_path / "one.xlsx", {"Sheet1": rows}))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {(MAR, "Steel"): (1000.0, 900.0), (MAR, "Labour"): (2000.0, 2100.0)}


@pytest.mark.parametrize(
    "title",
    [
        "Harbour works - March 2026",  # the project and a date: a status pack's, round 30
        "Budget vs actual March 2026",  # no part of its own
        "Project costs - Q1 2026",  # a quarter
        "Project costs - 15 March 2026",  # a day: the report's date
    ],
)
def test_near_miss_a_title_with_no_finance_part_or_no_month_names_none(
    title: str, tmp_path: Path
) -> None:
    rows = _month_sheet(title, ["Cost line", "Budget", "Actual", "Variance"], 1)
    adoption = adopt(books(tmp_path / "one.xlsx", {"Sheet1": rows}))
    assert adoption.project.finance == []


# --- a budget line in the major languages --------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Ligne budgétaire",
        "Ligne de budget",
        "Línea presupuestaria",
        "Linha orçamental",
        "Budgetposition",
        "Begrotingspost",
        "Linea di bilancio",
    ],
)
def test_a_budget_line_in_another_language_is_the_cost_line(header: str) -> None:
    assert best_candidate(header, "finance") == ("cost_line", 1.0)


@pytest.mark.parametrize("header", ["Ligne", "Rubrique", "Ligne de commande", "Línea"])
def test_near_miss_a_bare_line_word_is_no_cost_line(header: str) -> None:
    found = best_candidate(header, "finance")
    assert found is None or found[0] != "cost_line"


# --- the month's own figure named by its period ---------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        ["Month", "Cost line", "Month budget", "Month actual", "Actual to date"],
        ["Month", "Cost line", "Period budget", "Period actual", "Cumulative actual"],
        ["Period", "Cost line", "Monthly budget", "Monthly actual", "Actual to date"],
    ],
)
def test_a_measure_named_by_its_period_is_the_months_measure(
    head: list[str], tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Monthly cost report (USD)"],
        head,
        ["Jan 2026", "Steel", 100, 90, 90],
        ["Jan 2026", "Labour", 200, 210, 210],
        ["Feb 2026", "Steel", 100, 80, 170],
        ["Feb 2026", "Labour", 200, 190, 400],
    ]
    adoption = adopt(books(tmp_path / "costs.xlsx", {"Costs": rows}))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Steel"): (100.0, 90.0),
        (JAN, "Labour"): (200.0, 210.0),
        (FEB, "Steel"): (100.0, 80.0),
        (FEB, "Labour"): (200.0, 190.0),
    }


@pytest.mark.parametrize("header", ["Month", "Period", "Posting month"])
def test_near_miss_a_period_alone_is_still_the_month(header: str) -> None:
    assert best_candidate(header, "finance") == ("month", 1.0)
