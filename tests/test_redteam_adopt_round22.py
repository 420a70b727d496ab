"""Red team of round 22's readings (issue 15): workbooks a PMO really has where a round-22
reading must NOT fire, and the near cases where it must, each written for these tests (no
benchmark layout)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book

from addin.adopt.quarters import quarter_label
from addin.adopt.workflow_states import workflow_category

_Q = ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"]


def _plan(path: Path, title: str, sheet: str = "Plan") -> Path:
    rows: list[list[object]] = [[title], [None], ["Role", "Team", *_Q]]
    rows += [
        ["Project manager", "PMO", 1.0, 1.0, 0.5, 0.5],
        ["Business analyst", "Change", 0.5, 1.0, 1.0, 0.2],
        ["Developer", "IT", 2.0, 2.0, 2.0, 1.0],
    ]
    return book(path, sheet, rows)


def test_a_headcount_budget_in_fte_by_quarter_is_no_finance(tmp_path: Path) -> None:
    # "budget" names money, but the title states the unit: FTE, people not pounds
    adoption = adopt(_plan(tmp_path / "h.xlsx", "Headcount budget 2026 (FTE)"))
    assert not adoption.project.finance  # 0.33 "pounds" a month was read before the fix
    (table,) = adoption.report.tables
    assert not table.adopted  # listed with its headers, not dropped silently
    assert "Q1 2026" in " ".join(table.notes)


def test_the_same_plan_in_pounds_is_still_read_by_quarter(tmp_path: Path) -> None:
    # near case: the same table stating money and no unit of effort is a finance tracker
    adoption = adopt(_plan(tmp_path / "c.xlsx", "Staff cost budget 2026 (£)"))
    got = {(f.cost_line, f.month): f.budget for f in adoption.project.finance}
    assert got[("Project manager", date(2026, 1, 1))] == 0.33
    assert len({m for _, m in got}) == 12


def test_a_day_rate_prices_the_plan_and_names_no_unit(tmp_path: Path) -> None:
    # a "Day rate (£)" header prices a table: its "day" is no unit of the quarter figures
    rows: list[list[object]] = [
        ["Contractor budget 2026"],
        [None],
        ["Supplier", "Day rate (£)", *_Q],
        ["Acme Ltd", 650, 30000, 30000, 15000, 0],
        ["Brightworks", 550, 12000, 0, 12000, 6000],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Budget", rows))
    got = {(f.cost_line, f.month): f.budget for f in adoption.project.finance}
    assert got[("Acme Ltd", date(2026, 1, 1))] == 10000


def test_a_target_quarter_column_of_a_risk_register_is_no_period(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risk", "Owner", "Likelihood", "Impact", "Target quarter", "Status"],
        ["Supplier may miss the migration window", "Ana Lopes", 3, 4, "Q1 2026", "Open"],
        ["Key SME may leave during build", "Li Wei", 2, 5, "Q3 2026", "Open"],
        ["Budget cut at the mid-year review", "Ola Berg", 3, 3, "Q4 2026", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "t.xlsx", "Risks", rows))
    assert [r.status for r in adoption.project.risks] == ["Open", "Open", "Closed"]
    assert not adoption.project.finance


def test_t_shirt_sizes_and_tiers_alone_are_no_quarters() -> None:
    assert quarter_label("T1") is None and quarter_label("T3") is None


def test_a_deployment_to_a_test_environment_is_not_done() -> None:
    for state in ("Deployed to UAT", "Deployed to Test", "Deployed (UAT)", "UAT Deployed"):
        assert workflow_category(state) != "done", state
    assert workflow_category("Deployed") == "done"  # near case: deployed, no environment


def _weekly(path: Path, title: str) -> Path:
    labels = ["W1", "W2", "W3", "W4", "W5", "W6"]
    rows: list[list[object]] = [[title], [None], ["Cost line", "Category", *labels]]
    rows.append(["Contractor fees", "Contractors", *([1000] * len(labels))])
    return book(path, "Costs", rows)


def test_a_start_month_is_no_day_week_one_starts(tmp_path: Path) -> None:
    # "March 2026" says when the project starts, not which day week 1 does: the count is
    # not started on the 1st (a Sunday) but left unread and said
    adoption = adopt(_weekly(tmp_path / "m.xlsx", "Cost plan (£) - Project start: March 2026"))
    assert not adoption.project.finance
    assert any('set "week_numbers"' in w for w in adoption.report.warnings)


def test_a_start_day_in_the_title_still_starts_week_one(tmp_path: Path) -> None:
    # near case: the day is stated (2 March 2026, a Monday): weeks of 2 .. 30 March, 6 April
    adoption = adopt(_weekly(tmp_path / "d.xlsx", "Cost plan (£) - Project start: 2 March 2026"))
    got = {f.month: f.budget for f in adoption.project.finance}
    assert got == {date(2026, 3, 1): 5000, date(2026, 4, 1): 1000}
