"""Round 15 of issue 15: register tables refused because nothing the reader knew named their
register: a board's or council's resolutions (its decision log), a product team's releases
(its milestones, Aha! Roadmaps' release fields), a Thai plan (its milestone word, its dates in
the Buddhist era). Every shape was written for these tests (none is a batch layout); the
negatives are tables that share a word with those registers and are none of them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only
from adopt_sheets import registers as _registers
from adopt_sheets import targets as _targets

from addin.adopt.convert import date_for_column, parse_date
from addin.adopt.dates import parse_text_date

PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]


# --- 1. a board's or council's resolutions are its decisions ----------------------------------


def test_a_council_committee_resolutions_register_is_a_decision_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Minute Ref", "Date of Meeting", "Resolution", "Moved by", "Vote"],
        ["C/26/031", date(2026, 1, 14), "Adopt the revised depot design brief", PEOPLE[0], "For"],
        ["C/26/044", date(2026, 2, 11), "Appoint the framework contractor", PEOPLE[1], "For"],
        ["C/26/052", date(2026, 3, 11), "Defer the library refurbishment", PEOPLE[2], "Against"],
    ]
    adoption = _adopt(_book(tmp_path / "council.xlsx", "Committee Resolutions", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    assert "named so" in table.reason
    assert _field(adoption, "decisions", "date") == [
        date(2026, 1, 14),
        date(2026, 2, 11),
        date(2026, 3, 11),
    ]
    assert _field(adoption, "decisions", "decision")[1] == ("Appoint the framework contractor")
    # no header named the decision text: found by its values, flagged for review
    resolution = _column(table, "Resolution")
    assert resolution.target == "decision"
    assert resolution.method == "content"


def test_resolutions_named_in_a_title_with_who_approved_them(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resolutions passed by the Programme Board"],
        [],
        ["Date", "Resolution", "Approved by"],
        [date(2026, 4, 2), "Release contingency for the data migration", PEOPLE[3]],
        [date(2026, 4, 30), "Close the legacy billing workstream", PEOPLE[0]],
    ]
    adoption = _adopt(_book(tmp_path / "board.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    assert _field(adoption, "decisions", "made_by") == [PEOPLE[3], PEOPLE[0]]


def test_issue_resolutions_stay_an_issue_log(tmp_path: Path) -> None:
    """Negative: an issue log's resolutions are the issues' (another register's own word
    beside it)."""
    rows: list[list[object]] = [
        ["Issue", "Owner", "Resolution", "Resolution Date", "Status"],
        [
            "Supplier API returns stale stock",
            PEOPLE[0],
            "Cache cleared",
            date(2026, 2, 3),
            "Closed",
        ],
        [
            "Test rig unavailable in March",
            PEOPLE[1],
            "Second rig hired",
            date(2026, 3, 9),
            "Closed",
        ],
        ["Vendor invoice disputed", PEOPLE[2], None, None, "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "issues.xlsx", "Issue Resolutions", rows))
    assert _registers(adoption) == ["issues"]


def test_a_sheet_of_screen_resolutions_is_no_decision_log(tmp_path: Path) -> None:
    """Negative: nothing tracks a decision (no date, no maker): not adopted."""
    rows: list[list[object]] = [
        ["Device", "Resolution", "Width", "Height", "Notes"],
        ["Field tablet", "Full HD", 1920, 1080, "Used by the survey crews on site"],
        ["Office monitor", "QHD", 2560, 1440, "Standard issue for the design team"],
        ["Kiosk screen", "HD", 1280, 720, "Visitor centre information point"],
    ]
    adoption = _adopt(_book(tmp_path / "screens.xlsx", "Resolutions", rows))
    assert "decisions" not in _registers(adoption)


# --- 2. a product team's releases are its milestones -----------------------------------------


def test_a_release_plan_is_a_milestone_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Release", "Owner", "Planned date", "Released on", "Status"],
        ["Merchant portal 2.0", PEOPLE[0], date(2026, 2, 2), date(2026, 2, 4), "Shipped"],
        ["Instant refunds", PEOPLE[1], date(2026, 3, 16), None, "In progress"],
        ["Multi-currency wallets", PEOPLE[2], date(2026, 5, 4), None, "Not started"],
    ]
    adoption = _adopt(_book(tmp_path / "releases.xlsx", "Releases", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert _targets(table)["Released on"] == "actual_date"
    assert _field(adoption, "milestones", "status") == ["Complete", "In Progress", "Not Started"]
    assert _field(adoption, "milestones", "actual_date") == [date(2026, 2, 4), None, None]


def test_aha_release_fields_on_a_sheet_named_by_nobody(tmp_path: Path) -> None:
    """Aha! Roadmaps' own release fields read as the milestone's three dates."""
    rows: list[list[object]] = [
        ["Release name", "Original release date", "Release date", "Released on", "Status"],
        ["Payments 26.1", "2026-01-19", "2026-01-26", "2026-01-27", "Shipped"],
        ["Payments 26.2", "2026-03-02", "2026-03-16", None, "In progress"],
        ["Payments 26.3", "2026-04-13", "2026-04-13", None, "Not started"],
    ]
    adoption = _adopt(_book(tmp_path / "aha.xlsx", "Release plan", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert _targets(table) == {
        "Release name": "milestone",
        "Original release date": "baseline_date",
        "Release date": "forecast_date",
        "Released on": "actual_date",
        "Status": "status",
    }
    assert _field(adoption, "milestones", "baseline_date")[1] == date(2026, 3, 2)
    assert _field(adoption, "milestones", "forecast_date")[1] == date(2026, 3, 16)


def test_a_story_export_with_a_release_column_is_no_milestone_plan(tmp_path: Path) -> None:
    """Negative: ``Release`` in a header is a story's field, never the register's name."""
    rows: list[list[object]] = [
        ["Issue key", "Summary", "Release", "Assignee", "Status", "Due date"],
        ["PAY-101", "Refund button greyed out", "26.2", PEOPLE[0], "Done", date(2026, 3, 1)],
        ["PAY-102", "Wallet balance rounding", "26.2", PEOPLE[1], "To Do", date(2026, 3, 8)],
        ["PAY-103", "Export CSV of payouts", "26.3", PEOPLE[2], "To Do", date(2026, 4, 2)],
    ]
    adoption = _adopt(_book(tmp_path / "stories.xlsx", "Sheet1", rows))
    assert "milestones" not in _registers(adoption)


def test_a_release_history_is_no_milestone_plan(tmp_path: Path) -> None:
    """Negative: a version history (one date and its notes) tracks no plan."""
    rows: list[list[object]] = [
        ["Version", "Release date", "Release notes"],
        ["4.2.0", date(2026, 1, 12), "Adds export of payouts to CSV files"],
        ["4.2.1", date(2026, 1, 30), "Fixes the rounding of wallet balances"],
        ["4.3.0", date(2026, 3, 2), "Adds instant refunds for card payments"],
    ]
    adoption = _adopt(_book(tmp_path / "history.xlsx", "Release History", rows))
    assert "milestones" not in _registers(adoption)


# --- 3. a Thai plan: its milestone word and its Buddhist-era dates ---------------------------


def test_a_thai_milestone_plan_with_buddhist_era_dates(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ลำดับที่", "หมุดหมาย", "ผู้รับผิดชอบ", "วันที่วางแผน", "วันที่เสร็จจริง", "สถานะ"],
        [1, "ลงนามสัญญาจ้าง", PEOPLE[0], "15/01/2569", "20/01/2569", "เสร็จแล้ว"],
        [2, "ส่งมอบระบบงานระยะที่ 1", PEOPLE[1], "27/03/2569", None, "กำลังดำเนินการ"],
        [3, "ตรวจรับงานงวดสุดท้าย", PEOPLE[2], "30/09/2569", None, "ยังไม่เริ่ม"],
    ]
    adoption = _adopt(_book(tmp_path / "thai.xlsx", "แผนงานโครงการ", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert _targets(table)["หมุดหมาย"] == "milestone"
    assert _field(adoption, "milestones", "baseline_date") == [
        date(2026, 1, 15),
        date(2026, 3, 27),
        date(2026, 9, 30),
    ]
    assert _field(adoption, "milestones", "actual_date") == [date(2026, 1, 20), None, None]
    assert _field(adoption, "milestones", "status") == ["Complete", "In Progress", "Not Started"]
    # the reading is stated, so a PMO sees why 2569 became 2026
    assert any("Buddhist era" in line for line in adoption.report.readings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/03/2569", date(2026, 3, 14)),
        ("2569-03-14", date(2026, 3, 14)),
        ("14 มี.ค. 2569", date(2026, 3, 14)),  # round 19: CLDR's Thai months (eras.py)
        ("29/02/2567", date(2024, 2, 29)),  # 2567 BE = 2024, a leap year
        ("14/03/2026", date(2026, 3, 14)),
    ],
)
def test_buddhist_era_years_read_less_543(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_a_year_outside_both_eras_stays_a_typo() -> None:
    """Negative: 2300 is neither a plan's year nor a Buddhist-era one; 2926 neither."""
    assert parse_text_date("14 March 2300") is None
    convert, _ = date_for_column(["12/03/2926", "14/03/2026"], "Due")
    assert convert("12/03/2926").problem is not None
    assert convert("14/03/2026").value == date(2026, 3, 14)


# --- 4. on a sheet nobody named, the file's name says what the table is ----------------------


def _tracker_rows() -> list[list[object]]:
    """A generic tracker export: nothing in it names a register."""
    feb, mar = 2, 3
    return [
        ["#", "Subject", "Assignee", "Status", "Priority", "Due date", "Created"],
        [
            4711,
            "Pump seal leaking",
            PEOPLE[0],
            "New",
            "High",
            date(2026, mar, 2),
            date(2026, feb, 20),
        ],
        [4712, "Firmware mismatch", PEOPLE[1], "In Progress", "Normal", date(2026, mar, 9), None],
        [4713, "Spare parts not in ERP", PEOPLE[2], "Closed", "Low", date(2026, mar, 16), None],
    ]


def test_an_export_on_sheet1_is_the_register_its_file_names(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "Line 2 Issue Log.xlsx", "Export", _tracker_rows()))
    table = _only(adoption)
    assert table.register == "issues"
    assert "its file's name says so" in table.reason
    assert _field(adoption, "issues", "title")[0] == "Pump seal leaking"


def test_the_same_export_in_a_file_named_by_nobody_is_not_adopted(tmp_path: Path) -> None:
    """Negative: generic tracker fields alone name no register (round 13's rule stands)."""
    adoption = _adopt(_book(tmp_path / "export_20260314.xlsx", "Sheet1", _tracker_rows()))
    assert _registers(adoption) == []


def test_a_named_sheet_is_not_renamed_by_its_file(tmp_path: Path) -> None:
    """Negative: a sheet with a name of its own (``Supplier visits``) speaks for itself.
    (Round 15 named ``Tasks`` here; round 28's or28 made a sheet a task tool names for its
    records, ``Tasks`` among them, a tool's export sheet whose file's name says the
    register, as round 26 had for ``Sheet1`` and ``Export``: a name of its own is one no
    tool gives.)"""
    adoption = _adopt(_book(tmp_path / "Issue Log.xlsx", "Supplier visits", _tracker_rows()))
    assert "issues" not in _registers(adoption)


@pytest.mark.parametrize(
    "rows",
    [
        # a contact list
        [
            ["Name", "Role", "Email", "Phone"],
            [PEOPLE[0], "Sponsor", "jane.smith@example.org", "+44 20 7946 0001"],
            [PEOPLE[1], "Project manager", "tom.brown@example.org", "+44 20 7946 0002"],
            [PEOPLE[2], "Quality lead", "ann.lee@example.org", "+44 20 7946 0003"],
        ],
        # a lookup table of statuses
        [
            ["Status", "Meaning"],
            ["Open", "The issue is logged and nobody works on it yet"],
            ["In Progress", "Someone owns the issue and works on it"],
            ["Closed", "The issue is resolved and the fix confirmed"],
        ],
        # a summary panel
        [
            ["Priority", "Open", "Closed", "Total"],
            ["High", 3, 5, 8],
            ["Medium", 4, 9, 13],
            ["Low", 1, 6, 7],
        ],
        # a glossary
        [
            ["Term", "Definition"],
            ["Issue", "Something that has happened and needs action"],
            ["Owner", "The person accountable for resolving the issue"],
            ["Escalation", "Passing an issue to the board for a decision"],
        ],
    ],
    ids=["contacts", "lookup", "summary", "glossary"],
)
def test_what_is_no_register_stays_out_whatever_the_file_says(
    tmp_path: Path, rows: list[list[object]]
) -> None:
    """Negatives: the file's name weighs like a header's word, never like a title: a table
    with nothing of the register's own is not adopted by it."""
    adoption = _adopt(_book(tmp_path / "Issue Log.xlsx", "Sheet1", rows))
    assert _registers(adoption) == []
