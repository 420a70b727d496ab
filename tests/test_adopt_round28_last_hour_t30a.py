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
   project's status summary; ``Summary`` beside a total is none;
5. **a line that dates itself** (``All figures are forecast as at 5 January 2026``) or a
   report's period line alone (``1/04/2026 To 30/04/2026``) gives the report date; a
   labelled report date wins; ``as at March`` or a line of two months gives none;
6. **a running total after the lines** (``Cumulative`` with the cost lines across) is no
   cost line; a line's own running total (``Steel cumulative``) stays one;
7. **a resource plan's ``Who``** beside the role is the person booked; a plan with a
   ``Name`` column keeps it as the person.
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


# --- 5. a line that dates itself --------------------------------------------------------------


def _report_date(tmp_path: Path, lines: list[str]) -> object:
    rows: list[list[object]] = [[line] for line in lines]
    rows += [[], *_RISKS]
    adoption = adopt(book(tmp_path / f"r{len(lines)}{len(lines[0])}.xlsx", "Risks", rows))
    return adoption.project.header.report_date


def test_a_line_dated_as_at_gives_the_report_date(tmp_path: Path) -> None:
    assert _report_date(tmp_path, ["All figures are forecast as at 5 January 2026"]) == date(
        2026, 1, 5
    )
    assert _report_date(tmp_path, ["Depot roof", "1/04/2026 To 30/04/2026"]) == date(2026, 4, 30)


def test_undated_lines_and_a_labelled_date_are_not_overridden(tmp_path: Path) -> None:
    assert _report_date(tmp_path, ["Risks as at March"]) is None
    assert _report_date(tmp_path, ["March 2026 to April 2026"]) is None
    lines = ["Prices as at 1 March 2025", "Report date: 12/01/2026"]
    assert _report_date(tmp_path, lines) == date(2026, 1, 12)


# --- 6. a running total after the lines -------------------------------------------------------


def _cash_rows(last: str) -> list[list[object]]:
    rows: list[list[object]] = [["Cash flow forecast"], []]
    rows.append(["Month", "Steel", "Glazing", "Fees", last])
    run = 0
    for n, month in enumerate(["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"]):
        amounts = [1000 * (n + 1), 500, 250 * n]
        run += sum(amounts)
        rows.append([month, *amounts, run])
    return rows


def test_a_cumulative_column_after_the_lines_is_no_cost_line(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "cash.xlsx", "Cash flow", _cash_rows("Cumulative")))
    assert targets(only(adoption))["Cumulative"] is None
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Steel", "Glazing", "Fees"}
    assert len(adoption.project.finance) == 12


def test_a_lines_own_running_total_stays_a_line(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "cash.xlsx", "Cash flow", _cash_rows("Cranes cumulative")))
    lines = {f.cost_line for f in adoption.project.finance}
    assert "Cranes cumulative" in lines or "Cranes" in lines


# --- 7. a resource plan's Who ------------------------------------------------------------------


def _plan_rows(who: str) -> list[list[object]]:
    rows: list[list[object]] = [["Resource plan (days per month)"], []]
    rows.append(["Role", who, "Jan-26", "Feb-26", "Mar-26"])
    rows.append(["Site engineer", "TK", 10, 12, 8])
    rows.append(["Surveyor", "LM", 4, None, 6])
    return rows


def test_a_resource_plans_who_is_the_person(tmp_path: Path) -> None:
    table = only(adopt(book(tmp_path / "plan.xlsx", "Resources", _plan_rows("Who"))))
    assert table.register == "resources"
    assert targets(table)["Who"] == "person"


def test_a_risk_registers_who_stays_the_owner(tmp_path: Path) -> None:
    rows = [["Risk", "Who", "Probability", "Impact", "Status"]]
    rows += [["Crane hire slips", "TK", "High", "Low", "Open"]]
    rows += [["Asbestos found", "LM", "Low", "High", "Open"]]
    table = only(adopt(book(tmp_path / "risks.xlsx", "Risks", rows)))
    assert table.register == "risks"
    assert targets(table)["Who"] == "owner"
