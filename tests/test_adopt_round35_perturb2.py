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


def _turned(groups: list[str | None], names: list[str]) -> list[list[object]]:
    """A cost tracker with its months down and its cost lines across, a group row over
    the line columns (each group label written once over its run, merged by the caller)."""
    months = ["januari 2026", "februari 2026", "mars 2026", "april 2026"]
    rows: list[list[object]] = [["Kostnadsuppföljning, Utfall (SEK)"], [], [None, *groups]]
    rows.append(["Månad", *names])
    for i, month in enumerate(months):
        rows.append([month, *[1000 * (i + 1) + 100 * j for j in range(len(names))]])
    return rows


def test_a_group_label_over_some_lines_across_does_not_rename_them(tmp_path: Path) -> None:
    """``Tracking`` merged over ``Lokaler | Maskiner | Konsulter`` groups those lines; before,
    each line was read as ``Tracking Lokaler`` and matched no line of the tracker."""
    rows = _turned([None, "Tracking", None, None], ["Personal", "Lokaler", "Maskiner", "Konsulter"])
    adoption = adopt(book(tmp_path / "utfall.xlsx", "Utfall", rows, merged=("C3:E3",)))
    assert registers(adoption) == ["finance"]
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Personal", "Lokaler", "Maskiner", "Konsulter"}


def test_groups_over_lines_whose_names_repeat_still_name_them(tmp_path: Path) -> None:
    """The near miss: ``Staff`` under ``Capital`` and again under ``Revenue`` are two lines,
    told apart only by their groups: the group stays in each name."""
    rows = _turned(["Capital", None, "Revenue", None], ["Staff", "Kit", "Staff", "Rent"])
    adoption = adopt(book(tmp_path / "utfall.xlsx", "Utfall", rows, merged=("B3:C3", "D3:E3")))
    assert registers(adoption) == ["finance"]
    lines = {f.cost_line for f in adoption.project.finance}
    assert {"Capital Staff", "Revenue Staff"} <= lines


def _down(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], ["Månad", "Personal", "Lokaler", "Maskiner"]]
    for i, month in enumerate(["januari 2026", "februari 2026", "mars 2026", "april 2026"]):
        rows.append([month, 1000 * (i + 1), 2000 + i, 3000 + 7 * i])
    return rows


def test_a_title_naming_the_actuals_as_one_part_says_money(tmp_path: Path) -> None:
    """The sheet renamed ``Sheet1`` (``supplier_sheet_names``): the title's ``Utfall`` (the
    actuals), one part of ``Kostnadsuppföljning - ny ugnslinje, Utfall (SEK)``, says the
    figures are money, and actuals, as the sheet's name ``Utfall`` did; before, the tracker
    was lost (and with the sheet named ``Blad1``, its amounts were read as no measure)."""
    rows = _down("Kostnadsuppföljning - ny ugnslinje, Utfall (SEK)")
    adoption = adopt(book(tmp_path / "export.xlsx", "Sheet1", rows))
    assert registers(adoption) == ["finance"]
    assert len(adoption.project.finance) == 12
    assert {f.cost_line for f in adoption.project.finance} == {"Personal", "Lokaler", "Maskiner"}
    # and the amounts are the actuals the title names (``TITLE_PARTS``), none a budget
    assert all(f.actual is not None and f.budget is None for f in adoption.project.finance)


def test_a_title_naming_a_plan_as_one_part_says_no_money(tmp_path: Path) -> None:
    """The near miss: ``Plan`` (a budget, but also a resource plan's word) as a title's part
    is not enough alone, as it is not as a sheet's name."""
    rows = _down("Bemanning - ny ugnslinje, Plan")
    adoption = adopt(book(tmp_path / "export.xlsx", "Sheet1", rows))
    assert "finance" not in registers(adoption)
