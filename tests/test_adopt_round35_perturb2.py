"""Round 35's second wave (task px36): what the first pass of structural perturbations left.

``benchmarks/adopt_perturb.py --structural`` (``totals_and_notes``) put a ``Total`` row and a
``Notes:`` line under an earned-value cost report whose lines are written as a control
account's code beside its description: the note, inside the table, was read as a name in
the code column, so the codes were taken for the lines and every line was lost. A row
holding its one text in the code column and nothing else in the table is no line.
"""

from __future__ import annotations

from pathlib import Path

from tests.adopt_sheets import adopt, book, registers, targets

HEADER = ["Control Account", "CA Description", "Cost Set", "Jan 2026", "Feb 2026", "Total"]


def _cost_report(tail: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Time Phased Cost Report"], [], HEADER]
    for code, name, base in (
        ("CA-1100", "Hull block fabrication", 100),
        ("CA-1200", "Combat system integration", 200),
        ("CA-1300", "Propulsion and power", 300),
    ):
        rows.append([code, name, "BCWS", base * 1000, base * 1100, base * 2100])
        rows.append([code, name, "ACWP", base * 900, base * 1200, base * 2100])
    return rows + tail


def test_a_coded_cost_report_with_a_totals_row_and_a_notes_line_keeps_its_named_lines(
    tmp_path: Path,
) -> None:
    tail: list[list[object]] = [
        ["Grand total", None, None, None, None, 25200],
        [],
        ["Notes: rates exclude VAT; figures provisional until the client's sign-off."],
    ]
    adoption = adopt(book(tmp_path / "cobra.xlsx", "Time Phased", _cost_report(tail)))
    assert registers(adoption) == ["finance"]
    (table,) = adoption.report.adopted_tables
    read = targets(table)
    assert read["Control Account"] is None
    assert read["CA Description"] == "cost_line"
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Hull block fabrication", "Combat system integration", "Propulsion and power"}


def test_a_code_column_naming_a_line_with_amounts_stays_the_line(tmp_path: Path) -> None:
    """The near miss: a row whose line is written by name in the code column WITH amounts
    (``Contingency``) is a line: that column names lines, and stays the cost line."""
    tail: list[list[object]] = [["Contingency", None, "BCWS", 5000, 5000, 10000]]
    adoption = adopt(book(tmp_path / "cobra.xlsx", "Time Phased", _cost_report(tail)))
    (table,) = adoption.report.adopted_tables
    assert targets(table)["Control Account"] == "cost_line"
