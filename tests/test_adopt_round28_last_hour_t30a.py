"""Round 28's last hour of issue 15 (task t30a): the forty-first batch's misses, by general
rules. Each mechanism tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. **ZenHub's export is a board over GitHub issues**: its records are issues whatever
   its ``Milestone`` (each issue's release) says; its ``Pipeline`` is the status, its first
   pipeline ``New Issues`` reads Open; ``Created At`` / ``Closed At`` the raised and closed
   dates. A milestone plan holding a ``Milestone`` and dates, no repository, stays a
   milestone plan.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

# --- 1. ZenHub's export is a board over GitHub issues --------------------------------------

_ZEN_HEAD = ["Repository", "Issue", "Title", "Pipeline", "Assignees", "Labels", "Milestone"]
_ZEN_HEAD += ["Created At", "Closed At"]


def _zen_rows() -> list[list[object]]:
    rows: list[list[object]] = [list(_ZEN_HEAD)]
    for n, (title, pipe, closed) in enumerate(
        [
            ("Booking form rejects Eircodes", "New Issues", None),
            ("Timetable feed misses bank holidays", "In Progress", None),
            ("Ticket PDFs lose the QR code on iOS", "Closed", "2026-05-20T15:02:11Z"),
            ("Refund e-mails go to the old inbox", "Backlog", None),
        ]
    ):
        rows.append(
            [
                "ferry-booking",
                41 + n,
                title,
                pipe,
                "aoife-dev" if n % 2 else "ronanq",
                "bug",
                "Summer timetable",
                f"2026-05-{11 + n}T14:3{n}:00Z",
                closed,
            ]
        )
    return rows


def test_a_zenhub_export_is_an_issue_log_not_a_milestone_plan(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "export.xlsx", "zenhub", _zen_rows()))
    table = only(adoption)
    assert table.register == "issues"
    assert "ZenHub" in table.reason
    mapped = targets(table)
    assert mapped["Title"] == "title"
    assert mapped["Pipeline"] == "status"
    assert mapped["Created At"] == "raised_date"
    assert mapped["Closed At"] == "closed_date"
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Closed", "Open"]
    assert field(adoption, "issues", "raised_date")[0] == date(2026, 5, 11)
    assert field(adoption, "issues", "closed_date")[2] == date(2026, 5, 20)


def test_a_milestone_plan_without_a_repository_stays_a_milestone_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Milestone", "Owner", "Baseline date", "Actual date", "Notes"]]
    rows += [
        ["Design frozen", "Aoife Byrne", date(2026, 3, 2), date(2026, 3, 4), ""],
        ["Vessel refit complete", "Ronan Quinn", date(2026, 4, 20), None, "Dry dock slot"],
        ["Timetable published", "Aoife Byrne", date(2026, 5, 11), None, ""],
    ]
    table = only(adopt(book(tmp_path / "plan.xlsx", "Milestones", rows)))
    assert table.register == "milestones"
    assert "ZenHub" not in table.reason


def test_the_same_board_without_its_repository_is_no_zenhub_export(tmp_path: Path) -> None:
    rows = [row[1:] for row in _zen_rows()]
    adoption = adopt(book(tmp_path / "export.xlsx", "board", rows))
    assert all("ZenHub" not in t.reason for t in adoption.report.tables)
