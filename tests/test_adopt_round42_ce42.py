"""Round 42 (task ce42): a header nobody knows, read by its content and the table around it.

Each workbook is a register a PM keeps, in several languages and layouts, where ONE header
is a word no vocabulary holds and the values with the table's other columns leave one plain
reading (the ID down the left, the closed date on the closed items only); and near misses
that must stay left out. (ce42's third rule, the missing half of a probability / impact
pair read beside the half that is read, was taken out at the merge: it contradicted round
10's ruling that such a level column is left out while impact and residual impact are both
free, and round 27's Spanish treatment column.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, column, field, only, targets

RISKS = ["Supplier late", "Budget cut", "Key staff leave", "Vendor fails", "Permit refused"]
PEOPLE = ["Aoife Byrne", "John Smith", "Mary Jones", "Tom Walsh", "Ana Costa"]


def _register(
    headers: list[str], columns: list[list[object]], title: str = "Risk Register"
) -> list[list[object]]:
    """A risk register: a title, a blank row, the header row, one row per risk (``columns``
    holds each column's values down the rows, in the header's order)."""
    rows: list[list[object]] = [[title], [], headers]
    rows += [list(r) for r in zip(*columns, strict=True)]
    return rows


def _ids(prefix: str = "R-") -> list[object]:
    return [f"{prefix}{n:03d}" for n in range(1, 6)]


# --- the ID down the left under an unknown word, in a table kept in English -------------

ISSUES = ["Crane late", "Permit query", "Scaffold unsafe", "Drawings missing", "Access blocked"]


def _issue_log(header: str, codes: list[object]) -> list[list[object]]:
    return _register(
        [header, "Issue", "Owner", "Status", "Due date"],
        [
            codes,
            ISSUES,
            PEOPLE,
            ["Open", "Open", "Closed", "Open", "Open"],
            ["2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29"],
        ],
        title="Issue Log",
    )


def test_numbered_codes_down_the_left_under_a_word_nobody_knows_are_the_id(
    tmp_path: Path,
) -> None:
    """English issue log whose first header is a word no vocabulary holds (``Zorbat``)
    over codes of one prefix numbered down the rows: the register's ID, flagged."""
    codes: list[object] = ["OPS-200", "OPS-201", "OPS-203", "OPS-207", "OPS-210"]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issue_log("Zorbat", codes)))
    table = only(adoption)
    assert targets(table)["Zorbat"] == "id"
    assert column(table, "Zorbat").low_confidence
    assert column(table, "Zorbat").method == "content"
    assert str(field(adoption, "issues", "id")[0]).endswith("200")  # its number kept


@pytest.mark.parametrize(
    ("header", "codes"),
    [
        # the header's word is what the codes number: an asset's codes, not the issue's
        ("Asset", ["AST-001", "AST-002", "AST-003", "AST-004", "AST-005"]),
        # codes of one prefix in no order: flights, not items numbered as they come
        ("Flight", ["FR-312", "FR-105", "FR-220", "FR-418", "FR-007"]),
    ],
)
def test_codes_of_another_thing_down_the_left_stay_left_out(
    tmp_path: Path, header: str, codes: list[object]
) -> None:
    """Near misses in a table kept in English: codes whose prefix abbreviates the header's
    own word, or codes in no order, are another thing's numbers: left out, not the ID."""
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issue_log(header, codes)))
    assert targets(only(adoption))[header] is None


# --- the closed date, written on the closed items only -------------------------------------

RAISED = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-02-02", "2026-02-09"]
DUE = ["2026-02-05", "2026-02-12", "2026-02-19", "2026-03-02", "2026-03-09"]


def _log_with_dates(
    headers: list[str], third: list[object], status: list[object], title: str
) -> list[list[object]]:
    return _register(headers, [_ids("I-"), ISSUES, PEOPLE, RAISED, DUE, third, status], title=title)


def test_german_dates_on_the_closed_issues_only_are_the_closed_date(tmp_path: Path) -> None:
    """German issue log: raised and due dates read, ``Zugemacht`` (a word no vocabulary
    holds) has dates on the two closed issues only, each after its raised date: the closed
    date, flagged."""
    rows = _log_with_dates(
        ["Nr.", "Beschreibung", "Verantwortlich", "Erfasst am", "Fällig am", "Zugemacht", "Status"],
        [None, "2026-01-30", None, "2026-02-20", None],
        ["Offen", "Geschlossen", "Offen", "Geschlossen", "Offen"],
        title="Problemliste",
    )
    adoption = adopt(book(tmp_path / "probleme.xlsx", "Probleme", rows))
    table = only(adoption)
    assert targets(table)["Zugemacht"] == "closed_date"
    assert column(table, "Zugemacht").low_confidence
    assert "closed date" in column(table, "Zugemacht").note


def test_english_closed_date_under_an_unknown_word(tmp_path: Path) -> None:
    """The same in English under an invented header (``Qzv 3``), one issue closed."""
    rows = _log_with_dates(
        ["ID", "Issue", "Owner", "Date raised", "Due date", "Qzv 3", "Status"],
        [None, None, "2026-02-01", "2026-02-10", None],
        ["Open", "Open", "Closed", "Closed", "Open"],
        title="Issue Log",
    )
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Qzv 3"] == "closed_date"


def test_dates_on_every_row_beside_all_the_date_fields_stay_left_out(tmp_path: Path) -> None:
    """Near miss: a third column of dates on EVERY row beside the raised and due dates (a
    review date, an updated date: the values do not say which) stays left out."""
    rows = _log_with_dates(
        ["ID", "Issue", "Owner", "Date raised", "Due date", "Qzv 3", "Status"],
        ["2026-01-20", "2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17"],
        ["Open", "Open", "Closed", "Closed", "Open"],
        title="Issue Log",
    )
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Qzv 3"] is None


def test_dates_before_the_raised_date_are_no_closed_date(tmp_path: Path) -> None:
    """Near miss: a date before its item was raised cannot be when it closed: left out."""
    rows = _log_with_dates(
        ["ID", "Issue", "Owner", "Date raised", "Due date", "Qzv 3", "Status"],
        [None, "2025-12-01", None, "2026-02-10", None],
        ["Open", "Closed", "Open", "Closed", "Open"],
        title="Issue Log",
    )
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Qzv 3"] is None
