"""Red team of adoption round 13's column mechanisms (issue 15): header words per standard
field in 33 languages, false friends read in their table's language, planned dates beside a
baseline, agreed dates, tool fields, bracketed qualifiers and round 13's own-batch patterns,
probed for results that are **wrong** (not missing) and that a PMO would trust. Each defect
found has a test here that failed before its fix; the probes found right are kept so a later
change cannot quietly break them. Every workbook is a shape a PMO keeps, written for these
tests (docs/adopt.md, "Red team of round 13's columns").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only

# --- a row-number column beside the register's own IDs ----------------------------------


def test_a_polish_row_number_beside_the_risk_id_leaves_the_ids_as_written(
    tmp_path: Path,
) -> None:
    # `Lp.` (the row's number, round 13) took the ID and the real `ID ryzyka` codes were
    # dropped: adopted as
    rows: list[list[object]] = [
        ["Lp.", "ID ryzyka", "Opis ryzyka", "Właściciel", "Prawdopodobieństwo", "Status"],
        [1, "R-101", "Opóźnienie dostawcy", "Anna Nowak", "Wysokie", "Otwarte"],
        [2, "R-107", "Odejście kluczowych osób", "Jan Kowalski", "Niskie", "Otwarte"],
        [3, "R-112", "Rozszerzenie zakresu", "Ewa Wiśniewska", "Średnie", "Otwarte"],
    ]
    adoption = _adopt(_book(tmp_path / "lp.xlsx", "Ryzyka", rows))
    assert _field(adoption, "risks", "id") == ["R-101", "R-107", "R-112"]
    assert _column(_only(adoption), "Lp.").target is None


def test_an_english_serial_number_beside_the_risk_id_leaves_the_ids_as_written(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["S No", "Risk ID", "Risk", "Owner", "Likelihood", "Status"],
        [1, "R-101", "Vendor delay", "Ann Lee", "High", "Open"],
        [2, "R-107", "Key staff leave", "Bob Kerr", "Low", "Open"],
        [3, "R-112", "Scope creep", "Cara Diaz", "Medium", "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "sno.xlsx", "Risks", rows))
    assert _field(adoption, "risks", "id") == ["R-101", "R-107", "R-112"]
    assert _column(_only(adoption), "Risk ID").target == "id"


def test_a_row_number_alone_is_still_the_id(tmp_path: Path) -> None:
    # round 13: with no other ID column, `Lp.` is the row's number and reads as the ID
    rows: list[list[object]] = [
        ["Lp.", "Opis ryzyka", "Właściciel", "Status"],
        [1, "Opóźnienie dostawcy", "Anna Nowak", "Otwarte"],
        [2, "Odejście kluczowych osób", "Jan Kowalski", "Otwarte"],
    ]
    adoption = _adopt(_book(tmp_path / "lp1.xlsx", "Ryzyka", rows))
    assert _column(_only(adoption), "Lp.").target == "id"


def test_a_row_number_beside_another_projects_ref_is_still_the_id(tmp_path: Path) -> None:
    # `Other project ref` holds codes but is the other project's ID (a dependency's
    # counterparty), read first as that: the row number stays the dependency's ID
    rows: list[list[object]] = [
        ["Dep No.", "Dependency", "Other project ref", "Owner", "Status"],
        [1, "Network cutover", "PRJ-0245", "Ann Lee", "On Track"],
        [2, "Data centre exit", "PRJ-0261", "Bob Kerr", "At Risk"],
        [3, "Payroll interface", "PRJ-0277", "Cara Diaz", "Delivered"],
    ]
    adoption = _adopt(_book(tmp_path / "dep.xlsx", "Dependencies", rows))
    table = _only(adoption)
    assert _column(table, "Dep No.").target == "id"
    assert _column(table, "Other project ref").target == "counterparty_project_id"


# --- an original date beside its revision ------------------------------------------------


def _issues_with(first: str, second: str) -> list[list[object]]:
    return [
        ["ID", "Issue", "Owner", "Status", first, second],
        ["I-1", "Login fails", "Ann Lee", "Open", date(2026, 1, 31), date(2026, 3, 1)],
        ["I-2", "Slow report", "Bob Kerr", "Open", date(2026, 2, 15), date(2026, 3, 5)],
    ]


def test_a_revised_target_date_beside_the_original_is_the_issues_due_date(
    tmp_path: Path,
) -> None:
    # `Target Date (Original) | Target Date (Revised)` (round 13 reads the brackets): both
    # read as the due date at 0.85 and the leftmost won, so the superseded date was adopted
    rows = _issues_with("Target Date (Original)", "Target Date (Revised)")
    adoption = _adopt(_book(tmp_path / "rev.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "due_date") == [date(2026, 3, 1), date(2026, 3, 5)]
    assert _column(_only(adoption), "Target Date (Original)").target is None


def test_an_original_due_date_beside_the_revised_one_unbracketed(tmp_path: Path) -> None:
    rows = _issues_with("Original Due Date", "Revised Due Date")
    adoption = _adopt(_book(tmp_path / "rev2.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "due_date") == [date(2026, 3, 1), date(2026, 3, 5)]


def test_an_original_target_date_alone_is_still_the_due_date(tmp_path: Path) -> None:
    rows = [row[:5] for row in _issues_with("Original Target Date", "x")]
    adoption = _adopt(_book(tmp_path / "orig.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "due_date") == [date(2026, 1, 31), date(2026, 2, 15)]


# --- the date something was agreed is no deadline ----------------------------------------


def test_a_risks_date_agreed_is_not_its_due_date(tmp_path: Path) -> None:
    # `Date Agreed` (the board meeting that accepted the risk, a week after it was raised)
    # read as the due date (round 13's agreed dates): every open risk adopted overdue
    rows: list[list[object]] = [
        ["ID", "Risk", "Owner", "Date Raised", "Date Agreed", "Status"],
        ["R-1", "Vendor delay", "Ann Lee", date(2026, 1, 5), date(2026, 1, 12), "Open"],
        ["R-2", "Key staff leave", "Bob Kerr", date(2026, 1, 8), date(2026, 1, 12), "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "agreed.xlsx", "Risks", rows))
    assert _field(adoption, "risks", "due_date") == [None, None]
    assert _column(_only(adoption), "Date Agreed").target is None


def test_an_agreed_date_is_still_the_risks_due_date(tmp_path: Path) -> None:
    # round 13: the date the owner agreed to act by
    rows: list[list[object]] = [
        ["ID", "Risk", "Owner", "Agreed Date", "Status"],
        ["R-1", "Vendor delay", "Ann Lee", date(2026, 4, 1), "Open"],
        ["R-2", "Key staff leave", "Bob Kerr", date(2026, 5, 1), "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "agreed2.xlsx", "Risks", rows))
    assert _field(adoption, "risks", "due_date") == [date(2026, 4, 1), date(2026, 5, 1)]
