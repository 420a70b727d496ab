"""Round 30's last hour (task t32a): the forty-seventh batch's (ordinary English
workbooks) misses, each mended by a general rule tried here on small workbooks written for
these tests (none is a benchmark layout), with a near-miss that must not fire:

1. **an accounting package's report of what was spent** (``Expenses by Category``,
   ``Expense report``) names the finance register, as ``Expenditure`` does: its one month
   (the period line above) is read as that month's actuals;
2. **a run line ``From 01/03/2026 To 31/03/2026``** gives the report date, the period's
   last day, as ``Period: ...`` already did;
3. **a report's one amount column stating its currency** (``Amount (SGD)``) gives the
   project's currency, as two amount columns stating the same one did;
4. **a task tool's assignee field no vocabulary reads** (``Users``) is the register's
   person column in a table with a task export's shape.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

from addin.adopt.project import dated_line


def _expenses(tmp_path: Path, title: str, period: str, amount: str) -> Path:
    return book(
        tmp_path / "report.xlsx",
        "Report",
        [
            ["Harbour Wall Repair Fund"],
            [title],
            [period],
            [],
            ["Category Name", "Expense Count", amount],
            ["Concrete", 3, 12_500.0],
            ["Diving Contractor", 2, 8_250.5],
            ["Crane Hire", 1, 4_000.0],
            ["Total", 6, 24_750.5],
        ],
    )


def test_an_expenses_report_of_one_month_is_that_months_actuals(tmp_path: Path) -> None:
    path = _expenses(
        tmp_path, "Expenses by Category", "From 01/04/2026 To 30/04/2026", "Amount (NZD)"
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Amount (NZD)"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Concrete")].actual == 12_500.0
    assert lines[(date(2026, 4, 1), "Diving Contractor")].actual == 8_250.5
    assert len(adoption.project.finance) == 3
    assert adoption.project.header.report_date == date(2026, 4, 30)


def test_an_expenses_report_of_a_quarter_is_no_months(tmp_path: Path) -> None:
    # near-miss: the same report over three months gives no month: nothing to adopt
    path = _expenses(
        tmp_path, "Expenses by Category", "From 01/01/2026 To 31/03/2026", "Amount (AUD)"
    )
    adoption = adopt(path)
    assert not adoption.project.finance


def test_one_amount_column_states_the_currency(tmp_path: Path) -> None:
    path = _expenses(tmp_path, "Expense report", "From 01/04/2026 To 30/04/2026", "Amount (SGD)")
    assert adopt(path).project.header.currency == "SGD"


def test_a_code_on_a_column_that_is_no_amount_states_none(tmp_path: Path) -> None:
    # near-miss: the code stands on a count, not on the amounts
    path = book(
        tmp_path / "report.xlsx",
        "Report",
        [
            ["Expenses by Category"],
            ["From 01/04/2026 To 30/04/2026"],
            [],
            ["Category Name", "Rate (SGD)", "Amount"],
            ["Concrete", 3, 12_500.0],
            ["Diving Contractor", 2, 8_250.5],
            ["Crane Hire", 1, 4_000.0],
        ],
    )
    adoption = adopt(path)
    assert adoption.project.finance
    assert adoption.project.header.currency is None


def test_a_from_to_run_line_is_as_at_its_last_day() -> None:
    assert dated_line("From 01/03/2026 To 31/03/2026") == date(2026, 3, 31)
    assert dated_line("From 1 April 2026 to 30 April 2026") == date(2026, 4, 30)
    # near-misses: places, and one day with no end
    assert dated_line("From Leeds to York") is None
    assert dated_line("From 01/03/2026") is None


def _tasks(tmp_path: Path, users: list[str]) -> Path:
    head = ["Task list", "Task", "Users", "Priority", "Created on", "Due date", "Complete"]
    rows: list[list[object]] = [head]
    texts = ["Scaffold permit lapsed", "Lift shaft survey late", "Paint batch mismatch"]
    for n, (text, who) in enumerate(zip(texts, users, strict=True)):
        rows.append(["Issues", text, who, "High", f"2026-03-0{n + 1} 09:15", "2026-04-01", "No"])
    return book(tmp_path / "site_issues.xlsx", "Tasks", rows)


def test_a_task_exports_users_are_its_owners(tmp_path: Path) -> None:
    path = _tasks(tmp_path, ["Aroha Ngata", "Tom Becker, Lena Fischer", "Tom Becker"])
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Users"] == "owner"
    assert field(adoption, "issues", "owner") == ["Aroha Ngata", "Tom Becker", "Tom Becker"]


def test_users_that_are_no_people_are_no_owner(tmp_path: Path) -> None:
    # near-miss: a count of users affected in the same shape is no one
    path = _tasks(tmp_path, ["12", "all staff", "3 teams"])
    table = only(adopt(path))
    assert targets(table).get("Users") != "owner"
