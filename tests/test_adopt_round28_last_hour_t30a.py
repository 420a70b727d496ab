"""Round 28's last hour of issue 15 (task t30a): the forty-first batch's misses, by general
rules. Each mechanism tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. **ZenHub's export is a board over GitHub issues**: its records are issues whatever
   its ``Milestone`` (each issue's release) says; its ``Pipeline`` is the status, its first
   pipeline ``New Issues`` reads Open; ``Created At`` / ``Closed At`` the raised and closed
   dates. A milestone plan holding a ``Milestone`` and dates, no repository, stays a
   milestone plan;
2. **group headings that name a day** (``Meeting of 20/01/2026``) date the items under them
   where the table has no date column of its own; headings of no day (``Phase 2``), one
   dated remark row over the table, and a table with its own date column set nothing;
3. **a column of tick marks is a done flag**: ``Done`` over one ``✓`` so far is the status
   (Complete), not the actual date its header would name; a ``Done`` column of dates stays
   the actual date, and ticks under a header that names no status (``Critical``) are no
   status;
4. **a status report's summary line** (``Summary`` beside the week's paragraph) is the
   project's status summary; ``Summary`` beside a total is none.
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


# --- 2. group headings that name a day ------------------------------------------------------


def _meeting_rows(first: str, second: str, dated: bool = False) -> list[list[object]]:
    head: list[object] = ["Ref", "Decision", "Rationale", "Decided by"]
    if dated:
        head.append("Date")
    rows: list[list[object]] = [head, [first]]
    rows.append(["D1", "Use the north car park for contractors", "Keeps the chapel clear", "Board"])
    rows.append(["D2", "Defer the columbarium wall to phase 2", "Budget", "Board"])
    rows.append([second])
    rows.append(["D3", "Appoint the landscape architect", "Best value bid", "Committee"])
    if dated:
        rows[2].append(date(2026, 5, 4))
        rows[3].append(date(2026, 5, 5))
        rows[5].append(date(2026, 6, 8))
    return rows


def test_meeting_headings_date_the_decisions_under_them(tmp_path: Path) -> None:
    rows = _meeting_rows("Meeting of 04/05/2026", "Board meeting 8 June 2026")
    adoption = adopt(book(tmp_path / "log.xlsx", "Decision log", rows))
    assert field(adoption, "decisions", "date") == [
        date(2026, 5, 4),
        date(2026, 5, 4),
        date(2026, 6, 8),
    ]
    assert any("name the day" in n for n in only(adoption).notes)


def test_headings_of_no_day_or_one_remark_date_nothing(tmp_path: Path) -> None:
    rows = _meeting_rows("Phase 1", "Phase 2")
    adoption = adopt(book(tmp_path / "log.xlsx", "Decision log", rows))
    assert field(adoption, "decisions", "date") == [None, None, None]
    rows = _meeting_rows("Updated 04/05/2026", "Later items")
    adoption = adopt(book(tmp_path / "log2.xlsx", "Decision log", rows))
    assert field(adoption, "decisions", "date") == [None, None, None]


def test_a_table_with_its_own_dates_keeps_them(tmp_path: Path) -> None:
    rows = _meeting_rows("Meeting of 01/05/2026", "Meeting of 01/06/2026", dated=True)
    adoption = adopt(book(tmp_path / "log.xlsx", "Decision log", rows))
    assert field(adoption, "decisions", "date") == [
        date(2026, 5, 4),
        date(2026, 5, 5),
        date(2026, 6, 8),
    ]


# --- 3. a column of tick marks is a done flag ------------------------------------------------


def _ticked_plan(head: str, done: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Milestone", "Lead", "Planned", head]]
    names = ["Survey complete", "Consent granted", "Works start", "Works finish"]
    for n, name in enumerate(names):
        rows.append([name, "Mira Okafor", date(2026, 2, 2 + 7 * n), done[n]])
    return rows


def test_one_tick_under_done_is_a_complete_milestone(tmp_path: Path) -> None:
    rows = _ticked_plan("Done", ["✓", None, None, None])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Done"] == "status"
    assert field(adoption, "milestones", "status")[0] == "Complete"
    assert field(adoption, "milestones", "actual_date") == [None, None, None, None]


def test_done_dates_stay_the_actual_date(tmp_path: Path) -> None:
    rows = _ticked_plan("Done", [date(2026, 2, 3), None, None, None])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Done"] == "actual_date"
    assert field(adoption, "milestones", "actual_date")[0] == date(2026, 2, 3)


def test_ticks_under_a_header_of_no_status_are_no_status(tmp_path: Path) -> None:
    rows = _ticked_plan("Critical", ["✓", None, "✓", None])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Critical"] != "status"
    assert field(adoption, "milestones", "status") == [None, None, None, None]


# --- 4. a status report's summary line -------------------------------------------------------

_RISKS = [
    ["ID", "Risk", "Owner", "Probability", "Impact", "Status"],
    ["R1", "Crane hire slips a week", "Ola Berg", "High", "Low", "Open"],
    ["R2", "Asbestos found in the plant room", "Ida Lund", "Low", "High", "Open"],
]


def test_the_summary_beside_a_paragraph_is_the_status_summary(tmp_path: Path) -> None:
    words = "Steel erected; roof deck two weeks behind, recovered by a second crew."
    rows: list[list[object]] = [["Project:", "Depot roof"], ["Summary", words], [], *_RISKS]
    adoption = adopt(book(tmp_path / "status.xlsx", "Risks", rows))
    assert adoption.project.header.status_summary == words
    assert adoption.report.project_fields["status_summary"] == f"{words} (from Risks!B2)"


def test_a_summary_beside_a_total_is_no_status_summary(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Project:", "Depot roof"], ["Summary", 12400], [], *_RISKS]
    adoption = adopt(book(tmp_path / "status.xlsx", "Risks", rows))
    assert adoption.project.header.status_summary is None
    assert "status_summary" not in adoption.report.project_fields
