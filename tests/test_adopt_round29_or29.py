"""Round 29 of issue 15 (task or29): the ordinary workbooks' recurring losses. Each
mechanism tried on small workbooks written for these tests (none is a benchmark layout),
with a near-miss that must not fire:

1. **an accounting package's report of one month** (no month column, a period line of one
   calendar month above: ``1/03/2026 To 31/03/2026``, ``Period: 01/04/2026 to
   30/04/2026``) is that month's finance; a quarter's report is no month's; Sage's
   ``Nominal`` is the line; a period line after its ``Period`` label gives the report date;
2. **a category heading in a PM's words** (``Staff costs``, ``Kit``, ``Licences &
   subscriptions``) names the standard's category; ``Service charges`` or two categories
   joined (``Staff & kit``) name none;
3. **a purchase-order log's cost centre** (budget code, ledger account) is the line over
   its description;
4. **a column headed by the record's noun alone** (a tool's ``Task``) is the title where
   no other column is; not over numbers, nor where a title column stands.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

from addin.adopt.category_words import category_of
from addin.adopt.one_period import month_of_line, report_month

CATEGORIES = ["Labour", "Contractors", "Hardware", "Software", "Services", "Travel", "Other"]


# --- 1. a report of one month's accounts -------------------------------------------------


def _job_report(period: str, head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Tasman Boatworks Ltd"],
        ["Job Profit & Loss [Budget Analysis]"],
        [period],
        ["Job: TB-12  Slipway Renewal"],
        [],
        head,
    ]
    for name, actual, budget in [
        ("Piling contractor", 18250.5, 20000.0),
        ("Timber", 6400.0, 5000.0),
        ("Crane hire", 3120.0, 4000.0),
    ]:
        rows.append([name, actual, budget, actual - budget])
    rows.append(["Total Expenses", 27770.5, 29000.0, -1229.5])
    return rows


def test_a_report_of_one_month_is_that_months_finance(tmp_path: Path) -> None:
    rows = _job_report(
        "1/03/2026 To 31/03/2026", ["Account Name", "Actual", "Budget", "Difference"]
    )
    adoption = adopt(book(tmp_path / "job.xlsx", "Job Budget Analysis", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Account Name"] == "cost_line"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "Piling contractor")].actual == 18250.5
    assert lines[(date(2026, 3, 1), "Timber")].budget == 5000.0
    assert len(lines) == 3  # the total line is no account
    assert any("every line is Mar 2026's" in note for note in table.notes + _plan_notes(table))
    assert adoption.project.header.report_date == date(2026, 3, 31)


def _plan_notes(table: object) -> list[str]:
    return [c.note for c in getattr(table, "columns", [])]


def test_sages_nominal_and_a_labelled_period_line(tmp_path: Path) -> None:
    rows = _job_report("Period: 01/04/2026 to 30/04/2026", ["Nominal", "Actual", "Budget", "Var"])
    adoption = adopt(book(tmp_path / "cc.xlsx", "CC200", rows))
    table = only(adoption)
    assert targets(table)["Nominal"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Crane hire")].actual == 3120.0
    assert adoption.project.header.report_date == date(2026, 4, 30)


def test_a_quarters_report_is_no_months(tmp_path: Path) -> None:
    rows = _job_report(
        "1/01/2026 To 31/03/2026", ["Account Name", "Actual", "Budget", "Difference"]
    )
    adoption = adopt(book(tmp_path / "job.xlsx", "Job Budget Analysis", rows))
    assert adoption.report.adopted_tables == []
    assert "amounts without months" in adoption.report.tables[0].reason


def test_the_period_lines_month() -> None:
    assert month_of_line("1/03/2026 To 31/03/2026") == date(2026, 3, 1)
    assert month_of_line("03/01/2026 - 03/31/2026") == date(2026, 3, 1)  # a US report
    assert month_of_line("1/03/2026 To 30/03/2026") is None  # not the whole month
    assert month_of_line("Printed 06/05/2026 09:14") is None
    # two lines giving two months say none
    assert report_month(["1/03/2026 To 31/03/2026", "1/04/2026 To 30/04/2026"]) is None
    assert report_month(["Jobs", "1/02/2026 To 28/02/2026"]) == (
        date(2026, 2, 1),
        "1/02/2026 To 28/02/2026",
    )


# --- 2. category headings in a PM's words ------------------------------------------------


def test_a_pms_words_for_a_category() -> None:
    assert category_of("Staff costs", CATEGORIES) == "Labour"
    assert category_of("Kit", CATEGORIES) == "Hardware"
    assert category_of("Licences & subscriptions", CATEGORIES) == "Software"
    assert category_of("Travel and subsistence", CATEGORIES) == "Travel"
    assert category_of("labour", CATEGORIES) == "Labour"
    # near-misses: a line spelt close to a category, two categories, a phase
    assert category_of("Service charges", CATEGORIES) is None
    assert category_of("Staff & kit", CATEGORIES) is None
    assert category_of("Phase 2", CATEGORIES) is None


def test_heading_rows_in_a_pms_words_give_the_lines_category(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Harbour Baths - actual spend"],
        [],
        ["Cost line", "Jan 2026", "Feb 2026", "Mar 2026"],
        ["Staff costs"],
        ["Lifeguard trainer", 2500, 2500, 2750],
        ["Pool manager", 4100, 4100, 4100],
        ["Kit"],
        ["Water testing kits", 800, 650, 900],
        ["Service charges"],
        ["Harbour authority levy", 1200, 1200, 1200],
    ]
    adoption = adopt(book(tmp_path / "baths.xlsx", "Actuals", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Pool manager")].category == "Labour"
    assert lines[(date(2026, 2, 1), "Water testing kits")].category == "Hardware"
    assert lines[(date(2026, 2, 1), "Water testing kits")].actual == 650
    # `Service charges` is no category: the levy under it has none
    assert lines[(date(2026, 1, 1), "Harbour authority levy")].category is None


# --- 3. a purchase-order log's cost centre -----------------------------------------------


def _po_rows(line_head: str) -> list[list[object]]:
    rows: list[list[object]] = [["PO Date", "PO No.", "Supplier", "Description", line_head]]
    rows[0].append("Net Amount")
    for n, (month, line, amount) in enumerate(
        [(1, "Fit-out", 4200.0), (1, "Electrical", 1800.0), (2, "Fit-out", 3100.0)]
    ):
        rows.append([date(2026, month, 5 + n), f"PO-{880 + n}", "Acme", f"Order {n}", line, amount])
    return rows


def test_a_po_logs_cost_centre_is_the_line(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "pos.xlsx", "PO Log", _po_rows("Cost Centre")))
    table = only(adoption)
    assert targets(table)["Cost Centre"] == "cost_line"
    assert targets(table)["Description"] != "cost_line"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Fit-out")].actual == 3100.0


def test_a_po_log_with_no_line_column_keeps_its_description(tmp_path: Path) -> None:
    rows = [r[:4] + r[5:] for r in _po_rows("x")]
    adoption = adopt(book(tmp_path / "pos.xlsx", "Actuals", rows))
    assert targets(only(adoption))["Description"] == "cost_line"


# --- 4. the record's noun alone is the title ---------------------------------------------

_ISSUES = [
    "Slipway rails corroded past repair",
    "Winch motor overheats under load",
    "Tide gauge gives no readings",
    "Boat cradle bolts missing",
]


def _tool_rows(first: str, values: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["ID", "Task list", first, "Description", "Assigned to", "Due date", "Tags", "Created on"]
    ]
    for n, value in enumerate(values):
        rows.append(
            [
                101 + n,
                "Slipway issues",
                value,
                "Raised at the weekly site meeting; workaround agreed for now",
                "Hemi Walker",
                f"2026-05-{11 + n:02d}",
                "site",
                f"2026-04-{2 + n:02d}",
            ]
        )
    return rows


def test_a_tools_task_column_is_the_title(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "tasks_export.xlsx", "Sheet1", _tool_rows("Task", _ISSUES)))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Task"] == "title"
    assert field(adoption, "issues", "title") == _ISSUES


def test_a_task_column_of_numbers_is_no_title(tmp_path: Path) -> None:
    rows = _tool_rows("Task", [1, 2, 3, 4])
    adoption = adopt(book(tmp_path / "tasks_export.xlsx", "Sheet1", rows))
    for table in adoption.report.adopted_tables:
        assert targets(table)["Task"] != "title"
